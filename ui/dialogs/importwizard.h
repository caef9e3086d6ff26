#pragma once

#include "import/candidateimport.h"
#include "storage/error.h"

#include <QFutureWatcher>
#include <QWizard>

#include <atomic>
#include <functional>
#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableWidget;
class QTableWidgetItem;
class QTimer;

namespace shortlist {

class AppSettings;
class Database;

// File › Import Candidates…: choose a CSV file (encoding and delimiter are
// detected, the first rows previewed; the encoding can be chosen when the
// detected one is wrong), map its columns (suggested from the headers, saved
// and loaded as mapping files), map its stage values and say how its dates
// are written, check every row (a dry run in the background: what is new,
// what is wrong and where, and every duplicate with what it matches and a
// decision for it: one choice for all rows, changed row by row where
// wanted), then import in the background with progress, rows per second and
// Cancel. The import is one batch: Import History can undo it later.
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePage, ColumnsPage, StagesPage, CheckPage, RunPage };

    ImportWizard(Database &db, AppSettings &settings, qint64 openingId, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Test hooks: what the user would choose, and what the pages show.
    bool setFile(const QString &path);
    void setOpening(qint64 openingId);
    void setColumnField(int column, ImportField field);
    void setStageFor(const QString &fileValue, const QString &stageName);
    void setDateOrder(DateOrder order);
    void setEncoding(std::optional<CsvDialect::Encoding> encoding);   // nullopt: as detected
    void setDuplicatePolicy(DuplicatePolicy policy);
    // Decide one duplicate (by its line in the file) as the table's Decision
    // column does; false when the check did not list that line.
    bool setRowDecision(qint64 line, DuplicatePolicy decision);
    void applyPolicyToAllRows();                // every row follows the choice for all
    QHash<qint64, DuplicatePolicy> rowDecisions() const { return m_rowDecisions; }
    void setAllowPartial(bool allow);
    ImportMapping mapping() const;
    QString fileStatus() const;
    QStringList stageValues() const;            // distinct stage values the file holds
    bool dateOrderAsked() const;                // the file's dates could be read both ways
    const ImportSummary &checkSummary() const { return m_check; }
    const ImportSummary &result() const { return m_result; }
    QString checkStatus() const;
    QString runStatus() const;
    bool isWorking() const;
    void cancelWork();

Q_SIGNALS:
    void checked();                             // the dry run finished
    void imported(qint64 batchId);              // the import committed
    void importFailed(const QString &message);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    struct Outcome {
        Result<ImportSummary> summary = ImportSummary{};
        double rowsPerSecond = 0;
    };

    void buildPages();
    void loadPreview();
    void fillColumns();
    void scanValues();
    void fillStages();
    void startCheck();
    void fillDuplicates();
    void decisionEdited(QTableWidgetItem *item);
    void startImport();
    ImportOptions importOptions(bool dryRun) const;
    std::optional<CsvDialect::Encoding> chosenEncoding() const;
    void runInBackground(const ImportOptions &options, bool dryRun);
    void finished();

    Database &m_db;
    AppSettings &m_settings;
    QString m_path;
    QStringList m_header;
    QList<QStringList> m_preview;
    QString m_previewError;
    QStringList m_stageValues;
    QHash<QString, QString> m_loadedStages;   // from a loaded mapping file: folded value -> stage name
    bool m_dateAmbiguous = false;
    DateOrder m_detectedOrder = DateOrder::Unknown;
    // The duplicates decided one by one (by line), kept over re-runs of the check.
    QHash<qint64, DuplicatePolicy> m_rowDecisions;
    bool m_fillingDuplicates = false;
    ImportSummary m_check;
    ImportSummary m_result;
    bool m_checkDone = false;
    bool m_importDone = false;
    bool m_running = false;
    bool m_runningDryRun = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    QFutureWatcher<Outcome> m_watcher;

    // File page
    QLineEdit *m_pathEdit = nullptr;
    QComboBox *m_opening = nullptr;
    QComboBox *m_encoding = nullptr;
    QLabel *m_fileStatus = nullptr;
    QTableWidget *m_previewTable = nullptr;
    // Columns page
    QTableWidget *m_columns = nullptr;
    // Stages page
    QTableWidget *m_stages = nullptr;
    QLabel *m_dateLabel = nullptr;
    QRadioButton *m_dayFirst = nullptr;
    QRadioButton *m_monthFirst = nullptr;
    // Check page
    QComboBox *m_duplicates = nullptr;
    QPushButton *m_applyToAll = nullptr;
    QLabel *m_checkStatus = nullptr;
    QLabel *m_duplicatesLabel = nullptr;
    QTableWidget *m_duplicateRows = nullptr;
    QLabel *m_duplicatesNote = nullptr;
    QTimer *m_recheck = nullptr;
    QTableWidget *m_problems = nullptr;
    QCheckBox *m_allowPartial = nullptr;
    QProgressBar *m_checkProgress = nullptr;
    // Run page
    QLabel *m_runStatus = nullptr;
    QProgressBar *m_runProgress = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

// File › Import History…: every import batch, newest first, with Undo. The
// undo asks first, then runs in the background on a connection of its own,
// with progress and Cancel (a cancelled undo undoes nothing); closing the
// dialog meanwhile asks whether to stop it.
class ImportHistoryDialog : public QDialog {
    Q_OBJECT

public:
    ImportHistoryDialog(Database &db, QWidget *parent = nullptr);
    ~ImportHistoryDialog() override;

    int batchCount() const;
    // Test hooks. undoRow: start undoing the batch on `row` without asking;
    // false when it cannot start (the reason in statusText()). undone() or
    // undoFailed() follows.
    bool undoRow(int row);
    bool isUndoing() const;
    void cancelUndo();                          // the Cancel button
    QString statusText() const;
    Error lastError() const { return m_lastError; }   // the last undo's; ErrorCode::Cancelled when cancelled
    // Called on the worker thread at each step of the undo (done, total),
    // before it checks for Cancel: tests hold the worker there.
    void setStepObserver(std::function<void(qint64 done, qint64 total)> observer) { m_stepObserver = std::move(observer); }

Q_SIGNALS:
    void undone(qint64 batchId);
    void undoFailed(qint64 batchId, const QString &message);

public Q_SLOTS:
    // Close, Escape, the title bar: while an undo runs, asks whether to stop it.
    void reject() override;

private:
    void reload();
    int selectedRow() const;
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    void undoFinished();

    Database &m_db;
    QList<ImportBatch> m_batches;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_progressRow = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTimer *m_poll = nullptr;
    // The undo under way.
    qint64 m_undoingId = 0;
    QString m_undoingFile;
    bool m_closeWhenDone = false;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<std::atomic<qint64>> m_stepsDone;
    std::shared_ptr<std::atomic<qint64>> m_stepsTotal;
    std::function<void(qint64, qint64)> m_stepObserver;
    QFutureWatcher<Error> m_watcher;
    Error m_lastError;
};

} // namespace shortlist
