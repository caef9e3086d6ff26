#pragma once

#include "analytics/chartseries.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <variant>

namespace shortlist {

// A report is built as a ReportDocument (plain data, in the models library,
// testable without a paint device) and rendered to PDF or a printer by the ui
// library's ReportRenderer.

enum class ReportKind { Pipeline, Candidate, Calibration, Schedule };
QString toCode(ReportKind kind);   // "pipeline", "candidate", "calibration", "schedule"
std::optional<ReportKind> reportKindFromCode(const QString &code);
QString reportTitle(ReportKind kind);

enum class ReportPageSize { A4, Letter };
QString toCode(ReportPageSize size);   // "A4", "Letter"
std::optional<ReportPageSize> pageSizeFromCode(const QString &code);   // case-insensitive
// Letter where the locale measures in US units, A4 elsewhere.
ReportPageSize defaultPageSize(const QLocale &locale = QLocale());

struct ReportSection {
    QString code;
    QString title;
};
// The sections a report of this kind can include, in report order.
QList<ReportSection> reportSections(ReportKind kind);

struct ReportOptions {
    ReportKind kind = ReportKind::Pipeline;
    QList<qint64> openingIds;       // empty: every opening (pipeline, calibration, schedule)
    qint64 applicationId = 0;       // candidate packet: the application it is about
    QDate from;                     // inclusive; invalid: open-ended (schedule: today)
    QDate to;                       // inclusive (schedule: a week after `from`)
    QStringList sections;           // section codes; empty: every section
    bool anonymize = false;         // candidates as stable codes, no contact details
    ReportPageSize pageSize = ReportPageSize::A4;
    qint64 now = 0;                 // "now" for open durations; 0: the clock
    QString author;                 // the PDF's author: the current user

    bool includes(const QString &section) const { return sections.isEmpty() || sections.contains(section); }
};

// One fact of a headline grid: "Time to hire" — "34 days" — "median of 12 hires".
struct ReportFact {
    QString label;
    QString value;
    QString detail;
};

// A table splits across pages between rows, repeating its header row.
struct ReportTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<double> widths;           // relative column widths; empty: equal
    QList<bool> numeric;            // right-aligned columns; empty: none
    QList<int> emphasized;          // row indexes drawn bold with a tint
    QList<int> groupStarts;         // row indexes that start a group: a rule above
    QString emptyText;              // shown instead of an empty table
};

enum class ReportChartKind { Funnel, TimeInStage, Weekly, Stacked, Calibration, Forecast };

// A chart is drawn by the dashboard's chart widget of its kind, as vectors.
struct ReportChart {
    ReportChartKind kind = ReportChartKind::Funnel;
    QString title;
    QString valueLabel;             // Stacked: the value axis
    std::variant<BarSeries, BoxSeries, WeeklySeries, StackedSeries, DotSeries, RangeSeries> series;
    double aspect = 0.42;           // height / width
};

struct ReportBlock {
    enum class Type { Heading, Subheading, Paragraph, Note, Facts, Table, Chart, PageBreak };
    Type type = Type::Paragraph;
    QString text;                   // Heading, Subheading, Paragraph, Note
    QList<ReportFact> facts;
    ReportTable table;
    ReportChart chart;
};

struct ReportDocument {
    ReportKind kind = ReportKind::Pipeline;
    QString title;                  // "Pipeline report"
    QString scope;                  // the opening, candidate code or "All openings": in every page header
    QString period;                 // "1 Jan 2026 – 31 Mar 2026", or empty
    QString organisation;           // the database's organisation name
    QString author;
    QString subject;                // PDF subject
    QDateTime generated;
    ReportPageSize pageSize = ReportPageSize::A4;
    bool anonymized = false;
    QStringList coverLines;         // under the title on the cover
    QList<ReportBlock> blocks;

    void heading(const QString &text);
    void subheading(const QString &text);
    void paragraph(const QString &text);
    void note(const QString &text);
    void facts(const QList<ReportFact> &facts);
    void table(const ReportTable &table);
    void chart(const ReportChart &chart);
    void pageBreak();

    // Every text of the document, in order: what a reader could find in the
    // PDF (tests and the anonymisation check use it).
    QString plainText() const;
};

// Progress while building: steps done of total; return false to cancel.
using ReportProgress = std::function<bool(int done, int total)>;

} // namespace shortlist
