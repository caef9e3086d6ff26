#include "scorecarddialog.h"

#include "dialogs/prompts.h"
#include "formats/scorecardfile.h"
#include "repositories/debriefrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/openingrepository.h"
#include "repositories/peoplerepository.h"
#include "widgets/scorecardform.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

namespace shortlist {

namespace {

QString recommendationName(Recommendation r)
{
    switch (r) {
    case Recommendation::StrongNo: return ScorecardDialog::tr("Strong no");
    case Recommendation::No: return ScorecardDialog::tr("No");
    case Recommendation::Yes: return ScorecardDialog::tr("Yes");
    case Recommendation::StrongYes: return ScorecardDialog::tr("Strong yes");
    }
    return {};
}

} // namespace

ScorecardDialog::ScorecardDialog(Database &db, qint64 interviewId, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_interviewId(interviewId)
    , m_personId(personId)
{
    setObjectName(QStringLiteral("scorecardDialog"));
    setWindowTitle(tr("Scorecard"));
    resize(900, 860);
    auto *layout = new QVBoxLayout(this);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("panelProgress"));
    m_progress->setWordWrap(true);
    layout->addWidget(m_progress);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_form = new ScorecardForm(scroll);
    scroll->setWidget(m_form);
    m_others = new QTextBrowser(splitter);
    m_others->setObjectName(QStringLiteral("othersScorecards"));
    m_others->hide();
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("scorecardStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_submitButton = buttons->addButton(tr("&Submit"), QDialogButtonBox::ActionRole);
    m_submitButton->setObjectName(QStringLiteral("submitScorecardButton"));
    m_amendButton = buttons->addButton(tr("&Amend…"), QDialogButtonBox::ActionRole);
    m_amendButton->setObjectName(QStringLiteral("amendScorecardButton"));
    connect(m_submitButton, &QPushButton::clicked, this, &ScorecardDialog::submit);
    connect(m_amendButton, &QPushButton::clicked, this, &ScorecardDialog::amend);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(autosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, &ScorecardDialog::saveDraftNow);
    connect(m_form, &ScorecardForm::changed, this, [this] {
        if (m_loading || m_scorecard.submitted)
            return;
        m_dirty = true;
        m_status->setText(tr("Editing… the draft saves itself."));
        m_autosave.start();
    });
    m_usable = load();
}

bool ScorecardDialog::load()
{
    Result<ScorecardFileContent> content = ScorecardFile::formContent(m_db, m_interviewId, m_personId);
    if (!content) {
        Prompts::error(parentWidget(), tr("Cannot open the scorecard"), content.error().message);
        return false;
    }
    Result<Scorecard> current = ScorecardRepository(m_db).current(m_interviewId, m_personId);
    if (!current) {
        Prompts::error(parentWidget(), tr("Cannot open the scorecard"), current.error().message);
        return false;
    }
    m_scorecard = *current;
    m_loading = true;
    m_form->setContent(*content);
    m_loading = false;
    m_dirty = false;
    setWindowTitle(tr("Scorecard: %1 — %2").arg(content->candidate, content->interviewTitle));
    updateState();
    return true;
}

Scorecard ScorecardDialog::fromForm() const
{
    Scorecard s = m_scorecard;
    s.ratings = m_form->ratings();
    s.overall = m_form->overall();
    s.summary = m_form->summary();
    return s;
}

bool ScorecardDialog::saveDraftNow()
{
    m_autosave.stop();
    if (!m_dirty || m_scorecard.submitted)
        return true;
    Result<qint64> saved = ScorecardRepository(m_db).saveDraft(fromForm());
    if (!saved) {
        m_status->setText(tr("The draft was not saved: %1").arg(saved.error().message));
        return false;
    }
    m_scorecard.id = *saved;
    m_dirty = false;
    m_status->setText(tr("Draft saved at %1.").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT scorecardChanged();
    return true;
}

bool ScorecardDialog::submit()
{
    m_autosave.stop();
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_status->setText(problem);
        return false;
    }
    Result<qint64> submitted = ScorecardRepository(m_db).submit(fromForm());
    if (!submitted) {
        m_status->setText(submitted.error().message);
        return false;
    }
    m_dirty = false;
    load();
    m_status->setText(tr("Submitted. The scorecard is locked; use Amend to correct it."));
    Q_EMIT scorecardChanged();
    return true;
}

bool ScorecardDialog::amend()
{
    const std::optional<QString> reason = Prompts::multiLineText(this, tr("Amend Scorecard"),
                                                                 tr("Why does the submitted scorecard need correcting? "
                                                                    "Every version is kept."));
    if (!reason)
        return false;
    Result<Scorecard> amended = ScorecardRepository(m_db).amend(m_interviewId, m_personId, *reason);
    if (!amended) {
        m_status->setText(amended.error().message);
        return false;
    }
    load();
    m_status->setText(tr("Revision %1 is a draft: correct it and submit again.").arg(m_scorecard.revision));
    Q_EMIT scorecardChanged();
    return true;
}

void ScorecardDialog::updateState()
{
    m_form->setEnabled(!m_scorecard.submitted);
    m_submitButton->setEnabled(!m_scorecard.submitted);
    m_amendButton->setEnabled(m_scorecard.submitted);
    if (m_scorecard.submitted)
        m_status->setText(tr("Revision %1, submitted %2. Locked; use Amend to correct it.")
                              .arg(m_scorecard.revision)
                              .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(m_scorecard.submittedAt), QLocale::ShortFormat)));
    else if (m_scorecard.id > 0)
        m_status->setText(tr("Draft (revision %1). Changes save themselves.").arg(m_scorecard.revision));
    else
        m_status->setText(tr("Not started. Changes save themselves as a draft."));

