#include "debriefdialog.h"

#include "dialogs/prompts.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/debriefrepository.h"
#include "repositories/openingrepository.h"
#include "repositories/peoplerepository.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shortlist {

namespace {

QString adviceName(FormulaAdvice advice)
{
    switch (advice) {
    case FormulaAdvice::StrongNo: return DebriefDialog::tr("strong no");
    case FormulaAdvice::No: return DebriefDialog::tr("no");
    case FormulaAdvice::Yes: return DebriefDialog::tr("yes");
    case FormulaAdvice::StrongYes: return DebriefDialog::tr("strong yes");
    }
    return {};
}

QString kindName(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Advance: return DebriefDialog::tr("Advance");
    case DecisionKind::Reject: return DebriefDialog::tr("Reject");
    case DecisionKind::Hire: return DebriefDialog::tr("Hire");
    }
    return {};
}

// "3 · Strong", or the mean with one decimal when interviewers' several
// ratings averaged between levels.
QString levelText(double rating, const QHash<int, QString> &levels)
{
    const int level = int(std::lround(rating));
    if (std::abs(rating - level) < 0.01)
        return DebriefDialog::tr("%1 · %2").arg(level).arg(levels.value(level));
    return QLocale().toString(rating, 'f', 1);
}

} // namespace

DebriefDialog::DebriefDialog(Database &db, qint64 applicationId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_applicationId(applicationId)
{
    setObjectName(QStringLiteral("debriefDialog"));
    setWindowTitle(tr("Debrief"));
    resize(1240, 800);
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_matrix = new QTableWidget(splitter);
    m_matrix->setObjectName(QStringLiteral("debriefMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setSelectionMode(QAbstractItemView::NoSelection);
    m_matrix->setWordWrap(true);
    m_matrix->setFocusPolicy(Qt::NoFocus);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(lower);
    m_summary->setObjectName(QStringLiteral("formulaSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    lowerLayout->addWidget(m_summary);
    m_details = new QTextBrowser(lower);
    m_details->setObjectName(QStringLiteral("debriefDetails"));
    lowerLayout->addWidget(m_details, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *decision = new QGroupBox(tr("Decision"), this);
    auto *decisionLayout = new QVBoxLayout(decision);
    auto *kinds = new QHBoxLayout;
    m_kind = new QButtonGroup(this);
    for (const DecisionKind kind : {DecisionKind::Advance, DecisionKind::Reject, DecisionKind::Hire}) {
        auto *radio = new QRadioButton(kindName(kind), decision);
        m_kind->addButton(radio, int(kind));
        kinds->addWidget(radio);
    }
    kinds->addStretch();
    decisionLayout->addLayout(kinds);
    m_rationale = new QPlainTextEdit(decision);
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setPlaceholderText(tr("Rationale: the evidence that decided it"));
    m_rationale->setMaximumHeight(80);
    decisionLayout->addWidget(m_rationale);
    m_overrideNote = new QLabel(decision);
    m_overrideNote->setObjectName(QStringLiteral("overrideNote"));
    m_overrideNote->setWordWrap(true);
    decisionLayout->addWidget(m_overrideNote);
    m_problem = new QLabel(decision);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));
    decisionLayout->addWidget(m_problem);
    layout->addWidget(decision);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_recordButton = buttons->addButton(tr("&Record Decision"), QDialogButtonBox::ActionRole);
    m_recordButton->setObjectName(QStringLiteral("recordDecisionButton"));
    connect(m_recordButton, &QPushButton::clicked, this, &DebriefDialog::recordDecision);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_kind, &QButtonGroup::idClicked, this, &DebriefDialog::updateOverrideNote);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &DebriefDialog::updateOverrideNote);
    m_usable = load();
}

bool DebriefDialog::load()
{
    Result<Application> application = ApplicationRepository(m_db).load(m_applicationId);
    if (!application) {
        Prompts::error(parentWidget(), tr("Cannot open the debrief"), application.error().message);
        return false;
    }
    DebriefRepository debriefs(m_db);
    Result<Debrief> debrief = debriefs.forApplication(m_applicationId);
    Result<CoverageReport> coverage = debriefs.coverage(m_applicationId);
    Result<QHash<int, QString>> levels = debriefs.levelNames(application->openingId);
    Result<QHash<qint64, QString>> people = PeopleRepository(m_db).names();
    Result<Candidate> candidate = CandidateRepository(m_db).load(application->candidateId);
    Result<Opening> opening = OpeningRepository(m_db).load(application->openingId);
    Result<QList<Decision>> decisions = DecisionRepository(m_db).forApplication(m_applicationId);
    for (const Error &e : {debrief ? Error() : debrief.error(), coverage ? Error() : coverage.error(), levels ? Error() : levels.error(),
                           people ? Error() : people.error(), candidate ? Error() : candidate.error(), opening ? Error() : opening.error(),
                           decisions ? Error() : decisions.error()}) {
        if (e) {
            Prompts::error(parentWidget(), tr("Cannot open the debrief"), e.message);
            return false;
        }
    }
    m_debrief = *debrief;
    const QHash<qint64, QString> &names = *people;
    setWindowTitle(tr("Debrief: %1").arg(candidate->name));
    const Stage *stage = opening->stage(application->stageId);
    m_heading->setText(tr("<b>%1</b> for %2 — now in %3")
                           .arg(candidate->name.toHtmlEscaped(), opening->title.toHtmlEscaped(), stage ? stage->name.toHtmlEscaped() : QString()));
    fillMatrix(names, *levels);

    QString summary;
    if (m_debrief.formulaScore) {
        summary = tr("Formula score <b>%1</b> of 4 (weighted mean of the competency means) — the formula says <b>%2</b>.")
                      .arg(QLocale().toString(*m_debrief.formulaScore, 'f', 2), adviceName(*m_debrief.advice));
    } else {
        summary = tr("No submitted ratings yet, so there is no formula score. Scorecards count once they are submitted.");
    }
    if (m_debrief.spreads > 0)
        summary += QLatin1Char(' ') + tr("%Ln competenc(ies) with interviewers two or more levels apart: discuss those first.", nullptr, m_debrief.spreads);
    QStringList scale;
    for (int level = 1; level <= 4; ++level)
        scale << tr("%1 %2").arg(level).arg(levels->value(level));
    summary += QStringLiteral("<br>") + tr("Scale: %1. Each cell is the interviewer's latest submitted rating; an empty cell was not theirs to assess.")
                                            .arg(scale.join(QStringLiteral(" · ")).toHtmlEscaped());
    m_summary->setText(summary);

    QString html;
    QStringList gaps;
    const auto describe = [](const CoverageItem &item) -> QString {
        return item.level == CoverageLevel::Missing ? tr("%1 — not assessed by anyone").arg(item.name.toHtmlEscaped())
                                                    : tr("%1 — only %2 (%3)")
                                                          .arg(item.name.toHtmlEscaped())
                                                          .arg(item.assessors)
                                                          .arg(item.slots.join(QStringLiteral(", ")).toHtmlEscaped());
    };
    for (const CoverageItem &item : std::as_const(coverage->competencies)) {
        if (item.level != CoverageLevel::Covered)
            gaps << describe(item);
    }
    for (const CoverageItem &item : std::as_const(coverage->requirements)) {
        if (item.mustHave && item.level != CoverageLevel::Covered)
            gaps << tr("Must-have %1").arg(describe(item));
    }
    html += tr("<h4>Coverage</h4>");
    if (gaps.isEmpty())
        html += tr("<p>Every competency and must-have requirement was assigned to at least two interviewers.</p>");
    else
        html += QStringLiteral("<ul><li>") + gaps.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
    html += tr("<h4>Decisions</h4>");
    if (decisions->isEmpty()) {
        html += tr("<p>None recorded yet.</p>");
    } else {
        html += QStringLiteral("<ul>");
        for (const Decision &d : std::as_const(*decisions)) {
            const QString score = d.formulaScore ? tr("score %1, advice %2").arg(QLocale().toString(*d.formulaScore, 'f', 2), adviceName(*d.advice))
                                                 : tr("no score");
            html += tr("<li>%1 — <b>%2</b> by %3 (%4)%5%6</li>")
                        .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(d.decidedAt), QLocale::ShortFormat), kindName(d.kind),
                             d.actor.toHtmlEscaped(), score, d.override ? tr(" — <b>override</b>") : QString(),
                             d.rationale.isEmpty() ? QString() : QStringLiteral(": <i>%1</i>").arg(d.rationale.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
    updateOverrideNote();
    return true;
}

void DebriefDialog::fillMatrix(const QHash<qint64, QString> &people, const QHash<int, QString> &levels)
{
    const int interviewers = int(m_debrief.interviewers.size());
    m_matrix->clear();
    m_matrix->setRowCount(int(m_debrief.rows.size()));
    m_matrix->setColumnCount(interviewers + 2);
    QStringList headers;
    for (qint64 id : std::as_const(m_debrief.interviewers))
        headers << people.value(id);
    headers << tr("Mean") << tr("Flags");
    m_matrix->setHorizontalHeaderLabels(headers);
    const QColor spreadColor(255, 226, 179);
    for (int r = 0; r < m_debrief.rows.size(); ++r) {
        const DebriefRow &row = m_debrief.rows.at(r);
        auto *header = new QTableWidgetItem(tr("%1 (weight %2)").arg(row.competency.name, QLocale().toString(row.competency.weight)));
        m_matrix->setVerticalHeaderItem(r, header);
        for (int c = 0; c < interviewers; ++c) {
            const DebriefCell &cell = row.cells.at(c);
            auto *item = new QTableWidgetItem(cell.assessed ? levelText(cell.rating, levels) : cell.notAssessed ? tr("not assessed") : QString());
            item->setTextAlignment(Qt::AlignCenter);
            if (cell.notAssessed && !cell.assessed)
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            if (row.spread)
                item->setBackground(spreadColor);
            m_matrix->setItem(r, c, item);
        }
        auto *mean = new QTableWidgetItem(row.mean ? QLocale().toString(*row.mean, 'f', 2) : tr("—"));
        mean->setTextAlignment(Qt::AlignCenter);
        QFont bold = mean->font();
        bold.setBold(true);
        mean->setFont(bold);
        m_matrix->setItem(r, interviewers, mean);
        QStringList flags;
        if (row.spread)
            flags << tr("spread");
        if (row.raters == 0)
            flags << tr("no ratings");
        else if (row.thin)
            flags << tr("one rater");
        auto *flagItem = new QTableWidgetItem(flags.join(QStringLiteral(", ")));
        if (row.spread)
            flagItem->setToolTip(tr("Interviewers rated this two or more levels apart"));
        else if (row.thin)
            flagItem->setToolTip(tr("Fewer than two independent interviewers rated this"));
        m_matrix->setItem(r, interviewers + 1, flagItem);
    }
    // Interviewer columns share the width; the ratings wrap rather than scroll.
    QHeaderView *header = m_matrix->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(interviewers, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(interviewers + 1, QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->verticalHeader()->setMinimumSectionSize(26);
}

std::optional<DecisionKind> DebriefDialog::chosenKind() const
{
    const int id = m_kind->checkedId();
    if (id < 0)
        return std::nullopt;
    return DecisionKind(id);
}

void DebriefDialog::updateOverrideNote()
{
    const std::optional<DecisionKind> kind = chosenKind();
    m_recordButton->setEnabled(kind.has_value() && !m_readOnly);
    if (kind && DecisionRepository::isOverride(*kind, m_debrief.advice)) {
        m_overrideNote->setText(tr("⚠ This goes against the formula's advice (%1): the rationale is required, and the override is logged.")
                                    .arg(adviceName(*m_debrief.advice)));
        m_overrideNote->show();
    } else {
        m_overrideNote->hide();
    }
}

void DebriefDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateOverrideNote();
}

void DebriefDialog::setDecision(DecisionKind kind, const QString &rationale)
{
    m_kind->button(int(kind))->setChecked(true);
    m_rationale->setPlainText(rationale);
    updateOverrideNote();
}

bool DebriefDialog::recordDecision()
{
    const std::optional<DecisionKind> kind = chosenKind();
    if (!kind) {
        m_problem->setText(tr("Choose advance, reject or hire."));
        return false;
    }
    Result<Decision> recorded = DecisionRepository(m_db).record(m_applicationId, *kind, m_rationale->toPlainText());
    if (!recorded) {
        m_problem->setText(recorded.error().message);
        return false;
    }
    m_problem->clear();
    m_rationale->clear();
    load();
    Q_EMIT decisionRecorded(*kind);
    return true;
}

QString DebriefDialog::problemText() const { return m_problem->text(); }
QString DebriefDialog::summaryText() const { return m_summary->text(); }

} // namespace shortlist
