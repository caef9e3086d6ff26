#include "savedviewmodel.h"

#include <algorithm>

namespace shortlist {

namespace {

// The repository's order: by name regardless of case, then id.
bool before(const SavedView &a, const SavedView &b)
{
    const int byCase = a.name.compare(b.name, Qt::CaseInsensitive);
    return byCase != 0 ? byCase < 0 : a.id < b.id;
}

} // namespace

SavedViewModel::SavedViewModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

Error SavedViewModel::setDatabase(Database *db)
{
    m_db = db;
    return reload();
}

Error SavedViewModel::setOpening(qint64 openingId)
{
    m_openingId = openingId;
    return reload();
}

Error SavedViewModel::reload()
{
    QList<SavedView> views;
    Error error;
    if (m_db) {
        QList<Error> unreadable;
        Result<QList<SavedView>> loaded =
            SavedViewRepository(*m_db).all(m_openingId > 0 ? std::optional<qint64>(m_openingId) : std::nullopt, &unreadable);
        if (loaded)
            views = std::move(loaded).value();
        else
            error = loaded.error();
        if (!error && !unreadable.isEmpty())
            error = unreadable.constFirst();
    }
    beginResetModel();
    m_views = std::move(views);
    endResetModel();
    if (error)
        Q_EMIT loadFailed(error.message);
    return error;
}

int SavedViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_views.size());
}

QVariant SavedViewModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SavedView &v = m_views.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return v.name;
    case Qt::ToolTipRole: return describe(v);
    case ViewIdRole: return v.id;
    default: return {};
    }
}

Qt::ItemFlags SavedViewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index) | Qt::ItemIsEditable;
}

bool SavedViewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_db || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const QString name = value.toString().trimmed();
    if (name == m_views.at(row).name)
        return true;
    if (Error e = SavedViewRepository(*m_db).rename(m_views.at(row).id, name)) {
        Q_EMIT renameFailed(e.message);
        return false;
    }
    m_views[row].name = name;
    Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    // Keep the list in name order: move the row rather than reset, so a view's
    // selection and current item survive the rename.
    SavedView renamed = m_views.at(row);
    QList<SavedView> others = m_views;
    others.removeAt(row);
    const int target = int(std::lower_bound(others.cbegin(), others.cend(), renamed, before) - others.cbegin());
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_views.move(row, target);
        endMoveRows();
    }
    return true;
}

const SavedView *SavedViewModel::view(int row) const
{
    return row >= 0 && row < m_views.size() ? &m_views.at(row) : nullptr;
}

int SavedViewModel::rowOf(qint64 viewId) const
{
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id == viewId)
            return int(i);
    }
    return -1;
}

QString SavedViewModel::displayName(ApplicationSort sort)
{
    switch (sort) {
    case ApplicationSort::Name: return tr("Name");
    case ApplicationSort::Stage: return tr("Stage");
    case ApplicationSort::DaysInStage: return tr("Days in stage");
    case ApplicationSort::Years: return tr("Years of experience");
    case ApplicationSort::Source: return tr("Source");
    case ApplicationSort::Applied: return tr("Applied");
    case ApplicationSort::Match: return tr("Match score");
    case ApplicationSort::Relevance: return tr("Relevance");
    }
    return {};
}

QString SavedViewModel::describe(const SavedView &view)
{
    const ApplicationQuery &q = view.query;
    QStringList lines;
    if (!q.searchText.trimmed().isEmpty())
        lines << tr("Search: “%1”").arg(q.searchText.trimmed());
    if (!q.filter.isEmpty())
        lines << tr("Filter: %1").arg(ApplicationFilter::describe(q.filter));
    lines << (q.order == Qt::AscendingOrder ? tr("Sorted by %1, ascending") : tr("Sorted by %1, descending")).arg(displayName(q.sort));
    lines << (q.includeClosed ? tr("Includes hired, rejected and withdrawn applications") : tr("Active applications only"));
    if (!view.hiddenColumns.isEmpty())
        lines << tr("%n hidden column(s)", nullptr, int(view.hiddenColumns.size()));
    lines << (view.openingId ? tr("For this opening only") : tr("For every opening"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace shortlist
