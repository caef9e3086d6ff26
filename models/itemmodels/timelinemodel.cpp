#include "timelinemodel.h"

#include "repositories/timelinerepository.h"

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
    QList<TimelineEntry> events;
    Error error;
    if (m_db && candidateId > 0) {
        Result<QList<TimelineEntry>> loaded = TimelineRepository(*m_db).forCandidate(candidateId);
        if (loaded)
            events = std::move(loaded).value();
        else
            error = loaded.error();
    }
    beginResetModel();
    m_candidateId = candidateId;
    m_entries = std::move(events);
    endResetModel();
    return error;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

namespace {

QString recommendation(const QString &code)
{
    if (code == QLatin1String("strong_yes"))
        return TimelineModel::tr("strong yes");
    if (code == QLatin1String("yes"))
        return TimelineModel::tr("yes");
    if (code == QLatin1String("no"))
        return TimelineModel::tr("no");
    if (code == QLatin1String("strong_no"))
        return TimelineModel::tr("strong no");
    return code;
}

QString interviewStatus(const QString &code)
{
    if (code == QLatin1String("cancelled"))
        return TimelineModel::tr("cancelled");
    if (code == QLatin1String("completed"))
        return TimelineModel::tr("held");
    return TimelineModel::tr("scheduled");
}

} // namespace

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = QLocale().toString(QDateTime::fromSecsSinceEpoch(e.at), QLocale::ShortFormat);
        QString what;
        switch (e.kind) {
        case TimelineEntry::Kind::Applied: what = tr("Applied to %1 (%2)").arg(e.openingTitle, e.to); break;
        case TimelineEntry::Kind::Move: what = tr("%1 → %2").arg(e.from, e.to); break;
        case TimelineEntry::Kind::Note: what = tr("Note by %1: %2").arg(e.actor.isEmpty() ? tr("unknown") : e.actor, e.text.simplified()); break;
        case TimelineEntry::Kind::Interview:
            // The interview's title, and its stage when the title does not already say it.
            what = e.text.isEmpty() || e.text == e.from
                ? tr("Interview: %1 (%2) with %3").arg(e.from, interviewStatus(e.to), e.actor)
                : tr("Interview: %1 (%2, %3) with %4").arg(e.text, e.from, interviewStatus(e.to), e.actor);
            break;
        case TimelineEntry::Kind::Scorecard: what = tr("Scorecard from %1: %2").arg(e.actor, recommendation(e.from)); break;
        }
        if (e.kind == TimelineEntry::Kind::Move && !e.text.isEmpty())
            what += QStringLiteral(" — ") + e.text;
        return QStringLiteral("%1  %2").arg(when, what);
    }
    case Qt::ToolTipRole:
        if (e.kind == TimelineEntry::Kind::Note)
            return e.text;
        return tr("%1, by %2").arg(e.openingTitle, e.actor.isEmpty() ? tr("unknown") : e.actor);
    case EntryIdRole: return e.id;
    case AtRole: return e.at;
    case KindRole: return int(e.kind);
    default: return {};
    }
}

} // namespace shortlist
