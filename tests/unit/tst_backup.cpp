// BackupService: a backup of a database that another thread keeps writing is
// one committed state and sound; cancel and unwritable targets leave no file;
// automatic backups are named per database and pruned to the newest N of that
// database only; restore round-trips with a safety copy, and refuses anything
// that is not a sound Shortlist database without touching the current file.

#include "../common/testdb.h"

#include "demo/demogenerator.h"
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
        const QDateTime when(QDate(2026, 11, 27), QTime(9, 5, 7));
        const QString path = BackupService::automaticBackupPath(dir.path(), QStringLiteral("/data/hiring.shortlist"), when);
        QCOMPARE(path, dir.filePath(QStringLiteral("hiring-20261127-090507.shortlist")));
        writeFile(path, "x");
        // Two in one second: the second gets a suffix, and lists as the newer.
        const QString second = BackupService::automaticBackupPath(dir.path(), QStringLiteral("/data/hiring.shortlist"), when);
        QCOMPARE(second, dir.filePath(QStringLiteral("hiring-20261127-090507-2.shortlist")));
        writeFile(second, "xy");
        const QList<BackupInfo> listed = BackupService::listBackups(dir.path(), QStringLiteral("/elsewhere/hiring.shortlist"));
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).path, second);
        QCOMPARE(listed.at(0).bytes, 2);
        QCOMPARE(listed.at(1).when, when);
        QCOMPARE(BackupService::safetyCopyPath(dir.filePath(QStringLiteral("hiring.shortlist")), when),
                 dir.filePath(QStringLiteral("hiring.before-restore-20261127-090507.shortlist")));
    }

    void prune_keepsTheNewestOfThisDatabaseOnly()
    {
        QTemporaryDir dir;
        const QString database = QStringLiteral("/data/hiring.shortlist");
        QStringList ours;
        for (int day = 1; day <= 6; ++day) {
            const QString path = BackupService::automaticBackupPath(dir.path(), database, QDateTime(QDate(2026, 11, day), QTime(12, 0)));
            writeFile(path, QByteArray(day, 'b'));
            ours << QFileInfo(path).fileName();
        }
        const QStringList others{QStringLiteral("hiring-2026-20261101-120000.shortlist"),   // the database "hiring-2026"
                                 QStringLiteral("other-20261101-120000.shortlist"),
                                 QStringLiteral("hiring-20261301-120000.shortlist"),        // no such date
                                 QStringLiteral("hiring.before-restore-20261101-120000.shortlist"),
                                 QStringLiteral("hiring-20261101-120000.shortlist.txt"),
                                 QStringLiteral("notes.txt")};
        for (const QString &name : others)
            writeFile(dir.filePath(name), "keep");

        const QList<BackupInfo> listed = BackupService::listBackups(dir.path(), database);
        QCOMPARE(listed.size(), 6);
        QCOMPARE(QFileInfo(listed.first().path).fileName(), ours.last());   // newest first
        QCOMPARE(listed.first().bytes, 6);
        QCOMPARE(listed.first().when, QDateTime(QDate(2026, 11, 6), QTime(12, 0)));

        Result<int> removed = BackupService::prune(dir.path(), database, 3);
        QVERIFY(removed);
        QCOMPARE(*removed, 3);
        QStringList expected = others + ours.mid(3);
        expected.sort();
        QCOMPARE(entries(dir.path()), expected);
        QCOMPARE(*BackupService::prune(dir.path(), database, 3), 0);
        QCOMPARE(BackupService::prune(dir.path(), database, 0).error().code, ErrorCode::Invalid);
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
