#include "metricsexport.h"

#include "formats/csvwriter.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"

#include <QBuffer>
#include <QJsonArray>
#include <QTimeZone>

namespace shortlist {

namespace {

QJsonValue number(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }
QJsonValue date(const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null); }
QJsonValue date(const std::optional<QDate> &d) { return d ? date(*d) : QJsonValue(QJsonValue::Null); }

QJsonObject proportion(const Proportion &p)
{
    return QJsonObject{{QStringLiteral("part"), p.part}, {QStringLiteral("whole"), p.whole},
                       {QStringLiteral("rate"), number(p.value())}, {QStringLiteral("small"), p.isSmall()}};
}

QJsonObject durations(const DurationSummary &d)
{
    return QJsonObject{{QStringLiteral("count"), d.count},
                       {QStringLiteral("open"), d.open},
                       {QStringLiteral("small"), d.isSmall()},
                       {QStringLiteral("days"), QJsonObject{{QStringLiteral("p10"), number(d.p10)},
                                                            {QStringLiteral("p25"), number(d.p25)},
                                                            {QStringLiteral("median"), number(d.median)},
                                                            {QStringLiteral("p75"), number(d.p75)},
                                                            {QStringLiteral("p90"), number(d.p90)},
                                                            {QStringLiteral("min"), number(d.minimum)},
                                                            {QStringLiteral("max"), number(d.maximum)}}}};
}

QJsonObject range(const Range &r)
{
    return QJsonObject{{QStringLiteral("low"), r.low}, {QStringLiteral("median"), r.median}, {QStringLiteral("high"), r.high}};
}

QJsonArray funnel(const QList<FunnelStep> &steps)
{
    QJsonArray a;
    for (const FunnelStep &s : steps) {
        QJsonObject o{{QStringLiteral("stage"), s.stageId ? s.name : toCode(s.category)},
                      {QStringLiteral("category"), toCode(s.category)},
                      {QStringLiteral("reached"), s.reached},
                      {QStringLiteral("passThrough"), s.passThrough.whole > 0 ? QJsonValue(proportion(s.passThrough)) : QJsonValue(QJsonValue::Null)}};
        if (s.stageId)
            o.insert(QStringLiteral("stageId"), s.stageId);
        a.append(o);
    }
    return a;
}

QJsonObject sourceRow(const SourceRow &r)
{
    return QJsonObject{{QStringLiteral("name"), r.source},
                       {QStringLiteral("applications"), r.applications},
                       {QStringLiteral("interviewed"), r.interviewed},
                       {QStringLiteral("offered"), r.offered},
                       {QStringLiteral("hired"), r.hired},
                       {QStringLiteral("toInterview"), proportion(r.toInterview())},
                       {QStringLiteral("toHire"), proportion(r.toHire())}};
}

QString recommendationKey(Recommendation r)
{
    switch (r) {
    case Recommendation::StrongNo: return QStringLiteral("strongNo");
    case Recommendation::No: return QStringLiteral("no");
    case Recommendation::Yes: return QStringLiteral("yes");
    case Recommendation::StrongYes: return QStringLiteral("strongYes");
    }
    return {};
}

constexpr std::array<Recommendation, 4> recommendations{Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes};

} // namespace

QList<OpeningForecast> MetricsReport::atRisk() const
{
    QList<OpeningForecast> list;
    for (const OpeningForecast &f : forecasts) {
        if (f.forecast.atRisk)
            list << f;
    }
    return list;
}

Result<QList<OpeningForecast>> MetricsExport::forecasts(Database &db, const QList<qint64> &openingIds, const ForecastOptions &options)
{
    Result<QList<QPair<qint64, QString>>> titles = OpeningRepository(db).titles();
    if (!titles)
        return titles.error();
    QList<OpeningForecast> list;
    MetricsRepository metrics(db);
    for (const auto &[id, title] : std::as_const(*titles)) {
        if (!openingIds.isEmpty() && !openingIds.contains(id))
            continue;
        Result<Forecast> f = metrics.forecast(id, options);
        if (!f)
            return f.error();
        list << OpeningForecast{id, title, *f};
    }
    return list;
}

