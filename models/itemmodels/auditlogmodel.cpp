#include "auditlogmodel.h"

#include <QHash>
#include <QLocale>

namespace shortlist {

AuditLogModel::AuditLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AuditLogModel::setDatabase(Database *db)
{
    m_db = db;
    reload();
}

void AuditLogModel::setQuery(const AuditQuery &query)
{
    m_query = query;
    reload();
}

Error AuditLogModel::reload()
{
    m_lastError = {};
    qint64 snapshot = 0;
    qint64 total = 0;
    QList<AuditEntry> first;
    if (m_db) {
        AuditRepository repository(*m_db);
        Result<qint64> last = repository.lastId();
        if (last) {
            snapshot = *last;
            AuditQuery pinned = m_query;
            pinned.upToId = m_query.upToId > 0 ? std::min(m_query.upToId, snapshot) : snapshot;
            Result<qint64> counted = repository.count(pinned);
            Result<QList<AuditEntry>> page = counted ? repository.entries(pinned, pageSize) : Result<QList<AuditEntry>>(counted.error());
            if (page) {
                total = *counted;
                first = std::move(page).value();
            } else {
                m_lastError = page.error();
            }
        } else {
            m_lastError = last.error();
        }
    }
    m_announcing = true;
    beginResetModel();
    m_snapshotId = snapshot;
    m_total = std::max<qint64>(total, first.size());
    m_rows = std::move(first);
    if (m_rows.size() < pageSize)
        m_total = m_rows.size();   // everything there is
    endResetModel();
    m_announcing = false;
    if (m_lastError)
        Q_EMIT loadFailed(m_lastError.message);
    return m_lastError;
}

const AuditEntry *AuditLogModel::entry(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditLogModel::canFetchMore(const QModelIndex &parent) const
{
    // Not from a slot connected to the reset or insertion being announced:
    // rows inserted there would nest inside it.
    return !parent.isValid() && m_db && !m_announcing && m_rows.size() < m_total;
}

void AuditLogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    AuditQuery pinned = m_query;
    pinned.upToId = m_snapshotId;
    const AuditEntry &last = m_rows.constLast();
    Result<QList<AuditEntry>> page = AuditRepository(*m_db).entries(pinned, pageSize, AuditPosition{last.at, last.id});
    if (!page) {
        m_lastError = page.error();
        m_total = m_rows.size();   // stop asking; a reload tries again
        Q_EMIT loadFailed(m_lastError.message);
        return;
    }
    if (page->size() < pageSize)
        m_total = m_rows.size() + page->size();   // the count was taken a moment before
    if (page->isEmpty())
        return;
    m_announcing = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(std::move(page).value());
    endInsertRows();
    m_announcing = false;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AuditEntry *e = entry(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case When: return whenText(e->at);
        case Who: return whoText(e->actor);
        case Action: return actionText(e->action);
        case Item: return itemText(e->entity, e->entityId);
        case Details: return e->detail;
        default: return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case When: return QLocale().toString(QDateTime::fromSecsSinceEpoch(e->at), QLocale::LongFormat);
        case Action: return e->action;
        case Details: return e->detail.isEmpty() ? QVariant() : QVariant(e->detail);
        default: return {};
        }
    case EntryIdRole: return e->id;
    case TimestampRole: return e->at;
    case ActionCodeRole: return e->action;
    case EntityRole: return e->entity;
    case EntityIdRole: return e->entityId ? QVariant(*e->entityId) : QVariant();
    default: return {};
    }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString title = columnTitle(section);
    return title.isEmpty() ? QVariant() : QVariant(title);
}

QString AuditLogModel::columnTitle(int column)
{
    switch (column) {
    case When: return tr("When");
    case Who: return tr("Who");
    case Action: return tr("Action");
    case Item: return tr("Item");
    case Details: return tr("Details");
    default: return {};
    }
}

