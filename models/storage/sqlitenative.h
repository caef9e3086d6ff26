#pragma once

#include <atomic>

struct sqlite3;

namespace shortlist {

class Database;

// The SQLite connection under QtSql, for the few loops where QtSql's per-row
// overhead dominates (bulk loads, rescoring). nullptr on other backends.
sqlite3 *sqliteHandle(const Database &db);

// From now on, a statement running on the connection stops (an interrupted
// error) soon after *flag becomes true; nullptr lifts it. Does nothing on
// other backends.
void interruptWhen(const Database &db, const std::atomic_bool *flag);

} // namespace shortlist
