#pragma once

#include "storage/bulkstatement.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace shortlist {

class Database;

// Loads many rows into an empty or quiet database in one transaction: drops
// the secondary indexes first and rebuilds them (and the planner statistics)
// at the end, which is several times faster than maintaining them per row.
// Rows go through BulkStatements (the C API on SQLite).
// Nothing is visible until finish(); abort() or destruction rolls back.
// The per-row triggers are paused meanwhile: finish() indexes the new
// candidates for search, and fills the metric summaries (an application's
// furthest stage, when each stage was left) of applications loaded without
// them — a loader that knows them (the demo) writes them itself, faster.
class BulkLoader {
    Q_DECLARE_TR_FUNCTIONS(BulkLoader)

public:
    explicit BulkLoader(Database &db);
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    Error begin();
    // An INSERT statement to feed with insert(); returns its handle.
    int prepare(const QString &sql);
    Error insert(int statement, const std::vector<BulkValue> &values);
    Error finish();
    void abort();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace shortlist