    ScorecardRepository scorecards(m_db);
    Result<PanelProgress> progress = scorecards.progress(m_interviewId, m_personId);
    if (!progress) {
        m_progress->setText(progress.error().message);
        return;
    }
    if (!progress->othersVisible) {
        m_progress->setText(tr("%1 of %2 panelists submitted. Their scorecards stay hidden until you submit yours, "
                               "so your ratings are your own.")
                                .arg(progress->submitted)
                                .arg(progress->panelSize));
        m_others->hide();
        return;
    }
    m_progress->setText(tr("%1 of %2 panelists submitted.").arg(progress->submitted).arg(progress->panelSize));
    Result<QList<Scorecard>> others = scorecards.othersVisibleTo(m_interviewId, m_personId);
    Result<InterviewContext> context = InterviewRepository(m_db).context(m_interviewId);
    if (!others || !context || others->isEmpty()) {
        m_others->hide();
        return;
    }
    Result<Opening> opening = OpeningRepository(m_db).load(context->openingId);
    Result<QHash<qint64, QString>> people = PeopleRepository(m_db).names();
    Result<QHash<int, QString>> levels = DebriefRepository(m_db).levelNames(context->openingId);
    if (!opening || !people || !levels) {
        m_others->hide();
        return;
    }
    const QHash<qint64, QString> &personNames = *people;
    QHash<qint64, QString> competencyNames;
    for (const Competency &c : std::as_const(opening->competencies))
        competencyNames.insert(c.id, c.name);
    QString html = tr("<h3>The panel's submitted scorecards</h3>");
    for (const Scorecard &s : std::as_const(*others)) {
        html += QStringLiteral("<p><b>%1</b> — %2</p><ul>")
                    .arg(personNames.value(s.personId).toHtmlEscaped(), s.overall ? recommendationName(*s.overall) : QString());
        for (const CompetencyRating &r : s.ratings) {
            const QString level = r.notAssessed ? tr("not assessed")
                                                : (r.rating ? tr("%1 · %2").arg(*r.rating).arg(levels->value(*r.rating)) : tr("no rating"));
            html += QStringLiteral("<li>%1: %2%3</li>")
                        .arg(competencyNames.value(r.competencyId).toHtmlEscaped(), level.toHtmlEscaped(),
                             r.evidence.isEmpty() ? QString() : QStringLiteral(" — <i>%1</i>").arg(r.evidence.toHtmlEscaped()));
        }
        html += QStringLiteral("</ul>");
        if (!s.summary.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(s.summary.toHtmlEscaped());
    }
    m_others->setHtml(html);
    m_others->show();
}

QString ScorecardDialog::statusText() const { return m_status->text(); }

void ScorecardDialog::done(int result)
{
    saveDraftNow();
    QDialog::done(result);
}

} // namespace shortlist
