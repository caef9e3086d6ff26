#pragma once

#include "domain/types.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace shortlist {

// Groups smaller than this are shown as counts, not as percentages.
constexpr qint64 smallSample = 5;

// A share with its sample size: part of whole.
struct Proportion {
    qint64 part = 0;
    qint64 whole = 0;
    std::optional<double> value() const { return whole > 0 ? std::optional<double>(double(part) / double(whole)) : std::nullopt; }
    bool isSmall() const { return whole < smallSample; }
    friend bool operator==(const Proportion &, const Proportion &) = default;
};

// Durations, bucketed by the hour in SQL: hour -> how many.
using HourHistogram = QMap<qint64, qint64>;

// Percentiles by linear interpolation between order statistics (the usual
// "type 7" definition), in days.
struct DurationSummary {
    qint64 count = 0;
    qint64 open = 0;                 // of count: still running, measured to now
    std::optional<double> p10, p25, median, p75, p90, minimum, maximum;
    bool isSmall() const { return count < smallSample; }
};
DurationSummary summarizeDurations(const HourHistogram &hours, qint64 open = 0);
// The q-quantile (0..1) of the histogram's values, in hours.
std::optional<double> histogramQuantile(const HourHistogram &hours, double q);

// Canonical funnel order: applied, screen, interview, offer, hired.
int canonicalRank(StageCategory category);   // -1 for the exits

struct FunnelStep {
    qint64 stageId = 0;              // 0 for a canonical step
    QString name;
    StageCategory category = StageCategory::Applied;
    qint64 reached = 0;              // Reached(stage): entered it or a later one
    Proportion passThrough;          // reached / previous step's reached; none for the first
};

// Reached per stage of a pipeline (non-exit stages in order) from how many
// applications have each stage as their furthest.
QList<FunnelStep> stageFunnel(const QList<Stage> &pipeline, const QHash<qint64, qint64> &furthestCounts);
// The same over the five canonical stages, from counts per furthest category
// (summed across openings by the caller).
QList<FunnelStep> canonicalFunnel(const QMap<int, qint64> &furthestByRank);

// Monday of the week (UTC) holding `secs`, as SQL buckets it: weeks start on
// Monday 1970-01-05.
constexpr qint64 firstMonday = 4 * 86400;
constexpr qint64 week = 7 * 86400;
QDate weekStart(qint64 weekIndex);

struct WeekPoint {
    QDate start;
    qint64 applications = 0;
    qint64 hires = 0;
};
// Every week from the first to the last index given (or the range), zeros
// filled in.
QList<WeekPoint> fillWeeks(const QMap<qint64, qint64> &applications, const QMap<qint64, qint64> &hires,
                           std::optional<qint64> firstWeek = {}, std::optional<qint64> lastWeek = {});
// Trailing moving average over `window` points (fewer at the start).
QList<double> movingAverage(const QList<double> &values, int window);

} // namespace shortlist
