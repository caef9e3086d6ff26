#pragma once

#include "analytics/plancoverage.h"
#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>

namespace shortlist {

class Database;

struct PlanSlot {
    qint64 id = 0;
    QString role;                    // "Interviewer 1", "Bar raiser", ...
    QString questions;               // the kit's questions, one per line
    QList<qint64> competencyIds;
    QList<qint64> requirementIds;
    friend bool operator==(const PlanSlot &, const PlanSlot &) = default;
};

struct PlanInterview {
    qint64 id = 0;
    qint64 stageId = 0;
    QString title;
    int durationMinutes = 60;
    QList<PlanSlot> slots;
    friend bool operator==(const PlanInterview &, const PlanInterview &) = default;
};

// An opening's interview plan: load, replace in one transaction, a default
// built from the stage plan, and its coverage check.
class InterviewPlanRepository {
    Q_DECLARE_TR_FUNCTIONS(InterviewPlanRepository)

public:
    explicit InterviewPlanRepository(Database &db) : m_db(db) {}

    Result<QList<PlanInterview>> load(qint64 openingId) const;
    Error save(qint64 openingId, const QList<PlanInterview> &plan);
    // The saved plan, or the default one while none is saved: what
    // scheduling, coverage and the debrief go by.
    Result<QList<PlanInterview>> effective(const Opening &opening) const;
    // One interview per interview stage (the debrief excluded) with two
    // interviewer slots; competencies and must-have requirements dealt out so
    // that each lands in two different slots.
    static QList<PlanInterview> defaultPlan(const Opening &opening);
    Result<CoverageReport> coverage(qint64 openingId) const;
    // The coverage of a plan being edited.
    static CoverageReport coverageOf(const Opening &opening, const QList<PlanInterview> &plan);
    // The coverage of any interviewer slots over the opening's competencies and must-haves.
    static CoverageReport coverageOfSlots(const Opening &opening, const QList<CoverageSlot> &slots);

private:
    Database &m_db;
};

} // namespace shortlist
