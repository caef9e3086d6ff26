#include "interviewplanrepository.h"

#include "auditrepository.h"
#include "openingrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace shortlist {

Result<QList<PlanInterview>> InterviewPlanRepository::load(qint64 openingId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, stage_id, title, duration_minutes FROM plan_interviews WHERE opening_id = ? ORDER BY position"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    QList<PlanInterview> plan;
    while (q.next())
        plan << PlanInterview{q.int64(0), q.int64(1), q.value(2).toString(), q.value(3).toInt(), {}};
    for (PlanInterview &interview : plan) {
        q.prepare(QStringLiteral("SELECT id, role, questions FROM plan_slots WHERE plan_interview_id = ? ORDER BY position"));
        q.bind(interview.id);
        if (!q.exec())
            return q.error();
        while (q.next())
            interview.slots << PlanSlot{q.int64(0), q.value(1).toString(), q.value(2).toString(), {}, {}};
        for (PlanSlot &slot : interview.slots) {
            q.prepare(QStringLiteral("SELECT s.competency_id FROM plan_slot_competencies s JOIN competencies c ON c.id = s.competency_id "
                                     "WHERE s.slot_id = ? ORDER BY c.position"));
            q.bind(slot.id);
            if (!q.exec())
                return q.error();
            while (q.next())
                slot.competencyIds << q.int64(0);
            q.prepare(QStringLiteral("SELECT s.requirement_id FROM plan_slot_requirements s JOIN requirements r ON r.id = s.requirement_id "
                                     "WHERE s.slot_id = ? ORDER BY r.position"));
            q.bind(slot.id);
            if (!q.exec())
                return q.error();
            while (q.next())
                slot.requirementIds << q.int64(0);
        }
    }
    return plan;
}

