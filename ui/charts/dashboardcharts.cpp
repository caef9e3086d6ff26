#include "dashboardcharts.h"

#include "qcustomplotinclude.h"

namespace shortlist {

namespace {

QSharedPointer<QCPAxisTickerText> textTicker(const QStringList &labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < labels.size(); ++i)
        ticker->addTick(double(i + 1), labels.at(i));
    return ticker;
}

QVector<double> positions(qsizetype n)
{
    QVector<double> keys;
    for (qsizetype i = 0; i < n; ++i)
        keys << double(i + 1);
    return keys;
}

double maxOf(const QList<double> &values)
{
    double m = 0;
    for (double v : values)
        m = std::max(m, v);
    return m;
}

QCPItemText *label(QCustomPlot *plot, const QString &text, double key, double value, Qt::Alignment alignment, const QColor &color)
{
    auto *item = new QCPItemText(plot);
    item->setText(text);
    item->position->setCoords(key, value);
    item->setPositionAlignment(alignment);
    item->setColor(color);
    item->setClipToAxisRect(false);
    return item;
}

} // namespace

int dataIndexAt(QCPAbstractPlottable *plottable, const QPointF &pos)
{
    if (!plottable)
        return -1;
    QVariant details;
    const double distance = plottable->selectTest(pos, false, &details);
    if (distance < 0 || distance > plottable->parentPlot()->selectionTolerance())
        return -1;
    const QCPDataSelection selection = details.value<QCPDataSelection>();
    return selection.isEmpty() ? -1 : selection.dataRange().begin();
}

FunnelChart::FunnelChart(QWidget *parent)
    : ChartWidget(tr("Funnel"), parent)
{
    setObjectName(QStringLiteral("funnelChart"));
}

void FunnelChart::setSeries(const BarSeries &series)
{
    m_series = series;
    resetPlot();
    QCustomPlot *p = plot();
    m_bars = new QCPBars(p->xAxis, p->yAxis);
    m_bars->setWidth(0.7);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(seriesColor(0));
    m_bars->setData(positions(series.values.size()), QVector<double>(series.values.cbegin(), series.values.cend()), true);
    p->xAxis->setTicker(textTicker(series.categories));
    p->xAxis->setTickLabelRotation(series.categories.size() > 5 ? 30 : 0);
    p->xAxis->setRange(0.4, double(series.values.size()) + 0.6);
    p->yAxis->setLabel(tr("Applications"));
    p->yAxis->setRange(0, std::max(1.0, maxOf(series.values) * 1.18));
    for (qsizetype i = 0; i < series.labels.size(); ++i)
        label(p, series.labels.at(i), double(i + 1), series.values.at(i), Qt::AlignHCenter | Qt::AlignBottom, textColor());
    finishPlot();
}

QString FunnelChart::describeAt(const QPointF &pos, QString *key) const
{
    const int i = dataIndexAt(m_bars, pos);
    if (i < 0 || i >= m_series.tooltips.size())
        return {};
    const bool clickable = i < m_series.keys.size();
    if (key)
        *key = clickable ? QString::number(m_series.keys.at(i)) : QString();
    return clickable ? m_series.tooltips.at(i) + QLatin1Char('\n') + tr("Click to list these candidates.") : m_series.tooltips.at(i);
}

TimeInStageChart::TimeInStageChart(QWidget *parent)
    : ChartWidget(tr("Time in stage (days; box: middle half, whiskers: 10th to 90th percentile)"), parent)
{
    setObjectName(QStringLiteral("timeInStageChart"));
}

