#pragma once

#include "repositories/auditrepository.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTableView;
class QTimer;

namespace shortlist {

class AuditLogModel;
class Database;

// Help › Audit Log…: who did what and when in this database, newest first,
// filtered by period, person, action, item and words in the details, and
// exported to CSV as shown (the export is itself audited). Activating a row
// narrows the list to that row's item. The log names records by id and never
// holds the personal data itself.
class AuditLogDialog : public QDialog {
    Q_OBJECT

public:
    enum class Period { AllTime, Today, Last7Days, Last30Days, Last12Months, Custom };

    explicit AuditLogDialog(Database &db, QWidget *parent = nullptr);

    AuditLogModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The filters as chosen, as the model reads them.
    AuditQuery query() const;

    // Test hooks: what the user would choose. Each applies at once.
    void setNow(const QDateTime &now);   // "today" for the period presets
    void setPeriod(Period period);
    void setCustomPeriod(const QDate &from, const QDate &to);
    bool setActor(const std::optional<QString> &actor);   // nullopt = everyone; false if not listed
    bool setActionChoice(const QStringList &actions);     // a group's or one action's codes; empty = all
    bool setItem(const QString &entity, std::optional<qint64> entityId = std::nullopt);
    void setSearchText(const QString &text);
    void resetFilters();
    // Export to CSV… (asks for the file through Prompts); true when a file was written.
    bool exportCsv();
    QString statusText() const;
    QString messageText() const;

private:
    void loadChoices();
    void applyFilters();
    void periodChanged();
    void updateStatus();
    void activated(const QModelIndex &index);
    void showMessage(const QString &text, bool error = false);

    Database &m_db;
    AuditLogModel *m_model = nullptr;
    QDateTime m_now;
    bool m_applying = false;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_actor = nullptr;
    QComboBox *m_action = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_entityId = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchTimer = nullptr;
    QPushButton *m_reset = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace shortlist
