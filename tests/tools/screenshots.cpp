// Renders the user guide's screenshots from a database, offscreen:
//   shortlist_screenshots DATABASE OUTPUT_DIR
// scripts/screenshots builds a demo database and runs this.

#include "dialogs/calibrationdialog.h"
#include "dialogs/debriefdialog.h"
#include "dialogs/filterdialog.h"
#include "dialogs/interviewplandialog.h"
#include "dialogs/interviewsdialog.h"
#include "dialogs/scheduledialog.h"
#include "dialogs/scorecarddialog.h"
#include "dialogs/prompts.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/importwizard.h"
#include "dialogs/retentiondialog.h"
#include "dialogs/reportdialog.h"
#include "dialogs/requirementsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "itemmodels/applicationtablemodel.h"
#include "repositories/metarepository.h"
#include "repositories/openingrepository.h"
#include "formats/scorecardfile.h"
#include "mainwindow.h"
#include "scorecardwindow.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "widgets/scorecardform.h"
#include "repositories/applicationquery.h"
#include "settings.h"
#include "translations.h"
#include "views/boardview.h"
#include "views/dashboardwindow.h"
#include "views/pipelineview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace shortlist;

namespace {

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(50);
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The interview screens on the demo data: the candidate panel's interviews,
// the debrief, the in-app scorecard, scheduling, the plan and the lists.
// The Reports dialog, its print preview, and report pages as the PDF shows
// them (pdftoppm, the same renderer as most PDF viewers on Linux).
bool reportShots(MainWindow &window, AppSettings &settings, const QDir &out)
{
    bool ok = true;
    Database &db = *window.database();
    Result<std::optional<qint64>> bigData = OpeningRepository(db).findByTitle(QStringLiteral("Big Data Tech Lead"));
    if (!bigData || !*bigData)
        return false;
    QTemporaryDir work;
    const auto pages = [&](const QString &pdf, int first, int last, const QString &name) {
        QProcess pdftoppm;
        pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), QStringLiteral("-f"),
                                                   QString::number(first), QStringLiteral("-l"), QString::number(last), pdf,
                                                   work.filePath(name)});
        if (!pdftoppm.waitForFinished(60000) || pdftoppm.exitCode() != 0)
            return false;
        bool copied = true;
        for (int page = first; page <= last; ++page) {
            const QString png = work.filePath(QStringLiteral("%1-%2.png").arg(name).arg(page));
            const QString target = out.filePath(QStringLiteral("%1-page%2.png").arg(name).arg(page));
            QFile::remove(target);
            copied &= QFile::copy(png, target);
        }
        return copied;
    };
    {
        ReportDialog dialog(db, settings, &window);
        dialog.setKind(ReportKind::Pipeline);
        dialog.setOpening(**bigData);
        dialog.show();
        ok &= save(&dialog, out.filePath(QStringLiteral("report-dialog.png")));
        QSignalSpy opened(&dialog, &ReportDialog::previewOpened);
        dialog.preview();
        if (opened.wait(60000)) {
            auto *preview = opened.constFirst().at(0).value<QDialog *>();
            preview->resize(1000, 900);
            QTest::qWait(300);
            ok &= save(preview, out.filePath(QStringLiteral("report-preview.png")));
            preview->close();
        } else {
            ok = false;
        }
        const QString pdf = work.filePath(QStringLiteral("pipeline.pdf"));
        QSignalSpy saved(&dialog, &ReportDialog::saved);
        dialog.saveTo(pdf);
        ok &= saved.wait(60000) && pages(pdf, 2, 3, QStringLiteral("report-pipeline"));
    }
    {
        // The packet of the Big Data Tech Lead candidate with the most submitted scorecards.
        SqlQuery q(db);
        q.prepare(QStringLiteral("SELECT a.candidate_id FROM scorecards s JOIN interviews i ON i.id = s.interview_id JOIN applications a "
                                 "ON a.id = i.application_id WHERE s.status = 'submitted' AND a.opening_id = ? GROUP BY a.candidate_id "
                                 "ORDER BY count(*) DESC, a.candidate_id LIMIT 1"));
        q.bind(**bigData);
        if (!q.exec() || !q.next())
            return false;
        ReportDialog dialog(db, settings, &window);
        dialog.setKind(ReportKind::Candidate);
        dialog.setOpening(**bigData);
        dialog.setCandidate(QString::number(q.int64(0)));
        dialog.setAnonymized(true);
        const QString pdf = work.filePath(QStringLiteral("packet.pdf"));
        QSignalSpy saved(&dialog, &ReportDialog::saved);
        dialog.saveTo(pdf);
        ok &= saved.wait(60000) && pages(pdf, 2, 2, QStringLiteral("report-packet"));
    }
    {
        ReportDialog dialog(db, settings, &window);
        dialog.setKind(ReportKind::Schedule);
        dialog.setPeriod(QDate::currentDate().addDays(-6), QDate::currentDate());
        const QString pdf = work.filePath(QStringLiteral("schedule.pdf"));
        QSignalSpy saved(&dialog, &ReportDialog::saved);
        dialog.saveTo(pdf);
        ok &= saved.wait(60000) && pages(pdf, 1, 1, QStringLiteral("report-schedule"));
    }
    return ok;
}