void TimeInStageChart::setSeries(const BoxSeries &series)
{
    m_series = series;
    resetPlot();
    QCustomPlot *p = plot();
    m_boxes = new QCPStatisticalBox(p->xAxis, p->yAxis);
    m_boxes->setWidth(0.5);
    m_boxes->setBrush(QColor(seriesColor(4).red(), seriesColor(4).green(), seriesColor(4).blue(), 150));
    m_boxes->setPen(QPen(textColor()));
    m_boxes->setMedianPen(QPen(seriesColor(5), 2.5));
    m_boxes->setWhiskerPen(QPen(textColor(), 1, Qt::DashLine));
    m_boxes->setWhiskerBarPen(QPen(textColor()));
    const QVector<double> keys = positions(series.median.size());
    m_boxes->setData(keys, QVector<double>(series.low.cbegin(), series.low.cend()),
                     QVector<double>(series.lowerQuartile.cbegin(), series.lowerQuartile.cend()),
                     QVector<double>(series.median.cbegin(), series.median.cend()),
                     QVector<double>(series.upperQuartile.cbegin(), series.upperQuartile.cend()),
                     QVector<double>(series.high.cbegin(), series.high.cend()), true);
    p->xAxis->setTicker(textTicker(series.categories));
    p->xAxis->setTickLabelRotation(series.categories.size() > 4 ? 30 : 0);
    p->xAxis->setRange(0.4, double(series.median.size()) + 0.6);
    p->yAxis->setLabel(tr("Days"));
    const double top = std::max(1.0, maxOf(series.high) * 1.15);
    p->yAxis->setRange(0, top);
    for (qsizetype i = 0; i < series.labels.size(); ++i)
        label(p, series.labels.at(i), double(i + 1), series.high.at(i), Qt::AlignHCenter | Qt::AlignBottom, textColor());
    finishPlot();
}

QString TimeInStageChart::describeAt(const QPointF &pos, QString *key) const
{
    if (key)
        key->clear();
    const int i = dataIndexAt(m_boxes, pos);
    return i >= 0 && i < m_series.tooltips.size() ? m_series.tooltips.at(i) : QString();
}

WeeklyChart::WeeklyChart(QWidget *parent)
    : ChartWidget(tr("Applications and hires per week"), parent)
{
    setObjectName(QStringLiteral("weeklyChart"));
}

void WeeklyChart::setSeries(const WeeklySeries &series, int window)
{
    m_series = series;
    m_window = window;
    resetPlot();
    QCustomPlot *p = plot();
    const QVector<double> keys(series.weeks.cbegin(), series.weeks.cend());
    m_applications = new QCPBars(p->xAxis, p->yAxis);
    m_applications->setName(tr("Applications"));
    m_applications->setWidth(7 * 86400 * 0.8);
    m_applications->setPen(Qt::NoPen);
    m_applications->setBrush(QColor(seriesColor(4).red(), seriesColor(4).green(), seriesColor(4).blue(), 170));
    m_applications->setData(keys, QVector<double>(series.applications.cbegin(), series.applications.cend()), true);
    m_average = p->addGraph(p->xAxis, p->yAxis);
    m_average->setName(tr("%1-week average").arg(window));
    m_average->setPen(QPen(seriesColor(0), 2.5));
    m_average->setData(keys, QVector<double>(series.average.cbegin(), series.average.cend()), true);
    m_hires = p->addGraph(p->xAxis, p->yAxis2);
    m_hires->setName(tr("Hires (right axis)"));
    m_hires->setPen(QPen(seriesColor(5), 2));
    m_hires->setLineStyle(QCPGraph::lsStepCenter);
    m_hires->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, 6));
    m_hires->setData(keys, QVector<double>(series.hires.cbegin(), series.hires.cend()), true);
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeFormat(QStringLiteral("d MMM\nyyyy"));
    dates->setDateTimeSpec(Qt::UTC);
    p->xAxis->setTicker(dates);
    if (!keys.isEmpty())
        p->xAxis->setRange(keys.constFirst() - 4 * 86400, keys.constLast() + 4 * 86400);
    p->yAxis->setLabel(tr("Applications"));
    p->yAxis->setRange(0, std::max(1.0, maxOf(series.applications) * 1.15));
    p->yAxis2->setVisible(true);
    p->yAxis2->setLabel(tr("Hires"));
    p->yAxis2->setRange(0, std::max(2.0, maxOf(series.hires) * 1.3));
    QSharedPointer<QCPAxisTickerFixed> whole(new QCPAxisTickerFixed);
    whole->setTickStep(1);
    whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    p->yAxis2->setTicker(whole);
    p->legend->setVisible(true);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignLeft);
    finishPlot();
}

QString WeeklyChart::describeAt(const QPointF &pos, QString *key) const
{
    if (key)
        key->clear();
    if (m_series.weeks.isEmpty())
        return {};
    const double at = plot()->xAxis->pixelToCoord(pos.x());
    qsizetype best = 0;
    for (qsizetype i = 1; i < m_series.weeks.size(); ++i) {
        if (std::abs(m_series.weeks.at(i) - at) < std::abs(m_series.weeks.at(best) - at))
            best = i;
    }
    if (std::abs(m_series.weeks.at(best) - at) > 4 * 86400)
        return {};
    return m_series.tooltips.at(best);
}

