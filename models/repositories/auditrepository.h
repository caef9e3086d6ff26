#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QStringList>

#include <optional>

namespace shortlist {

class Database;

// Which audit entries to read (the audit log viewer's filters). Every set
// field narrows the result; the defaults read the whole log.
struct AuditQuery {
    qint64 from = 0;                 // at >= from (seconds since the epoch); 0 = no lower bound
    qint64 to = 0;                   // at < to; 0 = no upper bound
    std::optional<QString> actor;    // exactly this person ("" is an entry made without a name)
    QStringList actions;             // any of these action codes; empty = every action
    QString entity;                  // entity type ("candidate", "application", ...); empty = any
    std::optional<qint64> entityId;  // this entity id (with `entity`: that one item)
    QString text;                    // contained in the detail, case-insensitively (LIKE wildcards are literal)
    qint64 upToId = 0;               // entries with id <= upToId only (a snapshot while paging); 0 = all

    bool operator==(const AuditQuery &) const = default;
};

// Where a page of the log ended: the next page starts after this entry.
struct AuditPosition {
    qint64 at = 0;
    qint64 id = 0;
};

// The append-only audit log. Entries name entities by id; personal data stays
// out of the detail text so erasing a candidate leaves nothing here.
class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    Error append(const QString &action, const QString &entity, std::optional<qint64> entityId, const QString &detail = {});
    Result<QList<AuditEntry>> recent(int limit) const;

    // The viewer: entries matching `query`, newest first (time, then id), at
    // most `limit` of them after `after` (keyset paging: a page costs the
    // same deep in a log of millions as at its top).
    Result<QList<AuditEntry>> entries(const AuditQuery &query, int limit, const std::optional<AuditPosition> &after = std::nullopt) const;
    Result<qint64> count(const AuditQuery &query) const;
    // The newest entry's id, 0 for an empty log: pins a snapshot (upToId).
    Result<qint64> lastId() const;
    // The distinct values present, sorted, for the viewer's filter choices.
    Result<QStringList> actors() const;
    Result<QStringList> actions() const;
    Result<QStringList> entities() const;

private:
    Result<QStringList> distinct(const QString &column) const;

    Database &m_db;
};

} // namespace shortlist
