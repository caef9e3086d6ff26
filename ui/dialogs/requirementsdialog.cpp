#include "requirementsdialog.h"

#include "analytics/skillnormalizer.h"
#include "repositories/openingrepository.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shortlist {

namespace {
enum Column { Skill, Weight, MustHave, MinYears, Keywords, Detail, ColumnCount };
constexpr auto idRole = Qt::UserRole + 1;
} // namespace

RequirementsDialog::RequirementsDialog(const QString &openingTitle, const QList<Requirement> &requirements,
                                       const QList<SkillSynonym> &synonyms, QWidget *parent)
    : QDialog(parent)
    , m_original(requirements)
{
    setObjectName(QStringLiteral("requirementsDialog"));
    setWindowTitle(tr("Requirements — %1").arg(openingTitle));
    resize(980, 620);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The match score weighs each requirement: a candidate skill equal to the requirement or one of its keywords "
                                "(after synonyms) covers it, and minimum years scale the credit. Saving rescores every application of the opening."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("requirementTable"));
    m_table->setHorizontalHeaderLabels({tr("Skill"), tr("Weight"), tr("Must-have"), tr("Min. years"), tr("Keywords (comma-separated)"), tr("Detail")});
    m_table->horizontalHeader()->setSectionResizeMode(Keywords, QHeaderView::Stretch);
    m_table->setColumnWidth(Skill, 200);
    m_table->setColumnWidth(Detail, 220);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 3);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Requirement"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    connect(add, &QPushButton::clicked, this, [this] {
        Requirement r;
        r.skill = tr("New requirement");
        addRequirement(r);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Skill));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            removeRequirement(m_table->currentRow());
    });

    layout->addWidget(new QLabel(tr("<b>Your skill synonyms</b> (all openings; added to the built-in list — “Databricks” = “spark”)"), this));
    m_synonyms = new QTableWidget(0, 2, this);
    m_synonyms->setObjectName(QStringLiteral("synonymTable"));
    m_synonyms->setHorizontalHeaderLabels({tr("Spelling"), tr("Means the skill")});
    m_synonyms->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_synonyms->verticalHeader()->hide();
    layout->addWidget(m_synonyms, 1);
    auto *synonymButtons = new QHBoxLayout;
    auto *addSynonymButton = new QPushButton(tr("Add &Synonym"), this);
    auto *removeSynonym = new QPushButton(tr("Remove Synonym"), this);
    synonymButtons->addWidget(addSynonymButton);
    synonymButtons->addWidget(removeSynonym);
    synonymButtons->addStretch();
    layout->addLayout(synonymButtons);
    connect(addSynonymButton, &QPushButton::clicked, this, [this] {
        addSynonym(QString(), QString());
        m_synonyms->editItem(m_synonyms->item(m_synonyms->rowCount() - 1, 0));
    });
    connect(removeSynonym, &QPushButton::clicked, this, [this] {
        if (m_synonyms->currentRow() >= 0)
            m_synonyms->removeRow(m_synonyms->currentRow());
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("requirementsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequirementsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequirementsDialog::reject);
    layout->addWidget(buttons);

    for (const Requirement &r : requirements)
        addRow(r);
    for (const SkillSynonym &s : synonyms)
        addSynonym(s.alias, s.canonical);
}

void RequirementsDialog::addRow(const Requirement &r)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *skill = new QTableWidgetItem(r.skill);
    skill->setData(idRole, r.id);
    m_table->setItem(row, Skill, skill);
    auto *weight = new QSpinBox(m_table);
    weight->setRange(1, 10);
    weight->setValue(std::clamp(r.weight, 1, 10));
    m_table->setCellWidget(row, Weight, weight);
    auto *must = new QCheckBox(m_table);
    must->setChecked(r.mustHave);
    m_table->setCellWidget(row, MustHave, must);
    auto *years = new QSpinBox(m_table);
    years->setRange(0, 60);
    years->setValue(r.minYears);
    m_table->setCellWidget(row, MinYears, years);
    m_table->setItem(row, Keywords, new QTableWidgetItem(r.keywords.join(QStringLiteral(", "))));
    m_table->setItem(row, Detail, new QTableWidgetItem(r.detail));
}

void RequirementsDialog::addRequirement(const Requirement &requirement)
{
    addRow(requirement);
}

void RequirementsDialog::removeRequirement(int row)
{
    m_table->removeRow(row);
}

void RequirementsDialog::addSynonym(const QString &alias, const QString &canonical)
{
    const int row = m_synonyms->rowCount();
    m_synonyms->insertRow(row);
    m_synonyms->setItem(row, 0, new QTableWidgetItem(alias));
    m_synonyms->setItem(row, 1, new QTableWidgetItem(canonical));
}

QList<Requirement> RequirementsDialog::requirements() const
{
    QList<Requirement> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Requirement r;
        r.id = m_table->item(row, Skill)->data(idRole).toLongLong();
        r.skill = m_table->item(row, Skill)->text().trimmed();
        r.weight = static_cast<QSpinBox *>(m_table->cellWidget(row, Weight))->value();
        r.mustHave = static_cast<QCheckBox *>(m_table->cellWidget(row, MustHave))->isChecked();
        r.minYears = static_cast<QSpinBox *>(m_table->cellWidget(row, MinYears))->value();
        const QStringList words = m_table->item(row, Keywords)->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &w : words) {
            if (!w.trimmed().isEmpty())
                r.keywords << w.trimmed();
        }
        r.detail = m_table->item(row, Detail)->text().trimmed();
        list << r;
    }
    return list;
}

QList<SkillSynonym> RequirementsDialog::synonyms() const
{
    QList<SkillSynonym> list;
    for (int row = 0; row < m_synonyms->rowCount(); ++row) {
        const QString alias = m_synonyms->item(row, 0) ? m_synonyms->item(row, 0)->text().trimmed() : QString();
        const QString canonical = m_synonyms->item(row, 1) ? m_synonyms->item(row, 1)->text().trimmed() : QString();
        if (!alias.isEmpty() || !canonical.isEmpty())
            list << SkillSynonym{SkillNormalizer::normalize(alias), SkillNormalizer::normalize(canonical)};
    }
    return list;
}

QString RequirementsDialog::errorText() const
{
    return m_error->text();
}

void RequirementsDialog::accept()
{
    if (Error e = OpeningRepository::validateRequirements(requirements())) {
        m_error->setText(e.message);
        return;
    }
    QSet<QString> aliases;
    const QList<SkillSynonym> list = synonyms();
    for (const SkillSynonym &s : list) {
        if (s.alias.isEmpty() || s.canonical.isEmpty()) {
            m_error->setText(tr("Each synonym needs a spelling and the skill it means; fill both or remove the row."));
            return;
        }
        if (s.alias == s.canonical) {
            m_error->setText(tr("“%1” already means itself; remove that synonym.").arg(s.alias));
            return;
        }
        if (aliases.contains(s.alias)) {
            m_error->setText(tr("“%1” is listed twice; keep one meaning.").arg(s.alias));
            return;
        }
        aliases.insert(s.alias);
    }
    QDialog::accept();
}

} // namespace shortlist
