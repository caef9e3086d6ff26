#include "candidateform.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace shortlist {

namespace {
QStringList splitList(const QString &text)
{
    QStringList items;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    }
    return items;
}
} // namespace

CandidateForm::CandidateForm(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addLine(form, QStringLiteral("name"), tr("&Name:"), QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("Required"));
    m_email = addLine(form, QStringLiteral("email"), tr("&Email:"), QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_phone = addLine(form, QStringLiteral("phone"), tr("&Phone:"), QStringLiteral("phoneEdit"));
    m_phone->setPlaceholderText(tr("+44 20 7946 0000"));
    m_location = addLine(form, QStringLiteral("location"), tr("&Location:"), QStringLiteral("locationEdit"));
    m_title = addLine(form, QStringLiteral("title"), tr("Current &title:"), QStringLiteral("titleEdit"));
    m_company = addLine(form, QStringLiteral("company"), tr("Current &company:"), QStringLiteral("companyEdit"));

    m_years = new QSpinBox(this);
    m_years->setObjectName(QStringLiteral("yearsSpin"));
    m_years->setRange(-1, 60);
    m_years->setSpecialValueText(tr("Unknown"));
    m_years->setSuffix(tr(" years"));
    m_years->setValue(-1);
    form->addRow(tr("E&xperience:"), m_years);
    m_fields.insert(QStringLiteral("years"), m_years);
    connect(m_years, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });

    m_skills = addLine(form, QStringLiteral("skills"), tr("&Skills:"), QStringLiteral("skillsEdit"));
    m_skills->setPlaceholderText(tr("Comma-separated, e.g. spark, kafka, scala"));
    m_source = addLine(form, QStringLiteral("source"), tr("S&ource:"), QStringLiteral("sourceEdit"));
    m_referrer = addLine(form, QStringLiteral("referrer"), tr("&Referrer:"), QStringLiteral("referrerEdit"));
    m_tags = addLine(form, QStringLiteral("tags"), tr("T&ags:"), QStringLiteral("tagsEdit"));
    m_tags->setPlaceholderText(tr("Comma-separated"));

    m_links = new QPlainTextEdit(this);
    m_links->setObjectName(QStringLiteral("linksEdit"));
    m_links->setPlaceholderText(tr("One link per line (profile, portfolio, ...)"));
    m_links->setTabChangesFocus(true);
    m_links->setFixedHeight(m_links->fontMetrics().lineSpacing() * 3 + 12);
    form->addRow(tr("L&inks:"), m_links);
    connect(m_links, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            setModified(true);
    });
}

QLineEdit *CandidateForm::addLine(QFormLayout *form, const QString &field, const QString &label, const QString &objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    auto *error = new QLabel(this);
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020;"));
    error->hide();
    m_errors.insert(field, error);
    m_fields.insert(field, edit);
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(edit);
    layout->addWidget(error);
    form->addRow(label, column);
    if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(column)))
        buddy->setBuddy(edit);
    connect(edit, &QLineEdit::textEdited, this, [this, field] {
        setModified(true);
        if (QLabel *l = errorLabel(field))
            l->hide();
    });
    return edit;
}

void CandidateForm::setCandidate(const Candidate &c)
{
    m_loading = true;
    m_base = c;
    m_name->setText(c.name);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_location->setText(c.location);
    m_title->setText(c.currentTitle);
    m_company->setText(c.currentCompany);
    m_years->setValue(c.yearsExperience.value_or(-1));
    m_skills->setText(c.skills.join(QStringLiteral(", ")));
    m_source->setText(c.source);
    m_referrer->setText(c.referrer);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_links->setPlainText(c.links.join(QLatin1Char('\n')));
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    // Show the start of long values (skills), not their end.
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        e->setCursorPosition(0);
    m_loading = false;
    setModified(false);
}

Candidate CandidateForm::candidate() const
{
    Candidate c = m_base;
    c.name = m_name->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.location = m_location->text().trimmed();
    c.currentTitle = m_title->text().trimmed();
    c.currentCompany = m_company->text().trimmed();
    c.yearsExperience = m_years->value() < 0 ? std::nullopt : std::optional<int>(m_years->value());
    c.skills = splitList(m_skills->text());
    c.source = m_source->text().trimmed();
    c.referrer = m_referrer->text().trimmed();
    c.tags = splitList(m_tags->text());
    c.links = m_links->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &link : c.links)
        link = link.trimmed();
    c.links.removeAll(QString());
    return c;
}

bool CandidateForm::validate()
{
    const QList<FieldError> errors = Validation::candidate(candidate());
    showErrors(errors);
    return errors.isEmpty();
}

void CandidateForm::showErrors(const QList<FieldError> &errors)
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    for (const FieldError &e : errors) {
        if (QLabel *label = errorLabel(e.field)) {
            label->setText(e.message);
            label->show();
        }
    }
    if (!errors.isEmpty())
        m_fields.value(errors.first().field, m_name)->setFocus();
}

void CandidateForm::setReadOnly(bool readOnly)
{
    const QList<QLineEdit *> edits = findChildren<QLineEdit *>();
    for (QLineEdit *e : edits)
        e->setReadOnly(readOnly);
    m_links->setReadOnly(readOnly);
    m_years->setReadOnly(readOnly);
}

void CandidateForm::setModified(bool modified)
{
    if (m_loading || m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

} // namespace shortlist
