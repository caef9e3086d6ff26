// `shortlist report` without a display: every kind writes a sound PDF, and
// every error exits with its code (2 usage, 3 not found, 4 unreadable
// database or unwritable output), says what to do on stderr and writes no file.

#include "../common/clirun.h"
#include "../common/pdftools.h"
#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "repositories/applicationrepository.h"

using namespace shortlist;
using namespace shortlist::test;

class TestReportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_email;          // a candidate with one application
    QString m_manyEmail;      // a candidate with two

    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        SHORTLIST_REQUIRE_TOOL(havePdfTools(), QStringLiteral("needs poppler-utils and qpdf"));
        m_path = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions demo;
        demo.candidates = 300;
        demo.asOf = QDateTime(QDate(2026, 11, 20), QTime(17, 0), QTimeZone::utc());
        QVERIFY(DemoGenerator::generate(m_path, demo));
        auto db = openOrFail(m_path);
        QVERIFY(db);
        m_email = text(*db, QStringLiteral("SELECT c.email FROM candidates c JOIN applications a ON a.candidate_id = c.id "
                                           "GROUP BY c.id HAVING count(*) = 1 ORDER BY c.id LIMIT 1"));
        QVERIFY(!m_email.isEmpty());
        // Give one candidate a second application, for the "which one?" case.
        const qint64 candidate = scalar(*db, QStringLiteral("SELECT id FROM candidates WHERE email = '%1'").arg(m_email)) + 1;
        const qint64 other = scalar(*db, QStringLiteral("SELECT id FROM openings WHERE id NOT IN (SELECT opening_id FROM applications "
                                                        "WHERE candidate_id = %1) ORDER BY id LIMIT 1").arg(candidate));
        const qint64 stage = scalar(*db, QStringLiteral("SELECT id FROM stages WHERE opening_id = %1 ORDER BY position LIMIT 1").arg(other));
        QVERIFY(ApplicationRepository(*db).create(candidate, other, stage, demo.asOf.toSecsSinceEpoch()));
        m_manyEmail = text(*db, QStringLiteral("SELECT email FROM candidates WHERE id = %1").arg(candidate));
    }

    void everyKind_writesASoundPdf_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pipeline of all openings") << QStringList{QStringLiteral("pipeline")} << QStringLiteral("All openings");
        QTest::newRow("pipeline of one opening by title, Letter")
            << QStringList{QStringLiteral("pipeline"), QStringLiteral("--opening"), QStringLiteral("Big Data Tech Lead"), QStringLiteral("--page-size"),
                           QStringLiteral("letter"), QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-11-20")}
            << QStringLiteral("Big Data Tech Lead");
        QTest::newRow("candidate packet by email") << QStringList{QStringLiteral("candidate"), QStringLiteral("--candidate"), QStringLiteral("EMAIL")}
                                                   << QStringLiteral("Candidate packet");
        QTest::newRow("calibration") << QStringList{QStringLiteral("calibration"), QStringLiteral("--opening"), QStringLiteral("Big Data Tech Lead")}
                                     << QStringLiteral("Krippendorff");
        QTest::newRow("schedule, anonymised")
            << QStringList{QStringLiteral("schedule"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                           QStringLiteral("2026-11-30"), QStringLiteral("--anonymize")}
            << QStringLiteral("Anonymised");
    }

    void everyKind_writesASoundPdf()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        arguments.replaceInStrings(QStringLiteral("EMAIL"), m_email);
        const QString pdf = out(QStringLiteral("%1.pdf").arg(QString::fromUtf8(QTest::currentDataTag())));
        const CliRun run = runShortlist(QStringList{QStringLiteral("report")} + arguments
                                        + QStringList{QStringLiteral("--database"), m_path, QStringLiteral("--output"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.outText().contains(QStringLiteral("Wrote")));
        QCOMPARE(qpdfCheck(pdf).exitCode, 0);
        const QMap<QString, QString> info = pdfInfo(pdf);
        QVERIFY(info.value(QStringLiteral("Pages")).toInt() >= 1);
        QVERIFY(!info.value(QStringLiteral("Author")).isEmpty());
        if (arguments.contains(QStringLiteral("letter")))
            QVERIFY(info.value(QStringLiteral("Page size")).startsWith(QStringLiteral("612")));
        QVERIFY2(pdfPages(pdf).join(QLatin1Char('\n')).contains(expected), qPrintable(expected));
    }

    void errors_exitWithTheirCodeAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("DB");
        const QString pdf = QStringLiteral("OUT");
        QTest::newRow("no kind") << QStringList{QStringLiteral("--database"), db, QStringLiteral("--output"), pdf} << 2 << QStringLiteral("kind of report");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("funnel"), QStringLiteral("--database"), db, QStringLiteral("--output"), pdf} << 2
                                      << QStringLiteral("unknown report “funnel”");
        QTest::newRow("no database") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--output"), pdf} << 2 << QStringLiteral("--database");
        QTest::newRow("no output") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--database"), db} << 2 << QStringLiteral("--output");
        QTest::newRow("bad date") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--database"), db, QStringLiteral("--output"), pdf,
                                                 QStringLiteral("--from"), QStringLiteral("yesterday")}
                                  << 2 << QStringLiteral("like 2026-11-27");
        QTest::newRow("from after to") << QStringList{QStringLiteral("schedule"), QStringLiteral("--database"), db, QStringLiteral("--output"), pdf,
                                                      QStringLiteral("--from"), QStringLiteral("2026-12-01"), QStringLiteral("--to"), QStringLiteral("2026-11-01")}
                                       << 2 << QStringLiteral("swap them");
        QTest::newRow("bad page size") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--database"), db, QStringLiteral("--output"), pdf,
                                                      QStringLiteral("--page-size"), QStringLiteral("A3")}
                                       << 2 << QStringLiteral("A4 or Letter");
        QTest::newRow("packet without candidate") << QStringList{QStringLiteral("candidate"), QStringLiteral("--database"), db, QStringLiteral("--output"), pdf}
                                                  << 2 << QStringLiteral("--candidate");
        QTest::newRow("candidate option on a pipeline")
            << QStringList{QStringLiteral("pipeline"), QStringLiteral("--candidate"), QStringLiteral("1"), QStringLiteral("--database"), db,
                           QStringLiteral("--output"), pdf}
            << 2 << QStringLiteral("candidate packet only");
        QTest::newRow("two applications, no opening")
            << QStringList{QStringLiteral("candidate"), QStringLiteral("--candidate"), QStringLiteral("MANY"), QStringLiteral("--database"), db,
                           QStringLiteral("--output"), pdf}
            << 2 << QStringLiteral("--opening");
        QTest::newRow("unknown opening") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--opening"), QStringLiteral("Chief Vibes Officer"),
                                                        QStringLiteral("--database"), db, QStringLiteral("--output"), pdf}
                                         << 3 << QStringLiteral("no opening “Chief Vibes Officer”");
        QTest::newRow("unknown candidate") << QStringList{QStringLiteral("candidate"), QStringLiteral("--candidate"), QStringLiteral("nobody@example.invalid"),
                                                          QStringLiteral("--database"), db, QStringLiteral("--output"), pdf}
                                           << 3 << QStringLiteral("No candidate");
        QTest::newRow("missing database") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--database"), QStringLiteral("MISSING"),
                                                         QStringLiteral("--output"), pdf}
                                          << 3 << QString();
        QTest::newRow("not a database") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--database"), QStringLiteral("JUNK"),
                                                       QStringLiteral("--output"), pdf}
                                        << 4 << QString();
        QTest::newRow("output folder missing") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--database"), db, QStringLiteral("--output"),
                                                              QStringLiteral("NOFOLDER")}
                                               << 4 << QStringLiteral("folder does not exist");
        QTest::newRow("output is a folder") << QStringList{QStringLiteral("pipeline"), QStringLiteral("--database"), db, QStringLiteral("--output"),
                                                           QStringLiteral("FOLDER")}
                                            << 4 << QStringLiteral("it is a folder");
    }

    void errors_exitWithTheirCodeAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString pdf = out(QStringLiteral("never.pdf"));
        const QString junk = out(QStringLiteral("junk.shortlist"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QDir(m_dir.path()).mkpath(QStringLiteral("folder.pdf"));
        arguments.replaceInStrings(QStringLiteral("DB"), m_path);
        arguments.replaceInStrings(QStringLiteral("OUT"), pdf);
        arguments.replaceInStrings(QStringLiteral("MANY"), m_manyEmail);
        arguments.replaceInStrings(QStringLiteral("MISSING"), out(QStringLiteral("missing.shortlist")));
        arguments.replaceInStrings(QStringLiteral("JUNK"), junk);
        arguments.replaceInStrings(QStringLiteral("NOFOLDER"), out(QStringLiteral("no/such/folder/report.pdf")));
        arguments.replaceInStrings(QStringLiteral("FOLDER"), out(QStringLiteral("folder.pdf")));
        const CliRun run = runShortlist(QStringList{QStringLiteral("report")} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(pdf));
        QVERIFY(run.out.isEmpty());
    }

    void help_listsOptionsAndExitCodes()
    {
        const CliRun run = runShortlist({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--anonymize", "--page-size", "--candidate", "--opening", "--output", "Exit codes"})
            QVERIFY2(run.outText().contains(QLatin1String(option)), option);
    }
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
