#include "interviewspanel.h"

#include "dialogs/prompts.h"
#include "dialogs/scheduledialog.h"
#include "dialogs/scorecarddialog.h"
#include "formats/filewriter.h"
#include "formats/icswriter.h"
#include "formats/scorecardfile.h"
#include "repositories/peoplerepository.h"
#include "repositories/scorecardrepository.h"

#include <QDir>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shortlist {

namespace {

QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 32)
            c = QLatin1Char('_');
    }
    return name.trimmed();
}

} // namespace

InterviewsPanel::InterviewsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("interviewsPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("interviewList"));
    m_list->setHeaderHidden(true);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setMinimumHeight(90);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No interviews yet. Schedule one; the opening's interview plan fills in the panel's kit."), this);
    m_empty->setObjectName(QStringLiteral("interviewsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_empty);
    layout->addStretch();

    auto *buttons = new QGridLayout;
    const auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    m_scheduleButton = button(tr("Schedule…"), QStringLiteral("scheduleButton"), tr("Schedule an interview for this application"));
    m_rescheduleButton = button(tr("Reschedule…"), QStringLiteral("rescheduleButton"), tr("Move the chosen interview"));
    m_cancelButton = button(tr("Cancel…"), QStringLiteral("cancelInterviewButton"), tr("Cancel the chosen interview, with a reason"));
    m_inviteButton = button(tr("Invite (.ics)…"), QStringLiteral("inviteButton"),
                            tr("Save a calendar invitation (or cancellation) for the panel"));
    m_fileButton = button(tr("Scorecard File…"), QStringLiteral("scorecardFileButton"),
                          tr("Save a scorecard file for a panelist who does not have this database"));
    m_scorecardButton = button(tr("My Scorecard…"), QStringLiteral("myScorecardButton"), tr("Fill in your scorecard for the chosen interview"));
    m_debriefButton = button(tr("Debrief…"), QStringLiteral("debriefButton"), tr("The panel's ratings side by side, and the decision"));
    buttons->addWidget(m_scheduleButton, 0, 0);
    buttons->addWidget(m_rescheduleButton, 0, 1);
    buttons->addWidget(m_cancelButton, 0, 2);
    buttons->addWidget(m_inviteButton, 0, 3);
    buttons->addWidget(m_scorecardButton, 1, 0);
    buttons->addWidget(m_fileButton, 1, 1);
    buttons->addWidget(m_debriefButton, 1, 2);
    layout->addLayout(buttons);

    connect(m_scheduleButton, &QPushButton::clicked, this, &InterviewsPanel::scheduleInterview);
    connect(m_rescheduleButton, &QPushButton::clicked, this, &InterviewsPanel::rescheduleInterview);
    connect(m_cancelButton, &QPushButton::clicked, this, &InterviewsPanel::cancelInterview);
    connect(m_inviteButton, &QPushButton::clicked, this, &InterviewsPanel::exportInvite);
    connect(m_fileButton, &QPushButton::clicked, this, &InterviewsPanel::exportScorecardFile);
    connect(m_scorecardButton, &QPushButton::clicked, this, &InterviewsPanel::openMyScorecard);
    connect(m_debriefButton, &QPushButton::clicked, this, &InterviewsPanel::debriefRequested);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &InterviewsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &InterviewsPanel::openMyScorecard);
    reload();
}

void InterviewsPanel::setApplication(qint64 applicationId)
{
    m_applicationId = applicationId;
    reload();
}

void InterviewsPanel::setCurrentInterviewer(qint64 personId)
{
    m_personId = personId;
    reload();
}

void InterviewsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateButtons();
}

