#include "filterdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace shortlist {

namespace {

std::optional<std::optional<FilterGroup>> &nextFilter()
{
    static std::optional<std::optional<FilterGroup>> next;
    return next;
}

constexpr FilterField fieldOrder[] = {FilterField::Stage,      FilterField::Status, FilterField::Source,
                                      FilterField::Tag,        FilterField::Years,  FilterField::Match,
                                      FilterField::DaysInStage, FilterField::MissingMustHave, FilterField::InterviewedBy,
                                      FilterField::Reached,    FilterField::Applied};

// A spin box whose lowest value means "no bound".
QSpinBox *boundSpin(QWidget *parent, int max, const QString &anyText)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(-1, max);
    spin->setSpecialValueText(anyText);
    spin->setValue(-1);
    return spin;
}

} // namespace

// One condition: NOT, the field, and an editor for its values.
class FilterDialog::ConditionRow : public QWidget {
public:
    ConditionRow(const FilterChoices &choices, FilterDialog *dialog)
        : QWidget(dialog)
    {
        auto *layout = new QHBoxLayout(this);
        layout->setContentsMargins(0, 0, 0, 0);
        m_not = new QCheckBox(FilterDialog::tr("NOT"), this);
        m_not->setObjectName(QStringLiteral("notCheck"));
        layout->addWidget(m_not, 0, Qt::AlignTop);
        m_field = new QComboBox(this);
        m_field->setObjectName(QStringLiteral("fieldCombo"));
        for (FilterField f : fieldOrder)
            m_field->addItem(displayName(f), int(f));
        layout->addWidget(m_field, 0, Qt::AlignTop);
        // Only the current field's editor is shown, so a row is as tall as that editor.
        m_editors = new QWidget(this);
        auto *editorLayout = new QVBoxLayout(m_editors);
        editorLayout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_editors, 1, Qt::AlignTop);
        auto *remove = new QToolButton(this);
        remove->setObjectName(QStringLiteral("removeConditionButton"));
        remove->setText(FilterDialog::tr("Remove"));
        remove->setAutoRaise(true);
        layout->addWidget(remove, 0, Qt::AlignTop);
        connect(remove, &QToolButton::clicked, dialog, [dialog, this] { dialog->removeRow(this); });

        const auto list = [this](const QList<std::pair<QString, QString>> &items) {
            auto *w = new QListWidget(this);
            w->setMaximumHeight(110);
            for (const auto &[label, value] : items) {
                auto *item = new QListWidgetItem(label, w);
                item->setData(Qt::UserRole, value);
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
            return w;
        };
        const auto plain = [](const QStringList &values) {
            QList<std::pair<QString, QString>> items;
            for (const QString &v : values)
                items.append({v, v});
            return items;
        };
        QList<std::pair<QString, QString>> statuses;
        for (ApplicationStatus s : {ApplicationStatus::Active, ApplicationStatus::Hired, ApplicationStatus::Rejected, ApplicationStatus::Withdrawn})
            statuses.append({displayName(s), toCode(s)});
        QList<std::pair<QString, QString>> people;
        for (const Person &p : choices.interviewers)
            people.append({p.name, QString::number(p.id)});
        m_lists.insert(FilterField::Stage, list(plain(choices.stages)));
        m_lists.insert(FilterField::Status, list(statuses));
        m_lists.insert(FilterField::Source, list(plain(choices.sources)));
        m_lists.insert(FilterField::Tag, list(plain(choices.tags)));
        m_lists.insert(FilterField::InterviewedBy, list(people));
        m_lists.insert(FilterField::Reached, list(plain(choices.stages)));

        const auto range = [this](int max, const QString &unit) {
            auto *w = new QWidget(this);
            auto *h = new QHBoxLayout(w);
            h->setContentsMargins(0, 0, 0, 0);
            h->addWidget(new QLabel(FilterDialog::tr("from"), w));
            QSpinBox *min = boundSpin(w, max, FilterDialog::tr("any"));
            min->setObjectName(QStringLiteral("minimumSpin"));
            h->addWidget(min);
            h->addWidget(new QLabel(FilterDialog::tr("to"), w));
            QSpinBox *maxSpin = boundSpin(w, max, FilterDialog::tr("any"));
            maxSpin->setObjectName(QStringLiteral("maximumSpin"));
            h->addWidget(maxSpin);
            h->addWidget(new QLabel(unit, w));
            h->addStretch();
            return std::make_pair(w, std::make_pair(min, maxSpin));
        };
        auto years = range(60, FilterDialog::tr("years"));
        auto match = range(100, FilterDialog::tr("(0–100)"));
        m_ranges.insert(FilterField::Years, years.second);
        m_ranges.insert(FilterField::Match, match.second);
        auto *days = new QWidget(this);
        auto *dh = new QHBoxLayout(days);
        dh->setContentsMargins(0, 0, 0, 0);
        dh->addWidget(new QLabel(FilterDialog::tr("at least"), days));
        m_days = new QSpinBox(days);
        m_days->setObjectName(QStringLiteral("daysSpin"));
        m_days->setRange(0, 3650);
        m_days->setValue(14);
        dh->addWidget(m_days);
        dh->addWidget(new QLabel(FilterDialog::tr("days"), days));
        dh->addStretch();
        auto *nothing = new QLabel(FilterDialog::tr("(the match score flags a missing must-have requirement)"), this);
        // Application date: each end optional.
        auto *applied = new QWidget(this);
        auto *ah = new QHBoxLayout(applied);
        ah->setContentsMargins(0, 0, 0, 0);
        const auto dateEnd = [&](const QString &text, const QString &name) {
            auto *check = new QCheckBox(text, applied);
            auto *edit = new QDateEdit(QDate::currentDate(), applied);
            edit->setObjectName(name);
            edit->setCalendarPopup(true);
            edit->setEnabled(false);
            connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
            ah->addWidget(check);
            ah->addWidget(edit);
            return std::make_pair(check, edit);
        };
        m_appliedFrom = dateEnd(FilterDialog::tr("from"), QStringLiteral("appliedFromEdit"));
        m_appliedTo = dateEnd(FilterDialog::tr("to"), QStringLiteral("appliedToEdit"));
        ah->addStretch();

        for (FilterField f : fieldOrder) {
            QWidget *editor = nullptr;
            switch (f) {
            case FilterField::Years: editor = years.first; break;
            case FilterField::Match: editor = match.first; break;
            case FilterField::DaysInStage: editor = days; break;
            case FilterField::MissingMustHave: editor = nothing; break;
            case FilterField::Applied: editor = applied; break;
            default: editor = m_lists.value(f); break;
            }
            editorLayout->addWidget(editor);
            m_editorList << editor;
        }
        connect(m_field, &QComboBox::currentIndexChanged, this, &ConditionRow::showEditor);
        showEditor(0);
    }

