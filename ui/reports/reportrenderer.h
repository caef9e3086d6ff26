#pragma once

#include "reports/reportdocument.h"

#include <QFont>
#include <QHash>
#include <QPageLayout>
#include <QPicture>
#include <QSizeF>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class QPaintDevice;

namespace shortlist {

// A chart of the report, drawn by the dashboard's chart widget into a
// QPicture (vectors and real text), so the pages can be painted in a worker
// thread later: widgets exist only in the GUI thread.
struct ReportChartPicture {
    QPicture picture;
    QSizeF size;                  // in device pixels at ReportRenderer::resolution()
    QString emptyReason;          // set when the chart has nothing to draw
};
using ReportChartPictures = QHash<int, ReportChartPicture>;   // by block index

// Lays a ReportDocument out on pages and paints it onto a QPdfWriter or a
// QPrinter: a cover page, a header (report, scope) and footer (generated,
// "Page X of Y") on every page, tables split between rows with the header row
// repeated. Painting needs no widgets and may run in any one thread at a time.
class ReportRenderer {
public:
    // Device pixels per inch for every report device. The chart pictures
    // replay text at this resolution, so paging at any other would scale
    // their fonts (engineering.md: QCustomPlot::toPainter into a 300-dpi
    // writer makes tick labels three times too big).
    static int resolution();
    static QPageLayout pageLayout(ReportPageSize size);

    // GUI thread only: draws every chart block at the page's content width.
    static ReportChartPictures drawCharts(const ReportDocument &document);

    explicit ReportRenderer(ReportDocument document, ReportChartPictures charts = {});
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer &) = delete;
    ReportRenderer &operator=(const ReportRenderer &) = delete;

    // Pages for the device's page layout; returns how many.
    int paginate(const QPagedPaintDevice &device);
    int pageCount() const;
    // Paints every page (calls newPage() between them). `progress` gets the
    // page just painted and the page count; returning false stops and
    // returns false (the output is then incomplete: discard it).
    bool paint(QPagedPaintDevice &device, const std::function<bool(int page, int pages)> &progress = {});
    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace shortlist
