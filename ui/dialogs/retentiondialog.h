#pragma once

#include "repositories/privacyrepository.h"

#include <QDialog>
#include <QFuture>
#include <QFutureWatcher>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace shortlist {

class Database;
class RetentionPreviewModel;

// Privacy work that writes — a retention run, an anonymisation, an erasure —
// on a worker thread through its own writable connection to the window's
// SQLite file (like the import wizard), so the window stays responsive while
// rows are rewritten and the search index is rebuilt. `work` runs on the
// worker with a repository on that connection. Other backends run it at once
// on `db` itself.
QFuture<Result<PrivacyResult>> runPrivacyWork(Database &db, const std::function<Result<PrivacyResult>(PrivacyRepository &)> &work);

// Tools for the database's retention policy: edit it (months after the last
// activity, months after the applications ended, hired candidates or not),
// preview who it would anonymise now, and run it as one audited batch after
// a confirmation naming the count. Previews read and runs write on worker
// threads; the dialog cannot close while a run is under way.
class RetentionDialog : public QDialog {
    Q_OBJECT

public:
    explicit RetentionDialog(Database &db, QWidget *parent = nullptr);
    ~RetentionDialog() override;

    RetentionPolicy policy() const;
    // Test hooks: what the user would set, and the clock (UTC seconds; 0: now).
    void setPolicy(const RetentionPolicy &policy);
    void setNow(qint64 now) { m_now = now; }

    // Who the edited policy would anonymise, read in the background;
    // previewFinished follows.
    void preview();
    // After a preview of the edited policy: asks, naming the count, saves the
    // policy and runs it in the background; runFinished follows. False when
    // nothing started (no current preview, cancelled, invalid policy).
    bool run();
    bool savePolicy();
    bool isBusy() const;
    bool isRunning() const { return m_running; }
    const QList<RetentionCandidate> &previewed() const;
    QString statusText() const;
    QString problem() const;   // the policy's first problem, or ""

Q_SIGNALS:
    void previewFinished(int count);   // -1: it failed (statusText says why)
    void runFinished(bool ok, const shortlist::PrivacyResult &result);

public Q_SLOTS:
    void reject() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    qint64 now() const;
    void policyEdited();
    void previewDone(int generation, const Result<QList<RetentionCandidate>> &result);
    void runDone();
    void updateButtons();
    void setStatus(const QString &text, bool error = false);
    void showLastRun();

    Database &m_db;
    qint64 m_now = 0;
    int m_generation = 0;            // the latest preview asked for
    bool m_previewing = false;
    bool m_previewCurrent = false;   // the table shows the edited policy
    bool m_running = false;
    bool m_loading = false;
    bool m_shownOnce = false;
    RetentionPolicy m_stored;
    RetentionPolicy m_previewPolicy;
    QFutureWatcher<Result<PrivacyResult>> m_runWatcher;

    QSpinBox *m_inactive = nullptr;
    QSpinBox *m_afterExit = nullptr;
    QCheckBox *m_hired = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_lastRun = nullptr;
    QTableView *m_table = nullptr;
    RetentionPreviewModel *m_model = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace shortlist
