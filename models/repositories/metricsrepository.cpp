#include "metricsrepository.h"

#include "openingrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QTimeZone>

namespace shortlist {

using namespace sqlvalues;

QString toCode(FunnelView view)
{
    switch (view) {
    case FunnelView::Cohort: return QStringLiteral("cohort");
    case FunnelView::Snapshot: return QStringLiteral("snapshot");
    case FunnelView::Activity: return QStringLiteral("activity");
    }
    return {};
}

std::optional<FunnelView> funnelViewFromCode(const QString &code)
{
    for (FunnelView v : {FunnelView::Cohort, FunnelView::Snapshot, FunnelView::Activity}) {
        if (toCode(v) == code)
            return v;
    }
    return std::nullopt;
}

namespace {

constexpr qint64 day = 86400;

QString marks(qsizetype count)
{
    return QLatin1Char('(') + QStringList(count, QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')');
}

qint64 startOfDay(const QDate &d) { return QDateTime(d, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch(); }

// The openings in scope with their stage plans, and the period in seconds.
struct Scope {
    QList<Opening> openings;
    QHash<qint64, Stage> stages;           // every stage in scope by id
    qint64 from = std::numeric_limits<qint64>::min() / 4;
    qint64 to = std::numeric_limits<qint64>::max() / 4;   // exclusive
    bool dated = false;
    qint64 now = 0;
    QStringList sources;

    QList<qint64> stageIds(const std::function<bool(const Stage &)> &wanted) const
    {
        QList<qint64> ids;
        for (const Opening &o : openings) {
            for (const Stage &s : o.stages) {
                if (wanted(s))
                    ids << s.id;
            }
        }
        return ids;
    }
    QList<qint64> openingIds() const
    {
        QList<qint64> ids;
        for (const Opening &o : openings)
            ids << o.id;
        return ids;
    }
};

// A statement being put together: text and values in order.
struct Statement {
    QString sql;
    QVariantList values;
    Statement &add(const QString &text) { sql += text; return *this; }
    template <typename... T> Statement &add(const QString &text, const T &...v)
    {
        sql += text;
        (values << ... << QVariant::fromValue(v));
        return *this;
    }
    Statement &addIds(const QString &prefix, const QList<qint64> &ids)
    {
        sql += prefix + marks(ids.size());
        for (qint64 id : ids)
            values << id;
        return *this;
    }
    Statement &addTexts(const QString &prefix, const QStringList &texts)
    {
        sql += prefix + marks(texts.size());
        for (const QString &t : texts)
            values << t;
        return *this;
    }
};

bool run(SqlQuery &q, const Statement &s, QList<SqlFragment> *log = nullptr)
{
    if (log)
        *log << SqlFragment{s.sql, s.values};
    q.prepare(s.sql);
    for (const QVariant &v : s.values)
        q.bind(v);
    return q.exec();
}

// "FROM applications a" restricted to the scope (openings, sources) and,
// with `cohort`, to applications made in the period.
Statement applicationsIn(const Scope &scope, const QString &select, bool cohort)
{
    Statement s;
    s.add(select + QStringLiteral(" FROM applications a"));
    s.addIds(QStringLiteral(" WHERE a.opening_id IN "), scope.openingIds());
    // The unary + keeps the planners on the covering index of the opening
    // (filtered in one pass) instead of a date index that needs a row lookup
    // per application, or SQLite's skip-scan over every distinct stay.
    if (cohort && scope.dated)
        s.add(QStringLiteral(" AND +a.applied_at >= ? AND +a.applied_at < ?"), scope.from, scope.to);
    if (!scope.sources.isEmpty())
        s.addTexts(QStringLiteral(" AND a.candidate_source IN "), scope.sources);
    return s;
}

// "FROM stage_events e" entering the given stages, in the period when `dated`.
Statement visitsTo(const Scope &scope, const QString &select, const QList<qint64> &stageIds, bool dated)
{
    Statement s;
    s.add(select + QStringLiteral(" FROM stage_events e"));
    if (!scope.sources.isEmpty())
        s.addTexts(QStringLiteral(" JOIN applications a ON a.id = e.application_id AND a.candidate_source IN "), scope.sources);
    s.addIds(QStringLiteral(" WHERE e.to_stage_id IN "), stageIds.isEmpty() ? QList<qint64>{-1} : stageIds);
    if (dated && scope.dated)
        s.add(QStringLiteral(" AND +e.at >= ? AND +e.at < ?"), scope.from, scope.to);
    return s;
}

bool isPipeline(const Stage &s) { return canonicalRank(s.category) >= 0; }

} // namespace

Result<QStringList> MetricsRepository::sources() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT DISTINCT source FROM candidates WHERE source <> '' ORDER BY source")))
        return q.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<PipelineMetrics> MetricsRepository::compute(const MetricsFilter &filter, int overdueHours) const
{
    PipelineMetrics m;
    m.filter = filter;
    Scope scope;
    scope.now = filter.now > 0 ? filter.now : QDateTime::currentSecsSinceEpoch();
    m.filter.now = scope.now;
    scope.sources = filter.sources;
    if (filter.from.isValid() || filter.to.isValid()) {
        scope.dated = true;
        if (filter.from.isValid())
            scope.from = startOfDay(filter.from);
        if (filter.to.isValid())
            scope.to = startOfDay(filter.to) + day;
        if (scope.from >= scope.to)
            return makeError(ErrorCode::Invalid, tr("The period ends (%1) before it starts (%2); swap the dates.")
                                                     .arg(filter.to.toString(Qt::ISODate), filter.from.toString(Qt::ISODate)));
    }

    SqlQuery q(m_db);
    QList<qint64> openingIds = filter.openingIds;
    if (openingIds.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT id FROM openings ORDER BY id")))
            return q.error();
        while (q.next())
            openingIds << q.int64(0);
    }
    OpeningRepository openings(m_db);
    for (qint64 id : std::as_const(openingIds)) {
        Result<Opening> o = openings.loadStagePlan(id);
        if (!o)
            return o.error();
        scope.openings << *o;
        for (const Stage &s : std::as_const(o->stages)) {
            scope.stages.insert(s.id, s);
            m.stageCategories.insert(s.id, s.category);
        }
    }
    const bool oneOpening = scope.openings.size() == 1;
    const auto stageName = [&scope](qint64 id) { return scope.stages.value(id).name; };

    // Funnel.
    QHash<qint64, qint64> furthestCounts;   // stage id -> applications whose furthest it is
    QMap<qint64, qint64> appliedByWeek;     // the cohort funnel reads these in the same pass
    bool weeklyRead = false;
    Statement funnel;
    switch (filter.view) {
    case FunnelView::Cohort:
        funnel = applicationsIn(scope, QStringLiteral("SELECT a.furthest_stage_id, count(*), (a.applied_at - ?) / ?"), true);
        funnel.values.prepend(week);
        funnel.values.prepend(firstMonday);
        funnel.add(QStringLiteral(" GROUP BY 1, 3"));
        weeklyRead = true;
        break;
    case FunnelView::Snapshot: {
        // Where each application applied by the end date stood on it.
        const qint64 asOf = std::min(scope.to, scope.now + 1);
        Statement inner = applicationsIn(scope, QStringLiteral("SELECT a.opening_id AS opening_id, max(s.position) AS position"), false);
        inner.sql.replace(QStringLiteral(" FROM applications a"),
                          QStringLiteral(" FROM applications a JOIN stage_events e ON e.application_id = a.id AND e.at < ") + QString::number(asOf)
                              + QStringLiteral(" JOIN stages s ON s.id = e.to_stage_id AND s.category NOT IN ('rejected', 'withdrawn')"));
        inner.add(QStringLiteral(" AND a.applied_at < ?"), asOf);
        inner.add(QStringLiteral(" GROUP BY a.id, a.opening_id"));
        funnel.sql = QStringLiteral("SELECT st.id, count(*) FROM (") + inner.sql
                     + QStringLiteral(") f JOIN stages st ON st.opening_id = f.opening_id AND st.position = f.position GROUP BY st.id");
        funnel.values = inner.values;
        break;
    }
    case FunnelView::Activity:
        funnel = visitsTo(scope, QStringLiteral("SELECT e.to_stage_id, count(*)"), scope.stageIds(isPipeline), true);
        funnel.add(QStringLiteral(" GROUP BY e.to_stage_id"));
        break;
    }
    if (!run(q, funnel, m_log))
        return q.error();
    while (q.next()) {
        if (!q.isNull(0))
            furthestCounts[q.int64(0)] += q.int64(1);
        if (weeklyRead)
            appliedByWeek[q.int64(2)] += q.int64(1);
    }
    if (filter.view == FunnelView::Activity) {
        // Entries per stage: no cumulative "reached", no pass-through.
        QMap<int, qint64> byRank;
        for (auto it = furthestCounts.cbegin(); it != furthestCounts.cend(); ++it)
            byRank[canonicalRank(scope.stages.value(it.key()).category)] += it.value();
        for (const FunnelStep &step : canonicalFunnel({})) {
            FunnelStep s = step;
            s.reached = byRank.value(canonicalRank(s.category));
            m.funnel << s;
        }
        if (oneOpening) {
            for (const Stage &s : std::as_const(scope.openings.constFirst().stages)) {
                if (isPipeline(s))
                    m.stageFunnel << FunnelStep{s.id, s.name, s.category, furthestCounts.value(s.id), {}};
            }
        }
        m.applications = byRank.value(0);
    } else {
        QMap<int, qint64> byRank;
        for (auto it = furthestCounts.cbegin(); it != furthestCounts.cend(); ++it)
            byRank[canonicalRank(scope.stages.value(it.key()).category)] += it.value();
        m.funnel = canonicalFunnel(byRank);
        if (oneOpening)
            m.stageFunnel = stageFunnel(scope.openings.constFirst().stages, furthestCounts);
        m.applications = m.funnel.isEmpty() ? 0 : m.funnel.constFirst().reached;
    }

    // Time in stage: visits that began in the period, in whole hours; the
    // closed ones read in index order, the open ones measured to now.
    {
        const QList<qint64> measured = scope.stageIds([](const Stage &s) { return isPipeline(s) && s.category != StageCategory::Hired; });
        QMap<QString, HourHistogram> histograms;    // key: stage id, or category code across openings
        QHash<QString, qint64> open;
        const auto keyOf = [&](qint64 stageId) { return oneOpening ? QString::number(stageId) : toCode(scope.stages.value(stageId).category); };
        Statement closed = visitsTo(scope, QStringLiteral("SELECT e.to_stage_id, e.stay_hours, count(*)"), measured, true);
        closed.add(QStringLiteral(" AND e.stay_hours IS NOT NULL GROUP BY e.to_stage_id, e.stay_hours"));
        if (!run(q, closed, m_log))
            return q.error();
        while (q.next())
            histograms[keyOf(q.int64(0))][std::max<qint64>(0, q.int64(1))] += q.int64(2);
        Statement running = visitsTo(scope, QStringLiteral("SELECT e.to_stage_id, (? - e.at) / 3600, count(*)"), measured, true);
        running.values.prepend(scope.now);
        // Ordinals: PostgreSQL cannot tell two parameters are the same value.
        running.add(QStringLiteral(" AND e.stay_hours IS NULL GROUP BY 1, 2"));
        if (!run(q, running, m_log))
            return q.error();
        while (q.next()) {
            const QString key = keyOf(q.int64(0));
            histograms[key][std::max<qint64>(0, q.int64(1))] += q.int64(2);
            open[key] += q.int64(2);
        }
        if (oneOpening) {
            for (const Stage &st : std::as_const(scope.openings.constFirst().stages)) {
                if (!isPipeline(st) || st.category == StageCategory::Hired)
                    continue;
                const QString key = QString::number(st.id);
                m.timeInStage << StageTime{st.id, st.name, st.category, summarizeDurations(histograms.value(key), open.value(key))};
            }
        } else {
            for (StageCategory c : {StageCategory::Applied, StageCategory::Screen, StageCategory::Interview, StageCategory::Offer}) {
                const QString key = toCode(c);
                m.timeInStage << StageTime{0, key, c, summarizeDurations(histograms.value(key), open.value(key))};
            }
        }
    }

    const QList<qint64> hiredStages = scope.stageIds([](const Stage &s) { return s.category == StageCategory::Hired; });
    // Time to hire: hires in the period, from their application.
    {
        Statement s;
        s.add(QStringLiteral("SELECT (e.at - ap.applied_at) / 3600, count(*) FROM stage_events e JOIN applications ap ON ap.id = e.application_id"));
        s.addIds(QStringLiteral(" WHERE e.to_stage_id IN "), hiredStages.isEmpty() ? QList<qint64>{-1} : hiredStages);
        if (scope.dated)
            s.add(QStringLiteral(" AND +e.at >= ? AND +e.at < ?"), scope.from, scope.to);
        if (!scope.sources.isEmpty())
            s.addTexts(QStringLiteral(" AND ap.candidate_source IN "), scope.sources);
        s.add(QStringLiteral(" GROUP BY 1"));
        if (!run(q, s, m_log))
            return q.error();
        HourHistogram hours;
        while (q.next())
            hours[std::max<qint64>(0, q.int64(0))] += q.int64(1);
        m.timeToHire = summarizeDurations(hours);
    }

    // Time to fill, per opening: created to the hire that filled the headcount.
    for (const Opening &o : std::as_const(scope.openings)) {
        OpeningFill fill;
        fill.openingId = o.id;
        fill.title = o.title;
        q.prepare(QStringLiteral("SELECT headcount, created_on, target_on FROM openings WHERE id = ?"));
        q.bind(o.id);
        if (!q.exec() || !q.next())
            return q.failure();
        fill.headcount = q.value(0).toInt();
        fill.createdOn = toDate(q.value(1));
        fill.targetOn = toDate(q.value(2));
        q.finish();
        q.prepare(QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = ? AND status = 'hired'"));
        q.bind(o.id);
        if (!q.exec() || !q.next())
            return q.failure();
        fill.hired = q.int64(0);
        q.finish();
        const Stage *hired = o.firstStage(StageCategory::Hired);
        const qint64 created = fill.createdOn.isValid() ? startOfDay(fill.createdOn) : scope.now;
        if (hired && fill.hired >= fill.headcount) {
            q.prepare(QStringLiteral("SELECT e.at FROM stage_events e JOIN applications a ON a.id = e.application_id "
                                     "WHERE e.to_stage_id = ? AND a.status = 'hired' ORDER BY e.at LIMIT 1 OFFSET ?"));
            q.bind(hired->id).bind(fill.headcount - 1);
            if (!q.exec())
                return q.error();
            if (q.next())
                fill.timeToFillDays = double(q.int64(0) - created) / double(day);
            q.finish();
        }
        fill.openDays = double(scope.now - created) / double(day);
        m.fills << fill;
    }

    // Weekly applications and hires.
    {
        QMap<qint64, qint64> applied = appliedByWeek;
        QMap<qint64, qint64> hires;
        if (!weeklyRead) {
            Statement s = applicationsIn(scope, QStringLiteral("SELECT (a.applied_at - ?) / ?, count(*)"), true);
            s.values.prepend(week);
            s.values.prepend(firstMonday);
            s.add(QStringLiteral(" GROUP BY 1"));
            if (!run(q, s, m_log))
                return q.error();
            while (q.next())
                applied.insert(q.int64(0), q.int64(1));
        }
        Statement h = visitsTo(scope, QStringLiteral("SELECT (e.at - ?) / ?, count(*)"), hiredStages, true);
        h.values.prepend(week);
        h.values.prepend(firstMonday);
        h.add(QStringLiteral(" GROUP BY 1"));
        if (!run(q, h, m_log))
            return q.error();
        while (q.next())
            hires.insert(q.int64(0), q.int64(1));
        std::optional<qint64> first, last;
        if (filter.from.isValid())
            first = (scope.from - firstMonday) / week;
        if (filter.to.isValid())
            last = (std::min(scope.to, scope.now) - 1 - firstMonday) / week;
        m.weekly = fillWeeks(applied, hires, first, last);
    }

    // Sources, and referrals by referrer: how far each got. One pass over
    // the opening's applications in (source, referrer) order.
    {
        Statement s = applicationsIn(scope, QStringLiteral("SELECT a.candidate_source, a.candidate_referrer, a.furthest_stage_id, a.status, count(*)"), true);
        s.add(QStringLiteral(" GROUP BY a.candidate_source, a.candidate_referrer, a.furthest_stage_id, a.status"));
        if (!run(q, s, m_log))
            return q.error();
        QMap<QString, SourceRow> bySource;
        QMap<QString, SourceRow> byReferrer;
        while (q.next()) {
            const QString source = q.value(0).toString();
            const QString referrer = q.value(1).toString();
            const int rank = canonicalRank(scope.stages.value(q.int64(2)).category);
            const QString status = q.value(3).toString();
            const bool hired = status == QLatin1String("hired");
            const qint64 n = q.int64(4);
            // Offers made to the cohort, and what became of them.
            if (rank >= canonicalRank(StageCategory::Offer)) {
                m.offers.extended += n;
                if (hired)
                    m.offers.accepted += n;
                else if (status == QLatin1String("withdrawn"))
                    m.offers.declined += n;
                else if (status == QLatin1String("rejected"))
                    m.offers.rescinded += n;
                else
                    m.offers.open += n;
            }
            for (SourceRow *row : {&bySource[source], referrer.isEmpty() ? nullptr : &byReferrer[referrer]}) {
                if (!row)
                    continue;
                row->applications += n;
                row->interviewed += rank >= canonicalRank(StageCategory::Interview) ? n : 0;
                row->offered += rank >= canonicalRank(StageCategory::Offer) ? n : 0;
                row->hired += hired ? n : 0;
            }
        }
        for (auto it = bySource.begin(); it != bySource.end(); ++it) {
            it->source = it.key();
            m.sources << *it;
        }
        for (auto it = byReferrer.begin(); it != byReferrer.end(); ++it) {
            it->source = it.key();
            m.referrers << *it;
        }
        for (QList<SourceRow> *rows : {&m.sources, &m.referrers}) {
            std::sort(rows->begin(), rows->end(), [](const SourceRow &x, const SourceRow &y) {
                return x.applications != y.applications ? x.applications > y.applications : x.source < y.source;
            });
        }
    }

    // Rejections (by stage left and reason) and withdrawals, that happened in
    // the period: the applications now closed that way, by when they closed.
    {
        Statement s = applicationsIn(scope, QStringLiteral("SELECT a.status, a.exited_from_stage_id, a.rejection_reason, count(*)"), false);
        s.add(QStringLiteral(" AND a.status IN ('rejected', 'withdrawn')"));
        if (scope.dated)
            s.add(QStringLiteral(" AND +a.stage_entered_at >= ? AND +a.stage_entered_at < ?"), scope.from, scope.to);
        s.add(QStringLiteral(" GROUP BY a.status, a.exited_from_stage_id, a.rejection_reason"));
        if (!run(q, s, m_log))
            return q.error();
        QHash<qint64, qint64> withdrawn;
        while (q.next()) {
            const qint64 from = q.int64(1);
            if (q.value(0).toString() == QLatin1String("rejected"))
                m.rejections << ReasonCount{from, stageName(from), q.value(2).toString(), q.int64(3)};
            else
                withdrawn[from] += q.int64(3);
        }
        for (auto it = withdrawn.cbegin(); it != withdrawn.cend(); ++it)
            m.withdrawals << StageCount{it.key(), stageName(it.key()), it.value()};
    }
    const auto byPosition = [&scope](qint64 a, qint64 b) { return scope.stages.value(a).position < scope.stages.value(b).position; };
    std::sort(m.rejections.begin(), m.rejections.end(), [&](const ReasonCount &x, const ReasonCount &y) {
        if (x.stageId != y.stageId)
            return byPosition(x.stageId, y.stageId) || (!byPosition(y.stageId, x.stageId) && x.stageId < y.stageId);
        return x.count != y.count ? x.count > y.count : x.reason < y.reason;
    });
    std::sort(m.withdrawals.begin(), m.withdrawals.end(), [&](const StageCount &x, const StageCount &y) { return byPosition(x.stageId, y.stageId); });

    // Health: stalled now, overdue scorecards.
    {
        Statement s = applicationsIn(scope, QStringLiteral("SELECT a.stage_id, count(*)"), false);
        s.sql.replace(QStringLiteral(" FROM applications a"), QStringLiteral(" FROM applications a JOIN stages st ON st.id = a.stage_id"));
        // CAST: PostgreSQL would type a bare parameter next to the INTEGER
        // stall_days as a 32-bit integer, out of range after January 2038.
        s.add(QStringLiteral(" AND a.status = 'active' AND st.stall_days > 0 AND a.stage_entered_at < CAST(? AS BIGINT) - st.stall_days * 86400 "
                             "GROUP BY a.stage_id"),
              scope.now);
        if (!run(q, s, m_log))
            return q.error();
        while (q.next()) {
            m.stalled << StageCount{q.int64(0), stageName(q.int64(0)), q.int64(1)};
            m.stalledTotal += q.int64(1);
        }
        std::sort(m.stalled.begin(), m.stalled.end(), [&](const StageCount &x, const StageCount &y) { return byPosition(x.stageId, y.stageId); });

        // Candidates still in process only: a missing scorecard of someone
        // already rejected or hired holds nobody up.
        Statement o = applicationsIn(scope, QStringLiteral("SELECT count(*)"), false);
        o.sql.replace(QStringLiteral(" FROM applications a"), QStringLiteral(" FROM applications a JOIN interviews i ON i.application_id = a.id "
                                                                             "JOIN interview_panel p ON p.interview_id = i.id"));
        o.add(QStringLiteral(" AND a.status = 'active' AND i.status <> 'cancelled' AND i.starts_at + i.duration_minutes * 60 + ? < ? "
                             "AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.person_id = p.person_id "
                             "AND s.status = 'submitted')"),
              qint64(overdueHours) * 3600, scope.now);
        if (!run(q, o, m_log) || !q.next())
            return q.failure();
        m.overdueScorecards = q.int64(0);
    }
    return m;
}

Result<ForecastInput> MetricsRepository::forecastInput(qint64 openingId, const ForecastOptions &options) const
{
    if (options.months < 1 || options.months > 120)
        return makeError(ErrorCode::Invalid, tr("Learn from 1 to 120 months of history; %1 is outside that.").arg(options.months));
    const qint64 now = options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch();
    Result<Opening> opening = OpeningRepository(m_db).loadStagePlan(openingId);
    if (!opening)
        return opening.error();
    SqlQuery q(m_db);
    ForecastInput in;
    q.prepare(QStringLiteral("SELECT o.headcount, o.target_on, (SELECT count(*) FROM applications a WHERE a.opening_id = o.id AND a.status = 'hired') "
                             "FROM openings o WHERE o.id = ?"));
    q.bind(openingId);
    if (!q.exec() || !q.next())
        return q.failure();
    in.remaining = std::max(0, q.value(0).toInt() - q.value(2).toInt());
    in.target = toDate(q.value(1));
    q.finish();
    const QDateTime nowUtc = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc());
    in.today = nowUtc.date();
    const qint64 from = nowUtc.addMonths(-options.months).toSecsSinceEpoch();
    in.seed = options.seed;
    in.draws = options.draws;

    // The stage plans learnt from: this opening's, or every opening's.
    QHash<qint64, Stage> stages;
    QList<qint64> openingIds;
    if (options.pooled) {
        if (!q.exec(QStringLiteral("SELECT id FROM openings ORDER BY id")))
            return q.error();
        while (q.next())
            openingIds << q.int64(0);
    } else {
        openingIds << openingId;
    }
    for (qint64 id : std::as_const(openingIds)) {
        Result<Opening> o = id == openingId ? opening : OpeningRepository(m_db).loadStagePlan(id);
        if (!o)
            return o.error();
        for (const Stage &s : std::as_const(o->stages))
            stages.insert(s.id, s);
    }
    ForecastHistory &h = in.history;
    h.pooled = options.pooled;
    h.scope = options.pooled ? tr("all openings") : opening->title;
    h.from = QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc()).date();
    h.to = in.today;
    h.weeks = double(now - from) / double(week);
    h.stagesPerCategory = {0, 0, 0, 0};
    for (const Stage &s : std::as_const(opening->stages)) {
        const int rank = canonicalRank(s.category);
        if (rank >= 0 && rank < pipelineCategoryCount - 1)
            ++h.stagesPerCategory.at(std::size_t(rank));
    }

