#include "calibrationdialog.h"

#include "dialogs/prompts.h"
#include "repositories/calibrationrepository.h"
#include "repositories/openingrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shortlist {

namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return table;
}

QTableWidgetItem *number(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setToolTip(tip);
    return item;
}

QString fixed(double value, int decimals = 2) { return QLocale().toString(value, 'f', decimals); }

QString signedFixed(double value)
{
    return value > 0 ? CalibrationDialog::tr("+%1").arg(fixed(value)) : fixed(value);
}

} // namespace

CalibrationDialog::CalibrationDialog(Database &db, qint64 openingId, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("calibrationDialog"));
    resize(1000, 680);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    layout->addWidget(m_intro);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_agreement = makeTable(splitter, QStringLiteral("agreementTable"),
                            {tr("Competency"), tr("Alpha"), tr("95% interval"), tr("Candidates"), tr("Ratings"), tr("Reading")});
    m_interviewers = makeTable(splitter, QStringLiteral("interviewerTable"),
                               {tr("Interviewer"), tr("Scorecards"), tr("Ratings"), tr("Mean"), tr("vs. panel"), tr("Strong no"), tr("No"),
                                tr("Yes"), tr("Strong yes"), tr("Focus not assessed")});
    layout->addWidget(splitter, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_usable = load(db, openingId);
}

bool CalibrationDialog::load(Database &db, qint64 openingId)
{
    Result<Opening> opening = OpeningRepository(db).load(openingId);
    CalibrationRepository calibration(db);
    Result<QList<CompetencyAgreement>> agreement = opening ? calibration.agreement(openingId) : Result<QList<CompetencyAgreement>>(opening.error());
    Result<QList<InterviewerCalibration>> interviewers =
        agreement ? calibration.interviewers(openingId) : Result<QList<InterviewerCalibration>>(agreement.error());
    if (!interviewers) {
        Prompts::error(parentWidget(), tr("Cannot compute the calibration"), interviewers.error().message);
        return false;
    }
    setWindowTitle(tr("Interviewer Calibration — %1").arg(opening->title));
    m_intro->setText(tr("<b>Agreement</b> is Krippendorff's alpha (ordinal) over the latest submitted ratings of %1: 1 means the "
                        "interviewers who rated a candidate on a competency always agreed, 0 no better than chance. Below %2 candidates "
                        "rated by two or more interviewers it is a diagnostic, not a verdict. <b>vs. panel</b> is an interviewer's rating "
                        "minus the mean of the others on the same candidate and competency: positive rates more generously.")
                         .arg(opening->title.toHtmlEscaped())
                         .arg(CalibrationRepository::minUnits));

    m_agreement->setRowCount(int(agreement->size()));
    for (int row = 0; row < agreement->size(); ++row) {
        const CompetencyAgreement &a = agreement->at(row);
        auto *name = new QTableWidgetItem(a.competencyId == 0 ? tr("Whole panel (every competency)") : a.name);
        if (a.competencyId == 0) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_agreement->setItem(row, 0, name);
        m_agreement->setItem(row, 1, number(a.alpha.alpha ? fixed(*a.alpha.alpha, 3) : tr("—")));
        m_agreement->setItem(row, 2, number(a.interval ? tr("%1 to %2").arg(fixed(a.interval->low, 3), fixed(a.interval->high, 3)) : tr("—"),
                                            a.interval ? tr("%Ln bootstrap resample(s) over candidates", nullptr, a.interval->resamples) : QString()));
        m_agreement->setItem(row, 3, number(QString::number(a.alpha.pairableUnits)));
        m_agreement->setItem(row, 4, number(QString::number(qint64(a.alpha.pairableValues))));
        QString reading;
        if (a.tooFewRatings)
            reading = tr("too few ratings to judge (%Ln candidate(s) with two raters)", nullptr, a.alpha.pairableUnits);
        else if (!a.alpha.alpha)
            reading = tr("undefined: every rating is the same level");
        else if (*a.alpha.alpha >= 0.8)
            reading = tr("good agreement");
        else if (*a.alpha.alpha >= 0.667)
            reading = tr("tentative agreement");
        else
            reading = tr("low agreement: calibrate the level descriptions");
        m_agreement->setItem(row, 5, new QTableWidgetItem(reading));
    }

    m_interviewers->setRowCount(int(interviewers->size()));
    for (int row = 0; row < interviewers->size(); ++row) {
        const InterviewerCalibration &c = interviewers->at(row);
        m_interviewers->setItem(row, 0, new QTableWidgetItem(c.name));
        m_interviewers->setItem(row, 1, number(QString::number(c.scorecards)));
        m_interviewers->setItem(row, 2, number(QString::number(c.ratings)));
        m_interviewers->setItem(row, 3, number(c.meanRating ? fixed(*c.meanRating) : tr("—")));
        m_interviewers->setItem(row, 4, number(c.relativeToPanel ? signedFixed(*c.relativeToPanel) : tr("—"),
                                               tr("%Ln rating(s) compared with the rest of the panel", nullptr, c.ratingsCompared)));
        int column = 5;
        for (const Recommendation r : {Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes}) {
            const int n = c.overall.value(r);
            m_interviewers->setItem(row, column++, number(c.scorecards >= 5 ? tr("%1 (%2%)").arg(n).arg(qRound(100.0 * n / c.scorecards))
                                                                            : QString::number(n)));
        }
        const int focus = c.focusAnswered + c.focusNotAssessed;
        m_interviewers->setItem(row, column, number(focus > 0 ? tr("%1 of %2").arg(c.focusNotAssessed).arg(focus) : tr("—")));
    }
    return true;
}

} // namespace shortlist
