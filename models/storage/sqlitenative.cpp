#include "sqlitenative.h"

#include "database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace shortlist {

sqlite3 *sqliteHandle(const Database &db)
{
    if (db.dialect().kind() != SqlDialect::Kind::Sqlite)
        return nullptr;
    const QVariant v = db.connection().driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace shortlist
