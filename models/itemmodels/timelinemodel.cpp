#include "timelinemodel.h"

#include "repositories/applicationrepository.h"

#include <QDateTime>
#include <QLocale>

namespace shortlist {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void TimelineModel::setDatabase(Database *db)
{
    m_db = db;
    setCandidate(0);
}

Error TimelineModel::setCandidate(qint64 candidateId)
{
    QList<StageEvent> events;
    Error error;
    if (m_db && candidateId > 0) {
        Result<QList<StageEvent>> loaded = ApplicationRepository(*m_db).timelineForCandidate(candidateId);
        if (loaded)
            events = std::move(loaded).value();
        else
            error = loaded.error();
    }
    beginResetModel();
    m_candidateId = candidateId;
    m_events = std::move(events);
    endResetModel();
    return error;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const StageEvent &e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(e.at), QLocale::ShortFormat);
        QString what = e.fromStageId ? tr("%1 → %2").arg(e.fromStageName, e.toStageName) : tr("Applied to %1 (%2)").arg(e.openingTitle, e.toStageName);
        if (!e.reason.isEmpty())
            what += QStringLiteral(" — ") + e.reason;
        return QStringLiteral("%1  %2").arg(when, what);
    }
    case Qt::ToolTipRole:
        return tr("%1, by %2").arg(e.openingTitle, e.actor.isEmpty() ? tr("unknown") : e.actor);
    case EventIdRole: return e.id;
    case AtRole: return e.at;
    default: return {};
    }
}

} // namespace shortlist
