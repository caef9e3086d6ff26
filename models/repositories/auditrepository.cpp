#include "auditrepository.h"

#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

namespace shortlist {

namespace {

constexpr auto columns = "SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log";

AuditEntry readEntry(const SqlQuery &q)
{
    return AuditEntry{q.int64(0), q.int64(1), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                      sqlvalues::toOptionalId(q.value(5)), q.value(6).toString()};
}

// The user's text as a LIKE pattern matching it anywhere, its own % and _ literal.
QString containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar c : text) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('!');
        escaped += c;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

// " WHERE ..." (or nothing) for `query`, with its values. Portable: integer
// parameters are cast where PostgreSQL would otherwise guess their type, and
// both sides of the text match are lowered by the database (SQLite folds
// ASCII only, PostgreSQL all of Unicode: either way the same on both sides).
SqlFragment where(const AuditQuery &query)
{
    QStringList terms;
    SqlFragment f;
    if (query.from > 0) {
        terms << QStringLiteral("at >= CAST(? AS BIGINT)");
        f.values << query.from;
    }
    if (query.to > 0) {
        terms << QStringLiteral("at < CAST(? AS BIGINT)");
        f.values << query.to;
    }
    if (query.upToId > 0) {
        terms << QStringLiteral("id <= CAST(? AS BIGINT)");
        f.values << query.upToId;
    }
    if (query.actor) {
        terms << QStringLiteral("actor = ?");
        f.values << *query.actor;
    }
    if (!query.actions.isEmpty()) {
        terms << QStringLiteral("action IN (") + QStringList(query.actions.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
        for (const QString &action : query.actions)
            f.values << action;
    }
    if (!query.entity.isEmpty()) {
        terms << QStringLiteral("entity = ?");
        f.values << query.entity;
    }
    if (query.entityId) {
        terms << QStringLiteral("entity_id = CAST(? AS BIGINT)");
        f.values << *query.entityId;
    }
    const QString text = query.text.trimmed();
    if (!text.isEmpty()) {
        terms << QStringLiteral("LOWER(detail) LIKE LOWER(CAST(? AS TEXT)) ESCAPE '!'");
        f.values << containsPattern(text);
    }
    if (!terms.isEmpty())
        f.sql = QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
    return f;
}

} // namespace

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
    q.prepare(QLatin1String(columns) + QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    q.bind(limit);
    if (!q.exec())
        return q.error();
    QList<AuditEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    return entries;
}

Result<QList<AuditEntry>> AuditRepository::entries(const AuditQuery &query, int limit, const std::optional<AuditPosition> &after) const
{
    SqlFragment f = where(query);
    if (after) {
        // Not a row value ((at, id) < (?, ?)): spelled out, both backends
        // still walk the (at, id) index from that entry.
        f.sql += (f.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(at < CAST(? AS BIGINT) OR (at = CAST(? AS BIGINT) AND id < CAST(? AS BIGINT)))");
        f.values << after->at << after->at << after->id;
    }
    SqlQuery q(m_db);
    q.prepare(QLatin1String(columns) + f.sql + QStringLiteral(" ORDER BY at DESC, id DESC LIMIT ?"));
    for (const QVariant &value : std::as_const(f.values))
        q.bind(value);
    q.bind(std::max(limit, 0));
    if (!q.exec())
        return q.error();
    QList<AuditEntry> list;
    while (q.next())
        list.append(readEntry(q));
    return list;
}

Result<qint64> AuditRepository::count(const AuditQuery &query) const
{
    const SqlFragment f = where(query);
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM audit_log") + f.sql);
    for (const QVariant &value : f.values)
        q.bind(value);
    if (!q.exec() || !q.next())
        return q.failure();
    return q.int64(0);
}

Result<qint64> AuditRepository::lastId() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log")) || !q.next())
        return q.failure();
    return q.int64(0);
}

Result<QStringList> AuditRepository::actors() const
{
    return distinct(QStringLiteral("actor"));
}

Result<QStringList> AuditRepository::actions() const
{
    return distinct(QStringLiteral("action"));
}

Result<QStringList> AuditRepository::entities() const
{
    return distinct(QStringLiteral("entity"));
}

Result<QStringList> AuditRepository::distinct(const QString &column) const
{
    // A loose index scan: one index seek per distinct value (0010's indexes
    // lead with each of these columns) instead of reading a log of millions.
    SqlQuery q(m_db);
    const QString sql = QStringLiteral("WITH RECURSIVE v(x) AS (SELECT MIN(%1) FROM audit_log "
                                       "UNION ALL SELECT (SELECT MIN(%1) FROM audit_log WHERE %1 > v.x) FROM v WHERE v.x IS NOT NULL) "
                                       "SELECT x FROM v WHERE x IS NOT NULL ORDER BY x")
                            .arg(column);
    if (!q.exec(sql))
        return q.error();
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values;
}

} // namespace shortlist
