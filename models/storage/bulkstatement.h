#pragma once

#include "error.h"

#include <QString>

#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace shortlist {

class Database;

using BulkValue = std::variant<std::monostate, qint64, double, QString>;

// A statement prepared once and run many times with fresh values (bulk loads,
// large imports). On SQLite it binds and steps through the C API, skipping
// QtSql's per-call QVariant and result-set overhead (several microseconds a
// row); on other backends it is a held SqlQuery. The same SQL serves both:
// an INSERT ... RETURNING id yields the new id.
class BulkStatement {
public:
    BulkStatement(Database &db, const QString &sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Runs the statement with `values` bound to ?1..?n: the first column of
    // its first row as an integer, if it returned a row.
    Result<std::optional<qint64>> run(const std::vector<BulkValue> &values);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace shortlist
