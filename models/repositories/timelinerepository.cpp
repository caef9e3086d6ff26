#include "timelinerepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"

namespace shortlist {

Result<QList<TimelineEntry>> TimelineRepository::forCandidate(qint64 candidateId) const
{
    SqlQuery q(m_db);
    // kind: 0 applied, 1 move, 2 note, 3 interview, 4 scorecard.
    // The interview's panel, names joined by the backend's list aggregate.
    const QString panel = QStringLiteral("(SELECT %1 FROM (SELECT pp.name AS name FROM interview_panel ip JOIN people pp ON pp.id = ip.person_id "
                                         "WHERE ip.interview_id = i.id ORDER BY pp.name) panel)")
                              .arg(m_db.dialect().listAggregate(QStringLiteral("name"), QStringLiteral("', '")));
    q.prepare(QStringLiteral(
        "SELECT e.at, CASE WHEN e.from_stage_id IS NULL THEN 0 ELSE 1 END, e.id, o.title, e.actor, "
        "       coalesce(fs.name, ''), ts.name, e.reason "
        "FROM stage_events e JOIN applications a ON a.id = e.application_id JOIN openings o ON o.id = a.opening_id "
        "JOIN stages ts ON ts.id = e.to_stage_id LEFT JOIN stages fs ON fs.id = e.from_stage_id WHERE a.candidate_id = ? "
        "UNION ALL "
        "SELECT n.created_at, 2, n.id, coalesce(o.title, ''), n.author, '', '', n.body "
        "FROM notes n LEFT JOIN applications a ON a.id = n.application_id LEFT JOIN openings o ON o.id = a.opening_id "
        "WHERE n.candidate_id = ? "
        "UNION ALL "
        "SELECT i.starts_at, 3, i.id, o.title, coalesce(%1, ''), s.name, i.status, i.title "
        "FROM interviews i JOIN applications a ON a.id = i.application_id JOIN openings o ON o.id = a.opening_id "
        "JOIN stages s ON s.id = i.stage_id WHERE a.candidate_id = ? "
        "UNION ALL "
        "SELECT sc.submitted_at, 4, sc.id, o.title, p.name, coalesce(sc.overall, ''), CAST(sc.revision AS TEXT), sc.summary "
        "FROM scorecards sc JOIN interviews i ON i.id = sc.interview_id JOIN applications a ON a.id = i.application_id "
        "JOIN openings o ON o.id = a.opening_id JOIN people p ON p.id = sc.person_id "
        "WHERE a.candidate_id = ? AND sc.status = 'submitted' AND sc.submitted_at IS NOT NULL "
        "ORDER BY 1, 2, 3")
                  .arg(panel));
    q.bind(candidateId).bind(candidateId).bind(candidateId).bind(candidateId);
    if (!q.exec())
        return q.error();
    QList<TimelineEntry> entries;
    while (q.next()) {
        TimelineEntry e;
        e.at = q.int64(0);
        e.kind = TimelineEntry::Kind(q.value(1).toInt());
        e.id = q.int64(2);
        e.openingTitle = q.value(3).toString();
        e.actor = q.value(4).toString();
        e.from = q.value(5).toString();
        e.to = q.value(6).toString();
        e.text = q.value(7).toString();
        entries << e;
    }
    return entries;
}

} // namespace shortlist
