#pragma once

#include "analytics/debrief.h"
#include "repositories/decisionrepository.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace shortlist {

class Database;

// The debrief of one application: competency × interviewer matrix with the
// opening's level names, spread and thin-evidence flags, the coverage gaps,
// the weighted formula score and its advice, earlier decisions — and
// recording the decision, with the rationale required for an override.
class DebriefDialog : public QDialog {
    Q_OBJECT

public:
    DebriefDialog(Database &db, qint64 applicationId, QWidget *parent = nullptr);

    bool isUsable() const { return m_usable; }
    const Debrief &debrief() const { return m_debrief; }
    QTableWidget *matrix() const { return m_matrix; }

    // A read-only database: the debrief is shown, no decision can be recorded.
    void setReadOnly(bool readOnly);
    // Test hooks: what the user would choose and write.
    void setDecision(DecisionKind kind, const QString &rationale);
    // Records the chosen decision; false with the problem shown in the dialog.
    bool recordDecision();
    QString problemText() const;
    QString summaryText() const;

Q_SIGNALS:
    // Recorded; the window may move the application accordingly.
    void decisionRecorded(shortlist::DecisionKind kind);

private:
    bool load();
    void fillMatrix(const QHash<qint64, QString> &people, const QHash<int, QString> &levels);
    void updateOverrideNote();
    std::optional<DecisionKind> chosenKind() const;

    Database &m_db;
    qint64 m_applicationId = 0;
    bool m_usable = false;
    Debrief m_debrief;
    QLabel *m_heading = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_details = nullptr;
    QButtonGroup *m_kind = nullptr;
    QPlainTextEdit *m_rationale = nullptr;
    QLabel *m_overrideNote = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_recordButton = nullptr;
    bool m_readOnly = false;
};

} // namespace shortlist
