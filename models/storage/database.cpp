#include "database.h"

#include "migrations.h"
#include "sqlquery.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUuid>
#include <QtEndian>

#include <unistd.h>

namespace shortlist {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("shortlist-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Honours a file's write bits even for root (who may write anyway): a file
// or folder someone made read-only is treated as read-only.
bool isWritableByUs(const QFileInfo &info)
{
    if (!info.isWritable())
        return false;
    if (info.ownerId() == ::getuid())
        return info.permissions().testFlag(QFile::WriteOwner);
    return true;
}

constexpr char sqliteMagic[] = "SQLite format 3";  // followed by a NUL: 16 bytes

} // namespace

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Error Database::notShortlistError(const QString &shownPath)
{
    return makeError(ErrorCode::NotADatabase,
                     tr("%1 is an SQLite database, but not a Shortlist one (it has no Shortlist schema). "
                        "Open a .shortlist file, or create a new database with File › New.").arg(shownPath));
}

Error Database::checkSqliteFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2. Check that the file exists and that you may read it.")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return makeError(ErrorCode::EmptyFile,
                         tr("%1 is an empty file (0 bytes), not a Shortlist database. "
                            "If you meant to start a new database, use File › New and pick another name.")
                             .arg(QDir::toNativeSeparators(path)));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic)))
        return makeError(ErrorCode::NotADatabase,
                         tr("%1 is not a Shortlist database (it is not an SQLite file). Choose a .shortlist database file.")
                             .arg(QDir::toNativeSeparators(path)));
    if (header.size() < 100)
        return makeError(ErrorCode::Truncated,
                         tr("%1 is truncated: it ends inside its own header. Restore it from a backup.")
                             .arg(QDir::toNativeSeparators(path)));
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is damaged: its header names an impossible page size. Restore it from a backup.")
                             .arg(QDir::toNativeSeparators(path)));
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    const bool countValid = pageCount > 0 && validFor == changeCounter;
    if (size % pageSize != 0 || (countValid && qint64(pageCount) * pageSize > size))
        return makeError(ErrorCode::Truncated,
                         tr("%1 is truncated: it is %2 bytes long but should be %3. "
                            "It was probably cut off while copying; restore it from a backup.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(size)
                             .arg(countValid ? qint64(pageCount) * pageSize : (size / pageSize + 1) * pageSize));
    return {};
}

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, const OpenOptions &options)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(info.absoluteFilePath());
    bool isNewFile = false;

    if (!info.exists()) {
        if (options.mode != OpenOptions::Mode::CreateIfMissing)
            return makeError(ErrorCode::NotFound, tr("%1 does not exist. Check the path, or create a new database with File › New.").arg(shown));
        if (!QFileInfo(info.absolutePath()).isDir())
            return makeError(ErrorCode::NotFound, tr("Cannot create %1: the folder %2 does not exist.")
                                                      .arg(shown, QDir::toNativeSeparators(info.absolutePath())));
        QFile file(path);
        // Private from the first byte: candidates' personal data. SQLite gives
        // the -wal and -shm files the same mode.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            return makeError(ErrorCode::ReadOnly, tr("Cannot create %1: %2. Choose a folder you can write to.")
                                                      .arg(shown, file.errorString()));
        }
        file.close();
        isNewFile = true;
    } else if (info.isDir()) {
        return makeError(ErrorCode::NotADatabase, tr("%1 is a folder, not a Shortlist database file.").arg(shown));
    } else if (Error error = checkSqliteFile(path)) {
        return error;
    }

    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    db->m_dialect = std::make_unique<SqliteDialect>();
    db->m_path = info.absoluteFilePath();
    db->m_actor = options.actor;

    if (options.forceReadOnly) {
        db->m_readOnly = true;
        db->m_readOnlyReason = tr("It was opened read-only on request.");
    } else if (!isNewFile && !isWritableByUs(info)) {
        db->m_readOnly = true;
        db->m_readOnlyReason = tr("The file is read-only; to edit, make it writable or open a copy.");
    } else if (!isWritableByUs(QFileInfo(info.absolutePath()))) {
        db->m_readOnly = true;
        db->m_readOnlyReason = tr("Its folder is read-only, so SQLite cannot keep its journal there; to edit, copy it to a writable folder.");
    }

    // A leftover write-ahead log means the last session did not close cleanly
    // (or another process has the file open): check the file whatever its size.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool uncleanShutdown = wal.exists() && wal.size() > 0;
    const bool wantQuickCheck = options.quickCheck && !isNewFile && (uncleanShutdown || info.size() <= options.quickCheckLimitBytes);

    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        if (!conn.isValid())
            return makeError(ErrorCode::Sql, tr("Qt's SQLite driver (QSQLITE) is not installed. Install the package libqt6sql6-sqlite."));
        QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(SqliteDialect::busyTimeoutMs);
        if (db->m_readOnly) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
            QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
            // A read-only folder cannot hold the -shm file a WAL reader needs;
            // nobody can write there either, so the file is immutable.
            url.setQuery(isWritableByUs(QFileInfo(info.absolutePath())) ? QStringLiteral("mode=ro")
                                                                     : QStringLiteral("immutable=1"));
            conn.setDatabaseName(url.toString(QUrl::FullyEncoded));
        } else {
            conn.setDatabaseName(info.absoluteFilePath());
        }
        conn.setConnectOptions(connectOptions);
        if (!conn.open())
            return db->m_dialect->translate(conn.lastError(), QStringLiteral("open ") + shown);
    }

    SqlQuery probe(*db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        Error error = probe.error();
        if (error.code == ErrorCode::Corrupt || error.code == ErrorCode::Sql)
            error = makeError(ErrorCode::Corrupt, tr("%1 is damaged and cannot be read. Restore it from a backup.").arg(shown), error.detail);
        return error;
    }
    probe.finish();
    // Refuse another program's SQLite file before any pragma writes to it.
    if (!db->m_dialect->tableExists(*db, QStringLiteral("schema_migrations")) && !db->m_dialect->isEmptyDatabase(*db))
        return notShortlistError(shown);

    for (const QString &statement : db->m_dialect->connectionSetup(db->m_readOnly)) {
        SqlQuery q(*db);
        if (!q.exec(statement))
            return q.error();
    }

    if (wantQuickCheck) {
        SqlQuery check(*db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check"))) {
            Error error = check.error();
            if (error.code != ErrorCode::Locked)
                error = makeError(ErrorCode::Corrupt, tr("%1 is damaged and cannot be read. Restore it from a backup.").arg(shown), error.detail);
            return error;
        }
        QStringList problems;
        while (check.next())
            problems << check.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            return makeError(ErrorCode::Corrupt,
                             tr("%1 is damaged (the integrity check found problems). Restore it from a backup.").arg(shown),
                             problems.mid(0, 10).join(QLatin1Char('\n')));
        db->m_quickCheckRan = true;
    }

    if (Error error = db->finishOpen(options, isNewFile))
        return error;
    return db;
}