// The import wizard on a small export from another tracker, page by page
// (two of its people already in the database and one listed twice: the
// check's duplicates, one of them decided on its own), and the import
// history after it.
bool importShots(MainWindow &window, AppSettings &settings, const QDir &out)
{
    Database &db = *window.database();
    Result<std::optional<qint64>> bigData = OpeningRepository(db).findByTitle(QStringLiteral("Big Data Tech Lead"));
    if (!bigData || !*bigData)
        return false;
    QTemporaryDir work;
    const QString csv = work.filePath(QStringLiteral("greenhouse-export.csv"));
    QFile file(csv);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("First Name;Last Name;Email;Phone;Current Company;Current Title;Source;Current Stage;Applied At;Tags\n"
               "Ingrid;Solberg;ingrid.solberg@example.org;+47 912 34 567;Equinor;Senior Data Engineer;Referral;Phone Screen;03/11/2026;spark, kafka\n"
               "Mateo;Rossi;mateo.rossi@example.org;+39 02 1234 5678;UniCredit;Data Platform Lead;LinkedIn;Application Review;04/11/2026;\n"
               "Aiko;Tanaka;aiko.tanaka@example.org;;Rakuten;Staff Engineer;Careers page;Application Review;05/11/2026;remote\n"
               "Kwame;Boateng;kwame.boateng@example.org;+233 24 123 4567;MTN;Big Data Architect;Agency;Technical Interview;06/11/2026;\n"
               "Lucía;Fernández;lucia.fernandez@example.org;;Telefónica;Analytics Engineering Manager;LinkedIn;Phone Screen;07/11/2026;\n"
               "Noah;Schmidt;not-an-email;;SAP;Data Engineer;Job board;Application Review;08/11/2026;\n"
               "Priya;Nair;priya.nair@example.org;+91 98 7654 3210;Flipkart;Principal Engineer;Referral;Technical Interview;09/11/2026;streaming\n");
    // Two candidates the database already has, and Ingrid again from another address book.
    SqlQuery known(db);
    if (!known.exec(QStringLiteral("SELECT name, email FROM candidates WHERE email LIKE '%@%' AND name LIKE '% %' ORDER BY id LIMIT 2")))
        return false;
    QList<qint64> duplicateLines;
    qint64 line = 9;
    while (known.next()) {
        const QString name = known.value(0).toString();
        file.write(QStringLiteral("%1;%2;%3;;;;LinkedIn;Application Review;10/11/2026;\n")
                       .arg(name.section(QLatin1Char(' '), 0, 0), name.section(QLatin1Char(' '), 1), known.value(1).toString())
                       .toUtf8());
        duplicateLines << line++;
    }
    file.write("Ingrid;Solberg;ingrid.solberg@example.org;;Equinor;Lead Data Engineer;Job board;Application Review;11/11/2026;\n");
    file.close();
    bool ok = true;
    ImportWizard wizard(db, settings, **bigData, csv, &window);
    wizard.resize(960, 640);
    wizard.show();
    ok &= save(&wizard, out.filePath(QStringLiteral("import-file.png")));
    wizard.next();
    ok &= save(&wizard, out.filePath(QStringLiteral("import-columns.png")));
    wizard.next();
    Result<Opening> plan = OpeningRepository(db).loadStagePlan(**bigData);
    if (plan && plan->stages.size() > 2) {
        wizard.setStageFor(QStringLiteral("Application Review"), plan->stages.at(0).name);
        wizard.setStageFor(QStringLiteral("Phone Screen"), plan->stages.at(1).name);
        wizard.setStageFor(QStringLiteral("Technical Interview"), plan->stages.at(2).name);
    }
    wizard.setDateOrder(DateOrder::DayFirst);
    ok &= save(&wizard, out.filePath(QStringLiteral("import-stages.png")));
    QSignalSpy checked(&wizard, &ImportWizard::checked);
    wizard.next();
    ok &= checked.wait(30000);
    if (!duplicateLines.isEmpty()) {
        // The first match merged into its candidate, the rest skipped as for all.
        wizard.setRowDecision(duplicateLines.first(), DuplicatePolicy::Merge);
        ok &= checked.wait(30000);
    }
    ok &= save(&wizard, out.filePath(QStringLiteral("import-check.png")));
    wizard.setAllowPartial(true);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.next();
    ok &= imported.wait(30000);
    ok &= save(&wizard, out.filePath(QStringLiteral("import-done.png")));
    wizard.close();
    ImportHistoryDialog history(db, &window);
    history.show();
    ok &= save(&history, out.filePath(QStringLiteral("import-history.png")));
    return ok;
}

