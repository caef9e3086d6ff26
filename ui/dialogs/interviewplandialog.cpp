#include "interviewplandialog.h"

#include "dialogs/prompts.h"
#include "repositories/openingrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace shortlist {

namespace {

constexpr int interviewRole = Qt::UserRole;
constexpr int slotRole = Qt::UserRole + 1;

QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    return list;
}

void addCheck(QListWidget *list, const QString &text, qint64 id, const QString &tip)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setToolTip(tip);
}

void setChecked(QListWidget *list, const QList<qint64> &ids)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(ids.contains(list->item(i)->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
}

QList<qint64> checked(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

} // namespace

InterviewPlanDialog::InterviewPlanDialog(Database &db, qint64 openingId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("interviewPlanDialog"));
    Result<Opening> opening = OpeningRepository(db).load(openingId);
    Result<QList<PlanInterview>> plan = opening ? InterviewPlanRepository(db).effective(*opening) : Result<QList<PlanInterview>>(opening.error());
    if (!plan) {
        Prompts::error(parent, tr("Cannot open the interview plan"), plan.error().message);
        return;
    }
    m_opening = *opening;
    m_plan = *plan;
    setWindowTitle(tr("Interview Plan — %1").arg(m_opening.title));
    resize(1060, 780);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Plan the interviews of each interview stage and what each interviewer assesses. "
                                "Each competency and must-have requirement should be assessed by two independent interviewers."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    auto *top = new QSplitter(Qt::Horizontal, vertical);

    auto *left = new QWidget(top);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_tree = new QTreeWidget(left);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setHeaderHidden(true);
    leftLayout->addWidget(m_tree, 1);
    auto *treeButtons = new QHBoxLayout;
    auto *addInterviewButton = new QPushButton(tr("Add Interview"), left);
    auto *addSlotButton = new QPushButton(tr("Add Interviewer"), left);
    auto *removeButton = new QPushButton(tr("Remove"), left);
    auto *defaultButton = new QPushButton(tr("Reset to Default"), left);
    defaultButton->setToolTip(tr("One interview per interview stage, two interviewers each, competencies and must-haves dealt out twice"));
    treeButtons->addWidget(addInterviewButton);
    treeButtons->addWidget(addSlotButton);
    treeButtons->addWidget(removeButton);
    leftLayout->addLayout(treeButtons);
    leftLayout->addWidget(defaultButton);

    m_editors = new QStackedWidget(top);
    auto *nothing = new QLabel(tr("Choose an interview or an interviewer on the left."), m_editors);
    nothing->setAlignment(Qt::AlignCenter);
    m_editors->addWidget(nothing);
    auto *interviewEditor = new QWidget(m_editors);
    auto *interviewForm = new QFormLayout(interviewEditor);
    m_interviewTitle = new QLineEdit(interviewEditor);
    m_interviewTitle->setObjectName(QStringLiteral("planInterviewTitle"));
    m_interviewStage = new QComboBox(interviewEditor);
    for (const Stage &s : std::as_const(m_opening.stages)) {
        if (s.category == StageCategory::Interview)
            m_interviewStage->addItem(s.name, s.id);
    }
    m_interviewDuration = new QSpinBox(interviewEditor);
    m_interviewDuration->setRange(5, 12 * 60);
    m_interviewDuration->setSingleStep(15);
    m_interviewDuration->setSuffix(tr(" min"));
    interviewForm->addRow(tr("&Title:"), m_interviewTitle);
    interviewForm->addRow(tr("&Stage:"), m_interviewStage);
    interviewForm->addRow(tr("&Duration:"), m_interviewDuration);
    m_editors->addWidget(interviewEditor);
    auto *slotEditor = new QWidget(m_editors);
    auto *slotLayout = new QFormLayout(slotEditor);
    m_slotRole = new QLineEdit(slotEditor);
    m_slotRole->setObjectName(QStringLiteral("planSlotRole"));
    m_slotCompetencies = checkList(slotEditor, QStringLiteral("planSlotCompetencies"));
    for (const Competency &c : std::as_const(m_opening.competencies))
        addCheck(m_slotCompetencies, c.name, c.id, c.description);
    m_slotRequirements = checkList(slotEditor, QStringLiteral("planSlotRequirements"));
    for (const Requirement &r : std::as_const(m_opening.requirements))
        addCheck(m_slotRequirements, r.mustHave ? tr("%1 (must-have)").arg(r.skill) : r.skill, r.id, r.detail);
    m_slotQuestions = new QPlainTextEdit(slotEditor);
    m_slotQuestions->setObjectName(QStringLiteral("planSlotQuestions"));
    m_slotQuestions->setPlaceholderText(tr("The kit's questions, one per line"));
    slotLayout->addRow(tr("&Role:"), m_slotRole);
    slotLayout->addRow(tr("&Competencies:"), m_slotCompetencies);
    slotLayout->addRow(tr("Re&quirements:"), m_slotRequirements);
    slotLayout->addRow(tr("&Questions:"), m_slotQuestions);
    m_editors->addWidget(slotEditor);
    top->setStretchFactor(0, 2);
    top->setStretchFactor(1, 3);

    auto *bottom = new QWidget(vertical);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_coverageSummary = new QLabel(bottom);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    m_coverageSummary->setWordWrap(true);
    bottomLayout->addWidget(m_coverageSummary);
    m_coverage = new QTableWidget(0, 4, bottom);
    m_coverage->setObjectName(QStringLiteral("coverageTable"));
    m_coverage->setHorizontalHeaderLabels({tr("Assessed"), tr("Coverage"), tr("Interviewers"), tr("Assessed in")});
    m_coverage->verticalHeader()->hide();
    m_coverage->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverage->setSelectionMode(QAbstractItemView::NoSelection);
    m_coverage->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_coverage->horizontalHeader()->setStretchLastSection(true);
    bottomLayout->addWidget(m_coverage, 1);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);
    layout->addWidget(vertical, 1);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b02a37;"));
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InterviewPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &InterviewPlanDialog::currentChanged);
    connect(addInterviewButton, &QPushButton::clicked, this, &InterviewPlanDialog::addInterview);
    connect(addSlotButton, &QPushButton::clicked, this, &InterviewPlanDialog::addSlot);
    connect(removeButton, &QPushButton::clicked, this, &InterviewPlanDialog::removeCurrent);
    connect(defaultButton, &QPushButton::clicked, this, &InterviewPlanDialog::resetToDefault);
    connect(m_interviewTitle, &QLineEdit::textEdited, this, &InterviewPlanDialog::editorChanged);
    connect(m_interviewStage, &QComboBox::currentIndexChanged, this, &InterviewPlanDialog::editorChanged);
    connect(m_interviewDuration, &QSpinBox::valueChanged, this, &InterviewPlanDialog::editorChanged);
    connect(m_slotRole, &QLineEdit::textEdited, this, &InterviewPlanDialog::editorChanged);
    connect(m_slotCompetencies, &QListWidget::itemChanged, this, &InterviewPlanDialog::editorChanged);
    connect(m_slotRequirements, &QListWidget::itemChanged, this, &InterviewPlanDialog::editorChanged);
    connect(m_slotQuestions, &QPlainTextEdit::textChanged, this, &InterviewPlanDialog::editorChanged);

    buildTree();
    m_usable = true;
}

