#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>

namespace shortlist {

class Database;

// A candidate's history in time order, in one query over stage events, notes,
// interviews and submitted scorecards.
class TimelineRepository {
    Q_DECLARE_TR_FUNCTIONS(TimelineRepository)

public:
    explicit TimelineRepository(Database &db) : m_db(db) {}
    Result<QList<TimelineEntry>> forCandidate(qint64 candidateId) const;

private:
    Database &m_db;
};

} // namespace shortlist
