// BackupService: a backup of a database that another thread keeps writing is
// one committed state and sound; cancel and unwritable targets leave no file;
// automatic backups are named per database, belong to the database whose id
// they hold (renamed or moved since, or not), and are pruned to the newest N
// of that database only, never touching another database's backups or a file
// that cannot be read; backups and restores are audited in the database;
// restore round-trips with a safety copy, and refuses anything that is not a
// sound Shortlist database without touching the current file.

#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "itemmodels/auditlogmodel.h"
#include "repositories/auditrepository.h"
#include "storage/backup.h"

#include <QCryptographicHash>
#include <QThread>
#include <QTimeZone>

#include <atomic>

using namespace shortlist;
using namespace shortlist::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

QString databaseIdOf(Database &db)
{
    return text(db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
}

// The audit entries with this action, oldest first.
QList<AuditEntry> auditEntries(Database &db, const QString &action)
{
    AuditQuery query;
    query.actions = {action};
    Result<QList<AuditEntry>> entries = AuditRepository(db).entries(query, 1000);
    if (!entries)
        return {};
    QList<AuditEntry> list = *entries;
    std::reverse(list.begin(), list.end());
    return list;
}

QStringList fileNames(const QList<BackupInfo> &backups)
{
    QStringList names;
    for (const BackupInfo &backup : backups)
        names << QFileInfo(backup.path).fileName();
    return names;
}

// PRAGMA integrity_check on a file, through a Database opened read-only.
QString integrity(const QString &path)
{
    OpenOptions options;
    options.forceReadOnly = true;
    options.migrate = false;
    auto db = openOrFail(path, options);
    if (!db)
        return QStringLiteral("<cannot open>");
    SqlQuery q(*db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.error().detail;
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;   // a demo database of a few MB: a backup of several steps
    int m_n = 0;

    QString fresh(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name)); }

    // A small database with an opening and the named candidates.
    QString smallDatabase(const QString &name, const QStringList &candidates)
    {
        const QString path = fresh(name);
        auto db = createDatabase(path);
        if (!db)
            return {};
        const qint64 opening = createOpening(*db);
        for (const QString &candidate : candidates)
            addCandidate(*db, opening, candidate);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions options;
        options.candidates = 6000;
        options.asOf = QDateTime(QDate(2026, 11, 20), QTime(17, 0), QTimeZone::utc());
        QVERIFY(DemoGenerator::generate(m_demo, options));
        QVERIFY(QFileInfo(m_demo).size() > 12 * 1024 * 1024);
    }

    void backup_whileAnotherThreadWrites_isOneCommittedState()
    {
        auto db = openOrFail(m_demo);
        QVERIFY(db);
        const qint64 opening = scalar(*db, QStringLiteral("SELECT min(id) FROM openings"));
        const qint64 gap = scalar(*db, QStringLiteral("SELECT (SELECT count(*) FROM applications) - (SELECT count(*) FROM candidates)"));

        // Another connection in another thread adds a candidate (candidate,
        // application, stage event: one transaction) again and again.
        std::atomic<bool> stop{false};
        std::atomic<qint64> committed{scalar(*db, QStringLiteral("SELECT count(*) FROM candidates"))};
        std::atomic<int> writes{0};
        QThread *writer = QThread::create([&] {
            OpenOptions options;
            options.quickCheck = false;
            auto own = openOrFail(m_demo, options);
            if (!own)
                return;
            while (!stop) {
                if (Pipeline(*own).addCandidate(makeCandidate(QStringLiteral("Writer %1").arg(writes.load())), opening)) {
                    ++committed;
                    ++writes;
                }
                QThread::msleep(2);
            }
        });
        writer->start();
        QTRY_VERIFY(writes > 0);

        const QString target = fresh(QStringLiteral("live.shortlist"));
        const qint64 before = committed;
        int writesDuringBackup = 0;
        int steps = 0;
        const int writesAtStart = writes;
        Result<BackupInfo> info = BackupService::backup(*db, target, [&](qint64 done, qint64 total) {
            ++steps;
            if (done < total)
                QThread::msleep(40);   // give the writer time to commit between steps
            writesDuringBackup = writes - writesAtStart;
            return true;
        });
        const qint64 after = committed;
        stop = true;
        writer->wait();
        delete writer;
        QVERIFY2(info, qPrintable(info.error().message + info.error().detail));
        QVERIFY2(steps > 2, "the copy should take several steps");
        QVERIFY2(writesDuringBackup > 2, "the writer should commit while the copy runs");

        QCOMPARE(integrity(target), QStringLiteral("ok"));
        auto copy = openOrFail(target);
        QVERIFY(copy);
        const qint64 copied = scalar(*copy, QStringLiteral("SELECT count(*) FROM candidates"));
        QVERIFY2(copied >= before && copied <= after, qPrintable(QStringLiteral("%1 not in [%2, %3]").arg(copied).arg(before).arg(after)));
        // Each write added a candidate and an application together.
        QCOMPARE(scalar(*copy, QStringLiteral("SELECT (SELECT count(*) FROM applications) - (SELECT count(*) FROM candidates)")), gap);
        QCOMPARE(scalar(*copy, QStringLiteral("SELECT count(*) FROM candidate_search")), copied);
        QCOMPARE(info->bytes, QFileInfo(target).size());
    }

    void backup_isAPrivateSelfContainedShortlistFile()
    {
        const QString source = smallDatabase(QStringLiteral("private.shortlist"), {QStringLiteral("Ana Lima")});
        auto db = openOrFail(source);
        QVERIFY(db);
        const QString target = fresh(QStringLiteral("private-backup.shortlist"));
        QList<QPair<qint64, qint64>> calls;
        QVERIFY(BackupService::backup(*db, target, [&calls](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        }));
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.last().first, calls.last().second);
        QCOMPARE(calls.last().second, QFileInfo(target).size());
        QCOMPARE(QFileInfo(target).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFileDevice::Permissions());
        // A rollback-journal file: nothing beside it, even after a read-only open.
        QFile header(target);
        QVERIFY(header.open(QIODevice::ReadOnly));
        QCOMPARE(header.read(20).at(18), char(1));
        header.close();
        QCOMPARE(integrity(target), QStringLiteral("ok"));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("-shm")));
        auto copy = openOrFail(target);
        QVERIFY(copy);
        QCOMPARE(text(*copy, QStringLiteral("SELECT name FROM candidates")), QStringLiteral("Ana Lima"));
        // Not over a database in use; once closed, a second backup replaces the first whole.
        QCOMPARE(BackupService::backup(*db, target).error().code, ErrorCode::Invalid);
        copy.reset();
        addCandidate(*db, scalar(*db, QStringLiteral("SELECT min(id) FROM openings")), QStringLiteral("Bruno Costa"));
        QVERIFY(BackupService::backup(*db, target));
        copy = openOrFail(target);
        QCOMPARE(scalar(*copy, QStringLiteral("SELECT count(*) FROM candidates")), 2);
    }

    void cancel_leavesNoFile_data()
    {
        QTest::addColumn<bool>("duringCheck");
        QTest::newRow("while copying") << false;
        QTest::newRow("while checking the copy") << true;
    }

    void cancel_leavesNoFile()
    {
        QFETCH(bool, duringCheck);
        auto db = openOrFail(m_demo);
        QVERIFY(db);
        const QString folder = m_dir.filePath(QStringLiteral("cancel-%1").arg(++m_n));
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath(QStringLiteral("cancelled.shortlist"));
        Result<BackupInfo> info = BackupService::backup(*db, target, [duringCheck](qint64 done, qint64 total) {
            return duringCheck ? done < total : false;
        });
        QVERIFY(!info);
        QCOMPARE(info.error().code, ErrorCode::Cancelled);
        QVERIFY(info.error().message.contains(QStringLiteral("cancelled")));
        QCOMPARE(entries(folder), QStringList());
    }

    void unwritableTarget_isAnError_andWritesNothing_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("folder missing") << QStringLiteral("missing/backup.shortlist") << int(ErrorCode::NotFound) << QStringLiteral("does not exist");
        QTest::newRow("folder read-only") << QStringLiteral("readonly/backup.shortlist") << int(ErrorCode::ReadOnly) << QStringLiteral("read-only");
        QTest::newRow("a folder") << QStringLiteral("afolder") << int(ErrorCode::Invalid) << QStringLiteral("is a folder");
        QTest::newRow("the database itself") << QStringLiteral("SOURCE") << int(ErrorCode::Invalid) << QStringLiteral("cannot replace the database");
        QTest::newRow("a database in use") << QStringLiteral("inuse.shortlist") << int(ErrorCode::Invalid) << QStringLiteral("in use");
        QTest::newRow("no name") << QString() << int(ErrorCode::Invalid) << QStringLiteral("No file was named");
    }

    void unwritableTarget_isAnError_andWritesNothing()
    {
        QFETCH(QString, target);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString source = QDir(dir.path()).filePath(QStringLiteral("source.shortlist"));
        auto db = createDatabase(source);
        QVERIFY(db);
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("readonly")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("afolder")));
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("readonly")), QFile::ReadOwner | QFile::ExeOwner));
        writeFile(dir.filePath(QStringLiteral("inuse.shortlist")), "stays");
        writeFile(dir.filePath(QStringLiteral("inuse.shortlist-wal")), "");
        const QStringList before = entries(dir.path());
        const QByteArray inUse = fileHash(dir.filePath(QStringLiteral("inuse.shortlist")));
        const QString path = target == QLatin1String("SOURCE") ? source : target.isEmpty() ? QString() : dir.filePath(target);
        Result<BackupInfo> info = BackupService::backup(*db, path);
        QFile::setPermissions(dir.filePath(QStringLiteral("readonly")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!info);
        QCOMPARE(int(info.error().code), code);
        QVERIFY2(info.error().message.contains(message), qPrintable(info.error().message));
        QCOMPARE(entries(dir.path()), before);
        QCOMPARE(entries(dir.filePath(QStringLiteral("readonly"))), QStringList());
        QCOMPARE(entries(dir.filePath(QStringLiteral("afolder"))), QStringList());
        QCOMPARE(fileHash(dir.filePath(QStringLiteral("inuse.shortlist"))), inUse);
    }

    void automaticBackupPath_namesTheDatabaseAndTheTime()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("hiring.shortlist"));
        auto db = createDatabase(database);
        QVERIFY(db);
        const QDateTime when(QDate(2026, 11, 27), QTime(9, 5, 7));
        const QString path = BackupService::automaticBackupPath(dir.path(), QStringLiteral("/data/hiring.shortlist"), when);
        QCOMPARE(path, dir.filePath(QStringLiteral("hiring-20261127-090507.shortlist")));
        QVERIFY(BackupService::backup(*db, path));
        // Two in one second: the second gets a suffix, and lists as the newer.
        const QString second = BackupService::automaticBackupPath(dir.path(), QStringLiteral("/data/hiring.shortlist"), when);
        QCOMPARE(second, dir.filePath(QStringLiteral("hiring-20261127-090507-2.shortlist")));
        Result<BackupInfo> written = BackupService::backup(*db, second);
        QVERIFY(written);
        QCOMPARE(written->databaseId, databaseIdOf(*db));
        const QList<BackupInfo> listed = BackupService::listBackups(dir.path(), databaseIdOf(*db), database);
        QCOMPARE(fileNames(listed), (QStringList{QStringLiteral("hiring-20261127-090507-2.shortlist"), QStringLiteral("hiring-20261127-090507.shortlist")}));
        QCOMPARE(listed.at(0).bytes, QFileInfo(second).size());
        QCOMPARE(listed.at(1).when, when);
        QCOMPARE(listed.at(1).databaseId, databaseIdOf(*db));
        QCOMPARE(BackupService::safetyCopyPath(dir.filePath(QStringLiteral("hiring.shortlist")), when),
                 dir.filePath(QStringLiteral("hiring.before-restore-20261127-090507.shortlist")));
    }

    void renamedDatabase_stillFindsAndRotatesItsBackups()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        const QString before = dir.filePath(QStringLiteral("hiring.shortlist"));
        QString id;
        {
            auto db = createDatabase(before);
            QVERIFY(db);
            id = databaseIdOf(*db);
            for (int day = 1; day <= 3; ++day)
                QVERIFY(BackupService::backup(*db, BackupService::automaticBackupPath(folder, before, QDateTime(QDate(2026, 5, day), QTime(12, 0)))));
        }
        // Renamed and moved to another folder.
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("moved"))));
        const QString after = dir.filePath(QStringLiteral("moved/renamed.shortlist"));
        QVERIFY(QFile::rename(before, after));
        auto db = openOrFail(after);
        QVERIFY(db);
        QVERIFY(BackupService::backup(*db, BackupService::automaticBackupPath(folder, after, QDateTime(QDate(2026, 5, 4), QTime(12, 0)))));

        const QList<BackupInfo> listed = BackupService::listBackups(folder, id, after);
        QCOMPARE(fileNames(listed), (QStringList{QStringLiteral("renamed-20260504-120000.shortlist"), QStringLiteral("hiring-20260503-120000.shortlist"),
                                                 QStringLiteral("hiring-20260502-120000.shortlist"), QStringLiteral("hiring-20260501-120000.shortlist")}));
        Result<int> removed = BackupService::prune(folder, id, after, 2);
        QVERIFY2(removed, qPrintable(removed.error().message));
        QCOMPARE(*removed, 2);
        QCOMPARE(entries(folder), (QStringList{QStringLiteral("hiring-20260503-120000.shortlist"), QStringLiteral("renamed-20260504-120000.shortlist")}));
    }

    void sameNamedDatabaseElsewhere_isUntouchedByRotation()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("office"))));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("laptop"))));
        const QString ours = dir.filePath(QStringLiteral("office/hiring.shortlist"));
        const QString theirs = dir.filePath(QStringLiteral("laptop/hiring.shortlist"));
        auto our = createDatabase(ours);
        auto their = createDatabase(theirs);
        QVERIFY(our && their);
        QVERIFY(databaseIdOf(*our) != databaseIdOf(*their));
        // The same names, their times interleaved: the newest file is theirs.
        QStringList theirFiles;
        for (int day = 1; day <= 4; ++day) {
            const QDateTime noon(QDate(2026, 6, day), QTime(12, 0));
            QVERIFY(BackupService::backup(*our, BackupService::automaticBackupPath(folder, ours, noon)));
            const QString path = BackupService::automaticBackupPath(folder, theirs, noon.addSecs(3600));
            QVERIFY(BackupService::backup(*their, path));
            theirFiles << QFileInfo(path).fileName();
        }
        QCOMPARE(BackupService::listBackups(folder, databaseIdOf(*our), ours).size(), 4);
        const BackupFolder scanned = BackupService::scanFolder(folder, databaseIdOf(*our), ours);
        QCOMPARE(scanned.otherDatabases, 4);
        QCOMPARE(scanned.unreadable, 0);

        QCOMPARE(*BackupService::prune(folder, databaseIdOf(*our), ours, 1), 3);
        QCOMPARE(fileNames(BackupService::listBackups(folder, databaseIdOf(*our), ours)), QStringList{QStringLiteral("hiring-20260604-120000.shortlist")});
        QCOMPARE(fileNames(BackupService::listBackups(folder, databaseIdOf(*their), theirs)),
                 (QStringList{theirFiles.at(3), theirFiles.at(2), theirFiles.at(1), theirFiles.at(0)}));
    }

    void prune_skipsAndKeepsWhatIsNotThisDatabasesBackup_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("otherDatabases");
        QTest::addColumn<int>("unreadable");
        QTest::newRow("another database's backup, same name") << QStringLiteral("other") << 1 << 0;
        QTest::newRow("junk named like a backup") << QStringLiteral("junk") << 0 << 1;
        QTest::newRow("empty file") << QStringLiteral("empty") << 0 << 1;
        QTest::newRow("truncated backup") << QStringLiteral("truncated") << 0 << 1;
        QTest::newRow("another program's SQLite file") << QStringLiteral("foreign") << 0 << 1;
        QTest::newRow("a backup in use (-wal beside it)") << QStringLiteral("inuse") << 0 << 0;
        QTest::newRow("the database itself, named like a backup") << QStringLiteral("itself") << 0 << 0;
        QTest::newRow("a safety copy") << QStringLiteral("safety") << 0 << 0;
    }

    void prune_skipsAndKeepsWhatIsNotThisDatabasesBackup()
    {
        QFETCH(QString, kind);
        QFETCH(int, otherDatabases);
        QFETCH(int, unreadable);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(folder));
        // Older than every backup of ours: first to go if it counted as one.
        const QString intruder = QDir(folder).filePath(kind == QLatin1String("safety") ? QStringLiteral("hiring.before-restore-20260101-120000.shortlist")
                                                                                        : QStringLiteral("hiring-20260101-120000.shortlist"));
        const QString database = kind == QLatin1String("itself") ? intruder : dir.filePath(QStringLiteral("hiring.shortlist"));
        auto db = createDatabase(database);
        QVERIFY(db);
        const QString id = databaseIdOf(*db);
        QStringList ours;
        for (int day = 2; day <= 5; ++day) {
            const QString path = BackupService::automaticBackupPath(folder, QStringLiteral("hiring.shortlist"), QDateTime(QDate(2026, 1, day), QTime(12, 0)));
            QVERIFY(BackupService::backup(*db, path));
            ours << QFileInfo(path).fileName();
        }
        if (kind == QLatin1String("other")) {
            auto other = createDatabase(dir.filePath(QStringLiteral("hiring-elsewhere.shortlist")));
            QVERIFY(BackupService::backup(*other, intruder));
        } else if (kind == QLatin1String("junk")) {
            writeFile(intruder, QByteArray(8192, 'j'));
        } else if (kind == QLatin1String("empty")) {
            writeFile(intruder, {});
        } else if (kind == QLatin1String("truncated")) {
            QVERIFY(QFile::copy(QDir(folder).filePath(ours.first()), intruder));
            QFile f(intruder);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind == QLatin1String("foreign")) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            raw.setDatabaseName(intruder);
            QVERIFY(raw.open());
            QSqlQuery(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)"), raw);
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1String("inuse")) {
            QVERIFY(QFile::copy(QDir(folder).filePath(ours.first()), intruder));
            writeFile(intruder + QStringLiteral("-wal"), {});
        } else if (kind == QLatin1String("safety")) {
            QVERIFY(QFile::copy(QDir(folder).filePath(ours.first()), intruder));
        }
        QVERIFY(QFileInfo::exists(intruder));
        const QByteArray intruderBytes = fileHash(intruder);

        const BackupFolder scanned = BackupService::scanFolder(folder, id, database);
        QCOMPARE(scanned.otherDatabases, otherDatabases);
        QCOMPARE(scanned.unreadable, unreadable);
        QCOMPARE(fileNames(scanned.backups), (QStringList{ours.at(3), ours.at(2), ours.at(1), ours.at(0)}));

        Result<int> removed = BackupService::prune(folder, id, database, 2);
        QVERIFY2(removed, qPrintable(removed.error().message));
        QCOMPARE(*removed, 2);
        QVERIFY(QFileInfo::exists(intruder));
        if (kind != QLatin1String("itself"))   // the open database's own file changes as it is used
            QCOMPARE(fileHash(intruder), intruderBytes);
        QCOMPARE(fileNames(BackupService::listBackups(folder, id, database)), (QStringList{ours.at(3), ours.at(2)}));
        QCOMPARE(*BackupService::prune(folder, id, database, 2), 0);
        QCOMPARE(BackupService::prune(folder, id, database, 0).error().code, ErrorCode::Invalid);
    }

    void storedDatabaseId_readsWithoutChangingTheFile_andFollowsAReplacement()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.shortlist"));
        const QString second = dir.filePath(QStringLiteral("second.shortlist"));
        QString firstId;
        QString secondId;
        {
            auto a = createDatabase(first);
            auto b = createDatabase(second);
            QVERIFY(a && b);
            firstId = databaseIdOf(*a);
            secondId = databaseIdOf(*b);
        }
        // A closed live database: in WAL mode (header byte 18 is 2).
        QFile header(first);
        QVERIFY(header.open(QIODevice::ReadOnly));
        QCOMPARE(header.read(20).at(18), char(2));
        header.close();
        const QByteArray bytes = fileHash(first);
        const QDateTime modified = QFileInfo(first).lastModified();
        const QStringList before = entries(dir.path());

        Result<QString> id = BackupService::storedDatabaseId(first);
        QVERIFY2(id, qPrintable(id.error().message + id.error().detail));
        QCOMPARE(*id, firstId);
        QCOMPARE(entries(dir.path()), before);   // no -wal, no -shm
        QCOMPARE(fileHash(first), bytes);
        QCOMPARE(QFileInfo(first).lastModified(), modified);
        // Characters a URI gives meaning to, in the folder's name and the file's.
        const QString odd = dir.filePath(QStringLiteral("a b#c?d%20e ü/x?y#z.shortlist"));
        QVERIFY(QDir().mkpath(QFileInfo(odd).absolutePath()));
        QVERIFY(QFile::copy(first, odd));
        QCOMPARE(*BackupService::storedDatabaseId(odd), firstId);
        QCOMPARE(entries(QFileInfo(odd).absolutePath()), QStringList{QStringLiteral("x?y#z.shortlist")});

        // Replaced under the same name: the new file's id, not the remembered one.
        QVERIFY(QFile::remove(first));
        QVERIFY(QFile::copy(second, first));
        QFile replaced(first);
        QVERIFY(replaced.open(QIODevice::ReadWrite));
        QVERIFY(replaced.setFileTime(modified.addSecs(5), QFileDevice::FileModificationTime));
        replaced.close();
        QCOMPARE(*BackupService::storedDatabaseId(first), secondId);

        // Not a Shortlist database: an error, and the file as it was.
        writeFile(second, QByteArray(4096, 'x'));
        QVERIFY(!BackupService::storedDatabaseId(second));
        QCOMPARE(BackupService::storedDatabaseId(dir.filePath(QStringLiteral("missing.shortlist"))).error().code, ErrorCode::NotFound);
    }

    void recordBackup_appendsADatabaseEntry_afterTheSnapshot_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::newRow("Back Up Now") << int(BackupKind::Manual) << QStringLiteral("hiring-20260301-090000.shortlist");
        QTest::newRow("automatic") << int(BackupKind::Automatic) << QStringLiteral("hiring-20260301-090000.shortlist; automatic");
        QTest::newRow("command line") << int(BackupKind::CommandLine) << QStringLiteral("hiring-20260301-090000.shortlist; command line");
    }

    void recordBackup_appendsADatabaseEntry_afterTheSnapshot()
    {
        QFETCH(int, kind);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("hiring.shortlist"));
        auto db = createDatabase(database);
        QVERIFY(db);
        db->setActor(QStringLiteral("Ana Lima"));
        addCandidate(*db, createOpening(*db), QStringLiteral("Bruno Costa"));
        const QString target = BackupService::automaticBackupPath(dir.path(), database, QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        Result<BackupInfo> written = BackupService::backup(*db, target);
        QVERIFY(written);
        QVERIFY(!BackupService::recordBackup(*db, written->path, BackupKind(kind)));

        const QList<AuditEntry> logged = auditEntries(*db, QStringLiteral("backup"));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().entity, QStringLiteral("database"));
        QVERIFY(!logged.first().entityId);
        QCOMPARE(logged.first().actor, QStringLiteral("Ana Lima"));
        QCOMPARE(logged.first().detail, detail);
        QVERIFY(!logged.first().detail.contains(QStringLiteral("Bruno")));
        // The viewer's words for it.
        const QStringList cells = AuditLogModel::rowTexts(logged.first());
        QCOMPARE(cells.at(AuditLogModel::Action), QStringLiteral("Backed up"));
        QCOMPARE(cells.at(AuditLogModel::Item), QStringLiteral("Database"));
        // The copy is the database as it was: without the entry about itself.
        auto copy = openOrFail(target);
        QVERIFY(copy);
        QCOMPARE(auditEntries(*copy, QStringLiteral("backup")).size(), 0);
        QCOMPARE(integrity(target), QStringLiteral("ok"));
    }

    void recordBackup_onAReadOnlyDatabase_writesNothing()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("hiring.shortlist"));
        createDatabase(database).reset();
        OpenOptions options;
        options.forceReadOnly = true;
        auto db = openOrFail(database, options);
        QVERIFY(db);
        const QString target = dir.filePath(QStringLiteral("copy.shortlist"));
        QVERIFY(BackupService::backup(*db, target));
        QCOMPARE(BackupService::recordBackup(*db, target, BackupKind::Manual).code, ErrorCode::ReadOnly);
        QCOMPARE(auditEntries(*db, QStringLiteral("backup")).size(), 0);
    }

    void restore_roundTrip_keepsASafetyCopy()
    {
        const QString original = smallDatabase(QStringLiteral("roundtrip.shortlist"), {QStringLiteral("Ana Lima")});
        const QString backupFolder = m_dir.filePath(QStringLiteral("roundtrip-backups"));
        QVERIFY(QDir().mkpath(backupFolder));
        const QString backup = BackupService::automaticBackupPath(backupFolder, original, QDateTime::currentDateTime());
        // The database as a crash leaves it: a change after the backup that
        // is only in its write-ahead log.
        const QString path = fresh(QStringLiteral("crashed.shortlist"));
        {
            auto db = openOrFail(original);
            QVERIFY(db);
            QVERIFY(BackupService::backup(*db, backup));
            addCandidate(*db, scalar(*db, QStringLiteral("SELECT min(id) FROM openings")), QStringLiteral("Bruno Costa"));
            QVERIFY(QFileInfo(original + QStringLiteral("-wal")).size() > 0);
            QVERIFY(QFile::copy(original, path));
            QVERIFY(QFile::copy(original + QStringLiteral("-wal"), path + QStringLiteral("-wal")));
        }

        Result<QString> safety = BackupService::restore(backup, path);
        QVERIFY2(safety, qPrintable(safety.error().message + safety.error().detail));
        QVERIFY(QFileInfo(*safety).fileName().startsWith(QStringLiteral("%1.before-restore-").arg(QFileInfo(path).completeBaseName())));
        QCOMPARE(QFileInfo(*safety).absolutePath(), QFileInfo(path).absolutePath());
        // The old log is gone: replayed into the new file it would corrupt it.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        QVERIFY(!entries(QFileInfo(path).absolutePath()).join(QLatin1Char(' ')).contains(QStringLiteral(".partial")));
        QCOMPARE(integrity(path), QStringLiteral("ok"));
        {
            auto restored = openOrFail(path);
            QVERIFY(restored);
            QCOMPARE(scalar(*restored, QStringLiteral("SELECT count(*) FROM candidates WHERE name = 'Bruno Costa'")), 0);
            QCOMPARE(scalar(*restored, QStringLiteral("SELECT count(*) FROM candidates WHERE name = 'Ana Lima'")), 1);
        }
        // The safety copy has everything the old file had, its log included.
        QCOMPARE(integrity(*safety), QStringLiteral("ok"));
        auto kept = openOrFail(*safety);
        QVERIFY(kept);
        QCOMPARE(scalar(*kept, QStringLiteral("SELECT count(*) FROM candidates WHERE name = 'Bruno Costa'")), 1);
    }

    void recordRestore_saysFromWhichBackup_data()
    {
        QTest::addColumn<bool>("otherDatabase");
        QTest::addColumn<QString>("detail");
        QTest::newRow("its own backup") << false
                                        << QStringLiteral("from hiring-20260301-090000.shortlist; previous file kept as "
                                                          "hiring.before-restore-20260302-100000.shortlist");
        QTest::newRow("another database's") << true
                                            << QStringLiteral("from hiring-20260301-090000.shortlist, a backup of another database; "
                                                              "previous file kept as hiring.before-restore-20260302-100000.shortlist");
    }

    void recordRestore_saysFromWhichBackup()
    {
        QFETCH(bool, otherDatabase);
        QFETCH(QString, detail);
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("hiring.shortlist"));
        const QString backup = dir.filePath(QStringLiteral("backups/hiring-20260301-090000.shortlist"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("backups"))));
        {
            auto db = createDatabase(database);
            QVERIFY(BackupService::backup(*db, backup));
        }
        Result<QString> safety = BackupService::restore(backup, database);
        QVERIFY(safety);
        auto db = openOrFail(database);
        QVERIFY(db);
        db->setActor(QStringLiteral("Ana Lima"));
        const QString shownSafety = dir.filePath(QStringLiteral("hiring.before-restore-20260302-100000.shortlist"));
        QVERIFY(!BackupService::recordRestore(*db, backup, shownSafety, otherDatabase));
        const QList<AuditEntry> logged = auditEntries(*db, QStringLiteral("restore"));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().entity, QStringLiteral("database"));
        QCOMPARE(logged.first().actor, QStringLiteral("Ana Lima"));
        QCOMPARE(logged.first().detail, detail);
        QCOMPARE(AuditLogModel::rowTexts(logged.first()).at(AuditLogModel::Action), QStringLiteral("Restored"));
    }

    void restore_overADamagedFile_keepsItsBytes()
    {
        const QString path = smallDatabase(QStringLiteral("damaged.shortlist"), {QStringLiteral("Ana Lima")});
        const QString backup = fresh(QStringLiteral("damaged-backup.shortlist"));
        {
            auto db = openOrFail(path);
            QVERIFY(db);
            QVERIFY(BackupService::backup(*db, backup));
        }
        writeFile(path, QByteArray(8192, 'x'));
        const QByteArray damaged = fileHash(path);
        Result<QString> safety = BackupService::restore(backup, path);
        QVERIFY2(safety, qPrintable(safety.error().message));
        QCOMPARE(fileHash(*safety), damaged);
        auto restored = openOrFail(path);
        QVERIFY(restored);
        QCOMPARE(text(*restored, QStringLiteral("SELECT name FROM candidates")), QStringLiteral("Ana Lima"));
    }

    void restore_ofANonDatabase_isRefused_andTheFileUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("missing") << int(ErrorCode::NotFound) << QStringLiteral("does not exist");
        QTest::newRow("junk") << QStringLiteral("junk") << int(ErrorCode::NotADatabase) << QStringLiteral("not an SQLite file");
        QTest::newRow("empty file") << QStringLiteral("empty") << int(ErrorCode::EmptyFile) << QStringLiteral("empty file");
        QTest::newRow("truncated") << QStringLiteral("truncated") << int(ErrorCode::Truncated) << QStringLiteral("truncated");
        QTest::newRow("another program's SQLite") << QStringLiteral("foreign") << int(ErrorCode::NotADatabase) << QStringLiteral("not a Shortlist one");
        QTest::newRow("empty SQLite database") << QStringLiteral("blank") << int(ErrorCode::NotADatabase) << QStringLiteral("empty SQLite database");
        QTest::newRow("newer Shortlist") << QStringLiteral("newer") << int(ErrorCode::NewerSchema) << QStringLiteral("newer Shortlist");
        QTest::newRow("the database itself") << QStringLiteral("itself") << int(ErrorCode::Invalid) << QStringLiteral("the database itself");
        QTest::newRow("database open elsewhere") << QStringLiteral("open") << int(ErrorCode::Locked) << QStringLiteral("open in another program");
    }

    void restore_ofANonDatabase_isRefused_andTheFileUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("current.shortlist"));
        {
            auto db = createDatabase(path);
            QVERIFY(db);
            addCandidate(*db, createOpening(*db), QStringLiteral("Ana Lima"));
        }
        QString backup = dir.filePath(QStringLiteral("backup.shortlist"));
        if (kind == QLatin1String("junk")) {
            writeFile(backup, QByteArray(8192, 'j'));
        } else if (kind == QLatin1String("empty")) {
            writeFile(backup, {});
        } else if (kind == QLatin1String("truncated") || kind == QLatin1String("newer")) {
            auto db = openOrFail(path);
            QVERIFY(db);
            QVERIFY(BackupService::backup(*db, backup));
            if (kind == QLatin1String("truncated")) {
                QFile f(backup);
                QVERIFY(f.open(QIODevice::ReadWrite));
                QVERIFY(f.resize(f.size() / 2 + 100));
            } else {
                auto copy = openOrFail(backup);
                QVERIFY(copy);
                SqlQuery q(*copy);
                QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, 'future', 0)")));
            }
        } else if (kind == QLatin1String("foreign") || kind == QLatin1String("blank")) {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            raw.setDatabaseName(backup);
            QVERIFY(raw.open());
            QSqlQuery(kind == QLatin1String("foreign") ? QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")
                                                       : QStringLiteral("PRAGMA user_version = 1"),
                      raw);
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else if (kind == QLatin1String("itself")) {
            backup = path;
        } else if (kind == QLatin1String("open")) {
            auto db = openOrFail(path);
            QVERIFY(BackupService::backup(*db, backup));
        } else {
            backup = dir.filePath(QStringLiteral("no-such-backup.shortlist"));
        }
        std::unique_ptr<Database> holder;
        if (kind == QLatin1String("open"))
            holder = openOrFail(path);
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = entries(dir.path());

        Result<QString> restored = BackupService::restore(backup, path);
        QVERIFY(!restored);
        QCOMPARE(int(restored.error().code), code);
        QVERIFY2(restored.error().message.contains(message), qPrintable(restored.error().message));
        holder.reset();
        QCOMPARE(fileHash(path), before);
        QStringList filesAfter = entries(dir.path());
        filesAfter.removeAll(QStringLiteral("current.shortlist-wal"));
        filesAfter.removeAll(QStringLiteral("current.shortlist-shm"));
        QStringList expected = filesBefore;
        expected.removeAll(QStringLiteral("current.shortlist-wal"));
        expected.removeAll(QStringLiteral("current.shortlist-shm"));
        QCOMPARE(filesAfter, expected);   // no safety copy, no temporary file
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM candidates")), QStringLiteral("Ana Lima"));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
