#include "tagrepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>

namespace shortlist {

namespace {

constexpr qsizetype chunkSize = 400;

QString marks(qsizetype count)
{
    QStringList list(count, QStringLiteral("?"));
    return QLatin1Char('(') + list.join(QLatin1Char(',')) + QLatin1Char(')');
}

Error validTag(const QString &tag)
{
    if (tag.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, TagRepository::tr("Type a tag name."));
    if (tag.trimmed().size() > 60)
        return makeError(ErrorCode::Invalid, TagRepository::tr("Tag names are at most 60 characters; shorten “%1”.").arg(tag.trimmed()));
    return {};
}

// Raises the candidates' profile versions (a profile open elsewhere must not
// save over the change) and audits each one.
Error touch(Database &db, const QList<qint64> &candidateIds, const QString &action, const QString &detail)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString in = marks(candidateIds.size());
    SqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE candidates SET version = version + 1, updated_at = ? WHERE id IN ") + in);
    q.bind(now);
    for (qint64 id : candidateIds)
        q.bind(id);
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                             "SELECT ?, ?, ?, 'candidate', id, ? FROM candidates WHERE id IN ") + in);
    q.bind(now).bind(db.actor()).bind(action).bind(detail);
    for (qint64 id : candidateIds)
        q.bind(id);
    return q.exec() ? Error{} : q.error();
}

} // namespace

Result<QStringList> TagRepository::names() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT name FROM tags ORDER BY name")))
        return q.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

namespace {

// Adds or removes one tag for the listed candidates that lack or have it, a
// chunk at a time; returns those candidates.
Result<QList<qint64>> retag(Database &db, const QList<qint64> &candidateIds, qint64 tagId, const QString &tag, bool add)
{
    SqlQuery q(db);
    QList<qint64> changed;
    for (qsizetype from = 0; from < candidateIds.size(); from += chunkSize) {
        const QList<qint64> chunk = candidateIds.mid(from, chunkSize);
        q.prepare(QStringLiteral("SELECT id FROM candidates WHERE id IN ") + marks(chunk.size())
                  + (add ? QStringLiteral(" AND id NOT IN") : QStringLiteral(" AND id IN"))
                  + QStringLiteral(" (SELECT candidate_id FROM candidate_tags WHERE tag_id = ?)"));
        for (qint64 id : chunk)
            q.bind(id);
        q.bind(tagId);
        if (!q.exec())
            return q.error();
        QList<qint64> affected;
        while (q.next())
            affected << q.int64(0);
        q.finish();
        if (affected.isEmpty())
            continue;
        q.prepare(add ? QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) SELECT id, ? FROM candidates WHERE id IN ")
                            + marks(affected.size())
                      : QStringLiteral("DELETE FROM candidate_tags WHERE tag_id = ? AND candidate_id IN ") + marks(affected.size()));
        q.bind(tagId);
        for (qint64 id : std::as_const(affected))
            q.bind(id);
        if (!q.exec())
            return q.error();
        if (Error e = touch(db, affected, add ? QStringLiteral("tag") : QStringLiteral("untag"),
                            QString((add ? QStringLiteral("+") : QStringLiteral("-")) + tag)))
            return e;
        changed += affected;
    }
    return changed;
}

} // namespace

Result<QList<qint64>> TagRepository::addToCandidates(const QList<qint64> &candidateIds, const QString &rawTag)
{
    if (Error e = validTag(rawTag))
        return e;
    const QString tag = rawTag.trimmed();
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO tags (name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM tags WHERE name = ?)"));
    q.bind(tag).bind(tag);
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.bind(tag);
    if (!q.exec() || !q.next())
        return q.failure();
    const qint64 tagId = q.int64(0);
    q.finish();
    Result<QList<qint64>> changed = retag(m_db, candidateIds, tagId, tag, true);
    if (!changed)
        return changed;
    if (!tx.commit())
        return tx.error();
    return changed;
}

Result<QList<qint64>> TagRepository::removeFromCandidates(const QList<qint64> &candidateIds, const QString &rawTag)
{
    if (Error e = validTag(rawTag))
        return e;
    const QString tag = rawTag.trimmed();
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    q.bind(tag);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return QList<qint64>{};  // no such tag: nobody has it
    const qint64 tagId = q.int64(0);
    q.finish();
    Result<QList<qint64>> changed = retag(m_db, candidateIds, tagId, tag, false);
    if (!changed)
        return changed;
    if (!tx.commit())
        return tx.error();
    return changed;
}

} // namespace shortlist
