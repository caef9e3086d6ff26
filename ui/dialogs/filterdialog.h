#pragma once

#include "domain/types.h"
#include "repositories/applicationquery.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace shortlist {

// What the filter builder offers for list conditions.
struct FilterChoices {
    QStringList stages;
    QStringList sources;
    QStringList tags;
    QList<Person> interviewers;
};

// The filter builder: conditions on stage, status, source, tags, years, match
// score, days in stage, missing must-haves and interviewers, each optionally
// negated, combined with AND (all) or OR (any). Nested groups in a saved view
// are kept as they are. Validates before it closes.
class FilterDialog : public QDialog {
    Q_OBJECT

public:
    FilterDialog(const FilterChoices &choices, const FilterGroup &initial, QWidget *parent = nullptr);
    ~FilterDialog() override;

    FilterGroup filter() const;
    void accept() override;

    // For tests: what a user would click.
    void addCondition(const FilterCondition &condition);
    void setMatchAny(bool any);
    int conditionCount() const;

    // Test hook: the next getFilter() returns this instead of showing the dialog.
    static void setNextFilter(const std::optional<FilterGroup> &filter);
    // Shows the dialog; nullopt when cancelled.
    static std::optional<FilterGroup> getFilter(QWidget *parent, const FilterChoices &choices, const FilterGroup &initial);

private:
    class ConditionRow;
    void removeRow(ConditionRow *row);

    FilterChoices m_choices;
    QList<FilterGroup> m_nestedGroups;
    bool m_negate = false;
    QComboBox *m_combine = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QList<ConditionRow *> m_conditionRows;
    QLabel *m_nestedNote = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace shortlist
