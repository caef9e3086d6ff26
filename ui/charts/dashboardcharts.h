#pragma once

#include "analytics/chartseries.h"
#include "chartwidget.h"

class QCPAbstractPlottable;
class QCPBars;
class QCPGraph;
class QCPStatisticalBox;

namespace shortlist {

// Index of the data point of `plottable` under `pos`, or -1.
int dataIndexAt(QCPAbstractPlottable *plottable, const QPointF &pos);

// Funnel: a bar per stage with the count and the pass-through from the
// previous stage printed on it. A click opens the candidates who reached it.
class FunnelChart : public ChartWidget {
    Q_OBJECT
public:
    explicit FunnelChart(QWidget *parent = nullptr);
    void setSeries(const BarSeries &series);
    const BarSeries &series() const { return m_series; }
    QCPBars *bars() const { return m_bars; }
    QString describeAt(const QPointF &pos, QString *key) const override;

protected:
    void restyle() override { setSeries(m_series); }

private:
    BarSeries m_series;
    QCPBars *m_bars = nullptr;
};

// Time in stage: a box per stage (quartiles, median), whiskers at the 10th
// and 90th percentiles, the number of visits above each.
class TimeInStageChart : public ChartWidget {
    Q_OBJECT
public:
    explicit TimeInStageChart(QWidget *parent = nullptr);
    void setSeries(const BoxSeries &series);
    QCPStatisticalBox *boxes() const { return m_boxes; }
    QString describeAt(const QPointF &pos, QString *key) const override;

protected:
    void restyle() override { setSeries(m_series); }

private:
    BoxSeries m_series;
    QCPStatisticalBox *m_boxes = nullptr;
};

// Weekly applications (bars) with their moving average (line) and hires
// (on the right-hand axis).
class WeeklyChart : public ChartWidget {
    Q_OBJECT
public:
    explicit WeeklyChart(QWidget *parent = nullptr);
    void setSeries(const WeeklySeries &series, int window);
    QCPBars *applicationBars() const { return m_applications; }
    QCPGraph *averageLine() const { return m_average; }
    QCPGraph *hireLine() const { return m_hires; }
    QString describeAt(const QPointF &pos, QString *key) const override;

protected:
    void restyle() override { setSeries(m_series, m_window); }

private:
    int m_window = 4;
    WeeklySeries m_series;
    QCPBars *m_applications = nullptr;
    QCPGraph *m_average = nullptr;
    QCPGraph *m_hires = nullptr;
};

// Horizontal stacked bars, one row per category (sources; stages of rejection).
class StackedBarChart : public ChartWidget {
    Q_OBJECT
public:
    StackedBarChart(const QString &title, const QString &valueLabel, QWidget *parent = nullptr);
    void setSeries(const StackedSeries &series);
    QList<QCPBars *> segments() const { return m_segments; }
    QString describeAt(const QPointF &pos, QString *key) const override;

protected:
    void restyle() override { setSeries(m_series); }

private:
    QString m_valueLabel;
    StackedSeries m_series;
    QList<QCPBars *> m_segments;
};

// Calibration: a dot per interviewer at their mean rating minus the panel's,
// a line at zero (rates like the panel), with the number of ratings.
class CalibrationChart : public ChartWidget {
    Q_OBJECT
public:
    explicit CalibrationChart(QWidget *parent = nullptr);
    void setSeries(const DotSeries &series);
    QCPGraph *dots() const { return m_dots; }
    QString describeAt(const QPointF &pos, QString *key) const override;

protected:
    void restyle() override { setSeries(m_series); }

private:
    DotSeries m_series;
    QCPGraph *m_dots = nullptr;
};

// Forecast: the 80% range of the date of the last remaining hire on a time
// axis with today and the target date; what it takes (applications still
// needed per stage, hires expected from the pipeline) in the text and tooltip.
class ForecastChart : public ChartWidget {
    Q_OBJECT
public:
    explicit ForecastChart(QWidget *parent = nullptr);
    void setSeries(const RangeSeries &series);
    QCPGraph *range() const { return m_range; }
    QString headline() const { return m_series.headline; }
    // Reports print the headline as text beside the chart instead.
    void setHeadlineShown(bool shown) { m_headlineShown = shown; }
    QString describeAt(const QPointF &pos, QString *key) const override;

protected:
    void restyle() override { setSeries(m_series); }

private:
    RangeSeries m_series;
    QCPGraph *m_range = nullptr;
    bool m_headlineShown = true;
};

} // namespace shortlist
