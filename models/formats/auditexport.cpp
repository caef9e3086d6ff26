#include "auditexport.h"

#include "itemmodels/auditlogmodel.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace shortlist {

namespace {

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QString isoDate(qint64 at)
{
    return QDateTime::fromSecsSinceEpoch(at).date().toString(Qt::ISODate);
}

} // namespace

QStringList AuditExport::headers()
{
    QStringList list;
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
        list << AuditLogModel::columnTitle(column);
    return list;
}

QString AuditExport::isoTime(qint64 at)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(at);
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString AuditExport::describe(const AuditQuery &query)
{
    // Structural words only, like every audit detail: no free text.
    QStringList parts;
    if (query.from > 0)
        parts << QStringLiteral("from=") + isoDate(query.from);
    if (query.to > 0)
        parts << QStringLiteral("before=") + isoDate(query.to);
    if (query.actor)
        parts << QStringLiteral("actor=") + *query.actor;
    if (!query.actions.isEmpty())
        parts << QStringLiteral("actions=") + query.actions.join(QLatin1Char(','));
    if (!query.entity.isEmpty())
        parts << QStringLiteral("entity=") + query.entity;
    if (query.entityId)
        parts << QStringLiteral("entity_id=%1").arg(*query.entityId);
    if (!query.text.trimmed().isEmpty())
        parts << QStringLiteral("text filter");
    if (query.upToId > 0)
        parts << QStringLiteral("up_to=%1").arg(query.upToId);
    return parts.join(QStringLiteral("; "));
}

Result<AuditExport::Outcome> AuditExport::exportQuery(const AuditQuery &query, const QString &path, const Progress &progress)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a file to export to."));
    const AuditRepository repository(m_db);
    AuditQuery pinned = query;
    if (pinned.upToId <= 0) {
        Result<qint64> last = repository.lastId();
        if (!last)
            return last.error();
        pinned.upToId = *last;   // not the entry this export is about to add
    }
    Result<qint64> total = repository.count(pinned);
    if (!total)
        return total.error();

    const bool isNew = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("Cannot write “%1”: %2. Choose a folder you may write to.").arg(nativePath(path), file.errorString()));
    // Who did what to which record: readable by the owner only, like the database.
    if (isNew)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CsvWriter writer(file, m_csv);
    if (Error e = writer.writeRow(headers()))
        return e;
    const Error cancelled = makeError(ErrorCode::Cancelled, tr("The export was cancelled; no file was written."));
    if (progress && !progress(0, *total))
        return cancelled;
    Outcome outcome;
    std::optional<AuditPosition> after;
    while (true) {
        Result<QList<AuditEntry>> page = repository.entries(pinned, m_pageSize, after);
        if (!page)
            return page.error();
        for (const AuditEntry &entry : std::as_const(*page)) {
            QStringList fields = AuditLogModel::rowTexts(entry);
            fields[AuditLogModel::When] = isoTime(entry.at);
            if (Error e = writer.writeRow(fields))
                return e;
            ++outcome.rows;
        }
        if (progress && !progress(outcome.rows, std::max(*total, outcome.rows)))
            return cancelled;
        if (page->size() < m_pageSize)
            break;
        after = AuditPosition{page->constLast().at, page->constLast().id};
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io,
                         tr("Could not finish writing “%1”: %2. Check that the disk has free space.").arg(nativePath(path), file.errorString()));
    }

    QString detail = QStringLiteral("csv rows=%1").arg(outcome.rows);
    if (const QString filters = describe(pinned); !filters.isEmpty())
        detail += QStringLiteral("; ") + filters;
    if (m_db.isReadOnly()) {
        outcome.logError = makeError(ErrorCode::ReadOnly, tr("The export could not be recorded in the audit log: %1").arg(m_db.readOnlyReason()));
        return outcome;
    }
    AuditRepository log(m_db);
    if (Error e = log.append(QStringLiteral("export"), QStringLiteral("audit_log"), std::nullopt, detail)) {
        outcome.logError = makeError(e.code, tr("The export could not be recorded in the audit log: %1").arg(e.message), e.detail);
        return outcome;
    }
    outcome.logged = true;
    return outcome;
}

} // namespace shortlist
