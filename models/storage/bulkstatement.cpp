#include "bulkstatement.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlitenative.h"
#include "sqlquery.h"

#include <QSqlError>

#include <sqlite3.h>

namespace shortlist {

struct BulkStatement::Impl {
    Impl(Database &database, const QString &text) : db(database), sql(text) {}
    Database &db;
    QString sql;
    sqlite3 *handle = nullptr;
    sqlite3_stmt *stmt = nullptr;
    std::unique_ptr<SqlQuery> query;   // other backends
    Error prepareError;

    Error nativeError() const
    {
        const int code = sqlite3_extended_errcode(handle);
        QSqlError error(QString::fromUtf8(sqlite3_errstr(code)), QString::fromUtf8(sqlite3_errmsg(handle)), QSqlError::StatementError,
                        QString::number(code));
        return db.dialect().translate(error, sql);
    }
};

BulkStatement::BulkStatement(Database &db, const QString &sql)
    : d(std::make_unique<Impl>(db, sql))
{
    d->handle = sqliteHandle(db);
    if (d->handle) {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v3(d->handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &d->stmt, nullptr) != SQLITE_OK)
            d->prepareError = d->nativeError();
    } else {
        d->query = std::make_unique<SqlQuery>(db);
        d->query->prepare(sql);
    }
}

BulkStatement::~BulkStatement()
{
    sqlite3_finalize(d->stmt);
}

Result<std::optional<qint64>> BulkStatement::run(const std::vector<BulkValue> &values)
{
    if (d->handle) {
        if (!d->stmt)
            return d->prepareError;
        sqlite3_stmt *stmt = d->stmt;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const int column = int(i) + 1;
            const BulkValue &v = values[i];
            if (const auto *n = std::get_if<qint64>(&v)) {
                sqlite3_bind_int64(stmt, column, *n);
            } else if (const auto *x = std::get_if<double>(&v)) {
                sqlite3_bind_double(stmt, column, *x);
            } else if (const auto *s = std::get_if<QString>(&v)) {
                const QByteArray utf8 = s->toUtf8();
                sqlite3_bind_text(stmt, column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_null(stmt, column);
            }
        }
        const int rc = sqlite3_step(stmt);
        std::optional<qint64> first;
        if (rc == SQLITE_ROW && sqlite3_column_type(stmt, 0) != SQLITE_NULL)
            first = sqlite3_column_int64(stmt, 0);
        // A RETURNING statement has done all its work at the first step;
        // resetting it releases it (an open one would keep COMMIT waiting).
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            Error e = d->nativeError();
            sqlite3_reset(stmt);
            return e;
        }
        sqlite3_reset(stmt);
        return first;
    }
    SqlQuery &q = *d->query;
    for (const BulkValue &v : values) {
        if (const auto *n = std::get_if<qint64>(&v))
            q.bind(*n);
        else if (const auto *x = std::get_if<double>(&v))
            q.bind(*x);
        else if (const auto *s = std::get_if<QString>(&v))
            q.bind(*s);
        else
            q.bind(QVariant(QMetaType(QMetaType::QString)));
    }
    if (!q.exec())
        return q.error();
    std::optional<qint64> first;
    if (q.next() && !q.isNull(0))
        first = q.int64(0);
    q.finish();
    return first;
}

} // namespace shortlist
