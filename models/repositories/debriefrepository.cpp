#include "debriefrepository.h"

#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

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

} // namespace shortlist
