#include "mainwindow.h"

#include "dialogs/auditlogdialog.h"
#include "dialogs/backupsdialog.h"
#include "dialogs/candidatedialog.h"
#include "dialogs/filterdialog.h"
#include "dialogs/requirementsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "formats/applicationexport.h"
#include "formats/scorecardfile.h"
#include "itemmodels/savedviewmodel.h"
#include "dialogs/openingdialog.h"
#include "dialogs/prompts.h"
#include "dialogs/calibrationdialog.h"
#include "formats/databaseexport.h"
#include "dialogs/importwizard.h"
#include "dialogs/reportdialog.h"
#include "dialogs/retentiondialog.h"
#include "reports/subjectaccessfiles.h"
#include "widgets/privacypanel.h"
#include "views/dashboardwindow.h"
#include "dialogs/debriefdialog.h"
#include "dialogs/interviewplandialog.h"
#include "dialogs/interviewsdialog.h"
#include "views/interviewspanel.h"
#include "repositories/auditrepository.h"
#include "repositories/metarepository.h"
#include "repositories/peoplerepository.h"
#include "itemmodels/applicationtablemodel.h"
#include "itemmodels/openinglistmodel.h"
#include "itemmodels/timelinemodel.h"
#include "pipeline/pipeline.h"
#include "repositories/candidaterepository.h"
#include "repositories/openingrepository.h"
#include "repositories/duplicaterepository.h"
#include "repositories/matchrepository.h"
#include "repositories/peoplerepository.h"
#include "repositories/savedviewrepository.h"
#include "repositories/tagrepository.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/sqlitenative.h"
#include "storage/transaction.h"
#include "views/pipelineview.h"
#include "widgets/candidateform.h"

#include <QAction>
#include <QActionGroup>
#include <QCheckBox>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QListView>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QFutureWatcher>
#include <limits>
#include <QEventLoop>
#include <QTimer>
#include <QToolBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QUndoStack>
#include <QVBoxLayout>

namespace shortlist {

namespace {
// Bulk actions on more applications than this ask first, naming the count.
constexpr int bulkConfirmThreshold = 20;
const char *const databaseFilter = QT_TRANSLATE_NOOP("shortlist::MainWindow", "Shortlist databases (*.shortlist *.sqlite *.db);;All files (*)");
}

MainWindow::MainWindow(AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowTitle(tr("Shortlist"));
    m_undoStack = new QUndoStack(this);
    m_openings = new OpeningListModel(this);
    m_applications = new ApplicationTableModel(this);
    m_timeline = new TimelineModel(this);
    m_backupWatcher = new QFutureWatcher<Result<BackupInfo>>(this);
    connect(m_backupWatcher, &QFutureWatcherBase::finished, this, &MainWindow::backupDone);
    connect(m_backupWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        if (m_backupProgress)
            m_backupProgress->setValue(value);
    });
    m_restoreWatcher = new QFutureWatcher<Result<QString>>(this);
    connect(m_restoreWatcher, &QFutureWatcherBase::finished, this, &MainWindow::restoreDone);
    m_backupTimer = new QTimer(this);
    m_backupTimer->setInterval(std::chrono::hours(1));
    connect(m_backupTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    m_backupTimer->start();
    // Not at once: opening a file is busy enough, and short sessions (tests,
    // a quick look) do not need one.
    m_backupSoonTimer = new QTimer(this);
    m_backupSoonTimer->setSingleShot(true);
    m_backupSoonTimer->setInterval(std::chrono::minutes(1));
    connect(m_backupSoonTimer, &QTimer::timeout, this, &MainWindow::backUpIfDue);
    m_privacyWatcher = new QFutureWatcher<Result<PrivacyResult>>(this);
    connect(m_privacyWatcher, &QFutureWatcherBase::finished, this, &MainWindow::privacyWorkDone);
    m_purgeTimer = new QTimer(this);
    m_purgeTimer->setInterval(std::chrono::seconds(30));
    connect(m_purgeTimer, &QTimer::timeout, this, &MainWindow::retryStoragePurge);
    m_purgeWatcher = new QFutureWatcher<Result<PrivacyResult>>(this);
    connect(m_purgeWatcher, &QFutureWatcherBase::finished, this, &MainWindow::purgeDone);
    createActions();
    // Shortcuts work wherever the actions appear (or not) in menus.
    for (const Shortcuts::Entry &e : m_shortcuts.entries())
        addAction(e.action);
    m_shortcuts.apply(m_settings);
    createCentralWidgets();
    createMenus();
    restoreLayout();
    updateActions();
    updateStatusBar();
    connect(m_applications, &ApplicationTableModel::loadFailed, this, [this](const QString &message) {
        reportError(tr("Cannot read applications"), makeError(ErrorCode::Sql, message));
    });
}

MainWindow::~MainWindow()
{
    m_backupWatcher->disconnect(this);
    m_backupWatcher->cancel();
    m_backupWatcher->waitForFinished();
    m_restoreWatcher->disconnect(this);
    m_restoreWatcher->waitForFinished();
    m_privacyWatcher->disconnect(this);
    m_privacyWatcher->waitForFinished();
    m_purgeWatcher->disconnect(this);
    m_purgeWatcher->waitForFinished();
    stopRetentionCheck();
    closeDatabase();
}

void MainWindow::stopRetentionCheck()
{
    if (m_retentionCancel)
        *m_retentionCancel = true;
    m_retentionCheck.waitForFinished();   // the query stops at its next step
}

// ------------------------------------------------------------------ building

void MainWindow::createActions()
{
    // Every action is registered with its default key so Help › Keyboard
    // Shortcuts can list and change it.
    auto make = [this](const QString &text, const QString &name, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        m_shortcuts.add(action, key);
        return action;
    };
    m_newAction = make(tr("&New Database…"), QStringLiteral("actionNew"), QKeySequence::New, &MainWindow::newDatabase);
    m_openAction = make(tr("&Open Database…"), QStringLiteral("actionOpen"), QKeySequence::Open, &MainWindow::openDatabaseDialog);
    m_saveCopyAction = make(tr("Save a &Copy…"), QStringLiteral("actionSaveCopy"), QKeySequence(tr("Ctrl+Shift+S")), &MainWindow::saveCopy);
    m_quitAction = make(tr("&Quit"), QStringLiteral("actionQuit"), QKeySequence::Quit, &MainWindow::close);
    m_backUpNowAction = make(tr("&Back Up Now"), QStringLiteral("actionBackUpNow"), QKeySequence(), &MainWindow::backUpNow);
    m_restoreBackupAction = make(tr("Restore from Bac&kup…"), QStringLiteral("actionRestoreBackup"), QKeySequence(), &MainWindow::showBackups);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_shortcuts.add(m_undoAction, QKeySequence(tr("Ctrl+Z")));
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_shortcuts.add(m_redoAction, QKeySequence(tr("Ctrl+Shift+Z")));

    m_newOpeningAction = make(tr("&New Opening…"), QStringLiteral("actionNewOpening"), QKeySequence(tr("Ctrl+Shift+O")), &MainWindow::newOpening);
    m_editOpeningAction = make(tr("&Edit Opening…"), QStringLiteral("actionEditOpening"), QKeySequence(), &MainWindow::editOpening);
    m_requirementsAction = make(tr("&Requirements and Synonyms…"), QStringLiteral("actionRequirements"), QKeySequence(),
                                &MainWindow::editRequirements);

    m_addCandidateAction = make(tr("&Add Candidate…"), QStringLiteral("actionAddCandidate"), QKeySequence(tr("Ctrl+Shift+A")), &MainWindow::addCandidate);
    m_saveProfileAction = make(tr("&Save Profile"), QStringLiteral("actionSaveProfile"), QKeySequence::Save, &MainWindow::saveProfile);
    m_moveNextAction = make(tr("&Advance to Next Stage"), QStringLiteral("actionMoveNext"), QKeySequence(tr("A")), &MainWindow::moveToNextStage);
    m_rejectAction = make(tr("&Reject…"), QStringLiteral("actionReject"), QKeySequence(tr("R")), &MainWindow::rejectApplication);
    m_withdrawAction = make(tr("&Withdraw…"), QStringLiteral("actionWithdraw"), QKeySequence(tr("W")), &MainWindow::withdrawApplication);
    m_reopenAction = make(tr("Re&open"), QStringLiteral("actionReopen"), QKeySequence(), &MainWindow::reopenApplication);

    m_tableModeAction = make(tr("&Table"), QStringLiteral("actionTableMode"), QKeySequence(tr("Ctrl+Shift+T")),
                             [this] { m_pipeline->setMode(PipelineView::Mode::Table); });
    m_boardModeAction = make(tr("&Board"), QStringLiteral("actionBoardMode"), QKeySequence(tr("Ctrl+Shift+B")),
                             [this] { m_pipeline->setMode(PipelineView::Mode::Board); });
    m_nextAction = make(tr("&Next Candidate"), QStringLiteral("actionNextCandidate"), QKeySequence(tr("J")), [this] { m_pipeline->moveCurrent(1); });
    m_previousAction = make(tr("&Previous Candidate"), QStringLiteral("actionPreviousCandidate"), QKeySequence(tr("K")),
                            [this] { m_pipeline->moveCurrent(-1); });
    m_nextColumnAction = make(tr("Next Board &Column"), QStringLiteral("actionNextColumn"), QKeySequence(tr("L")),
                              [this] { m_pipeline->moveColumn(1); });
    m_previousColumnAction = make(tr("Previous Board C&olumn"), QStringLiteral("actionPreviousColumn"), QKeySequence(tr("H")),
                                  [this] { m_pipeline->moveColumn(-1); });
    m_tagAction = make(tr("&Tag…"), QStringLiteral("actionTag"), QKeySequence(tr("T")), [this] { tagSelection(true); });
    m_untagAction = make(tr("Remove T&ag…"), QStringLiteral("actionRemoveTag"), QKeySequence(tr("Shift+T")), [this] { tagSelection(false); });
    m_noteAction = make(tr("Add &Note…"), QStringLiteral("actionAddNote"), QKeySequence(tr("N")), &MainWindow::addNote);
    m_searchAction = make(tr("&Search"), QStringLiteral("actionSearch"), QKeySequence(tr("/")), [this] { m_pipeline->focusSearch(); });
    m_clearAction = make(tr("&Clear Search, Filter or Selection"), QStringLiteral("actionClear"), QKeySequence(tr("Esc")),
                         [this] { m_pipeline->clearOne(); });
    m_filterAction = make(tr("&Filter…"), QStringLiteral("actionFilter"), QKeySequence(tr("Ctrl+Shift+F")), &MainWindow::editFilter);
    m_shortcutsAction = make(tr("&Keyboard Shortcuts…"), QStringLiteral("actionShortcuts"), QKeySequence(tr("Ctrl+/")),
                             &MainWindow::showShortcuts);
    m_auditLogAction = make(tr("Audit &Log…"), QStringLiteral("actionAuditLog"), QKeySequence(), &MainWindow::showAuditLog);
    for (int n = 1; n <= 9; ++n) {
        QAction *a = make(tr("Move to Stage %1").arg(n), QStringLiteral("actionMoveToStage%1").arg(n), QKeySequence(QString::number(n)),
                          [this, n] { moveToStageNumber(n); });
        m_stageNumberActions << a;
    }
    m_mergeAction = make(tr("&Merge Duplicate…"), QStringLiteral("actionMergeDuplicate"), QKeySequence(tr("Ctrl+Shift+M")),
                         &MainWindow::mergeDuplicate);
    m_saveViewAction = make(tr("Save &View…"), QStringLiteral("actionSaveView"), QKeySequence(tr("Ctrl+Shift+V")), &MainWindow::saveView);
    m_deleteViewAction = make(tr("Delete Saved View"), QStringLiteral("actionDeleteView"), QKeySequence(), &MainWindow::deleteView);
    m_importScorecardsAction = make(tr("&Import Scorecards…"), QStringLiteral("actionImportScorecards"), QKeySequence(),
                                    [this] { importScorecards(Prompts::openFileNames(this, tr("Import Scorecards"),
                                                                                     tr("Scorecard files (*.json);;All files (*)"))); });
    m_scheduleAction = make(tr("&Schedule Interview…"), QStringLiteral("actionScheduleInterview"), QKeySequence(tr("Ctrl+Shift+I")),
                            [this] { m_interviewsPanel->scheduleInterview(); });
    m_debriefAction = make(tr("&Debrief…"), QStringLiteral("actionDebrief"), QKeySequence(tr("Ctrl+Shift+D")), &MainWindow::showDebrief);
    m_interviewsAction = make(tr("&Upcoming and Overdue…"), QStringLiteral("actionUpcomingInterviews"), QKeySequence(tr("Ctrl+Shift+U")),
                              &MainWindow::showInterviews);
    m_planAction = make(tr("Interview &Plan…"), QStringLiteral("actionInterviewPlan"), QKeySequence(), &MainWindow::editInterviewPlan);
    m_dashboardAction = make(tr("&Dashboard"), QStringLiteral("actionDashboard"), QKeySequence(tr("Ctrl+Shift+P")), &MainWindow::showDashboard);
    m_calibrationAction = make(tr("Interviewer &Calibration…"), QStringLiteral("actionCalibration"), QKeySequence(), &MainWindow::showCalibration);
    m_importCandidatesAction = make(tr("&Import Candidates…"), QStringLiteral("actionImportCandidates"), QKeySequence(tr("Ctrl+Shift+L")),
                                    [this] { importCandidates(); });
    m_importHistoryAction = make(tr("Import &History…"), QStringLiteral("actionImportHistory"), QKeySequence(), &MainWindow::showImportHistory);
    m_exportJsonAction = make(tr("Export Everything as &JSON…"), QStringLiteral("actionExportJson"), QKeySequence(), [this] { exportDatabaseJson(); });
    m_fromJsonAction = make(tr("New Database from JSON E&xport…"), QStringLiteral("actionFromJson"), QKeySequence(), [this] { newDatabaseFromJson(); });
    m_reportActions = {
        make(tr("&Pipeline Report…"), QStringLiteral("actionPipelineReport"), QKeySequence(tr("Ctrl+Shift+R")),
             [this] { showReports(ReportKind::Pipeline); }),
        make(tr("&Candidate Packet…"), QStringLiteral("actionCandidatePacket"), QKeySequence(), [this] { showReports(ReportKind::Candidate); }),
        make(tr("Interviewer &Calibration Report…"), QStringLiteral("actionCalibrationReport"), QKeySequence(),
             [this] { showReports(ReportKind::Calibration); }),
        make(tr("Interview &Schedule…"), QStringLiteral("actionScheduleReport"), QKeySequence(), [this] { showReports(ReportKind::Schedule); }),
    };
    m_currentInterviewerAction = make(tr("&Current Interviewer…"), QStringLiteral("actionCurrentInterviewer"), QKeySequence(),
                                      &MainWindow::chooseCurrentInterviewer);
    m_exportViewAction = make(tr("&Export View to CSV…"), QStringLiteral("actionExportView"), QKeySequence(),
                              [this] { exportCsv(false); });
    m_exportSelectionAction = make(tr("Export &Selection to CSV…"), QStringLiteral("actionExportSelection"), QKeySequence(tr("Ctrl+E")),
                                   [this] { exportCsv(true); });
    // Privacy: no default keys for what cannot be undone.
    m_exportCandidateAction = make(tr("E&xport Candidate Data…"), QStringLiteral("actionExportCandidateData"), QKeySequence(),
                                   &MainWindow::exportCandidateData);
    m_exportCandidateAction->setIconText(tr("Export Data…"));
    m_exportCandidateAction->setToolTip(tr("Everything held about the candidate, as JSON, a readable PDF and their files (subject access)"));
    m_anonymiseAction = make(tr("Anon&ymise Candidate…"), QStringLiteral("actionAnonymiseCandidate"), QKeySequence(), &MainWindow::anonymiseCandidate);
    m_anonymiseAction->setIconText(tr("Anonymise…"));
    m_anonymiseAction->setToolTip(tr("Remove the candidate's identity and keep the statistics"));
    m_eraseAction = make(tr("Erase Candidate…"), QStringLiteral("actionEraseCandidate"), QKeySequence(), &MainWindow::eraseCandidate);
    m_eraseAction->setIconText(tr("Erase…"));
    m_eraseAction->setToolTip(tr("Delete everything held about the candidate"));
    m_retentionAction = make(tr("Retention &Policy…"), QStringLiteral("actionRetentionPolicy"), QKeySequence(), &MainWindow::showRetentionPolicy);
    auto *modes = new QActionGroup(this);
    for (QAction *a : {m_tableModeAction, m_boardModeAction}) {
        a->setCheckable(true);
        modes->addAction(a);
    }
    m_tableModeAction->setChecked(true);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_backUpNowAction);
    file->addAction(m_restoreBackupAction);
    file->addAction(m_importCandidatesAction);
    file->addAction(m_importHistoryAction);
    file->addAction(m_exportJsonAction);
    file->addAction(m_fromJsonAction);
    file->addAction(m_importScorecardsAction);
    file->addAction(m_exportViewAction);
    file->addAction(m_exportSelectionAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    updateRecentMenu();

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_tableModeAction);
    view->addAction(m_boardModeAction);
    view->addAction(m_dashboardAction);
    view->addSeparator();
    view->addAction(m_saveViewAction);
    view->addAction(m_deleteViewAction);
    view->addSeparator();
    view->addAction(m_searchAction);
    view->addAction(m_filterAction);
    view->addAction(m_clearAction);
    view->addSeparator();
    view->addAction(m_nextAction);
    view->addAction(m_previousAction);
    view->addAction(m_nextColumnAction);
    view->addAction(m_previousColumnAction);

