#pragma once

#include "storage/error.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

#include <optional>

namespace shortlist {

// What a filter condition looks at. Codes (toCode) are stored in saved views.
// Reached: entered one of the named stages or a later one (the funnel's
// "reached"). Applied: the application date, as UTC day numbers (days since
// 1970-01-01) in minimum/maximum.
enum class FilterField { Stage, Status, Source, Tag, Years, Match, DaysInStage, MissingMustHave, InterviewedBy, Reached, Applied };

QString toCode(FilterField field);
std::optional<FilterField> filterFieldFromCode(const QString &code);
QString displayName(FilterField field);

// One test on an application. List fields (stage names, status codes, sources,
// tags, interviewer person ids) match any of `values`; range fields (years,
// match score) use `minimum` and/or `maximum` inclusively; days in stage uses
// `minimum` ("more than N days" = minimum N + 1). `negate` keeps the rows for
// which the test is not true, including rows where the value is unknown.
struct FilterCondition {
    FilterField field = FilterField::Stage;
    bool negate = false;
    QStringList values;
    std::optional<int> minimum;
    std::optional<int> maximum;

    friend bool operator==(const FilterCondition &, const FilterCondition &) = default;
};

// Conditions and nested groups combined with AND (all) or OR (any).
struct FilterGroup {
    bool any = false;
    bool negate = false;
    QList<FilterCondition> conditions;
    QList<FilterGroup> groups;

    bool isEmpty() const;
    friend bool operator==(const FilterGroup &a, const FilterGroup &b);
};


class ApplicationFilter {
    Q_DECLARE_TR_FUNCTIONS(ApplicationFilter)

public:
    // Empty fragment for an empty group. `now` fixes "days in stage".
    static SqlFragment toSql(const FilterGroup &group, qint64 now);
    static QJsonObject toJson(const FilterGroup &group);
    static Result<FilterGroup> fromJson(const QJsonObject &json);
    // "Stage is Offer AND NOT Tag is relocation", for the filter bar.
    static QString describe(const FilterGroup &group);
    // A condition that cannot be compiled (no values, inverted range), or none.
    static Error validate(const FilterGroup &group);
};

enum class ApplicationSort { Name, Stage, DaysInStage, Years, Source, Applied, Match, Relevance };

// Everything that decides which applications a table or board column lists.
struct ApplicationQuery {
    qint64 openingId = 0;
    bool includeClosed = false;  // hired, rejected and withdrawn too
    qint64 stageId = 0;          // one board column; 0 = every stage
    QString searchText;          // full-text, as typed
    FilterGroup filter;
    ApplicationSort sort = ApplicationSort::DaysInStage;
    Qt::SortOrder order = Qt::DescendingOrder;

    bool hasSearch() const;
};

} // namespace shortlist
