#include "backup.h"

#include "database.h"
#include "sqlitenative.h"
#include "transaction.h"

#include "repositories/auditrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QUrl>

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace shortlist {

namespace {

// 4 MB a step with 4 KB pages: progress and Cancel about fifty times for a
// 200 MB file, at no measurable cost.
constexpr int pagesPerStep = 1024;
constexpr int busyTimeoutMs = 5000;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString timeStamp(const QDateTime &when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

// Honours a file's or folder's write bits even for root (who may write
// anyway), as Database does: what someone made read-only stays untouched.
bool isWritableByUs(const QFileInfo &info)
{
    if (!info.isWritable())
        return false;
    if (info.ownerId() == ::getuid())
        return info.permissions().testFlag(QFile::WriteOwner);
    return true;
}

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (first.absoluteFilePath() == second.absoluteFilePath())
        return true;
    const QString canonicalA = first.canonicalFilePath();
    return !canonicalA.isEmpty() && canonicalA == second.canonicalFilePath();
}

QString nativeDetail(sqlite3 *handle, int rc, const QString &context)
{
    const char *message = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
    return QStringLiteral("%1: %2 (SQLite code %3)").arg(context, QString::fromUtf8(message)).arg(rc);
}

// An SQLite failure while writing `target`, in words the user can act on.
Error copyError(int rc, sqlite3 *handle, const QString &target)
{
    const QString detail = nativeDetail(handle, rc, QStringLiteral("copy to ") + target);
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull,
                         BackupService::tr("The disk holding %1 is full, so the copy was not written. Free some space or choose another folder.")
                             .arg(shown(target)),
                         detail);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Locked,
                         BackupService::tr("The database is locked by another program, so it could not be read. Try again in a moment."), detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(ErrorCode::Corrupt,
                         BackupService::tr("The database is damaged, so it cannot be copied. Restore it from an earlier backup."), detail);
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::ReadOnly,
                         BackupService::tr("Cannot write %1: permission denied. Choose a folder you can write to.").arg(shown(target)), detail);
    default:
        return makeError(ErrorCode::Io,
                         BackupService::tr("Writing %1 failed. Check that the disk is available and try again.").arg(shown(target)), detail);
    }
}

// An sqlite3 connection closed on scope exit.
class RawConnection {
public:
    RawConnection() = default;
    ~RawConnection() { close(); }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    int open(const QString &path, int flags) { return openName(QFile::encodeName(path), flags); }
    // Read-only and without locks or -wal/-shm files: a file nobody writes
    // (SQLite's immutable URI parameter), read as it is on disk.
    int openImmutable(const QString &path)
    {
        const QByteArray uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + QByteArrayLiteral("?immutable=1");
        return openName(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    }
    void close()
    {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    int exec(const char *sql) { return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); }
    // The first column of the first row as text; rc is set on failure.
    QString text(const char *sql, int *rc)
    {
        sqlite3_stmt *stmt = nullptr;
        *rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
        QString value;
        if (*rc == SQLITE_OK) {
            const int step = sqlite3_step(stmt);
            if (step == SQLITE_ROW)
                value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            else if (step != SQLITE_DONE)
                *rc = step;
        }
        sqlite3_finalize(stmt);
        return value;
    }
    sqlite3 *handle() const { return m_db; }

private:
    int openName(const QByteArray &name, int flags)
    {
        close();
        const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(m_db, busyTimeoutMs);
        return rc;
    }

    sqlite3 *m_db = nullptr;
};

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Error syncPath(const QString &path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return makeError(ErrorCode::Io, BackupService::tr("Cannot sync %1 to disk.").arg(shown(path)));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0 && !directory)
        return makeError(ErrorCode::Io, BackupService::tr("Cannot sync %1 to disk. Check that the disk is available and try again.").arg(shown(path)));
    return {};
}

enum class Verify { Nothing, Shortlist };