StackedBarChart::StackedBarChart(const QString &title, const QString &valueLabel, QWidget *parent)
    : ChartWidget(title, parent)
    , m_valueLabel(valueLabel)
{
}

void StackedBarChart::setSeries(const StackedSeries &series)
{
    m_series = series;
    resetPlot();
    m_segments.clear();
    QCustomPlot *p = plot();
    const qsizetype rows = series.categories.size();
    // Top row first: the keys count down.
    QVector<double> keys;
    for (qsizetype i = 0; i < rows; ++i)
        keys << double(rows - i);
    QCPBars *below = nullptr;
    QList<double> totals(rows, 0.0);
    for (qsizetype s = 0; s < series.segmentNames.size(); ++s) {
        auto *bars = new QCPBars(p->yAxis, p->xAxis);
        bars->setName(series.segmentNames.at(s));
        bars->setWidth(0.65);
        bars->setPen(QPen(palette().color(QPalette::Base), 1));
        bars->setBrush(seriesColor(int(s)));
        bars->setData(keys, QVector<double>(series.segments.at(s).cbegin(), series.segments.at(s).cend()));
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_segments << bars;
        for (qsizetype i = 0; i < rows; ++i)
            totals[i] += series.segments.at(s).at(i);
    }
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < rows; ++i)
        ticker->addTick(keys.at(i), series.categories.at(i));
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(0.4, double(rows) + 0.6);
    p->yAxis->grid()->setVisible(false);
    p->xAxis->setLabel(m_valueLabel);
    p->xAxis->setRange(0, std::max(1.0, maxOf(totals) * 1.08));
    // The legend goes under the plot, wrapped, so it never covers a bar.
    if (p->plotLayout()->rowCount() < 2) {
        p->plotLayout()->addElement(1, 0, p->legend);
        p->plotLayout()->setRowStretchFactor(1, 0.001);
    }
    p->legend->setVisible(true);
    p->legend->setWrap(3);
    p->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    p->legend->setBorderPen(Qt::NoPen);
    finishPlot();
}

QString StackedBarChart::describeAt(const QPointF &pos, QString *key) const
{
    for (QCPBars *bars : m_segments) {
        const int i = dataIndexAt(bars, pos);
        if (i >= 0 && i < m_series.tooltips.size()) {
            if (key)
                *key = m_series.keys.value(i);
            return m_series.keys.value(i).isEmpty() ? m_series.tooltips.at(i)
                                                     : m_series.tooltips.at(i) + QLatin1Char('\n') + tr("Click to list these candidates.");
        }
    }
    return {};
}

CalibrationChart::CalibrationChart(QWidget *parent)
    : ChartWidget(tr("Interviewer calibration"), parent)
{
    setObjectName(QStringLiteral("calibrationChart"));
}

void CalibrationChart::setSeries(const DotSeries &series)
{
    m_series = series;
    resetPlot();
    QCustomPlot *p = plot();
    const qsizetype rows = series.names.size();
    QVector<double> keys;
    for (qsizetype i = 0; i < rows; ++i)
        keys << double(rows - i);
    m_dots = p->addGraph(p->yAxis, p->xAxis);
    m_dots->setLineStyle(QCPGraph::lsNone);
    m_dots->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, seriesColor(0), 9));
    m_dots->setData(keys, QVector<double>(series.relative.cbegin(), series.relative.cend()), true);
    auto *zero = new QCPItemStraightLine(p);
    zero->point1->setCoords(0, 0);
    zero->point2->setCoords(0, 1);
    zero->setPen(QPen(textColor(), 1, Qt::DashLine));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (qsizetype i = 0; i < rows; ++i)
        ticker->addTick(keys.at(i), series.names.at(i));
    p->yAxis->setTicker(ticker);
    p->yAxis->setRange(0.4, double(rows) + 0.6);
    double extent = 0.5;
    for (double v : series.relative)
        extent = std::max(extent, std::abs(v) * 1.3);
    p->xAxis->setRange(-extent, extent);
    p->xAxis->setLabel(tr("Mean rating minus the rest of the panel's (levels); left: stricter, right: more generous"));
    for (qsizetype i = 0; i < rows; ++i)
        label(p, QStringLiteral("  ") + series.labels.at(i), series.relative.at(i), keys.at(i), Qt::AlignLeft | Qt::AlignVCenter, textColor());
    finishPlot();
}

