#include "debriefrepository.h"

#include "interviewplanrepository.h"
#include "interviewrepository.h"
#include "openingrepository.h"
#include "peoplerepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSet>

namespace shortlist {

using namespace sqlvalues;

Result<Debrief> DebriefRepository::forApplication(qint64 applicationId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.weight FROM competencies c JOIN applications a ON a.opening_id = c.opening_id "
                             "WHERE a.id = ? ORDER BY c.position"));
    q.bind(applicationId);
    if (!q.exec())
        return q.error();
    QList<DebriefCompetency> competencies;
    while (q.next())
        competencies << DebriefCompetency{q.int64(0), q.value(1).toString(), q.value(2).toDouble()};
    q.prepare(QStringLiteral("SELECT r.competency_id, s.person_id, r.rating FROM scorecard_ratings r "
                             "JOIN scorecards s ON s.id = r.scorecard_id JOIN interviews i ON i.id = s.interview_id "
                             "WHERE i.application_id = ? AND i.status <> 'cancelled' AND s.status = 'submitted' "
                             "AND NOT EXISTS (SELECT 1 FROM scorecards n WHERE n.interview_id = s.interview_id "
                             "AND n.person_id = s.person_id AND n.revision > s.revision)"));
    q.bind(applicationId);
    if (!q.exec())
        return q.error();
    QList<DebriefRating> ratings;
    while (q.next())
        ratings << DebriefRating{q.int64(0), q.int64(1), toOptionalInt(q.value(2))};
    return buildDebrief(competencies, ratings);
}

Result<QHash<int, QString>> DebriefRepository::levelNames(qint64 openingId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT level, name FROM rating_levels WHERE opening_id = ?"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    QHash<int, QString> names;
    while (q.next())
        names.insert(q.value(0).toInt(), q.value(1).toString());
    return names;
}

Result<CoverageReport> DebriefRepository::coverage(qint64 applicationId) const
{
    Result<qint64> openingId = [&]() -> Result<qint64> {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT opening_id FROM applications WHERE id = ?"));
        q.bind(applicationId);
        if (!q.exec() || !q.next())
            return q.failure();
        return q.int64(0);
    }();
    if (!openingId)
        return openingId.error();
    Result<Opening> opening = OpeningRepository(m_db).load(*openingId);
    if (!opening)
        return opening.error();
    Result<QList<Interview>> interviews = InterviewRepository(m_db).forApplication(applicationId);
    if (!interviews)
        return interviews.error();
    Result<QList<PlanInterview>> plan = InterviewPlanRepository(m_db).effective(*opening);
    if (!plan)
        return plan.error();
    Result<QHash<qint64, QString>> people = PeopleRepository(m_db).names();
    if (!people)
        return people.error();
    const QHash<qint64, QString> &names = *people;

    QList<CoverageSlot> slots;
    QSet<qint64> stagesInterviewed;
    for (const Interview &interview : std::as_const(*interviews)) {
        if (interview.status == InterviewStatus::Cancelled)
            continue;
        stagesInterviewed.insert(interview.stageId);
        for (const PanelMember &member : interview.panel) {
            CoverageSlot slot;
            slot.label = tr("%1 — %2").arg(interview.title, names.value(member.personId));
            slot.competencies = QSet<qint64>(member.focusCompetencyIds.cbegin(), member.focusCompetencyIds.cend());
            slots << slot;
        }
    }
    for (const PlanInterview &planned : std::as_const(*plan)) {
        if (!stagesInterviewed.contains(planned.stageId))
            continue;
        for (const PlanSlot &planSlot : planned.slots) {
            CoverageSlot slot;
            slot.label = tr("%1 — %2 (plan)").arg(planned.title, planSlot.role);
            slot.requirements = QSet<qint64>(planSlot.requirementIds.cbegin(), planSlot.requirementIds.cend());
            slots << slot;
        }
    }
    return InterviewPlanRepository::coverageOfSlots(*opening, slots);
}

} // namespace shortlist
