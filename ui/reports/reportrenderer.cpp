#include "reportrenderer.h"

#include "charts/dashboardcharts.h"
#include "charts/qcustomplotinclude.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <memory>

namespace shortlist {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
};

const QColor ink(0x1a, 0x1a, 0x1a);
const QColor muted(0x5f, 0x63, 0x68);
const QColor rule(0xc8, 0xcc, 0xd0);
const QColor headerFill(0xe8, 0xec, 0xf0);
const QColor emphasisFill(0xfd, 0xf1, 0xd6);
const QColor accent(0x00, 0x72, 0xb2);   // Okabe–Ito blue, as the charts

enum class Style { Title, CoverLine, Heading, Subheading, Body, Note, Table, TableBold, FactLabel, FactValue, Margin, Count };

QFont makeFont(Style style)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setStyleHint(QFont::SansSerif);
    // No ligatures: "ff" stays two letters, so the extracted text says
    // "Krippendorff", not "Krippendor\uFB00", and searching finds it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    switch (style) {
    case Style::Title: f.setPointSizeF(24); f.setBold(true); break;
    case Style::CoverLine: f.setPointSizeF(12); break;
    case Style::Heading: f.setPointSizeF(13); f.setBold(true); break;
    case Style::Subheading: f.setPointSizeF(10.5); f.setBold(true); break;
    case Style::Body: f.setPointSizeF(9); break;
    case Style::Note: f.setPointSizeF(7.5); f.setItalic(true); break;
    case Style::Table: f.setPointSizeF(8); break;
    case Style::TableBold: f.setPointSizeF(8); f.setBold(true); break;
    case Style::FactLabel: f.setPointSizeF(7.5); break;
    case Style::FactValue: f.setPointSizeF(15); f.setBold(true); break;
    case Style::Margin: f.setPointSizeF(7); break;
    case Style::Count: break;
    }
    return f;
}

// One unit of pagination: never split across pages (tall rows and long
// paragraphs are cut into several atoms first).
struct Atom {
    enum class Kind { Cover, Lines, Facts, Chart, TableHeader, TableRow, PageBreak };
    Kind kind = Kind::Lines;
    int block = -1;
    qreal height = 0;
    qreal spaceBefore = 0;           // dropped at the top of a page
    bool keepWithNext = false;
    Style style = Style::Body;
    QColor color = ink;
    QStringList lines;                 // Lines
    QList<ReportFact> facts;           // Facts: one row of cards
    QList<QStringList> cells;          // TableHeader/TableRow: each cell's lines
    bool emphasized = false;
    bool groupStart = false;
};

Atom pageBreakAtom()
{
    Atom a;
    a.kind = Atom::Kind::PageBreak;
    return a;
}

struct Placed {
    int atom = 0;
    qreal y = 0;
};

constexpr qreal cellPadX = 4;
constexpr qreal cellPadY = 2.5;
constexpr int factsPerRow = 3;

} // namespace

struct ReportRenderer::Impl {
    ReportDocument doc;
    ReportChartPictures charts;
    std::array<QFont, size_t(Style::Count)> fonts;
    std::array<qreal, size_t(Style::Count)> lineHeights{};
    std::array<qreal, size_t(Style::Count)> ascents{};
    std::unique_ptr<QFontMetricsF> metrics[size_t(Style::Count)];
    QSizeF body;                      // the content area between header and footer
    qreal headerHeight = 0;
    qreal footerHeight = 0;
    qreal width = 0;                  // of the paint rect
    qreal pageHeight = 0;
    QList<Atom> atoms;
    QList<QList<Placed>> pages;
    QList<QPair<QString, int>> contents;   // headings and their pages, for the cover
    QHash<int, QList<qreal>> tableWidths;  // by block

    const QFont &font(Style s) const { return fonts[size_t(s)]; }
    const QFontMetricsF &fm(Style s) const { return *metrics[size_t(s)]; }
    qreal lineHeight(Style s) const { return lineHeights[size_t(s)]; }

    void setUpFonts(const QPaintDevice &device)
    {
        for (size_t i = 0; i < size_t(Style::Count); ++i) {
            fonts[i] = makeFont(Style(i));
            metrics[i] = std::make_unique<QFontMetricsF>(fonts[i], &device);
            lineHeights[i] = metrics[i]->lineSpacing();
            ascents[i] = metrics[i]->ascent();
        }
    }

