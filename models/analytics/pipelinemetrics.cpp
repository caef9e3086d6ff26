#include "pipelinemetrics.h"

#include <QTimeZone>

#include <cmath>

namespace shortlist {

std::optional<double> histogramQuantile(const HourHistogram &hours, double q)
{
    qint64 n = 0;
    for (qint64 c : hours)
        n += c;
    if (n == 0)
        return std::nullopt;
    const double h = double(n - 1) * std::clamp(q, 0.0, 1.0);
    const qint64 lowRank = qint64(std::floor(h));
    const qint64 highRank = std::min(lowRank + 1, n - 1);
    // The value at a 0-based rank among the sorted values.
    const auto valueAt = [&hours](qint64 rank) {
        qint64 seen = 0;
        double value = 0;
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            seen += it.value();
            value = double(it.key());
            if (rank < seen)
                break;
        }
        return value;
    };
    const double low = valueAt(lowRank);
    const double high = valueAt(highRank);
    return low + (h - double(lowRank)) * (high - low);
}

DurationSummary summarizeDurations(const HourHistogram &hours, qint64 open)
{
    DurationSummary s;
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = std::numeric_limits<qint64>::min();
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        s.count += it.value();
        lowest = std::min(lowest, it.key());
        highest = std::max(highest, it.key());
    }
    s.open = open;
    if (s.count == 0)
        return s;
    const auto days = [&hours](double q) -> std::optional<double> {
        const std::optional<double> h = histogramQuantile(hours, q);
        return h ? std::optional<double>(*h / 24.0) : std::nullopt;
    };
    s.p10 = days(0.10);
    s.p25 = days(0.25);
    s.median = days(0.50);
    s.p75 = days(0.75);
    s.p90 = days(0.90);
    s.minimum = double(lowest) / 24.0;
    s.maximum = double(highest) / 24.0;
    return s;
}

int canonicalRank(StageCategory category)
{
    switch (category) {
    case StageCategory::Applied: return 0;
    case StageCategory::Screen: return 1;
    case StageCategory::Interview: return 2;
    case StageCategory::Offer: return 3;
    case StageCategory::Hired: return 4;
    case StageCategory::Rejected:
    case StageCategory::Withdrawn: return -1;
    }
    return -1;
}

namespace {

void chainPassThrough(QList<FunnelStep> &steps)
{
    for (qsizetype i = 1; i < steps.size(); ++i)
        steps[i].passThrough = Proportion{steps.at(i).reached, steps.at(i - 1).reached};
}

} // namespace

QList<FunnelStep> stageFunnel(const QList<Stage> &pipeline, const QHash<qint64, qint64> &furthestCounts)
{
    QList<FunnelStep> steps;
    for (const Stage &s : pipeline) {
        if (canonicalRank(s.category) < 0)
            continue;
        steps << FunnelStep{s.id, s.name, s.category, 0, {}};
    }
    qint64 later = 0;
    for (qsizetype i = steps.size() - 1; i >= 0; --i) {
        later += furthestCounts.value(steps.at(i).stageId);
        steps[i].reached = later;
    }
    chainPassThrough(steps);
    return steps;
}

QList<FunnelStep> canonicalFunnel(const QMap<int, qint64> &furthestByRank)
{
    static const std::array<StageCategory, pipelineCategoryCount> order{StageCategory::Applied, StageCategory::Screen, StageCategory::Interview,
                                                                        StageCategory::Offer, StageCategory::Hired};
    QList<FunnelStep> steps;
    for (StageCategory c : order)
        steps << FunnelStep{0, toCode(c), c, 0, {}};
    qint64 later = 0;
    for (int rank = pipelineCategoryCount - 1; rank >= 0; --rank) {
        later += furthestByRank.value(rank);
        steps[rank].reached = later;
    }
    chainPassThrough(steps);
    return steps;
}

QDate weekStart(qint64 weekIndex)
{
    return QDateTime::fromSecsSinceEpoch(firstMonday + weekIndex * week, QTimeZone::utc()).date();
}

QList<WeekPoint> fillWeeks(const QMap<qint64, qint64> &applications, const QMap<qint64, qint64> &hires, std::optional<qint64> firstWeek,
                           std::optional<qint64> lastWeek)
{
    qint64 first = firstWeek.value_or(std::numeric_limits<qint64>::max());
    qint64 last = lastWeek.value_or(std::numeric_limits<qint64>::min());
    if (!firstWeek || !lastWeek) {
        for (const QMap<qint64, qint64> *m : {&applications, &hires}) {
            for (auto it = m->cbegin(); it != m->cend(); ++it) {
                if (!firstWeek)
                    first = std::min(first, it.key());
                if (!lastWeek)
                    last = std::max(last, it.key());
            }
        }
    }
    QList<WeekPoint> points;
    for (qint64 w = first; w <= last; ++w)
        points << WeekPoint{weekStart(w), applications.value(w), hires.value(w)};
    return points;
}

QList<double> movingAverage(const QList<double> &values, int window)
{
    QList<double> out;
    out.reserve(values.size());
    double sum = 0;
    for (qsizetype i = 0; i < values.size(); ++i) {
        sum += values.at(i);
        if (i >= window)
            sum -= values.at(i - window);
        out << sum / double(std::min<qsizetype>(i + 1, window));
    }
    return out;
}

} // namespace shortlist