Result<std::unique_ptr<Database>> Database::openPostgres(const PostgresParams &params, const OpenOptions &options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_connectionName = nextConnectionName();
    db->m_dialect = std::make_unique<PostgresDialect>();
    db->m_path = QStringLiteral("postgresql://%1@%2:%3/%4").arg(params.user, params.host).arg(params.port).arg(params.database);
    db->m_actor = options.actor;
    db->m_readOnly = options.forceReadOnly;
    if (db->m_readOnly)
        db->m_readOnlyReason = tr("It was opened read-only on request.");
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
        if (!conn.isValid())
            return makeError(ErrorCode::Sql, tr("Qt's PostgreSQL driver (QPSQL) is not installed. Install the package libqt6sql6-psql."));
        conn.setHostName(params.host);
        conn.setPort(params.port);
        conn.setDatabaseName(params.database);
        conn.setUserName(params.user);
        conn.setPassword(params.password);
        if (!conn.open())
            return makeError(ErrorCode::Io, tr("Cannot connect to the PostgreSQL server at %1:%2: %3")
                                                .arg(params.host).arg(params.port).arg(conn.lastError().text()));
    }
    for (const QString &statement : db->m_dialect->connectionSetup(db->m_readOnly)) {
        SqlQuery q(*db);
        if (!q.exec(statement))
            return q.error();
    }
    if (Error error = db->finishOpen(options, false))
        return error;
    return db;
}