    // Lines of `text` broken to fit `maxWidth` (explicit newlines kept).
    QStringList wrap(const QString &text, Style style, qreal maxWidth, const QPaintDevice &device) const
    {
        QStringList out;
        const QStringList paragraphs = text.split(QLatin1Char('\n'));
        for (const QString &paragraph : paragraphs) {
            // Most cells are one short line: skip the text layout for them.
            if (fm(style).horizontalAdvance(paragraph) <= maxWidth) {
                out << paragraph;
                continue;
            }
            QTextLayout layout(paragraph, font(style), &device);
            QTextOption option;
            option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            layout.setTextOption(option);
            layout.beginLayout();
            for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
                line.setLineWidth(maxWidth);
                out << paragraph.mid(line.textStart(), line.textLength()).trimmed();
            }
            layout.endLayout();
        }
        return out;
    }

    void addLines(int block, const QString &text, Style style, QColor color, qreal spaceBefore, bool keepWithNext, const QPaintDevice &device)
    {
        const QStringList lines = wrap(text, style, width, device);
        // A paragraph taller than a page body is cut into page-sized pieces.
        const int perPage = std::max(1, int(body.height() / lineHeight(style)));
        for (int start = 0; start < lines.size(); start += perPage) {
            Atom a;
            a.kind = Atom::Kind::Lines;
            a.block = block;
            a.style = style;
            a.color = color;
            a.lines = lines.mid(start, perPage);
            a.height = a.lines.size() * lineHeight(style);
            a.spaceBefore = start == 0 ? spaceBefore : 0;
            a.keepWithNext = keepWithNext;
            atoms << a;
        }
    }

    // Widths by the table's weights, but never narrower than the longest word
    // of a column's header: "Scorecards" must not break as "Scoreca rds".
    QList<qreal> columnWidths(const ReportTable &table) const
    {
        const int columns = int(table.headers.size());
        QList<qreal> weights = table.widths;
        while (weights.size() < columns)
            weights << 1.0;
        QList<qreal> minimum;
        for (int i = 0; i < columns; ++i) {
            qreal longest = 0;
            for (const QString &word : table.headers.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                longest = std::max(longest, fm(Style::TableBold).horizontalAdvance(word));
            // Words in the cells too ("Leadership"), from the first rows and
            // up to a quarter of the page: a URL may still break.
            qreal cellWord = 0;
            for (qsizetype r = 0; r < std::min<qsizetype>(table.rows.size(), 300); ++r) {
                const QString &cell = table.rows.at(r).value(i);
                for (QStringView word : QStringView(cell).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                    cellWord = std::max(cellWord, fm(Style::Table).horizontalAdvance(word.toString()));
            }
            longest = std::max(longest, std::min(cellWord, width / 4));
            minimum << longest + 2 * cellPadX + 1;
        }
        QList<qreal> result(columns, 0);
        QList<bool> fixed(columns, false);
        // Columns below their minimum get it; the rest share what is left by weight.
        for (bool changed = true; changed;) {
            changed = false;
            qreal left = width, weightLeft = 0;
            for (int i = 0; i < columns; ++i) {
                if (fixed.at(i))
                    left -= minimum.at(i);
                else
                    weightLeft += weights.at(i);
            }
            for (int i = 0; i < columns; ++i) {
                if (fixed.at(i)) {
                    result[i] = minimum.at(i);
                    continue;
                }
                result[i] = weightLeft > 0 ? std::max<qreal>(0, left) * weights.at(i) / weightLeft : 0;
                if (result.at(i) < minimum.at(i)) {
                    fixed[i] = true;
                    changed = true;
                }
            }
        }
        return result;
    }

    const QList<qreal> &widthsOf(int block)
    {
        auto it = tableWidths.find(block);
        if (it == tableWidths.end())
            it = tableWidths.insert(block, columnWidths(doc.blocks.at(block).table));
        return *it;
    }

    void addTable(int block, const ReportTable &table, const QPaintDevice &device)
    {
        if (table.rows.isEmpty()) {
            if (!table.emptyText.isEmpty())
                addLines(block, table.emptyText, Style::Note, muted, 4, false, device);
            return;
        }
        const QList<qreal> widths = widthsOf(block);
        const auto cellLines = [&](const QStringList &texts, Style style) {
            QList<QStringList> cells;
            for (int c = 0; c < widths.size(); ++c)
                cells << wrap(texts.value(c), style, widths.at(c) - 2 * cellPadX, device);
            return cells;
        };
        const auto rowHeight = [this](const QList<QStringList> &cells, Style style) {
            qsizetype lines = 1;
            for (const QStringList &cell : cells)
                lines = std::max(lines, cell.size());
            return lines * lineHeight(style) + 2 * cellPadY;
        };
        Atom header;
        header.kind = Atom::Kind::TableHeader;
        header.block = block;
        header.style = Style::TableBold;
        header.cells = cellLines(table.headers, Style::TableBold);
        header.height = rowHeight(header.cells, Style::TableBold);
        header.spaceBefore = 4;
        header.keepWithNext = true;
        atoms << header;
        const int maxLines = std::max(1, int((body.height() - header.height - 2 * cellPadY) / lineHeight(Style::Table)));
        for (int r = 0; r < table.rows.size(); ++r) {
            const bool emphasized = table.emphasized.contains(r);
            const Style style = emphasized ? Style::TableBold : Style::Table;
            const QList<QStringList> cells = cellLines(table.rows.at(r), style);
            qsizetype lines = 1;
            for (const QStringList &cell : cells)
                lines = std::max(lines, cell.size());
            // Rows never split, except one taller than a whole page.
            for (qsizetype first = 0; first < lines; first += maxLines) {
                Atom row;
                row.kind = Atom::Kind::TableRow;
                row.block = block;
                row.style = style;
                row.emphasized = emphasized;
                row.groupStart = first == 0 && r > 0 && table.groupStarts.contains(r);
                for (const QStringList &cell : cells)
                    row.cells << cell.mid(first, maxLines);
                row.height = rowHeight(row.cells, style);
                atoms << row;
            }
        }
    }

    void addFacts(int block, const QList<ReportFact> &facts, const QPaintDevice &device)
    {
        const qreal cardWidth = (width - (factsPerRow - 1) * 8) / factsPerRow;
        for (int start = 0; start < facts.size(); start += factsPerRow) {
            Atom a;
            a.kind = Atom::Kind::Facts;
            a.block = block;
            a.facts = facts.mid(start, factsPerRow);
            qsizetype detailLines = 0;
            for (const ReportFact &fact : std::as_const(a.facts))
                detailLines = std::max(detailLines, wrap(fact.detail, Style::FactLabel, cardWidth - 12, device).size());
            a.height = 8 + lineHeight(Style::FactLabel) + lineHeight(Style::FactValue) + detailLines * lineHeight(Style::FactLabel) + 8;
            a.spaceBefore = start == 0 ? 4 : 8;
            atoms << a;
        }
    }

    void addChart(int block, const ReportChart &chart, const QPaintDevice &device)
    {
        addLines(block, chart.title, Style::Subheading, ink, 8, true, device);
        const ReportChartPicture picture = charts.value(block);
        if (!picture.emptyReason.isEmpty() || picture.size.isEmpty()) {
            const QString reason = picture.emptyReason.isEmpty() ? Tr::tr("Nothing to chart.") : picture.emptyReason;
            addLines(block, reason, Style::Note, muted, 2, false, device);
            return;
        }
        Atom a;
        a.kind = Atom::Kind::Chart;
        a.block = block;
        const qreal scale = std::min<qreal>(1.0, width / picture.size.width());
        a.height = std::min(picture.size.height() * scale, body.height() - lineHeight(Style::Subheading) - 8);
        a.spaceBefore = 2;
        atoms << a;
    }

    void buildAtoms(const QPaintDevice &device)
    {
        atoms.clear();
        if (doc.kind != ReportKind::Schedule) {
            Atom cover;
            cover.kind = Atom::Kind::Cover;
            cover.height = body.height();
            atoms << cover;
            atoms << pageBreakAtom();
        } else {
            addLines(-1, doc.title, Style::Heading, ink, 0, true, device);
            QStringList lines{doc.scope, doc.period};
            lines.removeAll(QString());
            addLines(-1, lines.join(QStringLiteral(" · ")), Style::Body, muted, 0, false, device);
        }
        for (int i = 0; i < doc.blocks.size(); ++i) {
            const ReportBlock &b = doc.blocks.at(i);
            switch (b.type) {
            case ReportBlock::Type::Heading: addLines(i, b.text, Style::Heading, accent, 16, true, device); break;
            case ReportBlock::Type::Subheading: addLines(i, b.text, Style::Subheading, ink, 10, true, device); break;
            case ReportBlock::Type::Paragraph: addLines(i, b.text, Style::Body, ink, 4, false, device); break;
            case ReportBlock::Type::Note: {
                const bool underHeading = i > 0 && (doc.blocks.at(i - 1).type == ReportBlock::Type::Heading || doc.blocks.at(i - 1).type == ReportBlock::Type::Subheading);
                addLines(i, b.text, Style::Note, muted, 3, underHeading, device);
                break;
            }
            case ReportBlock::Type::Facts: addFacts(i, b.facts, device); break;
            case ReportBlock::Type::Table: addTable(i, b.table, device); break;
            case ReportBlock::Type::Chart: addChart(i, b.chart, device); break;
            case ReportBlock::Type::PageBreak: atoms << pageBreakAtom(); break;
            }
        }
    }

    void layoutPages()
    {
        pages.clear();
        pages.append(QList<Placed>());
        qreal y = 0;
        int tableHeader = -1;             // the header atom of the table being placed
        const auto newPage = [&] {
            pages.append(QList<Placed>());
            y = 0;
        };
        for (int i = 0; i < atoms.size(); ++i) {
            const Atom &a = atoms.at(i);
            if (a.kind == Atom::Kind::PageBreak) {
                if (!pages.constLast().isEmpty())
                    newPage();
                continue;
            }
            if (a.kind == Atom::Kind::TableHeader)
                tableHeader = i;
            else if (a.kind != Atom::Kind::TableRow)
                tableHeader = -1;
            qreal needed = (y > 0 ? a.spaceBefore : 0) + a.height;
            // Keep headings (and the notes under them) with the first atom of what follows.
            for (int next = i; atoms.at(next).keepWithNext && next + 1 < atoms.size() && atoms.at(next + 1).kind != Atom::Kind::PageBreak; ++next)
                needed += atoms.at(next + 1).spaceBefore + atoms.at(next + 1).height;
            if (y > 0 && y + needed > body.height()) {
                newPage();
                if (a.kind == Atom::Kind::TableRow && tableHeader >= 0) {
                    pages.last().append({tableHeader, 0});
                    y = atoms.at(tableHeader).height;
                }
            }
            if (y > 0)
                y += a.spaceBefore;
            pages.last().append({i, y});
            y += a.height;
        }
        if (pages.size() > 1 && pages.constLast().isEmpty())
            pages.removeLast();
        contents.clear();
        for (int page = 0; page < pages.size(); ++page) {
            for (const Placed &placed : std::as_const(pages.at(page))) {
                const Atom &a = atoms.at(placed.atom);
                if (a.kind == Atom::Kind::Lines && a.style == Style::Heading && a.block >= 0 && !a.lines.isEmpty())
                    contents.append({a.lines.join(QLatin1Char(' ')), page});
            }
        }
    }

    // --- painting -------------------------------------------------------

    void drawLine(QPainter &p, Style style, qreal x, qreal top, const QString &text) const
    {
        p.setFont(font(style));
        p.drawText(QPointF(x, top + ascents[size_t(style)]), text);
    }

    void paintMargins(QPainter &p, int page) const
    {
        p.setPen(muted);
        const Style s = Style::Margin;
        QString left = doc.title;
        if (!doc.scope.isEmpty())
            left += QStringLiteral(" · ") + doc.scope;
        left = fm(s).elidedText(left, Qt::ElideRight, width * 0.7);
        drawLine(p, s, 0, 0, left);
        const QString org = fm(s).elidedText(doc.organisation, Qt::ElideRight, width * 0.28);
        drawLine(p, s, width - fm(s).horizontalAdvance(org), 0, org);
        p.setPen(QPen(rule, 0.75));
        p.drawLine(QPointF(0, lineHeight(s) + 2), QPointF(width, lineHeight(s) + 2));

        const qreal footerTop = pageHeight - lineHeight(s);
        p.drawLine(QPointF(0, footerTop - 3), QPointF(width, footerTop - 3));
        p.setPen(muted);
        QString generated = doc.author.isEmpty()
                                ? Tr::tr("Generated %1 by Shortlist").arg(QLocale().toString(doc.generated, QStringLiteral("d MMM yyyy HH:mm")))
                                : Tr::tr("Generated %1 by %2 with Shortlist").arg(QLocale().toString(doc.generated, QStringLiteral("d MMM yyyy HH:mm")), doc.author);
        if (doc.anonymized)
            generated += QStringLiteral(" · ") + Tr::tr("Anonymised");
        drawLine(p, s, 0, footerTop, generated);
        const QString pageText = Tr::tr("Page %1 of %2").arg(page + 1).arg(pages.size());
        drawLine(p, s, width - fm(s).horizontalAdvance(pageText), footerTop, pageText);
    }

    void paintCover(QPainter &p, qreal top) const
    {
        qreal y = top + body.height() * 0.22;
        p.setPen(accent);
        drawLine(p, Style::Subheading, 0, y, doc.organisation.isEmpty() ? QStringLiteral("Shortlist") : doc.organisation);
        y += lineHeight(Style::Subheading) * 2;
        p.setPen(ink);
        drawLine(p, Style::Title, 0, y, doc.title);
        y += lineHeight(Style::Title) * 1.2;
        p.setPen(QPen(accent, 2));
        p.drawLine(QPointF(0, y), QPointF(width * 0.35, y));
        y += 14;
        p.setPen(ink);
        for (const QString &line : doc.coverLines) {
            for (const QString &wrapped : wrap(line, Style::CoverLine, width, *p.device())) {
                drawLine(p, Style::CoverLine, 0, y, wrapped);
                y += lineHeight(Style::CoverLine);
            }
            y += 4;
        }
        if (!contents.isEmpty()) {
            y += 2 * lineHeight(Style::Body);
            p.setPen(muted);
            drawLine(p, Style::Subheading, 0, y, Tr::tr("Contents"));
            y += lineHeight(Style::Subheading) + 4;
            const qreal columnWidth = width * 0.6;
            const qreal bottom = top + body.height() - 6 * lineHeight(Style::Body);
            for (const auto &[heading, page] : contents) {
                if (y + lineHeight(Style::Body) > bottom)
                    break;
                p.setPen(ink);
                const QString number = QString::number(page + 1);
                drawLine(p, Style::Body, 0, y, fm(Style::Body).elidedText(heading, Qt::ElideRight, columnWidth - 40));
                drawLine(p, Style::Body, columnWidth - fm(Style::Body).horizontalAdvance(number), y, number);
                p.setPen(QPen(rule, 0.5, Qt::DotLine));
                const qreal baseline = y + ascents[size_t(Style::Body)];
                p.drawLine(QPointF(fm(Style::Body).horizontalAdvance(heading) + 6, baseline), QPointF(columnWidth - 30, baseline));
                y += lineHeight(Style::Body) + 2;
            }
        }
        y = top + body.height() - 4 * lineHeight(Style::Body);
        p.setPen(muted);
        drawLine(p, Style::Body, 0, y, Tr::tr("Prepared with Shortlist %1").arg(QStringLiteral(SHORTLIST_VERSION)));
        y += lineHeight(Style::Body);
        drawLine(p, Style::Body, 0, y, QLocale().toString(doc.generated, QLocale::LongFormat));
        if (!doc.author.isEmpty()) {
            y += lineHeight(Style::Body);
            drawLine(p, Style::Body, 0, y, Tr::tr("By %1").arg(doc.author));
        }
        if (doc.anonymized) {
            y += lineHeight(Style::Body);
            drawLine(p, Style::Body, 0, y, Tr::tr("Anonymised: candidate names and contact details are replaced by codes."));
        }
    }

    void paintRow(QPainter &p, const Atom &a, qreal top) const
    {
        const ReportTable &table = doc.blocks.at(a.block).table;
        const QList<qreal> &widths = tableWidths[a.block];
        const QRectF rect(0, top, width, a.height);
        if (a.kind == Atom::Kind::TableHeader)
            p.fillRect(rect, headerFill);
        else if (a.emphasized)
            p.fillRect(rect, emphasisFill);
        qreal x = 0;
        p.setPen(ink);
        for (int c = 0; c < widths.size(); ++c) {
            const QStringList &lines = a.cells.at(c);
            const bool right = table.numeric.value(c, false);
            for (int l = 0; l < lines.size(); ++l) {
                const qreal lineTop = top + cellPadY + l * lineHeight(a.style);
                const qreal lx = right ? x + widths.at(c) - cellPadX - fm(a.style).horizontalAdvance(lines.at(l)) : x + cellPadX;
                drawLine(p, a.style, lx, lineTop, lines.at(l));
            }
            x += widths.at(c);
        }
        p.setPen(QPen(a.groupStart ? muted : rule, a.groupStart ? 1.0 : 0.5));
        if (a.groupStart)
            p.drawLine(QPointF(0, top), QPointF(width, top));
        p.setPen(QPen(rule, 0.5));
        p.drawLine(QPointF(0, top + a.height), QPointF(width, top + a.height));
    }

    void paintFacts(QPainter &p, const Atom &a, qreal top) const
    {
        const qreal cardWidth = (width - (factsPerRow - 1) * 8) / factsPerRow;
        for (int i = 0; i < a.facts.size(); ++i) {
            const ReportFact &fact = a.facts.at(i);
            const qreal x = i * (cardWidth + 8);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xf3, 0xf5, 0xf7));
            p.drawRect(QRectF(x, top, cardWidth, a.height));
            p.setBrush(Qt::NoBrush);
            p.fillRect(QRectF(x, top, 3, a.height), accent);
            qreal y = top + 8;
            p.setPen(muted);
            drawLine(p, Style::FactLabel, x + 10, y, fact.label);
            y += lineHeight(Style::FactLabel);
            p.setPen(ink);
            // A long value (an interview's title) steps down a size before it is elided.
            const Style valueStyle = fm(Style::FactValue).horizontalAdvance(fact.value) <= cardWidth - 14 ? Style::FactValue : Style::Subheading;
            drawLine(p, valueStyle, x + 10, y + (valueStyle == Style::FactValue ? 0 : lineHeight(Style::FactValue) - lineHeight(Style::Subheading)),
                     fm(valueStyle).elidedText(fact.value, Qt::ElideRight, cardWidth - 14));
            y += lineHeight(Style::FactValue);
            p.setPen(muted);
            for (const QString &line : wrap(fact.detail, Style::FactLabel, cardWidth - 12, *p.device())) {
                drawLine(p, Style::FactLabel, x + 10, y, line);
                y += lineHeight(Style::FactLabel);
            }
        }
    }

    void paintChart(QPainter &p, const Atom &a, qreal top) const
    {
        const ReportChartPicture picture = charts.value(a.block);
        const qreal scale = std::min({qreal(1.0), width / picture.size.width(), a.height / picture.size.height()});
        p.save();
        p.translate(0, top);
        p.scale(scale, scale);
        p.drawPicture(QPointF(0, 0), picture.picture);
        p.restore();
    }

    void paintPage(QPainter &p, int page) const
    {
        paintMargins(p, page);
        const qreal top = headerHeight;
        for (const Placed &placed : pages.at(page)) {
            const Atom &a = atoms.at(placed.atom);
            const qreal y = top + placed.y;
            switch (a.kind) {
            case Atom::Kind::Cover: paintCover(p, top); break;
            case Atom::Kind::Lines:
                p.setPen(a.color);
                for (int l = 0; l < a.lines.size(); ++l)
                    drawLine(p, a.style, 0, y + l * lineHeight(a.style), a.lines.at(l));
                break;
            case Atom::Kind::Facts: paintFacts(p, a, y); break;
            case Atom::Kind::Chart: paintChart(p, a, y); break;
            case Atom::Kind::TableHeader:
            case Atom::Kind::TableRow: paintRow(p, a, y); break;
            case Atom::Kind::PageBreak: break;
            }
        }
    }
};

