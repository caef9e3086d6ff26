#include "sqlquery.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace shortlist {

SqlQuery::SqlQuery(const Database &db)
    : m_db(db)
    , m_query(db.connection())
{
    m_query.setForwardOnly(db.dialect().forwardOnlyQueries());
}

bool SqlQuery::prepare(const QString &sql)
{
    m_sql = sql;
    m_bound.clear();
    m_error = {};
    if (!m_query.prepare(sql))
        return fail(QStringLiteral("prepare"));
    return true;
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // An empty QString is text, not NULL (QtSql binds a null QString as NULL);
    // a deliberate NULL is a null QVariant.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.addBindValue(QStringLiteral(""));
        m_bound << value;
        return *this;
    }
    m_query.addBindValue(value);
    m_bound << value;
    return *this;
}

bool SqlQuery::exec()
{
    m_error = {};
    if (!m_query.exec())
        return fail(QStringLiteral("exec"));
    m_bound.clear();
    return true;
}

bool SqlQuery::exec(const QString &sql)
{
    m_sql = sql;
    m_bound.clear();
    m_error = {};
    if (!m_query.exec(sql))
        return fail(QStringLiteral("exec"));
    return true;
}

Error SqlQuery::failure() const
{
    if (m_error)
        return m_error;
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("shortlist::SqlQuery", "The record was not found; it may have been deleted by another user."),
                     m_sql.simplified().left(300));
}

bool SqlQuery::fail(const QString &context)
{
    QStringList values;
    values.reserve(m_bound.size());
    for (const QVariant &v : std::as_const(m_bound))
        values << (v.isNull() ? QStringLiteral("NULL") : v.toString().left(80));
    const QString where = context + QStringLiteral(": ") + m_sql.simplified().left(300)
        + (values.isEmpty() ? QString() : QStringLiteral(" [") + values.join(QStringLiteral(", ")) + QLatin1Char(']'));
    m_error = m_db.dialect().translate(m_query.lastError(), where);
    m_bound.clear();
    return false;
}

} // namespace shortlist
