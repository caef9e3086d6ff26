#pragma once

#include "repositories/scorecardrepository.h"

#include <QDialog>
#include <QTimer>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace shortlist {

class Database;
class ScorecardForm;

// The in-app scorecard for one interviewer of one interview. Drafts save
// themselves a moment after each change (and on close); Submit validates and
// locks; Amend starts a new revision with a reason. Before submitting, the
// interviewer sees how many of the panel submitted, not what they wrote.
class ScorecardDialog : public QDialog {
    Q_OBJECT

public:
    ScorecardDialog(Database &db, qint64 interviewId, qint64 personId, QWidget *parent = nullptr);

    // False when the scorecard cannot be shown (the message was reported).
    bool isUsable() const { return m_usable; }
    ScorecardForm *form() const { return m_form; }
    // Saves the draft now if anything changed; false (and says why) on failure.
    bool saveDraftNow();
    // Validates and submits: false with the problem shown in the dialog.
    bool submit();
    // A new revision of a submitted scorecard, after asking for the reason.
    bool amend();
    QString statusText() const;

    static constexpr int autosaveDelayMs = 800;

Q_SIGNALS:
    void scorecardChanged();

protected:
    void done(int result) override;

private:
    bool load();
    void updateState();
    Scorecard fromForm() const;

    Database &m_db;
    qint64 m_interviewId = 0;
    qint64 m_personId = 0;
    Scorecard m_scorecard;
    bool m_usable = false;
    bool m_dirty = false;
    bool m_loading = false;
    QTimer m_autosave;
    ScorecardForm *m_form = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTextBrowser *m_others = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_amendButton = nullptr;
};

} // namespace shortlist
