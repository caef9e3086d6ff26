#include "applicationtablemodel.h"

#include "repositories/matchrepository.h"

#include <QDataStream>
#include <QIODevice>
#include <QDateTime>
#include <QMimeData>
#include <QLocale>

namespace shortlist {

ApplicationTableModel::ApplicationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

namespace {
constexpr ApplicationSort columnSorts[] = {ApplicationSort::Name,  ApplicationSort::Stage,  ApplicationSort::DaysInStage,
                                           ApplicationSort::Match, ApplicationSort::Years,  ApplicationSort::Source,
                                           ApplicationSort::Applied};
static_assert(std::size(columnSorts) == ApplicationTableModel::ColumnCount);
} // namespace

void ApplicationTableModel::setDatabase(Database *db)
{
    m_db = db;
    m_query.openingId = 0;
    reload();
}

void ApplicationTableModel::setOpening(qint64 openingId)
{
    m_query.openingId = openingId;
    m_query.stageId = 0;
    reload();
}

void ApplicationTableModel::setIncludeClosed(bool include)
{
    if (include == m_query.includeClosed)
        return;
    m_query.includeClosed = include;
    reload();
}

void ApplicationTableModel::setSearchText(const QString &text)
{
    const bool hadSearch = m_query.hasSearch();
    m_query.searchText = text;
    if (m_query.hasSearch() && !hadSearch) {
        m_query.sort = ApplicationSort::Relevance;
        m_query.order = Qt::DescendingOrder;
    } else if (!m_query.hasSearch() && m_query.sort == ApplicationSort::Relevance) {
        m_query.sort = ApplicationSort::DaysInStage;
        m_query.order = Qt::DescendingOrder;
    }
    reload();
}

void ApplicationTableModel::setFilter(const FilterGroup &filter)
{
    m_query.filter = filter;
    reload();
}

void ApplicationTableModel::setStage(qint64 stageId)
{
    m_query.stageId = stageId;
    reload();
}

void ApplicationTableModel::setQuery(const ApplicationQuery &query)
{
    m_query = query;
    reload();
}

int ApplicationTableModel::sortColumn() const
{
    const auto *it = std::find(std::begin(columnSorts), std::end(columnSorts), m_query.sort);
    return it == std::end(columnSorts) ? -1 : int(it - std::begin(columnSorts));
}

Error ApplicationTableModel::reload()
{
    qint64 count = 0;
    std::optional<QList<ApplicationRow>> firstRows;
    m_lastError = {};
    if (m_db && m_query.openingId > 0 && m_query.hasSearch()) {
        Result<ApplicationRepository::FirstPage> page = ApplicationRepository(*m_db).firstPage(m_query, now(), pageSize);
        if (page) {
            count = page->total;
            firstRows = std::move(page->rows);
        } else {
            m_lastError = page.error();
        }
    } else if (m_db && m_query.openingId > 0) {
        Result<qint64> counted = ApplicationRepository(*m_db).count(m_query, now());
        if (counted)
            count = *counted;
        else
            m_lastError = counted.error();
    }
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_count = count;
    if (firstRows) {
        m_pages.insert(0, *firstRows);
        m_pageUse.append(0);
    }
    endResetModel();
    return m_lastError;
}

qint64 ApplicationTableModel::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ApplicationRow *ApplicationTableModel::row(int rowNumber) const
{
    if (!m_db || rowNumber < 0 || rowNumber >= m_count)
        return nullptr;
    const qint64 page = rowNumber / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_db).rows(m_query, now(), page * pageSize, pageSize);
        if (!rows) {
            if (m_lastError.code == ErrorCode::None) {
                m_lastError = rows.error();
                auto *self = const_cast<ApplicationTableModel *>(this);
                QMetaObject::invokeMethod(self, [self, message = rows.error().message] { Q_EMIT self->loadFailed(message); },
                                          Qt::QueuedConnection);
            }
            return nullptr;
        }
        if (m_pages.size() >= maxCachedPages) {
            m_pages.remove(m_pageUse.takeFirst());
        }
        it = m_pages.insert(page, std::move(rows).value());
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const qsizetype offset = rowNumber % pageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

int ApplicationTableModel::loadedRowOf(qint64 applicationId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (it->at(i).applicationId == applicationId)
                return int(it.key() * pageSize + i);
        }
    }
    return -1;
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ApplicationRow *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return r->name;
        case Stage:
            return r->status == ApplicationStatus::Active || r->status == ApplicationStatus::Hired
                ? r->stageName
                : QStringLiteral("%1 ✕").arg(r->stageName);
        case DaysInStage: return daysInStage(*r, now());
        case Match:
            if (!r->matchScore)
                return {};
            return r->missingMustHaves > 0 ? tr("%1 ⚑").arg(*r->matchScore) : QString::number(*r->matchScore);
        case Years: return r->yearsExperience ? QVariant(*r->yearsExperience) : QVariant();
        case Source: return r->source;
        case Applied: return QLocale().toString(QDateTime::fromSecsSinceEpoch(r->appliedAt).date(), QLocale::ShortFormat);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() == DaysInStage || index.column() == Years || index.column() == Match
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == Stage)
            return tr("%1 — %2 since %3").arg(r->stageName, displayName(r->status),
                                              QLocale().toString(QDateTime::fromSecsSinceEpoch(r->stageEnteredAt), QLocale::ShortFormat));
        // Computed on hover only: one application's breakdown is a few small queries.
        if ((index.column() == Match || index.column() == Name) && r->matchScore && m_db) {
            if (Result<MatchResult> why = MatchRepository(*m_db).explain(r->applicationId))
                return describeMatch(*why);
        }
        return {};
    case ApplicationIdRole: return r->applicationId;
    case CandidateIdRole: return r->candidateId;
    case StatusRole: return toCode(r->status);
    case CategoryRole: return toCode(r->category);
    case StageIdRole: return r->stageId;
    case StalledRole: return isStalled(*r, now());
    default: return {};
    }
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Stage: return tr("Current stage");
    case DaysInStage: return tr("Days in stage");
    case Match: return tr("Match");
    case Years: return tr("Years");
    case Source: return tr("Source");
    case Applied: return tr("Applied");
    default: return {};
    }
}

void ApplicationTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = columnSorts[column];
    m_query.order = order;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_pages.clear();
    m_pageUse.clear();
    // Rows are re-read lazily in the new order; no persistent index survives.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

Qt::ItemFlags ApplicationTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid())
        f |= Qt::ItemIsDragEnabled;
    else if (m_query.stageId > 0)
        f |= Qt::ItemIsDropEnabled;  // drops land on the column, not on a card
    return f;
}

QStringList ApplicationTableModel::mimeTypes() const
{
    return {QString::fromLatin1(mimeType)};
}

QMimeData *ApplicationTableModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const ApplicationRow *r = row(index.row());
        if (r && !ids.contains(r->applicationId))
            ids << r->applicationId;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << m_query.openingId << ids;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(mimeType), bytes);
    return data;
}

QList<qint64> ApplicationTableModel::applicationIds(const QMimeData *data, qint64 *openingId)
{
    if (!data || !data->hasFormat(QString::fromLatin1(mimeType)))
        return {};
    QDataStream in(data->data(QString::fromLatin1(mimeType)));
    qint64 opening = 0;
    QList<qint64> ids;
    in >> opening >> ids;
    if (in.status() != QDataStream::Ok)
        return {};
    if (openingId)
        *openingId = opening;
    return ids;
}

bool ApplicationTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    qint64 opening = 0;
    return action == Qt::MoveAction && m_query.stageId > 0 && !applicationIds(data, &opening).isEmpty() && opening == m_query.openingId;
}

bool ApplicationTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = applicationIds(data);
    // Queued: the drag's own event loop must finish before the window asks
    // for a rejection reason or reloads the columns.
    QMetaObject::invokeMethod(this, [this, ids, stage = m_query.stageId] { Q_EMIT dropRequested(ids, stage); }, Qt::QueuedConnection);
    return true;
}

} // namespace shortlist
