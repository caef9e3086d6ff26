// The hand-worked pipeline of tst_metrics (and the metrics CLI test): six
// candidates for one Big Data Tech Lead opening, their journeys day by day
// from Monday 5 January 2026; "now" is day 60. The expected figures are
// worked out in tst_metrics.cpp.
#pragma once

#include "testdb.h"

#include <QTimeZone>

namespace shortlist::test::metricsfixture {

inline const qint64 t0 = QDateTime(QDate(2026, 1, 5), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
constexpr qint64 dayS = 86400;
inline qint64 dayAt(int d) { return t0 + d * dayS; }
inline const qint64 now = dayAt(60);

// Stage indexes of the Big Data Tech Lead plan.
enum { Applied, Screen, Tech, Design, Panel, Debrief, Offer, Hired, Rejected, Withdrawn };

// A candidate's whole journey: applied on the first day, then each move.
inline qint64 journey(Database &db, const Opening &opening, const QString &name, const QString &source, const QString &referrer,
                      const QList<QPair<int, int>> &steps, const QString &status = QStringLiteral("active"), const QString &reason = {})
{
    const qint64 id = addCandidate(db, opening.id, name, dayAt(steps.at(0).second)).applicationId;
    SqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE candidates SET source = ?, referrer = ? WHERE id = (SELECT candidate_id FROM applications WHERE id = ?)"));
    q.bind(source).bind(referrer).bind(id);
    if (!q.exec())
        return 0;
    for (qsizetype i = 1; i < steps.size(); ++i) {
        const qint64 from = opening.stages.at(steps.at(i - 1).first).id;
        const qint64 to = opening.stages.at(steps.at(i).first).id;
        const bool exit = steps.at(i).first >= Rejected;
        q.prepare(QStringLiteral("INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason) VALUES (?, ?, ?, ?, 'test', ?)"));
        q.bind(id).bind(dayAt(steps.at(i).second)).bind(from).bind(to).bind(exit ? reason : QString());
        if (!q.exec())
            return 0;
    }
    q.prepare(QStringLiteral("UPDATE applications SET stage_id = ?, status = ?, stage_entered_at = ?, rejection_reason = ? WHERE id = ?"));
    q.bind(opening.stages.at(steps.constLast().first).id).bind(status).bind(dayAt(steps.constLast().second)).bind(reason).bind(id);
    return q.exec() ? id : 0;
}

// The opening with its six candidates; the opening's id, or 0 on failure.
inline qint64 build(Database &db)
{
    const qint64 openingId = createOpening(db);
    Result<Opening> opening = OpeningRepository(db).load(openingId);
    if (!opening)
        return 0;
    SqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE openings SET headcount = 1, created_on = '2026-01-01', target_on = '2026-03-01' WHERE id = ?"));
    q.bind(openingId);
    if (!q.exec())
        return 0;
    const Opening &o = *opening;
    const bool ok =
        journey(db, o, QStringLiteral("Ana"), QStringLiteral("Referral"), QStringLiteral("Priya"),
                {{Applied, 0}, {Screen, 2}, {Tech, 5}, {Design, 9}, {Panel, 12}, {Debrief, 14}, {Offer, 15}, {Hired, 20}}, QStringLiteral("hired"))
        && journey(db, o, QStringLiteral("Ben"), QStringLiteral("LinkedIn"), {}, {{Applied, 1}, {Screen, 4}, {Tech, 10}, {Rejected, 13}},
                   QStringLiteral("rejected"), QStringLiteral("Spark depth"))
        && journey(db, o, QStringLiteral("Cai"), QStringLiteral("LinkedIn"), {}, {{Applied, 3}, {Screen, 5}, {Rejected, 6}}, QStringLiteral("rejected"),
                   QStringLiteral("Salary"))
        && journey(db, o, QStringLiteral("Dee"), QStringLiteral("Careers page"), {}, {{Applied, 8}})
        && journey(db, o, QStringLiteral("Eve"), QStringLiteral("Referral"), QStringLiteral("Priya"),
                   {{Applied, 10}, {Screen, 11}, {Tech, 14}, {Design, 16}, {Panel, 18}, {Debrief, 19}, {Offer, 20}, {Withdrawn, 25}},
                   QStringLiteral("withdrawn"), QStringLiteral("Took another offer"))
        && journey(db, o, QStringLiteral("Fay"), QStringLiteral("LinkedIn"), {}, {{Applied, 40}, {Screen, 41}});
    return ok ? openingId : 0;
}

} // namespace shortlist::test::metricsfixture
