#include "chartwidget.h"

#include "qcustomplotinclude.h"

#include <QEvent>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

namespace shortlist {

ChartWidget::ChartWidget(const QString &title, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_title = new QLabel(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()), this);
    m_title->setObjectName(QStringLiteral("chartTitle"));
    layout->addWidget(m_title);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(220);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setMouseTracking(true);
    layout->addWidget(m_plot, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMinimumHeight(220);
    m_empty->hide();
    layout->addWidget(m_empty, 1);
    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartWidget::mouseMoved);
    connect(m_plot, &QCustomPlot::mousePress, this, &ChartWidget::mousePressed);
    styleAxes();
}

QString ChartWidget::title() const
{
    QString t = m_title->text();
    t.remove(QStringLiteral("<b>")).remove(QStringLiteral("</b>"));
    return t;
}

void ChartWidget::setEmptyReason(const QString &reason)
{
    m_emptyReason = reason;
    m_empty->setText(reason);
    m_empty->setVisible(!reason.isEmpty());
    m_plot->setVisible(reason.isEmpty());
}

QList<QColor> ChartWidget::seriesColors()
{
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
            QColor(0x56, 0xB4, 0xE9), QColor(0xD5, 0x5E, 0x00), QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
}

QColor ChartWidget::seriesColor(int index)
{
    const QList<QColor> colors = seriesColors();
    return colors.at(index % colors.size());
}

QColor ChartWidget::textColor() const { return palette().color(QPalette::WindowText); }

QColor ChartWidget::gridColor() const
{
    QColor c = palette().color(QPalette::WindowText);
    c.setAlpha(40);
    return c;
}

void ChartWidget::styleAxes()
{
    const QColor text = textColor();
    m_plot->setBackground(palette().color(QPalette::Base));
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->xAxis2, m_plot->yAxis2}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(gridColor(), 1, Qt::DotLine));
        axis->grid()->setZeroLinePen(QPen(gridColor()));
    }
    m_plot->legend->setBrush(palette().color(QPalette::Base));
    m_plot->legend->setTextColor(text);
    m_plot->legend->setBorderPen(QPen(gridColor()));
}

void ChartWidget::resetPlot()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plot->legend->setVisible(false);
    m_plot->xAxis2->setVisible(false);
    m_plot->yAxis2->setVisible(false);
    styleAxes();
}

void ChartWidget::finishPlot()
{
    // Many charts change at once on a refresh: each replots once, queued.
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Light or dark: axes, grid, labels and items follow the palette.
    if (event->type() == QEvent::PaletteChange && !m_restyling) {
        m_restyling = true;
        styleAxes();
        if (!isEmpty())
            restyle();
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        m_restyling = false;
    }
}

bool ChartWidget::exportPng(const QString &path, int width, int height) { return m_plot->savePng(path, width, height, 1.0); }

bool ChartWidget::exportPdf(const QString &path, int width, int height)
{
    return m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Shortlist"), title());
}

void ChartWidget::mouseMoved(QMouseEvent *event)
{
    QString key;
    const QString text = describeAt(event->position(), &key);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    m_plot->setCursor(key.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
}

void ChartWidget::mousePressed(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    QString key;
    describeAt(event->position(), &key);
    if (!key.isEmpty())
        Q_EMIT activated(key);
}

} // namespace shortlist