QString CalibrationChart::describeAt(const QPointF &pos, QString *key) const
{
    if (key)
        key->clear();
    const int i = dataIndexAt(m_dots, pos);
    // The graph's data are sorted by key (the bottom row first).
    if (i < 0 || i >= m_series.tooltips.size())
        return {};
    return m_series.tooltips.at(m_series.tooltips.size() - 1 - i);
}

ForecastChart::ForecastChart(QWidget *parent)
    : ChartWidget(tr("Forecast: when the remaining hires are made"), parent)
{
    setObjectName(QStringLiteral("forecastChart"));
}

void ForecastChart::setSeries(const RangeSeries &series)
{
    m_series = series;
    resetPlot();
    QCustomPlot *p = plot();
    const auto secs = [](const QDate &d) { return double(QDateTime(d, QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch()); };
    // One row: the 80% range of the date of the last remaining hire, the
    // median marked; the target date and today as lines.
    m_range = p->addGraph(p->yAxis, p->xAxis);
    m_range->setLineStyle(QCPGraph::lsNone);
    m_range->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, seriesColor(2), seriesColor(2), 12));
    double lowest = secs(QDate::currentDate());
    double highest = lowest;
    if (series.hireDate) {
        m_range->addData(1, secs(*series.hireDate));
        auto *errors = new QCPErrorBars(p->yAxis, p->xAxis);
        errors->setDataPlottable(m_range);
        errors->setPen(QPen(seriesColor(2), 3));
        errors->setWhiskerWidth(14);
        errors->addData(secs(*series.hireDate) - secs(*series.hireDateLow), secs(*series.hireDateHigh) - secs(*series.hireDate));
        lowest = std::min(lowest, secs(*series.hireDateLow));
        highest = std::max(highest, secs(*series.hireDateHigh));
    }
    const auto vertical = [&](const QDate &d, const QColor &color, const QString &text) {
        auto *line = new QCPItemStraightLine(p);
        line->point1->setCoords(secs(d), 0);
        line->point2->setCoords(secs(d), 1);
        line->setPen(QPen(color, 1.5, Qt::DashLine));
        auto *caption = new QCPItemText(p);
        caption->setText(text);
        caption->position->setCoords(secs(d), 1.75);
        caption->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        caption->setColor(color);
        lowest = std::min(lowest, secs(d));
        highest = std::max(highest, secs(d));
    };
    vertical(QDate::currentDate(), textColor(), tr("today"));
    if (series.target.isValid())
        vertical(series.target, seriesColor(5), tr("target %1").arg(QLocale().toString(series.target, QLocale::ShortFormat)));
    QSharedPointer<QCPAxisTickerDateTime> dates(new QCPAxisTickerDateTime);
    dates->setDateTimeFormat(QStringLiteral("d MMM\nyyyy"));
    dates->setDateTimeSpec(Qt::UTC);
    p->xAxis->setTicker(dates);
    const double margin = std::max(7.0 * 86400, (highest - lowest) * 0.12);
    p->xAxis->setRange(lowest - margin, highest + margin);
    QSharedPointer<QCPAxisTickerText> row(new QCPAxisTickerText);
    row->addTick(1, tr("last hire"));
    p->yAxis->setTicker(row);
    p->yAxis->setRange(0.2, 2.0);
    p->yAxis->grid()->setVisible(false);
    if (m_headlineShown) {
        auto *headline = new QCPItemText(p);
        headline->setText(series.headline + QLatin1Char('\n') + QString(series.detail).replace(QStringLiteral(". "), QStringLiteral(".\n")));
        headline->position->setType(QCPItemPosition::ptAxisRectRatio);
        headline->position->setCoords(0.02, 0.97);
        headline->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        headline->setTextAlignment(Qt::AlignLeft);
        headline->setColor(textColor());
    }
    finishPlot();
}

QString ForecastChart::describeAt(const QPointF &pos, QString *key) const
{
    if (key)
        key->clear();
    return dataIndexAt(m_range, pos) >= 0 ? m_series.tooltips.join(QLatin1Char('\n')) : QString();
}

} // namespace shortlist
