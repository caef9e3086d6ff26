#include "chartseries.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace shortlist {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(ChartSeries)
};

QString categoryName(StageCategory c)
{
    switch (c) {
    case StageCategory::Applied: return Tr::tr("Applied");
    case StageCategory::Screen: return Tr::tr("Screen");
    case StageCategory::Interview: return Tr::tr("Interview");
    case StageCategory::Offer: return Tr::tr("Offer");
    case StageCategory::Hired: return Tr::tr("Hired");
    case StageCategory::Rejected: return Tr::tr("Rejected");
    case StageCategory::Withdrawn: return Tr::tr("Withdrawn");
    }
    return {};
}

QString days(double d) { return QLocale().toString(d, 'f', d < 10 ? 1 : 0); }
QString count(qint64 n) { return QLocale().toString(n); }

} // namespace

QString shareText(const Proportion &p)
{
    if (p.whole == 0)
        return Tr::tr("—");
    if (p.isSmall())
        return Tr::tr("%1 of %2").arg(p.part).arg(p.whole);
    return Tr::tr("%1%").arg(qRound(100.0 * *p.value()));
}

BarSeries funnelSeries(const QList<FunnelStep> &steps)
{
    BarSeries s;
    for (const FunnelStep &step : steps) {
        const QString name = step.stageId ? step.name : categoryName(step.category);
        s.categories << name;
        s.values << double(step.reached);
        s.keys << (step.stageId ? step.stageId : canonicalRank(step.category));
        if (step.passThrough.whole > 0) {
            s.labels << Tr::tr("%1 · %2").arg(count(step.reached), shareText(step.passThrough));
            s.tooltips << Tr::tr("%1: %2 reached; %3 of the %4 who reached the stage before (%5)")
                              .arg(name, count(step.reached), count(step.passThrough.part), count(step.passThrough.whole), shareText(step.passThrough));
        } else {
            s.labels << count(step.reached);
            s.tooltips << Tr::tr("%1: %2").arg(name, count(step.reached));
        }
    }
    return s;
}

BoxSeries timeInStageSeries(const QList<StageTime> &stages)
{
    BoxSeries s;
    for (const StageTime &t : stages) {
        const DurationSummary &d = t.duration;
        if (d.count == 0)
            continue;
        s.categories << (t.stageId ? t.name : categoryName(t.category));
        s.low << *d.p10;
        s.lowerQuartile << *d.p25;
        s.median << *d.median;
        s.upperQuartile << *d.p75;
        s.high << *d.p90;
        s.labels << (d.isSmall() ? Tr::tr("n=%1 (few)").arg(d.count) : Tr::tr("n=%1").arg(d.count));
        s.tooltips << Tr::tr("%1: median %2 days; half between %3 and %4; 90% within %5 days. %6 visits, %7 still there.")
                          .arg(s.categories.constLast(), days(*d.median), days(*d.p25), days(*d.p75), days(*d.p90), count(d.count), count(d.open));
    }
    return s;
}

