#pragma once

#include "storage/error.h"

#include <QString>

namespace shortlist {

class Database;

// The meta table's keys: settings of the database itself and the marks an
// upgrade leaves for work only the application can do (rescoring, keys).
class MetaRepository {
public:
    explicit MetaRepository(Database &db) : m_db(db) {}

    Result<bool> has(const QString &key) const;
    Error remove(const QString &key);
    // The database's identity (a UUID made when it was created): tells files
    // and settings meant for this database from those of another.
    Result<QString> databaseId() const;
    // The organisation that owns the database (report covers); empty when unset.
    Result<QString> organisationName() const;

private:
    Database &m_db;
};

} // namespace shortlist
