#include "scheduledialog.h"

#include "dialogs/prompts.h"
#include "repositories/applicationrepository.h"
#include "repositories/openingrepository.h"
#include "repositories/peoplerepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace shortlist {

ScheduleDialog::ScheduleDialog(Database &db, qint64 applicationId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    m_interview.applicationId = applicationId;
    if (!loadOpening(applicationId))
        return;
    build(false);
    // Tomorrow at 10:00 local time is a better start than "now".
    setStart(QDateTime(QDate::currentDate().addDays(1), QTime(10, 0), QTimeZone::systemTimeZone()));
    stageChanged();
    m_usable = true;
}

ScheduleDialog::ScheduleDialog(Database &db, const Interview &existing, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_reschedule(true)
    , m_interview(existing)
{
    if (!loadOpening(existing.applicationId))
        return;
    build(true);
    m_stage->setCurrentIndex(m_stage->findData(existing.stageId));
    m_title->setText(existing.title);
    setStart(existing.start);
    setDuration(existing.durationMinutes);
    setLocation(existing.location);
    setPanel(existing.panel);
    m_usable = true;
}

bool ScheduleDialog::loadOpening(qint64 applicationId)
{
    Result<Application> application = ApplicationRepository(m_db).load(applicationId);
    Result<Opening> opening = application ? OpeningRepository(m_db).load(application->openingId) : Result<Opening>(application.error());
    Result<QList<Person>> people = PeopleRepository(m_db).all();
    Result<QList<PlanInterview>> plan = opening ? InterviewPlanRepository(m_db).effective(*opening) : Result<QList<PlanInterview>>(opening.error());
    for (const Error &e : {application ? Error() : application.error(), opening ? Error() : opening.error(),
                           people ? Error() : people.error(), plan ? Error() : plan.error()}) {
        if (e) {
            Prompts::error(parentWidget(), tr("Cannot schedule the interview"), e.message);
            return false;
        }
    }
    m_opening = *opening;
    m_people = *people;
    m_plan = *plan;
    if (m_interview.stageId == 0)
        m_interview.stageId = application->stageId;
    return true;
}

void ScheduleDialog::build(bool reschedule)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(reschedule ? tr("Reschedule Interview") : tr("Schedule Interview"));
    resize(720, 640);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    for (const Stage &s : std::as_const(m_opening.stages)) {
        if (s.category == StageCategory::Interview || s.category == StageCategory::Screen)
            m_stage->addItem(s.name, s.id);
    }
    form->addRow(tr("&Stage:"), m_stage);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("&Interview:"), m_title);
    auto *when = new QHBoxLayout;
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_time = new QTimeEdit(this);
    m_time->setObjectName(QStringLiteral("timeEdit"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &id : zones)
        m_zone->addItem(QString::fromUtf8(id));
    when->addWidget(m_date);
    when->addWidget(m_time);
    when->addWidget(m_zone, 1);
    form->addRow(tr("Starts:"), when);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(InterviewRepository::minDuration, InterviewRepository::maxDuration);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    m_duration->setValue(60);
    form->addRow(tr("&Duration:"), m_duration);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("locationEdit"));
    m_location->setPlaceholderText(tr("Room, address or video link"));
    form->addRow(tr("&Where:"), m_location);
    layout->addLayout(form);

    auto *panelBox = new QHBoxLayout;
    auto *tableSide = new QVBoxLayout;
    tableSide->addWidget(new QLabel(tr("<b>Panel</b> — each panelist scores the competencies checked for them"), this));
    m_panelTable = new QTableWidget(0, 2, this);
    m_panelTable->setObjectName(QStringLiteral("panelTable"));
    m_panelTable->setHorizontalHeaderLabels({tr("Interviewer"), tr("Focus")});
    m_panelTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_panelTable->horizontalHeader()->setStretchLastSection(true);
    m_panelTable->verticalHeader()->hide();
    m_panelTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_panelTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_panelTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tableSide->addWidget(m_panelTable, 1);
    auto *rowButtons = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("Add Panelist"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    rowButtons->addWidget(addButton);
    rowButtons->addWidget(removeButton);
    rowButtons->addStretch();
    tableSide->addLayout(rowButtons);
    panelBox->addLayout(tableSide, 3);
    auto *focusSide = new QVBoxLayout;
    focusSide->addWidget(new QLabel(tr("Focus competencies:"), this));
    m_focus = new QListWidget(this);
    m_focus->setObjectName(QStringLiteral("focusList"));
    for (const Competency &c : std::as_const(m_opening.competencies)) {
        auto *item = new QListWidgetItem(c.name, m_focus);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(c.description);
    }
    focusSide->addWidget(m_focus, 1);
    panelBox->addLayout(focusSide, 2);
    layout->addLayout(panelBox, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(reschedule ? tr("Reschedule") : tr("Schedule"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &ScheduleDialog::stageChanged);
    connect(m_panelTable, &QTableWidget::currentCellChanged, this, &ScheduleDialog::panelRowChanged);
    connect(m_focus, &QListWidget::itemChanged, this, &ScheduleDialog::focusChanged);
    connect(addButton, &QPushButton::clicked, this, [this] {
        addPanelRow(PanelMember{});
        m_panelTable->setCurrentCell(m_panelTable->rowCount() - 1, 0);
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_panelTable->currentRow();
        if (row < 0)
            return;
        m_panel.removeAt(row);
        m_panelTable->removeRow(row);
        panelRowChanged();
    });
    if (reschedule) {
        // The panel and stage stay: a new panel is a new interview.
        m_stage->setEnabled(false);
        m_title->setReadOnly(true);
        m_panelTable->setEnabled(false);
        m_focus->setEnabled(false);
        addButton->setEnabled(false);
        removeButton->setEnabled(false);
    } else {
        // The application's stage, or the first interview stage after it.
        const Stage *current = m_opening.stage(m_interview.stageId);
        int index = m_stage->findData(m_interview.stageId);
        for (int i = 0; index < 0 && current && i < m_stage->count(); ++i) {
            const Stage *candidate = m_opening.stage(m_stage->itemData(i).toLongLong());
            if (candidate && candidate->position > current->position)
                index = i;
        }
        m_stage->setCurrentIndex(index >= 0 ? index : m_stage->count() - 1);
    }
}

void ScheduleDialog::stageChanged()
{
    if (m_reschedule)
        return;
    const qint64 stageId = m_stage->currentData().toLongLong();
    // The plan's interview for this stage supplies title, duration and kit.
    for (const PlanInterview &planned : std::as_const(m_plan)) {
        if (planned.stageId != stageId)
            continue;
        m_title->setText(planned.title);
        m_duration->setValue(planned.durationMinutes);
        QList<PanelMember> panel;
        for (const PlanSlot &slot : planned.slots)
            panel << PanelMember{0, slot.competencyIds};
        setPanel(panel);
        return;
    }
    m_title->setText(m_stage->currentText());
}

void ScheduleDialog::addPanelRow(const PanelMember &member)
{
    const int row = m_panelTable->rowCount();
    m_panelTable->insertRow(row);
    m_panel.insert(row, member);
    auto *person = new QComboBox(m_panelTable);
    person->addItem(tr("Choose…"), 0);
    for (const Person &p : std::as_const(m_people))
        person->addItem(p.title.isEmpty() ? p.name : tr("%1 (%2)").arg(p.name, p.title), p.id);
    person->setCurrentIndex(std::max(0, person->findData(member.personId)));
    connect(person, &QComboBox::currentIndexChanged, this, [this, person] {
        for (int r = 0; r < m_panelTable->rowCount(); ++r) {
            if (m_panelTable->cellWidget(r, 0) == person)
                m_panel[r].personId = person->currentData().toLongLong();
        }
    });
    m_panelTable->setCellWidget(row, 0, person);
    m_panelTable->setItem(row, 1, new QTableWidgetItem);
    QStringList names;
    for (const Competency &c : std::as_const(m_opening.competencies)) {
        if (member.focusCompetencyIds.contains(c.id))
            names << c.name;
    }
    m_panelTable->item(row, 1)->setText(names.join(QStringLiteral(", ")));
}

void ScheduleDialog::setPanel(const QList<PanelMember> &panel)
{
    m_panelTable->setRowCount(0);
    m_panel.clear();
    for (const PanelMember &member : panel)
        addPanelRow(member);
    m_panelTable->setCurrentCell(m_panelTable->rowCount() > 0 ? 0 : -1, 0);
    panelRowChanged();
}

void ScheduleDialog::panelRowChanged()
{
    const int row = m_panelTable->currentRow();
    m_updatingFocus = true;
    for (int i = 0; i < m_focus->count(); ++i) {
        QListWidgetItem *item = m_focus->item(i);
        const bool checked = row >= 0 && row < m_panel.size() && m_panel.at(row).focusCompetencyIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
    m_focus->setEnabled(!m_reschedule && row >= 0);
    m_updatingFocus = false;
}

void ScheduleDialog::focusChanged()
{
    const int row = m_panelTable->currentRow();
    if (m_updatingFocus || row < 0 || row >= m_panel.size())
        return;
    QList<qint64> ids;
    QStringList names;
    for (int i = 0; i < m_focus->count(); ++i) {
        if (m_focus->item(i)->checkState() == Qt::Checked) {
            ids << m_focus->item(i)->data(Qt::UserRole).toLongLong();
            names << m_focus->item(i)->text();
        }
    }
    m_panel[row].focusCompetencyIds = ids;
    if (QTableWidgetItem *item = m_panelTable->item(row, 1))
        item->setText(names.join(QStringLiteral(", ")));
}

void ScheduleDialog::setStage(qint64 stageId) { m_stage->setCurrentIndex(m_stage->findData(stageId)); }

void ScheduleDialog::setStart(const QDateTime &start)
{
    m_date->setDate(start.date());
    m_time->setTime(start.time());
    m_zone->setCurrentText(QString::fromUtf8(start.timeZone().id()));
}

void ScheduleDialog::setDuration(int minutes) { m_duration->setValue(minutes); }
void ScheduleDialog::setLocation(const QString &location) { m_location->setText(location); }

Interview ScheduleDialog::interview() const
{
    Interview i = m_interview;
    i.stageId = m_stage->currentData().toLongLong();
    i.title = m_title->text().trimmed();
    i.start = QDateTime(m_date->date(), m_time->time(), QTimeZone(m_zone->currentText().trimmed().toUtf8()));
    i.durationMinutes = m_duration->value();
    i.location = m_location->text().trimmed();
    i.panel = m_panel;
    return i;
}

QString ScheduleDialog::problem() const
{
    if (m_stage->currentIndex() < 0)
        return tr("The opening has no interview stage; add one under Opening › Edit Opening.");
    if (!QTimeZone(m_zone->currentText().trimmed().toUtf8()).isValid())
        return tr("“%1” is not a time zone. Choose one from the list, for example Europe/Berlin.").arg(m_zone->currentText());
    if (m_reschedule)
        return {};
    if (m_panel.isEmpty())
        return tr("Add at least one panelist.");
    for (int row = 0; row < m_panel.size(); ++row) {
        if (m_panel.at(row).personId == 0)
            return tr("Choose the interviewer in row %1 of the panel, or remove the row.").arg(row + 1);
        if (m_panel.at(row).focusCompetencyIds.isEmpty())
            return tr("Check at least one focus competency for the interviewer in row %1.").arg(row + 1);
    }
    return {};
}

void ScheduleDialog::accept()
{
    QString message = problem();
    if (message.isEmpty()) {
        const Interview i = interview();
        InterviewRepository interviews(m_db);
        if (m_reschedule) {
            if (const Error e = interviews.reschedule(i.id, i.start, i.durationMinutes, i.location))
                message = e.message;
        } else if (Result<qint64> id = interviews.schedule(i); id) {
            m_interview.id = *id;
        } else {
            message = id.error().message;
        }
    }
    m_problem->setText(message);
    if (message.isEmpty())
        QDialog::accept();
}

} // namespace shortlist
