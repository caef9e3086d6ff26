#pragma once

#include "reports/reportrenderer.h"
#include "storage/error.h"

#include <QByteArray>
#include <QCoreApplication>

namespace shortlist {

// The PDF's document information, as pdfinfo shows it.
struct PdfInfo {
    QString title;
    QString author;
    QString subject;
    QString creator;             // "Shortlist 0.6.0"
    QDateTime created;
};

// A report as a PDF file: rendered by ReportRenderer onto a QPdfWriter at
// ReportRenderer::resolution(), fonts embedded (Qt subsets the TrueType
// fonts it uses), with title, author, subject and creator in the document
// information and the XMP metadata.
class ReportPdf {
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    // Any thread. `progress(page, pages)` returning false cancels (Cancelled).
    static Result<QByteArray> render(const ReportDocument &document, const ReportChartPictures &charts,
                                     const std::function<bool(int page, int pages)> &progress = {}, int *pageCount = nullptr);
    static PdfInfo info(const ReportDocument &document);
    // Qt's writer sets only the title and creator in the information
    // dictionary: add the rest as a standard incremental update (a new
    // dictionary, an xref section for it and a trailer pointing back).
    static QByteArray withInfo(const QByteArray &pdf, const PdfInfo &info);
    static QByteArray xmp(const PdfInfo &info);
};

} // namespace shortlist
