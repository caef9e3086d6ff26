#pragma once

#include "repositories/applicationquery.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shortlist {

class Database;

// Stable codes for the sorts, stored in saved views' definitions.
QString toCode(ApplicationSort sort);
std::optional<ApplicationSort> applicationSortFromCode(const QString &code);

// A named search + filter + sort + hidden columns. The query's openingId and
// stageId are not stored: a view applies to whichever opening is open (or to
// `openingId` only, when set), and to the whole table.
struct SavedView {
    qint64 id = 0;
    QString name;
    std::optional<qint64> openingId;
    ApplicationQuery query;
    QList<int> hiddenColumns;
};

// Saved views in the saved_views table; `definition` is versioned JSON
// ("format": 1). Names are unique regardless of letter case, so the list never
// shows two views that look alike. Every write is one transaction, audited.
class SavedViewRepository {
    Q_DECLARE_TR_FUNCTIONS(SavedViewRepository)

public:
    static constexpr int definitionFormat = 1;
    static constexpr int maxNameLength = 100;

    explicit SavedViewRepository(Database &db) : m_db(db) {}

    // The views of that opening plus the views for every opening (opening_id
    // NULL), ordered by name regardless of case; std::nullopt lists only the
    // latter. A definition that cannot be read refuses the whole list
    // (ErrorCode::Invalid, naming the view) unless `unreadable` is given: then
    // such views are left out and their errors appended there.
    Result<QList<SavedView>> all(std::optional<qint64> openingId, QList<Error> *unreadable = nullptr) const;
    // Inserts the view, or updates it when view.id > 0. The name is trimmed; an
    // empty name or one another view already has is refused (ErrorCode::Invalid).
    Result<qint64> save(const SavedView &view);
    // Writes `view` over the view called `name` (any letter case), keeping that
    // view's id, or inserts it when there is none; view.id is ignored. This is
    // also how a view whose definition can no longer be read is mended.
    Result<qint64> replace(const QString &name, SavedView view);
    Error rename(qint64 id, const QString &name);
    Error remove(qint64 id);
    Result<SavedView> load(qint64 id) const;

    // The definition JSON of a view, and back. fromDefinition names the view in
    // its errors (unknown format, sort code or field; invalid filter).
    // Only the query's stored fields and hiddenColumns take part.
    static QByteArray toDefinition(const SavedView &view);
    static Result<SavedView> fromDefinition(const QByteArray &json, const QString &viewName);

private:
    Result<std::optional<qint64>> idOfName(const QString &name, qint64 exceptId = 0) const;
    Result<QString> nameOf(qint64 id) const;
    Error checkContent(const SavedView &view) const;
    Result<qint64> write(const SavedView &view, const QString &name, qint64 id);

    Database &m_db;
};

} // namespace shortlist
