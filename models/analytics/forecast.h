#pragma once

#include "analytics/pipelinemetrics.h"

#include <QDate>
#include <QString>

#include <array>
#include <optional>

namespace shortlist {

// What the forecast learns from: applications made in a window (the last N
// months) that have since been resolved (hired, rejected or withdrawn), how
// far each got, how long stage visits took, and how fast applications came.
struct ForecastHistory {
    std::array<qint64, pipelineCategoryCount> reached{};   // Reached per canonical stage, resolved applications
    std::array<HourHistogram, pipelineCategoryCount - 1> stageHours;   // closed visits of applied..offer stages
    std::array<int, pipelineCategoryCount - 1> stagesPerCategory{1, 1, 1, 1};  // the opening's stages in each
    qint64 applications = 0;          // made in the window, resolved or not
    double weeks = 0;                 // the window's length
    QDate from;
    QDate to;
    bool pooled = false;              // every opening's history, not only this one's
    QString scope;                    // "Big Data Tech Lead" or "all openings"
    qint64 resolved() const { return reached.at(0); }
    qint64 hires() const { return reached.at(pipelineCategoryCount - 1); }
};

struct ForecastInput {
    ForecastHistory history;
    int remaining = 0;                                      // headcount still to hire
    std::array<qint64, pipelineCategoryCount - 1> active{}; // active now at applied..offer
    QDate today;
    QDate target;                                           // the opening's target date, if any
    int draws = 2000;
    quint64 seed = 1;
};

// An 80% range (10th to 90th percentile) around a median.
struct Range {
    double low = 0;
    double median = 0;
    double high = 0;
};

struct ForecastStep {
    StageCategory category = StageCategory::Applied;
    Proportion passThrough;           // to the next stage, in the history
    Range newEntrants;                // new applications needed to enter this stage
};

struct Forecast {
    int remaining = 0;
    Range fromPipeline;               // hires expected from applications already in process
    Range newApplications;            // applications still needed, beyond the pipeline
    QList<ForecastStep> steps;        // applied .. offer
    std::optional<QDate> hireDate;    // when the last remaining hire is made (median)
    std::optional<QDate> hireDateLow;
    std::optional<QDate> hireDateHigh;
    bool atRisk = false;              // the median date is after the target date
    bool thin = false;                // too little history to trust the range
    QString history;                  // which history it used, in words
    QStringList warnings;
};

// Monte Carlo over the uncertainty in the history: pass-through rates drawn
// from their beta posteriors (a uniform prior updated with the resolved
// applications), hires from the pipeline binomially, stage durations
// resampled from the history, new applications arriving at the history's
// rate. Deterministic for a seed.
Forecast forecastHiring(const ForecastInput &input);

// Under these the range is shown with a warning rather than trusted.
constexpr qint64 thinResolved = 30;
constexpr qint64 thinHires = 3;

} // namespace shortlist
