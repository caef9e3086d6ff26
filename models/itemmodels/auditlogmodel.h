#pragma once

#include "domain/types.h"
#include "repositories/auditrepository.h"
#include "storage/error.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace shortlist {

class Database;

// The audit log, filtered and newest first, read a page at a time as the
// view scrolls (canFetchMore/fetchMore). A reload pins the newest entry, so
// entries written meanwhile do not shift the pages; they show after the
// next reload.
class AuditLogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { When, Who, Action, Item, Details, ColumnCount };
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        TimestampRole,   // seconds since the epoch
        ActionCodeRole,  // "move", "erase", ...
        EntityRole,      // "candidate", "application", ...
        EntityIdRole,    // null when the entry names no single item
    };
    static constexpr int pageSize = 200;

    explicit AuditLogModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void setQuery(const AuditQuery &query);
    const AuditQuery &query() const { return m_query; }
    // Counts the matching entries again and reads the first page.
    Error reload();
    Error lastError() const { return m_lastError; }
    // Entries matching the filters (rowCount() is how many are loaded so far).
    qint64 totalCount() const { return m_total; }
    // The snapshot the pages come from (AuditQuery::upToId).
    qint64 snapshotId() const { return m_snapshotId; }
    const AuditEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // How the viewer (and its CSV export) words an entry.
    static QString columnTitle(int column);
    static QString actionText(const QString &action);
    static QString entityText(const QString &entity);
    static QString itemText(const QString &entity, std::optional<qint64> entityId);
    static QString whenText(qint64 at);
    static QString whoText(const QString &actor);
    // The cells of one row, column by column, as data() shows them.
    static QStringList rowTexts(const AuditEntry &entry);

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    Database *m_db = nullptr;
    AuditQuery m_query;
    qint64 m_snapshotId = 0;
    qint64 m_total = 0;
    QList<AuditEntry> m_rows;
    Error m_lastError;
    bool m_announcing = false;   // between begin and end of a reset or an insertion
};

} // namespace shortlist