void InterviewsPanel::reload()
{
    const qint64 keep = selectedInterviewId();
    m_list->clear();
    m_interviews.clear();
    if (m_db && m_applicationId) {
        Result<QList<Interview>> interviews = InterviewRepository(*m_db).forApplication(m_applicationId);
        Result<QHash<qint64, QString>> people = PeopleRepository(*m_db).names();
        if (interviews && people) {
            m_interviews = *interviews;
            const QHash<qint64, QString> &names = *people;
            ScorecardRepository scorecards(*m_db);
            for (const Interview &i : std::as_const(m_interviews)) {
                QStringList panel;
                for (const PanelMember &m : i.panel) {
                    Result<Scorecard> card = scorecards.current(i.id, m.personId);
                    const QString mark = !card ? QString() : card->submitted ? tr(" ✓") : card->id > 0 ? tr(" (draft)") : QString();
                    panel << names.value(m.personId) + mark;
                }
                const QString when = whenText(i.start);
                QString title = i.title;
                if (i.status == InterviewStatus::Cancelled)
                    title = tr("%1 — cancelled").arg(title);
                else if (i.sequence > 0)
                    title = tr("%1 — rescheduled").arg(title);
                // Two lines per interview so it fits the narrow candidate panel.
                auto *item = new QTreeWidgetItem(m_list, {tr("%1 · %2\n%3").arg(when, title, panel.join(QStringLiteral(", ")))});
                item->setData(0, Qt::UserRole, i.id);
                item->setToolTip(0, i.location.isEmpty() ? tr("No place given") : i.location);
                if (i.status == InterviewStatus::Cancelled) {
                    item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
                }
                if (i.id == keep)
                    m_list->setCurrentItem(item);
            }
            if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
                m_list->setCurrentItem(m_list->topLevelItem(m_list->topLevelItemCount() - 1));
        } else {
            m_empty->setText((interviews ? people.error() : interviews.error()).message);
        }
    }
    m_list->setVisible(!m_interviews.isEmpty());
    m_empty->setVisible(m_interviews.isEmpty());
    updateButtons();
    Q_EMIT reloaded(int(m_interviews.size()));
}

QString InterviewsPanel::whenText(const QDateTime &start)
{
    const QString when = tr("%1 %2").arg(QLocale().toString(start.date(), QLocale::ShortFormat), start.time().toString(QStringLiteral("HH:mm")));
    if (start.timeZone() == QTimeZone::systemTimeZone())
        return when;
    return tr("%1 (%2)").arg(when, QString::fromUtf8(start.timeZone().id()));
}

int InterviewsPanel::interviewCount() const { return int(m_interviews.size()); }

bool InterviewsPanel::selectRow(int row)
{
    if (row < 0 || row >= m_list->topLevelItemCount())
        return false;
    m_list->setCurrentItem(m_list->topLevelItem(row));
    return true;
}

qint64 InterviewsPanel::selectedInterviewId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

std::optional<Interview> InterviewsPanel::selectedInterview() const
{
    const qint64 id = selectedInterviewId();
    for (const Interview &i : m_interviews) {
        if (i.id == id)
            return i;
    }
    return std::nullopt;
}

void InterviewsPanel::updateButtons()
{
    const std::optional<Interview> i = selectedInterview();
    const bool live = i && i->status != InterviewStatus::Cancelled;
    const bool writable = m_db && !m_readOnly;
    m_scheduleButton->setEnabled(writable && m_applicationId);
    m_rescheduleButton->setEnabled(writable && live);
    m_cancelButton->setEnabled(writable && live);
    m_inviteButton->setEnabled(i.has_value());
    m_fileButton->setEnabled(live);
    m_scorecardButton->setEnabled(live && !m_readOnly);
    m_scorecardButton->setToolTip(m_personId ? tr("Fill in your scorecard for the chosen interview")
                                             : tr("Choose who you are first: Interviews › Current Interviewer…"));
    m_debriefButton->setEnabled(m_db && m_applicationId && !m_interviews.isEmpty());
}

void InterviewsPanel::report(const QString &title, const Error &error) { Prompts::error(this, title, error.message); }

