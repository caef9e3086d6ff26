// The interviewer calibration report: per opening, how each interviewer
// rates against the rest of the panel (table and dot plot), and how well
// interviewers agree per competency (Krippendorff's alpha). The numbers are
// CalibrationRepository's, formatted as the calibration dialog shows them.
// Interviewers are staff: their names stay in anonymised reports, and no
// candidate appears at all.

#include "reportbuilder.h"

#include "repositories/calibrationrepository.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"

#include <QLocale>

#include <algorithm>

namespace shortlist {

namespace {

QString fixed(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString signedFixed(double value)
{
    return value > 0 ? ReportBuilder::tr("+%1").arg(fixed(value)) : fixed(value);
}

constexpr std::array<Recommendation, 4> recommendations{Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes};

QString agreementReading(const CompetencyAgreement &a)
{
    if (a.tooFewRatings)
        return ReportBuilder::tr("too few ratings to judge (%1 candidates with two or more raters; %2 needed)")
            .arg(a.alpha.pairableUnits)
            .arg(CalibrationRepository::minUnits);
    if (!a.alpha.alpha)
        return ReportBuilder::tr("undefined: every rating is the same level");
    if (*a.alpha.alpha >= 0.8)
        return ReportBuilder::tr("good agreement");
    if (*a.alpha.alpha >= 0.667)
        return ReportBuilder::tr("tentative agreement");
    return ReportBuilder::tr("low agreement: calibrate the level descriptions");
}

void addInterviewers(ReportDocument &doc, const QList<InterviewerCalibration> &interviewers)
{
    ReportTable table;
    table.headers = {ReportBuilder::tr("Interviewer"), ReportBuilder::tr("Scorecards"), ReportBuilder::tr("Ratings"), ReportBuilder::tr("Mean"),
                     ReportBuilder::tr("vs. panel"),   ReportBuilder::tr("Compared"),   ReportBuilder::tr("Strong no"), ReportBuilder::tr("No"),
                     ReportBuilder::tr("Yes"),         ReportBuilder::tr("Strong yes"), ReportBuilder::tr("Focus not assessed")};
    table.widths = {2.2, 1, 0.9, 0.8, 0.9, 1, 0.9, 0.9, 0.9, 0.9, 1.2};
    table.numeric = {false, true, true, true, true, true, true, true, true, true, true};
    table.emptyText = ReportBuilder::tr("No submitted scorecards for this opening yet.");
    for (const InterviewerCalibration &c : interviewers) {
        QStringList row{c.name,
                        QString::number(c.scorecards),
                        QString::number(c.ratings),
                        c.meanRating ? fixed(*c.meanRating) : QStringLiteral("—"),
                        c.relativeToPanel ? signedFixed(*c.relativeToPanel) : QStringLiteral("—"),
                        QString::number(c.ratingsCompared)};
        for (const Recommendation r : recommendations) {
            const int n = c.overall.value(r);
            row << (c.scorecards >= 5 ? ReportBuilder::tr("%1 (%2%)").arg(n).arg(qRound(100.0 * n / c.scorecards)) : QString::number(n));
        }
        const int focus = c.focusAnswered + c.focusNotAssessed;
        row << (focus > 0 ? ReportBuilder::tr("%1 of %2").arg(c.focusNotAssessed).arg(focus) : QStringLiteral("—"));
        table.rows << row;
    }
    doc.table(table);

    const DotSeries series = calibrationSeries(interviewers);
    if (series.names.isEmpty()) {
        doc.note(ReportBuilder::tr("No interviewer has a rating to compare with the rest of a panel yet, so there is no calibration chart."));
        return;
    }
    ReportChart chart;
    chart.kind = ReportChartKind::Calibration;
    chart.title = ReportBuilder::tr("Rating relative to the rest of the panel, same candidates and competencies");
    chart.valueLabel = ReportBuilder::tr("Levels above (+) or below (−) the panel");
    chart.series = series;
    chart.aspect = std::clamp(0.12 + 0.05 * double(series.names.size()), 0.3, 1.2);
    doc.chart(chart);
}

void addAgreement(ReportDocument &doc, const QList<CompetencyAgreement> &agreement)
{
    ReportTable table;
    table.headers = {ReportBuilder::tr("Competency"), ReportBuilder::tr("Alpha"),   ReportBuilder::tr("95% interval"),
                     ReportBuilder::tr("Candidates"), ReportBuilder::tr("Ratings"), ReportBuilder::tr("Reading")};
    table.widths = {2.2, 0.8, 1.5, 1, 0.9, 3};
    table.numeric = {false, true, true, true, true, false};
    table.emptyText = ReportBuilder::tr("This opening has no competencies to agree on.");
    for (const CompetencyAgreement &a : agreement) {
        if (a.competencyId == 0) {
            table.emphasized << int(table.rows.size());
            table.groupStarts << int(table.rows.size());
        }
        table.rows << QStringList{a.competencyId == 0 ? ReportBuilder::tr("Whole panel (every competency)") : a.name,
                                  a.alpha.alpha ? fixed(*a.alpha.alpha, 3) : QStringLiteral("—"),
                                  a.interval ? ReportBuilder::tr("%1 to %2").arg(fixed(a.interval->low, 3), fixed(a.interval->high, 3))
                                             : QStringLiteral("—"),
                                  QString::number(a.alpha.pairableUnits), QString::number(qint64(a.alpha.pairableValues)), agreementReading(a)};
    }
    doc.table(table);
}

} // namespace

Result<ReportDocument> ReportBuilder::calibration(Database &db, const ReportOptions &options, const ReportProgress &progress)
{
    Result<ReportDocument> started = reporttext::start(db, options);
    if (!started)
        return started.error();
    ReportDocument doc = std::move(*started);

    Result<QList<QPair<qint64, QString>>> titles = OpeningRepository(db).titles();
    if (!titles)
        return titles.error();
    QList<QPair<qint64, QString>> openings;
    if (options.openingIds.isEmpty()) {
        openings = *titles;
    } else {
        for (qint64 id : options.openingIds) {
            const auto found = std::find_if(titles->cbegin(), titles->cend(), [id](const QPair<qint64, QString> &t) { return t.first == id; });
            if (found == titles->cend())
                return makeError(ErrorCode::NotFound, tr("There is no opening %1. Choose one of the openings in the database by its name or id.").arg(id));
            openings << *found;
        }
    }

    doc.scope = openings.size() == 1 ? openings.constFirst().second : tr("All openings");
    if (!options.openingIds.isEmpty() && openings.size() > 1) {
        QStringList names;
        for (const auto &o : std::as_const(openings))
            names << o.second;
        doc.scope = names.join(QStringLiteral(", "));
    }
    doc.subject = tr("Interviewer calibration: %1").arg(doc.scope);
    doc.coverLines << doc.scope;
    doc.coverLines << tr("Over the latest submitted scorecards of every interview that was not cancelled.");

    const bool interviewers = options.includes(QStringLiteral("interviewers"));
    const bool agreement = options.includes(QStringLiteral("agreement"));
    doc.note(tr("“vs. panel” is an interviewer's rating minus the mean of the others on the same candidate and competency: positive rates "
                "more generously. Agreement is Krippendorff's alpha (ordinal) over the latest submitted ratings: 1 means the interviewers who "
                "rated a candidate on a competency always agreed, 0 no better than chance. Below %1 candidates rated by two or more "
                "interviewers it is a diagnostic, not a verdict.")
                 .arg(CalibrationRepository::minUnits));

    const int total = int(openings.size());
    CalibrationRepository repository(db);
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return makeError(ErrorCode::Cancelled, tr("Making the calibration report was cancelled."));
        const auto &[openingId, title] = openings.at(i);
        Result<Calibration> calibration = repository.compute(openingId);
        if (!calibration)
            return calibration.error();
        // One opening: its sections are the headings; several: one heading each.
        const bool several = total > 1;
        if (i > 0)
            doc.pageBreak();
        if (several)
            doc.heading(title);
        if (interviewers) {
            several ? doc.subheading(tr("Interviewers")) : doc.heading(tr("Interviewers"));
            addInterviewers(doc, calibration->interviewers);
        }
        if (agreement) {
            several ? doc.subheading(tr("Agreement per competency")) : doc.heading(tr("Agreement per competency"));
            addAgreement(doc, calibration->agreement);
        }
    }
    if (openings.isEmpty())
        doc.paragraph(tr("The database has no openings yet."));
    if (progress && !progress(total, total))
        return makeError(ErrorCode::Cancelled, tr("Making the calibration report was cancelled."));
    return doc;
}

} // namespace shortlist
