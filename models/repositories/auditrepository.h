#pragma once

#include "domain/types.h"
#include "storage/error.h"

namespace shortlist {

class Database;

// The append-only audit log. Entries name entities by id; personal data stays
// out of the detail text so erasing a candidate leaves nothing here.
class AuditRepository {
public:
    explicit AuditRepository(Database &db) : m_db(db) {}

    Error append(const QString &action, const QString &entity, std::optional<qint64> entityId, const QString &detail = {});
    Result<QList<AuditEntry>> recent(int limit) const;

private:
    Database &m_db;
};

} // namespace shortlist
