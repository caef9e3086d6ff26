#pragma once

struct sqlite3;

namespace shortlist {

class Database;

// The SQLite connection under QtSql, for the few loops where QtSql's per-row
// overhead dominates (bulk loads, rescoring). nullptr on other backends.
sqlite3 *sqliteHandle(const Database &db);

} // namespace shortlist
