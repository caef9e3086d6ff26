#pragma once

#include "repositories/interviewrepository.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace shortlist {

class Database;

// The candidate panel's interviews for one application: when, which, the
// panel with who has submitted, and the actions on the chosen interview —
// reschedule, cancel, calendar invite, scorecard (in the app or as a file
// for an offline panelist) — plus scheduling a new one and the debrief.
class InterviewsPanel : public QWidget {
    Q_OBJECT

public:
    explicit InterviewsPanel(QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    // The application shown (0: none); reloads.
    void setApplication(qint64 applicationId);
    void setCurrentInterviewer(qint64 personId);
    void setReadOnly(bool readOnly);
    void reload();

    int interviewCount() const;
    // Selects the interview in that row (tests).
    bool selectRow(int row);
    qint64 selectedInterviewId() const;

    // "30 Nov 2026 10:00", with the zone when it is not this computer's.
    static QString whenText(const QDateTime &start);

    // The actions, also reachable from the Interviews menu.
    void scheduleInterview();
    void rescheduleInterview();
    void cancelInterview();
    void exportInvite();
    void exportScorecardFile();
    void openMyScorecard();

Q_SIGNALS:
    // Something about the application's interviews or scorecards changed.
    void changed();
    void debriefRequested();
    // The list was read again: how many interviews it shows.
    void reloaded(int count);
    // The user has no interviewer identity yet and needs one for this.
    void currentInterviewerNeeded();

private:
    void updateButtons();
    std::optional<Interview> selectedInterview() const;
    void report(const QString &title, const Error &error);

    Database *m_db = nullptr;
    qint64 m_applicationId = 0;
    qint64 m_personId = 0;
    bool m_readOnly = false;
    QList<Interview> m_interviews;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_scheduleButton = nullptr;
    QPushButton *m_rescheduleButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_inviteButton = nullptr;
    QPushButton *m_fileButton = nullptr;
    QPushButton *m_scorecardButton = nullptr;
    QPushButton *m_debriefButton = nullptr;
};

} // namespace shortlist
