// The interview screens: scheduling from the plan, the candidate panel's
// interview actions (invite, cancellation, scorecard file), the in-app
// scorecard (autosaved draft, submit lock, amendment, blind until you
// submit), the debrief and its override rule, the plan editor's coverage,
// the upcoming/overdue lists and the current interviewer per database.

#include "../common/testdb.h"

#include "dialogs/calibrationdialog.h"
#include "dialogs/debriefdialog.h"
#include "dialogs/interviewplandialog.h"
#include "dialogs/interviewsdialog.h"
#include "dialogs/prompts.h"
#include "dialogs/scheduledialog.h"
#include "dialogs/scorecarddialog.h"
#include "formats/scorecardfile.h"
#include "mainwindow.h"
#include "repositories/calibrationrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/metarepository.h"
#include "repositories/scorecardrepository.h"
#include "settings.h"
#include "views/interviewspanel.h"
#include "widgets/scorecardform.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QLabel>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QTreeWidget>

using namespace shortlist;
using namespace shortlist::test;

class TestInterviewsUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Opening m_opening;
    qint64 m_application = 0;
    qint64 m_ines = 0;
    qint64 m_tomasz = 0;
    qint64 m_interviewStage = 0;
    int m_file = 0;

    QString freshPath(const QString &suffix) { return m_dir.filePath(QStringLiteral("f%1.%2").arg(++m_file).arg(suffix)); }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    // An interview for a fresh candidate: both panelists assess the first
    // two competencies.
    qint64 scheduleFor(const QString &candidate, const QDateTime &start, qint64 *applicationId = nullptr)
    {
        Interview i;
        i.applicationId = addCandidate(*m_db, m_opening.id, candidate).applicationId;
        i.stageId = m_interviewStage;
        i.title = QStringLiteral("Technical deep-dive");
        i.start = start;
        const QList<qint64> focus{m_opening.competencies.at(0).id, m_opening.competencies.at(1).id};
        i.panel = {PanelMember{m_ines, focus}, PanelMember{m_tomasz, focus}};
        if (applicationId)
            *applicationId = i.applicationId;
        return InterviewRepository(*m_db).schedule(i).value();
    }

    static QDateTime future(int days) { return QDateTime(QDate::currentDate().addDays(days), QTime(10, 0), QTimeZone("Europe/London")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("interviews.shortlist")));
        QVERIFY(m_db);
        m_ines = addPerson(*m_db, QStringLiteral("Inês Duarte"), QStringLiteral("ines@example.com"));
        m_tomasz = addPerson(*m_db, QStringLiteral("Tomasz Wróbel"), QStringLiteral("tomasz@example.com"));
        m_opening = OpeningRepository(*m_db).load(createOpening(*m_db)).value();
        for (const Stage &s : std::as_const(m_opening.stages)) {
            if (s.category == StageCategory::Interview && !m_interviewStage)
                m_interviewStage = s.id;
        }
        QVERIFY(m_interviewStage);
        m_application = addCandidate(*m_db, m_opening.id, QStringLiteral("José Núñez")).applicationId;
        QVERIFY(m_application);
    }

    void schedule_fromThePlan_prefillsTheKit_andWritesWhatWasChosen()
    {
        ScheduleDialog dialog(*m_db, m_application);
        QVERIFY(dialog.isUsable());
        dialog.setStage(m_interviewStage);
        // The default plan's interview for the stage: two slots, each with a kit.
        const QList<PlanInterview> plan = InterviewPlanRepository::defaultPlan(m_opening);
        const auto planned = std::find_if(plan.cbegin(), plan.cend(), [this](const PlanInterview &p) { return p.stageId == m_interviewStage; });
        QVERIFY(planned != plan.cend());
        Interview draft = dialog.interview();
        QCOMPARE(draft.title, planned->title);
        QCOMPARE(draft.durationMinutes, planned->durationMinutes);
        QCOMPARE(draft.panel.size(), planned->slots.size());
        QCOMPARE(draft.panel.at(0).focusCompetencyIds, planned->slots.at(0).competencyIds);
        QVERIFY2(dialog.problem().contains(QStringLiteral("row 1")), qPrintable(dialog.problem()));

        const QDateTime start(QDate(2027, 3, 29), QTime(9, 30), QTimeZone("America/New_York"));
        dialog.setStart(start);
        dialog.setDuration(75);
        dialog.setLocation(QStringLiteral("https://meet.example/xyz"));
        dialog.setPanel({PanelMember{m_ines, {m_opening.competencies.at(0).id}}, PanelMember{m_tomasz, {m_opening.competencies.at(1).id}}});
        QCOMPARE(dialog.problem(), QString());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Interview saved = InterviewRepository(*m_db).load(dialog.interview().id).value();
        QCOMPARE(saved.start, start);
        QCOMPARE(saved.start.timeZone().id(), QByteArray("America/New_York"));
        QCOMPARE(saved.durationMinutes, 75);
        QCOMPARE(saved.location, QStringLiteral("https://meet.example/xyz"));
        QCOMPARE(saved.panel.size(), 2);
        QCOMPARE(saved.panel.at(0).personId, m_ines);
        QCOMPARE(saved.panel.at(0).focusCompetencyIds, QList<qint64>{m_opening.competencies.at(0).id});
    }

    void schedule_badInput_namesTheProblem_andWritesNothing_data()
    {
        QTest::addColumn<int>("panelCase");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown time zone") << 0 << QStringLiteral("Mars/Olympus") << QStringLiteral("not a time zone");
        QTest::newRow("no panel") << 1 << QStringLiteral("Europe/London") << QStringLiteral("at least one panelist");
        QTest::newRow("panelist without focus") << 2 << QStringLiteral("Europe/London") << QStringLiteral("focus competency");
    }

    void schedule_badInput_namesTheProblem_andWritesNothing()
    {
        QFETCH(int, panelCase);
        QFETCH(QString, zone);
        QFETCH(QString, message);
        const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM interviews"));
        ScheduleDialog dialog(*m_db, m_application);
        dialog.setStage(m_interviewStage);
        const QList<QList<PanelMember>> panels{{PanelMember{m_ines, {m_opening.competencies.at(0).id}}}, {}, {PanelMember{m_ines, {}}}};
        dialog.setPanel(panels.at(panelCase));
        dialog.setStart(future(3));
        dialog.findChild<QComboBox *>(QStringLiteral("zoneCombo"))->setCurrentText(zone);
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        const QString shown = dialog.findChild<QLabel *>(QStringLiteral("problemLabel"))->text();
        QVERIFY2(shown.contains(message), qPrintable(shown));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM interviews")), before);
    }

    void reschedule_keepsThePanel_andRaisesTheSequence()
    {
        const qint64 id = scheduleFor(QStringLiteral("Ana Reyes"), future(5));
        const Interview before = InterviewRepository(*m_db).load(id).value();
        ScheduleDialog dialog(*m_db, before);
        QVERIFY(dialog.isUsable());
        const QDateTime later(QDate::currentDate().addDays(6), QTime(14, 0), QTimeZone("Asia/Tokyo"));
        dialog.setStart(later);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Interview after = InterviewRepository(*m_db).load(id).value();
        QCOMPARE(after.start, later);
        QCOMPARE(after.sequence, before.sequence + 1);
        QCOMPARE(after.panel, before.panel);
        QCOMPARE(after.uid, before.uid);
    }

    void panel_invitesCancelsAndWritesScorecardFiles()
    {
        qint64 application = 0;
        const qint64 id = scheduleFor(QStringLiteral("Beatriz Lima"), future(4), &application);
        InterviewsPanel panel;
        panel.setDatabase(m_db.get());
        panel.setApplication(application);
        QCOMPARE(panel.interviewCount(), 1);
        QVERIFY(panel.selectRow(0));
        QCOMPARE(panel.selectedInterviewId(), id);

        const QString invite = freshPath(QStringLiteral("ics"));
        Prompts::setNextFileName(invite);
        panel.exportInvite();
        const QByteArray request = readAll(invite);
        QVERIFY(request.contains("METHOD:REQUEST"));
        QVERIFY(request.contains(QByteArray("UID:" + InterviewRepository(*m_db).load(id)->uid.toUtf8())));
        QVERIFY(request.contains("ATTENDEE;CN="));

        // The offline panelist's file: theirs, readable, unsigned.
        const QString file = freshPath(QStringLiteral("json"));
        Prompts::setNextItem(QStringLiteral("Tomasz Wróbel"));
        Prompts::setNextFileName(file);
        panel.exportScorecardFile();
        Result<ScorecardFileContent> content = ScorecardFile::read(readAll(file));
        QVERIFY2(content, content ? "" : qPrintable(content.error().message));
        QCOMPARE(content->interviewer, QStringLiteral("Tomasz Wróbel"));
        QCOMPARE(content->candidate, QStringLiteral("Beatriz Lima"));
        QVERIFY(!content->isSigned);

        QSignalSpy changed(&panel, &InterviewsPanel::changed);
        Prompts::setNextItem(QStringLiteral("Candidate asked to move to next month"));
        panel.cancelInterview();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(InterviewRepository(*m_db).load(id)->status, InterviewStatus::Cancelled);
        const QString cancellation = freshPath(QStringLiteral("ics"));
        Prompts::setNextFileName(cancellation);
        panel.exportInvite();
        const QByteArray cancel = readAll(cancellation);
        QVERIFY(cancel.contains("METHOD:CANCEL"));
        QVERIFY(cancel.contains("STATUS:CANCELLED"));
    }

    void scorecard_autosavesDrafts_submitLocks_amendUnlocks_andStaysBlind()
    {
        const qint64 id = scheduleFor(QStringLiteral("Chen Wei"), future(-2));
        ScorecardDialog ines(*m_db, id, m_ines);
        QVERIFY(ines.isUsable());
        const QLabel *progress = ines.findChild<QLabel *>(QStringLiteral("panelProgress"));
        QVERIFY2(progress->text().contains(QStringLiteral("0 of 2")), qPrintable(progress->text()));

        // A change saves itself after a pause, as a draft.
        ines.form()->setAnswer(0, 1, QStringLiteral("Could not explain partitioning"));
        QTRY_VERIFY_WITH_TIMEOUT(ScorecardRepository(*m_db).current(id, m_ines)->id > 0, 5000);
        const Scorecard draft = ScorecardRepository(*m_db).current(id, m_ines).value();
        QVERIFY(!draft.submitted);
        QCOMPARE(draft.ratings.at(0).rating, std::optional<int>(1));
        QCOMPARE(draft.ratings.at(0).evidence, QStringLiteral("Could not explain partitioning"));

        // Incomplete: refused with the reason, nothing submitted.
        QVERIFY(!ines.submit());
        QVERIFY(!ines.statusText().isEmpty());
        QVERIFY(!ScorecardRepository(*m_db).current(id, m_ines)->submitted);

        ines.form()->setAnswer(1, 2, QStringLiteral("Basic streaming knowledge"));
        ines.form()->setOverall(Recommendation::No);
        QVERIFY2(ines.submit(), qPrintable(ines.statusText()));
        QVERIFY(ScorecardRepository(*m_db).current(id, m_ines)->submitted);
        QVERIFY(!ines.form()->isEnabled());
        // Only one of two submitted: Inês still sees nothing of Tomasz (he wrote nothing).
        QVERIFY(ines.findChild<QTextBrowser *>(QStringLiteral("othersScorecards"))->isHidden());

        // Tomasz, before submitting: a count, not content.
        {
            ScorecardDialog tomasz(*m_db, id, m_tomasz);
            const QString text = tomasz.findChild<QLabel *>(QStringLiteral("panelProgress"))->text();
            QVERIFY2(text.contains(QStringLiteral("1 of 2")) && text.contains(QStringLiteral("hidden")), qPrintable(text));
            QVERIFY(tomasz.findChild<QTextBrowser *>(QStringLiteral("othersScorecards"))->isHidden());
            tomasz.form()->setAnswer(0, 3, QStringLiteral("Strong on Kafka"));
            tomasz.form()->setAnswer(1, 3, QStringLiteral("Ran Flink in production"));
            tomasz.form()->setOverall(Recommendation::Yes);
            QVERIFY2(tomasz.submit(), qPrintable(tomasz.statusText()));
            // Now he sees what Inês wrote.
            const QTextBrowser *others = tomasz.findChild<QTextBrowser *>(QStringLiteral("othersScorecards"));
            QVERIFY(!others->isHidden());
            QVERIFY2(others->toPlainText().contains(QStringLiteral("Could not explain partitioning")), qPrintable(others->toPlainText()));
        }

        // Amending asks for a reason and opens revision 2 as a draft.
        Prompts::setNextItem(QStringLiteral("Mixed up two candidates' notes"));
        QVERIFY(ines.amend());
        const Scorecard amended = ScorecardRepository(*m_db).current(id, m_ines).value();
        QCOMPARE(amended.revision, 2);
        QVERIFY(!amended.submitted);
        QCOMPARE(amended.amendReason, QStringLiteral("Mixed up two candidates' notes"));
        QVERIFY(ines.form()->isEnabled());
        QCOMPARE(ScorecardRepository(*m_db).history(id, m_ines)->size(), 2);
    }

    void debrief_showsTheMatrix_andAnOverrideNeedsARationale()
    {
        qint64 application = 0;
        const qint64 id = scheduleFor(QStringLiteral("Dana Cohen"), future(-3), &application);
        // Two levels apart on the first competency: a spread.
        const auto submit = [&](qint64 person, int first, int second, Recommendation overall) {
            Scorecard s = ScorecardRepository(*m_db).current(id, person).value();
            s.ratings[0].rating = first;
            s.ratings[1].rating = second;
            s.overall = overall;
            return ScorecardRepository(*m_db).submit(s);
        };
        QVERIFY(submit(m_ines, 1, 2, Recommendation::StrongNo));
        QVERIFY(submit(m_tomasz, 3, 2, Recommendation::No));

        DebriefDialog dialog(*m_db, application);
        QVERIFY(dialog.isUsable());
        const QTableWidget *matrix = dialog.matrix();
        QCOMPARE(matrix->rowCount(), int(m_opening.competencies.size()));
        QCOMPARE(matrix->columnCount(), 2 + 2);   // two interviewers, mean, flags
        QCOMPARE(matrix->horizontalHeaderItem(0)->text(), QStringLiteral("Inês Duarte"));
        QCOMPARE(matrix->item(0, 0)->text(), QStringLiteral("1 · %1").arg(m_opening.ratingLevels.at(0)));
        QCOMPARE(matrix->item(0, 1)->text(), QStringLiteral("3 · %1").arg(m_opening.ratingLevels.at(2)));
        QCOMPARE(matrix->item(0, 2)->text(), QLocale().toString(2.0, 'f', 2));
        QVERIFY(matrix->item(0, 3)->text().contains(QStringLiteral("spread")));
        QVERIFY(!matrix->item(1, 3)->text().contains(QStringLiteral("spread")));
        // Mean of competency means (2 and 2) is 2.0 whatever the weights: advice "no".
        QVERIFY2(dialog.summaryText().contains(QStringLiteral("<b>no</b>")), qPrintable(dialog.summaryText()));

        // Hiring against "no" without a rationale is refused, and nothing is recorded.
        dialog.setDecision(DecisionKind::Hire, QString());
        QVERIFY(!dialog.recordDecision());
        QVERIFY2(dialog.problemText().contains(QStringLiteral("against the formula")), qPrintable(dialog.problemText()));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM decisions WHERE application_id = %1").arg(application)), 0);

        QSignalSpy recorded(&dialog, &DebriefDialog::decisionRecorded);
        dialog.setDecision(DecisionKind::Hire, QStringLiteral("Reference checks showed the design gap was a bad day"));
        QVERIFY(dialog.recordDecision());
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT override FROM decisions WHERE application_id = %1").arg(application)), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'decide-override' AND entity_id = %1").arg(application)), 1);
    }

    void calibration_showsAgreementAndInterviewers_asComputed()
    {
        CalibrationDialog dialog(*m_db, m_opening.id);
        QVERIFY(dialog.isUsable());
        const QList<CompetencyAgreement> agreement = CalibrationRepository(*m_db).agreement(m_opening.id).value();
        const QTableWidget *table = dialog.agreementTable();
        QCOMPARE(table->rowCount(), int(m_opening.competencies.size()) + 1);
        QCOMPARE(table->item(table->rowCount() - 1, 0)->text(), QStringLiteral("Whole panel (every competency)"));
        for (int row = 0; row < table->rowCount(); ++row) {
            const CompetencyAgreement &a = agreement.at(row);
            QCOMPARE(table->item(row, 1)->text(), a.alpha.alpha ? QLocale().toString(*a.alpha.alpha, 'f', 3) : QStringLiteral("—"));
            QCOMPARE(table->item(row, 3)->text(), QString::number(a.alpha.pairableUnits));
            // A handful of candidates: never presented as a verdict.
            QVERIFY(a.tooFewRatings);
            QVERIFY2(table->item(row, 5)->text().startsWith(QStringLiteral("too few ratings")), qPrintable(table->item(row, 5)->text()));
        }
        const QList<InterviewerCalibration> people = CalibrationRepository(*m_db).interviewers(m_opening.id).value();
        QCOMPARE(dialog.interviewerTable()->rowCount(), int(people.size()));
        for (int row = 0; row < people.size(); ++row) {
            QCOMPARE(dialog.interviewerTable()->item(row, 0)->text(), people.at(row).name);
            QCOMPARE(dialog.interviewerTable()->item(row, 1)->text(), QString::number(people.at(row).scorecards));
        }
        // Inês and Tomasz both submitted in the debrief test.
        QVERIFY(people.size() >= 2);
    }

    void plan_coverageFollowsEdits_andTheSavedPlanLoadsBack()
    {
        InterviewPlanDialog dialog(*m_db, m_opening.id);
        QVERIFY(dialog.isUsable());
        // With nothing saved the default plan is shown, and it covers everything twice.
        QCOMPARE(dialog.plan(), InterviewPlanRepository::defaultPlan(m_opening));
        QCOMPARE(dialog.coverage().missing, 0);
        QCOMPARE(dialog.coverage().thin, 0);

        // One interviewer on the first competency: it is thin, the rest missing.
        PlanInterview single{0, m_interviewStage, QStringLiteral("Solo screen"), 45,
                             {PlanSlot{0, QStringLiteral("Interviewer 1"), QStringLiteral("Tell me about a pipeline you rebuilt"),
                                       {m_opening.competencies.at(0).id}, {}}}};
        dialog.setPlan({single});
        const CoverageReport report = dialog.coverage();
        QCOMPARE(report.thin, 1);
        int mustHaves = 0;
        for (const Requirement &r : std::as_const(m_opening.requirements))
            mustHaves += r.mustHave ? 1 : 0;
        QCOMPARE(report.missing, int(m_opening.competencies.size()) - 1 + mustHaves);
        const QTableWidget *table = dialog.coverageTable();
        QCOMPARE(table->rowCount(), int(m_opening.competencies.size()) + mustHaves);
        QVERIFY(table->item(0, 1)->text().startsWith(QStringLiteral("thin")));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("missing"));

        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QList<PlanInterview> saved = InterviewPlanRepository(*m_db).load(m_opening.id).value();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).title, QStringLiteral("Solo screen"));
        QCOMPARE(saved.at(0).durationMinutes, 45);
        QCOMPARE(saved.at(0).slots.at(0).questions, QStringLiteral("Tell me about a pipeline you rebuilt"));
        QCOMPARE(saved.at(0).slots.at(0).competencyIds, QList<qint64>{m_opening.competencies.at(0).id});
        // Back to the default for the tests after this one.
        QVERIFY(!InterviewPlanRepository(*m_db).save(m_opening.id, InterviewPlanRepository::defaultPlan(m_opening)));
    }

    void lists_upcomingMineOrAll_andOverdueAfterTheChosenHours()
    {
        const qint64 outsider = addPerson(*m_db, QStringLiteral("Ola Nordmann"));
        Interview other;
        other.applicationId = addCandidate(*m_db, m_opening.id, QStringLiteral("Eve Adams")).applicationId;
        other.stageId = m_interviewStage;
        other.title = QStringLiteral("Not Inês's");
        other.start = future(9);
        other.panel = {PanelMember{outsider, {m_opening.competencies.at(0).id}}};
        QVERIFY(InterviewRepository(*m_db).schedule(other));

        AppSettings settings(m_dir.filePath(QStringLiteral("lists.ini")));
        InterviewsDialog dialog(*m_db, settings, m_ines);
        const int mine = dialog.upcomingList()->topLevelItemCount();
        const int expectedMine = int(InterviewRepository(*m_db).upcoming(QDateTime::currentDateTimeUtc(), m_ines)->size());
        QVERIFY(expectedMine > 0);
        QCOMPARE(mine, expectedMine);
        for (int row = 0; row < mine; ++row)
            QVERIFY(dialog.upcomingList()->topLevelItem(row)->text(4).contains(QStringLiteral("Inês Duarte")));
        dialog.setMineOnly(false);
        QCOMPARE(dialog.upcomingList()->topLevelItemCount(), expectedMine + 1);

        // An interview that ended 3 hours ago without scorecards: overdue after 2 hours, not after 48.
        Interview recent;
        recent.applicationId = addCandidate(*m_db, m_opening.id, QStringLiteral("Farid Haddad")).applicationId;
        recent.stageId = m_interviewStage;
        recent.title = QStringLiteral("Recent");
        recent.start = QDateTime::currentDateTimeUtc().addSecs(-4 * 3600).toTimeZone(QTimeZone("Europe/London"));
        recent.durationMinutes = 60;
        recent.panel = {PanelMember{outsider, {m_opening.competencies.at(0).id}}};
        QVERIFY(InterviewRepository(*m_db).schedule(recent));
        const auto countRecent = [&dialog] {
            int n = 0;
            for (int row = 0; row < dialog.overdueList()->topLevelItemCount(); ++row)
                n += dialog.overdueList()->topLevelItem(row)->text(2) == QStringLiteral("Recent") ? 1 : 0;
            return n;
        };
        dialog.setOverdueHours(48);
        QCOMPARE(countRecent(), 0);
        dialog.setOverdueHours(2);
        QCOMPARE(countRecent(), 1);
        QCOMPARE(settings.overdueHours(), 2);

        QSignalSpy requested(&dialog, &InterviewsDialog::applicationRequested);
        Q_EMIT dialog.overdueList()->itemActivated(dialog.overdueList()->topLevelItem(0), 0);
        QCOMPARE(requested.size(), 1);
    }

    void currentInterviewer_isRememberedPerDatabase()
    {
        const QString ini = m_dir.filePath(QStringLiteral("window.ini"));
        const QString path = m_db->path();
        const QString otherPath = m_dir.filePath(QStringLiteral("other.shortlist"));
        QVERIFY(createDatabase(otherPath));
        m_db.reset();   // the window opens the file itself
        {
            AppSettings settings(ini);
            MainWindow window(settings);
            QVERIFY(window.openDatabase(path));
            QCOMPARE(window.currentInterviewer(), 0);
            Prompts::setNextItem(QStringLiteral("Tomasz Wróbel"));
            window.findChild<QAction *>(QStringLiteral("actionCurrentInterviewer"))->trigger();
            QCOMPARE(window.currentInterviewer(), m_tomasz);
            QVERIFY(window.findChild<QLabel *>(QStringLiteral("interviewerLabel"))->text().contains(QStringLiteral("Tomasz Wróbel")));
            QVERIFY(window.openDatabase(otherPath));
            QCOMPARE(window.currentInterviewer(), 0);
        }
        AppSettings settings(ini);
        MainWindow window(settings);
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.currentInterviewer(), m_tomasz);
        m_db = openOrFail(path);
    }
};

QTEST_MAIN(TestInterviewsUi)
#include "tst_interviewsui.moc"