void InterviewsPanel::scheduleInterview()
{
    if (!m_db || !m_applicationId)
        return;
    ScheduleDialog dialog(*m_db, m_applicationId, this);
    if (!dialog.isUsable() || dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
}

void InterviewsPanel::rescheduleInterview()
{
    const std::optional<Interview> i = selectedInterview();
    if (!m_db || !i)
        return;
    ScheduleDialog dialog(*m_db, *i, this);
    if (!dialog.isUsable() || dialog.exec() != QDialog::Accepted)
        return;
    reload();
    Q_EMIT changed();
}

void InterviewsPanel::cancelInterview()
{
    const std::optional<Interview> i = selectedInterview();
    if (!m_db || !i)
        return;
    const std::optional<QString> reason =
        Prompts::multiLineText(this, tr("Cancel Interview"), tr("Why is “%1” cancelled? The reason goes into the timeline.").arg(i->title));
    if (!reason)
        return;
    if (const Error e = InterviewRepository(*m_db).cancel(i->id, *reason)) {
        report(tr("Cannot cancel the interview"), e);
        return;
    }
    reload();
    Q_EMIT changed();
}

void InterviewsPanel::exportInvite()
{
    const std::optional<Interview> i = selectedInterview();
    if (!m_db || !i)
        return;
    Result<IcsEvent> event = InterviewRepository(*m_db).calendarEvent(i->id);
    if (!event) {
        report(tr("Cannot export the invitation"), event.error());
        return;
    }
    const bool cancelled = i->status == InterviewStatus::Cancelled;
    Result<InterviewContext> context = InterviewRepository(*m_db).context(i->id);
    const QString name = safeFileName(context ? tr("%1 - %2").arg(i->title, context->candidate) : i->title);
    const QString path = Prompts::saveFileName(this, cancelled ? tr("Save Cancellation") : tr("Save Invitation"),
                                               tr("Calendar files (*.ics);;All files (*)"), QDir::home().filePath(name + QStringLiteral(".ics")));
    if (path.isEmpty())
        return;
    const QByteArray ics = IcsWriter::calendar({*event}, cancelled ? IcsWriter::Method::Cancel : IcsWriter::Method::Request);
    if (const Error e = FileWriter::write(path, ics))
        report(tr("Cannot export the invitation"), e);
}

void InterviewsPanel::exportScorecardFile()
{
    const std::optional<Interview> i = selectedInterview();
    if (!m_db || !i || i->panel.isEmpty())
        return;
    Result<QList<Person>> people = PeopleRepository(*m_db).all();
    if (!people) {
        report(tr("Cannot export the scorecard file"), people.error());
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const PanelMember &m : i->panel) {
        for (const Person &p : std::as_const(*people)) {
            if (p.id == m.personId) {
                names << p.name;
                ids << p.id;
            }
        }
    }
    qsizetype chosen = 0;
    if (names.size() > 1) {
        const std::optional<QString> name = Prompts::chooseItem(this, tr("Scorecard File"), tr("Which panelist is the file for?"), names, false);
        if (!name)
            return;
        chosen = names.indexOf(*name);
        if (chosen < 0)
            return;
    }
    Result<QByteArray> file = ScorecardFile::create(*m_db, i->id, ids.at(chosen));
    if (!file) {
        report(tr("Cannot export the scorecard file"), file.error());
        return;
    }
    Result<InterviewContext> context = InterviewRepository(*m_db).context(i->id);
    const QString suggested = safeFileName(tr("Scorecard - %1 - %2 - %3").arg(context ? context->candidate : QString(), i->title, names.at(chosen)));
    const QString path = Prompts::saveFileName(this, tr("Save Scorecard File"), tr("Scorecard files (*.json);;All files (*)"),
                                               QDir::home().filePath(suggested + QStringLiteral(".json")));
    if (path.isEmpty())
        return;
    if (const Error e = FileWriter::write(path, *file))
        report(tr("Cannot export the scorecard file"), e);
}

void InterviewsPanel::openMyScorecard()
{
    const std::optional<Interview> i = selectedInterview();
    if (!m_db || !i || i->status == InterviewStatus::Cancelled)
        return;
    if (m_personId == 0) {
        Q_EMIT currentInterviewerNeeded();
        if (m_personId == 0)
            return;
    }
    const bool onPanel = std::any_of(i->panel.cbegin(), i->panel.cend(), [this](const PanelMember &m) { return m.personId == m_personId; });
    if (!onPanel) {
        Prompts::information(this, tr("Scorecard"),
                             tr("You are not on this interview's panel, so there is no scorecard of yours to fill in. "
                                "If you are someone else, choose Interviews › Current Interviewer…"));
        return;
    }
    ScorecardDialog dialog(*m_db, i->id, m_personId, this);
    if (!dialog.isUsable())
        return;
    connect(&dialog, &ScorecardDialog::scorecardChanged, this, &InterviewsPanel::changed);
    dialog.exec();
    reload();
}

} // namespace shortlist