    Statement reached;
    reached.addIds(QStringLiteral("SELECT a.furthest_stage_id, a.status, count(*) FROM applications a WHERE a.opening_id IN "), openingIds);
    reached.add(QStringLiteral(" AND +a.applied_at >= ? AND +a.applied_at < ? GROUP BY a.furthest_stage_id, a.status"), from, now);
    if (!run(q, reached))
        return q.error();
    QMap<int, qint64> byRank;
    while (q.next()) {
        h.applications += q.int64(2);
        if (q.value(1).toString() != QLatin1String("active"))
            byRank[canonicalRank(stages.value(q.int64(0)).category)] += q.int64(2);
    }
    const QList<FunnelStep> funnel = canonicalFunnel(byRank);
    for (int k = 0; k < pipelineCategoryCount; ++k)
        h.reached.at(std::size_t(k)) = funnel.at(k).reached;

    QList<qint64> measured;
    for (const Stage &s : std::as_const(stages)) {
        const int rank = canonicalRank(s.category);
        if (rank >= 0 && rank < pipelineCategoryCount - 1)
            measured << s.id;
    }
    Statement stays;
    stays.addIds(QStringLiteral("SELECT e.to_stage_id, e.stay_hours, count(*) FROM stage_events e WHERE e.to_stage_id IN "),
                 measured.isEmpty() ? QList<qint64>{-1} : measured);
    stays.add(QStringLiteral(" AND +e.at >= ? AND +e.at < ? AND e.stay_hours IS NOT NULL GROUP BY e.to_stage_id, e.stay_hours"), from, now);
    if (!run(q, stays))
        return q.error();
    while (q.next()) {
        const int rank = canonicalRank(stages.value(q.int64(0)).category);
        h.stageHours.at(std::size_t(rank))[q.int64(1)] += q.int64(2);
    }

    q.prepare(QStringLiteral("SELECT stage_id, count(*) FROM applications WHERE opening_id = ? AND status = 'active' GROUP BY stage_id"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const Stage *s = opening->stage(q.int64(0));
        const int rank = s ? canonicalRank(s->category) : -1;
        if (rank >= 0 && rank < pipelineCategoryCount - 1)
            in.active.at(std::size_t(rank)) += q.int64(1);
    }
    return in;
}

Result<Forecast> MetricsRepository::forecast(qint64 openingId, const ForecastOptions &options) const
{
    // A filled opening needs no history read.
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o.headcount - (SELECT count(*) FROM applications a WHERE a.opening_id = o.id AND a.status = 'hired') "
                             "FROM openings o WHERE o.id = ?"));
    q.bind(openingId);
    if (!q.exec() || !q.next())
        return q.failure();
    if (q.int64(0) <= 0) {
        Forecast filled;
        filled.warnings << tr("The headcount is filled: nothing to forecast.");
        return filled;
    }
    q.finish();
    Result<ForecastInput> in = forecastInput(openingId, options);
    if (!in)
        return in.error();
    return forecastHiring(*in);
}

} // namespace shortlist
