#pragma once

#include "domain/types.h"
#include "storage/error.h"

namespace shortlist {

class Database;

class PeopleRepository {
public:
    explicit PeopleRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Person &person);
    Result<QList<Person>> all() const;

private:
    Database &m_db;
};

} // namespace shortlist
