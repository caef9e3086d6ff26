#include "openingdialog.h"

#include "domain/validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shortlist {

OpeningDialog::OpeningDialog(const QList<OpeningTemplate> &templates, const QList<Person> &people, QWidget *parent)
    : QDialog(parent)
    , m_templates(templates)
{
    setWindowTitle(tr("New Opening"));
    build(people, true);
    applyTemplate(0);
}

OpeningDialog::OpeningDialog(const Opening &opening, const QList<Person> &people, QWidget *parent)
    : QDialog(parent)
    , m_base(opening)
{
    setWindowTitle(tr("Edit Opening"));
    build(people, false);
    setFields(opening);
}

void OpeningDialog::build(const QList<Person> &people, bool createMode)
{
    setObjectName(QStringLiteral("openingDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    if (createMode) {
        m_template = new QComboBox(this);
        m_template->setObjectName(QStringLiteral("templateCombo"));
        for (const OpeningTemplate &t : std::as_const(m_templates))
            m_template->addItem(t.title, t.key);
        form->addRow(tr("&Template:"), m_template);
        connect(m_template, &QComboBox::currentIndexChanged, this, &OpeningDialog::applyTemplate);
    }
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    form->addRow(tr("T&itle:"), m_title);
    m_team = new QLineEdit(this);
    form->addRow(tr("T&eam:"), m_team);
    m_location = new QLineEdit(this);
    form->addRow(tr("&Location:"), m_location);
    m_headcount = new QSpinBox(this);
    m_headcount->setObjectName(QStringLiteral("headcountSpin"));
    m_headcount->setRange(0, 500);
    form->addRow(tr("&Headcount:"), m_headcount);
    m_manager = new QComboBox(this);
    m_manager->addItem(tr("(none)"), QVariant());
    for (const Person &p : people) {
        if (p.role == PersonRole::HiringManager)
            m_manager->addItem(p.name, p.id);
    }
    form->addRow(tr("Hiring &manager:"), m_manager);
    m_status = new QComboBox(this);
    for (OpeningStatus s : {OpeningStatus::Open, OpeningStatus::OnHold, OpeningStatus::Filled, OpeningStatus::Closed})
        m_status->addItem(displayName(s), int(s));
    form->addRow(tr("&Status:"), m_status);
    m_created = new QDateEdit(this);
    m_created->setCalendarPopup(true);
    form->addRow(tr("&Opened on:"), m_created);
    m_target = new QDateEdit(this);
    m_target->setObjectName(QStringLiteral("targetDateEdit"));
    m_target->setCalendarPopup(true);
    form->addRow(tr("Target &fill date:"), m_target);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    form->addRow(tr("&Description:"), m_description);
    m_planSummary = new QLabel(this);
    m_planSummary->setWordWrap(true);
    form->addRow(tr("Plan:"), m_planSummary);

    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("errorLabel"));
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->setWordWrap(true);
    m_errors->hide();
    layout->addWidget(m_errors);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(createMode ? tr("Create") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpeningDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpeningDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void OpeningDialog::applyTemplate(int index)
{
    if (index < 0 || index >= m_templates.size())
        return;
    m_base = OpeningTemplates::instantiate(m_templates.at(index), QDate::currentDate());
    setFields(m_base);
}

void OpeningDialog::setFields(const Opening &o)
{
    m_title->setText(o.title);
    m_team->setText(o.team);
    m_location->setText(o.location);
    m_headcount->setValue(o.headcount);
    const int manager = o.hiringManagerId ? m_manager->findData(*o.hiringManagerId) : 0;
    m_manager->setCurrentIndex(std::max(0, manager));
    m_status->setCurrentIndex(m_status->findData(int(o.status)));
    m_created->setDate(o.createdOn.isValid() ? o.createdOn : QDate::currentDate());
    m_target->setDate(o.targetOn.isValid() ? o.targetOn : m_created->date().addDays(90));
    m_description->setPlainText(o.description);
    int mustHaves = 0;
    for (const Requirement &r : o.requirements)
        mustHaves += r.mustHave ? 1 : 0;
    QStringList stageNames;
    for (const Stage &s : o.stages)
        stageNames << s.name;
    m_planSummary->setText(tr("%1 stages (%2); %3 requirements, %4 must-have; %5 competencies with four anchored levels.")
                               .arg(o.stages.size())
                               .arg(stageNames.join(QStringLiteral(" → ")))
                               .arg(o.requirements.size())
                               .arg(mustHaves)
                               .arg(o.competencies.size()));
}

Opening OpeningDialog::opening() const
{
    Opening o = m_base;
    o.title = m_title->text().trimmed();
    o.team = m_team->text().trimmed();
    o.location = m_location->text().trimmed();
    o.headcount = m_headcount->value();
    const QVariant manager = m_manager->currentData();
    o.hiringManagerId = manager.isValid() ? std::optional<qint64>(manager.toLongLong()) : std::nullopt;
    o.status = static_cast<OpeningStatus>(m_status->currentData().toInt());
    o.createdOn = m_created->date();
    o.targetOn = m_target->date();
    o.description = m_description->toPlainText().trimmed();
    return o;
}

void OpeningDialog::accept()
{
    const QList<FieldError> errors = Validation::opening(opening());
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &e : errors)
            messages << e.message;
        m_errors->setText(messages.join(QLatin1Char('\n')));
        m_errors->show();
        const QString first = errors.first().field;
        if (first == QLatin1String("headcount"))
            m_headcount->setFocus();
        else if (first == QLatin1String("target"))
            m_target->setFocus();
        else
            m_title->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace shortlist
