#pragma once

#include "domain/types.h"
#include "repositories/interviewplanrepository.h"
#include "repositories/interviewrepository.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace shortlist {

class Database;

// Schedules an interview for an application — stage, title, date, start time
// in a time zone, duration, place or video link, and the panel with each
// panelist's focus competencies, prefilled from the opening's interview plan —
// or reschedules one (only the time and place change).
class ScheduleDialog : public QDialog {
    Q_OBJECT

public:
    // A new interview for the application.
    ScheduleDialog(Database &db, qint64 applicationId, QWidget *parent = nullptr);
    // Rescheduling an existing one.
    ScheduleDialog(Database &db, const Interview &existing, QWidget *parent = nullptr);

    bool isUsable() const { return m_usable; }
    Interview interview() const;

    // Test hooks: what the user would pick.
    void setStage(qint64 stageId);
    void setStart(const QDateTime &start);
    void setDuration(int minutes);
    void setLocation(const QString &location);
    void setPanel(const QList<PanelMember> &panel);
    // What is wrong with the form, or an empty string.
    QString problem() const;

public Q_SLOTS:
    void accept() override;

private:
    void build(bool reschedule);
    bool loadOpening(qint64 applicationId);
    void stageChanged();
    void panelRowChanged();
    void focusChanged();
    void addPanelRow(const PanelMember &member);

    Database &m_db;
    bool m_usable = false;
    bool m_reschedule = false;
    Interview m_interview;
    Opening m_opening;
    QList<Person> m_people;
    QList<PlanInterview> m_plan;
    QList<PanelMember> m_panel;      // focus per row, kept in step with the table

    QComboBox *m_stage = nullptr;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_time = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_location = nullptr;
    QTableWidget *m_panelTable = nullptr;
    QListWidget *m_focus = nullptr;
    QLabel *m_problem = nullptr;
    bool m_updatingFocus = false;
};

} // namespace shortlist