    QMenu *opening = menuBar()->addMenu(tr("&Opening"));
    opening->addAction(m_newOpeningAction);
    opening->addAction(m_editOpeningAction);
    opening->addAction(m_requirementsAction);
    opening->addAction(m_planAction);
    opening->addAction(m_calibrationAction);

    QMenu *candidate = menuBar()->addMenu(tr("&Candidate"));
    candidate->addAction(m_addCandidateAction);
    candidate->addAction(m_saveProfileAction);
    candidate->addSeparator();
    candidate->addAction(m_moveNextAction);
    m_moveMenu = candidate->addMenu(tr("&Move to Stage"));
    m_moveMenu->setObjectName(QStringLiteral("moveMenu"));
    candidate->addAction(m_rejectAction);
    candidate->addAction(m_withdrawAction);
    candidate->addAction(m_reopenAction);
    candidate->addSeparator();
    candidate->addAction(m_tagAction);
    candidate->addAction(m_untagAction);
    candidate->addAction(m_noteAction);
    candidate->addAction(m_mergeAction);
    candidate->addSeparator();
    candidate->addAction(m_exportCandidateAction);
    candidate->addAction(m_anonymiseAction);
    candidate->addAction(m_eraseAction);
    candidate->addAction(m_retentionAction);

    QMenu *interviews = menuBar()->addMenu(tr("&Interviews"));
    interviews->addAction(m_scheduleAction);
    interviews->addAction(m_debriefAction);
    interviews->addAction(m_interviewsAction);
    interviews->addSeparator();
    interviews->addAction(m_planAction);
    interviews->addAction(m_calibrationAction);
    interviews->addAction(m_importScorecardsAction);
    interviews->addSeparator();
    interviews->addAction(m_currentInterviewerAction);

    QMenu *reports = menuBar()->addMenu(tr("&Reports"));
    for (QAction *action : std::as_const(m_reportActions))
        reports->addAction(action);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_shortcutsAction);
    help->addAction(m_auditLogAction);
    help->addAction(tr("&About Shortlist"), this, [this] {
        QMessageBox::about(this, tr("About Shortlist"),
                           tr("<h3>Shortlist %1</h3><p>A desktop hiring-pipeline manager: openings, candidates, "
                              "structured interviews and pipeline metrics in one local file.</p>"
                              "<p>Licensed under the GNU GPL, version 3 or later.</p>").arg(QStringLiteral(SHORTLIST_VERSION)));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_addCandidateAction);
    toolbar->addAction(m_moveNextAction);
    toolbar->addAction(m_rejectAction);
    toolbar->addSeparator();
    toolbar->addAction(m_undoAction);
    toolbar->addAction(m_redoAction);
}

void MainWindow::createCentralWidgets()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_readOnlyBanner = new QLabel(central);
    m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setStyleSheet(QStringLiteral("background: #fff3cd; color: #664d03; padding: 6px 10px; border-bottom: 1px solid #ffe69c;"));
    m_readOnlyBanner->hide();
    layout->addWidget(m_readOnlyBanner);

    // The retention reminder: non-modal, once per database and session.
    m_retentionNotice = new QWidget(central);
    m_retentionNotice->setObjectName(QStringLiteral("retentionNotice"));
    m_retentionNotice->setAttribute(Qt::WA_StyledBackground);
    m_retentionNotice->setStyleSheet(QStringLiteral("#retentionNotice { background: #e7f1ff; border-bottom: 1px solid #b6d4fe; } "
                                                    "#retentionNotice QLabel { color: #084298; }"));
    auto *noticeLayout = new QHBoxLayout(m_retentionNotice);
    noticeLayout->setContentsMargins(10, 4, 6, 4);
    m_retentionNoticeLabel = new QLabel(m_retentionNotice);
    m_retentionNoticeLabel->setObjectName(QStringLiteral("retentionNoticeLabel"));
    m_retentionNoticeLabel->setWordWrap(true);
    noticeLayout->addWidget(m_retentionNoticeLabel, 1);
    auto *reviewButton = new QPushButton(tr("Review…"), m_retentionNotice);
    reviewButton->setObjectName(QStringLiteral("retentionReviewButton"));
    connect(reviewButton, &QPushButton::clicked, m_retentionAction, &QAction::trigger);
    noticeLayout->addWidget(reviewButton);
    auto *dismissButton = new QPushButton(tr("Dismiss"), m_retentionNotice);
    dismissButton->setObjectName(QStringLiteral("retentionDismissButton"));
    connect(dismissButton, &QPushButton::clicked, m_retentionNotice, &QWidget::hide);
    noticeLayout->addWidget(dismissButton);
    m_retentionNotice->hide();
    layout->addWidget(m_retentionNotice);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    layout->addWidget(m_splitter, 1);

    // Left: openings.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *openingsLabel = new QLabel(tr("<b>Openings</b>"), left);
    leftLayout->addWidget(openingsLabel);
    m_openingView = new QTableView(left);
    m_openingView->setObjectName(QStringLiteral("openingView"));
    m_openingView->setModel(m_openings);
    m_openingView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_openingView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_openingView->verticalHeader()->hide();
    m_openingView->setShowGrid(false);
    m_openingView->setWordWrap(false);
    m_openingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_openingView->horizontalHeader()->setSectionResizeMode(OpeningListModel::Title, QHeaderView::Stretch);
    leftLayout->addWidget(m_openingView, 1);
    auto *newOpeningButton = new QPushButton(tr("New Opening…"), left);
    connect(newOpeningButton, &QPushButton::clicked, m_newOpeningAction, &QAction::trigger);
    leftLayout->addWidget(newOpeningButton);
    leftLayout->addSpacing(8);
    leftLayout->addWidget(new QLabel(tr("<b>Saved views</b>"), left));
    m_savedViews = new SavedViewModel(this);
    m_savedViewList = new QListView(left);
    m_savedViewList->setObjectName(QStringLiteral("savedViewList"));
    m_savedViewList->setModel(m_savedViews);
    m_savedViewList->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_savedViewList->setMaximumHeight(180);
    m_savedViewList->setContextMenuPolicy(Qt::ActionsContextMenu);
    leftLayout->addWidget(m_savedViewList);
    auto *viewButtons = new QHBoxLayout;
    auto *saveViewButton = new QPushButton(tr("Save View…"), left);
    saveViewButton->setObjectName(QStringLiteral("saveViewButton"));
    connect(saveViewButton, &QPushButton::clicked, m_saveViewAction, &QAction::trigger);
    viewButtons->addWidget(saveViewButton);
    auto *deleteViewButton = new QPushButton(tr("Delete"), left);
    connect(deleteViewButton, &QPushButton::clicked, m_deleteViewAction, &QAction::trigger);
    viewButtons->addWidget(deleteViewButton);
    leftLayout->addLayout(viewButtons);
    m_savedViewList->addAction(m_deleteViewAction);
    connect(m_savedViewList, &QListView::activated, this, [this](const QModelIndex &index) { applySavedView(index.row()); });
    connect(m_savedViewList, &QListView::clicked, this, [this](const QModelIndex &index) { applySavedView(index.row()); });
    connect(m_savedViews, &SavedViewModel::renameFailed, this, [this](const QString &message) {
        reportError(tr("Cannot rename the view"), makeError(ErrorCode::Invalid, message));
    });
    connect(m_openingView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::openingSelected);

    // Centre: the opening's applications as a table or a board, or an empty state.
    m_pipeline = new PipelineView(m_splitter);
    m_applications = m_pipeline->tableModel();
    m_applicationView = m_pipeline->tableView();
    connect(m_pipeline, &PipelineView::currentApplicationChanged, this, &MainWindow::applicationSelected);
    connect(m_pipeline, &PipelineView::selectionChanged, this, &MainWindow::updateActions);
    connect(m_pipeline, &PipelineView::queryChanged, this, &MainWindow::updateListedCount);
    connect(m_pipeline, &PipelineView::moveRequested, this, &MainWindow::moveApplications);
    connect(m_pipeline, &PipelineView::filterRequested, this, &MainWindow::editFilter);
    connect(m_pipeline, &PipelineView::modeChanged, this, [this](PipelineView::Mode mode) {
        m_settings.setBoardMode(mode == PipelineView::Mode::Board);
        m_tableModeAction->setChecked(mode == PipelineView::Mode::Table);
        m_boardModeAction->setChecked(mode == PipelineView::Mode::Board);
        updateActions();
    });

    // Right: the candidate's profile and timeline.
    auto *rightScroll = new QScrollArea(m_splitter);
    rightScroll->setWidgetResizable(true);
    rightScroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(rightScroll);
    right->setObjectName(QStringLiteral("candidatePanel"));
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 6, 8, 6);
    m_candidateTitle = new QLabel(right);
    m_candidateTitle->setObjectName(QStringLiteral("candidateTitle"));
    m_candidateTitle->setTextFormat(Qt::RichText);
    rightLayout->addWidget(m_candidateTitle);
    m_form = new CandidateForm(right);
    rightLayout->addWidget(m_form);
    auto *buttons = new QHBoxLayout;
    m_saveProfileButton = new QPushButton(tr("Save"), right);
    m_saveProfileButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_revertProfileButton = new QPushButton(tr("Revert"), right);
    buttons->addStretch();
    buttons->addWidget(m_revertProfileButton);
    buttons->addWidget(m_saveProfileButton);
    rightLayout->addLayout(buttons);
    connect(m_saveProfileButton, &QPushButton::clicked, this, &MainWindow::saveProfile);
    connect(m_revertProfileButton, &QPushButton::clicked, this, &MainWindow::revertProfile);
    connect(m_form, &CandidateForm::modifiedChanged, this, &MainWindow::updateActions);
    m_candidateApplications = new QLabel(right);
    m_candidateApplications->setObjectName(QStringLiteral("candidateApplications"));
    m_candidateApplications->setWordWrap(true);
    rightLayout->addWidget(m_candidateApplications);
    // Timeline and interviews share the space under the profile.
    m_candidateTabs = new QTabWidget(right);
    m_candidateTabs->setObjectName(QStringLiteral("candidateTabs"));
    m_timelineView = new QListView(m_candidateTabs);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    m_timelineView->setWordWrap(true);
    m_timelineView->setMinimumHeight(140);
    m_candidateTabs->addTab(m_timelineView, tr("Timeline"));
    m_interviewsPanel = new InterviewsPanel(m_candidateTabs);
    m_candidateTabs->addTab(m_interviewsPanel, tr("Interviews"));
    auto *matchScroll = new QScrollArea(m_candidateTabs);
    matchScroll->setWidgetResizable(true);
    matchScroll->setFrameShape(QFrame::NoFrame);
    m_matchLabel = new QLabel(matchScroll);
    m_matchLabel->setObjectName(QStringLiteral("matchExplanation"));
    m_matchLabel->setWordWrap(true);
    m_matchLabel->setTextFormat(Qt::RichText);
    m_matchLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_matchLabel->setContentsMargins(4, 4, 4, 4);
    matchScroll->setWidget(m_matchLabel);
    m_candidateTabs->addTab(matchScroll, tr("Match"));
    m_privacyPanel = new PrivacyPanel(m_candidateTabs);
    m_privacyPanel->setActions({m_exportCandidateAction, m_anonymiseAction, m_eraseAction});
    // Pending profile edits are saved (or not) first: both write the candidate's record.
    m_privacyPanel->setSaveGuard([this] { return confirmDiscardFormEdits(); });
    m_candidateTabs->addTab(m_privacyPanel, tr("Privacy"));
    connect(m_privacyPanel, &PrivacyPanel::saved, this, [this](qint64 candidateId) {
        if (candidateId != m_candidateId)
            return;
        showApplication(m_applicationId, m_candidateId);   // the profile's new version
        statusBar()->showMessage(tr("Saved the consent and retention of %1.").arg(m_candidate ? m_candidate->name : QString()), 6000);
    });
    rightLayout->addWidget(m_candidateTabs, 1);
    connect(m_interviewsPanel, &InterviewsPanel::changed, this, [this] { changed(m_candidateId); });
    connect(m_interviewsPanel, &InterviewsPanel::debriefRequested, this, &MainWindow::showDebrief);
    connect(m_interviewsPanel, &InterviewsPanel::currentInterviewerNeeded, this, &MainWindow::chooseCurrentInterviewer);
    connect(m_interviewsPanel, &InterviewsPanel::reloaded, this, [this](int count) {
        m_candidateTabs->setTabText(1, count > 0 ? tr("Interviews (%1)").arg(count) : tr("Interviews"));
    });
    rightScroll->setWidget(right);

    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 5);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({330, 780, 430});
    setCentralWidget(central);

    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("pathLabel"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_listedLabel = new QLabel(this);
    m_listedLabel->setObjectName(QStringLiteral("listedLabel"));
    statusBar()->addWidget(m_pathLabel, 1);
    m_interviewerLabel = new QLabel(this);
    m_interviewerLabel->setObjectName(QStringLiteral("interviewerLabel"));
    statusBar()->addPermanentWidget(m_listedLabel);
    statusBar()->addPermanentWidget(m_interviewerLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1400, 820);
    restoreState(m_settings.mainWindowState());
    m_splitter->restoreState(m_settings.splitterState());
    m_pipeline->restoreHeaderState(m_settings.applicationHeaderState());
    m_pipeline->setMode(m_settings.boardMode() ? PipelineView::Mode::Board : PipelineView::Mode::Table);
}

