#include "calibrationrepository.h"

#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QHash>

namespace shortlist {

using namespace sqlvalues;

namespace {

struct RatingRow {
    qint64 applicationId;
    qint64 competencyId;
    qint64 personId;
    std::optional<int> rating;
    bool notAssessed;
};

// Latest submitted revision of each scorecard of the opening's interviews
// that were not cancelled; `s` scorecards, `i` interviews, `a` applications.
const char *const latestSubmitted =
    " JOIN interviews i ON i.id = s.interview_id JOIN applications a ON a.id = i.application_id "
    "WHERE a.opening_id = ? AND i.status <> 'cancelled' AND s.status = 'submitted' AND NOT EXISTS "
    "(SELECT 1 FROM scorecards n WHERE n.interview_id = s.interview_id AND n.person_id = s.person_id AND n.revision > s.revision)";

Result<QList<RatingRow>> ratingsOf(Database &db, qint64 openingId)
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT a.id, r.competency_id, s.person_id, r.rating, r.not_assessed FROM scorecard_ratings r "
                             "JOIN scorecards s ON s.id = r.scorecard_id")
              + QLatin1String(latestSubmitted));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    QList<RatingRow> rows;
    while (q.next())
        rows << RatingRow{q.int64(0), q.int64(1), q.int64(2), toOptionalInt(q.value(3)), q.value(4).toInt() != 0};
    return rows;
}

} // namespace

Result<QList<InterviewerCalibration>> CalibrationRepository::interviewers(qint64 openingId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.person_id, p.name, count(*), sum(CASE WHEN s.overall = 'strong_no' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN s.overall = 'no' THEN 1 ELSE 0 END), sum(CASE WHEN s.overall = 'yes' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN s.overall = 'strong_yes' THEN 1 ELSE 0 END) FROM scorecards s JOIN people p ON p.id = s.person_id")
              + QLatin1String(latestSubmitted) + QStringLiteral(" GROUP BY s.person_id, p.name ORDER BY p.name"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    QList<InterviewerCalibration> list;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        InterviewerCalibration c;
        c.personId = q.int64(0);
        c.name = q.value(1).toString();
        c.scorecards = q.value(2).toInt();
        c.overall.insert(Recommendation::StrongNo, q.value(3).toInt());
        c.overall.insert(Recommendation::No, q.value(4).toInt());
        c.overall.insert(Recommendation::Yes, q.value(5).toInt());
        c.overall.insert(Recommendation::StrongYes, q.value(6).toInt());
        index.insert(c.personId, list.size());
        list << c;
    }
    q.finish();
    Result<QList<RatingRow>> rows = ratingsOf(m_db, openingId);
    if (!rows)
        return rows.error();
    // Panel mean per (application, competency), over every rater.
    QHash<QPair<qint64, qint64>, QPair<double, int>> panel;
    for (const RatingRow &r : std::as_const(*rows)) {
        if (!r.rating)
            continue;
        auto &p = panel[qMakePair(r.applicationId, r.competencyId)];
        p.first += *r.rating;
        ++p.second;
    }
    QHash<qint64, double> sums;
    QHash<qint64, double> diffs;
    for (const RatingRow &r : std::as_const(*rows)) {
        const auto at = index.constFind(r.personId);
        if (at == index.cend())
            continue;
        InterviewerCalibration &c = list[*at];
        if (r.notAssessed) {
            ++c.focusNotAssessed;
            continue;
        }
        if (!r.rating)
            continue;
        ++c.focusAnswered;
        ++c.ratings;
        sums[r.personId] += *r.rating;
        const auto p = panel.value(qMakePair(r.applicationId, r.competencyId));
        if (p.second >= 2) {
            diffs[r.personId] += *r.rating - p.first / p.second;
            ++c.ratingsCompared;
        }
    }
    for (InterviewerCalibration &c : list) {
        if (c.ratings > 0)
            c.meanRating = sums.value(c.personId) / c.ratings;
        if (c.ratingsCompared > 0)
            c.relativeToPanel = diffs.value(c.personId) / c.ratingsCompared;
    }
    return list;
}

Result<QList<CompetencyAgreement>> CalibrationRepository::agreement(qint64 openingId, int resamples) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM competencies WHERE opening_id = ? ORDER BY position"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    QList<CompetencyAgreement> list;
    while (q.next()) {
        CompetencyAgreement a;
        a.competencyId = q.int64(0);
        a.name = q.value(1).toString();
        list << a;
    }
    q.finish();
    Result<QList<RatingRow>> rows = ratingsOf(m_db, openingId);
    if (!rows)
        return rows.error();
    // Units: (application, competency); values: each interviewer's rating
    // (the mean when one interviewer rated it in two interviews).
    QHash<QPair<qint64, qint64>, QHash<qint64, QPair<double, int>>> units;
    for (const RatingRow &r : std::as_const(*rows)) {
        if (!r.rating)
            continue;
        auto &v = units[qMakePair(r.applicationId, r.competencyId)][r.personId];
        v.first += *r.rating;
        ++v.second;
    }
    QHash<qint64, QList<RatedUnit>> byCompetency;
    QList<RatedUnit> all;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        RatedUnit unit;
        for (auto v = it->cbegin(); v != it->cend(); ++v)
            unit << v->first / v->second;
        byCompetency[it.key().second] << unit;
        all << unit;
    }
    CompetencyAgreement panelWide;
    panelWide.name = tr("Whole panel");
    list << panelWide;
    for (CompetencyAgreement &a : list) {
        const QList<RatedUnit> data = a.competencyId > 0 ? byCompetency.value(a.competencyId) : all;
        a.alpha = krippendorffAlpha(data, AlphaMetric::Ordinal);
        a.tooFewRatings = a.alpha.pairableUnits < minUnits;
        if (a.alpha.alpha && !a.tooFewRatings)
            a.interval = bootstrapAlpha(data, AlphaMetric::Ordinal, resamples, 0.95, quint32(a.competencyId + 1));
    }
    return list;
}

} // namespace shortlist
