#include "reportdocument.h"

namespace shortlist {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};
} // namespace

QString toCode(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Pipeline: return QStringLiteral("pipeline");
    case ReportKind::Candidate: return QStringLiteral("candidate");
    case ReportKind::Calibration: return QStringLiteral("calibration");
    case ReportKind::Schedule: return QStringLiteral("schedule");
    }
    return {};
}

std::optional<ReportKind> reportKindFromCode(const QString &code)
{
    for (ReportKind kind : {ReportKind::Pipeline, ReportKind::Candidate, ReportKind::Calibration, ReportKind::Schedule}) {
        if (toCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString reportTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Pipeline: return Tr::tr("Pipeline report");
    case ReportKind::Candidate: return Tr::tr("Candidate packet");
    case ReportKind::Calibration: return Tr::tr("Interviewer calibration report");
    case ReportKind::Schedule: return Tr::tr("Interview schedule");
    }
    return {};
}

QString toCode(ReportPageSize size)
{
    return size == ReportPageSize::Letter ? QStringLiteral("Letter") : QStringLiteral("A4");
}

std::optional<ReportPageSize> pageSizeFromCode(const QString &code)
{
    if (code.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return ReportPageSize::A4;
    if (code.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return ReportPageSize::Letter;
    return std::nullopt;
}

ReportPageSize defaultPageSize(const QLocale &locale)
{
    return locale.measurementSystem() == QLocale::ImperialUSSystem ? ReportPageSize::Letter : ReportPageSize::A4;
}

QList<ReportSection> reportSections(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Pipeline:
        return {{QStringLiteral("headline"), Tr::tr("Headline numbers")},
                {QStringLiteral("funnel"), Tr::tr("Funnel")},
                {QStringLiteral("time-in-stage"), Tr::tr("Time in stage")},
                {QStringLiteral("sources"), Tr::tr("Sources")},
                {QStringLiteral("forecast"), Tr::tr("Forecast")},
                {QStringLiteral("stalled"), Tr::tr("Stalled applications")},
                {QStringLiteral("active"), Tr::tr("Active candidates")}};
    case ReportKind::Candidate:
        return {{QStringLiteral("profile"), Tr::tr("Profile")},
                {QStringLiteral("match"), Tr::tr("Requirement match")},
                {QStringLiteral("timeline"), Tr::tr("Timeline")},
                {QStringLiteral("scorecards"), Tr::tr("Scorecards")},
                {QStringLiteral("debrief"), Tr::tr("Debrief")},
                {QStringLiteral("decision"), Tr::tr("Decision")}};
    case ReportKind::Calibration:
        return {{QStringLiteral("interviewers"), Tr::tr("Interviewers")},
                {QStringLiteral("agreement"), Tr::tr("Agreement per competency")}};
    case ReportKind::Schedule:
        return {};
    }
    return {};
}

void ReportDocument::heading(const QString &text)
{
    blocks.append({ReportBlock::Type::Heading, text, {}, {}, {}});
}

void ReportDocument::subheading(const QString &text)
{
    blocks.append({ReportBlock::Type::Subheading, text, {}, {}, {}});
}

void ReportDocument::paragraph(const QString &text)
{
    blocks.append({ReportBlock::Type::Paragraph, text, {}, {}, {}});
}

void ReportDocument::note(const QString &text)
{
    blocks.append({ReportBlock::Type::Note, text, {}, {}, {}});
}

void ReportDocument::facts(const QList<ReportFact> &list)
{
    blocks.append({ReportBlock::Type::Facts, {}, list, {}, {}});
}

void ReportDocument::table(const ReportTable &t)
{
    blocks.append({ReportBlock::Type::Table, {}, {}, t, {}});
}

void ReportDocument::chart(const ReportChart &c)
{
    blocks.append({ReportBlock::Type::Chart, c.title, {}, {}, c});
}

void ReportDocument::pageBreak()
{
    blocks.append({ReportBlock::Type::PageBreak, {}, {}, {}, {}});
}

QString ReportDocument::plainText() const
{
    QStringList lines{title, scope, period, organisation};
    lines << coverLines;
    for (const ReportBlock &block : blocks) {
        if (!block.text.isEmpty())
            lines << block.text;
        for (const ReportFact &fact : block.facts)
            lines << fact.label << fact.value << fact.detail;
        if (block.type == ReportBlock::Type::Table) {
            lines << block.table.headers.join(QLatin1Char('\t'));
            for (const QStringList &row : block.table.rows)
                lines << row.join(QLatin1Char('\t'));
        }
        if (block.type == ReportBlock::Type::Chart) {
            std::visit([&lines](const auto &series) { lines << series.tooltips; }, block.chart.series);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace shortlist
