// The pipeline report: headline numbers, funnel, time in stage, sources,
// forecast, stalled applications and the active candidates of each opening.
#include "reportbuilder.h"

#include "analytics/chartseries.h"
#include "formats/metricsexport.h"
#include "reports/anonymizer.h"
#include "repositories/applicationrepository.h"
#include "repositories/metarepository.h"
#include "repositories/metricsrepository.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"

#include <QLocale>

#include <algorithm>
#include <numeric>

namespace shortlist {

namespace {

using namespace reporttext;

struct ActiveRows {
    qint64 openingId = 0;
    QString title;
    QList<ApplicationRow> rows;
};

QString matchText(const ApplicationRow &row)
{
    return row.matchScore ? QString::number(*row.matchScore) : QStringLiteral("—");
}

QString missingText(const ApplicationRow &row)
{
    return !row.matchScore ? QStringLiteral("—") : row.missingMustHaves > 0 ? QString::number(row.missingMustHaves) : QString();
}

void addHeadline(ReportDocument &doc, const PipelineMetrics &m, const QList<OpeningSummary> &openings)
{
    int headcount = 0;
    qint64 hired = 0;
    qint64 active = 0;
    for (const OpeningSummary &o : openings) {
        headcount += o.headcount;
        hired += o.hired;
        active += std::accumulate(o.activeByCategory.begin(), o.activeByCategory.end(), qint64(0));
    }
    const Proportion acceptance = m.offers.acceptance();
    doc.heading(ReportBuilder::tr("Headline numbers"));
    doc.facts({
        {ReportBuilder::tr("Headcount"), count(headcount), ReportBuilder::tr("%n opening(s)", nullptr, int(openings.size()))},
        {ReportBuilder::tr("Filled"), count(hired), ReportBuilder::tr("%1 still to hire").arg(count(std::max<qint64>(0, headcount - hired)))},
        {ReportBuilder::tr("Active candidates"), count(active), ReportBuilder::tr("in process now")},
        {ReportBuilder::tr("Applications"), count(m.applications), doc.period.isEmpty() ? ReportBuilder::tr("all time") : ReportBuilder::tr("in the period")},
        {ReportBuilder::tr("Time to hire"), days(m.timeToHire.median),
         m.timeToHire.count == 0 ? ReportBuilder::tr("no hires in the period")
                                 : ReportBuilder::tr("median of %n hire(s); 75th percentile %1", nullptr, int(m.timeToHire.count)).arg(days(m.timeToHire.p75))},
        {ReportBuilder::tr("Offer acceptance"), acceptance.whole == 0 ? QStringLiteral("—") : shareText(acceptance),
         acceptance.whole == 0 ? ReportBuilder::tr("no offers decided") : ReportBuilder::tr("%1 accepted of %2 decided offers").arg(count(acceptance.part), count(acceptance.whole))},
    });
}

void addFunnel(ReportDocument &doc, const PipelineMetrics &m)
{
    const QList<FunnelStep> &steps = m.stageFunnel.isEmpty() ? m.funnel : m.stageFunnel;
    doc.heading(ReportBuilder::tr("Funnel"));
    doc.note(ReportBuilder::tr("Reached: applications that entered the stage or a later one. Pass-through: reached this stage of those that reached the one before."));
    ReportChart chart;
    chart.kind = ReportChartKind::Funnel;
    chart.title = ReportBuilder::tr("Reached per stage");
    chart.series = funnelSeries(steps);
    doc.chart(chart);
    ReportTable table;
    table.headers = {ReportBuilder::tr("Stage"), ReportBuilder::tr("Reached"), ReportBuilder::tr("Pass-through")};
    table.widths = {3, 1, 2};
    table.numeric = {false, true, true};
    for (int i = 0; i < steps.size(); ++i)
        table.rows.append({steps.at(i).name, count(steps.at(i).reached), i == 0 ? QStringLiteral("—") : share(steps.at(i).passThrough)});
    doc.table(table);
}

void addTimeInStage(ReportDocument &doc, const PipelineMetrics &m)
{
    doc.heading(ReportBuilder::tr("Time in stage"));
    doc.note(ReportBuilder::tr("Days per visit to each stage; visits still open are measured to the report date. Groups under %n are counts, not percentiles.",
                               nullptr, int(smallSample)));
    ReportChart chart;
    chart.kind = ReportChartKind::TimeInStage;
    chart.title = ReportBuilder::tr("Days in stage: 10th, 25th, 50th, 75th and 90th percentiles");
    chart.series = timeInStageSeries(m.timeInStage);
    doc.chart(chart);
    ReportTable table;
    table.headers = {ReportBuilder::tr("Stage"), ReportBuilder::tr("Visits"), ReportBuilder::tr("Open"), ReportBuilder::tr("25th"),
                     ReportBuilder::tr("Median"), ReportBuilder::tr("75th"), ReportBuilder::tr("90th")};
    table.widths = {3, 1, 1, 1.4, 1.4, 1.4, 1.4};
    table.numeric = {false, true, true, true, true, true, true};
    for (const StageTime &s : m.timeInStage) {
        const DurationSummary &d = s.duration;
        const bool small = d.isSmall();
        table.rows.append({s.name, count(d.count), count(d.open), small ? QStringLiteral("—") : days(d.p25), days(d.median),
                           small ? QStringLiteral("—") : days(d.p75), small ? QStringLiteral("—") : days(d.p90)});
    }
    table.emptyText = ReportBuilder::tr("No stage visits in the period.");
    doc.table(table);
}

void addSources(ReportDocument &doc, const PipelineMetrics &m)
{
    doc.heading(ReportBuilder::tr("Sources"));
    ReportChart chart;
    chart.kind = ReportChartKind::Stacked;
    chart.title = ReportBuilder::tr("How far each source's applications got");
    chart.valueLabel = ReportBuilder::tr("Applications");
    chart.series = sourceSeries(m.sources);
    doc.chart(chart);
    ReportTable table;
    table.headers = {ReportBuilder::tr("Source"), ReportBuilder::tr("Applications"), ReportBuilder::tr("Interviewed"), ReportBuilder::tr("Offered"),
                     ReportBuilder::tr("Hired"), ReportBuilder::tr("To interview"), ReportBuilder::tr("To hire")};
    table.widths = {2.4, 1.3, 1.3, 1, 1, 1.6, 1.6};
    table.numeric = {false, true, true, true, true, true, true};
    for (const SourceRow &s : m.sources) {
        table.rows.append({s.source.isEmpty() ? ReportBuilder::tr("(no source)") : s.source, count(s.applications), count(s.interviewed),
                           count(s.offered), count(s.hired), shareText(s.toInterview()), shareText(s.toHire())});
    }
    table.emptyText = ReportBuilder::tr("No applications in the period.");
    doc.table(table);
}

void addForecasts(ReportDocument &doc, const QList<OpeningForecast> &forecasts, const QList<OpeningFill> &fills)
{
    doc.heading(ReportBuilder::tr("Forecast"));
    for (const OpeningForecast &of : forecasts) {
        QDate target;
        for (const OpeningFill &fill : fills) {
            if (fill.openingId == of.openingId)
                target = fill.targetOn;
        }
        const RangeSeries series = forecastSeries(of.forecast, target);
        if (forecasts.size() > 1)
            doc.subheading(of.title);
        doc.paragraph(series.headline);
        if (!series.detail.isEmpty())
            doc.paragraph(series.detail);
        QStringList notes{of.forecast.history};
        if (target.isValid())
            notes << (of.forecast.atRisk ? ReportBuilder::tr("At risk: the median date is after the target date, %1.").arg(date(target))
                                         : ReportBuilder::tr("Target date: %1.").arg(date(target)));
        notes << of.forecast.warnings;
        notes.removeAll(QString());
        doc.note(notes.join(QLatin1Char(' ')));
        if (!series.categories.isEmpty()) {
            ReportChart chart;
            chart.kind = ReportChartKind::Forecast;
            chart.title = ReportBuilder::tr("New applications needed to enter each stage (80% range)");
            chart.series = series;
            chart.aspect = 0.32;
            doc.chart(chart);
        }
    }
}

void addStalled(ReportDocument &doc, const PipelineMetrics &m, const QList<ActiveRows> &active, qint64 now, const Anonymizer &anonymizer)
{
    doc.heading(ReportBuilder::tr("Stalled applications"));
    if (m.stalledTotal == 0) {
        doc.paragraph(ReportBuilder::tr("No active application is past its stage's stall limit."));
        return;
    }
    doc.paragraph(ReportBuilder::tr("%n active application(s) are past their stage's stall limit.", nullptr, int(m.stalledTotal)));
    ReportTable table;
    const bool manyOpenings = active.size() > 1;
    table.headers = {ReportBuilder::tr("Candidate"), ReportBuilder::tr("Stage"), ReportBuilder::tr("Days in stage"), ReportBuilder::tr("Limit")};
    table.widths = {3, 2.2, 1.2, 1};
    table.numeric = {false, false, true, true};
    if (manyOpenings) {
        table.headers.insert(1, ReportBuilder::tr("Opening"));
        table.widths.insert(1, 2.5);
        table.numeric.insert(1, false);
    }
    for (const ActiveRows &opening : active) {
        QList<ApplicationRow> stalled;
        for (const ApplicationRow &row : opening.rows) {
            if (isStalled(row, now))
                stalled << row;
        }
        std::stable_sort(stalled.begin(), stalled.end(),
                         [now](const ApplicationRow &a, const ApplicationRow &b) { return daysInStage(a, now) > daysInStage(b, now); });
        for (const ApplicationRow &row : stalled) {
            QStringList cells{anonymizer.name(row.candidateId, row.name), row.stageName, count(daysInStage(row, now)), count(row.stallDays)};
            if (manyOpenings)
                cells.insert(1, opening.title);
            table.rows.append(cells);
        }
    }
    doc.table(table);
}

void addActive(ReportDocument &doc, const QList<ActiveRows> &active, qint64 now, const Anonymizer &anonymizer)
{
    doc.heading(ReportBuilder::tr("Active candidates"));
    for (const ActiveRows &opening : active) {
        if (active.size() > 1)
            doc.subheading(opening.title);
        ReportTable table;
        table.headers = {ReportBuilder::tr("Stage"), ReportBuilder::tr("Candidate"), ReportBuilder::tr("Days in stage"), ReportBuilder::tr("Match"),
                         ReportBuilder::tr("Must-haves missing"), ReportBuilder::tr("Source"), ReportBuilder::tr("Applied")};
        table.widths = {2.2, 3, 1.1, 0.9, 1.3, 1.6, 1.5};
        table.numeric = {false, false, true, true, true, false, true};
        table.emptyText = ReportBuilder::tr("No active candidates.");
        qint64 stage = -1;
        for (const ApplicationRow &row : opening.rows) {
            if (row.stageId != stage) {
                table.groupStarts << int(table.rows.size());
                stage = row.stageId;
            }
            table.rows.append({row.stageName, anonymizer.name(row.candidateId, row.name), count(daysInStage(row, now)), matchText(row), missingText(row), row.source,
                               date(QDateTime::fromSecsSinceEpoch(row.appliedAt).date())});
            if (isStalled(row, now))
                table.emphasized << int(table.rows.size() - 1);
        }
        doc.table(table);
    }
    doc.note(ReportBuilder::tr("Rows in bold are past their stage's stall limit. Match: the requirement match score out of 100."));
}

} // namespace

Result<ReportDocument> ReportBuilder::pipeline(Database &db, const ReportOptions &options, const ReportProgress &progress)
{
    Result<ReportDocument> started = start(db, options);
    if (!started)
        return started.error();
    ReportDocument doc = *started;
    const qint64 now = options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch();
    const auto cancelled = [&progress](int done, int total) { return progress && !progress(done, total); };
    const Error stopped = makeError(ErrorCode::Cancelled, tr("The report was cancelled; nothing was written."));

    Result<QList<OpeningSummary>> summaries = OpeningRepository(db).summaries();
    if (!summaries)
        return summaries.error();
    QList<OpeningSummary> openings;
    for (qint64 id : options.openingIds) {
        auto found = std::find_if(summaries->cbegin(), summaries->cend(), [id](const OpeningSummary &o) { return o.id == id; });
        if (found == summaries->cend())
            return makeError(ErrorCode::NotFound, tr("There is no opening with id %1. Choose one of the database's openings.").arg(id));
        openings << *found;
    }
    if (options.openingIds.isEmpty())
        openings = *summaries;
    if (openings.isEmpty())
        return makeError(ErrorCode::NotFound, tr("The database has no openings yet, so there is no pipeline to report on."));

    QList<qint64> ids;
    for (const OpeningSummary &o : openings)
        ids << o.id;
    doc.scope = openings.size() == 1 ? openings.constFirst().title
                                     : (options.openingIds.isEmpty() ? tr("All openings") : tr("%n openings", nullptr, int(openings.size())));
    doc.subject = tr("Hiring pipeline of %1").arg(doc.scope);
    doc.coverLines << doc.scope;
    if (!doc.period.isEmpty())
        doc.coverLines << tr("Applications made %1").arg(doc.period);
    if (options.anonymize)
        doc.coverLines << tr("Anonymised: candidates appear as stable codes, without names or contact details.");

    // Steps: metrics, forecasts, one per opening's active candidates.
    const int total = 2 + int(openings.size());
    int done = 0;
    if (cancelled(done, total))
        return stopped;

    MetricsFilter filter;
    filter.openingIds = options.openingIds;
    filter.from = options.from;
    filter.to = options.to;
    filter.now = now;
    Result<PipelineMetrics> metrics = MetricsRepository(db).compute(filter);
    if (!metrics)
        return metrics.error();
    if (cancelled(++done, total))
        return stopped;

    QList<OpeningForecast> forecasts;
    if (options.includes(QStringLiteral("forecast"))) {
        ForecastOptions forecastOptions;
        forecastOptions.now = now;
        Result<QList<OpeningForecast>> computed = MetricsExport::forecasts(db, ids, forecastOptions);
        if (!computed)
            return computed.error();
        forecasts = *computed;
    }
    if (cancelled(++done, total))
        return stopped;

    Anonymizer anonymizer;
    if (options.anonymize) {
        Result<QString> databaseId = MetaRepository(db).databaseId();
        if (!databaseId)
            return databaseId.error();
        anonymizer = Anonymizer(true, *databaseId);
    }

    QList<ActiveRows> active;
    if (options.includes(QStringLiteral("active")) || options.includes(QStringLiteral("stalled"))) {
        ApplicationRepository applications(db);
        for (const OpeningSummary &o : openings) {
            ApplicationQuery query;
            query.openingId = o.id;
            query.sort = ApplicationSort::Stage;
            query.order = Qt::AscendingOrder;
            ActiveRows rows{o.id, o.title, {}};
            constexpr int page = 2000;
            for (qint64 offset = 0;; offset += page) {
                Result<QList<ApplicationRow>> chunk = applications.rows(query, now, offset, page);
                if (!chunk)
                    return chunk.error();
                rows.rows << *chunk;
                if (chunk->size() < page)
                    break;
                if (cancelled(done, total))
                    return stopped;
            }
            // Stages in pipeline order (as SQL sorted them), longest waiting first within each.
            QHash<qint64, int> stageOrder;
            for (const ApplicationRow &row : std::as_const(rows.rows))
                stageOrder.insert(row.stageId, stageOrder.value(row.stageId, int(stageOrder.size())));
            std::stable_sort(rows.rows.begin(), rows.rows.end(), [&stageOrder](const ApplicationRow &a, const ApplicationRow &b) {
                const int sa = stageOrder.value(a.stageId), sb = stageOrder.value(b.stageId);
                return sa != sb ? sa < sb : a.stageEnteredAt < b.stageEnteredAt;
            });
            active << rows;
            if (cancelled(++done, total))
                return stopped;
        }
    }

    if (options.includes(QStringLiteral("headline")))
        addHeadline(doc, *metrics, openings);
    if (options.includes(QStringLiteral("funnel")))
        addFunnel(doc, *metrics);
    if (options.includes(QStringLiteral("time-in-stage")))
        addTimeInStage(doc, *metrics);
    if (options.includes(QStringLiteral("sources")))
        addSources(doc, *metrics);
    if (options.includes(QStringLiteral("forecast")))
        addForecasts(doc, forecasts, metrics->fills);
    if (options.includes(QStringLiteral("stalled")))
        addStalled(doc, *metrics, active, now, anonymizer);
    if (options.includes(QStringLiteral("active")))
        addActive(doc, active, now, anonymizer);
    return doc;
}

} // namespace shortlist
