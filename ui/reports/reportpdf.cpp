#include "reportpdf.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTimeZone>

namespace shortlist {

namespace {

// A PDF text string: UTF-16BE with a byte-order mark, hex-encoded.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

QByteArray pdfDate(const QDateTime &when)
{
    return "(D:" + when.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

PdfInfo ReportPdf::info(const ReportDocument &document)
{
    PdfInfo info;
    info.title = document.scope.isEmpty() ? document.title : tr("%1 — %2").arg(document.title, document.scope);
    info.author = document.author;
    info.subject = document.subject.isEmpty() ? document.title : document.subject;
    info.creator = QStringLiteral("Shortlist %1").arg(QStringLiteral(SHORTLIST_VERSION));
    info.created = document.generated.isValid() ? document.generated : QDateTime::currentDateTime();
    return info;
}

QByteArray ReportPdf::xmp(const PdfInfo &info)
{
    const QString date = info.created.toUTC().toString(Qt::ISODate);
    const QString xml = QStringLiteral(
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
        "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        "<dc:format>application/pdf</dc:format>\n"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>\n"
        "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>\n"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%3</rdf:li></rdf:Alt></dc:description>\n"
        "<xmp:CreatorTool>%4</xmp:CreatorTool>\n"
        "<xmp:CreateDate>%5</xmp:CreateDate>\n"
        "<pdf:Producer>%4</pdf:Producer>\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>")
                            .arg(xmlEscaped(info.title), xmlEscaped(info.author), xmlEscaped(info.subject), xmlEscaped(info.creator), date);
    return xml.toUtf8();
}

QByteArray ReportPdf::withInfo(const QByteArray &pdf, const PdfInfo &info)
{
    // The last trailer: its Size, Root and the previous xref offset.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startxrefAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startxrefAt < trailerAt)
        return pdf;
    const QString tail = QString::fromLatin1(pdf.mid(trailerAt));
    static const QRegularExpression sizeRe(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression rootRe(QStringLiteral(R"(/Root\s+(\d+\s+\d+\s+R))"));
    static const QRegularExpression startRe(QStringLiteral(R"(startxref\s+(\d+))"));
    const QRegularExpressionMatch size = sizeRe.match(tail);
    const QRegularExpressionMatch root = rootRe.match(tail);
    const QRegularExpressionMatch start = startRe.match(tail);
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return pdf;
    const qint64 object = size.captured(1).toLongLong();

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    const qsizetype objectOffset = out.size();
    out += QByteArray::number(object) + " 0 obj\n<<\n";
    out += "/Title " + pdfText(info.title) + '\n';
    if (!info.author.isEmpty())
        out += "/Author " + pdfText(info.author) + '\n';
    out += "/Subject " + pdfText(info.subject) + '\n';
    out += "/Creator " + pdfText(info.creator) + '\n';
    out += "/Producer " + pdfText(info.creator + QStringLiteral(" (Qt %1)").arg(QString::fromLatin1(qVersion()))) + '\n';
    out += "/CreationDate " + pdfDate(info.created) + '\n';
    out += ">>\nendobj\n";
    const qsizetype xrefOffset = out.size();
    out += "xref\n" + QByteArray::number(object) + " 1\n";
    out += QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<<\n/Size " + QByteArray::number(object + 1) + "\n/Root " + root.captured(1).toLatin1() + "\n/Info " +
           QByteArray::number(object) + " 0 R\n/Prev " + start.captured(1).toLatin1() + "\n>>\nstartxref\n" + QByteArray::number(xrefOffset) +
           "\n%%EOF\n";
    return out;
}

Result<QByteArray> ReportPdf::render(const ReportDocument &document, const ReportChartPictures &charts,
                                     const std::function<bool(int page, int pages)> &progress, int *pageCount)
{
    const PdfInfo pdfInfo = info(document);
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(ReportRenderer::resolution());
        writer.setPageLayout(ReportRenderer::pageLayout(document.pageSize));
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
        writer.setTitle(pdfInfo.title);
        writer.setCreator(pdfInfo.creator);
        writer.setDocumentXmpMetadata(xmp(pdfInfo));
        ReportRenderer renderer(document, charts);
        const int pages = renderer.paginate(writer);
        if (pageCount)
            *pageCount = pages;
        if (!renderer.paint(writer, progress))
            return makeError(ErrorCode::Cancelled, tr("The report was cancelled; nothing was saved."));
    }
    if (bytes.isEmpty())
        return makeError(ErrorCode::Io, tr("The PDF could not be drawn."));
    return withInfo(bytes, pdfInfo);
}

} // namespace shortlist
