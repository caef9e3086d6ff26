#include "savedviewrepository.h"

#include "auditrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace shortlist {

using namespace sqlvalues;

namespace {

struct SortInfo {
    ApplicationSort sort;
    const char *code;
};

constexpr SortInfo sorts[] = {
    {ApplicationSort::Name, "name"},       {ApplicationSort::Stage, "stage"},   {ApplicationSort::DaysInStage, "days_in_stage"},
    {ApplicationSort::Years, "years"},     {ApplicationSort::Source, "source"}, {ApplicationSort::Applied, "applied"},
    {ApplicationSort::Match, "match"},     {ApplicationSort::Relevance, "relevance"},
};

// Far beyond any table's columns: a bigger number is garbage, not a column.
constexpr int maxColumnNumber = 1000;

const QLatin1String keyFormat("format");
const QLatin1String keySearch("search");
const QLatin1String keyIncludeClosed("includeClosed");
const QLatin1String keySort("sort");
const QLatin1String keyOrder("order");
const QLatin1String keyFilter("filter");
const QLatin1String keyHiddenColumns("hiddenColumns");

Error unreadable(const QString &viewName, const QString &reason)
{
    return makeError(ErrorCode::Invalid,
                     SavedViewRepository::tr("The saved view “%1” cannot be read: %2 Save the view again under the same name to replace it.")
                         .arg(viewName, reason));
}

Error validName(const QString &name)
{
    if (name.isEmpty())
        return makeError(ErrorCode::Invalid, SavedViewRepository::tr("Type a name for the view."));
    if (name.size() > SavedViewRepository::maxNameLength)
        return makeError(ErrorCode::Invalid, SavedViewRepository::tr("View names are at most %1 characters; shorten “%2”.")
                                                 .arg(SavedViewRepository::maxNameLength)
                                                 .arg(name));
    return {};
}

Error nameTaken(const QString &name)
{
    return makeError(ErrorCode::Invalid,
                     SavedViewRepository::tr("A view named “%1” already exists; choose another name or replace it.").arg(name));
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, SavedViewRepository::tr("Saved view %1 does not exist; it may have been deleted.").arg(id));
}

// Case-insensitive by Unicode rules: SQL lower() folds ASCII only on SQLite.
bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QString toCode(ApplicationSort sort)
{
    for (const SortInfo &s : sorts) {
        if (s.sort == sort)
            return QLatin1String(s.code);
    }
    Q_UNREACHABLE();
}

std::optional<ApplicationSort> applicationSortFromCode(const QString &code)
{
    for (const SortInfo &s : sorts) {
        if (code == QLatin1String(s.code))
            return s.sort;
    }
    return std::nullopt;
}

