#pragma once

#include "reports/reportdocument.h"
#include "settings.h"
#include "storage/error.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPrinter;
class QProgressBar;
class QPushButton;

namespace shortlist {

class Database;
class ReportJob;

// Reports menu: one dialog for every report — which report, its opening,
// candidate, period and sections, anonymised or not, the paper — then
// Preview, Print or Save as PDF. The choices are remembered. The work runs
// in a ReportJob (worker threads) with progress and Cancel.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(Database &db, AppSettings &settings, QWidget *parent = nullptr);
    ~ReportDialog() override;

    // Defaults from the window: the opening on screen and the selected
    // candidate (by id), for the packet.
    void setContext(qint64 openingId, qint64 candidateId);

    // Test hooks: what the user would choose.
    void setKind(ReportKind kind);
    void setOpening(qint64 openingId);          // 0: every opening
    void setCandidate(const QString &idOrEmail);
    void setPeriod(const QDate &from, const QDate &to);   // a custom period
    void setAnonymized(bool anonymized);
    void setPageSize(ReportPageSize size);
    void setSections(const QStringList &codes);
    // The options the form describes, or what is wrong with it.
    Result<ReportOptions> options() const;
    // Save as PDF to `path` without asking for a file.
    void saveTo(const QString &path);
    // Build the report and open the print preview (non-modal in tests).
    void preview();
    void cancelWork();
    bool isBusy() const;
    QString statusText() const;

Q_SIGNALS:
    void saved(const QString &path, int pages);
    void workFailed(const QString &message);
    void previewOpened(QDialog *preview);

private:
    enum Action { Preview, Print, Save };
    void build();
    void kindChanged();
    void periodChanged();
    void start(Action action, const QString &path = {});
    void documentReady();
    void setBusy(bool busy);
    void showStatus(const QString &text, bool error = false);
    void remember();
    void paintPreview(QPrinter *printer);

    Database &m_db;
    AppSettings &m_settings;
    ReportJob *m_job = nullptr;
    Action m_action = Save;
    QString m_path;
    qint64 m_contextCandidate = 0;
    bool m_busy = false;
    std::unique_ptr<QPrinter> m_printer;

    QComboBox *m_kind = nullptr;
    QComboBox *m_opening = nullptr;
    QLineEdit *m_candidate = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QListWidget *m_sections = nullptr;
    QCheckBox *m_anonymize = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QList<QWidget *> m_rows[4];   // form rows shown per kind
};

} // namespace shortlist