Result<MetricsReport> MetricsExport::build(Database &db, const MetricsFilter &filter, const ForecastOptions &forecast, bool calibration,
                                           bool withForecasts)
{
    MetricsReport r;
    r.generated = QDateTime::currentDateTimeUtc();
    r.database = db.path();
    MetricsRepository metrics(db);
    Result<PipelineMetrics> m = metrics.compute(filter);
    if (!m)
        return m.error();
    r.metrics = *m;
    ForecastOptions options = forecast;
    if (options.now == 0)
        options.now = m->filter.now;
    for (const OpeningFill &fill : std::as_const(m->fills)) {
        r.openings << qMakePair(fill.openingId, fill.title);
        if (withForecasts) {
            Result<Forecast> f = metrics.forecast(fill.openingId, options);
            if (!f)
                return f.error();
            r.forecasts << OpeningForecast{fill.openingId, fill.title, *f};
        }
        if (calibration) {
            Result<Calibration> c = CalibrationRepository(db).compute(fill.openingId);
            if (!c)
                return c.error();
            r.calibrations << OpeningCalibration{fill.openingId, fill.title, *c};
        }
    }
    return r;
}

QJsonObject MetricsExport::toJson(const MetricsReport &report)
{
    const PipelineMetrics &m = report.metrics;
    QJsonArray openings;
    for (const auto &[id, title] : report.openings)
        openings.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("title"), title}});
    QJsonArray sources;
    for (const QString &s : m.filter.sources)
        sources.append(s);
    QJsonArray timeInStage;
    for (const StageTime &t : m.timeInStage) {
        QJsonObject o = durations(t.duration);
        o.insert(QStringLiteral("stage"), t.name);
        o.insert(QStringLiteral("category"), toCode(t.category));
        if (t.stageId)
            o.insert(QStringLiteral("stageId"), t.stageId);
        timeInStage.append(o);
    }
    QJsonArray fills;
    for (const OpeningFill &f : m.fills)
        fills.append(QJsonObject{{QStringLiteral("openingId"), f.openingId},
                                 {QStringLiteral("title"), f.title},
                                 {QStringLiteral("headcount"), f.headcount},
                                 {QStringLiteral("hired"), f.hired},
                                 {QStringLiteral("createdOn"), date(f.createdOn)},
                                 {QStringLiteral("targetOn"), date(f.targetOn)},
                                 {QStringLiteral("days"), number(f.timeToFillDays)},
                                 {QStringLiteral("openDays"), f.openDays}});
    QJsonArray weekly;
    for (const WeekPoint &w : m.weekly)
        weekly.append(QJsonObject{{QStringLiteral("week"), date(w.start)}, {QStringLiteral("applications"), w.applications}, {QStringLiteral("hires"), w.hires}});
    QJsonArray sourceRows;
    for (const SourceRow &s : m.sources)
        sourceRows.append(sourceRow(s));
    QJsonArray referrers;
    for (const SourceRow &s : m.referrers)
        referrers.append(sourceRow(s));
    QJsonArray rejections;
    for (const ReasonCount &c : m.rejections)
        rejections.append(QJsonObject{{QStringLiteral("stageId"), c.stageId}, {QStringLiteral("stage"), c.stage},
                                      {QStringLiteral("reason"), c.reason}, {QStringLiteral("count"), c.count}});
    const auto stageCounts = [](const QList<StageCount> &list) {
        QJsonArray a;
        for (const StageCount &c : list)
            a.append(QJsonObject{{QStringLiteral("stageId"), c.stageId}, {QStringLiteral("stage"), c.stage}, {QStringLiteral("count"), c.count}});
        return a;
    };
    QJsonArray atRisk;
    for (const OpeningForecast &f : report.atRisk())
        atRisk.append(QJsonObject{{QStringLiteral("openingId"), f.openingId}, {QStringLiteral("title"), f.title},
                                  {QStringLiteral("hireDate"), date(f.forecast.hireDate)}});
    for (QJsonValueRef v : atRisk) {
        QJsonObject o = v.toObject();
        for (const OpeningFill &fill : m.fills) {
            if (fill.openingId == o.value(QStringLiteral("openingId")).toInteger())
                o.insert(QStringLiteral("targetOn"), date(fill.targetOn));
        }
        v = o;
    }
    QJsonArray forecasts;
    for (const OpeningForecast &of : report.forecasts) {
        const Forecast &f = of.forecast;
        QJsonArray steps;
        for (const ForecastStep &s : f.steps)
            steps.append(QJsonObject{{QStringLiteral("stage"), toCode(s.category)},
                                     {QStringLiteral("passThrough"), proportion(s.passThrough)},
                                     {QStringLiteral("newEntrants"), range(s.newEntrants)}});
        QJsonValue hireDate(QJsonValue::Null);
        if (f.hireDate)
            hireDate = QJsonObject{{QStringLiteral("low"), date(f.hireDateLow)}, {QStringLiteral("median"), date(f.hireDate)},
                                   {QStringLiteral("high"), date(f.hireDateHigh)}};
        forecasts.append(QJsonObject{{QStringLiteral("openingId"), of.openingId},
                                     {QStringLiteral("title"), of.title},
                                     {QStringLiteral("remaining"), f.remaining},
                                     {QStringLiteral("history"), f.history},
                                     {QStringLiteral("thin"), f.thin},
                                     {QStringLiteral("warnings"), QJsonArray::fromStringList(f.warnings)},
                                     {QStringLiteral("fromPipeline"), range(f.fromPipeline)},
                                     {QStringLiteral("newApplications"), range(f.newApplications)},
                                     {QStringLiteral("steps"), steps},
                                     {QStringLiteral("hireDate"), hireDate},
                                     {QStringLiteral("atRisk"), f.atRisk}});
    }
    QJsonArray calibrations;
    for (const OpeningCalibration &oc : report.calibrations) {
        QJsonArray people;
        for (const InterviewerCalibration &c : oc.calibration.interviewers) {
            QJsonObject overall;
            for (Recommendation r : recommendations)
                overall.insert(recommendationKey(r), c.overall.value(r));
            people.append(QJsonObject{{QStringLiteral("personId"), c.personId},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("scorecards"), c.scorecards},
                                      {QStringLiteral("ratings"), c.ratings},
                                      {QStringLiteral("meanRating"), number(c.meanRating)},
                                      {QStringLiteral("relativeToPanel"), number(c.relativeToPanel)},
                                      {QStringLiteral("ratingsCompared"), c.ratingsCompared},
                                      {QStringLiteral("overall"), overall},
                                      {QStringLiteral("focusRated"), c.focusAnswered},
                                      {QStringLiteral("focusNotAssessed"), c.focusNotAssessed}});
        }
        QJsonArray agreement;
        for (const CompetencyAgreement &a : oc.calibration.agreement) {
            QJsonValue interval(QJsonValue::Null);
            if (a.interval)
                interval = QJsonObject{{QStringLiteral("low"), a.interval->low}, {QStringLiteral("high"), a.interval->high},
                                       {QStringLiteral("resamples"), a.interval->resamples}};
            agreement.append(QJsonObject{{QStringLiteral("competencyId"), a.competencyId ? QJsonValue(a.competencyId) : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("competency"), a.competencyId ? QJsonValue(a.name) : QJsonValue(QJsonValue::Null)},
                                         {QStringLiteral("alpha"), number(a.alpha.alpha)},
                                         {QStringLiteral("interval"), interval},
                                         {QStringLiteral("units"), a.alpha.pairableUnits},
                                         {QStringLiteral("ratings"), a.alpha.pairableValues},
                                         {QStringLiteral("tooFewRatings"), a.tooFewRatings}});
        }
        calibrations.append(QJsonObject{{QStringLiteral("openingId"), oc.openingId}, {QStringLiteral("title"), oc.title},
                                        {QStringLiteral("interviewers"), people}, {QStringLiteral("agreement"), agreement}});
    }
    return QJsonObject{
        {QStringLiteral("format"), QLatin1String(format)},
        {QStringLiteral("version"), version},
        {QStringLiteral("generated"), report.generated.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("database"), report.database},
        {QStringLiteral("filter"), QJsonObject{{QStringLiteral("openings"), openings},
                                               {QStringLiteral("from"), date(m.filter.from)},
                                               {QStringLiteral("to"), date(m.filter.to)},
                                               {QStringLiteral("view"), toCode(m.filter.view)},
                                               {QStringLiteral("sources"), sources},
                                               {QStringLiteral("now"), QDateTime::fromSecsSinceEpoch(m.filter.now, QTimeZone::utc()).toString(Qt::ISODate)}}},
        {QStringLiteral("smallSample"), smallSample},
        {QStringLiteral("applications"), m.applications},
        {QStringLiteral("funnel"), funnel(m.funnel)},
        {QStringLiteral("stageFunnel"), funnel(m.stageFunnel)},
        {QStringLiteral("timeInStage"), timeInStage},
        {QStringLiteral("timeToHire"), durations(m.timeToHire)},
        {QStringLiteral("timeToFill"), fills},
        {QStringLiteral("weekly"), weekly},
        {QStringLiteral("sources"), sourceRows},
        {QStringLiteral("referrers"), referrers},
        {QStringLiteral("rejections"), rejections},
        {QStringLiteral("withdrawals"), stageCounts(m.withdrawals)},
        {QStringLiteral("offers"), QJsonObject{{QStringLiteral("extended"), m.offers.extended},
                                               {QStringLiteral("accepted"), m.offers.accepted},
                                               {QStringLiteral("declined"), m.offers.declined},
                                               {QStringLiteral("rescinded"), m.offers.rescinded},
                                               {QStringLiteral("open"), m.offers.open},
                                               {QStringLiteral("acceptance"), proportion(m.offers.acceptance())}}},
        {QStringLiteral("health"), QJsonObject{{QStringLiteral("stalled"), stageCounts(m.stalled)},
                                               {QStringLiteral("stalledTotal"), m.stalledTotal},
                                               {QStringLiteral("overdueScorecards"), m.overdueScorecards},
                                               {QStringLiteral("openingsAtRisk"), atRisk}}},
        {QStringLiteral("forecast"), forecasts},
        {QStringLiteral("calibration"), calibrations},
    };
}

