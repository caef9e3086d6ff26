#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QCustomPlot;
class QLabel;
class QMouseEvent;

namespace shortlist {

// A dashboard chart: a title, its own QCustomPlot, and an empty state that
// says why there is nothing to draw. Subclasses map a series (built by the
// pure functions in analytics/chartseries) onto plottables; this base gives
// them the colour-blind-safe palette, light/dark text and grid colours,
// hover tooltips with the exact values, clicks that open the matching
// candidates, PNG and vector PDF export, and queued (batched) replots.
class ChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit ChartWidget(const QString &title, QWidget *parent = nullptr);

    QCustomPlot *plot() const { return m_plot; }
    QString title() const;
    // Shows `reason` instead of the plot; an empty reason shows the plot.
    void setEmptyReason(const QString &reason);
    QString emptyReason() const { return m_emptyReason; }
    bool isEmpty() const { return !m_emptyReason.isEmpty(); }

    bool exportPng(const QString &path, int width = 1200, int height = 700);
    bool exportPdf(const QString &path, int width = 900, int height = 520);

    // Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
    static QList<QColor> seriesColors();
    static QColor seriesColor(int index);

    // What the mouse at `pos` (plot coordinates) points at: the tooltip text,
    // and in `key` what a click there opens (empty: nothing).
    virtual QString describeAt(const QPointF &pos, QString *key) const = 0;

Q_SIGNALS:
    void activated(const QString &key);

protected:
    // Clears the plot and styles the axes for the palette; subclasses call it
    // first in their setData().
    void resetPlot();
    void finishPlot();
    void changeEvent(QEvent *event) override;
    virtual void restyle() {}
    QColor textColor() const;
    QColor gridColor() const;

private:
    void styleAxes();
    void mouseMoved(QMouseEvent *event);
    void mousePressed(QMouseEvent *event);

    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QCustomPlot *m_plot = nullptr;
    QString m_emptyReason;
    bool m_restyling = false;
};

} // namespace shortlist
