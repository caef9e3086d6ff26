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
    if (key)
        *key = QString::number(m_series.keys.value(i));
    return m_series.tooltips.at(i) + QLatin1Char('\n') + tr("Click to list these candidates.");
}

TimeInStageChart::TimeInStageChart(QWidget *parent)
    : ChartWidget(tr("Time in stage"), parent)
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
    p->yAxis->setLabel(tr("Days (box: middle half, whiskers: 10th–90th percentile)"));
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
    p->legend->setVisible(true);
    p->legend->setFillOrder(QCPLegend::foColumnsFirst);
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
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
    : ChartWidget(tr("Forecast: new applications needed"), parent)
{
    setObjectName(QStringLiteral("forecastChart"));
}

void ForecastChart::setSeries(const RangeSeries &series)
{
    m_series = series;
    resetPlot();
    QCustomPlot *p = plot();
    m_bars = new QCPBars(p->xAxis, p->yAxis);
    m_bars->setWidth(0.6);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(seriesColor(2));
    m_bars->setData(positions(series.median.size()), QVector<double>(series.median.cbegin(), series.median.cend()), true);
    auto *errors = new QCPErrorBars(p->xAxis, p->yAxis);
    errors->setDataPlottable(m_bars);
    errors->setPen(QPen(textColor(), 1.5));
    QVector<double> minus, plus;
    for (qsizetype i = 0; i < series.median.size(); ++i) {
        minus << series.median.at(i) - series.low.at(i);
        plus << series.high.at(i) - series.median.at(i);
    }
    errors->setData(minus, plus);
    p->xAxis->setTicker(textTicker(series.categories));
    p->xAxis->setRange(0.4, double(series.median.size()) + 0.6);
    p->yAxis->setLabel(tr("Applications (bar: median; whisker: 80% range)"));
    p->yAxis->setRange(0, std::max(1.0, maxOf(series.high) * 1.15));
    auto *headline = new QCPItemText(p);
    headline->setText(series.headline);
    headline->position->setType(QCPItemPosition::ptAxisRectRatio);
    headline->position->setCoords(0.98, 0.03);
    headline->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
    headline->setColor(textColor());
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    finishPlot();
}

QString ForecastChart::describeAt(const QPointF &pos, QString *key) const
{
    if (key)
        key->clear();
    const int i = dataIndexAt(m_bars, pos);
    return i >= 0 && i < m_series.tooltips.size() ? m_series.tooltips.at(i) : QString();
}

} // namespace shortlist