bool interviewShots(MainWindow &window, AppSettings &settings, const QDir &out)
{
    Database &db = *window.database();
    bool ok = true;
    // An active application whose panel disagreed somewhere: the debrief worth showing.
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT a.id, a.opening_id FROM applications a JOIN interviews i ON i.application_id = a.id "
                               "JOIN scorecards s ON s.interview_id = i.id AND s.status = 'submitted' "
                               "WHERE a.status = 'active' GROUP BY a.id, a.opening_id ORDER BY count(DISTINCT s.person_id) DESC, a.id LIMIT 1"))
        || !q.next())
        return false;
    const qint64 applicationId = q.int64(0);
    const qint64 openingId = q.int64(1);
    q.finish();
    window.pipelineView()->setSearchText(QString());
    window.pipelineView()->setFilter(FilterGroup{});
    window.selectOpening(openingId);
    window.pipelineView()->selectApplication(applicationId);
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("candidateTabs")))
        tabs->setCurrentIndex(1);
    ok &= save(&window, out.filePath(QStringLiteral("candidate-interviews.png")));
    {
        DebriefDialog debrief(db, applicationId, &window);
        debrief.show();
        ok &= save(&debrief, out.filePath(QStringLiteral("debrief.png")));
    }
    {
        CalibrationDialog calibration(db, openingId, &window);
        calibration.show();
        ok &= save(&calibration, out.filePath(QStringLiteral("calibration.png")));
    }
    {
        InterviewPlanDialog plan(db, openingId, &window);
        plan.show();
        ok &= save(&plan, out.filePath(QStringLiteral("interview-plan.png")));
    }
    {
        ScheduleDialog schedule(db, applicationId, &window);
        schedule.setLocation(QStringLiteral("https://meet.example.com/big-data-lead"));
        schedule.show();
        ok &= save(&schedule, out.filePath(QStringLiteral("schedule-interview.png")));
    }
    // The in-app scorecard of a panelist of a scheduled interview, one answer in.
    if (q.exec(QStringLiteral("SELECT i.id, p.person_id FROM interviews i JOIN interview_panel p ON p.interview_id = i.id "
                              "WHERE i.status = 'scheduled' AND EXISTS (SELECT 1 FROM panel_focus f WHERE f.interview_id = i.id "
                              "AND f.person_id = p.person_id) ORDER BY i.starts_at LIMIT 1"))
        && q.next()) {
        const qint64 interview = q.int64(0);
        const qint64 person = q.int64(1);
        q.finish();
        ScorecardDialog scorecard(db, interview, person, &window);
        scorecard.resize(900, 900);
        scorecard.show();
        scorecard.form()->setAnswer(0, 3, QStringLiteral("Walked through a Kafka-to-Iceberg migration: partitioning, back-pressure, the rollback plan."));
        ok &= save(&scorecard, out.filePath(QStringLiteral("scorecard-dialog.png")));
        scorecard.reject();
    }
    {
        InterviewsDialog interviews(db, settings, 0, &window);
        interviews.show();
        ok &= save(&interviews, out.filePath(QStringLiteral("upcoming-interviews.png")));
        if (auto *tabs = interviews.findChild<QTabWidget *>())
            tabs->setCurrentIndex(1);
        ok &= save(&interviews, out.filePath(QStringLiteral("overdue-scorecards.png")));
    }
    return ok;
}