QString InterviewPlanDialog::interviewLabel(const PlanInterview &interview) const
{
    const Stage *stage = m_opening.stage(interview.stageId);
    if (!stage)
        return tr("%1 — no stage, %2 min").arg(interview.title).arg(interview.durationMinutes);
    if (stage->name == interview.title)
        return tr("%1, %2 min").arg(interview.title).arg(interview.durationMinutes);
    return tr("%1 — %2, %3 min").arg(interview.title, stage->name).arg(interview.durationMinutes);
}

std::pair<int, int> InterviewPlanDialog::position(const QTreeWidgetItem *item)
{
    if (!item)
        return {-1, -1};
    return {item->data(0, interviewRole).toInt(), item->data(0, slotRole).toInt()};
}

void InterviewPlanDialog::buildTree()
{
    const std::pair<int, int> keep = position(m_tree->currentItem());
    m_updating = true;
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (int i = 0; i < m_plan.size(); ++i) {
        auto *interview = new QTreeWidgetItem(m_tree, {interviewLabel(m_plan.at(i))});
        interview->setData(0, interviewRole, i);
        interview->setData(0, slotRole, -1);
        if (keep == std::make_pair(i, -1))
            current = interview;
        for (int s = 0; s < m_plan.at(i).slots.size(); ++s) {
            auto *slot = new QTreeWidgetItem(interview, {m_plan.at(i).slots.at(s).role});
            slot->setData(0, interviewRole, i);
            slot->setData(0, slotRole, s);
            if (keep == std::make_pair(i, s))
                current = slot;
        }
    }
    m_tree->expandAll();
    m_updating = false;
    m_tree->setCurrentItem(current ? current : m_tree->topLevelItem(0));
    currentChanged();
    updateCoverage();
}

void InterviewPlanDialog::currentChanged()
{
    if (m_updating)
        return;
    const auto [i, s] = position(m_tree->currentItem());
    m_updating = true;
    if (i < 0 || i >= m_plan.size()) {
        m_editors->setCurrentIndex(0);
    } else if (s < 0) {
        const PlanInterview &interview = m_plan.at(i);
        m_interviewTitle->setText(interview.title);
        m_interviewStage->setCurrentIndex(m_interviewStage->findData(interview.stageId));
        m_interviewDuration->setValue(interview.durationMinutes);
        m_editors->setCurrentIndex(1);
    } else {
        const PlanSlot &slot = m_plan.at(i).slots.at(s);
        m_slotRole->setText(slot.role);
        setChecked(m_slotCompetencies, slot.competencyIds);
        setChecked(m_slotRequirements, slot.requirementIds);
        m_slotQuestions->setPlainText(slot.questions);
        m_editors->setCurrentIndex(2);
    }
    m_updating = false;
}

