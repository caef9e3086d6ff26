// Opening files: checks, pragmas, read-only handling, and every bad-input case
// from the storage spec, each with a clear message and nothing lost.

#include "../common/testdb.h"

#include "repositories/candidaterepository.h"
#include "storage/migrations.h"
#include "storage/sqlitenative.h"
#include "storage/transaction.h"

#include <QFile>

using namespace shortlist;
using namespace shortlist::test;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

    // A real Shortlist database with one candidate, closed cleanly.
    QString makeDatabase(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        auto db = createDatabase(path);
        if (!db)
            return {};
        const qint64 opening = createOpening(*db);
        addCandidate(*db, opening, QStringLiteral("Ana Lima"));
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    // A long read on a worker (the retention check) stops when the window
    // sets its flag, so closing never waits for it to run to the end.
    void interruptWhen_stopsARunningStatementOnceTheFlagIsSet()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("interrupt.shortlist")));
        QVERIFY(db);
        const QString slow = QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000) SELECT count(*) FROM n");
        std::atomic_bool cancel{true};
        interruptWhen(*db, &cancel);
        SqlQuery q(*db);
        QVERIFY(!q.exec(slow));   // the same statement completes below
        QVERIFY2(q.error().detail.contains(QStringLiteral("interrupt")), qPrintable(q.error().detail));
        cancel = false;
        QVERIFY(q.exec(slow) && q.next());
        QCOMPARE(q.int64(0), 5000000);
        cancel = true;
        interruptWhen(*db, nullptr);   // lifted: the flag no longer counts
        QVERIFY(q.exec(slow) && q.next());
        QCOMPARE(q.int64(0), 5000000);
    }

    void createNew_isPrivateAndMigrated()
    {
        const QString path = m_dir.filePath(QStringLiteral("new.shortlist"));
        auto db = createDatabase(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(QFile::permissions(path) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(!db->isReadOnly());
        QVERIFY(!text(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")).isEmpty());
    }

    void everyConnection_setsPragmas()
    {
        auto db = createDatabase(m_dir.filePath(QStringLiteral("pragmas.shortlist")));
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(text(*db, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")), 2);  // FULL
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA secure_delete")), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")), SqliteDialect::busyTimeoutMs);
    }

    void missingFile_isNotCreatedUnlessAsked()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing.shortlist"));
        auto result = Database::openSqlite(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NotFound);
        QVERIFY(result.error().message.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void badFile_isRefusedWithAClearMessage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("expectedCode");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("text file") << "text" << int(ErrorCode::NotADatabase) << "not a Shortlist database";
        QTest::newRow("zero-length file") << "empty" << int(ErrorCode::EmptyFile) << "empty file";
        QTest::newRow("cut inside the header") << "header" << int(ErrorCode::Truncated) << "truncated";
        QTest::newRow("truncated pages") << "truncated" << int(ErrorCode::Truncated) << "truncated";
        QTest::newRow("corrupted pages") << "corrupt" << int(ErrorCode::Corrupt) << "damaged";
        QTest::newRow("another program's SQLite file") << "foreign" << int(ErrorCode::NotADatabase) << "not a Shortlist one";
        QTest::newRow("a folder") << "folder" << int(ErrorCode::NotADatabase) << "folder";
    }

    void badFile_isRefusedWithAClearMessage()
    {
        QFETCH(QString, kind);
        QFETCH(int, expectedCode);
        QFETCH(QString, messagePart);
        QString path;
        if (kind == QLatin1String("text")) {
            path = writeFile(QStringLiteral("notes.txt"), "Candidates to call back:\nAna, Ben\n");
        } else if (kind == QLatin1String("empty")) {
            path = writeFile(QStringLiteral("empty.shortlist"), {});
        } else if (kind == QLatin1String("folder")) {
            path = m_dir.filePath(QStringLiteral("a-folder"));
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("foreign")) {
            path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
                other.setDatabaseName(path);
                QVERIFY(other.open());
                QSqlQuery(other).exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)"));
                other.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        } else {
            path = makeDatabase(kind + QStringLiteral(".shortlist"));
            QVERIFY(!path.isEmpty());
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8192);
            if (kind == QLatin1String("header")) {
                QVERIFY(f.resize(60));
            } else if (kind == QLatin1String("truncated")) {
                QVERIFY(f.resize(size / 2 + 100));
            } else {
                // Overwrite everything after page 1 with garbage.
                f.seek(4096);
                QByteArray garbage(int(size - 4096), '\0');
                for (int i = 0; i < garbage.size(); ++i)
                    garbage[i] = char((i * 131 + 7) & 0xff);
                f.write(garbage);
            }
        }
        const QByteArray before = QFileInfo(path).isFile() ? [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }() : QByteArray();
        auto result = Database::openSqlite(path);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), expectedCode);
        QVERIFY2(result.error().message.contains(messagePart), qPrintable(result.error().message));
        if (QFileInfo(path).isFile()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);  // nothing was written to a file we refused
        }
    }

    void newerSchema_isRefusedNamingBothVersions()
    {
        const QString path = makeDatabase(QStringLiteral("newer.shortlist"));
        {
            auto db = openOrFail(path);
            QVERIFY(db);
            SqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (99, 'future', 0)")));
        }
        auto result = Database::openSqlite(path);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::NewerSchema);
        QVERIFY2(result.error().message.contains(QStringLiteral("version 99")), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("up to version %1").arg(Migrations::latestVersion())),
                 qPrintable(result.error().message));
    }

    void readOnlyFile_opensReadOnlyAndRefusesWrites()
    {
        const QString path = makeDatabase(QStringLiteral("readonly.shortlist"));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadUser));
        auto db = openOrFail(path);
        QVERIFY(db);
        QVERIFY(db->isReadOnly());
        QVERIFY(db->readOnlyReason().contains(QStringLiteral("read-only")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 1);
        Result<Candidate> c = CandidateRepository(*db).load(1);
        QVERIFY(c);
        c->name = QStringLiteral("Changed");
        Result<int> saved = CandidateRepository(*db).update(*c);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::ReadOnly);
        // Even a write that bypasses the repositories is refused by SQLite.
        SqlQuery q(*db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE candidates SET name = 'x'")));
        db.reset();
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        auto reopened = openOrFail(path);
        QCOMPARE(text(*reopened, QStringLiteral("SELECT name FROM candidates")), QStringLiteral("Ana Lima"));
    }

    void readOnlyFolder_opensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in-folder.shortlist"));
        {
            auto db = createDatabase(path);
            QVERIFY(db);
            addCandidate(*db, createOpening(*db), QStringLiteral("Ben Okafor"));
        }
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        auto db = openOrFail(path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(db);
        QVERIFY(db->isReadOnly());
        QVERIFY(db->readOnlyReason().contains(QStringLiteral("folder")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 1);
    }

    void lockedByAnotherWriter_reportsLockedAndKeepsData()
    {
        const QString path = makeDatabase(QStringLiteral("locked.shortlist"));
        auto holder = openOrFail(path);
        auto editor = openOrFail(path);
        QVERIFY(holder && editor);
        SqlQuery hold(*holder);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));  // another writer holds the lock
        Result<Candidate> c = CandidateRepository(*editor).load(1);
        QVERIFY(c);
        c->name = QStringLiteral("Edited while locked");
        QElapsedTimer timer;
        timer.start();
        Result<int> saved = CandidateRepository(*editor).update(*c);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Locked);
        QVERIFY(saved.error().message.contains(QStringLiteral("locked")));
        QVERIFY(timer.elapsed() >= SqliteDialect::busyTimeoutMs - 500);  // it waited, then gave up
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        // Once the other writer is gone, the same edit goes through.
        Result<int> retried = CandidateRepository(*editor).update(*c);
        QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().message));
    }

    void diskFull_rollsBackAndSaysSo()
    {
        const QString path = makeDatabase(QStringLiteral("full.shortlist"));
        auto db = openOrFail(path);
        QVERIFY(db);
        const qint64 pages = scalar(*db, QStringLiteral("PRAGMA page_count"));
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 2)));
        const qint64 candidatesBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM candidates"));
        Candidate big = makeCandidate(QStringLiteral("Huge Profile"));
        big.skills = QStringList(2000, QStringLiteral("a-very-long-skill-name-that-fills-pages"));
        Result<NewApplication> added = Pipeline(*db).addCandidate(big, 1);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::DiskFull);
        QVERIFY(added.error().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), candidatesBefore);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications")), 1);
        QCOMPARE(db->transactionDepth, 0);
        // A small write still fits: the connection is usable after the failure.
        QVERIFY(Pipeline(*db).addCandidate(makeCandidate(QStringLiteral("Small")), 1));
    }

    void uncleanShutdown_runsQuickCheckEvenOnLargeFiles()
    {
        const QString path = makeDatabase(QStringLiteral("unclean.shortlist"));
        OpenOptions noCheckBySize;
        noCheckBySize.quickCheckLimitBytes = 0;
        {
            auto db = openOrFail(path, noCheckBySize);
            QVERIFY(db);
            QVERIFY(!db->quickCheckRan());
        }
        // A leftover WAL file is what a crash leaves behind.
        auto holder = openOrFail(path, noCheckBySize);
        SqlQuery q(*holder);
        QVERIFY(q.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
        QVERIFY(Pipeline(*holder).addCandidate(makeCandidate(QStringLiteral("In the WAL")), 1));
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        auto second = openOrFail(path, noCheckBySize);
        QVERIFY(second);
        QVERIFY(second->quickCheckRan());
    }

    void writeTransaction_nestedFailure_rollsBackEverything()
    {
        auto db = createDatabase(m_dir.filePath(QStringLiteral("nested.shortlist")));
        QVERIFY(db);
        const qint64 before = scalar(*db, QStringLiteral("SELECT count(*) FROM people"));
        {
            WriteTransaction outer(*db);
            QVERIFY(outer.ok());
            SqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, role, created_at) VALUES ('Kept?', 'recruiter', 0)")));
            {
                WriteTransaction inner(*db);
                QVERIFY(inner.ok());
                QVERIFY(!q.exec(QStringLiteral("INSERT INTO people (name, role, created_at) VALUES ('', 'nobody', 0)")));
                // inner leaves without commit
            }
            QVERIFY(!outer.commit());
        }
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM people")), before);
        QCOMPARE(db->transactionDepth, 0);
    }

    void saveCopy_isAConsistentSnapshot()
    {
        const QString path = makeDatabase(QStringLiteral("original.shortlist"));
        auto db = openOrFail(path);
        QVERIFY(db);
        const QString copy = m_dir.filePath(QStringLiteral("copy.shortlist"));
        QVERIFY(!db->saveCopyTo(copy));
        QVERIFY(db->saveCopyTo(copy));  // never overwrites silently
        auto copied = openOrFail(copy);
        QVERIFY(copied);
        QCOMPARE(text(*copied, QStringLiteral("SELECT name FROM candidates")), QStringLiteral("Ana Lima"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
