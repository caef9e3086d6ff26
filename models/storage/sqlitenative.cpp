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

void interruptWhen(const Database &db, const std::atomic_bool *flag)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return;
    if (!flag) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        handle, 10000, [](void *set) { return static_cast<const std::atomic_bool *>(set)->load() ? 1 : 0; },
        const_cast<std::atomic_bool *>(flag));
}

} // namespace shortlist