QByteArray SavedViewRepository::toDefinition(const SavedView &view)
{
    QJsonArray hidden;
    for (int column : view.hiddenColumns)
        hidden.append(column);
    const QJsonObject json{
        {keyFormat, definitionFormat},
        {keySearch, view.query.searchText},
        {keyIncludeClosed, view.query.includeClosed},
        {keySort, toCode(view.query.sort)},
        {keyOrder, view.query.order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")},
        {keyFilter, ApplicationFilter::toJson(view.query.filter)},
        {keyHiddenColumns, hidden},
    };
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

Result<SavedView> SavedViewRepository::fromDefinition(const QByteArray &json, const QString &viewName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return unreadable(viewName, tr("its definition is not valid JSON (%1 at character %2).").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return unreadable(viewName, tr("its definition is not a JSON object."));
    const QJsonObject o = doc.object();

    const QJsonValue format = o.value(keyFormat);
    if (!format.isDouble())
        return unreadable(viewName, tr("its definition does not say which format it is in."));
    if (format.toDouble() != double(definitionFormat)) {
        return makeError(ErrorCode::Invalid,
                         tr("The saved view “%1” uses definition format %2, which this version of Shortlist cannot read; "
                            "update Shortlist, or save the view again under the same name to replace it.")
                             .arg(viewName, format.toVariant().toString()));
    }
    // A misspelt key would silently drop part of the view: refuse it instead.
    const QStringList known = {keyFormat, keySearch, keyIncludeClosed, keySort, keyOrder, keyFilter, keyHiddenColumns};
    for (const QString &key : o.keys()) {
        if (!known.contains(key))
            return unreadable(viewName, tr("its definition has an unknown field “%1”.").arg(key));
    }

    SavedView view;
    ApplicationQuery &q = view.query;
    if (o.contains(keySearch)) {
        if (!o.value(keySearch).isString())
            return unreadable(viewName, tr("its search is not text."));
        q.searchText = o.value(keySearch).toString();
    }
    if (o.contains(keyIncludeClosed)) {
        if (!o.value(keyIncludeClosed).isBool())
            return unreadable(viewName, tr("“includeClosed” is neither true nor false."));
        q.includeClosed = o.value(keyIncludeClosed).toBool();
    }
    if (o.contains(keySort)) {
        const QString code = o.value(keySort).toString();
        const std::optional<ApplicationSort> sort = applicationSortFromCode(code);
        if (!sort)
            return unreadable(viewName, tr("it sorts by “%1”, which Shortlist does not know.").arg(code));
        q.sort = *sort;
    }
    if (o.contains(keyOrder)) {
        const QString order = o.value(keyOrder).toString();
        if (order == QLatin1String("asc"))
            q.order = Qt::AscendingOrder;
        else if (order == QLatin1String("desc"))
            q.order = Qt::DescendingOrder;
        else
            return unreadable(viewName, tr("its sort order “%1” is neither “asc” nor “desc”.").arg(order));
    }
    if (o.contains(keyFilter)) {
        if (!o.value(keyFilter).isObject())
            return unreadable(viewName, tr("its filter is not a JSON object."));
        Result<FilterGroup> filter = ApplicationFilter::fromJson(o.value(keyFilter).toObject());
        if (!filter)
            return unreadable(viewName, filter.error().message);
        q.filter = std::move(filter).value();
    }
    if (o.contains(keyHiddenColumns)) {
        if (!o.value(keyHiddenColumns).isArray())
            return unreadable(viewName, tr("its hidden columns are not a list."));
        const QJsonArray hidden = o.value(keyHiddenColumns).toArray();
        for (const QJsonValue &v : hidden) {
            const double column = v.toDouble(-1);
            if (!v.isDouble() || column < 0 || column > maxColumnNumber || column != double(int(column)))
                return unreadable(viewName, tr("its hidden columns hold something other than column numbers."));
            view.hiddenColumns << int(column);
        }
    }
    return view;
}

Result<std::optional<qint64>> SavedViewRepository::idOfName(const QString &name, qint64 exceptId) const
{
    // Few rows; compared here because SQL lower() folds ASCII only on SQLite.
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name FROM saved_views")))
        return q.error();
    while (q.next()) {
        if (q.int64(0) != exceptId && sameName(q.value(1).toString(), name))
            return std::optional<qint64>(q.int64(0));
    }
    return std::optional<qint64>();
}

Result<QString> SavedViewRepository::nameOf(qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM saved_views WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return notFound(id);
    return q.value(0).toString();
}

Error SavedViewRepository::checkContent(const SavedView &view) const
{
    if (Error e = ApplicationFilter::validate(view.query.filter))
        return e;
    for (int column : view.hiddenColumns) {
        if (column < 0 || column > maxColumnNumber)
            return makeError(ErrorCode::Invalid, tr("Column %1 cannot be hidden: there is no such column.").arg(column));
    }
    if (view.openingId) {
        SqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT 1 FROM openings WHERE id = ?"));
        q.bind(*view.openingId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("The opening this view is for no longer exists; save the view for every opening instead."));
    }
    return {};
}

Result<qint64> SavedViewRepository::write(const SavedView &view, const QString &name, qint64 id)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString definition = QString::fromUtf8(toDefinition(view));
    SqlQuery q(m_db);
    if (id > 0) {
        q.prepare(QStringLiteral("UPDATE saved_views SET name = ?, opening_id = ?, definition = ?, updated_at = ? WHERE id = ?"));
        q.bind(name).bind(optionalId(view.openingId)).bind(definition).bind(now).bind(id);
        if (!q.exec())
            return q.error();
        if (Error e = AuditRepository(m_db).append(QStringLiteral("update"), QStringLiteral("saved_view"), id))
            return e;
        return id;
    }
    q.prepare(QStringLiteral("INSERT INTO saved_views (name, opening_id, definition, created_at, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(name).bind(optionalId(view.openingId)).bind(definition).bind(now).bind(now);
    if (!q.exec() || !q.next())
        return q.failure();
    const qint64 newId = q.int64(0);
    q.finish();
    // No name or search text in the detail: either may name a candidate.
    if (Error e = AuditRepository(m_db).append(QStringLiteral("create"), QStringLiteral("saved_view"), newId))
        return e;
    return newId;
}

Result<QList<SavedView>> SavedViewRepository::all(std::optional<qint64> openingId, QList<Error> *unreadableViews) const
{
    SqlQuery q(m_db);
    if (openingId) {
        q.prepare(QStringLiteral("SELECT id, name, opening_id, definition FROM saved_views WHERE opening_id IS NULL OR opening_id = ?"));
        q.bind(*openingId);
    } else {
        q.prepare(QStringLiteral("SELECT id, name, opening_id, definition FROM saved_views WHERE opening_id IS NULL"));
    }
    if (!q.exec())
        return q.error();
    QList<SavedView> views;
    while (q.next()) {
        const QString name = q.value(1).toString();
        Result<SavedView> view = fromDefinition(q.value(3).toString().toUtf8(), name);
        if (!view) {
            if (!unreadableViews)
                return view.error();
            unreadableViews->append(view.error());
            continue;
        }
        view->id = q.int64(0);
        view->name = name;
        view->openingId = toOptionalId(q.value(2));
        views.append(std::move(view).value());
    }
    // In Qt rather than ORDER BY lower(name), which folds ASCII only on SQLite.
    std::sort(views.begin(), views.end(), [](const SavedView &a, const SavedView &b) {
        const int byCase = a.name.compare(b.name, Qt::CaseInsensitive);
        if (byCase != 0)
            return byCase < 0;
        return a.id < b.id;
    });
    return views;
}

Result<SavedView> SavedViewRepository::load(qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, opening_id, definition FROM saved_views WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return notFound(id);
    const QString name = q.value(0).toString();
    Result<SavedView> view = fromDefinition(q.value(2).toString().toUtf8(), name);
    if (!view)
        return view;
    view->id = id;
    view->name = name;
    view->openingId = toOptionalId(q.value(1));
    return view;
}

Result<qint64> SavedViewRepository::save(const SavedView &view)
{
    const QString name = view.name.trimmed();
    if (Error e = validName(name))
        return e;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Error e = checkContent(view))
        return e;
    if (view.id > 0) {
        if (Result<QString> existing = nameOf(view.id); !existing)
            return existing.error();
    }
    Result<std::optional<qint64>> clash = idOfName(name, view.id);
    if (!clash)
        return clash.error();
    if (*clash)
        return nameTaken(name);
    Result<qint64> id = write(view, name, view.id);
    if (!id)
        return id;
    if (!tx.commit())
        return tx.error();
    return id;
}

Result<qint64> SavedViewRepository::replace(const QString &rawName, SavedView view)
{
    const QString name = rawName.trimmed();
    if (Error e = validName(name))
        return e;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Error e = checkContent(view))
        return e;
    Result<std::optional<qint64>> existing = idOfName(name);
    if (!existing)
        return existing.error();
    Result<qint64> id = write(view, name, existing->value_or(0));
    if (!id)
        return id;
    if (!tx.commit())
        return tx.error();
    return id;
}

Error SavedViewRepository::rename(qint64 id, const QString &rawName)
{
    const QString name = rawName.trimmed();
    if (Error e = validName(name))
        return e;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Result<QString> existing = nameOf(id); !existing)
        return existing.error();
    Result<std::optional<qint64>> clash = idOfName(name, id);
    if (!clash)
        return clash.error();
    if (*clash)
        return nameTaken(name);
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE saved_views SET name = ?, updated_at = ? WHERE id = ?"));
    q.bind(name).bind(QDateTime::currentSecsSinceEpoch()).bind(id);
    if (!q.exec())
        return q.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("rename"), QStringLiteral("saved_view"), id))
        return e;
    if (!tx.commit())
        return tx.error();
    return {};
}

Error SavedViewRepository::remove(qint64 id)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Result<QString> existing = nameOf(id); !existing)
        return existing.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("delete"), QStringLiteral("saved_view"), id))
        return e;
    if (!tx.commit())
        return tx.error();
    return {};
}

} // namespace shortlist
