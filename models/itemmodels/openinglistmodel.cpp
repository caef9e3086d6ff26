#include "openinglistmodel.h"

#include "repositories/openingrepository.h"

namespace shortlist {

OpeningListModel::OpeningListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

Error OpeningListModel::setDatabase(Database *db)
{
    m_db = db;
    return reload();
}

Error OpeningListModel::reload()
{
    QList<OpeningSummary> rows;
    Error error;
    if (m_db) {
        Result<QList<OpeningSummary>> loaded = OpeningRepository(*m_db).summaries();
        if (loaded)
            rows = std::move(loaded).value();
        else
            error = loaded.error();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return error;
}

int OpeningListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OpeningListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OpeningListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const OpeningSummary &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Title: return s.title;
        case Headcount: return s.hired > 0 ? QStringLiteral("%1/%2").arg(s.hired).arg(s.headcount) : QString::number(s.headcount);
        case Applied:
        case Screen:
        case Interview:
        case Offer:
            return s.activeByCategory.at(std::size_t(index.column() - Applied));
        case Hired: return s.hired;
        default: return {};
        }
    case Qt::ToolTipRole:
        return tr("%1 — %2\nHeadcount %3, hired %4, %5 applications in all")
            .arg(s.title, displayName(s.status)).arg(s.headcount).arg(s.hired).arg(s.total);
    case Qt::TextAlignmentRole:
        return index.column() == Title ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case OpeningIdRole: return s.id;
    case StatusRole: return toCode(s.status);
    default: return {};
    }
}

QVariant OpeningListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Title: return tr("Opening");
        case Headcount: return tr("Heads");
        case Applied: return tr("App.");
        case Screen: return tr("Scr.");
        case Interview: return tr("Int.");
        case Offer: return tr("Off.");
        case Hired: return tr("Hired");
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Headcount: return tr("Hired / headcount");
        case Applied: return tr("Active applications in Applied stages");
        case Screen: return tr("Active applications in screening stages");
        case Interview: return tr("Active applications in interview stages");
        case Offer: return tr("Active applications at offer");
        case Hired: return tr("Hired");
        default: return {};
        }
    }
    return {};
}

int OpeningListModel::rowOf(qint64 openingId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == openingId)
            return int(i);
    }
    return -1;
}

} // namespace shortlist