void MainWindow::saveLayout()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setSplitterState(m_splitter->saveState());
    m_settings.setApplicationHeaderState(m_pipeline->headerState());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_restoreWatcher->isRunning() || isPrivacyWorkRunning() || !confirmDiscardProfileEdits()) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

// ------------------------------------------------------------------ database

bool MainWindow::openDatabase(const QString &path, bool create)
{
    if (!confirmDiscardProfileEdits())
        return false;
    OpenOptions options;
    options.mode = create ? OpenOptions::Mode::CreateIfMissing : OpenOptions::Mode::OpenExisting;
    options.actor = m_settings.userName();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(path, options);
    QApplication::restoreOverrideCursor();
    if (!opened) {
        reportError(tr("Cannot open the database"), opened.error());
        if (opened.error().code == ErrorCode::NotFound)
            m_settings.removeRecentDatabase(QFileInfo(path).absoluteFilePath());
        updateRecentMenu();
        return false;
    }
    closeDatabase();
    m_db = std::move(opened).value();
    m_settings.setLastDatabase(m_db->path());
    m_settings.addRecentDatabase(m_db->path());
    updateRecentMenu();
    setWindowTitle(tr("%1 — Shortlist").arg(QFileInfo(m_db->path()).fileName()));
    if (!m_db->migrationBackupPath().isEmpty())
        statusBar()->showMessage(tr("Upgraded the database; the previous version was saved as %1")
                                     .arg(QDir::toNativeSeparators(m_db->migrationBackupPath())), 15000);
    m_readOnlyBanner->setText(tr("<b>Read-only.</b> %1 Editing is disabled.").arg(m_db->readOnlyReason().toHtmlEscaped()));
    m_readOnlyBanner->setVisible(m_db->isReadOnly());
    m_form->setReadOnly(m_db->isReadOnly());
    if (!m_db->isReadOnly()) {
        rescoreIfStale();
        if (Error e = DuplicateRepository(*m_db).refreshKeysIfStale(); e && e.code != ErrorCode::Cancelled)
            reportError(tr("Cannot prepare duplicate detection"), e);
    }
    m_pipeline->setDatabase(m_db.get());
    m_timeline->setDatabase(m_db.get());
    m_interviewsPanel->setDatabase(m_db.get());
    m_interviewsPanel->setReadOnly(m_db->isReadOnly());
    m_privacyPanel->setDatabase(m_db.get());
    m_privacyPanel->setReadOnly(m_db->isReadOnly());
    if (m_dashboard)
        m_dashboard->setDatabase(m_db.get());
    if (Result<QString> id = MetaRepository(*m_db).databaseId(); id) {
        m_databaseId = *id;
        setCurrentInterviewer(m_settings.currentInterviewer(*id));
    }
    if (Error e = m_savedViews->setDatabase(m_db.get()))
        statusBar()->showMessage(e.message, 10000);
    if (Error e = m_openings->setDatabase(m_db.get()))
        reportError(tr("Cannot read openings"), e);
    if (m_openings->rowCount() > 0)
        m_openingView->selectRow(0);
    else
        openingSelected();
    updateStatusBar();
    updateActions();
    m_backupSoonTimer->start();
    showRetentionReminderIfDue();
    return true;
}

void MainWindow::rescoreIfStale()
{
    // Only after an upgrade that added match scores: once per database.
    QProgressDialog progress(tr("Scoring every application against its opening's requirements…"), tr("Later"), 0, 100, this);
    progress.setWindowTitle(tr("Upgrading"));
    progress.setMinimumDuration(400);
    progress.setWindowModality(Qt::WindowModal);
    const Error e = MatchRepository(*m_db).refreshIfStale([&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 100);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (e && e.code != ErrorCode::Cancelled)
        reportError(tr("Cannot score the applications"), e);
}

void MainWindow::closeDatabase()
{
    m_privacyWatcher->waitForFinished();
    m_purgeWatcher->waitForFinished();
    m_undoStack->clear();
    m_opening.reset();
    m_applicationId = 0;
    m_candidateId = 0;
    m_candidate.reset();
    m_pipeline->setDatabase(nullptr);
    m_timeline->setDatabase(nullptr);
    m_interviewsPanel->setDatabase(nullptr);
    m_interviewsPanel->setApplication(0);
    if (m_dashboard)
        m_dashboard->setDatabase(nullptr);
    m_currentPersonId = 0;
    m_savedViews->setDatabase(nullptr);
    m_openings->setDatabase(nullptr);
    m_privacyPanel->setDatabase(nullptr);
    m_retentionNotice->hide();
    // The last chance to clear removed data from the file: no model reads any more.
    if (m_purgePending && m_db) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Result<bool> purged = PrivacyRepository(*m_db).purgeStorage();
        QApplication::restoreOverrideCursor();
        if (!purged || !*purged)
            qWarning("Another program still reads %s, so it keeps old pages with removed personal data until a later change checkpoints it.",
                     qPrintable(m_db->path()));
    }
    m_purgePending = false;
    m_purgeTimer->stop();
    m_db.reset();
    m_databaseId.clear();
}