QString AuditLogModel::actionText(const QString &action)
{
    // Every action code the repositories write; an unknown one (a newer
    // Shortlist's) shows as written.
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("rename"), QT_TR_NOOP("Renamed")},
        {QStringLiteral("merge"), QT_TR_NOOP("Merged duplicates")},
        {QStringLiteral("unmerge"), QT_TR_NOOP("Undid merge")},
        {QStringLiteral("move"), QT_TR_NOOP("Moved stage")},
        {QStringLiteral("undo-move"), QT_TR_NOOP("Undid stage move")},
        {QStringLiteral("tag"), QT_TR_NOOP("Tagged")},
        {QStringLiteral("untag"), QT_TR_NOOP("Removed tag")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Scheduled")},
        {QStringLiteral("reschedule"), QT_TR_NOOP("Rescheduled")},
        {QStringLiteral("cancel"), QT_TR_NOOP("Cancelled")},
        {QStringLiteral("submit"), QT_TR_NOOP("Submitted")},
        {QStringLiteral("save-draft"), QT_TR_NOOP("Saved draft")},
        {QStringLiteral("amend"), QT_TR_NOOP("Amended")},
        {QStringLiteral("decide"), QT_TR_NOOP("Decided")},
        {QStringLiteral("decide-override"), QT_TR_NOOP("Decided against advice")},
        {QStringLiteral("import"), QT_TR_NOOP("Imported")},
        {QStringLiteral("undo-import"), QT_TR_NOOP("Undid import")},
        {QStringLiteral("export"), QT_TR_NOOP("Exported")},
        {QStringLiteral("report"), QT_TR_NOOP("Created report")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backed up")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("consent"), QT_TR_NOOP("Recorded consent")},
        {QStringLiteral("anonymise"), QT_TR_NOOP("Anonymised")},
        {QStringLiteral("erase"), QT_TR_NOOP("Erased")},
        {QStringLiteral("retention-run"), QT_TR_NOOP("Applied retention policy")},
        {QStringLiteral("demo-generate"), QT_TR_NOOP("Generated demo data")},
    };
    const auto it = texts.constFind(action);
    return it == texts.constEnd() ? action : tr(it.value());
}

QString AuditLogModel::entityText(const QString &entity)
{
    static const QHash<QString, const char *> texts = {
        {QStringLiteral("candidate"), QT_TR_NOOP("Candidate")},
        {QStringLiteral("application"), QT_TR_NOOP("Application")},
        {QStringLiteral("opening"), QT_TR_NOOP("Opening")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
        {QStringLiteral("interview"), QT_TR_NOOP("Interview")},
        {QStringLiteral("scorecard"), QT_TR_NOOP("Scorecard")},
        {QStringLiteral("person"), QT_TR_NOOP("Person")},
        {QStringLiteral("saved_view"), QT_TR_NOOP("Saved view")},
        {QStringLiteral("requirements"), QT_TR_NOOP("Requirements")},
        {QStringLiteral("interview_plan"), QT_TR_NOOP("Interview plan")},
        {QStringLiteral("skill_synonym"), QT_TR_NOOP("Skill synonym")},
        {QStringLiteral("skill_synonyms"), QT_TR_NOOP("Skill synonyms")},
        {QStringLiteral("import_batch"), QT_TR_NOOP("Import")},
        {QStringLiteral("retention_policy"), QT_TR_NOOP("Retention policy")},
        {QStringLiteral("database"), QT_TR_NOOP("Database")},
        {QStringLiteral("audit_log"), QT_TR_NOOP("Audit log")},
        {QStringLiteral("report"), QT_TR_NOOP("Report")},
    };
    const auto it = texts.constFind(entity);
    return it == texts.constEnd() ? entity : tr(it.value());
}

QString AuditLogModel::itemText(const QString &entity, std::optional<qint64> entityId)
{
    if (!entityId)
        return entityText(entity);
    // These name the opening they belong to.
    if (entity == QLatin1String("requirements"))
        return tr("Requirements of opening %1").arg(*entityId);
    if (entity == QLatin1String("interview_plan"))
        return tr("Interview plan of opening %1").arg(*entityId);
    return tr("%1 %2", "item type and id: Candidate 12").arg(entityText(entity)).arg(*entityId);
}

QString AuditLogModel::whenText(qint64 at)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(at), QLocale::ShortFormat);
}

QString AuditLogModel::whoText(const QString &actor)
{
    return actor.isEmpty() ? tr("(no name)") : actor;
}

QStringList AuditLogModel::rowTexts(const AuditEntry &entry)
{
    return {whenText(entry.at), whoText(entry.actor), actionText(entry.action), itemText(entry.entity, entry.entityId), entry.detail};
}

} // namespace shortlist
