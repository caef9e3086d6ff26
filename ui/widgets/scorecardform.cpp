#include "scorecardform.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QLocale>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace shortlist {

ScorecardForm::ScorecardForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scorecardForm"));
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("scorecardHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    layout->addWidget(m_heading);
    m_body = new QWidget(this);
    new QVBoxLayout(m_body);
    layout->addWidget(m_body);

    auto *overallBox = new QGroupBox(tr("Overall recommendation (required)"), this);
    auto *overallLayout = new QHBoxLayout(overallBox);
    m_overall = new QButtonGroup(this);
    const QList<std::pair<Recommendation, QString>> choices = {{Recommendation::StrongNo, tr("Strong no")},
                                                               {Recommendation::No, tr("No")},
                                                               {Recommendation::Yes, tr("Yes")},
                                                               {Recommendation::StrongYes, tr("Strong yes")}};
    for (const auto &[value, text] : choices) {
        auto *button = new QRadioButton(text, overallBox);
        m_overall->addButton(button, int(value));
        overallLayout->addWidget(button);
    }
    overallLayout->addStretch();
    layout->addWidget(overallBox);
    layout->addWidget(new QLabel(tr("Summary"), this));
    m_summary = new QPlainTextEdit(this);
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setMaximumHeight(90);
    layout->addWidget(m_summary);
    connect(m_overall, &QButtonGroup::idClicked, this, &ScorecardForm::changed);
    connect(m_summary, &QPlainTextEdit::textChanged, this, &ScorecardForm::changed);
}

void ScorecardForm::setContent(const ScorecardFileContent &c)
{
    QLayout *body = m_body->layout();
    while (QLayoutItem *item = body->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_rows.clear();
    const QDateTime start = QDateTime::fromString(c.start, Qt::ISODate);
    const QString when = start.isValid() ? QLocale().toString(start, QLocale::LongFormat) : c.start;
    m_heading->setText(tr("<h2>%1</h2><p>%2 — %3 interview, %4 (%5). Scored by %6.</p>"
                          "<p><i>Rate what you observed against each level's description; mark “Not assessed” when the "
                          "interview did not cover it — that is not a low rating.</i></p>")
                           .arg(c.candidate.toHtmlEscaped(), c.opening.toHtmlEscaped(), c.stage.toHtmlEscaped(), when.toHtmlEscaped(),
                                c.timeZone.toHtmlEscaped(), c.interviewer.toHtmlEscaped()));
    for (const ScorecardFileContent::Item &item : c.competencies) {
        auto *box = new QGroupBox(item.name, m_body);
        box->setObjectName(QStringLiteral("competency_%1").arg(item.id));
        auto *v = new QVBoxLayout(box);
        if (!item.description.isEmpty()) {
            auto *description = new QLabel(item.description, box);
            description->setWordWrap(true);
            v->addWidget(description);
        }
        Row row;
        row.competencyId = item.id;
        row.levels = new QButtonGroup(box);
        // The level's name on the button, the behaviour beside it, wrapped.
        auto *grid = new QGridLayout;
        grid->setColumnStretch(1, 1);
        for (int level = 1; level <= 4; ++level) {
            auto *button = new QRadioButton(tr("%1. %2").arg(level).arg(c.scale.value(level)), box);
            row.levels->addButton(button, level);
            auto *behaviour = new QLabel(item.levels.value(level), box);
            behaviour->setWordWrap(true);
            behaviour->setBuddy(button);
            grid->addWidget(button, level - 1, 0, Qt::AlignTop);
            grid->addWidget(behaviour, level - 1, 1);
        }
        v->addLayout(grid);
        auto *notAssessed = new QRadioButton(tr("Not assessed in this interview"), box);
        row.levels->addButton(notAssessed, 0);
        v->addWidget(notAssessed);
        if (item.answer.rating)
            row.levels->button(*item.answer.rating)->setChecked(true);
        else if (item.answer.notAssessed)
            notAssessed->setChecked(true);
        row.evidence = new QPlainTextEdit(item.answer.evidence, box);
        row.evidence->setPlaceholderText(tr("Evidence: what the candidate said or did"));
        row.evidence->setMaximumHeight(70);
        v->addWidget(row.evidence);
        connect(row.levels, &QButtonGroup::idClicked, this, &ScorecardForm::changed);
        connect(row.evidence, &QPlainTextEdit::textChanged, this, &ScorecardForm::changed);
        body->addWidget(box);
        m_rows << row;
    }
    if (QAbstractButton *b = c.overall ? m_overall->button(int(*c.overall)) : nullptr)
        b->setChecked(true);
    m_summary->setPlainText(c.summary);
}

QList<CompetencyRating> ScorecardForm::ratings() const
{
    QList<CompetencyRating> list;
    for (const Row &row : m_rows) {
        CompetencyRating r;
        r.competencyId = row.competencyId;
        const int id = row.levels->checkedId();
        if (id >= 1)
            r.rating = id;
        r.notAssessed = id == 0;
        r.evidence = row.evidence->toPlainText().trimmed();
        list << r;
    }
    return list;
}

std::optional<Recommendation> ScorecardForm::overall() const
{
    const int id = m_overall->checkedId();
    return id < 0 ? std::nullopt : std::optional<Recommendation>(Recommendation(id));
}

QString ScorecardForm::summary() const
{
    return m_summary->toPlainText().trimmed();
}

QString ScorecardForm::problem() const
{
    Scorecard s;
    s.ratings = ratings();
    s.overall = overall();
    QList<qint64> focus;
    for (const Row &row : m_rows)
        focus << row.competencyId;
    const Error e = ScorecardRepository::validateForSubmit(s, focus);
    return e ? e.message : QString();
}

void ScorecardForm::setAnswer(int competencyRow, int level, const QString &evidence)
{
    const Row &row = m_rows.at(competencyRow);
    if (QAbstractButton *b = row.levels->button(level))
        b->setChecked(true);
    if (!evidence.isEmpty())
        row.evidence->setPlainText(evidence);
    Q_EMIT changed();
}

void ScorecardForm::setOverall(Recommendation recommendation)
{
    m_overall->button(int(recommendation))->setChecked(true);
    Q_EMIT changed();
}

void ScorecardForm::setSummary(const QString &text)
{
    m_summary->setPlainText(text);
}

} // namespace shortlist