// Copies the database open on `source` into a new private (0600) temporary
// file in the folder of `target`, as of one moment: the copy runs inside one
// read transaction of `source` (its own, or the one already open), so writes by
// other connections meanwhile are not in it and do not restart it. The copy is
// switched out of WAL mode (a self-contained file that opens read-only
// anywhere), checked (a Shortlist schema, PRAGMA quick_check) and synced.
// Returns the temporary file's path; on failure or cancel nothing is left.
Result<QString> snapshotToTemp(sqlite3 *source, const QString &target, const BackupService::Progress &progress, Verify verify)
{
    const QFileInfo info(target);
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX.partial"));
    temp.setAutoRemove(false);
    if (!temp.open())   // created with mode 0600
        return makeError(ErrorCode::ReadOnly,
                         BackupService::tr("Cannot write in %1: %2. Choose a folder you can write to.")
                             .arg(QDir::toNativeSeparators(info.absolutePath()), temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();
    bool keep = false;
    auto cleanup = qScopeGuard([&] {
        if (!keep)
            removeWithSidecars(tempPath);
    });

    int pageSize = 4096;
    qint64 copiedBytes = 0;
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(source, "PRAGMA page_size", -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            pageSize = sqlite3_column_int(stmt, 0);
        sqlite3_finalize(stmt);
    }

    {
        RawConnection dest;
        int rc = dest.open(tempPath, SQLITE_OPEN_READWRITE);
        if (rc != SQLITE_OK)
            return copyError(rc, dest.handle(), target);
        // Nothing to roll back into: the file is new and private until renamed.
        // One fsync at the end instead of SQLite's.
        dest.exec("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA locking_mode = EXCLUSIVE");

        // Hold one read transaction across every step: the snapshot.
        const bool ownTransaction = sqlite3_get_autocommit(source) != 0;
        if (ownTransaction) {
            rc = sqlite3_exec(source, "BEGIN; SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
            if (rc != SQLITE_OK) {
                const Error error = copyError(rc, source, target);
                if (sqlite3_get_autocommit(source) == 0)
                    sqlite3_exec(source, "ROLLBACK", nullptr, nullptr, nullptr);
                return error;
            }
        }
        auto endRead = qScopeGuard([&] {
            if (ownTransaction && sqlite3_get_autocommit(source) == 0)
                sqlite3_exec(source, "COMMIT", nullptr, nullptr, nullptr);
        });

        sqlite3_backup *backup = sqlite3_backup_init(dest.handle(), "main", source, "main");
        if (!backup)
            return copyError(sqlite3_errcode(dest.handle()), dest.handle(), target);
        bool cancelled = false;
        do {
            rc = sqlite3_backup_step(backup, pagesPerStep);
            if (rc != SQLITE_OK && rc != SQLITE_DONE)
                break;
            const qint64 total = sqlite3_backup_pagecount(backup);
            const qint64 done = total - sqlite3_backup_remaining(backup);
            copiedBytes = total * pageSize;
            if (progress && !progress(done * pageSize, total * pageSize)) {
                cancelled = true;
                break;
            }
        } while (rc == SQLITE_OK);
        const int finished = sqlite3_backup_finish(backup);
        if (cancelled)
            return makeError(ErrorCode::Cancelled, BackupService::tr("The backup was cancelled; no file was written."));
        if (rc != SQLITE_DONE)
            return copyError(rc, dest.handle(), target);
        if (finished != SQLITE_OK)
            return copyError(finished, dest.handle(), target);
    }

    {
        // A fresh connection sees the copied header (WAL mode, from a live
        // database); switch the copy to a rollback journal so it is one file.
        RawConnection check;
        int rc = check.open(tempPath, SQLITE_OPEN_READWRITE);
        if (rc == SQLITE_OK)
            check.text("PRAGMA journal_mode = DELETE", &rc);
        if (rc != SQLITE_OK)
            return copyError(rc, check.handle(), target);
        if (verify == Verify::Shortlist) {
            const QString version = check.text("SELECT max(version) FROM schema_migrations", &rc);
            if (rc != SQLITE_OK || version.isEmpty())
                return makeError(ErrorCode::Corrupt,
                                 BackupService::tr("The copy written to %1 does not read back as a Shortlist database, so it was discarded. "
                                                   "Check the disk and try again.")
                                     .arg(shown(target)),
                                 nativeDetail(check.handle(), rc, QStringLiteral("verify ") + tempPath));
            // A damaged database must not quietly replace good backups as
            // they are pruned. About a quarter of the copy's time; Cancel
            // still works meanwhile.
            struct CheckContext {
                const BackupService::Progress *progress;
                qint64 bytes;
            } context{&progress, copiedBytes};
            auto cancelCheck = [](void *data) -> int {
                const auto *c = static_cast<const CheckContext *>(data);
                return (*c->progress && !(*c->progress)(c->bytes, c->bytes)) ? 1 : 0;
            };
            sqlite3_progress_handler(check.handle(), 100000, cancelCheck, &context);
            QStringList problems;
            sqlite3_stmt *stmt = nullptr;
            rc = sqlite3_prepare_v2(check.handle(), "PRAGMA quick_check(10)", -1, &stmt, nullptr);
            if (rc == SQLITE_OK) {
                while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
                    problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            }
            sqlite3_finalize(stmt);
            sqlite3_progress_handler(check.handle(), 0, nullptr, nullptr);
            if (rc == SQLITE_INTERRUPT)
                return makeError(ErrorCode::Cancelled, BackupService::tr("The backup was cancelled; no file was written."));
            if (rc != SQLITE_DONE && (rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
                return copyError(rc, check.handle(), target);
            if (rc != SQLITE_DONE || problems != QStringList{QStringLiteral("ok")})
                return makeError(ErrorCode::Corrupt,
                                 BackupService::tr("The database is damaged: its copy fails SQLite's integrity check, so no backup was written "
                                                   "and the earlier backups were kept. Restore the database from one of them."),
                                 rc != SQLITE_DONE ? nativeDetail(check.handle(), rc, QStringLiteral("quick_check"))
                                                   : problems.join(QLatin1Char('\n')));
        }
    }
    if (Error error = syncPath(tempPath, false))
        return error;
    keep = true;
    return tempPath;
}

// Renames the finished temporary file over `target` and syncs the folder.
Error publish(const QString &tempPath, const QString &target)
{
    if (std::rename(QFile::encodeName(tempPath).constData(), QFile::encodeName(target).constData()) != 0) {
        removeWithSidecars(tempPath);
        return makeError(ErrorCode::Io, BackupService::tr("Cannot rename the finished copy to %1. Check that the folder is writable and try again.")
                                            .arg(shown(target)));
    }
    syncPath(QFileInfo(target).absolutePath(), true);
    return {};
}

// Checks that a backup can be written to `target` without harm.
Error checkTarget(const QString &target, const QString &databasePath)
{
    if (target.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, BackupService::tr("No file was named for the backup. Name a file such as hiring-backup.shortlist."));
    const QFileInfo info(target);
    if (sameFile(target, databasePath))
        return makeError(ErrorCode::Invalid,
                         BackupService::tr("The backup cannot replace the database it copies (%1). Choose another file.").arg(shown(target)));
    if (info.isDir())
        return makeError(ErrorCode::Invalid,
                         BackupService::tr("%1 is a folder. Name a file in it for the backup, such as %2.")
                             .arg(shown(target), QDir::toNativeSeparators(QDir(info.absoluteFilePath()).filePath(QStringLiteral("backup.shortlist")))));
    if (QFileInfo::exists(target + QStringLiteral("-wal")))
        return makeError(ErrorCode::Invalid,
                         BackupService::tr("%1 is a database in use (it has a -wal file beside it), so a backup must not replace it. Choose another file.")
                             .arg(shown(target)));
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return makeError(ErrorCode::NotFound, BackupService::tr("Cannot write %1: the folder %2 does not exist. Create it or choose another folder.")
                                                  .arg(shown(target), QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!isWritableByUs(folder))
        return makeError(ErrorCode::ReadOnly, BackupService::tr("Cannot write %1: the folder %2 is read-only. Choose a folder you can write to.")
                                                  .arg(shown(target), QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (info.exists() && !isWritableByUs(info))
        return makeError(ErrorCode::ReadOnly,
                         BackupService::tr("%1 exists and is read-only, so it was not replaced. Choose another name or make it writable.").arg(shown(target)));
    return {};
}

// ANY-YYYYMMDD-HHMMSS[-N].shortlist: named as automaticBackupPath names
// backups, of whichever database (the name may be an earlier one's).
const QRegularExpression &backupNamePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(.+)-(\\d{8}-\\d{6})(?:-(\\d+))?\\.shortlist$"));
    return pattern;
}

// NAME.before-restore-YYYYMMDD-HHMMSS[-N].shortlist: a safety copy, not a backup.
bool isSafetyCopyName(const QString &fileName)
{
    static const QRegularExpression pattern(QStringLiteral("\\.before-restore-\\d{8}-\\d{6}(?:-\\d+)?\\.shortlist$"));
    return pattern.match(fileName).hasMatch();
}

// storedDatabaseId's memory: what a file held at a size and modification time.
struct StoredId {
    qint64 size = -1;
    qint64 modified = 0;   // ms since the epoch
    Result<QString> id = QString();
};

QMutex storedIdsMutex;
QHash<QString, StoredId> storedIds;

Result<QString> readStoredDatabaseId(const QString &path)
{
    if (Error error = Database::checkSqliteFile(path))
        return error;
    RawConnection file;
    int rc = file.openImmutable(path);
    QString id;
    if (rc == SQLITE_OK)
        id = file.text("SELECT value FROM meta WHERE key = 'database_id'", &rc);
    const int primary = rc & 0xff;
    if (primary == SQLITE_ERROR)   // no meta table: another program's SQLite file
        return makeError(ErrorCode::NotADatabase,
                         BackupService::tr("%1 is an SQLite file but not a Shortlist database.").arg(shown(path)),
                         nativeDetail(file.handle(), rc, QStringLiteral("read database_id of ") + path));
    if (rc != SQLITE_OK)
        return makeError(primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB ? ErrorCode::Corrupt : ErrorCode::Io,
                         BackupService::tr("%1 cannot be read as a Shortlist database.").arg(shown(path)),
                         nativeDetail(file.handle(), rc, QStringLiteral("read database_id of ") + path));
    if (id.isEmpty())
        return makeError(ErrorCode::NotADatabase, BackupService::tr("%1 does not say which database it belongs to.").arg(shown(path)));
    return id;
}

QString uniquePath(const QString &folder, const QString &base, const QString &suffix)
{
    const QDir dir(folder);
    QString path = dir.filePath(base + suffix);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix));
    return path;
}

// A byte copy for a file SQLite cannot read (the reason to restore, often):
// the file and its write-ahead log, if any, under the same name pattern.
Error rawCopy(const QString &from, const QString &to)
{
    for (const char *suffix : {"", "-wal"}) {
        const QString source = from + QLatin1String(suffix);
        if (*suffix && !QFileInfo::exists(source))
            continue;
        const QString copy = to + QLatin1String(suffix);
        if (!QFile::copy(source, copy)) {
            removeWithSidecars(to);
            return makeError(ErrorCode::Io, BackupService::tr("Cannot keep a copy of %1 as %2. Free some space and try again.")
                                                .arg(shown(source), shown(copy)));
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }
    return {};
}

} // namespace

Result<BackupInfo> BackupService::backup(const Database &db, const QString &target, const Progress &progress)
{
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return makeError(ErrorCode::Invalid,
                         tr("%1 is a PostgreSQL server database; Shortlist backs up database files only, so nothing was written. "
                            "Back it up with PostgreSQL's pg_dump, for example: pg_dump --format=custom --file=shortlist.dump %1 "
                            "(pg_restore restores it).")
                             .arg(db.path()));
    if (Error error = checkTarget(target, db.path()))
        return error;
    sqlite3 *source = sqliteHandle(db);
    if (!source)
        return makeError(ErrorCode::Sql, tr("Qt's SQLite driver does not expose its connection, so the database cannot be backed up. "
                                            "Use File › Save a Copy instead."));
    Result<QString> temp = snapshotToTemp(source, target, progress, Verify::Shortlist);
    if (!temp)
        return temp.error();
    if (Error error = publish(*temp, target))
        return error;
    const QFileInfo written(target);
    {
        // A file replaced within the same millisecond at the same size must not read as the old one.
        const QMutexLocker lock(&storedIdsMutex);
        storedIds.remove(written.absoluteFilePath());
    }
    const Result<QString> id = storedDatabaseId(target);
    return BackupInfo{written.absoluteFilePath(), QDateTime::currentDateTime(), written.size(), id ? *id : QString()};
}

QString BackupService::automaticBackupPath(const QString &folder, const QString &databasePath, const QDateTime &when)
{
    return uniquePath(folder, QFileInfo(databasePath).completeBaseName() + QLatin1Char('-') + timeStamp(when), QStringLiteral(".shortlist"));
}

QString BackupService::safetyCopyPath(const QString &databasePath, const QDateTime &when)
{
    const QFileInfo info(databasePath);
    return uniquePath(info.absolutePath(), info.completeBaseName() + QStringLiteral(".before-restore-") + timeStamp(when), QStringLiteral(".shortlist"));
}

Result<QString> BackupService::storedDatabaseId(const QString &path)
{
    const QFileInfo info(path);
    const QString key = info.absoluteFilePath();
    const qint64 size = info.size();
    const qint64 modified = info.lastModified().toMSecsSinceEpoch();
    {
        const QMutexLocker lock(&storedIdsMutex);
        const auto it = storedIds.constFind(key);
        if (it != storedIds.constEnd() && it->size == size && it->modified == modified)
            return it->id;
    }
    if (!info.isFile()) {
        const QMutexLocker lock(&storedIdsMutex);
        storedIds.remove(key);
        return makeError(ErrorCode::NotFound, tr("%1 does not exist.").arg(shown(path)));
    }
    Result<QString> id = readStoredDatabaseId(path);
    const QMutexLocker lock(&storedIdsMutex);
    storedIds.insert(key, StoredId{size, modified, id});
    return id;
}

BackupFolder BackupService::scanFolder(const QString &folder, const QString &databaseId, const QString &databasePath)
{
    BackupFolder found;
    const QFileInfoList files = QDir(folder).entryInfoList({QStringLiteral("*.shortlist")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = backupNamePattern().match(file.fileName());
        if (!match.hasMatch() || isSafetyCopyName(file.fileName()))
            continue;
        QDateTime when = QDateTime::fromString(match.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        if (!when.isValid())
            continue;
        // Two in one second: "-2" is the later one.
        when = when.addMSecs(std::min(match.captured(3).toInt(), 999));
        // A database, not a backup: the open one, or one in use.
        if ((!databasePath.isEmpty() && sameFile(file.absoluteFilePath(), databasePath))
            || QFileInfo::exists(file.absoluteFilePath() + QStringLiteral("-wal")))
            continue;
        const Result<QString> id = storedDatabaseId(file.absoluteFilePath());
        if (!id)
            ++found.unreadable;
        else if (databaseId.isEmpty() || *id != databaseId)
            ++found.otherDatabases;
        else
            found.backups << BackupInfo{file.absoluteFilePath(), when, file.size(), *id};
    }
    std::sort(found.backups.begin(), found.backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.when != b.when ? a.when > b.when : a.path > b.path;
    });
    return found;
}

QList<BackupInfo> BackupService::listBackups(const QString &folder, const QString &databaseId, const QString &databasePath)
{
    return scanFolder(folder, databaseId, databasePath).backups;
}

Result<int> BackupService::prune(const QString &folder, const QString &databaseId, const QString &databasePath, int keep)
{
    if (keep < 1)
        return makeError(ErrorCode::Invalid, tr("Keep at least one backup (asked to keep %1).").arg(keep));
    const QList<BackupInfo> backups = listBackups(folder, databaseId, databasePath);
    int removed = 0;
    for (qsizetype i = keep; i < backups.size(); ++i) {
        if (!QFile::remove(backups.at(i).path))
            return makeError(ErrorCode::Io, tr("Cannot delete the old backup %1. Check that the folder is writable.").arg(shown(backups.at(i).path)));
        ++removed;
        const QMutexLocker lock(&storedIdsMutex);
        storedIds.remove(backups.at(i).path);
    }
    return removed;
}

namespace {

Error appendDatabaseEntry(Database &db, const QString &action, const QString &detail)
{
    if (db.isReadOnly())
        return makeError(ErrorCode::ReadOnly, db.readOnlyReason());
    WriteTransaction tx(db);
    if (!tx.ok())
        return tx.error();
    if (Error error = AuditRepository(db).append(action, QStringLiteral("database"), std::nullopt, detail))
        return error;
    if (!tx.commit())
        return tx.error();
    return {};
}

} // namespace

Error BackupService::recordBackup(Database &db, const QString &backupPath, BackupKind kind)
{
    // The file's name only: it says which backup, and holds no one's data.
    QString detail = QFileInfo(backupPath).fileName();
    if (kind == BackupKind::Automatic)
        detail += QStringLiteral("; automatic");
    else if (kind == BackupKind::CommandLine)
        detail += QStringLiteral("; command line");
    return appendDatabaseEntry(db, QStringLiteral("backup"), detail);
}

Error BackupService::recordRestore(Database &db, const QString &backupPath, const QString &safetyCopy, bool otherDatabase)
{
    QString detail = QStringLiteral("from ") + QFileInfo(backupPath).fileName();
    if (otherDatabase)
        detail += QStringLiteral(", a backup of another database");
    if (!safetyCopy.isEmpty())
        detail += QStringLiteral("; previous file kept as ") + QFileInfo(safetyCopy).fileName();
    return appendDatabaseEntry(db, QStringLiteral("restore"), detail);
}

Result<QString> BackupService::restore(const QString &backupPath, const QString &databasePath)
{
    const QFileInfo backupInfo(backupPath);
    const QFileInfo databaseInfo(databasePath);
    const auto refuse = [&backupPath](const Error &error) -> Error {
        return makeError(error.code, tr("Cannot restore from %1: %2 Nothing was changed.").arg(shown(backupPath), error.message), error.detail);
    };
    if (!backupInfo.isFile())
        return makeError(ErrorCode::NotFound, tr("The backup %1 does not exist. Choose another backup.").arg(shown(backupPath)));
    if (sameFile(backupPath, databasePath))
        return makeError(ErrorCode::Invalid, tr("%1 is the database itself, not a backup of it. Choose a backup.").arg(shown(backupPath)));
    const QFileInfo folder(databaseInfo.absolutePath());
    if (!folder.isDir())
        return refuse(makeError(ErrorCode::NotFound, tr("the folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath()))));
    if (!isWritableByUs(folder) || (databaseInfo.exists() && !isWritableByUs(databaseInfo)))
        return refuse(makeError(ErrorCode::ReadOnly, tr("%1 or its folder is read-only. Make them writable, or open the backup itself.")
                                                         .arg(shown(databasePath))));

    // The backup must pass every check Shortlist makes when it opens a file,
    // and a full quick_check whatever its size.
    QString freshTemp;
    // A read-only connection to a WAL-mode file (a backup made elsewhere)
    // leaves an empty -wal and an -shm behind: tidy what this created.
    const QString backupWal = backupPath + QStringLiteral("-wal");
    const QString backupShm = backupPath + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(backupWal);
    const bool hadShm = QFileInfo::exists(backupShm);
    {
        // Runs after the backup's connection below is closed.
        auto tidyBackup = qScopeGuard([&] {
            if (!hadWal && QFileInfo::exists(backupWal) && QFileInfo(backupWal).size() == 0)
                QFile::remove(backupWal);
            if (!hadShm && !QFileInfo::exists(backupWal))
                QFile::remove(backupShm);
        });
        OpenOptions options;
        options.forceReadOnly = true;
        options.migrate = false;
        options.quickCheckLimitBytes = std::numeric_limits<qint64>::max();
        options.actor = QStringLiteral("restore");
        Result<std::unique_ptr<Database>> opened = Database::openSqlite(backupPath, options);
        if (!opened)
            return refuse(opened.error());
        if ((*opened)->schemaVersion() == 0)
            return refuse(makeError(ErrorCode::NotADatabase, tr("it is an empty SQLite database, not a Shortlist backup.")));
        sqlite3 *source = sqliteHandle(**opened);
        if (!source)
            return refuse(makeError(ErrorCode::Sql, tr("Qt's SQLite driver does not expose its connection.")));
        Result<QString> fresh = snapshotToTemp(source, databasePath, {}, Verify::Shortlist);
        if (!fresh)
            return refuse(fresh.error());
        freshTemp = *fresh;
    }
    auto dropFresh = qScopeGuard([&freshTemp] { removeWithSidecars(freshTemp); });

    // Keep the current file, and make sure nobody has it open: leaving WAL
    // mode needs every other connection gone, folds the log into the file and
    // deletes it.
    QString safety;
    RawConnection current;
    if (databaseInfo.exists()) {
        safety = safetyCopyPath(databasePath, QDateTime::currentDateTime());
        bool readable = !Database::checkSqliteFile(databasePath);
        if (readable) {
            int rc = current.open(databasePath, SQLITE_OPEN_READWRITE);
            QString mode;
            if (rc == SQLITE_OK)
                mode = current.text("PRAGMA journal_mode = DELETE", &rc);
            const int primary = rc & 0xff;
            if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || (rc == SQLITE_OK && mode != QLatin1String("delete")))
                return refuse(makeError(ErrorCode::Locked,
                                        tr("%1 is open in another program (perhaps a second Shortlist window). Close it there and try again.")
                                            .arg(shown(databasePath)),
                                        nativeDetail(current.handle(), rc, QStringLiteral("journal_mode"))));
            if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB) {
                readable = false;
                current.close();
            } else if (rc != SQLITE_OK) {
                return refuse(copyError(rc, current.handle(), databasePath));
            }
        }
        if (readable) {
            Result<QString> safetyTemp = snapshotToTemp(current.handle(), safety, {}, Verify::Nothing);
            if (!safetyTemp)
                return refuse(safetyTemp.error());
            if (Error error = publish(*safetyTemp, safety))
                return refuse(error);
            // Others wait on this lock until the new file is in place.
            const int rc = current.exec("BEGIN EXCLUSIVE");
            if (rc != SQLITE_OK)
                return refuse(makeError(ErrorCode::Locked,
                                        tr("%1 is open in another program (perhaps a second Shortlist window). Close it there and try again.")
                                            .arg(shown(databasePath)),
                                        nativeDetail(current.handle(), rc, QStringLiteral("BEGIN EXCLUSIVE"))));
        } else if (Error error = rawCopy(databasePath, safety)) {
            return refuse(error);
        }
    }

    // Stale logs of the old file would be replayed into the new one.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString sidecar = databasePath + QLatin1String(suffix);
        if (QFileInfo::exists(sidecar) && !QFile::remove(sidecar))
            return refuse(makeError(ErrorCode::Io, tr("Cannot delete %1.").arg(shown(sidecar))));
    }
    if (Error error = publish(freshTemp, databasePath))
        return makeError(error.code, tr("Cannot restore from %1: %2 The current database is unchanged; a copy of it is in %3.")
                                         .arg(shown(backupPath), error.message, shown(safety)));
    dropFresh.dismiss();
    if (current.handle())
        current.exec("ROLLBACK");
    current.close();
    return safety;
}

} // namespace shortlist
