#pragma once

#include "error.h"

#include <QSqlQuery>
#include <QVariant>

namespace shortlist {

class Database;

// A piece of SQL with its bound values in order (a WHERE fragment over
// `applications a`, `candidates c`, `stages s`, or a whole statement).
struct SqlFragment {
    QString sql;
    QVariantList values;
};

// QSqlQuery with bound parameters only and an Error that names the SQL and the
// bound values when it fails.
class SqlQuery {
public:
    explicit SqlQuery(const Database &db);

    bool prepare(const QString &sql);
    SqlQuery &bind(const QVariant &value);
    bool exec();                          // the prepared statement with its bound values
    bool exec(const QString &sql);        // one statement without parameters
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    bool isNull(int column) const { return m_query.isNull(column); }
    qint64 int64(int column) const { return m_query.value(column).toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }
    const Error &error() const { return m_error; }
    // The error, or "no row" when the statement ran but returned nothing.
    Error failure() const;
    QSqlQuery &raw() { return m_query; }

private:
    bool fail(const QString &context);

    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    QVariantList m_bound;
    Error m_error;
};

} // namespace shortlist
