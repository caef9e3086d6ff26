#include "applicationquery.h"

#include "domain/textfold.h"
#include "domain/types.h"

#include <QDate>
#include <QJsonArray>

namespace shortlist {

namespace {

struct FieldInfo {
    FilterField field;
    const char *code;
    bool isList;
};

constexpr FieldInfo fields[] = {
    {FilterField::Stage, "stage", true},
    {FilterField::Status, "status", true},
    {FilterField::Source, "source", true},
    {FilterField::Tag, "tag", true},
    {FilterField::Years, "years", false},
    {FilterField::Match, "match", false},
    {FilterField::DaysInStage, "days_in_stage", false},
    {FilterField::MissingMustHave, "missing_must_have", false},
    {FilterField::InterviewedBy, "interviewed_by", true},
    {FilterField::Reached, "reached", true},
    {FilterField::Applied, "applied", false},
};

const FieldInfo &info(FilterField field)
{
    for (const FieldInfo &f : fields) {
        if (f.field == field)
            return f;
    }
    Q_UNREACHABLE();
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

QString rangeSql(const QString &column, const FilterCondition &c, QVariantList &values)
{
    QStringList parts;
    if (c.minimum) {
        parts << column + QStringLiteral(" >= ?");
        values << *c.minimum;
    }
    if (c.maximum) {
        parts << column + QStringLiteral(" <= ?");
        values << *c.maximum;
    }
    return parts.join(QStringLiteral(" AND "));
}

QString conditionSql(const FilterCondition &c, qint64 now, QVariantList &values)
{
    const auto listSql = [&](const QString &column) -> QString {
        for (const QString &v : c.values)
            values << v;
        return column + QStringLiteral(" IN (") + placeholders(c.values.size()) + QLatin1Char(')');
    };
    switch (c.field) {
    case FilterField::Stage: return listSql(QStringLiteral("s.name"));
    case FilterField::Status: return listSql(QStringLiteral("a.status"));
    case FilterField::Source: return listSql(QStringLiteral("c.source"));
    case FilterField::Tag:
        return QStringLiteral("EXISTS (SELECT 1 FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                              "WHERE ct.candidate_id = a.candidate_id AND ")
            + listSql(QStringLiteral("t.name")) + QLatin1Char(')');
    case FilterField::Years: return rangeSql(QStringLiteral("c.years_experience"), c, values);
    case FilterField::Match: return rangeSql(QStringLiteral("a.match_score"), c, values);
    case FilterField::DaysInStage:
        // "At least N days in stage" = entered N days or more before now.
        values << now - qint64(c.minimum.value_or(0)) * 86400;
        return QStringLiteral("a.stage_entered_at <= ?");
    case FilterField::MissingMustHave: return QStringLiteral("a.missing_must_haves > 0");
    case FilterField::Reached:
        // The application's furthest stage is one of the named ones or later in its opening.
        return QStringLiteral("a.furthest_stage_id IN (SELECT later.id FROM stages named JOIN stages later ON later.opening_id = named.opening_id "
                              "AND later.position >= named.position AND later.category NOT IN ('rejected', 'withdrawn') "
                              "WHERE named.opening_id = a.opening_id AND ")
            + listSql(QStringLiteral("named.name")) + QLatin1Char(')');
    case FilterField::Applied: {
        QStringList parts;
        if (c.minimum) {
            parts << QStringLiteral("a.applied_at >= ?");
            values << qint64(*c.minimum) * 86400;
        }
        if (c.maximum) {
            parts << QStringLiteral("a.applied_at < ?");
            values << (qint64(*c.maximum) + 1) * 86400;
        }
        return parts.join(QStringLiteral(" AND "));
    }
    case FilterField::InterviewedBy: {
        for (const QString &v : c.values)
            values << v.toLongLong();
        return QStringLiteral("EXISTS (SELECT 1 FROM interviews i JOIN interview_panel p ON p.interview_id = i.id "
                              "WHERE i.application_id = a.id AND i.status <> 'cancelled' AND p.person_id IN (")
            + placeholders(c.values.size()) + QStringLiteral("))");
    }
    }
    return QStringLiteral("1 = 1");
}

QString negated(const QString &sql, bool negate)
{
    // NOT of an unknown (NULL years) is unknown; COALESCE makes it "not true".
    return negate ? QStringLiteral("NOT COALESCE((") + sql + QStringLiteral("), FALSE)") : sql;
}

QString groupSql(const FilterGroup &g, qint64 now, QVariantList &values)
{
    QStringList parts;
    for (const FilterCondition &c : g.conditions)
        parts << negated(conditionSql(c, now, values), c.negate);
    for (const FilterGroup &sub : g.groups) {
        if (!sub.isEmpty())
            parts << groupSql(sub, now, values);
    }
    if (parts.isEmpty())
        return QStringLiteral("1 = 1");
    const QString joined = QLatin1Char('(') + parts.join(g.any ? QStringLiteral(") OR (") : QStringLiteral(") AND (")) + QLatin1Char(')');
    return negated(joined, g.negate);
}

QString conditionText(const FilterCondition &c)
{
    const QString name = displayName(c.field);
    QString text;
    switch (c.field) {
    case FilterField::Years:
    case FilterField::Match:
        if (c.minimum && c.maximum)
            text = ApplicationFilter::tr("%1 %2–%3").arg(name).arg(*c.minimum).arg(*c.maximum);
        else if (c.minimum)
            text = ApplicationFilter::tr("%1 ≥ %2").arg(name).arg(*c.minimum);
        else
            text = ApplicationFilter::tr("%1 ≤ %2").arg(name).arg(c.maximum.value_or(0));
        break;
    case FilterField::DaysInStage:
        text = ApplicationFilter::tr("%1 ≥ %2").arg(name).arg(c.minimum.value_or(0));
        break;
    case FilterField::Applied: {
        const auto day = [](int n) { return QDate(1970, 1, 1).addDays(n).toString(Qt::ISODate); };
        if (c.minimum && c.maximum)
            text = ApplicationFilter::tr("Applied %1 to %2").arg(day(*c.minimum), day(*c.maximum));
        else if (c.minimum)
            text = ApplicationFilter::tr("Applied from %1").arg(day(*c.minimum));
        else
            text = ApplicationFilter::tr("Applied until %1").arg(day(c.maximum.value_or(0)));
        break;
    }
    case FilterField::MissingMustHave: text = name; break;
    default: text = ApplicationFilter::tr("%1 is %2").arg(name, c.values.join(ApplicationFilter::tr(" or "))); break;
    }
    return c.negate ? ApplicationFilter::tr("NOT %1").arg(text) : text;
}

} // namespace

QString toCode(FilterField field) { return QString::fromLatin1(info(field).code); }

std::optional<FilterField> filterFieldFromCode(const QString &code)
{
    for (const FieldInfo &f : fields) {
        if (code == QLatin1String(f.code))
            return f.field;
    }
    return std::nullopt;
}

QString displayName(FilterField field)
{
    switch (field) {
    case FilterField::Stage: return ApplicationFilter::tr("Stage");
    case FilterField::Status: return ApplicationFilter::tr("Status");
    case FilterField::Source: return ApplicationFilter::tr("Source");
    case FilterField::Tag: return ApplicationFilter::tr("Tag");
    case FilterField::Years: return ApplicationFilter::tr("Years of experience");
    case FilterField::Match: return ApplicationFilter::tr("Match score");
    case FilterField::DaysInStage: return ApplicationFilter::tr("Days in stage");
    case FilterField::MissingMustHave: return ApplicationFilter::tr("Missing a must-have");
    case FilterField::InterviewedBy: return ApplicationFilter::tr("Interviewed by");
    case FilterField::Reached: return ApplicationFilter::tr("Reached stage");
    case FilterField::Applied: return ApplicationFilter::tr("Application date");
    }
    return {};
}

bool FilterGroup::isEmpty() const
{
    if (!conditions.isEmpty())
        return false;
    for (const FilterGroup &g : groups) {
        if (!g.isEmpty())
            return false;
    }
    return true;
}

bool operator==(const FilterGroup &a, const FilterGroup &b)
{
    return a.any == b.any && a.negate == b.negate && a.conditions == b.conditions && a.groups == b.groups;
}

bool ApplicationQuery::hasSearch() const
{
    // Folded first: a lone accent mark is no word on any backend.
    return !searchWords(foldText(searchText)).isEmpty();
}

SqlFragment ApplicationFilter::toSql(const FilterGroup &group, qint64 now)
{
    SqlFragment fragment;
    if (group.isEmpty())
        return fragment;
    fragment.sql = groupSql(group, now, fragment.values);
    return fragment;
}

Error ApplicationFilter::validate(const FilterGroup &group)
{
    for (const FilterCondition &c : group.conditions) {
        const QString name = displayName(c.field);
        if (info(c.field).isList && c.values.isEmpty())
            return makeError(ErrorCode::Invalid, tr("The condition on “%1” has no values; pick at least one or remove it.").arg(name));
        if ((c.field == FilterField::Years || c.field == FilterField::Match || c.field == FilterField::Applied) && !c.minimum && !c.maximum)
            return makeError(ErrorCode::Invalid, tr("The condition on “%1” needs a lowest or highest value.").arg(name));
        if (c.field == FilterField::Applied && c.minimum && c.maximum && *c.minimum > *c.maximum)
            return makeError(ErrorCode::Invalid, tr("The application dates run from %1 back to %2; swap the two dates.")
                                                     .arg(QDate(1970, 1, 1).addDays(*c.minimum).toString(Qt::ISODate),
                                                          QDate(1970, 1, 1).addDays(*c.maximum).toString(Qt::ISODate)));
        if (c.minimum && c.maximum && *c.minimum > *c.maximum)
            return makeError(ErrorCode::Invalid,
                             tr("The range for “%1” runs from %2 down to %3; swap the two values.").arg(name).arg(*c.minimum).arg(*c.maximum));
        if (c.field == FilterField::DaysInStage && c.minimum.value_or(-1) < 0)
            return makeError(ErrorCode::Invalid, tr("“%1” needs a number of days, 0 or more.").arg(name));
        if (c.field == FilterField::InterviewedBy) {
            for (const QString &v : c.values) {
                bool ok = false;
                if (v.toLongLong(&ok) <= 0 || !ok)
                    return makeError(ErrorCode::Invalid, tr("“%1” refers to an unknown interviewer “%2”.").arg(name, v));
            }
        }
    }
    for (const FilterGroup &g : group.groups) {
        if (Error e = validate(g))
            return e;
    }
    return {};
}

QJsonObject ApplicationFilter::toJson(const FilterGroup &group)
{
    QJsonArray conditions;
    for (const FilterCondition &c : group.conditions) {
        QJsonObject o{{QStringLiteral("field"), toCode(c.field)}};
        if (c.negate)
            o.insert(QStringLiteral("not"), true);
        if (!c.values.isEmpty())
            o.insert(QStringLiteral("values"), QJsonArray::fromStringList(c.values));
        if (c.minimum)
            o.insert(QStringLiteral("min"), *c.minimum);
        if (c.maximum)
            o.insert(QStringLiteral("max"), *c.maximum);
        conditions.append(o);
    }
    QJsonArray groups;
    for (const FilterGroup &g : group.groups)
        groups.append(toJson(g));
    QJsonObject json{{QStringLiteral("combine"), group.any ? QStringLiteral("any") : QStringLiteral("all")},
                     {QStringLiteral("conditions"), conditions}};
    if (group.negate)
        json.insert(QStringLiteral("not"), true);
    if (!groups.isEmpty())
        json.insert(QStringLiteral("groups"), groups);
    return json;
}

Result<FilterGroup> ApplicationFilter::fromJson(const QJsonObject &json)
{
    FilterGroup group;
    const QString combine = json.value(QStringLiteral("combine")).toString(QStringLiteral("all"));
    if (combine != QLatin1String("all") && combine != QLatin1String("any"))
        return makeError(ErrorCode::Invalid, tr("Unknown way to combine conditions “%1”; expected “all” or “any”.").arg(combine));
    group.any = combine == QLatin1String("any");
    group.negate = json.value(QStringLiteral("not")).toBool();
    const QJsonArray conditions = json.value(QStringLiteral("conditions")).toArray();
    for (const QJsonValue &v : conditions) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QStringLiteral("field")).toString();
        const std::optional<FilterField> field = filterFieldFromCode(code);
        if (!field)
            return makeError(ErrorCode::Invalid, tr("Unknown filter field “%1”.").arg(code));
        FilterCondition c;
        c.field = *field;
        c.negate = o.value(QStringLiteral("not")).toBool();
        const QJsonArray values = o.value(QStringLiteral("values")).toArray();
        for (const QJsonValue &value : values)
            c.values << value.toString();
        if (o.contains(QStringLiteral("min")))
            c.minimum = o.value(QStringLiteral("min")).toInt();
        if (o.contains(QStringLiteral("max")))
            c.maximum = o.value(QStringLiteral("max")).toInt();
        group.conditions << c;
    }
    const QJsonArray groups = json.value(QStringLiteral("groups")).toArray();
    for (const QJsonValue &v : groups) {
        Result<FilterGroup> sub = fromJson(v.toObject());
        if (!sub)
            return sub.error();
        group.groups << *sub;
    }
    if (Error e = validate(group))
        return e;
    return group;
}

QString ApplicationFilter::describe(const FilterGroup &group)
{
    QStringList parts;
    for (const FilterCondition &c : group.conditions)
        parts << conditionText(c);
    for (const FilterGroup &g : group.groups) {
        if (!g.isEmpty())
            parts << QLatin1Char('(') + describe(g) + QLatin1Char(')');
    }
    const QString text = parts.join(group.any ? tr(" OR ") : tr(" AND "));
    return group.negate ? tr("NOT (%1)").arg(text) : text;
}

} // namespace shortlist
