#pragma once

#include "commands.h"
#include "shortcuts.h"
#include "analytics/requirementmatch.h"
#include "repositories/decisionrepository.h"
#include "repositories/matchrepository.h"
#include "repositories/privacyrepository.h"
#include "reports/reportdocument.h"
#include "domain/types.h"
#include "storage/backup.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QSet>

#include <functional>

#include <QFuture>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QLabel;
class QListView;
class QMenu;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;
class QUndoStack;

namespace shortlist {

class AppSettings;
class ApplicationTableModel;
class BackupsDialog;
class CandidateForm;
class DashboardWindow;
class InterviewsPanel;
class Database;
class OpeningListModel;
class PipelineView;
class PrivacyPanel;
struct DuplicateMatch;
class SavedViewModel;
class TimelineModel;

class MainWindow : public QMainWindow, private CommandContext {
    Q_OBJECT

public:
    explicit MainWindow(AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens (or with `create`, creates) a database; reports problems to the user.
    bool openDatabase(const QString &path, bool create = false);
    // File › Export Everything as JSON… / New Database from JSON Export…; the
    // paths are asked for when empty (tests pass them).
    void exportDatabaseJson(const QString &path = {});
    void newDatabaseFromJson(const QString &jsonPath = {}, const QString &databasePath = {});
    Database *database() override { return m_db.get(); }
    QUndoStack *undoStack() const { return m_undoStack; }
    const Shortcuts &shortcuts() const { return m_shortcuts; }
    // Help › Keyboard Shortcuts without the dialog (tests).
    void applyShortcuts(const QHash<QString, QKeySequence> &chosen);

    // For tests and the command line.
    bool selectOpening(qint64 openingId);
    bool selectApplicationRow(int row);
    qint64 currentApplicationId() const { return m_applicationId; }
    qint64 currentCandidateId() const { return m_candidateId; }
    ApplicationTableModel *applicationModel() const { return m_applications; }
    PipelineView *pipelineView() const { return m_pipeline; }
    // "Name, title at company, email": how a possible duplicate is named.
    static QString describeCandidate(const DuplicateMatch &match);
    // Test hook: the next Requirements dialog returns these instead of showing.
    void setNextRequirements(const QList<Requirement> &requirements, const QList<SkillSynonym> &synonyms)
    {
        m_nextRequirements = std::make_pair(requirements, synonyms);
    }
    InterviewsPanel *interviewsPanel() const { return m_interviewsPanel; }
    DashboardWindow *dashboard() const { return m_dashboard; }
    qint64 currentInterviewer() const { return m_currentPersonId; }
    // Interviews › Current Interviewer without the dialog (tests, command line).
    void setCurrentInterviewer(qint64 personId);
    // Applies the saved view in that row of the sidebar (tests).
    bool applySavedView(int row);

    // File › Back Up Now: a snapshot of the open database into the backup
    // folder on a worker thread, with progress and Cancel; backupFinished follows.
    void backUpNow();
    bool isBackingUp() const;
    // The automatic backup: starts one in the background (no dialog) when the
    // open database's newest backup is older than the interval; true if it did.
    // Checked a minute after a database opens, then hourly.
    bool backUpIfDue();
    // File › Restore from Backup… opens this (non-modal; tests use its hooks).
    BackupsDialog *backupsDialog() const { return m_backupsDialog; }
    // Asks, then closes the database, restores the backup on a worker thread
    // and reopens the database; restoreFinished follows unless the user said no.
    // Another database's backup (a different id in it) asks an explicit
    // confirmation naming both. Recorded in the restored database's audit log.
    bool restoreFromBackup(const QString &backupPath, const QDateTime &when = {});

    // Privacy: the candidate panel's Privacy tab; Candidate › Anonymise… and
    // Erase… run on a worker thread (privacyWorkFinished follows); storage
    // still holding removed data is purged again until it works.
    PrivacyPanel *privacyPanel() const { return m_privacyPanel; }
    bool isPrivacyWorkRunning() const;
    bool isStoragePurgePending() const { return m_purgePending; }
    // Retries the purge on a worker thread (another program's reader makes
    // it wait up to the busy timeout); isStoragePurgePending() tells.
    void retryStoragePurge();

Q_SIGNALS:
    // The retention check after opening a database finished (it runs on a
    // worker): whether it showed the reminder.
    void retentionCheckFinished(bool reminded);
    void backupFinished(bool ok, const QString &pathOrMessage);
    void restoreFinished(bool ok, const QString &message);
    void privacyWorkFinished(bool ok, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createCentralWidgets();
    void restoreLayout();
    void saveLayout();
    void updateActions();
    void updateStatusBar();
    void updateListedCount();
    void updateRecentMenu();
    void rebuildMoveMenu();
    void closeDatabase();
    void rescoreIfStale();

    void newDatabase();
    void openDatabaseDialog();
    void saveCopy();
    void startBackup(bool automatic);
    void backupDone();
    void backupFailed(const Error &error, bool automatic);
    void restoreDone();
    void showBackups();
    void newOpening();
    void editOpening();
    void addCandidate();
    void saveProfile();
    void revertProfile();
    void moveToNextStage();
    void moveToStage(qint64 stageId);
    void rejectApplication();
    void withdrawApplication();
    void reopenApplication();
    void applyMove(const QString &text, const Result<StageMove> &move, const QString &reason = {});

    void openingSelected();
    // Shows the table, or a message saying why it is empty; true for the table.
    void applicationSelected(qint64 applicationId, qint64 candidateId);
    // Board drops and bulk moves: checks (reason, headcount, count) then one undoable step.
    void moveApplications(const QList<qint64> &applicationIds, qint64 stageId);
    void editFilter();
    static QStringList withdrawalReasons();
    static QString matchHtml(const MatchResult &result);
    void moveToStageNumber(int number);
    void advanceSelection();
    bool confirmHeadcount(int hiring);
    void tagSelection(bool add);
    void addNote();
    void showShortcuts();
    void mergeDuplicate();
    void editRequirements();
    void offerMergeAfterEdit(const Candidate &edited);
    void openCandidate(qint64 candidateId);
    void saveView();
    void deleteView();
    void exportCsv(bool selectionOnly);
    void importScorecards(const QStringList &paths);
    void chooseCurrentInterviewer();
    void showDebrief();
    void showInterviews();
    void editInterviewPlan();
    void showCalibration();
    void showDashboard();
    // Reports menu: the report dialog with this report chosen.
    void showReports(ReportKind kind);
    // File › Import Candidates…: the wizard, on `path` when given (a dropped file).
    void importCandidates(const QString &path = {});
    void showImportHistory();
    // Help › Audit Log…: who did what and when (modal, on the open database).
    void showAuditLog();
    // From a dashboard click: the opening's candidates who reached a stage or came from a source.
    void listFromDashboard(qint64 openingId, const QString &reachedStage, const QString &source, const QDate &from, const QDate &to);
    // After a debrief decision: the matching pipeline move.
    void applyDecision(DecisionKind kind);
    // Non-exit stages in plan order: the targets of keys 1-9.
    QList<Stage> numberedStages() const;
    void showApplication(qint64 applicationId, qint64 candidateId);
    // The profile form's and the Privacy tab's unsaved edits: save, discard or cancel.
    bool confirmDiscardProfileEdits();
    bool confirmDiscardFormEdits();
    bool confirmDiscardPrivacyEdits();

    // Privacy (Candidate menu, the Privacy tab, the retention reminder).
    void exportCandidateData();
    void anonymiseCandidate();
    void eraseCandidate();
    void showRetentionPolicy();
    void startPrivacyWork(const QString &busyText, const QString &doneText, const QString &failedTitle,
                          const std::function<Result<PrivacyResult>(PrivacyRepository &)> &work);
    void privacyWorkDone();
    void afterPrivacyChange(const PrivacyResult &result);
    void purgeDone();
    void showRetentionReminderIfDue();
    void stopRetentionCheck();

    // CommandContext
    void changed(qint64 candidateId) override;
    void reportError(const QString &title, const Error &error) override;

    AppSettings &m_settings;
    std::unique_ptr<Database> m_db;
    QString m_databaseId;   // the open database's (meta database_id): its backups hold it
    std::optional<Opening> m_opening;
    qint64 m_applicationId = 0;
    qint64 m_candidateId = 0;
    int m_applicationVersion = 0;
    qint64 m_applicationStageId = 0;
    ApplicationStatus m_applicationStatus = ApplicationStatus::Active;
    std::optional<Candidate> m_candidate;

    QUndoStack *m_undoStack = nullptr;
    OpeningListModel *m_openings = nullptr;
    ApplicationTableModel *m_applications = nullptr;
    TimelineModel *m_timeline = nullptr;

    QLabel *m_readOnlyBanner = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_openingView = nullptr;
    QTableView *m_applicationView = nullptr;
    PipelineView *m_pipeline = nullptr;
    SavedViewModel *m_savedViews = nullptr;
    QListView *m_savedViewList = nullptr;
    QLabel *m_candidateTitle = nullptr;
    QLabel *m_candidateApplications = nullptr;
    QLabel *m_matchLabel = nullptr;
    CandidateForm *m_form = nullptr;
    QPushButton *m_saveProfileButton = nullptr;
    QPushButton *m_revertProfileButton = nullptr;
    QListView *m_timelineView = nullptr;
    InterviewsPanel *m_interviewsPanel = nullptr;
    QTabWidget *m_candidateTabs = nullptr;
    QLabel *m_interviewerLabel = nullptr;
    qint64 m_currentPersonId = 0;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    QLabel *m_listedLabel = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_newOpeningAction = nullptr;
    QAction *m_editOpeningAction = nullptr;
    QAction *m_addCandidateAction = nullptr;
    QAction *m_saveProfileAction = nullptr;
    QAction *m_moveNextAction = nullptr;
    QAction *m_rejectAction = nullptr;
    QAction *m_withdrawAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextColumnAction = nullptr;
    QAction *m_previousColumnAction = nullptr;
    QAction *m_tagAction = nullptr;
    QAction *m_untagAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_mergeAction = nullptr;
    QAction *m_requirementsAction = nullptr;
    QAction *m_saveViewAction = nullptr;
    QAction *m_deleteViewAction = nullptr;
    QAction *m_importScorecardsAction = nullptr;
    QAction *m_exportViewAction = nullptr;
    QAction *m_scheduleAction = nullptr;
    QAction *m_debriefAction = nullptr;
    QAction *m_interviewsAction = nullptr;
    QAction *m_planAction = nullptr;
    QAction *m_calibrationAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QList<QAction *> m_reportActions;
    QAction *m_importCandidatesAction = nullptr;
    QAction *m_importHistoryAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_fromJsonAction = nullptr;
    QAction *m_auditLogAction = nullptr;
    DashboardWindow *m_dashboard = nullptr;
    QAction *m_currentInterviewerAction = nullptr;
    QAction *m_exportSelectionAction = nullptr;
    QList<QAction *> m_stageNumberActions;
    Shortcuts m_shortcuts;
    std::optional<std::pair<QList<Requirement>, QList<SkillSynonym>>> m_nextRequirements;
    QAction *m_tableModeAction = nullptr;
    QAction *m_boardModeAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_moveMenu = nullptr;

    QAction *m_backUpNowAction = nullptr;
    QAction *m_restoreBackupAction = nullptr;
    QTimer *m_backupTimer = nullptr;        // hourly automatic check
    QTimer *m_backupSoonTimer = nullptr;    // the check a minute after opening
    QFutureWatcher<Result<BackupInfo>> *m_backupWatcher = nullptr;
    QFutureWatcher<Result<QString>> *m_restoreWatcher = nullptr;
    QProgressDialog *m_backupProgress = nullptr;
    BackupsDialog *m_backupsDialog = nullptr;
    bool m_backupAutomatic = false;
    QString m_backupDatabase;      // what the running backup copies, and prunes after
    QString m_backupDatabaseId;    // its id: which backups in the folder are its own
    QString m_backupFolder;
    QString m_lastBackupError;     // the last automatic backup's failure
    QString m_restoreDatabase;     // the database being restored, reopened after
    QString m_restoreBackup;       // the backup it is restored from
    bool m_restoreOtherDatabase = false;
    QString m_restoreDate;
    QProgressDialog *m_restoreProgress = nullptr;

    PrivacyPanel *m_privacyPanel = nullptr;
    QAction *m_exportCandidateAction = nullptr;
    QAction *m_anonymiseAction = nullptr;
    QAction *m_eraseAction = nullptr;
    QAction *m_retentionAction = nullptr;
    QWidget *m_retentionNotice = nullptr;
    QLabel *m_retentionNoticeLabel = nullptr;
    QSet<QString> m_remindedDatabases;        // the retention reminder: once per database and session
    int m_retentionChecks = 0;                // the latest check; an older one's answer is dropped
    // The running check's query stops when this is set (a newer check, closing).
    std::shared_ptr<std::atomic_bool> m_retentionCancel;
    QFuture<Result<qint64>> m_retentionCheck;
    QFutureWatcher<Result<PrivacyResult>> *m_privacyWatcher = nullptr;
    QProgressDialog *m_privacyProgress = nullptr;
    QString m_privacyDoneText;
    QString m_privacyFailedTitle;
    QTimer *m_purgeTimer = nullptr;           // retries a pending storage purge
    QFutureWatcher<Result<PrivacyResult>> *m_purgeWatcher = nullptr;
    bool m_purgePending = false;
};

} // namespace shortlist