Error InterviewPlanRepository::save(qint64 openingId, const QList<PlanInterview> &plan)
{
    Result<Opening> opening = OpeningRepository(m_db).load(openingId);
    if (!opening)
        return opening.error();
    for (const PlanInterview &interview : plan) {
        const Stage *stage = opening->stage(interview.stageId);
        if (!stage || stage->category != StageCategory::Interview)
            return makeError(ErrorCode::Invalid, tr("“%1” is not in one of the opening's interview stages.").arg(interview.title));
        if (interview.title.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Every planned interview needs a title."));
        if (interview.durationMinutes <= 0)
            return makeError(ErrorCode::Invalid, tr("“%1” needs a duration in minutes.").arg(interview.title));
        for (const PlanSlot &slot : interview.slots) {
            for (qint64 c : slot.competencyIds) {
                if (std::none_of(opening->competencies.cbegin(), opening->competencies.cend(), [c](const Competency &x) { return x.id == c; }))
                    return makeError(ErrorCode::Invalid, tr("A slot in “%1” assesses a competency of another opening.").arg(interview.title));
            }
            for (qint64 r : slot.requirementIds) {
                if (std::none_of(opening->requirements.cbegin(), opening->requirements.cend(), [r](const Requirement &x) { return x.id == r; }))
                    return makeError(ErrorCode::Invalid, tr("A slot in “%1” assesses a requirement of another opening.").arg(interview.title));
            }
        }
    }
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM plan_interviews WHERE opening_id = ?"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const PlanInterview &interview = plan.at(i);
        q.prepare(QStringLiteral("INSERT INTO plan_interviews (opening_id, stage_id, position, title, duration_minutes) VALUES (?, ?, ?, ?, ?) "
                                 "RETURNING id"));
        q.bind(openingId).bind(interview.stageId).bind(int(i)).bind(interview.title.trimmed()).bind(interview.durationMinutes);
        if (!q.exec() || !q.next())
            return q.failure();
        const qint64 interviewId = q.int64(0);
        q.finish();
        for (qsizetype j = 0; j < interview.slots.size(); ++j) {
            const PlanSlot &slot = interview.slots.at(j);
            q.prepare(QStringLiteral("INSERT INTO plan_slots (plan_interview_id, position, role, questions) VALUES (?, ?, ?, ?) RETURNING id"));
            q.bind(interviewId).bind(int(j)).bind(slot.role).bind(slot.questions);
            if (!q.exec() || !q.next())
                return q.failure();
            const qint64 slotId = q.int64(0);
            q.finish();
            for (qint64 c : slot.competencyIds) {
                q.prepare(QStringLiteral("INSERT INTO plan_slot_competencies (slot_id, competency_id) VALUES (?, ?)"));
                q.bind(slotId).bind(c);
                if (!q.exec())
                    return q.error();
            }
            for (qint64 r : slot.requirementIds) {
                q.prepare(QStringLiteral("INSERT INTO plan_slot_requirements (slot_id, requirement_id) VALUES (?, ?)"));
                q.bind(slotId).bind(r);
                if (!q.exec())
                    return q.error();
            }
        }
    }
    if (Error e = AuditRepository(m_db).append(QStringLiteral("update"), QStringLiteral("interview_plan"), openingId,
                                               QStringLiteral("interviews=%1").arg(plan.size())))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

QList<PlanInterview> InterviewPlanRepository::defaultPlan(const Opening &opening)
{
    QList<PlanInterview> plan;
    for (const Stage &s : opening.stages) {
        // The debrief is a discussion, not an interview.
        if (s.category != StageCategory::Interview || s.name.contains(QLatin1String("Debrief"), Qt::CaseInsensitive))
            continue;
        PlanInterview interview;
        interview.stageId = s.id;
        interview.title = s.name;
        interview.slots = {PlanSlot{0, tr("Interviewer 1"), {}, {}, {}}, PlanSlot{0, tr("Interviewer 2"), {}, {}, {}}};
        plan << interview;
    }
    if (plan.isEmpty())
        return plan;
    // Deal each competency and must-have to two consecutive slots in turn, so
    // two different interviewers assess it and the load spreads evenly.
    QList<PlanSlot *> slots;
    for (PlanInterview &interview : plan) {
        for (PlanSlot &slot : interview.slots)
            slots << &slot;
    }
    qsizetype next = 0;
    for (const Competency &c : opening.competencies) {
        slots.at(next % slots.size())->competencyIds << c.id;
        slots.at((next + 1) % slots.size())->competencyIds << c.id;
        ++next;
    }
    for (const Requirement &r : opening.requirements) {
        if (!r.mustHave)
            continue;
        slots.at(next % slots.size())->requirementIds << r.id;
        slots.at((next + 1) % slots.size())->requirementIds << r.id;
        ++next;
    }
    return plan;
}

Result<CoverageReport> InterviewPlanRepository::coverage(qint64 openingId) const
{
    Result<Opening> opening = OpeningRepository(m_db).load(openingId);
    if (!opening)
        return opening.error();
    Result<QList<PlanInterview>> plan = effective(*opening);
    if (!plan)
        return plan.error();
    return coverageOf(*opening, *plan);
}

Result<QList<PlanInterview>> InterviewPlanRepository::effective(const Opening &opening) const
{
    Result<QList<PlanInterview>> plan = load(opening.id);
    if (plan && plan->isEmpty())
        return defaultPlan(opening);
    return plan;
}

CoverageReport InterviewPlanRepository::coverageOf(const Opening &opening, const QList<PlanInterview> &plan)
{
    QList<CoverageSlot> slots;
    for (const PlanInterview &interview : plan) {
        for (const PlanSlot &slot : interview.slots) {
            CoverageSlot c;
            c.label = tr("%1 — %2").arg(interview.title, slot.role);
            c.competencies = QSet<qint64>(slot.competencyIds.cbegin(), slot.competencyIds.cend());
            c.requirements = QSet<qint64>(slot.requirementIds.cbegin(), slot.requirementIds.cend());
            slots << c;
        }
    }
    return coverageOfSlots(opening, slots);
}

CoverageReport InterviewPlanRepository::coverageOfSlots(const Opening &opening, const QList<CoverageSlot> &slots)
{
    QList<CoverageSubject> competencies;
    for (const Competency &c : opening.competencies)
        competencies << CoverageSubject{c.id, c.name, false};
    QList<CoverageSubject> requirements;
    for (const Requirement &r : opening.requirements)
        requirements << CoverageSubject{r.id, r.skill, r.mustHave};
    return planCoverage(slots, competencies, requirements);
}

} // namespace shortlist