void InterviewPlanDialog::editorChanged()
{
    if (m_updating)
        return;
    QTreeWidgetItem *item = m_tree->currentItem();
    const auto [i, s] = position(item);
    if (i < 0 || i >= m_plan.size())
        return;
    if (s < 0) {
        PlanInterview &interview = m_plan[i];
        interview.title = m_interviewTitle->text();
        interview.stageId = m_interviewStage->currentData().toLongLong();
        interview.durationMinutes = m_interviewDuration->value();
        item->setText(0, interviewLabel(interview));
    } else {
        PlanSlot &slot = m_plan[i].slots[s];
        slot.role = m_slotRole->text();
        slot.competencyIds = checked(m_slotCompetencies);
        slot.requirementIds = checked(m_slotRequirements);
        slot.questions = m_slotQuestions->toPlainText();
        item->setText(0, slot.role);
    }
    updateCoverage();
}

CoverageReport InterviewPlanDialog::coverage() const { return InterviewPlanRepository::coverageOf(m_opening, m_plan); }

void InterviewPlanDialog::updateCoverage()
{
    const CoverageReport report = coverage();
    QList<CoverageItem> rows = report.competencies;
    for (const CoverageItem &r : report.requirements) {
        if (r.mustHave)
            rows << r;
    }
    m_coverage->setRowCount(int(rows.size()));
    const int competencyCount = int(report.competencies.size());
    for (int row = 0; row < rows.size(); ++row) {
        const CoverageItem &item = rows.at(row);
        const bool requirement = row >= competencyCount;
        auto *name = new QTableWidgetItem(requirement ? tr("Must-have: %1").arg(item.name) : item.name);
        QString level;
        QColor colour;
        switch (item.level) {
        case CoverageLevel::Covered: level = tr("covered"); colour = QColor(209, 231, 221); break;
        case CoverageLevel::Thin: level = tr("thin — one interviewer"); colour = QColor(255, 236, 181); break;
        case CoverageLevel::Missing: level = tr("missing"); colour = QColor(248, 215, 218); break;
        }
        auto *levelItem = new QTableWidgetItem(level);
        levelItem->setBackground(colour);
        levelItem->setForeground(QColor(33, 37, 41));
        auto *count = new QTableWidgetItem(QString::number(item.assessors));
        count->setTextAlignment(Qt::AlignCenter);
        m_coverage->setItem(row, 0, name);
        m_coverage->setItem(row, 1, levelItem);
        m_coverage->setItem(row, 2, count);
        m_coverage->setItem(row, 3, new QTableWidgetItem(item.slots.join(QStringLiteral("; "))));
    }
    if (report.missing == 0 && report.thin == 0)
        m_coverageSummary->setText(tr("<b>Coverage:</b> every competency and must-have has two or more interviewers."));
    else
        m_coverageSummary->setText(tr("<b>Coverage:</b> %1 missing, %2 thin. Assign each to two interviewers.").arg(report.missing).arg(report.thin));
}

void InterviewPlanDialog::addInterview()
{
    PlanInterview interview;
    interview.stageId = m_interviewStage->count() > 0 ? m_interviewStage->itemData(0).toLongLong() : 0;
    interview.title = tr("New interview");
    interview.slots << PlanSlot{0, tr("Interviewer 1"), {}, {}, {}};
    m_plan << interview;
    buildTree();
    m_tree->setCurrentItem(m_tree->topLevelItem(m_tree->topLevelItemCount() - 1));
}

void InterviewPlanDialog::addSlot()
{
    const int i = position(m_tree->currentItem()).first;
    if (i < 0 || i >= m_plan.size())
        return;
    m_plan[i].slots << PlanSlot{0, tr("Interviewer %1").arg(m_plan.at(i).slots.size() + 1), {}, {}, {}};
    buildTree();
    QTreeWidgetItem *parent = m_tree->topLevelItem(i);
    m_tree->setCurrentItem(parent->child(parent->childCount() - 1));
}

void InterviewPlanDialog::removeCurrent()
{
    const auto [i, s] = position(m_tree->currentItem());
    if (i < 0 || i >= m_plan.size())
        return;
    if (s < 0)
        m_plan.removeAt(i);
    else
        m_plan[i].slots.removeAt(s);
    buildTree();
}

void InterviewPlanDialog::setPlan(const QList<PlanInterview> &plan)
{
    m_plan = plan;
    buildTree();
}

void InterviewPlanDialog::resetToDefault() { setPlan(InterviewPlanRepository::defaultPlan(m_opening)); }

QString InterviewPlanDialog::problemText() const { return m_problem->text(); }

void InterviewPlanDialog::accept()
{
    if (const Error e = InterviewPlanRepository(m_db).save(m_opening.id, m_plan)) {
        m_problem->setText(e.message);
        return;
    }
    QDialog::accept();
}

} // namespace shortlist
