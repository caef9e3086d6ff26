// `shortlist backup`: a sound, private backup of a database even while another
// connection has it open and writes, recorded in the database's audit log
// (not in the copy), and every error exits with its code (2 usage, 3 database
// not found, 4 unreadable database or unwritable output), says what to do on
// stderr and writes no file; a PostgreSQL server is refused naming pg_dump.

#include "../common/clirun.h"
#include "../common/testdb.h"

using namespace shortlist;
using namespace shortlist::test;

class TestBackupCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = out(QStringLiteral("hiring.shortlist"));
        auto db = createDatabase(m_path);
        QVERIFY(db);
        const qint64 opening = createOpening(*db);
        addCandidate(*db, opening, QStringLiteral("Ana Lima"));
        addCandidate(*db, opening, QStringLiteral("Bruno Costa"));
    }

    void backup_ofADatabaseInUse_writesASoundPrivateCopy()
    {
        // The window has the file open and has just written to it.
        auto db = openOrFail(m_path);
        QVERIFY(db);
        addCandidate(*db, scalar(*db, QStringLiteral("SELECT min(id) FROM openings")), QStringLiteral("Carla Dias"));
        const QString backup = out(QStringLiteral("hiring-backup.shortlist"));
        const CliRun run = runShortlist({QStringLiteral("backup"), QStringLiteral("--database"), m_path, QStringLiteral("--output"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.outText().startsWith(QStringLiteral("Backed up %1 to %2: ").arg(m_path, backup)), qPrintable(run.outText()));
        QVERIFY(run.outText().contains(QRegularExpression(QStringLiteral(": \\d+\\.\\d MB in \\d+\\.\\d\\d s\\.\\n$"))));
        QVERIFY(run.err.isEmpty());
        QCOMPARE(QFileInfo(backup).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFileDevice::Permissions());
        auto copy = openOrFail(backup);
        QVERIFY(copy);
        QCOMPARE(scalar(*copy, QStringLiteral("SELECT count(*) FROM candidates")), 3);
        QCOMPARE(text(*copy, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        // Audited in the database after the snapshot: the copy has no entry about itself.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'")), 1);
        QCOMPARE(text(*db, QStringLiteral("SELECT entity FROM audit_log WHERE action = 'backup'")), QStringLiteral("database"));
        QCOMPARE(text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'backup'")), QStringLiteral("hiring-backup.shortlist; command line"));
        QVERIFY(!text(*db, QStringLiteral("SELECT actor FROM audit_log WHERE action = 'backup'")).isEmpty());
        QCOMPARE(scalar(*copy, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'backup'")), 0);
    }

    void errors_exitWithTheirCodeAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("DB");
        const QString backup = QStringLiteral("OUT");
        QTest::newRow("no database") << QStringList{QStringLiteral("--output"), backup} << 2 << QStringLiteral("--database FILE");
        QTest::newRow("no output") << QStringList{QStringLiteral("--database"), db} << 2 << QStringLiteral("--output FILE");
        QTest::newRow("output is the database") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"), db} << 2
                                                << QStringLiteral("the database itself");
        QTest::newRow("a stray argument") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"), backup, QStringLiteral("extra")}
                                          << 2 << QStringLiteral("unexpected “extra”");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"), backup, QStringLiteral("--fast")}
                                        << 2 << QStringLiteral("fast");
        QTest::newRow("missing database") << QStringList{QStringLiteral("--database"), QStringLiteral("MISSING"), QStringLiteral("--output"), backup}
                                          << 3 << QStringLiteral("does not exist");
        QTest::newRow("not a database") << QStringList{QStringLiteral("--database"), QStringLiteral("JUNK"), QStringLiteral("--output"), backup}
                                        << 4 << QStringLiteral("not a Shortlist database");
        QTest::newRow("output folder missing") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"), QStringLiteral("NOFOLDER")}
                                               << 4 << QStringLiteral("does not exist");
        QTest::newRow("output folder read-only") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"), QStringLiteral("READONLY")}
                                                 << 4 << QStringLiteral("read-only");
        QTest::newRow("a PostgreSQL server") << QStringList{QStringLiteral("--database"), QStringLiteral("postgresql://ana:secret@db.example.com:5432/hiring"),
                                                           QStringLiteral("--output"), backup}
                                             << 2 << QStringLiteral("pg_dump --format=custom --file=shortlist.dump postgresql://ana@db.example.com:5432/hiring");
        QTest::newRow("output is a folder") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"), QStringLiteral("FOLDER")} << 4
                                            << QStringLiteral("is a folder");
    }

    void errors_exitWithTheirCodeAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString backup = out(QStringLiteral("never.shortlist"));
        const QString junk = out(QStringLiteral("junk.shortlist"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QDir(m_dir.path()).mkpath(QStringLiteral("folder.shortlist"));
        QDir(m_dir.path()).mkpath(QStringLiteral("readonly"));
        QVERIFY(QFile::setPermissions(out(QStringLiteral("readonly")), QFile::ReadOwner | QFile::ExeOwner));
        arguments.replaceInStrings(QStringLiteral("DB"), m_path);
        arguments.replaceInStrings(QStringLiteral("OUT"), backup);
        arguments.replaceInStrings(QStringLiteral("MISSING"), out(QStringLiteral("missing.shortlist")));
        arguments.replaceInStrings(QStringLiteral("JUNK"), junk);
        arguments.replaceInStrings(QStringLiteral("NOFOLDER"), out(QStringLiteral("no/such/folder/backup.shortlist")));
        arguments.replaceInStrings(QStringLiteral("READONLY"), out(QStringLiteral("readonly/backup.shortlist")));
        arguments.replaceInStrings(QStringLiteral("FOLDER"), out(QStringLiteral("folder.shortlist")));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        const CliRun run = runShortlist(QStringList{QStringLiteral("backup")} + arguments);
        QFile::setPermissions(out(QStringLiteral("readonly")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY(run.err.startsWith(QStringLiteral("shortlist")));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("secret")));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(backup));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);
        QCOMPARE(QDir(out(QStringLiteral("readonly"))).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(QDir(out(QStringLiteral("folder.shortlist"))).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void help_listsOptionsAndExitCodes()
    {
        const CliRun run = runShortlist({QStringLiteral("backup"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--database", "--output", "Exit codes", "3 database not found"})
            QVERIFY2(run.outText().contains(QLatin1String(option)), option);
        const CliRun overview = runShortlist({QStringLiteral("--help")});
        QCOMPARE(overview.exitCode, 0);
        QVERIFY(overview.outText().contains(QStringLiteral("backup --database FILE --output FILE")));
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