WeeklySeries weeklySeries(const QList<WeekPoint> &weeks, int window)
{
    WeeklySeries s;
    for (const WeekPoint &w : weeks) {
        s.weeks << double(QDateTime(w.start, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        s.applications << double(w.applications);
        s.hires << double(w.hires);
    }
    s.average = movingAverage(s.applications, window);
    for (qsizetype i = 0; i < weeks.size(); ++i)
        s.tooltips << Tr::tr("Week of %1: %2 applications (%3-week average %4), %5 hires")
                          .arg(QLocale().toString(weeks.at(i).start, QLocale::ShortFormat), count(weeks.at(i).applications))
                          .arg(window)
                          .arg(QLocale().toString(s.average.at(i), 'f', 1), count(weeks.at(i).hires));
    return s;
}

StackedSeries sourceSeries(const QList<SourceRow> &sources, int top)
{
    StackedSeries s;
    s.segmentNames = {Tr::tr("Hired"), Tr::tr("Offered, not hired"), Tr::tr("Interviewed, not offered"), Tr::tr("Not interviewed")};
    s.segments = QList<QList<double>>(4);
    QList<SourceRow> rows = sources.mid(0, top);
    if (sources.size() > top) {
        SourceRow other{Tr::tr("Other sources"), 0, 0, 0, 0};
        for (const SourceRow &r : sources.mid(top)) {
            other.applications += r.applications;
            other.interviewed += r.interviewed;
            other.offered += r.offered;
            other.hired += r.hired;
        }
        rows << other;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const SourceRow &r = rows.at(i);
        const QString name = r.source.isEmpty() ? Tr::tr("(no source)") : r.source;
        s.categories << name;
        s.keys << (i < top ? r.source : QString());   // "Other sources" opens nothing
        s.segments[0] << double(r.hired);
        s.segments[1] << double(r.offered - r.hired);
        s.segments[2] << double(r.interviewed - r.offered);
        s.segments[3] << double(r.applications - r.interviewed);
        s.tooltips << Tr::tr("%1: %2 applications; %3 reached an interview (%4), %5 an offer, %6 hired (%7)")
                          .arg(name, count(r.applications), count(r.interviewed), shareText(r.toInterview()), count(r.offered), count(r.hired),
                               shareText(r.toHire()));
    }
    return s;
}

StackedSeries rejectionSeries(const QList<ReasonCount> &rejections, int top)
{
    StackedSeries s;
    QHash<QString, qint64> byReason;
    QStringList stages;
    for (const ReasonCount &r : rejections) {
        byReason[r.reason] += r.count;
        if (!stages.contains(r.stage))
            stages << r.stage;
    }
    QStringList reasons = byReason.keys();
    std::sort(reasons.begin(), reasons.end(), [&](const QString &a, const QString &b) {
        return byReason.value(a) != byReason.value(b) ? byReason.value(a) > byReason.value(b) : a < b;
    });
    const bool other = reasons.size() > top;
    reasons = reasons.mid(0, top);
    for (const QString &r : std::as_const(reasons))
        s.segmentNames << (r.isEmpty() ? Tr::tr("(no reason given)") : r);
    if (other)
        s.segmentNames << Tr::tr("Other reasons");
    s.segments = QList<QList<double>>(s.segmentNames.size(), QList<double>(stages.size(), 0.0));
    for (const ReasonCount &r : rejections) {
        const qsizetype at = reasons.indexOf(r.reason);
        s.segments[at >= 0 ? at : s.segmentNames.size() - 1][stages.indexOf(r.stage)] += double(r.count);
    }
    for (qsizetype i = 0; i < stages.size(); ++i) {
        QStringList parts;
        double total = 0;
        for (qsizetype seg = 0; seg < s.segmentNames.size(); ++seg) {
            const double n = s.segments.at(seg).at(i);
            total += n;
            if (n > 0)
                parts << Tr::tr("%1 %2").arg(count(qint64(n)), s.segmentNames.at(seg));
        }
        s.categories << stages.at(i);
        s.keys << stages.at(i);
        s.tooltips << Tr::tr("Rejected at %1: %2 — %3").arg(stages.at(i), count(qint64(total)), parts.join(QStringLiteral(", ")));
    }
    return s;
}

DotSeries calibrationSeries(const QList<InterviewerCalibration> &interviewers)
{
    DotSeries s;
    for (const InterviewerCalibration &c : interviewers) {
        if (!c.relativeToPanel)
            continue;
        const QString signedValue = (*c.relativeToPanel > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(*c.relativeToPanel, 'f', 2);
        s.names << c.name;
        s.relative << *c.relativeToPanel;
        s.counts << double(c.ratingsCompared);
        s.labels << Tr::tr("%1 (n=%2)").arg(signedValue).arg(c.ratingsCompared);
        s.tooltips << Tr::tr("%1 rates %2 levels against the rest of the panel on the same candidates, over %3 ratings; %4 scorecards")
                          .arg(c.name, signedValue)
                          .arg(c.ratingsCompared)
                          .arg(c.scorecards);
    }
    return s;
}

RangeSeries forecastSeries(const Forecast &f, const QDate &target)
{
    RangeSeries s;
    s.hireDate = f.hireDate;
    s.hireDateLow = f.hireDateLow;
    s.hireDateHigh = f.hireDateHigh;
    s.target = target;
    const auto whole = [](double v) { return QLocale().toString(v, 'f', 0); };
    s.detail = Tr::tr("From candidates in process: %1 hires expected (80%: %2 to %3). New applications still needed: %4 (80%: %5 to %6).")
                   .arg(whole(f.fromPipeline.median), whole(f.fromPipeline.low), whole(f.fromPipeline.high), whole(f.newApplications.median),
                        whole(f.newApplications.low), whole(f.newApplications.high));
    for (const ForecastStep &step : f.steps) {
        s.categories << categoryName(step.category);
        s.median << step.newEntrants.median;
        s.low << step.newEntrants.low;
        s.high << step.newEntrants.high;
        s.tooltips << Tr::tr("%1: %2 more needed (80%: %3 to %4); pass-through in the history %5")
                          .arg(s.categories.constLast(), QLocale().toString(step.newEntrants.median, 'f', 0),
                               QLocale().toString(step.newEntrants.low, 'f', 0), QLocale().toString(step.newEntrants.high, 'f', 0),
                               shareText(step.passThrough));
    }
    if (f.remaining == 0)
        s.headline = Tr::tr("Headcount filled");
    else if (f.hireDate)
        s.headline = Tr::tr("%n more hire(s): the last by %1 (80%: %2 to %3)", nullptr, f.remaining)
                         .arg(QLocale().toString(*f.hireDate, QLocale::ShortFormat), QLocale().toString(*f.hireDateLow, QLocale::ShortFormat),
                              QLocale().toString(*f.hireDateHigh, QLocale::ShortFormat));
    else
        s.headline = Tr::tr("%n more hire(s): no date can be forecast", nullptr, f.remaining);
    return s;
}

} // namespace shortlist
