// `shortlist export database` and `shortlist from-json`: a round trip keeps
// every candidate, application and audit entry; every error has its exit
// code and leaves no file behind.

#include "../common/clirun.h"
#include "../common/testdb.h"

#include "demo/demogenerator.h"

using namespace shortlist;
using namespace shortlist::test;

class TestJsonCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("source.shortlist"));
        DemoOptions demo;
        demo.candidates = 200;
        demo.asOf = QDateTime(QDate(2026, 11, 20), QTime(17, 0), QTimeZone::utc());
        QVERIFY(DemoGenerator::generate(m_db, demo));
    }

    void roundTrip_keepsEveryRow_andIsAudited()
    {
        const QString json = m_dir.filePath(QStringLiteral("all.json"));
        const CliRun exported = runShortlist({QStringLiteral("export"), QStringLiteral("database"), QStringLiteral("--database"), m_db,
                                              QStringLiteral("--output"), json});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY(exported.outText().contains(QStringLiteral("rows of")));
        const QString copy = m_dir.filePath(QStringLiteral("copy.shortlist"));
        const CliRun loaded = runShortlist({QStringLiteral("from-json"), json, QStringLiteral("--output"), copy});
        QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
        auto a = openOrFail(m_db);
        auto b = openOrFail(copy);
        QVERIFY(a && b);
        for (const char *table : {"candidates", "applications", "stage_events", "interviews", "scorecards", "scorecard_ratings", "openings"}) {
            const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
            QCOMPARE(scalar(*b, sql), scalar(*a, sql));
        }
        QCOMPARE(text(*b, QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM candidates ORDER BY id)")),
                 text(*a, QStringLiteral("SELECT group_concat(name, '|') FROM (SELECT name FROM candidates ORDER BY id)")));
        // The export itself is in the source's audit log.
        QCOMPARE(scalar(*a, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'database'")), 1);
    }

    void errors_haveTheirCodes_andWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("leftOut");   // a file that must not exist afterwards
        QTest::newRow("export: candidate option") << QStringList{QStringLiteral("export"), QStringLiteral("database"), QStringLiteral("--database"),
                                                                 QStringLiteral("DB"), QStringLiteral("--candidate"), QStringLiteral("1"),
                                                                 QStringLiteral("--output"), QStringLiteral("OUT.json")}
                                                  << 2 << QStringLiteral("OUT.json");
        QTest::newRow("export: missing database") << QStringList{QStringLiteral("export"), QStringLiteral("database"), QStringLiteral("--database"),
                                                                 QStringLiteral("MISSING"), QStringLiteral("--output"), QStringLiteral("OUT.json")}
                                                  << 3 << QStringLiteral("OUT.json");
        QTest::newRow("from-json: no such export") << QStringList{QStringLiteral("from-json"), QStringLiteral("MISSING"), QStringLiteral("--output"),
                                                                  QStringLiteral("NEW")}
                                                   << 3 << QStringLiteral("NEW");
        QTest::newRow("from-json: target exists") << QStringList{QStringLiteral("from-json"), QStringLiteral("BAD"), QStringLiteral("--output"),
                                                                 QStringLiteral("DB")}
                                                  << 4 << QString();
        QTest::newRow("from-json: not an export") << QStringList{QStringLiteral("from-json"), QStringLiteral("BAD"), QStringLiteral("--output"),
                                                                 QStringLiteral("NEW")}
                                                  << 5 << QStringLiteral("NEW");
        QTest::newRow("from-json: no output") << QStringList{QStringLiteral("from-json"), QStringLiteral("BAD")} << 2 << QString();
    }

    void errors_haveTheirCodes_andWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, leftOut);
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"something-else\", \"version\": 1}");
        file.close();
        const auto place = [&](const QString &token) -> QString {
            if (token == QLatin1String("DB"))
                return m_db;
            if (token == QLatin1String("BAD"))
                return bad;
            if (token == QLatin1String("MISSING"))
                return m_dir.filePath(QStringLiteral("missing.file"));
            if (token == QLatin1String("OUT.json") || token == QLatin1String("NEW"))
                return m_dir.filePath(token);
            return token;
        };
        QStringList resolved;
        for (const QString &a : arguments)
            resolved << place(a);
        const CliRun run = runShortlist(resolved);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.trimmed().isEmpty());
        if (!leftOut.isEmpty())
            QVERIFY(!QFile::exists(place(leftOut)));
    }
};

QTEST_GUILESS_MAIN(TestJsonCli)
#include "tst_jsoncli.moc"