void MainWindow::newDatabase()
{
    const QString path = Prompts::saveFileName(this, tr("New Database"), tr(databaseFilter),
                                               QDir::home().filePath(tr("hiring.shortlist")));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        reportError(tr("Cannot create the database"),
                    makeError(ErrorCode::Invalid, tr("%1 already exists. Choose a new file name; to open the existing file use File › Open.")
                                                      .arg(QDir::toNativeSeparators(path))));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::openDatabaseDialog()
{
    const QString path = Prompts::openFileName(this, tr("Open Database"), tr(databaseFilter));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::saveCopy()
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString suggested = current.dir().filePath(current.completeBaseName() + tr(" copy.") + current.suffix());
    const QString path = Prompts::saveFileName(this, tr("Save a Copy"), tr(databaseFilter), suggested);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == current.absoluteFilePath()) {
        reportError(tr("Cannot save a copy"), makeError(ErrorCode::Invalid, tr("Choose a different file from the open database.")));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        reportError(tr("Cannot save a copy"), makeError(ErrorCode::Io, tr("%1 exists and cannot be replaced.").arg(QDir::toNativeSeparators(path))));
        return;
    }
    if (Error e = m_db->saveCopyTo(path)) {
        reportError(tr("Cannot save a copy"), e);
        return;
    }
    statusBar()->showMessage(tr("Saved a consistent copy to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

// ------------------------------------------------------------------ backups

bool MainWindow::isBackingUp() const
{
    return m_backupWatcher->isRunning();
}

void MainWindow::backUpNow()
{
    startBackup(false);
}

bool MainWindow::backUpIfDue()
{
    if (!m_db || m_db->isReadOnly() || !m_settings.automaticBackups() || isBackingUp() || m_restoreWatcher->isRunning()
        || m_db->dialect().kind() != SqlDialect::Kind::Sqlite)
        return false;
    const QList<BackupInfo> backups = BackupService::listBackups(m_settings.backupFolder(), m_databaseId, m_db->path());
    const QDateTime due = QDateTime::currentDateTime().addSecs(-qint64(3600) * m_settings.backupIntervalHours());
    if (!backups.isEmpty() && backups.first().when > due)
        return false;
    startBackup(true);
    return isBackingUp();
}

void MainWindow::startBackup(bool automatic)
{
    if (!m_db || isBackingUp() || m_restoreWatcher->isRunning())
        return;
    if (m_db->dialect().kind() != SqlDialect::Kind::Sqlite) {
        backupFailed(BackupService::backup(*m_db, QString()).error(), automatic);   // says to use pg_dump
        return;
    }
    const QString folder = m_settings.backupFolder();
    const bool created = !QFileInfo::exists(folder);
    if (!QDir().mkpath(folder)) {
        backupFailed(makeError(ErrorCode::ReadOnly, tr("Cannot create the backup folder %1. Choose another folder in File › Restore from Backup….")
                                                        .arg(QDir::toNativeSeparators(folder))),
                     automatic);
        return;
    }
    if (created)   // the names of your databases are nobody else's business either
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_backupAutomatic = automatic;
    m_backupDatabase = m_db->path();
    m_backupDatabaseId = m_databaseId;
    m_backupFolder = folder;
    const QString target = BackupService::automaticBackupPath(folder, m_backupDatabase, QDateTime::currentDateTime());
    // The worker reads through its own connection: the window's stays free.
    QFuture<Result<BackupInfo>> future = QtConcurrent::run(
        [database = m_backupDatabase, target, actor = m_settings.userName()](QPromise<Result<BackupInfo>> &promise) {
            promise.setProgressRange(0, 1000);
            Result<std::unique_ptr<Database>> reader = Database::openSqliteReader(database, actor);
            if (!reader) {
                promise.addResult(Result<BackupInfo>(reader.error()));
                return;
            }
            promise.addResult(BackupService::backup(**reader, target, [&promise](qint64 done, qint64 total) {
                if (total > 0)
                    promise.setProgressValue(int(done * 1000 / total));
                return !promise.isCanceled();
            }));
        });
    m_backupWatcher->setFuture(future);
    if (!automatic) {
        m_backupProgress = new QProgressDialog(tr("Backing up %1…").arg(QFileInfo(m_backupDatabase).fileName()), tr("Cancel"), 0, 1000, this);
        m_backupProgress->setObjectName(QStringLiteral("backupProgress"));
        m_backupProgress->setWindowTitle(tr("Back Up Now"));
        m_backupProgress->setWindowModality(Qt::WindowModal);
        m_backupProgress->setMinimumDuration(400);
        m_backupProgress->setAutoClose(false);
        m_backupProgress->setAutoReset(false);
        m_backupProgress->setValue(0);
        connect(m_backupProgress, &QProgressDialog::canceled, m_backupWatcher, &QFutureWatcherBase::cancel);
    }
    updateActions();
}

void MainWindow::backupDone()
{
    if (m_backupProgress) {
        m_backupProgress->hide();
        m_backupProgress->deleteLater();
        m_backupProgress = nullptr;
    }
    const QFuture<Result<BackupInfo>> future = m_backupWatcher->future();
    const bool automatic = m_backupAutomatic;
    updateActions();
    const bool cancelled = future.isCanceled() || future.resultCount() == 0 || future.result().error().code == ErrorCode::Cancelled;
    if (cancelled) {
        statusBar()->showMessage(tr("Backup cancelled; no file was written."), 8000);
        Q_EMIT backupFinished(false, tr("Backup cancelled; no file was written."));
        return;
    }
    const Result<BackupInfo> result = future.result();
    if (!result) {
        backupFailed(result.error(), automatic);
        return;
    }
    if (automatic)
        m_lastBackupError.clear();
    // After the snapshot, so the copy does not hold its own entry; in the
    // database copied, if it is still the one open.
    if (m_db && m_db->path() == m_backupDatabase && !m_db->isReadOnly()) {
        if (Error e = BackupService::recordBackup(*m_db, result->path, automatic ? BackupKind::Automatic : BackupKind::Manual))
            qWarning("the backup was not recorded in the audit log: %s (%s)", qPrintable(e.message), qPrintable(e.detail));
    }
    // Both kinds count towards the newest N of this database: the backups
    // holding its id, whatever their names.
    const QString databaseId = result->databaseId.isEmpty() ? m_backupDatabaseId : result->databaseId;
    if (Result<int> pruned = BackupService::prune(m_backupFolder, databaseId, m_backupDatabase, m_settings.backupsKept()); !pruned)
        m_lastBackupError = pruned.error().message;
    statusBar()->showMessage((automatic ? tr("Automatic backup saved to %1") : tr("Backed up to %1")).arg(QDir::toNativeSeparators(result->path)),
                             15000);
    if (m_backupsDialog)
        m_backupsDialog->reload();
    Q_EMIT backupFinished(true, result->path);
}

void MainWindow::backupFailed(const Error &error, bool automatic)
{
    if (automatic) {
        // No box every hour: the status bar now, the backups dialog until the next one works.
        m_lastBackupError = error.message;
        statusBar()->showMessage(tr("The automatic backup failed: %1").arg(error.message), 20000);
        qWarning("automatic backup failed: %s (%s)", qPrintable(error.message), qPrintable(error.detail));
    } else {
        reportError(tr("Cannot back up the database"), error);
    }
    Q_EMIT backupFinished(false, error.message);
}

void MainWindow::showBackups()
{
    if (!m_db)
        return;
    if (m_backupsDialog) {
        m_backupsDialog->raise();
        m_backupsDialog->activateWindow();
        return;
    }
    m_backupsDialog = new BackupsDialog(m_settings, m_db->path(), m_databaseId, this);
    m_backupsDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!m_lastBackupError.isEmpty())
        m_backupsDialog->setStatus(tr("The last automatic backup failed: %1").arg(m_lastBackupError), true);
    connect(m_backupsDialog, &BackupsDialog::restoreRequested, this,
            [this](const QString &path, const QDateTime &when) { restoreFromBackup(path, when); });
    connect(m_backupsDialog, &BackupsDialog::settingsChanged, this, [this] { m_backupSoonTimer->start(); });
    connect(m_backupsDialog, &QObject::destroyed, this, [this] { m_backupsDialog = nullptr; });
    // Window-modal without a nested event loop.
    m_backupsDialog->open();
}

bool MainWindow::restoreFromBackup(const QString &backupPath, const QDateTime &when)
{
    if (!m_db || m_restoreWatcher->isRunning())
        return false;
    const QString name = QFileInfo(m_db->path()).fileName();
    if (m_db->isReadOnly() || m_db->dialect().kind() != SqlDialect::Kind::Sqlite) {
        reportError(tr("Cannot restore the backup"),
                    makeError(ErrorCode::ReadOnly, m_db->isReadOnly() ? tr("%1 is open read-only, so it cannot be replaced. %2").arg(name, m_db->readOnlyReason())
                                                                      : tr("Only database files can be restored from backups. "
                                                                           "Restore a PostgreSQL database on the server, with pg_restore.")));
        return false;
    }
    if (!confirmDiscardProfileEdits())
        return false;
    const QString date = BackupsDialog::describeTime(when.isValid() ? when : QFileInfo(backupPath).lastModified(), true);
    // A file that is not readable is refused by the restore itself, with the reason.
    const Result<QString> backupId = BackupService::storedDatabaseId(backupPath);
    const bool otherDatabase = backupId && !m_databaseId.isEmpty() && *backupId != m_databaseId;
    const QMessageBox::StandardButton answer =
        otherDatabase ? Prompts::question(this, tr("Restore Another Database's Backup"),
                                          tr("%1 is a backup of another database, not of %2.\n\nRestoring it replaces everything in %2 with "
                                             "that other database as of %3. Shortlist first keeps a copy of the current file next to it.")
                                              .arg(QFileInfo(backupPath).fileName(), name, date),
                                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
                                          {{QMessageBox::Yes, tr("Replace with the Other Database")}})
                      : Prompts::question(this, tr("Restore from Backup"),
                                          tr("Replace %1 with the backup of %2?\n\nChanges made since then will no longer be in the database. "
                                             "Shortlist first keeps a copy of the current file next to it.")
                                              .arg(name, date),
                                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel, {{QMessageBox::Yes, tr("Restore")}});
    if (answer != QMessageBox::Yes)
        return false;
    // Every connection of this window goes first: a running backup's too.
    if (isBackingUp()) {
        m_backupWatcher->cancel();
        m_backupWatcher->waitForFinished();
    }
    if (m_backupsDialog)
        m_backupsDialog->close();
    m_restoreDatabase = m_db->path();
    m_restoreBackup = backupPath;
    m_restoreOtherDatabase = otherDatabase;
    m_restoreDate = date;
    closeDatabase();
    updateStatusBar();
    updateActions();
    m_restoreProgress = new QProgressDialog(tr("Restoring %1 from the backup of %2…").arg(name, date), QString(), 0, 0, this);
    m_restoreProgress->setObjectName(QStringLiteral("restoreProgress"));
    m_restoreProgress->setWindowTitle(tr("Restore from Backup"));
    m_restoreProgress->setWindowModality(Qt::WindowModal);
    m_restoreProgress->setMinimumDuration(300);   // shows itself unless the restore is done by then
    m_restoreWatcher->setFuture(QtConcurrent::run(
        [backupPath, database = m_restoreDatabase] { return BackupService::restore(backupPath, database); }));
    return true;
}

void MainWindow::restoreDone()
{
    if (m_restoreProgress) {
        m_restoreProgress->hide();
        m_restoreProgress->deleteLater();
        m_restoreProgress = nullptr;
    }
    const Result<QString> result = m_restoreWatcher->future().result();
    // Restored or not, the database opens again (unchanged when it failed).
    const bool reopened = openDatabase(m_restoreDatabase);
    if (!result) {
        reportError(tr("Cannot restore the backup"), result.error());
        Q_EMIT restoreFinished(false, result.error().message);
        return;
    }
    // In the restored database, which knew nothing of it.
    if (reopened && m_db && !m_db->isReadOnly()) {
        if (Error e = BackupService::recordRestore(*m_db, m_restoreBackup, *result, m_restoreOtherDatabase))
            qWarning("the restore was not recorded in the audit log: %s (%s)", qPrintable(e.message), qPrintable(e.detail));
    }
    const QString message = result->isEmpty()
                                ? tr("Restored the backup of %1.").arg(m_restoreDate)
                                : tr("Restored the backup of %1. The previous file is kept as %2").arg(m_restoreDate, QDir::toNativeSeparators(*result));
    statusBar()->showMessage(message, 20000);
    Q_EMIT restoreFinished(reopened, message);
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = m_settings.recentDatabases();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

// ------------------------------------------------------------------ state

void MainWindow::updateActions()
{
    const bool open = m_db != nullptr;
    const bool writable = open && !m_db->isReadOnly();
    const bool hasOpening = writable && m_opening.has_value();
    const bool hasApplication = hasOpening && m_applicationId > 0;
    const bool active = hasApplication && (m_applicationStatus == ApplicationStatus::Active || m_applicationStatus == ApplicationStatus::Hired);
    m_saveCopyAction->setEnabled(open);
    m_backUpNowAction->setEnabled(open && !isBackingUp());
    m_restoreBackupAction->setEnabled(open);
    m_newOpeningAction->setEnabled(writable);
    m_editOpeningAction->setEnabled(hasOpening);
    m_requirementsAction->setEnabled(hasOpening);
    m_addCandidateAction->setEnabled(hasOpening);
    m_moveNextAction->setEnabled(active && m_opening && m_opening->nextStage(m_applicationStageId) != nullptr);
    m_moveMenu->setEnabled(active);
    m_rejectAction->setEnabled(hasApplication && m_applicationStatus == ApplicationStatus::Active);
    m_withdrawAction->setEnabled(hasApplication && m_applicationStatus == ApplicationStatus::Active);
    m_reopenAction->setEnabled(hasApplication
                               && (m_applicationStatus == ApplicationStatus::Rejected || m_applicationStatus == ApplicationStatus::Withdrawn));
    const int selected = int(m_pipeline->selectedApplicationIds().size());
    const bool many = hasOpening && selected > 1;
    if (many) {
        m_moveNextAction->setEnabled(true);
        m_rejectAction->setEnabled(true);
        m_withdrawAction->setEnabled(true);
    }
    m_moveMenu->setEnabled(active || many);
    for (QAction *a : std::as_const(m_stageNumberActions))
        a->setEnabled(active || many);
    m_tagAction->setEnabled(hasApplication || many);
    m_untagAction->setEnabled(hasApplication || many);
    m_noteAction->setEnabled(writable && m_candidate.has_value());
    m_searchAction->setEnabled(open && m_opening.has_value());
    m_filterAction->setEnabled(open && m_opening.has_value());
    m_mergeAction->setEnabled(writable && m_candidate.has_value());
    m_saveViewAction->setEnabled(writable && m_opening.has_value());
    m_deleteViewAction->setEnabled(writable && m_savedViewList->currentIndex().isValid());
    m_importScorecardsAction->setEnabled(writable);
    m_exportViewAction->setEnabled(open && m_opening.has_value());
    m_scheduleAction->setEnabled(hasApplication && m_applicationStatus == ApplicationStatus::Active);
    m_debriefAction->setEnabled(open && m_opening.has_value() && m_applicationId > 0);
    m_interviewsAction->setEnabled(open);
    m_planAction->setEnabled(hasOpening);
    m_calibrationAction->setEnabled(open && m_opening.has_value());
    m_dashboardAction->setEnabled(open);
    for (QAction *action : std::as_const(m_reportActions))
        action->setEnabled(open);
    m_importCandidatesAction->setEnabled(writable);
    m_importHistoryAction->setEnabled(open);
    m_exportJsonAction->setEnabled(open && QFileInfo::exists(m_db->path()));
    m_auditLogAction->setEnabled(open);
    m_currentInterviewerAction->setEnabled(open);
    m_exportSelectionAction->setEnabled(open && m_opening.has_value() && (selected > 0 || m_applicationId > 0));
    m_nextColumnAction->setEnabled(m_pipeline->mode() == PipelineView::Mode::Board);
    m_previousColumnAction->setEnabled(m_pipeline->mode() == PipelineView::Mode::Board);
    const bool profileEditable = writable && m_candidate.has_value();
    m_form->setEnabled(m_candidate.has_value());
    m_saveProfileAction->setEnabled(profileEditable && m_form->isModified());
    m_saveProfileButton->setEnabled(profileEditable && m_form->isModified());
    m_revertProfileButton->setEnabled(profileEditable && m_form->isModified());
    const bool privacyIdle = !isPrivacyWorkRunning();
    m_exportCandidateAction->setEnabled(open && m_candidate.has_value() && privacyIdle);
    m_anonymiseAction->setEnabled(profileEditable && privacyIdle && !m_privacyPanel->isAnonymised());
    m_eraseAction->setEnabled(profileEditable && privacyIdle);
    m_retentionAction->setEnabled(open && privacyIdle);
    m_undoStack->setActive(writable);
}

void MainWindow::updateStatusBar()
{
    if (!m_db) {
        m_pathLabel->setText(tr("No database open — File › Open or File › New"));
        m_countLabel->clear();
        m_readOnlyLabel->clear();
        return;
    }
    m_pathLabel->setText(QDir::toNativeSeparators(m_db->path()));
    Result<qint64> count = CandidateRepository(*m_db).count();
    m_countLabel->setText(count ? tr("Candidates: %L1").arg(*count) : tr("Candidates: unreadable"));
    m_readOnlyLabel->setText(m_db->isReadOnly() ? tr("Read-only") : tr("Read-write"));
    updateListedCount();
}

void MainWindow::updateListedCount()
{
    // Per keystroke: only what the view already counted, no query.
    m_listedLabel->setText(m_db && m_opening ? tr("Listed: %L1").arg(m_pipeline->resultCount()) : QString());
}

void MainWindow::rebuildMoveMenu()
{
    m_moveMenu->clear();
    const QList<Stage> stages = numberedStages();
    // Keys 1-9 move to the numbered stages; the menu shows which is which.
    for (int i = 0; i < int(m_stageNumberActions.size()); ++i) {
        QAction *a = m_stageNumberActions.at(i);
        a->setText(i < stages.size() ? tr("%1. %2").arg(i + 1).arg(stages.at(i).name) : tr("Move to Stage %1").arg(i + 1));
        a->setVisible(i < stages.size());
        m_moveMenu->addAction(a);
    }
}

QList<Stage> MainWindow::numberedStages() const
{
    QList<Stage> stages;
    if (m_opening) {
        for (const Stage &stage : std::as_const(m_opening->stages)) {
            if (!isExit(stage.category))
                stages << stage;
        }
    }
    return stages;
}

void MainWindow::openingSelected()
{
    if (!confirmDiscardProfileEdits())
        return;
    const QModelIndex current = m_openingView->currentIndex();
    m_opening.reset();
    if (m_db && current.isValid()) {
        const qint64 id = m_openings->data(m_openings->index(current.row(), 0), OpeningListModel::OpeningIdRole).toLongLong();
        Result<Opening> loaded = OpeningRepository(*m_db).load(id);
        if (loaded)
            m_opening = std::move(loaded).value();
        else
            reportError(tr("Cannot read the opening"), loaded.error());
    }
    rebuildMoveMenu();
    m_pipeline->setOpening(m_opening ? &*m_opening : nullptr, m_openings->rowCount() > 0);
    m_savedViews->setOpening(m_opening ? m_opening->id : 0);
    if (m_pipeline->currentApplicationId() == 0)
        showApplication(0, 0);
    updateActions();
}

void MainWindow::applicationSelected(qint64 applicationId, qint64 candidateId)
{
    if (applicationId == m_applicationId)
        return;
    if (!confirmDiscardProfileEdits())
        return;
    showApplication(applicationId, candidateId);
}

void MainWindow::showApplication(qint64 applicationId, qint64 candidateId)
{
    m_applicationId = applicationId;
    m_candidateId = candidateId;
    m_candidate.reset();
    QString applicationsText;
    if (m_db && applicationId > 0) {
        Result<Application> app = ApplicationRepository(*m_db).load(applicationId);
        if (app) {
            m_applicationVersion = app->version;
            m_applicationStatus = app->status;
            m_applicationStageId = app->stageId;
        } else {
            m_applicationId = 0;
        }
        Result<Candidate> candidate = CandidateRepository(*m_db).load(candidateId);
        if (candidate)
            m_candidate = std::move(candidate).value();
        Result<QList<CandidateApplication>> all = ApplicationRepository(*m_db).forCandidate(candidateId);
        if (all && all->size() > 1) {
            QStringList lines;
            for (const CandidateApplication &a : std::as_const(*all))
                lines << tr("%1: %2 (%3)").arg(a.openingTitle, a.stageName, displayName(a.status)).toHtmlEscaped();
            applicationsText = tr("<b>Applications</b><br>%1").arg(lines.join(QStringLiteral("<br>")));
        }
    }
    if (m_candidate) {
        m_form->setCandidate(*m_candidate);
        QString subtitle = m_candidate->currentTitle;
        if (!m_candidate->currentCompany.isEmpty())
            subtitle += (subtitle.isEmpty() ? QString() : tr(" at ")) + m_candidate->currentCompany;
        m_candidateTitle->setText(QStringLiteral("<span style='font-size:15pt; font-weight:600'>%1</span><br><span>%2</span>")
                                      .arg(m_candidate->name.toHtmlEscaped(), subtitle.toHtmlEscaped()));
    } else {
        m_form->setCandidate(Candidate{});
        m_candidateTitle->setText(tr("<i>No candidate selected</i>"));
    }
    m_candidateApplications->setText(applicationsText);
    m_candidateApplications->setVisible(!applicationsText.isEmpty());
    QString matchText;
    QString matchTab = tr("Match");
    if (m_db && m_applicationId > 0) {
        Result<MatchResult> why = MatchRepository(*m_db).explain(m_applicationId);
        if (why && !why->requirements.isEmpty()) {
            matchText = matchHtml(*why);
            matchTab = tr("Match (%1)").arg(why->total.score);
        } else if (why) {
            matchText = tr("<i>The opening has no requirements to match against. Add them under Opening › Requirements and Synonyms.</i>");
        }
    }
    m_matchLabel->setText(matchText);
    m_candidateTabs->setTabText(2, matchTab);
    m_interviewsPanel->setApplication(m_applicationId);
    m_privacyPanel->setCandidate(m_candidate ? m_candidateId : 0);
    m_timeline->setCandidate(m_candidate ? m_candidateId : 0);
    if (m_timeline->rowCount() > 0)
        m_timelineView->scrollToBottom();
    updateActions();
}

bool MainWindow::confirmDiscardProfileEdits()
{
    return confirmDiscardFormEdits() && confirmDiscardPrivacyEdits();
}

bool MainWindow::confirmDiscardPrivacyEdits()
{
    if (!m_privacyPanel || !m_privacyPanel->isModified() || !m_candidate)
        return true;
    const auto answer = Prompts::question(this, tr("Unsaved changes"),
                                          tr("Save the changes to %1's consent and retention?").arg(m_candidate->name),
                                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return m_privacyPanel->save();
    m_privacyPanel->revert();
    return true;
}

bool MainWindow::confirmDiscardFormEdits()
{
    if (!m_form || !m_form->isModified() || !m_candidate)
        return true;
    const auto answer = Prompts::question(this, tr("Unsaved changes"),
                                          tr("Save your changes to %1's profile?").arg(m_candidate->name),
                                          QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        saveProfile();
        return !m_form->isModified();
    }
    m_form->setModified(false);
    return true;
}

// ------------------------------------------------------------------ actions

void MainWindow::newOpening()
{
    if (!m_db)
        return;
    Result<QList<Person>> people = PeopleRepository(*m_db).all();
    OpeningDialog dialog(OpeningTemplates::all(), people ? *people : QList<Person>{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<qint64> id = OpeningRepository(*m_db).create(dialog.opening());
    if (!id) {
        reportError(tr("Cannot create the opening"), id.error());
        return;
    }
    m_openings->reload();
    m_openingView->selectRow(m_openings->rowOf(*id));
}

void MainWindow::editOpening()
{
    if (!m_db || !m_opening)
        return;
    Result<QList<Person>> people = PeopleRepository(*m_db).all();
    OpeningDialog dialog(*m_opening, people ? *people : QList<Person>{}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Result<int> saved = OpeningRepository(*m_db).updateDetails(dialog.opening());
    if (!saved)
        reportError(tr("Cannot save the opening"), saved.error());
    const qint64 id = m_opening->id;
    m_openings->reload();
    m_openingView->selectRow(m_openings->rowOf(id));
    openingSelected();
}

void MainWindow::editRequirements()
{
    if (!m_db || !m_opening || m_db->isReadOnly())
        return;
    Result<QList<SkillSynonym>> stored = MatchRepository(*m_db).userSynonyms();
    if (!stored) {
        reportError(tr("Cannot read the synonyms"), stored.error());
        return;
    }
    std::optional<std::pair<QList<Requirement>, QList<SkillSynonym>>> edited;
    if (m_nextRequirements) {
        edited = std::exchange(m_nextRequirements, std::nullopt);
    } else {
        RequirementsDialog dialog(m_opening->title, m_opening->requirements, *stored, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        edited = std::make_pair(dialog.requirements(), dialog.synonyms());
    }
    QProgressDialog progress(tr("Rescoring the applications…"), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Requirements"));
    progress.setMinimumDuration(400);
    progress.setWindowModality(Qt::WindowModal);
    const auto report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    const auto sameSynonyms = [](const QList<SkillSynonym> &a, const QList<SkillSynonym> &b) {
        QHash<QString, QString> x, y;
        for (const SkillSynonym &s : a)
            x.insert(s.alias, s.canonical);
        for (const SkillSynonym &s : b)
            y.insert(s.alias, s.canonical);
        return x == y;
    };
    {
        // Requirements and synonyms together, or neither.
        WriteTransaction tx(*m_db);
        Result<int> saved = OpeningRepository(*m_db).updateRequirements(m_opening->id, m_opening->version, edited->first, report);
        if (!saved) {
            if (saved.error().code != ErrorCode::Cancelled)
                reportError(tr("Cannot save the requirements"), saved.error());
            return;
        }
        if (!sameSynonyms(edited->second, *stored)) {
            if (Error e = MatchRepository(*m_db).replaceSynonyms(edited->second, report)) {
                if (e.code != ErrorCode::Cancelled)
                    reportError(tr("Cannot save the synonyms"), e);
                return;
            }
        }
        if (!tx.commit()) {
            reportError(tr("Cannot save the requirements"), tx.error());
            return;
        }
    }
    progress.reset();
    // Scores changed under the undo history's feet: older steps still undo moves and edits.
    const qint64 id = m_opening->id;
    m_openings->reload();
    m_openingView->selectRow(m_openings->rowOf(id));
    openingSelected();
    statusBar()->showMessage(tr("Saved %n requirement(s) and rescored %1.", nullptr, int(edited->first.size())).arg(m_opening ? m_opening->title : QString()),
                             6000);
}

void MainWindow::addCandidate()
{
    if (!m_db || !m_opening)
        return;
    std::optional<Candidate> candidate = CandidateDialog::getCandidate(this, m_opening->title);
    if (!candidate)
        return;
    // Same email or phone: offer the existing profile; same name and company: warn.
    std::optional<DuplicateMatch> strong;
    std::optional<DuplicateMatch> weak;
    if (Result<QList<DuplicateMatch>> matches = DuplicateRepository(*m_db).find(*candidate)) {
        for (const DuplicateMatch &m : std::as_const(*matches)) {
            if (DuplicateRepository::isStrong(m.reason) && !strong)
                strong = m;
            else if (!DuplicateRepository::isStrong(m.reason) && !weak)
                weak = m;
        }
    }
    bool mergeIntoExisting = false;
    if (strong) {
        const auto answer = Prompts::question(
            this, tr("Possible duplicate"),
            tr("%1 may already be in Shortlist: %2 has the same %3.\n\nOpen shows the existing candidate. Merge adds this application and "
               "any details the existing profile lacks to it. Add Separately keeps two profiles.")
                .arg(candidate->name, describeCandidate(*strong),
                     strong->reason == DuplicateMatch::Reason::SameEmail ? tr("email address") : tr("phone number")),
            QMessageBox::Open | QMessageBox::Yes | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Open,
            {{QMessageBox::Yes, tr("Merge")}, {QMessageBox::Ignore, tr("Add Separately")}});
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Open) {
            openCandidate(strong->candidateId);
            return;
        }
        mergeIntoExisting = answer == QMessageBox::Yes;
    } else if (weak
               && Prompts::question(this, tr("Possible duplicate"),
                                    tr("%1 has the same name and current company as %2. Add %1 anyway?").arg(candidate->name, describeCandidate(*weak)),
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                      != QMessageBox::Yes) {
        return;
    }
    const qint64 appliedAt = QDateTime::currentSecsSinceEpoch();
    Result<NewApplication> created = Pipeline(*m_db).addCandidate(*candidate, m_opening->id, appliedAt);
    if (!created) {
        reportError(tr("Cannot add the candidate"), created.error());
        return;
    }
    if (!mergeIntoExisting) {
        m_undoStack->push(new AddCandidateCommand(*this, *candidate, m_opening->id, appliedAt, *created));
        changed(created->candidateId);
        showApplication(created->applicationId, created->candidateId);
        return;
    }
    Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(strong->candidateId, created->candidateId);
    m_undoStack->beginMacro(tr("Add %1 to %2").arg(candidate->name, strong->name));
    m_undoStack->push(new AddCandidateCommand(*this, *candidate, m_opening->id, appliedAt, *created));
    if (merged)
        m_undoStack->push(new MergeCommand(*this, tr("Merge into %1").arg(strong->name), *merged));
    m_undoStack->endMacro();
    if (!merged) {
        reportError(tr("Added, but cannot merge"), merged.error());
        changed(created->candidateId);
        return;
    }
    changed(strong->candidateId);
    openCandidate(strong->candidateId);
}

QString MainWindow::describeCandidate(const DuplicateMatch &m)
{
    QStringList parts{m.name};
    if (!m.currentTitle.isEmpty() || !m.currentCompany.isEmpty())
        parts << QStringList{m.currentTitle, m.currentCompany}.join(tr(" at ")).trimmed();
    if (!m.email.isEmpty())
        parts << m.email;
    return parts.join(QStringLiteral(", "));
}

void MainWindow::openCandidate(qint64 candidateId)
{
    if (!m_db)
        return;
    // Prefer their application to the open opening.
    qint64 applicationId = 0;
    if (Result<QList<CandidateApplication>> apps = ApplicationRepository(*m_db).forCandidate(candidateId)) {
        for (const CandidateApplication &a : std::as_const(*apps)) {
            if (applicationId == 0 || (m_opening && a.openingId == m_opening->id))
                applicationId = a.applicationId;
        }
    }
    if (!m_pipeline->selectApplication(applicationId))
        showApplication(applicationId, candidateId);
}

void MainWindow::mergeDuplicate()
{
    if (!m_db || m_db->isReadOnly() || !m_candidate || !confirmDiscardProfileEdits())
        return;
    Result<QList<DuplicateMatch>> matches = DuplicateRepository(*m_db).find(*m_candidate);
    if (!matches) {
        reportError(tr("Cannot look for duplicates"), matches.error());
        return;
    }
    if (matches->isEmpty()) {
        Prompts::information(this, tr("No duplicates"),
                             tr("No other candidate has %1's email, phone, or name and current company.").arg(m_candidate->name));
        return;
    }
    QStringList choices;
    for (const DuplicateMatch &m : std::as_const(*matches))
        choices << tr("%1 — %2").arg(describeCandidate(m), DuplicateRepository::describe(m.reason));
    std::optional<QString> chosen = Prompts::chooseItem(this, tr("Merge Duplicate"),
                                                        tr("Merge which profile into %1? Every application, note and scorecard is kept.")
                                                            .arg(m_candidate->name),
                                                        choices, false);
    if (!chosen)
        return;
    const qsizetype index = choices.indexOf(*chosen);
    if (index < 0)
        return;
    const DuplicateMatch &other = matches->at(index);
    Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(m_candidateId, other.candidateId);
    if (!merged) {
        reportError(tr("Cannot merge"), merged.error());
        return;
    }
    m_undoStack->push(new MergeCommand(*this, tr("Merge %1 into %2").arg(other.name, m_candidate->name), *merged));
    changed(m_candidateId);
    statusBar()->showMessage(tr("Merged %1 into %2.").arg(other.name, m_candidate->name), 6000);
}

void MainWindow::saveProfile()
{
    if (!m_db || !m_candidate || !m_form->isModified())
        return;
    if (!m_form->validate())
        return;
    const Candidate before = *m_candidate;
    const Candidate after = m_form->candidate();
    Result<int> saved = CandidateRepository(*m_db).update(after);
    if (!saved) {
        reportError(tr("Cannot save the profile"), saved.error());
        if (saved.error().code == ErrorCode::Stale || saved.error().code == ErrorCode::NotFound) {
            m_form->setModified(false);
            showApplication(m_applicationId, m_candidateId);  // reload what is stored now
        }
        return;
    }
    m_undoStack->push(new EditCandidateCommand(*this, before, after, *saved));
    m_form->setModified(false);
    changed(m_candidateId);
    offerMergeAfterEdit(after);
}

void MainWindow::offerMergeAfterEdit(const Candidate &edited)
{
    Result<QList<DuplicateMatch>> matches = DuplicateRepository(*m_db).find(edited);
    if (!matches || matches->isEmpty())
        return;
    const DuplicateMatch &m = matches->constFirst();  // strongest first
    if (!DuplicateRepository::isStrong(m.reason)) {
        statusBar()->showMessage(tr("Note: %1 has the same name and current company.").arg(describeCandidate(m)), 10000);
        return;
    }
    if (Prompts::question(this, tr("Possible duplicate"),
                          tr("%1 has the same %2 as %3. Merge that profile into %3 now? Undo separates them again.")
                              .arg(describeCandidate(m),
                                   m.reason == DuplicateMatch::Reason::SameEmail ? tr("email address") : tr("phone number"), edited.name),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No, {{QMessageBox::Yes, tr("Merge")}, {QMessageBox::No, tr("Keep Both")}})
        != QMessageBox::Yes)
        return;
    Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(edited.id, m.candidateId);
    if (!merged) {
        reportError(tr("Cannot merge"), merged.error());
        return;
    }
    m_undoStack->push(new MergeCommand(*this, tr("Merge %1 into %2").arg(m.name, edited.name), *merged));
    changed(edited.id);
}

void MainWindow::revertProfile()
{
    if (m_candidate)
        m_form->setCandidate(*m_candidate);
    updateActions();
}

void MainWindow::applyMove(const QString &text, const Result<StageMove> &move, const QString &reason)
{
    if (!move) {
        reportError(tr("Cannot move the application"), move.error());
        if (move.error().code == ErrorCode::Stale)
            changed(m_candidateId);
        return;
    }
    m_undoStack->push(new StageMoveCommand(*this, text, m_candidateId, *move, reason));
    changed(m_candidateId);
}

void MainWindow::moveToNextStage()
{
    if (m_pipeline->selectedApplicationIds().size() > 1) {
        advanceSelection();
        return;
    }
    if (!m_db || !m_applicationId || !confirmDiscardProfileEdits())
        return;
    const QString name = m_candidate ? m_candidate->name : QString();
    applyMove(tr("Move %1 to the next stage").arg(name), Pipeline(*m_db).moveToNextStage(m_applicationId, m_applicationVersion));
}

void MainWindow::moveToStage(qint64 stageId)
{
    if (!m_db || !m_applicationId || !m_opening || !confirmDiscardProfileEdits())
        return;
    const Stage *stage = m_opening->stage(stageId);
    const QString name = m_candidate ? m_candidate->name : QString();
    applyMove(tr("Move %1 to %2").arg(name, stage ? stage->name : QString()),
              Pipeline(*m_db).moveToStage(m_applicationId, m_applicationVersion, stageId));
}

void MainWindow::rejectApplication()
{
    if (const QList<qint64> ids = m_pipeline->selectedApplicationIds(); ids.size() > 1 && m_opening) {
        if (const Stage *rejected = m_opening->firstStage(StageCategory::Rejected))
            moveApplications(ids, rejected->id);
        return;
    }
    if (!m_db || !m_applicationId || !confirmDiscardProfileEdits())
        return;
    const QString name = m_candidate ? m_candidate->name : QString();
    std::optional<QString> reason = Prompts::chooseItem(this, tr("Reject %1").arg(name), tr("Reason for rejecting %1:").arg(name),
                                                        Pipeline::standardRejectionReasons(), true);
    if (!reason)
        return;
    applyMove(tr("Reject %1").arg(name), Pipeline(*m_db).reject(m_applicationId, m_applicationVersion, *reason), *reason);
}

void MainWindow::withdrawApplication()
{
    if (const QList<qint64> ids = m_pipeline->selectedApplicationIds(); ids.size() > 1 && m_opening) {
        if (const Stage *withdrawn = m_opening->firstStage(StageCategory::Withdrawn))
            moveApplications(ids, withdrawn->id);
        return;
    }
    if (!m_db || !m_applicationId || !confirmDiscardProfileEdits())
        return;
    const QString name = m_candidate ? m_candidate->name : QString();
    std::optional<QString> reason = Prompts::chooseItem(this, tr("Withdraw %1").arg(name), tr("Why did %1 withdraw?").arg(name),
                                                        withdrawalReasons(), true);
    if (!reason)
        return;
    applyMove(tr("Withdraw %1").arg(name), Pipeline(*m_db).withdraw(m_applicationId, m_applicationVersion, *reason), *reason);
}

void MainWindow::reopenApplication()
{
    if (!m_db || !m_applicationId || !confirmDiscardProfileEdits())
        return;
    const QString name = m_candidate ? m_candidate->name : QString();
    applyMove(tr("Reopen %1").arg(name), Pipeline(*m_db).reopen(m_applicationId, m_applicationVersion));
}

void MainWindow::moveApplications(const QList<qint64> &applicationIds, qint64 stageId)
{
    if (!m_db || m_db->isReadOnly() || !m_opening || applicationIds.isEmpty() || !confirmDiscardProfileEdits())
        return;
    const Stage *stage = m_opening->stage(stageId);
    if (!stage)
        return;
    const int count = int(applicationIds.size());
    const QString who = count == 1 && m_candidate && applicationIds.constFirst() == m_applicationId ? m_candidate->name
                                                                                                   : tr("%n application(s)", nullptr, count);
    QString reason;
    if (stage->category == StageCategory::Rejected) {
        std::optional<QString> chosen = Prompts::chooseItem(this, tr("Reject %1").arg(who), tr("Reason for rejecting %1:").arg(who),
                                                            Pipeline::standardRejectionReasons(), true);
        if (!chosen)
            return;
        reason = *chosen;
    } else if (stage->category == StageCategory::Withdrawn) {
        std::optional<QString> chosen = Prompts::chooseItem(this, tr("Withdraw %1").arg(who), tr("Why did %1 withdraw?").arg(who),
                                                            withdrawalReasons(), true);
        if (!chosen)
            return;
        reason = *chosen;
    }
    if (count > bulkConfirmThreshold
        && Prompts::question(this, tr("Move %n applications", nullptr, count),
                             tr("Move %n applications to “%1”? This is one step you can undo.", nullptr, count).arg(stage->name),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    if (stage->category == StageCategory::Hired) {
        Result<int> remaining = Pipeline(*m_db).remainingHeadcount(m_opening->id);
        if (remaining && count > *remaining
            && Prompts::question(this, tr("Over headcount"),
                                 tr("%1 has a headcount of %2 and %3 already hired. Hiring %n more goes over the headcount. Hire anyway?",
                                    nullptr, count)
                                     .arg(m_opening->title)
                                     .arg(m_opening->headcount)
                                     .arg(m_opening->headcount - *remaining),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                   != QMessageBox::Yes)
            return;
    }
    Result<ApplicationRepository::BulkResult> moved = Pipeline(*m_db).moveMany(m_opening->id, applicationIds, stageId, reason);
    if (!moved) {
        reportError(tr("Cannot move the applications"), moved.error());
        return;
    }
    if (moved->moves.isEmpty()) {
        statusBar()->showMessage(tr("Nothing moved: the selection is already in “%1” or closed (reopen closed applications first).")
                                     .arg(stage->name),
                                 8000);
        return;
    }
    const QString text = stage->category == StageCategory::Rejected ? tr("Reject %1").arg(who)
                       : stage->category == StageCategory::Withdrawn ? tr("Withdraw %1").arg(who)
                                                                     : tr("Move %1 to %2").arg(who, stage->name);
    m_undoStack->push(new BulkMoveCommand(*this, text, m_candidateId, moved->moves, reason));
    changed(m_candidateId);
    statusBar()->showMessage(moved->skipped > 0 ? tr("%1 — %n skipped (already there or closed).", nullptr, moved->skipped).arg(text) : text,
                             6000);
}

void MainWindow::moveToStageNumber(int number)
{
    const QList<Stage> stages = numberedStages();
    if (number < 1 || number > stages.size())
        return;
    const qint64 stageId = stages.at(number - 1).id;
    const QList<qint64> ids = m_pipeline->selectedApplicationIds();
    if (ids.size() > 1)
        moveApplications(ids, stageId);
    else if (m_applicationId && m_applicationStageId != stageId)
        moveToStage(stageId);
}

void MainWindow::advanceSelection()
{
    if (!m_db || m_db->isReadOnly() || !m_opening || !confirmDiscardProfileEdits())
        return;
    // Each application to the stage after its own: group by target.
    const QHash<qint64, qint64> stages = m_pipeline->selectedStages();
    QMap<qint64, QList<qint64>> byTarget;
    int moving = 0;
    int toHired = 0;
    for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
        const Stage *next = m_opening->nextStage(it.value());
        if (!next)
            continue;
        byTarget[next->id] << it.key();
        ++moving;
        if (next->category == StageCategory::Hired)
            ++toHired;
    }
    if (moving == 0) {
        statusBar()->showMessage(tr("Nothing to advance: the selection is in the last stage or closed."), 6000);
        return;
    }
    if (moving > bulkConfirmThreshold
        && Prompts::question(this, tr("Advance %n applications", nullptr, moving),
                             tr("Advance %n applications to their next stage? This is one step you can undo.", nullptr, moving),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    if (toHired > 0 && !confirmHeadcount(toHired))
        return;
    QList<StageMove> all;
    {
        // One transaction for every group: all advance or none.
        WriteTransaction tx(*m_db);
        for (auto it = byTarget.cbegin(); it != byTarget.cend() && tx.ok(); ++it) {
            Result<ApplicationRepository::BulkResult> moved = Pipeline(*m_db).moveMany(m_opening->id, it.value(), it.key());
            if (!moved) {
                reportError(tr("Cannot advance the applications"), moved.error());
                return;
            }
            all += moved->moves;
        }
        if (!tx.commit()) {
            reportError(tr("Cannot advance the applications"), tx.error());
            return;
        }
    }
    if (all.isEmpty())
        return;
    const QString text = tr("Advance %n application(s)", nullptr, int(all.size()));
    m_undoStack->push(new BulkMoveCommand(*this, text, m_candidateId, all, {}));
    changed(m_candidateId);
    statusBar()->showMessage(text, 6000);
}

bool MainWindow::confirmHeadcount(int hiring)
{
    Result<int> remaining = Pipeline(*m_db).remainingHeadcount(m_opening->id);
    if (!remaining || hiring <= *remaining)
        return true;
    return Prompts::question(this, tr("Over headcount"),
                             tr("%1 has a headcount of %2 and %3 already hired. Hiring %n more goes over the headcount. Hire anyway?",
                                nullptr, hiring)
                                 .arg(m_opening->title)
                                 .arg(m_opening->headcount)
                                 .arg(m_opening->headcount - *remaining),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Yes;
}

void MainWindow::tagSelection(bool add)
{
    if (!m_db || m_db->isReadOnly() || !m_opening || !confirmDiscardProfileEdits())
        return;
    QList<qint64> applications = m_pipeline->selectedApplicationIds();
    if (applications.isEmpty() && m_applicationId)
        applications << m_applicationId;
    if (applications.isEmpty())
        return;
    Result<QList<qint64>> candidates = ApplicationRepository(*m_db).candidateIds(applications);
    if (!candidates) {
        reportError(tr("Cannot tag"), candidates.error());
        return;
    }
    const int count = int(candidates->size());
    const QString who = count == 1 && m_candidate && candidates->constFirst() == m_candidateId ? m_candidate->name
                                                                                              : tr("%n candidate(s)", nullptr, count);
    QStringList tags = TagRepository(*m_db).names().value();
    std::optional<QString> tag = Prompts::chooseItem(this, add ? tr("Tag %1").arg(who) : tr("Remove a Tag from %1").arg(who),
                                                     add ? tr("Tag to add (type a new one or pick):") : tr("Tag to remove:"), tags, add);
    if (!tag || tag->trimmed().isEmpty())
        return;
    if (count > bulkConfirmThreshold
        && Prompts::question(this, add ? tr("Tag %n candidates", nullptr, count) : tr("Untag %n candidates", nullptr, count),
                             add ? tr("Add “%1” to %n candidates? This is one step you can undo.", nullptr, count).arg(tag->trimmed())
                                 : tr("Remove “%1” from %n candidates? This is one step you can undo.", nullptr, count).arg(tag->trimmed()),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    TagRepository repository(*m_db);
    Result<QList<qint64>> changedCandidates = add ? repository.addToCandidates(*candidates, *tag) : repository.removeFromCandidates(*candidates, *tag);
    if (!changedCandidates) {
        reportError(add ? tr("Cannot add the tag") : tr("Cannot remove the tag"), changedCandidates.error());
        return;
    }
    const QString text = add ? tr("Tag %1 “%2”").arg(who, tag->trimmed()) : tr("Remove “%2” from %1").arg(who, tag->trimmed());
    if (!changedCandidates->isEmpty())
        m_undoStack->push(new BulkTagCommand(*this, text, m_candidateId, tag->trimmed(), add, *changedCandidates));
    changed(m_candidateId);
    statusBar()->showMessage(changedCandidates->isEmpty() ? tr("Nothing changed: every selected candidate already had that tag state.") : text,
                             6000);
}

void MainWindow::addNote()
{
    if (!m_db || m_db->isReadOnly() || !m_candidate || !confirmDiscardProfileEdits())
        return;
    std::optional<QString> body = Prompts::multiLineText(this, tr("Note on %1").arg(m_candidate->name),
                                                         tr("Note (saved with your name and the time):"));
    if (!body || body->trimmed().isEmpty())
        return;
    Note note;
    note.candidateId = m_candidateId;
    if (m_applicationId)
        note.applicationId = m_applicationId;
    note.body = *body;
    Result<Note> saved = NoteRepository(*m_db).add(note);
    if (!saved) {
        reportError(tr("Cannot save the note"), saved.error());
        return;
    }
    m_undoStack->push(new AddNoteCommand(*this, tr("Note on %1").arg(m_candidate->name), *saved));
    changed(m_candidateId);
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_shortcuts.entries(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    applyShortcuts(dialog.chosen());
}

void MainWindow::applyShortcuts(const QHash<QString, QKeySequence> &chosen)
{
    m_settings.setShortcuts(Shortcuts::overrides(m_shortcuts.entries(), chosen));
    m_shortcuts.apply(m_settings);
}

void MainWindow::saveView()
{
    if (!m_db || m_db->isReadOnly() || !m_opening)
        return;
    QStringList names;
    for (int row = 0; row < m_savedViews->rowCount(); ++row)
        names << m_savedViews->view(row)->name;
    std::optional<QString> name = Prompts::chooseItem(this, tr("Save View"),
                                                      tr("Name for the current search, filter, sort and columns (pick one to replace it):"),
                                                      names, true);
    if (!name || name->trimmed().isEmpty())
        return;
    SavedView view;
    view.name = name->trimmed();
    view.query = m_pipeline->query();
    view.hiddenColumns = m_pipeline->hiddenColumns();
    SavedViewRepository repository(*m_db);
    const bool exists = names.contains(view.name, Qt::CaseInsensitive);
    if (exists
        && Prompts::question(this, tr("Replace View"), tr("Replace the saved view “%1” with what is shown now?").arg(view.name),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
               != QMessageBox::Yes)
        return;
    Result<qint64> id = exists ? repository.replace(view.name, view) : repository.save(view);
    if (!id) {
        reportError(tr("Cannot save the view"), id.error());
        return;
    }
    m_savedViews->reload();
    const int row = m_savedViews->rowOf(*id);
    if (row >= 0)
        m_savedViewList->setCurrentIndex(m_savedViews->index(row));
    statusBar()->showMessage(tr("Saved the view “%1”.").arg(view.name), 5000);
}

void MainWindow::deleteView()
{
    if (!m_db || m_db->isReadOnly())
        return;
    const SavedView *view = m_savedViews->view(m_savedViewList->currentIndex().row());
    if (!view)
        return;
    const QString name = view->name;
    if (Prompts::question(this, tr("Delete View"), tr("Delete the saved view “%1”? The applications are not affected.").arg(name),
                          QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (Error e = SavedViewRepository(*m_db).remove(view->id)) {
        reportError(tr("Cannot delete the view"), e);
        return;
    }
    m_savedViews->reload();
    updateActions();
}

bool MainWindow::applySavedView(int row)
{
    const SavedView *view = m_savedViews->view(row);
    if (!view || !m_opening)
        return false;
    m_pipeline->applyQuery(view->query, view->hiddenColumns);
    statusBar()->showMessage(tr("View “%1”: %L2 applications").arg(view->name).arg(m_pipeline->resultCount()), 5000);
    updateActions();
    return true;
}

void MainWindow::exportCsv(bool selectionOnly)
{
    if (!m_db || !m_opening)
        return;
    QList<qint64> ids;
    if (selectionOnly) {
        ids = m_pipeline->selectedApplicationIds();
        if (ids.isEmpty() && m_applicationId)
            ids << m_applicationId;
        if (ids.isEmpty())
            return;
    }
    const QString suggested = QDir::home().filePath(tr("%1 candidates.csv").arg(m_opening->title));
    const QString path = Prompts::saveFileName(this, selectionOnly ? tr("Export Selection") : tr("Export View"),
                                               tr("CSV files (*.csv);;All files (*)"), suggested);
    if (path.isEmpty())
        return;
    QProgressDialog progress(tr("Exporting to %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, 100, this);
    progress.setWindowTitle(tr("Export"));
    progress.setMinimumDuration(500);
    progress.setWindowModality(Qt::WindowModal);
    const auto report = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 100 / total) : 0);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    ApplicationExport exporter(*m_db);
    Result<qint64> written = selectionOnly ? exporter.exportApplications(ids, path, report) : exporter.exportQuery(m_pipeline->query(), path, report);
    progress.reset();
    if (!written) {
        if (written.error().code != ErrorCode::Cancelled)
            reportError(tr("Cannot export"), written.error());
        return;
    }
    if (!m_db->isReadOnly())
        AuditRepository(*m_db).append(QStringLiteral("export"), QStringLiteral("applications"), std::nullopt,
                                      QStringLiteral("csv rows=%1 selection=%2").arg(*written).arg(selectionOnly ? 1 : 0));
    statusBar()->showMessage(tr("Exported %Ln application(s) to %1", nullptr, *written).arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::setCurrentInterviewer(qint64 personId)
{
    m_currentPersonId = personId;
    QString name;
    if (m_db && personId) {
        if (Result<QHash<qint64, QString>> people = PeopleRepository(*m_db).names(); people)
            name = people->value(personId);
        if (name.isEmpty())
            m_currentPersonId = 0;   // not in this database's directory (any more)
    }
    if (m_db) {
        if (Result<QString> id = MetaRepository(*m_db).databaseId(); id)
            m_settings.setCurrentInterviewer(*id, m_currentPersonId);
    }
    m_interviewerLabel->setText(name.isEmpty() ? QString() : tr("Interviewer: %1").arg(name));
    m_interviewsPanel->setCurrentInterviewer(m_currentPersonId);
}

void MainWindow::chooseCurrentInterviewer()
{
    if (!m_db)
        return;
    Result<QList<Person>> people = PeopleRepository(*m_db).all();
    if (!people) {
        reportError(tr("Cannot read the people directory"), people.error());
        return;
    }
    if (people->isEmpty()) {
        Prompts::information(this, tr("Current Interviewer"), tr("The database has no people yet; add interviewers to the directory first."));
        return;
    }
    QStringList names;
    for (const Person &p : std::as_const(*people))
        names << (p.title.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.title));
    const std::optional<QString> chosen =
        Prompts::chooseItem(this, tr("Current Interviewer"),
                            tr("Who are you? Your scorecards and “my” interviews follow this choice on this computer. "
                               "Panelists do not see others' scorecards before submitting their own — a courtesy that keeps "
                               "ratings independent, not access control: anyone with the file can open it."),
                            names, false);
    if (!chosen)
        return;
    const qsizetype row = names.indexOf(*chosen);
    if (row >= 0)
        setCurrentInterviewer(people->at(row).id);
}

void MainWindow::showDebrief()
{
    if (!m_db || !m_applicationId)
        return;
    DebriefDialog dialog(*m_db, m_applicationId, this);
    if (!dialog.isUsable())
        return;
    dialog.setReadOnly(m_db->isReadOnly());
    std::optional<DecisionKind> decided;
    connect(&dialog, &DebriefDialog::decisionRecorded, this, [&](DecisionKind kind) {
        decided = kind;
        dialog.accept();
    });
    dialog.exec();
    if (!decided)
        return;
    changed(m_candidateId);
    applyDecision(*decided);
}

void MainWindow::applyDecision(DecisionKind kind)
{
    if (!m_opening || !m_applicationId || m_applicationStatus != ApplicationStatus::Active)
        return;
    switch (kind) {
    case DecisionKind::Advance:
        if (m_opening->nextStage(m_applicationStageId))
            moveToNextStage();
        break;
    case DecisionKind::Reject:
        rejectApplication();
        break;
    case DecisionKind::Hire:
        if (const Stage *hired = m_opening->firstStage(StageCategory::Hired))
            moveApplications({m_applicationId}, hired->id);
        break;
    }
}

void MainWindow::showInterviews()
{
    if (!m_db)
        return;
    InterviewsDialog dialog(*m_db, m_settings, m_currentPersonId, this);
    connect(&dialog, &InterviewsDialog::applicationRequested, this, [this, &dialog](qint64 applicationId, qint64 candidateId) {
        Result<Application> app = ApplicationRepository(*m_db).load(applicationId);
        if (!app)
            return;
        const int openingRow = m_openings->rowOf(app->openingId);
        if (openingRow >= 0)
            m_openingView->setCurrentIndex(m_openings->index(openingRow, 0));
        if (!m_pipeline->selectApplication(applicationId))
            showApplication(applicationId, candidateId);
        dialog.accept();
    });
    dialog.exec();
}

void MainWindow::showDashboard()
{
    if (!m_db)
        return;
    if (!m_dashboard) {
        m_dashboard = new DashboardWindow(this);
        m_dashboard->setWindowFlag(Qt::Window);
        connect(m_dashboard, &DashboardWindow::openCandidates, this, &MainWindow::listFromDashboard);
        m_dashboard->setDatabase(m_db.get());
    }
    if (m_opening)
        m_dashboard->setOpening(m_opening->id);
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
}

void MainWindow::listFromDashboard(qint64 openingId, const QString &reachedStage, const QString &source, const QDate &from, const QDate &to)
{
    if (!selectOpening(openingId))
        return;
    FilterGroup filter;
    if (!reachedStage.isEmpty()) {
        FilterCondition reached;
        reached.field = FilterField::Reached;
        reached.values = {reachedStage};
        filter.conditions << reached;
    }
    if (!source.isEmpty()) {
        FilterCondition bySource;
        bySource.field = FilterField::Source;
        bySource.values = {source};
        filter.conditions << bySource;
    }
    if (from.isValid() || to.isValid()) {
        const QDate epoch(1970, 1, 1);
        FilterCondition applied;
        applied.field = FilterField::Applied;
        if (from.isValid())
            applied.minimum = int(epoch.daysTo(from));
        if (to.isValid())
            applied.maximum = int(epoch.daysTo(to));
        filter.conditions << applied;
    }
    // The figures count closed applications too.
    m_pipeline->setIncludeClosed(true);
    m_pipeline->setSearchText(QString());
    m_pipeline->setFilter(filter);
    raise();
    activateWindow();
}

void MainWindow::showCalibration()
{
    if (!m_db || !m_opening)
        return;
    CalibrationDialog dialog(*m_db, m_opening->id, this);
    if (dialog.isUsable())
        dialog.exec();
}

void MainWindow::showReports(ReportKind kind)
{
    if (!m_db)
        return;
    ReportDialog dialog(*m_db, m_settings, this);
    dialog.setKind(kind);
    dialog.setContext(m_opening ? m_opening->id : 0, m_candidate ? m_candidateId : 0);
    dialog.exec();
}

void MainWindow::editInterviewPlan()
{
    if (!m_db || !m_opening)
        return;
    InterviewPlanDialog dialog(*m_db, m_opening->id, this);
    if (dialog.isUsable() && dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Saved the interview plan of %1.").arg(m_opening->title), 5000);
}

void MainWindow::importScorecards(const QStringList &paths)
{
    if (!m_db || m_db->isReadOnly() || paths.isEmpty())
        return;
    QList<QPair<QString, QByteArray>> files;
    QStringList unreadable;
    for (const QString &path : paths) {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            files << qMakePair(QFileInfo(path).fileName(), f.readAll());
        else
            unreadable << tr("%1: cannot be read (%2)").arg(QFileInfo(path).fileName(), f.errorString());
    }
    const QList<ScorecardImportResult> results = ScorecardImport::importFiles(*m_db, files);
    QStringList lines = unreadable;
    int imported = 0;
    for (const ScorecardImportResult &r : results) {
        lines << tr("%1: %2").arg(r.fileName, r.message);
        imported += r.imported ? 1 : 0;
    }
    if (imported > 0)
        changed(m_candidateId);
    Prompts::information(this, tr("Import Scorecards"),
                         tr("Imported %1 of %n file(s).", nullptr, int(paths.size())).arg(imported) + QStringLiteral("\n\n") + lines.join(QLatin1Char('\n')));
}

namespace {
bool isCsvFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}
} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    // Returned scorecard files, or one CSV file of candidates, can be dropped anywhere on the window.
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!m_db || m_db->isReadOnly() || urls.isEmpty())
        return;
    const bool scorecards = std::all_of(urls.cbegin(), urls.cend(),
                                        [](const QUrl &u) { return u.isLocalFile() && u.toLocalFile().endsWith(QLatin1String(".json")); });
    const bool candidates = urls.size() == 1 && urls.first().isLocalFile() && isCsvFile(urls.first().toLocalFile());
    if (scorecards || candidates)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &u : urls)
        paths << u.toLocalFile();
    event->acceptProposedAction();
    if (paths.size() == 1 && isCsvFile(paths.first())) {
        // After the drop returns: the wizard is modal.
        QTimer::singleShot(0, this, [this, path = paths.first()] { importCandidates(path); });
        return;
    }
    importScorecards(paths);
}

void MainWindow::importCandidates(const QString &path)
{
    if (!m_db || m_db->isReadOnly())
        return;
    ImportWizard wizard(*m_db, m_settings, m_opening ? m_opening->id : 0, path, this);
    connect(&wizard, &ImportWizard::imported, this, [this](qint64) { changed(0); });
    wizard.exec();
}

namespace {

// Runs `work` on a worker thread behind a modal progress dialog with Cancel;
// the work reports progress into `done`/`total` and polls `cancelled`.
template<typename T>
T runWithProgress(QWidget *parent, const QString &label, const std::function<T(std::atomic<qint64> &done, std::atomic<qint64> &total,
                                                                                 std::atomic_bool &cancelled)> &work)
{
    std::atomic<qint64> done{0}, total{0};
    std::atomic_bool cancelled{false};
    QProgressDialog progress(label, QCoreApplication::translate("MainWindow", "Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&cancelled] { cancelled = true; });
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        if (total > 0)
            progress.setValue(int(done * 1000 / total));
    });
    poll.start(100);
    watcher.setFuture(QtConcurrent::run([&] { return work(done, total, cancelled); }));
    loop.exec();
    return watcher.result();
}

} // namespace

void MainWindow::exportDatabaseJson(const QString &chosen)
{
    if (!m_db)
        return;
    const QFileInfo current(m_db->path());
    const QString path = !chosen.isEmpty() ? chosen
                                           : Prompts::saveFileName(this, tr("Export Everything as JSON"), tr("JSON files (*.json)"),
                                                                   current.dir().filePath(current.completeBaseName() + QStringLiteral(".json")));
    if (path.isEmpty())
        return;
    const QString databasePath = m_db->path();
    using Outcome = Result<DatabaseExportSummary>;
    const Outcome outcome = runWithProgress<Outcome>(this, tr("Exporting the database as JSON…"),
                                                     [databasePath, path](std::atomic<qint64> &done, std::atomic<qint64> &total, std::atomic_bool &cancelled) -> Outcome {
        Result<std::unique_ptr<Database>> reader = Database::openSqliteReader(databasePath, QStringLiteral("export"));
        if (!reader)
            return reader.error();
        return DatabaseExport::writeFile(**reader, path, [&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancelled;
        });
    });
    if (!outcome) {
        if (outcome.error().code != ErrorCode::Cancelled)
            reportError(tr("Cannot export the database"), outcome.error());
        return;
    }
    if (!m_db->isReadOnly())
        AuditRepository(*m_db).append(QStringLiteral("export"), QStringLiteral("database"), std::nullopt, QStringLiteral("json rows=%1").arg(outcome->rows));
    statusBar()->showMessage(tr("Exported %1 rows to %2").arg(outcome->rows).arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::newDatabaseFromJson(const QString &chosenJson, const QString &chosenDatabase)
{
    const QString json = !chosenJson.isEmpty() ? chosenJson : Prompts::openFileName(this, tr("New Database from JSON Export"), tr("JSON files (*.json)"));
    if (json.isEmpty())
        return;
    const QFileInfo info(json);
    const QString target = !chosenDatabase.isEmpty()
                               ? chosenDatabase
                               : Prompts::saveFileName(this, tr("Save the New Database As"), tr(databaseFilter),
                                                       info.dir().filePath(info.completeBaseName() + QStringLiteral(".shortlist")));
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        reportError(tr("Cannot create the database"),
                    makeError(ErrorCode::Invalid, tr("%1 exists. A JSON export always becomes a new database: choose another name.")
                                                      .arg(QDir::toNativeSeparators(target))));
        return;
    }
    using Outcome = Result<DatabaseExportSummary>;
    const Outcome outcome = runWithProgress<Outcome>(this, tr("Creating the database from the JSON export…"),
                                                     [json, target](std::atomic<qint64> &done, std::atomic<qint64> &total, std::atomic_bool &cancelled) -> Outcome {
        return DatabaseExport::read(json, target, [&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancelled;
        });
    });
    if (!outcome) {
        if (outcome.error().code != ErrorCode::Cancelled)
            reportError(tr("Cannot create the database"), outcome.error());
        return;
    }
    openDatabase(target);
    statusBar()->showMessage(tr("Created %1 from %2: %3 rows").arg(QDir::toNativeSeparators(target), QDir::toNativeSeparators(json)).arg(outcome->rows), 8000);
}

void MainWindow::showImportHistory()
{
    if (!m_db)
        return;
    ImportHistoryDialog dialog(*m_db, this);
    connect(&dialog, &ImportHistoryDialog::undone, this, [this](qint64) {
        // The candidate shown may be gone or have its fields back; undo steps
        // recorded before could write removed rows back.
        m_undoStack->clear();
        changed(m_candidateId);
    });
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    if (!m_db)
        return;
    AuditLogDialog dialog(*m_db, this);
    dialog.exec();
}

void MainWindow::editFilter()
{
    if (!m_db || !m_opening)
        return;
    FilterChoices choices;
    for (const Stage &s : std::as_const(m_opening->stages))
        choices.stages << s.name;
    if (Result<QStringList> sources = ApplicationRepository(*m_db).sources(m_opening->id))
        choices.sources = *sources;
    if (Result<QStringList> tags = TagRepository(*m_db).names())
        choices.tags = *tags;
    if (Result<QList<Person>> people = PeopleRepository(*m_db).all())
        choices.interviewers = *people;
    std::optional<FilterGroup> filter = FilterDialog::getFilter(this, choices, m_pipeline->filter());
    if (filter)
        m_pipeline->setFilter(*filter);
}

bool MainWindow::selectOpening(qint64 openingId)
{
    const int row = m_openings->rowOf(openingId);
    if (row < 0)
        return false;
    m_openingView->selectRow(row);
    return m_opening && m_opening->id == openingId;
}

bool MainWindow::selectApplicationRow(int row)
{
    if (!m_pipeline->selectTableRow(row))
        return false;
    return m_applicationId == m_applications->data(m_applications->index(row, 0), ApplicationTableModel::ApplicationIdRole).toLongLong();
}

// ------------------------------------------------------------------ CommandContext

void MainWindow::changed(qint64 candidateId)
{
    if (!m_db)
        return;
    const qint64 openingId = m_opening ? m_opening->id : 0;
    const qint64 applicationId = m_applicationId;
    m_openings->reload();
    {
        const QSignalBlocker blocker(m_openingView->selectionModel());
        const int openingRow = m_openings->rowOf(openingId);
        if (openingRow >= 0)
            m_openingView->setCurrentIndex(m_openings->index(openingRow, 0));
    }
    {
        const QSignalBlocker blocker(m_pipeline);
        m_pipeline->reload(applicationId);
    }
    // The panel follows the application the user acted on, wherever it sorted to.
    if (candidateId == m_candidateId || m_candidateId == 0) {
        Result<Application> app = ApplicationRepository(*m_db).load(applicationId);
        if (app)
            showApplication(applicationId, app->candidateId);
        else
            showApplication(0, 0);
    }
    updateStatusBar();
    updateActions();
    if (m_dashboard)
        m_dashboard->scheduleRefresh();
}

QString MainWindow::matchHtml(const MatchResult &result)
{
    QStringList missingMust;
    for (const RequirementMatch &r : result.requirements) {
        if (r.mustHave && r.outcome == RequirementOutcome::Missing)
            missingMust << r.skill.toHtmlEscaped();
    }
    QString html = tr("<b>Requirement match: %1</b> of 100").arg(result.total.score);
    if (!missingMust.isEmpty())
        html += tr("<br><span style='color:#b35806'>⚑ Missing must-have: %1</span>").arg(missingMust.join(QStringLiteral(", ")));
    const auto section = [&](RequirementOutcome outcome, const QString &heading) {
        QStringList items;
        for (const RequirementMatch &r : result.requirements) {
            if (r.outcome != outcome)
                continue;
            QString item = tr("%1 (weight %2%3)").arg(r.skill.toHtmlEscaped()).arg(r.weight).arg(r.mustHave ? tr(", must-have") : QString());
            QStringList why;
            if (!r.matchedSkill.isEmpty())
                why << tr("has “%1”").arg(r.matchedSkill.toHtmlEscaped());
            if (!r.note.isEmpty() && outcome != RequirementOutcome::Missing)
                why << r.note.toHtmlEscaped();
            if (!why.isEmpty())
                item += QStringLiteral(" — ") + why.join(QStringLiteral("; "));
            items << item;
        }
        if (!items.isEmpty())
            html += QStringLiteral("<br><i>%1</i> %2").arg(heading, items.join(QStringLiteral(" · ")));
    };
    section(RequirementOutcome::Matched, tr("Matched:"));
    section(RequirementOutcome::Partial, tr("Partial:"));
    section(RequirementOutcome::Missing, tr("Missing:"));
    return html;
}

QStringList MainWindow::withdrawalReasons()
{
    return {tr("Accepted another offer"), tr("No longer looking"), tr("Compensation"), tr("Personal reasons"), tr("Did not respond")};
}

// ------------------------------------------------------------------ privacy

namespace {
// Categories, not narratives: the reason is kept in the audit log.
QStringList anonymisationReasons()
{
    return {MainWindow::tr("Candidate request"), MainWindow::tr("Retention period ended"), MainWindow::tr("No longer needed for recruitment")};
}
} // namespace

bool MainWindow::isPrivacyWorkRunning() const
{
    return m_privacyWatcher->isRunning();
}

void MainWindow::exportCandidateData()
{
    if (!m_db || !m_candidate || !confirmDiscardProfileEdits())
        return;
    const qint64 candidateId = m_candidateId;
    const QString name = m_candidate->name;
    const QString folder = Prompts::folder(this, tr("Export %1's Data to a Folder").arg(name), QDir::homePath());
    if (folder.isEmpty())
        return;
    // One candidate's records and a few pages: moments, not worth a worker.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<SubjectAccessWritten> written = SubjectAccessFiles::write(*m_db, candidateId, folder, m_settings.userName());
    QApplication::restoreOverrideCursor();
    if (!written) {
        reportError(tr("Cannot export the candidate's data"), written.error());
        return;
    }
    QString text = tr("Wrote everything Shortlist holds about %1 into %2:\n\n%3 — the data, machine-readable (JSON)\n%4 — the same, readable "
                      "(PDF)")
                       .arg(name, QDir::toNativeSeparators(folder), QFileInfo(written->jsonPath).fileName(), QFileInfo(written->pdfPath).fileName());
    if (!written->attachmentPaths.isEmpty())
        text += QLatin1Char('\n') + tr("and their attached files (%1)").arg(written->attachmentPaths.size());
    text += QStringLiteral("\n\n") + tr("The files are readable by you only. Send them to the candidate by a secure route.");
    if (!written->auditProblem.isEmpty())
        text += QStringLiteral("\n\n") + written->auditProblem;
    statusBar()->showMessage(tr("Exported %1's data to %2").arg(name, QDir::toNativeSeparators(folder)), 10000);
    Prompts::information(this, tr("Export Candidate Data"), text);
}

void MainWindow::anonymiseCandidate()
{
    if (!m_db || m_db->isReadOnly() || !m_candidate || isPrivacyWorkRunning() || !confirmDiscardProfileEdits())
        return;
    const qint64 candidateId = m_candidateId;
    const QString name = m_candidate->name;
    if (Result<QList<CandidateApplication>> applications = ApplicationRepository(*m_db).forCandidate(candidateId)) {
        for (const CandidateApplication &a : std::as_const(*applications)) {
            if (a.status == ApplicationStatus::Active) {
                Prompts::information(this, tr("Anonymise %1").arg(name),
                                     tr("%1 still has an active application for %2. Reject it or record the withdrawal first.")
                                         .arg(name, a.openingTitle));
                return;
            }
        }
    }
    const std::optional<QString> reason =
        Prompts::chooseItem(this, tr("Anonymise %1").arg(name),
                            // Short lines: this dialog does not wrap its label.
                            tr("Anonymising removes %1's name, contact details,\nlinks, notes, attachments and free-text evidence,\n"
                               "and keeps the statistics: stages, dates, ratings, source.\n\nIt cannot be undone, and backups made before now\n"
                               "still hold the data.\n\nWhy? The reason is kept in the audit log:")
                                .arg(name),
                            anonymisationReasons(), true);
    if (!reason)
        return;
    const QString why = *reason;
    startPrivacyWork(tr("Anonymising %1…").arg(name), tr("Anonymised %1.").arg(name), tr("Cannot anonymise %1").arg(name),
                     [candidateId, why](PrivacyRepository &privacy) { return privacy.anonymise({candidateId}, QString(), why); });
}

void MainWindow::eraseCandidate()
{
    if (!m_db || m_db->isReadOnly() || !m_candidate || isPrivacyWorkRunning() || !confirmDiscardProfileEdits())
        return;
    const qint64 candidateId = m_candidateId;
    const QString name = m_candidate->name;
    const QString confirmWord = QStringLiteral("ERASE");
    const std::optional<QString> typed =
        Prompts::lineText(this, tr("Erase %1").arg(name),
                          tr("Erasing deletes everything Shortlist holds about %1: the profile, every application with its stage "
                             "history, interviews, scorecards and decisions, notes and attached files. The audit log keeps only "
                             "that a candidate was erased.\n\nThis cannot be undone. Backups made before now still hold %1's data "
                             "until they are replaced or deleted (File › Restore from Backup… lists them). To give %1 a copy first, "
                             "use Export Candidate Data.\n\nType %1's name or %2 to confirm:")
                              .arg(name, confirmWord),
                          tr("Erase"));
    if (!typed)
        return;
    const QString answer = typed->simplified();
    if (answer != confirmWord && answer.compare(name.simplified(), Qt::CaseInsensitive) != 0) {
        Prompts::information(this, tr("Erase %1").arg(name), tr("Nothing was erased: type %1's name or %2 to confirm.").arg(name, confirmWord));
        return;
    }
    startPrivacyWork(tr("Erasing %1…").arg(name), tr("Erased everything about %1.").arg(name), tr("Cannot erase %1").arg(name),
                     [candidateId](PrivacyRepository &privacy) { return privacy.erase(candidateId, QString()); });
}

void MainWindow::startPrivacyWork(const QString &busyText, const QString &doneText, const QString &failedTitle,
                                  const std::function<Result<PrivacyResult>(PrivacyRepository &)> &work)
{
    m_privacyDoneText = doneText;
    m_privacyFailedTitle = failedTitle;
    // Rewriting the search index takes seconds on a big file: off the UI thread.
    m_privacyProgress = new QProgressDialog(busyText, QString(), 0, 0, this);
    m_privacyProgress->setObjectName(QStringLiteral("privacyProgress"));
    m_privacyProgress->setWindowTitle(tr("Privacy"));
    m_privacyProgress->setWindowModality(Qt::WindowModal);
    m_privacyProgress->setMinimumDuration(300);
    m_privacyWatcher->setFuture(runPrivacyWork(*m_db, work));
    updateActions();
}

void MainWindow::privacyWorkDone()
{
    if (m_privacyProgress) {
        m_privacyProgress->hide();
        m_privacyProgress->deleteLater();
        m_privacyProgress = nullptr;
    }
    const Result<PrivacyResult> result = m_privacyWatcher->future().result();
    if (!result) {
        updateActions();
        reportError(m_privacyFailedTitle, result.error());
        Q_EMIT privacyWorkFinished(false, result.error().message);
        return;
    }
    afterPrivacyChange(*result);
    QString message = m_privacyDoneText;
    if (m_purgePending)
        message += QLatin1Char(' ') + tr("Another program has the database open, so old copies of the data stay in the file until it "
                                         "closes; Shortlist clears them then.");
    statusBar()->showMessage(message, 12000);
    Q_EMIT privacyWorkFinished(true, message);
}

void MainWindow::afterPrivacyChange(const PrivacyResult &result)
{
    if (result.count() > 0) {
        // Undo steps hold the removed data and could write it back.
        m_undoStack->clear();
        changed(m_candidateId);
    }
    if (result.storagePurgePending) {
        m_purgePending = true;
        // This window's own reads may have held it back: try again once they are done.
        QTimer::singleShot(0, this, &MainWindow::retryStoragePurge);
    }
    updateActions();
}

void MainWindow::retryStoragePurge()
{
    if (!m_purgePending || !m_db) {
        m_purgeTimer->stop();
        return;
    }
    if (isPrivacyWorkRunning() || m_purgeWatcher->isRunning())
        return;
    m_purgeWatcher->setFuture(runPrivacyWork(*m_db, [](PrivacyRepository &privacy) -> Result<PrivacyResult> {
        Result<bool> purged = privacy.purgeStorage();
        if (!purged)
            return purged.error();
        PrivacyResult result;
        result.storagePurgePending = !*purged;
        return result;
    }));
}

void MainWindow::purgeDone()
{
    if (!m_purgePending || !m_db)
        return;
    const Result<PrivacyResult> result = m_purgeWatcher->future().result();
    if (result && !result->storagePurgePending) {
        m_purgePending = false;
        m_purgeTimer->stop();
        statusBar()->showMessage(tr("Old copies of the removed personal data are cleared from the database file."), 8000);
        return;
    }
    if (!m_purgeTimer->isActive())
        m_purgeTimer->start();
}

void MainWindow::showRetentionPolicy()
{
    if (!m_db || isPrivacyWorkRunning() || !confirmDiscardProfileEdits())
        return;
    RetentionDialog dialog(*m_db, this);
    connect(&dialog, &RetentionDialog::runFinished, this, [this](bool ok, const PrivacyResult &result) {
        if (!ok)
            return;
        m_retentionNotice->hide();
        afterPrivacyChange(result);
    });
    dialog.exec();
}

void MainWindow::showRetentionReminderIfDue()
{
    m_retentionNotice->hide();
    stopRetentionCheck();
    const int check = ++m_retentionChecks;
    const auto finished = [this](bool reminded) { Q_EMIT retentionCheckFinished(reminded); };
    if (!m_db || m_db->isReadOnly() || m_remindedDatabases.contains(m_db->path()) || m_db->path().isEmpty())
        return finished(false);
    PrivacyRepository privacy(*m_db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Result<bool> due = privacy.isDue(now);
    Result<RetentionPolicy> policy = privacy.policy();
    if (!due || !*due || !policy)
        return finished(false);
    Result<std::optional<qint64>> last = privacy.lastRun();
    const QString when = last && last->has_value() ? tr("The retention policy last ran %1 days ago.").arg((now - **last) / 86400)
                                                   : tr("The retention policy has never been run on this database.");
    // Whom the policy would find is a query over every candidate's history
    // (seconds on a million): on a worker with its own connection, so the
    // window opens at once. A run that would anonymise nobody is not worth
    // an interruption (a new or young database): remind only when it finds someone.
    auto *watcher = new QFutureWatcher<Result<qint64>>(this);
    const QString path = m_db->path();
    connect(watcher, &QFutureWatcher<Result<qint64>>::finished, this, [this, watcher, check, path, when, finished] {
        watcher->deleteLater();
        const Result<qint64> affected = watcher->result();
        if (check != m_retentionChecks || !m_db || m_db->path() != path || !affected || *affected == 0)
            return finished(false);
        m_remindedDatabases.insert(path);
        m_retentionNoticeLabel->setText(tr("<b>A retention run is due.</b> %1 It would anonymise %n candidate(s) now: review them "
                                           "before it runs.", nullptr, int(std::min<qint64>(*affected, std::numeric_limits<int>::max())))
                                            .arg(when));
        m_retentionNotice->show();
        statusBar()->showMessage(tr("A retention run is due: Candidate › Retention Policy…"), 15000);
        finished(true);
    });
    m_retentionCancel = std::make_shared<std::atomic_bool>(false);
    m_retentionCheck = QtConcurrent::run([path, actor = m_db->actor(), p = *policy, now, cancel = m_retentionCancel]() -> Result<qint64> {
        Result<std::unique_ptr<Database>> reader = Database::openSqliteReader(path, actor);
        if (!reader)
            return reader.error();
        // Interrupted when the window closes or opens another database.
        interruptWhen(**reader, cancel.get());
        Result<qint64> counted = PrivacyRepository(**reader).countDue(p, now);
        interruptWhen(**reader, nullptr);
        return counted;
    });
    watcher->setFuture(m_retentionCheck);
}

void MainWindow::reportError(const QString &title, const Error &error)
{
    Prompts::error(this, title, error.message, error.detail);
}

} // namespace shortlist