// File › Restore from Backup… on a folder of its own: three backups of the
// demo database (today, yesterday, days ago) and one of another database,
// which the note under the list counts.
bool backupShots(MainWindow &window, AppSettings &settings, const QDir &out)
{
    Database &db = *window.database();
    QTemporaryDir work;
    const QString folder = work.filePath(QStringLiteral("backups"));
    if (!QDir().mkpath(folder))
        return false;
    settings.setBackupFolder(folder);
    const QDateTime now = QDateTime::currentDateTime();
    const QDate today = now.date();
    const auto failed = [](const Error &e) {
        std::fprintf(stderr, "backups: %s\n", qPrintable(e.message));
        return false;
    };
    for (const QDateTime &when : {now.addSecs(-600), QDateTime(today.addDays(-1), QTime(18, 5)), QDateTime(today.addDays(-4), QTime(18, 2))}) {
        if (Result<BackupInfo> made = BackupService::backup(db, BackupService::automaticBackupPath(folder, db.path(), when)); !made)
            return failed(made.error());
    }
    {
        const QString other = work.filePath(QStringLiteral("recruiting-2025.shortlist"));
        OpenOptions create;
        create.mode = OpenOptions::Mode::CreateIfMissing;
        create.actor = settings.userName();
        Result<std::unique_ptr<Database>> otherDb = Database::openSqlite(other, create);
        if (!otherDb)
            return failed(otherDb.error());
        const QString target = BackupService::automaticBackupPath(folder, other, QDateTime(today.addDays(-12), QTime(9, 30)));
        if (Result<BackupInfo> made = BackupService::backup(**otherDb, target); !made)
            return failed(made.error());
    }
    const Result<QString> databaseId = MetaRepository(db).databaseId();
    BackupsDialog backups(settings, db.path(), databaseId ? *databaseId : QString(), &window);
    backups.show();
    return save(&backups, out.filePath(QStringLiteral("backups.png")));
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installTranslators(app);
    if (argc != 3) {
        std::fprintf(stderr, "usage: shortlist_screenshots DATABASE OUTPUT_DIR\n");
        return 2;
    }
    const QString database = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("screenshots.ini")));
    settings.setUserName(QStringLiteral("Priya Raman"));
    // Automatic backups a minute after the database opens go here, not
    // into this user's data folder; the backups shot uses a folder of its own.
    QTemporaryDir automaticBackups;
    settings.setBackupFolder(automaticBackups.path());
    MainWindow window(settings);
    window.resize(1600, 940);
    window.show();
    if (!window.openDatabase(database))
        return 1;
    bool ok = true;
    PipelineView *pipeline = window.pipelineView();
    pipeline->setMode(PipelineView::Mode::Table);
    window.selectApplicationRow(2);
    ok &= save(&window, out.filePath(QStringLiteral("main-window.png")));

    pipeline->setMode(PipelineView::Mode::Board);
    pipeline->moveCurrent(1);
    ok &= save(&window, out.filePath(QStringLiteral("board.png")));

    pipeline->setMode(PipelineView::Mode::Table);
    pipeline->setSearchText(QStringLiteral("kafka lead"));
    FilterGroup filter;
    FilterCondition match;
    match.field = FilterField::Match;
    match.minimum = 60;
    FilterCondition tag;
    tag.field = FilterField::Source;
    tag.values = {QStringLiteral("Referral"), QStringLiteral("Sourced")};
    filter.conditions = {match, tag};
    pipeline->setFilter(filter);
    Prompts::setNextItem(QStringLiteral("Strong referrals"));
    window.findChild<QAction *>(QStringLiteral("actionSaveView"))->trigger();
    window.selectApplicationRow(0);
    ok &= save(&window, out.filePath(QStringLiteral("search-and-filter.png")));

    {
        ShortcutsDialog shortcuts(window.shortcuts().entries(), &window);
        shortcuts.show();
        ok &= save(&shortcuts, out.filePath(QStringLiteral("shortcuts-dialog.png")));
        Result<Opening> opening = OpeningRepository(*window.database()).load(
            window.applicationModel()->query().openingId);
        if (opening) {
            RequirementsDialog requirements(opening->title, opening->requirements,
                                            {SkillSynonym{QStringLiteral("databricks"), QStringLiteral("spark")}}, &window);
            requirements.show();
            ok &= save(&requirements, out.filePath(QStringLiteral("requirements-dialog.png")));
        }
    }

    FilterChoices choices;
    choices.stages = {QStringLiteral("Applied"), QStringLiteral("Recruiter screen"), QStringLiteral("Technical deep-dive")};
    choices.sources = {QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QStringLiteral("Sourced")};
    FilterDialog dialog(choices, filter, &window);
    dialog.show();
    ok &= save(&dialog, out.filePath(QStringLiteral("filter-dialog.png")));
    {
        // What a click on the dashboard's funnel sets: the stage reached and the application dates.
        FilterGroup fromDashboard;
        FilterCondition reached;
        reached.field = FilterField::Reached;
        reached.values = {QStringLiteral("Technical deep-dive")};
        FilterCondition applied;
        applied.field = FilterField::Applied;
        applied.minimum = int(QDate(1970, 1, 1).daysTo(QDate(2026, 6, 1)));
        applied.maximum = int(QDate(1970, 1, 1).daysTo(QDate(2026, 11, 30)));
        fromDashboard.conditions = {reached, applied};
        FilterDialog reachedDialog(choices, fromDashboard, &window);
        reachedDialog.show();
        ok &= save(&reachedDialog, out.filePath(QStringLiteral("filter-dialog-reached.png")));
    }
    const QString scorecardShot = out.filePath(QStringLiteral("scorecard-window.png"));
    // The offline scorecard window, on a file for a panelist of a scheduled interview.
    {
        SqlQuery q(*window.database());
        if (q.exec(QStringLiteral("SELECT i.id, p.person_id FROM interviews i JOIN interview_panel p ON p.interview_id = i.id "
                                  "WHERE i.status = 'scheduled' AND EXISTS (SELECT 1 FROM panel_focus f WHERE f.interview_id = i.id "
                                  "AND f.person_id = p.person_id) ORDER BY i.starts_at LIMIT 1"))
            && q.next()) {
            const qint64 interview = q.int64(0);
            const qint64 person = q.int64(1);
            q.finish();
            Result<QByteArray> file = ScorecardFile::create(*window.database(), interview, person);
            const QString path = settingsDir.filePath(QStringLiteral("scorecard.json"));
            QFile blank(path);
            if (file && blank.open(QIODevice::WriteOnly)) {
                blank.write(*file);
                blank.close();
                ScorecardWindow scorecard;
                scorecard.resize(820, 940);
                scorecard.show();
                if (scorecard.openFile(path)) {
                    scorecard.form()->setAnswer(0, 3, QStringLiteral("Explained the partitioning and back-pressure trade-offs with a real incident."));
                    ok &= save(&scorecard, scorecardShot);
                }
            }
        }
    }
    ok &= interviewShots(window, settings, out);
    ok &= reportShots(window, settings, out);
    // The dashboard of the running example, computed here rather than on the worker.
    window.findChild<QAction *>(QStringLiteral("actionDashboard"))->trigger();
    if (DashboardWindow *dashboard = window.dashboard()) {
        dashboard->resize(1500, 1500);
        Result<std::optional<qint64>> bigData = OpeningRepository(*window.database()).findByTitle(QStringLiteral("Big Data Tech Lead"));
        if (bigData && *bigData)
            dashboard->setOpening(**bigData);
        ok &= dashboard->refreshNow();
        ok &= save(dashboard, out.filePath(QStringLiteral("dashboard.png")));
        // The same in a dark palette.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(32, 33, 36));
        dark.setColor(QPalette::WindowText, QColor(232, 234, 237));
        dark.setColor(QPalette::Base, QColor(24, 25, 28));
        dark.setColor(QPalette::AlternateBase, QColor(40, 42, 46));
        dark.setColor(QPalette::Text, QColor(232, 234, 237));
        dark.setColor(QPalette::Button, QColor(48, 50, 54));
        dark.setColor(QPalette::ButtonText, QColor(232, 234, 237));
        const QPalette light = dashboard->palette();
        dashboard->setPalette(dark);
        ok &= save(dashboard, out.filePath(QStringLiteral("dashboard-dark.png")));
        dashboard->setPalette(light);
        dashboard->setOpening(0);
        ok &= dashboard->refreshNow();
        ok &= save(dashboard, out.filePath(QStringLiteral("dashboard-all-openings.png")));
        dashboard->close();
    }
    // Last: it adds candidates to the database the shots above show.
    ok &= importShots(window, settings, out);
    {
        AuditLogDialog audit(*window.database(), &window);
        audit.resize(1100, 600);
        audit.show();
        ok &= save(&audit, out.filePath(QStringLiteral("audit-log.png")));
    }
    {
        RetentionDialog retention(*window.database(), &window);
        retention.show();
        ok &= save(&retention, out.filePath(QStringLiteral("retention-policy.png")));
    }
    ok &= backupShots(window, settings, out);
    return ok ? 0 : 1;
}
