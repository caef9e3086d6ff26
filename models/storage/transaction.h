#pragma once

#include "error.h"

#include <QCoreApplication>

namespace shortlist {

class Database;

// RAII write transaction: BEGIN IMMEDIATE on SQLite, so a read-then-write never
// fails with SQLITE_BUSY_SNAPSHOT. Rolls back unless commit() succeeded.
// Nested guards join the outermost one; if an inner guard is left without
// commit, the outer commit rolls back instead.
class WriteTransaction {
    Q_DECLARE_TR_FUNCTIONS(WriteTransaction)

public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool ok() const { return !m_error; }
    const Error &error() const { return m_error; }
    bool commit();

private:
    void rollback();

    Database &m_db;
    bool m_outermost = false;
    bool m_active = false;
    Error m_error;
};

} // namespace shortlist
