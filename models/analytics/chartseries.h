#pragma once

#include "analytics/forecast.h"
#include "analytics/pipelinemetrics.h"
#include "repositories/calibrationrepository.h"
#include "repositories/metricsrepository.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace shortlist {

// What each dashboard chart draws, mapped from the metrics by pure functions
// (tested without a widget): categories, values, the label printed on each
// bar or point, and the tooltip with the exact numbers.

struct BarSeries {
    QStringList categories;
    QList<double> values;
    QStringList labels;
    QStringList tooltips;
    QList<qint64> keys;            // what a click opens (stage id, or canonical rank)
};
BarSeries funnelSeries(const QList<FunnelStep> &steps);

struct BoxSeries {
    QStringList categories;
    QList<double> low, lowerQuartile, median, upperQuartile, high;   // p10, p25, p50, p75, p90 (days)
    QStringList labels;            // "n=12"
    QStringList tooltips;
};
// Stages with no visits are left out (there is nothing to draw for them).
BoxSeries timeInStageSeries(const QList<StageTime> &stages);

struct WeeklySeries {
    QList<double> weeks;           // week start, seconds since the epoch (for a date axis)
    QList<double> applications;
    QList<double> average;         // trailing moving average of applications
    QList<double> hires;
    QStringList tooltips;
};
WeeklySeries weeklySeries(const QList<WeekPoint> &weeks, int window = 4);

// Horizontal stacked bars: one row per category, segments in `segmentNames` order.
struct StackedSeries {
    QStringList categories;
    QStringList segmentNames;
    QList<QList<double>> segments; // segments[s][category]
    QStringList tooltips;          // per category
    QStringList keys;              // per category: the source name (for a click)
};
// Per source, how far its applications got: hired, offered but not hired,
// interviewed but not offered, the rest. At most `top` sources, the others
// summed as "Other sources".
StackedSeries sourceSeries(const QList<SourceRow> &sources, int top = 8);
// Per stage left, the rejection reasons: the `top` commonest overall, the
// rest as "Other reasons".
StackedSeries rejectionSeries(const QList<ReasonCount> &rejections, int top = 5);

struct DotSeries {
    QStringList names;             // interviewers, one row each
    QList<double> relative;        // their mean rating minus the panel's, same candidates
    QList<double> counts;          // ratings compared
    QStringList labels;            // "+0.32 (n=41)"
    QStringList tooltips;
};
// Interviewers with at least one rating compared to a panel.
DotSeries calibrationSeries(const QList<InterviewerCalibration> &interviewers);

struct RangeSeries {
    QStringList categories;        // applied .. offer
    QList<double> median, low, high;   // new applications needed to enter each stage
    QStringList tooltips;
    QString headline;              // "2 more hires: the last by 5 Dec 2026 (80%: 2 Dec to 10 Dec)"
    QString detail;                // what it takes: pipeline hires, new applications
    std::optional<QDate> hireDate, hireDateLow, hireDateHigh;
    QDate target;
};
RangeSeries forecastSeries(const Forecast &forecast, const QDate &target = {});

// "31%" or, for a small group, "3 of 4" (the counts say more than a percentage).
QString shareText(const Proportion &p);

} // namespace shortlist
