#include "interviewsdialog.h"

#include "repositories/interviewrepository.h"
#include "repositories/peoplerepository.h"
#include "repositories/scorecardrepository.h"
#include "settings.h"
#include "views/interviewspanel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shortlist {

namespace {

constexpr int applicationRole = Qt::UserRole;
constexpr int candidateRole = Qt::UserRole + 1;

QTreeWidget *makeList(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->header()->setStretchLastSection(true);
    return list;
}

QLabel *makeEmpty(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    return label;
}

} // namespace

InterviewsDialog::InterviewsDialog(Database &db, AppSettings &settings, qint64 currentPersonId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
    , m_personId(currentPersonId)
{
    setObjectName(QStringLiteral("interviewsDialog"));
    setWindowTitle(tr("Upcoming Interviews and Overdue Scorecards"));
    resize(980, 560);
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *upcoming = new QWidget(m_tabs);
    auto *upcomingLayout = new QVBoxLayout(upcoming);
    auto *whose = new QHBoxLayout;
    m_mine = new QRadioButton(tr("&Mine"), upcoming);
    m_all = new QRadioButton(tr("&Everyone's"), upcoming);
    whose->addWidget(m_mine);
    whose->addWidget(m_all);
    whose->addStretch();
    upcomingLayout->addLayout(whose);
    m_upcoming = makeList(upcoming, QStringLiteral("upcomingList"), {tr("When"), tr("Candidate"), tr("Opening"), tr("Interview"), tr("Panel")});
    upcomingLayout->addWidget(m_upcoming, 1);
    m_upcomingEmpty = makeEmpty(upcoming);
    upcomingLayout->addWidget(m_upcomingEmpty, 1);
    m_tabs->addTab(upcoming, tr("&Upcoming"));

    auto *overdue = new QWidget(m_tabs);
    auto *overdueLayout = new QVBoxLayout(overdue);
    auto *hoursRow = new QHBoxLayout;
    hoursRow->addWidget(new QLabel(tr("Overdue when not submitted within"), overdue));
    m_hours = new QSpinBox(overdue);
    m_hours->setObjectName(QStringLiteral("overdueHoursSpin"));
    m_hours->setRange(1, 24 * 30);
    m_hours->setSuffix(tr(" hours"));
    m_hours->setValue(m_settings.overdueHours());
    hoursRow->addWidget(m_hours);
    hoursRow->addWidget(new QLabel(tr("after the interview ended"), overdue));
    hoursRow->addStretch();
    overdueLayout->addLayout(hoursRow);
    m_overdue = makeList(overdue, QStringLiteral("overdueList"), {tr("Interview ended"), tr("Candidate"), tr("Interview"), tr("Interviewer"), tr("Overdue by")});
    overdueLayout->addWidget(m_overdue, 1);
    m_overdueEmpty = makeEmpty(overdue);
    overdueLayout->addWidget(m_overdueEmpty, 1);
    m_tabs->addTab(overdue, tr("&Overdue Scorecards"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    (m_personId ? m_mine : m_all)->setChecked(true);
    m_mine->setEnabled(m_personId != 0);
    if (!m_personId)
        m_mine->setToolTip(tr("Choose who you are first: Interviews › Current Interviewer…"));
    connect(m_mine, &QRadioButton::toggled, this, &InterviewsDialog::loadUpcoming);
    connect(m_hours, &QSpinBox::valueChanged, this, [this](int hours) {
        m_settings.setOverdueHours(hours);
        loadOverdue();
    });
    connect(m_upcoming, &QTreeWidget::itemActivated, this, &InterviewsDialog::activated);
    connect(m_overdue, &QTreeWidget::itemActivated, this, &InterviewsDialog::activated);
    reload();
}

void InterviewsDialog::setMineOnly(bool mine) { (mine ? m_mine : m_all)->setChecked(true); }
void InterviewsDialog::setOverdueHours(int hours) { m_hours->setValue(hours); }

void InterviewsDialog::reload()
{
    loadUpcoming();
    loadOverdue();
}

void InterviewsDialog::activated(QTreeWidgetItem *item)
{
    if (item)
        Q_EMIT applicationRequested(item->data(0, applicationRole).toLongLong(), item->data(0, candidateRole).toLongLong());
}

void InterviewsDialog::loadUpcoming()
{
    m_upcoming->clear();
    InterviewRepository interviews(m_db);
    const bool mine = m_mine->isChecked() && m_personId;
    Result<QList<Interview>> list = interviews.upcoming(QDateTime::currentDateTimeUtc(), mine ? m_personId : 0);
    Result<QHash<qint64, QString>> people = PeopleRepository(m_db).names();
    if (!list || !people) {
        m_upcomingEmpty->setText((list ? people.error() : list.error()).message);
        m_upcomingEmpty->show();
        return;
    }
    const QHash<qint64, QString> &names = *people;
    for (const Interview &i : std::as_const(*list)) {
        Result<InterviewContext> context = interviews.context(i.id);
        if (!context)
            continue;
        QStringList panel;
        for (const PanelMember &m : i.panel)
            panel << names.value(m.personId);
        auto *item = new QTreeWidgetItem(m_upcoming, {InterviewsPanel::whenText(i.start), context->candidate, context->opening, i.title, panel.join(QStringLiteral(", "))});
        item->setData(0, applicationRole, i.applicationId);
        item->setData(0, candidateRole, context->candidateId);
        item->setToolTip(3, i.location);
    }
    m_upcomingEmpty->setText(mine ? tr("You have no interviews scheduled from now on.") : tr("No interviews are scheduled from now on."));
    m_upcomingEmpty->setVisible(m_upcoming->topLevelItemCount() == 0);
    m_upcoming->setVisible(m_upcoming->topLevelItemCount() > 0);
}

void InterviewsDialog::loadOverdue()
{
    m_overdue->clear();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Result<QList<QPair<qint64, qint64>>> overdue = ScorecardRepository(m_db).overdue(now, m_hours->value());
    Result<QHash<qint64, QString>> people = PeopleRepository(m_db).names();
    if (!overdue || !people) {
        m_overdueEmpty->setText((overdue ? people.error() : overdue.error()).message);
        m_overdueEmpty->show();
        return;
    }
    const QHash<qint64, QString> &names = *people;
    InterviewRepository interviews(m_db);
    for (const auto &[interviewId, personId] : std::as_const(*overdue)) {
        Result<Interview> i = interviews.load(interviewId);
        Result<InterviewContext> context = interviews.context(interviewId);
        if (!i || !context)
            continue;
        const QDateTime ended = i->start.addSecs(qint64(i->durationMinutes) * 60);
        const qint64 hoursLate = (now - ended.toSecsSinceEpoch()) / 3600 - m_hours->value();
        const QString late = hoursLate >= 48 ? tr("%Ln day(s)", nullptr, int(hoursLate / 24)) : tr("%Ln hour(s)", nullptr, int(hoursLate));
        auto *item = new QTreeWidgetItem(m_overdue, {InterviewsPanel::whenText(ended), context->candidate, i->title, names.value(personId), late});
        item->setData(0, applicationRole, i->applicationId);
        item->setData(0, candidateRole, context->candidateId);
    }
    m_overdueEmpty->setText(tr("No scorecard is overdue: none is missing for an interview that ended more than %Ln hour(s) ago.", nullptr, m_hours->value()));
    m_overdueEmpty->setVisible(m_overdue->topLevelItemCount() == 0);
    m_overdue->setVisible(m_overdue->topLevelItemCount() > 0);
}

} // namespace shortlist
