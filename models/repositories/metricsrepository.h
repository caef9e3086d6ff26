#pragma once

#include "analytics/forecast.h"
#include "analytics/pipelinemetrics.h"
#include "domain/types.h"
#include "storage/error.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>

namespace shortlist {

class Database;

// How the funnel counts: by application date (cohort), where applications
// stood on the end date (snapshot), or stage moves inside the period (activity).
enum class FunnelView { Cohort, Snapshot, Activity };
QString toCode(FunnelView view);
std::optional<FunnelView> funnelViewFromCode(const QString &code);

struct MetricsFilter {
    QList<qint64> openingIds;        // empty: every opening
    QDate from;                      // inclusive, UTC days; invalid: open-ended
    QDate to;                        // inclusive
    QStringList sources;             // empty: every source
    FunnelView view = FunnelView::Cohort;
    qint64 now = 0;                  // "now" for open durations and stalls; 0: the clock
};

struct StageTime {
    qint64 stageId = 0;              // 0 when grouped by canonical category
    QString name;
    StageCategory category = StageCategory::Applied;
    DurationSummary duration;
};

struct SourceRow {
    QString source;
    qint64 applications = 0;
    qint64 interviewed = 0;          // reached an interview stage
    qint64 offered = 0;
    qint64 hired = 0;
    Proportion toInterview() const { return {interviewed, applications}; }
    Proportion toHire() const { return {hired, applications}; }
};

struct ReasonCount {
    qint64 stageId = 0;              // the stage the application left
    QString stage;
    QString reason;
    qint64 count = 0;
};

struct StageCount {
    qint64 stageId = 0;
    QString stage;
    qint64 count = 0;
};

// Offers to the cohort (applications made in the period that reached an
// offer stage) and what became of them.
struct OfferOutcomes {
    qint64 extended = 0;
    qint64 accepted = 0;             // hired
    qint64 declined = 0;             // withdrew
    qint64 rescinded = 0;            // rejected after the offer
    qint64 open = 0;                 // still at offer
    Proportion acceptance() const { return {accepted, accepted + declined}; }
};

struct OpeningFill {
    qint64 openingId = 0;
    QString title;
    int headcount = 1;
    qint64 hired = 0;
    QDate createdOn;
    QDate targetOn;
    std::optional<double> timeToFillDays;   // created to the last headcount hired
    double openDays = 0;                    // created to now, while unfilled
};

struct PipelineMetrics {
    MetricsFilter filter;
    qint64 applications = 0;                // in the cohort (applied in the period)
    QList<FunnelStep> funnel;               // canonical stages
    QList<FunnelStep> stageFunnel;          // the opening's own stages (one opening)
    QList<StageTime> timeInStage;           // per stage (one opening) or category
    DurationSummary timeToHire;             // application to hire, hires in the period
    QList<OpeningFill> fills;
    QList<WeekPoint> weekly;
    QList<SourceRow> sources;
    QList<SourceRow> referrers;             // source "Referral" by referrer
    QList<ReasonCount> rejections;          // in the period, by stage left and reason
    OfferOutcomes offers;
    QList<StageCount> withdrawals;          // in the period, by stage left
    QList<StageCount> stalled;              // active now, past the stage's stall limit
    qint64 stalledTotal = 0;
    qint64 overdueScorecards = 0;
    QHash<qint64, StageCategory> stageCategories;   // every stage in scope
};

struct ForecastOptions {
    int months = 6;                  // the history window
    bool pooled = false;             // learn from every opening, not only this one
    qint64 now = 0;                  // 0: the clock
    int draws = 2000;
    quint64 seed = 1;
};

// Pipeline metrics by SQL aggregation: every figure is a GROUP BY over
// applications (with their furthest stage) or over stage visits (with when
// they were left), never a row per application read into C++.
class MetricsRepository {
    Q_DECLARE_TR_FUNCTIONS(MetricsRepository)

public:
    explicit MetricsRepository(Database &db) : m_db(db) {}

    Result<PipelineMetrics> compute(const MetricsFilter &filter, int overdueHours = 48) const;
    // The hiring forecast for an opening's remaining headcount.
    Result<Forecast> forecast(qint64 openingId, const ForecastOptions &options = {}) const;
    // The history it learns from (exposed for tests and the CLI).
    Result<ForecastInput> forecastInput(qint64 openingId, const ForecastOptions &options = {}) const;
    // Every source named on candidates, for filter choices.
    Result<QStringList> sources() const;
    // Benchmarks: collect every statement compute() runs, to time the same
    // SQL through the raw driver as a baseline.
    void logStatementsTo(QList<SqlFragment> *log) { m_log = log; }

private:
    Database &m_db;
    QList<SqlFragment> *m_log = nullptr;
};

} // namespace shortlist
