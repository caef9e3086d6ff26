#include "metarepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace shortlist {

Result<bool> MetaRepository::has(const QString &key) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM meta WHERE key = ?"));
    q.bind(key);
    if (!q.exec() || !q.next())
        return q.failure();
    return q.int64(0) > 0;
}

Error MetaRepository::remove(const QString &key)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.bind(key);
    return q.exec() ? Error{} : q.error();
}

Result<QString> MetaRepository::databaseId() const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
    if (!q.exec() || !q.next())
        return q.failure();
    return q.value(0).toString();
}

Result<QString> MetaRepository::organisationName() const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'organisation_name'"));
    if (!q.exec())
        return q.failure();
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace shortlist
