#include "auditrepository.h"

#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace shortlist {

Error AuditRepository::append(const QString &action, const QString &entity, std::optional<qint64> entityId, const QString &detail)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(QDateTime::currentSecsSinceEpoch()).bind(m_db.actor()).bind(action).bind(entity).bind(sqlvalues::optionalId(entityId)).bind(detail);
    if (!q.exec())
        return q.error();
    return {};
}

Result<QList<AuditEntry>> AuditRepository::recent(int limit) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.bind(limit);
    if (!q.exec())
        return q.error();
    QList<AuditEntry> entries;
    while (q.next()) {
        entries.append(AuditEntry{q.int64(0), q.int64(1), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                  sqlvalues::toOptionalId(q.value(5)), q.value(6).toString()});
    }
    return entries;
}

} // namespace shortlist
