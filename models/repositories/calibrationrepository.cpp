#include "calibrationrepository.h"

#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

namespace shortlist {

using namespace sqlvalues;

namespace {

struct RatingRow {
    qint64 applicationId;
    qint64 competencyId;
    qint64 personId;
    int rating;          // 0: none (not assessed)
    bool notAssessed;
};

// Latest submitted revision of each scorecard of the opening's interviews
// that were not cancelled; `s` scorecards, `i` interviews. Driven from the
// opening's applications (the IN list), not from every scorecard in the file.
const char *const latestSubmitted =
    " WHERE i.application_id IN (SELECT id FROM applications WHERE opening_id = ?) AND i.status <> 'cancelled' "
    "AND s.status = 'submitted' AND NOT EXISTS "
    "(SELECT 1 FROM scorecards n WHERE n.interview_id = s.interview_id AND n.person_id = s.person_id AND n.revision > s.revision)";

Result<std::vector<RatingRow>> ratingsOf(Database &db, qint64 openingId)
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT i.application_id, r.competency_id, s.person_id, coalesce(r.rating, 0), r.not_assessed "
                             "FROM interviews i JOIN scorecards s ON s.interview_id = i.id JOIN scorecard_ratings r ON r.scorecard_id = s.id")
              + QLatin1String(latestSubmitted));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    std::vector<RatingRow> rows;
    while (q.next())
        rows.push_back(RatingRow{q.int64(0), q.int64(1), q.int64(2), int(q.int64(3)), q.int64(4) != 0});
    // Units are (application, competency); one interviewer's ratings of a unit are adjacent.
    std::sort(rows.begin(), rows.end(), [](const RatingRow &x, const RatingRow &y) {
        return std::tie(x.competencyId, x.applicationId, x.personId) < std::tie(y.competencyId, y.applicationId, y.personId);
    });
    return rows;
}

// Calls `unit(competency, application, begin, end)` for each unit's rows.
template <typename F> void forEachUnit(const std::vector<RatingRow> &rows, F unit)
{
    std::size_t begin = 0;
    for (std::size_t i = 1; i <= rows.size(); ++i) {
        if (i == rows.size() || rows[i].competencyId != rows[begin].competencyId || rows[i].applicationId != rows[begin].applicationId) {
            unit(rows[begin].competencyId, begin, i);
            begin = i;
        }
    }
}

// Each interviewer's rating of a unit (their mean when they rated it in two
// interviews), as (person, value) pairs.
void unitValues(const std::vector<RatingRow> &rows, std::size_t begin, std::size_t end, QList<QPair<qint64, double>> &out)
{
    out.clear();
    std::size_t i = begin;
    while (i < end) {
        const qint64 person = rows[i].personId;
        double sum = 0;
        int n = 0;
        for (; i < end && rows[i].personId == person; ++i) {
            if (rows[i].rating > 0) {
                sum += rows[i].rating;
                ++n;
            }
        }
        if (n > 0)
            out << qMakePair(person, sum / n);
    }
}

Result<QList<InterviewerCalibration>> interviewersFrom(Database &db, qint64 openingId, const std::vector<RatingRow> &rows)
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.person_id, p.name, count(*), sum(CASE WHEN s.overall = 'strong_no' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN s.overall = 'no' THEN 1 ELSE 0 END), sum(CASE WHEN s.overall = 'yes' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN s.overall = 'strong_yes' THEN 1 ELSE 0 END) FROM interviews i "
                             "JOIN scorecards s ON s.interview_id = i.id JOIN people p ON p.id = s.person_id")
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
    QHash<qint64, double> sums;
    QHash<qint64, double> diffs;
    forEachUnit(rows, [&](qint64, std::size_t begin, std::size_t end) {
        // Panel mean of the unit over every rating given (as the debrief counts).
        double panelSum = 0;
        int panelCount = 0;
        for (std::size_t i = begin; i < end; ++i) {
            if (rows[i].rating > 0) {
                panelSum += rows[i].rating;
                ++panelCount;
            }
        }
        for (std::size_t i = begin; i < end; ++i) {
            const RatingRow &r = rows[i];
            const auto at = index.constFind(r.personId);
            if (at == index.cend())
                continue;
            InterviewerCalibration &c = list[*at];
            if (r.notAssessed) {
                ++c.focusNotAssessed;
                continue;
            }
            if (r.rating <= 0)
                continue;
            ++c.focusAnswered;
            ++c.ratings;
            sums[r.personId] += r.rating;
            if (panelCount >= 2) {
                diffs[r.personId] += r.rating - panelSum / panelCount;
                ++c.ratingsCompared;
            }
        }
    });
    for (InterviewerCalibration &c : list) {
        if (c.ratings > 0)
            c.meanRating = sums.value(c.personId) / c.ratings;
        if (c.ratingsCompared > 0)
            c.relativeToPanel = diffs.value(c.personId) / c.ratingsCompared;
    }
    return list;
}

Result<QList<CompetencyAgreement>> agreementFrom(Database &db, qint64 openingId, const std::vector<RatingRow> &rows, int resamples)
{
    SqlQuery q(db);
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
    QHash<qint64, QList<RatedUnit>> byCompetency;
    QList<RatedUnit> all;
    QList<QPair<qint64, double>> values;
    forEachUnit(rows, [&](qint64 competency, std::size_t begin, std::size_t end) {
        unitValues(rows, begin, end, values);
        if (values.isEmpty())
            return;
        RatedUnit unit;
        unit.reserve(values.size());
        for (const auto &v : std::as_const(values))
            unit << v.second;
        byCompetency[competency] << unit;
        all << unit;
    });
    CompetencyAgreement panelWide;
    panelWide.name = CalibrationRepository::tr("Whole panel");
    list << panelWide;
    for (CompetencyAgreement &a : list) {
        const QList<RatedUnit> data = a.competencyId > 0 ? byCompetency.value(a.competencyId) : all;
        a.alpha = krippendorffAlpha(data, AlphaMetric::Ordinal);
        a.tooFewRatings = a.alpha.pairableUnits < CalibrationRepository::minUnits;
        if (a.alpha.alpha && !a.tooFewRatings)
            a.interval = bootstrapAlpha(data, AlphaMetric::Ordinal, resamples, 0.95, quint32(a.competencyId + 1));
    }
    return list;
}

} // namespace

Result<QList<InterviewerCalibration>> CalibrationRepository::interviewers(qint64 openingId) const
{
    Result<std::vector<RatingRow>> rows = ratingsOf(m_db, openingId);
    if (!rows)
        return rows.error();
    return interviewersFrom(m_db, openingId, *rows);
}

Result<QList<CompetencyAgreement>> CalibrationRepository::agreement(qint64 openingId, int resamples) const
{
    Result<std::vector<RatingRow>> rows = ratingsOf(m_db, openingId);
    if (!rows)
        return rows.error();
    return agreementFrom(m_db, openingId, *rows, resamples);
}

Result<Calibration> CalibrationRepository::compute(qint64 openingId, int resamples) const
{
    Result<std::vector<RatingRow>> rows = ratingsOf(m_db, openingId);
    if (!rows)
        return rows.error();
    Result<QList<InterviewerCalibration>> people = interviewersFrom(m_db, openingId, *rows);
    if (!people)
        return people.error();
    Result<QList<CompetencyAgreement>> agreement = agreementFrom(m_db, openingId, *rows, resamples);
    if (!agreement)
        return agreement.error();
    return Calibration{*people, *agreement};
}

} // namespace shortlist