QByteArray MetricsExport::toCsv(const MetricsReport &report)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    // Numbers stay numbers (negative ones too); text fields still get the
    // formula defence below.
    CsvWriter::Options options;
    options.byteOrderMark = false;
    options.formulaDefence = false;
    CsvWriter csv(buffer, options);
    const auto text = [](const QString &s) -> QString { return CsvWriter::looksLikeFormula(s) ? QLatin1Char('\'') + s : s; };
    const auto num = [](double v) -> QString { return QString::number(v, 'g', 10); };
    const QString all = tr("all");
    const auto row = [&](const QString &section, const QString &opening, const QString &item, const QString &measure, const QString &value,
                         const QString &n = {}) { csv.writeRow({section, text(opening), text(item), measure, value, n}); };
    const auto optional = [&](const std::optional<double> &v) { return v ? num(*v) : QString(); };
    const PipelineMetrics &m = report.metrics;
    csv.writeRow({QStringLiteral("section"), QStringLiteral("opening"), QStringLiteral("item"), QStringLiteral("measure"), QStringLiteral("value"),
                  QStringLiteral("n")});
    row(QStringLiteral("applications"), all, {}, QStringLiteral("count"), QString::number(m.applications));
    const auto funnelRows = [&](const QString &section, const QList<FunnelStep> &steps) {
        for (const FunnelStep &s : steps) {
            const QString item = s.stageId ? s.name : toCode(s.category);
            row(section, all, item, QStringLiteral("reached"), QString::number(s.reached));
            if (s.passThrough.whole > 0)
                row(section, all, item, QStringLiteral("pass_through"), optional(s.passThrough.value()), QString::number(s.passThrough.whole));
        }
    };
    funnelRows(QStringLiteral("funnel"), m.funnel);
    funnelRows(QStringLiteral("stage_funnel"), m.stageFunnel);
    const auto durationRows = [&](const QString &section, const QString &item, const DurationSummary &d) {
        const QString n = QString::number(d.count);
        row(section, all, item, QStringLiteral("count"), n, n);
        row(section, all, item, QStringLiteral("open"), QString::number(d.open), n);
        for (const auto &[measure, value] : {qMakePair(QStringLiteral("p10_days"), d.p10), qMakePair(QStringLiteral("p25_days"), d.p25),
                                             qMakePair(QStringLiteral("median_days"), d.median), qMakePair(QStringLiteral("p75_days"), d.p75),
                                             qMakePair(QStringLiteral("p90_days"), d.p90)}) {
            if (value)
                row(section, all, item, measure, num(*value), n);
        }
    };
    for (const StageTime &t : m.timeInStage)
        durationRows(QStringLiteral("time_in_stage"), t.name, t.duration);
    durationRows(QStringLiteral("time_to_hire"), {}, m.timeToHire);
    for (const OpeningFill &f : m.fills) {
        row(QStringLiteral("time_to_fill"), f.title, {}, QStringLiteral("hired"), QString::number(f.hired), QString::number(f.headcount));
        if (f.timeToFillDays)
            row(QStringLiteral("time_to_fill"), f.title, {}, QStringLiteral("days"), num(*f.timeToFillDays));
        else
            row(QStringLiteral("time_to_fill"), f.title, {}, QStringLiteral("open_days"), num(f.openDays));
    }
    for (const WeekPoint &w : m.weekly) {
        row(QStringLiteral("weekly"), all, w.start.toString(Qt::ISODate), QStringLiteral("applications"), QString::number(w.applications));
        row(QStringLiteral("weekly"), all, w.start.toString(Qt::ISODate), QStringLiteral("hires"), QString::number(w.hires));
    }
    const auto sourceRows = [&](const QString &section, const QList<SourceRow> &list) {
        for (const SourceRow &s : list) {
            const QString n = QString::number(s.applications);
            row(section, all, s.source, QStringLiteral("applications"), n, n);
            row(section, all, s.source, QStringLiteral("interviewed"), QString::number(s.interviewed), n);
            row(section, all, s.source, QStringLiteral("offered"), QString::number(s.offered), n);
            row(section, all, s.source, QStringLiteral("hired"), QString::number(s.hired), n);
        }
    };
    sourceRows(QStringLiteral("sources"), m.sources);
    sourceRows(QStringLiteral("referrers"), m.referrers);
    for (const ReasonCount &c : m.rejections)
        row(QStringLiteral("rejections"), all, c.stage + QStringLiteral(": ") + c.reason, QStringLiteral("count"), QString::number(c.count));
    for (const StageCount &c : m.withdrawals)
        row(QStringLiteral("withdrawals"), all, c.stage, QStringLiteral("count"), QString::number(c.count));
    const QString offers = QString::number(m.offers.extended);
    row(QStringLiteral("offers"), all, {}, QStringLiteral("extended"), offers);
    row(QStringLiteral("offers"), all, {}, QStringLiteral("accepted"), QString::number(m.offers.accepted), offers);
    row(QStringLiteral("offers"), all, {}, QStringLiteral("declined"), QString::number(m.offers.declined), offers);
    row(QStringLiteral("offers"), all, {}, QStringLiteral("acceptance_rate"), optional(m.offers.acceptance().value()),
        QString::number(m.offers.acceptance().whole));
    for (const StageCount &c : m.stalled)
        row(QStringLiteral("stalled"), all, c.stage, QStringLiteral("count"), QString::number(c.count));
    row(QStringLiteral("health"), all, {}, QStringLiteral("stalled_total"), QString::number(m.stalledTotal));
    row(QStringLiteral("health"), all, {}, QStringLiteral("overdue_scorecards"), QString::number(m.overdueScorecards));
    for (const OpeningForecast &of : report.forecasts) {
        const Forecast &f = of.forecast;
        row(QStringLiteral("forecast"), of.title, {}, QStringLiteral("remaining"), QString::number(f.remaining));
        for (const auto &[measure, r] : {qMakePair(QStringLiteral("from_pipeline"), f.fromPipeline), qMakePair(QStringLiteral("new_applications"), f.newApplications)}) {
            row(QStringLiteral("forecast"), of.title, {}, measure + QStringLiteral("_low"), num(r.low));
            row(QStringLiteral("forecast"), of.title, {}, measure + QStringLiteral("_median"), num(r.median));
            row(QStringLiteral("forecast"), of.title, {}, measure + QStringLiteral("_high"), num(r.high));
        }
        if (f.hireDate) {
            row(QStringLiteral("forecast"), of.title, {}, QStringLiteral("hire_date_low"), f.hireDateLow->toString(Qt::ISODate));
            row(QStringLiteral("forecast"), of.title, {}, QStringLiteral("hire_date_median"), f.hireDate->toString(Qt::ISODate));
            row(QStringLiteral("forecast"), of.title, {}, QStringLiteral("hire_date_high"), f.hireDateHigh->toString(Qt::ISODate));
        }
        row(QStringLiteral("forecast"), of.title, {}, QStringLiteral("at_risk"), f.atRisk ? QStringLiteral("1") : QStringLiteral("0"));
        row(QStringLiteral("forecast"), of.title, {}, QStringLiteral("thin_history"), f.thin ? QStringLiteral("1") : QStringLiteral("0"));
    }
    for (const OpeningCalibration &oc : report.calibrations) {
        for (const InterviewerCalibration &c : oc.calibration.interviewers) {
            const QString n = QString::number(c.scorecards);
            row(QStringLiteral("interviewers"), oc.title, c.name, QStringLiteral("scorecards"), n, n);
            row(QStringLiteral("interviewers"), oc.title, c.name, QStringLiteral("mean_rating"), optional(c.meanRating), QString::number(c.ratings));
            row(QStringLiteral("interviewers"), oc.title, c.name, QStringLiteral("relative_to_panel"), optional(c.relativeToPanel),
                QString::number(c.ratingsCompared));
            for (Recommendation r : recommendations)
                row(QStringLiteral("interviewers"), oc.title, c.name, toCode(r), QString::number(c.overall.value(r)), n);
        }
        for (const CompetencyAgreement &a : oc.calibration.agreement) {
            const QString item = a.competencyId ? a.name : tr("whole panel");
            const QString n = QString::number(a.alpha.pairableUnits);
            row(QStringLiteral("agreement"), oc.title, item, QStringLiteral("alpha"), optional(a.alpha.alpha), n);
            if (a.interval) {
                row(QStringLiteral("agreement"), oc.title, item, QStringLiteral("alpha_low"), num(a.interval->low), n);
                row(QStringLiteral("agreement"), oc.title, item, QStringLiteral("alpha_high"), num(a.interval->high), n);
            }
        }
    }
    return buffer.data();
}

} // namespace shortlist
