// The shortlist executable from the command line: help, version, demo, paths,
// usage errors and their exit codes.

#include "../common/clirun.h"
#include "../common/testdb.h"

#include <QProcess>

using namespace shortlist;
using namespace shortlist::test;

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void help_listsEveryCommand()
    {
        const CliRun run = runShortlist({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(QStringLiteral("Usage:")));
        QVERIFY(run.outText().contains(QStringLiteral("demo --output FILE")));
        QVERIFY(run.outText().contains(QStringLiteral("Exit codes")));
    }

    void version_printsTheVersion()
    {
        const CliRun run = runShortlist({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText().trimmed(), QStringLiteral("Shortlist %1").arg(QStringLiteral(SHORTLIST_VERSION)));
    }

    void demoHelp_describesOptions()
    {
        const CliRun run = runShortlist({QStringLiteral("demo"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(QStringLiteral("--candidates")));
        QVERIFY(run.outText().contains(QStringLiteral("--seed")));
    }

    void usageErrors_exitWithTwoAndSayWhy_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("demo without output") << QStringList{QStringLiteral("demo")} << "needs --output";
        QTest::newRow("candidates not a number") << QStringList{QStringLiteral("demo"), QStringLiteral("--output"), QStringLiteral("x.shortlist"),
                                                                QStringLiteral("--candidates"), QStringLiteral("many")}
                                                 << "--candidates must be a whole number";
        QTest::newRow("bad as-of date") << QStringList{QStringLiteral("demo"), QStringLiteral("--output"), QStringLiteral("x.shortlist"),
                                                       QStringLiteral("--as-of"), QStringLiteral("yesterday")}
                                        << "--as-of must be a date";
        QTest::newRow("unknown demo option") << QStringList{QStringLiteral("demo"), QStringLiteral("--colour")} << "colour";
        QTest::newRow("paths without what") << QStringList{QStringLiteral("paths")} << "--data-dir";
        QTest::newRow("two files") << QStringList{QStringLiteral("a.shortlist"), QStringLiteral("b.shortlist")} << "unknown command";
    }

    void usageErrors_exitWithTwoAndSayWhy()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const CliRun run = runShortlist(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("--help")));
    }

    void demo_createsADatabaseWithoutADisplay()
    {
        const QString path = m_dir.filePath(QStringLiteral("cli-demo.shortlist"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        const CliRun run = runShortlist({QStringLiteral("demo"), QStringLiteral("--output"), path, QStringLiteral("--candidates"),
                                      QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("3")},
                                     env);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(QStringLiteral("150 candidates")), qPrintable(run.outText() + run.err));
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 150);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM openings")) >= 3);
        QCOMPARE(text(*db, QStringLiteral("SELECT title FROM openings ORDER BY id LIMIT 1")), QStringLiteral("Big Data Tech Lead"));
    }

    void demo_refusesToOverwrite()
    {
        const QString path = m_dir.filePath(QStringLiteral("exists.shortlist"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        const CliRun run = runShortlist({QStringLiteral("demo"), QStringLiteral("--output"), path});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(QStringLiteral("exists")), qPrintable(run.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("keep me"));
    }

    void paths_printsTheDataFolder()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        const CliRun run = runShortlist({QStringLiteral("paths"), QStringLiteral("--data-dir")}, env);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText().trimmed(), m_dir.filePath(QStringLiteral("xdg/Shortlist")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
