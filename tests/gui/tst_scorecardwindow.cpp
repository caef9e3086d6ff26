// The offline scorecard window: open the file a panelist was sent, refuse to
// sign an incomplete scorecard, sign a complete one, and import it.

#include "../common/testdb.h"

#include "commandline.h"
#include "dialogs/prompts.h"
#include "formats/scorecardfile.h"
#include "repositories/interviewrepository.h"
#include "mainwindow.h"
#include "scorecardwindow.h"
#include "settings.h"
#include "widgets/scorecardform.h"

#include <QAction>
#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

class TestScorecardWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_interview = 0;
    qint64 m_ines = 0;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return path;
    }

    QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("window.shortlist")));
        QVERIFY(m_db);
        m_ines = addPerson(*m_db, QStringLiteral("Inês Duarte"));
        const qint64 opening = createOpening(*m_db);
        const Opening plan = OpeningRepository(*m_db).load(opening).value();
        Interview i;
        i.applicationId = addCandidate(*m_db, opening, QStringLiteral("José Núñez")).applicationId;
        i.stageId = plan.stages.at(2).id;
        i.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone("Europe/London"));
        i.panel = {PanelMember{m_ines, {plan.competencies.at(0).id, plan.competencies.at(1).id}}};
        m_interview = InterviewRepository(*m_db).schedule(i).value();
    }

    void fillSignAndImport()
    {
        const QString path = writeFile(QStringLiteral("ines.json"), ScorecardFile::create(*m_db, m_interview, m_ines).value());
        ScorecardWindow window;
        window.show();
        QVERIFY(window.openFile(path));
        QVERIFY(window.windowTitle().contains(QStringLiteral("José Núñez")));
        QCOMPARE(window.form()->ratings().size(), 2);

        // Incomplete: refused, the file is not signed.
        window.form()->setAnswer(0, 3, QStringLiteral("Designed the ingestion layer end to end"));
        Prompts::clearLastMessage();
        QVERIFY(!window.save());
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("Rate every")), qPrintable(Prompts::lastMessage()));
        QVERIFY(!readFile(path).contains("signature"));

        window.form()->setAnswer(1, 0);  // not assessed
        window.form()->setOverall(Recommendation::StrongYes);
        window.form()->setSummary(QStringLiteral("Hire."));
        QVERIFY(window.save());
        QVERIFY(window.statusText().contains(QStringLiteral("Saved and signed")));
        const QByteArray saved = readFile(path);
        QVERIFY(saved.contains("signature"));

        const ScorecardImportResult r = ScorecardImport::importFile(*m_db, QStringLiteral("ines.json"), saved);
        QVERIFY2(r.imported, qPrintable(r.message));
        const Scorecard s = ScorecardRepository(*m_db).current(m_interview, m_ines).value();
        QCOMPARE(s.ratings.at(0).rating, std::optional<int>(3));
        QCOMPARE(s.ratings.at(0).evidence, QStringLiteral("Designed the ingestion layer end to end"));
        QVERIFY(s.ratings.at(1).notAssessed);
        QCOMPARE(s.overall, std::optional<Recommendation>(Recommendation::StrongYes));

        // Reopening shows the signed answers.
        ScorecardWindow again;
        QVERIFY(again.openFile(path));
        QCOMPARE(again.form()->ratings(), window.form()->ratings());
        QVERIFY(again.statusText().contains(QStringLiteral("Signed")));
    }

    void notAScorecard_isRefusedWithTheReason()
    {
        ScorecardWindow window;
        Prompts::clearLastMessage();
        QVERIFY(!window.openFile(writeFile(QStringLiteral("junk.json"), "{\"hello\": 1}")));
        QVERIFY(Prompts::lastMessage().contains(QStringLiteral("not a Shortlist scorecard")));
        QVERIFY(!window.openFile(m_dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(Prompts::lastMessage().contains(QStringLiteral("cannot be read")));
    }

    void mainWindow_importsSeveralFiles_reportingEach()
    {
        // A second panelist's signed file, and a file that is not a scorecard.
        const qint64 tomasz = addPerson(*m_db, QStringLiteral("Tomasz Wróbel"));
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interview_panel (interview_id, person_id) VALUES (%1, %2)").arg(m_interview).arg(tomasz)));
        const QByteArray blank = ScorecardFile::create(*m_db, m_interview, tomasz).value();
        const QString good = writeFile(QStringLiteral("tomasz.json"),
                                       ScorecardFile::fillAndSign(blank, {}, Recommendation::No, QStringLiteral("Not yet")).value());
        const QString junk = writeFile(QStringLiteral("notes.json"), "[1, 2, 3]");
        AppSettings settings(m_dir.filePath(QStringLiteral("import.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_db->path()));
        Prompts::setNextFileNames({good, junk});
        Prompts::clearLastMessage();
        window.findChild<QAction *>(QStringLiteral("actionImportScorecards"))->trigger();
        const QString report = Prompts::lastMessage();
        QVERIFY2(report.contains(QStringLiteral("Imported 1 of 2")), qPrintable(report));
        QVERIFY(report.contains(QStringLiteral("tomasz.json: Imported")));
        QVERIFY(report.contains(QStringLiteral("notes.json: This is not a Shortlist scorecard file")));
        QVERIFY(ScorecardRepository(*m_db).current(m_interview, tomasz)->submitted);
    }

    void commandLine_scorecardOption()
    {
        CommandLine cl = parseCommandLine({QStringLiteral("shortlist"), QStringLiteral("--scorecard"), QStringLiteral("ines.json")});
        QCOMPARE(cl.command, CommandLine::Command::Gui);
        QCOMPARE(cl.scorecardFile, QStringLiteral("ines.json"));
        cl = parseCommandLine({QStringLiteral("shortlist"), QStringLiteral("--scorecard"), QStringLiteral("ines.json"), QStringLiteral("db.shortlist")});
        QCOMPARE(cl.command, CommandLine::Command::UsageError);
    }
};

QTEST_MAIN(TestScorecardWindow)
#include "tst_scorecardwindow.moc"
