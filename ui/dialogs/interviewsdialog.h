#pragma once

#include <QDialog>

class QLabel;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace shortlist {

class AppSettings;
class Database;

// Interviews › Upcoming and Overdue: the scheduled interviews from now on
// (mine or everyone's) and the scorecards still missing a set number of hours
// after their interview ended. Activating a row shows that application.
class InterviewsDialog : public QDialog {
    Q_OBJECT

public:
    InterviewsDialog(Database &db, AppSettings &settings, qint64 currentPersonId, QWidget *parent = nullptr);

    QTreeWidget *upcomingList() const { return m_upcoming; }
    QTreeWidget *overdueList() const { return m_overdue; }
    void setMineOnly(bool mine);
    void setOverdueHours(int hours);
    void reload();

Q_SIGNALS:
    void applicationRequested(qint64 applicationId, qint64 candidateId);

private:
    void loadUpcoming();
    void loadOverdue();
    void activated(QTreeWidgetItem *item);

    Database &m_db;
    AppSettings &m_settings;
    qint64 m_personId = 0;
    QTabWidget *m_tabs = nullptr;
    QRadioButton *m_mine = nullptr;
    QRadioButton *m_all = nullptr;
    QTreeWidget *m_upcoming = nullptr;
    QLabel *m_upcomingEmpty = nullptr;
    QSpinBox *m_hours = nullptr;
    QTreeWidget *m_overdue = nullptr;
    QLabel *m_overdueEmpty = nullptr;
};

} // namespace shortlist