    void showEditor(int index)
    {
        for (int i = 0; i < int(m_editorList.size()); ++i)
            m_editorList.at(i)->setVisible(i == index);
    }

    void set(const FilterCondition &c)
    {
        m_not->setChecked(c.negate);
        m_field->setCurrentIndex(m_field->findData(int(c.field)));
        if (QListWidget *list = m_lists.value(c.field)) {
            for (int i = 0; i < list->count(); ++i) {
                QListWidgetItem *item = list->item(i);
                item->setCheckState(c.values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
            }
            // Values the lists do not offer (a saved view from elsewhere) stay.
            for (const QString &v : c.values) {
                bool found = false;
                for (int i = 0; i < list->count() && !found; ++i)
                    found = list->item(i)->data(Qt::UserRole).toString() == v;
                if (!found) {
                    auto *item = new QListWidgetItem(v, list);
                    item->setData(Qt::UserRole, v);
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Checked);
                }
            }
        }
        if (m_ranges.contains(c.field)) {
            m_ranges.value(c.field).first->setValue(c.minimum.value_or(-1));
            m_ranges.value(c.field).second->setValue(c.maximum.value_or(-1));
        }
        if (c.field == FilterField::DaysInStage)
            m_days->setValue(c.minimum.value_or(0));
        if (c.field == FilterField::Applied) {
            const QDate epoch(1970, 1, 1);
            m_appliedFrom.first->setChecked(c.minimum.has_value());
            m_appliedTo.first->setChecked(c.maximum.has_value());
            if (c.minimum)
                m_appliedFrom.second->setDate(epoch.addDays(*c.minimum));
            if (c.maximum)
                m_appliedTo.second->setDate(epoch.addDays(*c.maximum));
        }
    }

    FilterCondition condition() const
    {
        FilterCondition c;
        c.field = FilterField(m_field->currentData().toInt());
        c.negate = m_not->isChecked();
        if (QListWidget *list = m_lists.value(c.field)) {
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->checkState() == Qt::Checked)
                    c.values << list->item(i)->data(Qt::UserRole).toString();
            }
        }
        if (m_ranges.contains(c.field)) {
            const int min = m_ranges.value(c.field).first->value();
            const int max = m_ranges.value(c.field).second->value();
            if (min >= 0)
                c.minimum = min;
            if (max >= 0)
                c.maximum = max;
        }
        if (c.field == FilterField::DaysInStage)
            c.minimum = m_days->value();
        if (c.field == FilterField::Applied) {
            const QDate epoch(1970, 1, 1);
            if (m_appliedFrom.first->isChecked())
                c.minimum = int(epoch.daysTo(m_appliedFrom.second->date()));
            if (m_appliedTo.first->isChecked())
                c.maximum = int(epoch.daysTo(m_appliedTo.second->date()));
        }
        return c;
    }

