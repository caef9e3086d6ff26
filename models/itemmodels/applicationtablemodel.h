#pragma once

#include "domain/types.h"
#include "repositories/applicationrepository.h"
#include "storage/error.h"

#include <QAbstractTableModel>
#include <QHash>

class QMimeData;

namespace shortlist {

class Database;

// An opening's applications, sorted in SQL and loaded a page at a time: only
// the rows a view asks for are read, so a million-row opening opens at once.
class ApplicationTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Stage, DaysInStage, Match, Years, Source, Applied, ColumnCount };
    enum Role {
        ApplicationIdRole = Qt::UserRole + 1,
        CandidateIdRole,
        StatusRole,
        CategoryRole,
        StageIdRole,
        StalledRole,  // true past the stage's stall limit
    };
    static constexpr int pageSize = 256;
    static constexpr int maxCachedPages = 64;

    explicit ApplicationTableModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    void setOpening(qint64 openingId);
    qint64 openingId() const { return m_query.openingId; }
    // Hired, rejected and withdrawn applications are hidden unless asked for.
    void setIncludeClosed(bool include);
    bool includeClosed() const { return m_query.includeClosed; }
    // Full-text search as typed; a new search sorts by relevance until the user
    // picks another column.
    void setSearchText(const QString &text);
    void setFilter(const FilterGroup &filter);
    // Only the applications in one stage (a board column); 0 = every stage.
    void setStage(qint64 stageId);
    // Everything at once (a saved view): one reload.
    void setQuery(const ApplicationQuery &query);
    const ApplicationQuery &query() const { return m_query; }
    // The model's sort as a column, or -1 for relevance.
    int sortColumn() const;
    // Re-reads the count and drops cached pages (after an edit).
    Error reload();
    Error lastError() const { return m_lastError; }
    // "Now" for days-in-stage; tests pin it.
    void setNow(qint64 secsSinceEpoch) { m_now = secsSinceEpoch; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Drag and drop of application ids between board columns. A drop is only
    // a request (dropRequested): the window decides (reason, headcount) and
    // moves, then reloads; the model never changes its rows itself.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    static constexpr auto mimeType = "application/x-shortlist-applications";
    // The ids in a drag's data, if it came from an opening's board.
    static QList<qint64> applicationIds(const QMimeData *data, qint64 *openingId = nullptr);

    // The row, loading its page if needed; nullptr if out of range or unreadable.
    const ApplicationRow *row(int row) const;
    // Row of an application among the loaded pages, or -1.
    int loadedRowOf(qint64 applicationId) const;
    int cachedPageCount() const { return int(m_pages.size()); }

Q_SIGNALS:
    void loadFailed(const QString &message);
    void dropRequested(const QList<qint64> &applicationIds, qint64 stageId);

private:
    qint64 now() const;

    Database *m_db = nullptr;
    ApplicationQuery m_query;
    qint64 m_count = 0;
    qint64 m_now = 0;
    mutable QHash<qint64, QList<ApplicationRow>> m_pages;
    mutable QList<qint64> m_pageUse;  // least recently used first
    mutable Error m_lastError;
};

} // namespace shortlist