int ReportRenderer::resolution()
{
    static const int dpi = QPicture().logicalDpiX();
    return dpi;
}

QPageLayout ReportRenderer::pageLayout(ReportPageSize size)
{
    return QPageLayout(QPageSize(size == ReportPageSize::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
}

ReportChartPictures ReportRenderer::drawCharts(const ReportDocument &document)
{
    ReportChartPictures pictures;
    const qreal width = pageLayout(document.pageSize).paintRectPixels(resolution()).width();
    // Charts on paper are black on white whatever the desktop's theme.
    QPalette paper(QColor(Qt::white));
    paper.setColor(QPalette::WindowText, Qt::black);
    paper.setColor(QPalette::Text, Qt::black);
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Window, Qt::white);
    for (int i = 0; i < document.blocks.size(); ++i) {
        const ReportBlock &block = document.blocks.at(i);
        if (block.type != ReportBlock::Type::Chart)
            continue;
        const ReportChart &chart = block.chart;
        std::unique_ptr<ChartWidget> widget;
        switch (chart.kind) {
        case ReportChartKind::Funnel: {
            auto w = std::make_unique<FunnelChart>();
            w->setPalette(paper);
            w->setSeries(std::get<BarSeries>(chart.series));
            widget = std::move(w);
            break;
        }
        case ReportChartKind::TimeInStage: {
            auto w = std::make_unique<TimeInStageChart>();
            w->setPalette(paper);
            w->setSeries(std::get<BoxSeries>(chart.series));
            widget = std::move(w);
            break;
        }
        case ReportChartKind::Weekly: {
            auto w = std::make_unique<WeeklyChart>();
            w->setPalette(paper);
            w->setSeries(std::get<WeeklySeries>(chart.series), 4);
            widget = std::move(w);
            break;
        }
        case ReportChartKind::Stacked: {
            auto w = std::make_unique<StackedBarChart>(chart.title, chart.valueLabel);
            w->setPalette(paper);
            w->setSeries(std::get<StackedSeries>(chart.series));
            widget = std::move(w);
            break;
        }
        case ReportChartKind::Calibration: {
            auto w = std::make_unique<CalibrationChart>();
            w->setPalette(paper);
            w->setSeries(std::get<DotSeries>(chart.series));
            widget = std::move(w);
            break;
        }
        case ReportChartKind::Forecast: {
            auto w = std::make_unique<ForecastChart>();
            w->setPalette(paper);
            w->setHeadlineShown(false);
            w->setSeries(std::get<RangeSeries>(chart.series));
            widget = std::move(w);
            break;
        }
        }
        ReportChartPicture picture;
        picture.emptyReason = widget->emptyReason();
        if (picture.emptyReason.isEmpty()) {
            const int height = int(width * chart.aspect);
            QCPPainter painter(&picture.picture);
            widget->plot()->toPainter(&painter, int(width), height);
            painter.end();
            // Rotated tick labels can reach below the plot's own rectangle.
            const QRect drawn = picture.picture.boundingRect();
            picture.size = QSizeF(std::max<qreal>(width, drawn.right()), std::max<qreal>(height, drawn.bottom() + 2));
        }
        pictures.insert(i, picture);
    }
    return pictures;
}

ReportRenderer::ReportRenderer(ReportDocument document, ReportChartPictures charts)
    : d(std::make_unique<Impl>())
{
    d->doc = std::move(document);
    d->charts = std::move(charts);
}

ReportRenderer::~ReportRenderer() = default;

int ReportRenderer::paginate(const QPagedPaintDevice &device)
{
    d->setUpFonts(device);
    const QRect paintRect = device.pageLayout().paintRectPixels(device.logicalDpiX());
    d->width = paintRect.width();
    d->pageHeight = paintRect.height();
    d->headerHeight = d->lineHeight(Style::Margin) + 12;
    d->footerHeight = d->lineHeight(Style::Margin) + 12;
    d->body = QSizeF(d->width, d->pageHeight - d->headerHeight - d->footerHeight);
    d->tableWidths.clear();
    d->buildAtoms(device);
    d->layoutPages();
    return int(d->pages.size());
}

int ReportRenderer::pageCount() const
{
    return int(d->pages.size());
}

bool ReportRenderer::paint(QPagedPaintDevice &device, const std::function<bool(int page, int pages)> &progress)
{
    if (d->pages.isEmpty())
        paginate(device);
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < d->pages.size(); ++page) {
        if (page > 0)
            device.newPage();
        d->paintPage(painter, page);
        if (progress && !progress(page + 1, int(d->pages.size()))) {
            painter.end();
            return false;
        }
    }
    painter.end();
    return true;
}

} // namespace shortlist