private:
    QCheckBox *m_not = nullptr;
    QComboBox *m_field = nullptr;
    QWidget *m_editors = nullptr;
    QList<QWidget *> m_editorList;
    QHash<FilterField, QListWidget *> m_lists;
    QHash<FilterField, std::pair<QSpinBox *, QSpinBox *>> m_ranges;
    QSpinBox *m_days = nullptr;
    std::pair<QCheckBox *, QDateEdit *> m_appliedFrom{nullptr, nullptr};
    std::pair<QCheckBox *, QDateEdit *> m_appliedTo{nullptr, nullptr};
};

FilterDialog::FilterDialog(const FilterChoices &choices, const FilterGroup &initial, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
    , m_nestedGroups(initial.groups)
    , m_negate(initial.negate)
{
    setObjectName(QStringLiteral("filterDialog"));
    setWindowTitle(tr("Filter Applications"));
    resize(720, 460);
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show applications that match"), this));
    m_combine = new QComboBox(this);
    m_combine->setObjectName(QStringLiteral("combineCombo"));
    m_combine->addItem(tr("all of these conditions (AND)"), false);
    m_combine->addItem(tr("any of these conditions (OR)"), true);
    m_combine->setCurrentIndex(initial.any ? 1 : 0);
    top->addWidget(m_combine);
    top->addStretch();
    layout->addLayout(top);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *holder = new QWidget(scroll);
    m_rows = new QVBoxLayout(holder);
    m_rows->addStretch();
    scroll->setWidget(holder);
    layout->addWidget(scroll, 1);

    m_nestedNote = new QLabel(this);
    m_nestedNote->setWordWrap(true);
    layout->addWidget(m_nestedNote);
    if (!m_nestedGroups.isEmpty()) {
        QStringList described;
        for (const FilterGroup &g : std::as_const(m_nestedGroups))
            described << QLatin1Char('(') + ApplicationFilter::describe(g) + QLatin1Char(')');
        m_nestedNote->setText(tr("Also kept from the saved view: %1").arg(described.join(m_combine->currentData().toBool() ? tr(" OR ") : tr(" AND "))));
    }
    m_nestedNote->setVisible(!m_nestedGroups.isEmpty());

    auto *add = new QPushButton(tr("&Add Condition"), this);
    add->setObjectName(QStringLiteral("addConditionButton"));
    connect(add, &QPushButton::clicked, this, [this] { addCondition(FilterCondition{}); });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    QPushButton *clear = buttons->addButton(tr("Clear All"), QDialogButtonBox::ResetRole);
    connect(clear, &QPushButton::clicked, this, [this] {
        while (!m_conditionRows.isEmpty())
            removeRow(m_conditionRows.constFirst());
        m_nestedGroups.clear();
        m_nestedNote->hide();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &FilterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FilterDialog::reject);
    layout->addWidget(buttons);

    for (const FilterCondition &c : initial.conditions)
        addCondition(c);
    if (initial.isEmpty())
        addCondition(FilterCondition{});
}

FilterDialog::~FilterDialog() = default;

void FilterDialog::addCondition(const FilterCondition &condition)
{
    auto *row = new ConditionRow(m_choices, this);
    row->set(condition);
    m_rows->insertWidget(m_rows->count() - 1, row);
    m_conditionRows << row;
}

void FilterDialog::removeRow(ConditionRow *row)
{
    m_conditionRows.removeOne(row);
    row->deleteLater();
}

void FilterDialog::setMatchAny(bool any)
{
    m_combine->setCurrentIndex(any ? 1 : 0);
}

int FilterDialog::conditionCount() const
{
    return int(m_conditionRows.size());
}

FilterGroup FilterDialog::filter() const
{
    FilterGroup g;
    g.any = m_combine->currentData().toBool();
    g.negate = m_negate;
    for (const ConditionRow *row : m_conditionRows)
        g.conditions << row->condition();
    g.groups = m_nestedGroups;
    return g;
}

void FilterDialog::accept()
{
    if (Error e = ApplicationFilter::validate(filter())) {
        m_error->setText(e.message);
        return;
    }
    QDialog::accept();
}

void FilterDialog::setNextFilter(const std::optional<FilterGroup> &filter)
{
    nextFilter() = filter;
}

std::optional<FilterGroup> FilterDialog::getFilter(QWidget *parent, const FilterChoices &choices, const FilterGroup &initial)
{
    if (nextFilter()) {
        std::optional<FilterGroup> answer = *nextFilter();
        nextFilter().reset();
        return answer;
    }
    FilterDialog dialog(choices, initial, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.filter();
}

} // namespace shortlist