Error Database::readSchemaVersion()
{
    m_schemaVersion = 0;
    if (!m_dialect->tableExists(*this, QStringLiteral("schema_migrations")))
        return {};
    SqlQuery q(*this);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")))
        return q.error();
    if (q.next())
        m_schemaVersion = q.value(0).toInt();
    return {};
}

Error Database::finishOpen(const OpenOptions &options, bool isNewFile)
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (Error error = readSchemaVersion())
        return error;
    const bool empty = m_schemaVersion == 0 && m_dialect->isEmptyDatabase(*this);
    if (m_schemaVersion == 0 && !empty)
        return notShortlistError(shown);

    const int latest = Migrations::latestVersion();
    if (m_schemaVersion > latest)
        return makeError(ErrorCode::NewerSchema,
                         tr("%1 was written by a newer Shortlist (database version %2; this Shortlist %3 reads up to version %4). "
                            "Install the newer Shortlist to open it.")
                             .arg(shown)
                             .arg(m_schemaVersion)
                             .arg(QStringLiteral(SHORTLIST_VERSION))
                             .arg(latest));

    const int target = options.targetVersion < 0 ? latest : std::min(options.targetVersion, latest);
    if (!options.migrate || m_schemaVersion >= target)
        return {};
    if (m_readOnly) {
        if (empty)
            return makeError(ErrorCode::ReadOnly, tr("%1 is empty and read-only, so Shortlist cannot set it up. %2").arg(shown, m_readOnlyReason));
        return makeError(ErrorCode::ReadOnly,
                         tr("%1 uses database version %2 and must be upgraded to version %3, but it is read-only. %4")
                             .arg(shown).arg(m_schemaVersion).arg(target).arg(m_readOnlyReason));
    }

    // Back up an existing database before changing its schema.
    if (!empty && !isNewFile && m_dialect->kind() == SqlDialect::Kind::Sqlite) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString backup = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(m_schemaVersion).arg(stamp);
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup = QStringLiteral("%1.v%2-%3-%4.bak").arg(m_path).arg(m_schemaVersion).arg(stamp).arg(n);
        if (Error error = m_dialect->snapshotTo(*this, backup))
            return makeError(error.code, tr("Shortlist must back up %1 before upgrading it, and the backup failed: %2")
                                             .arg(shown, error.message), error.detail);
        m_migrationBackup = backup;
    }
    if (Error error = Migrations::migrate(*this, m_schemaVersion, target))
        return error;
    if (empty && target == latest) {
        // Identity of this database (offline scorecard files name it).
        WriteTransaction tx(*this);
        SqlQuery q(*this);
        q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('database_id', ?)"));
        q.bind(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!tx.ok())
            return tx.error();
        if (!q.exec())
            return q.error();
        if (!tx.commit())
            return tx.error();
    }
    return readSchemaVersion();
}

Error Database::saveCopyTo(const QString &path) const
{
    return m_dialect->snapshotTo(*this, path);
}

Result<std::unique_ptr<Database>> Database::openSqliteReader(const QString &path, const QString &actor)
{
    OpenOptions options;
    options.forceReadOnly = true;
    options.migrate = false;
    options.quickCheck = false;   // the window's own connection checked the file; its -wal is no crash
    options.actor = actor;
    return openSqlite(path, options);
}

} // namespace shortlist
