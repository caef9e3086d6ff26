#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QHash>

namespace shortlist {

class Database;

class PeopleRepository {
public:
    explicit PeopleRepository(Database &db) : m_db(db) {}

    Result<qint64> add(const Person &person);
    // add() without its transaction and audit entry, for audited bulk loads.
    Result<qint64> insert(const Person &person, qint64 createdAt);
    Result<QList<Person>> all() const;
    // Person id -> name, for labelling panels, scorecards and matrices.
    Result<QHash<qint64, QString>> names() const;

private:
    Database &m_db;
};

} // namespace shortlist
