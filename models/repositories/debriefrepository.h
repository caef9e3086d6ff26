#pragma once

#include "analytics/debrief.h"
#include "analytics/plancoverage.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QHash>

namespace shortlist {

class Database;

// The debrief of one application, from the latest submitted scorecard of
// every interviewer in its interviews that were not cancelled.
class DebriefRepository {
    Q_DECLARE_TR_FUNCTIONS(DebriefRepository)

public:
    explicit DebriefRepository(Database &db) : m_db(db) {}

    Result<Debrief> forApplication(qint64 applicationId) const;
    // What this candidate's interviews assess: competencies by the panels'
    // focus, must-have requirements by the plan's slots for the stages
    // interviewed at. Cancelled interviews do not count.
    Result<CoverageReport> coverage(qint64 applicationId) const;
    // The opening's level names (1-4), to label ratings.
    Result<QHash<int, QString>> levelNames(qint64 openingId) const;

private:
    Database &m_db;
};

} // namespace shortlist
