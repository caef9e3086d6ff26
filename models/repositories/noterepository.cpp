#include "noterepository.h"

#include "auditrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>

namespace shortlist {

using namespace sqlvalues;

Result<Note> NoteRepository::add(const Note &note)
{
    const QString body = note.body.trimmed();
    if (body.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The note is empty; type something or cancel."));
    if (body.size() > maxLength)
        return makeError(ErrorCode::Invalid, tr("The note is %1 characters long; keep it under %2 or attach a file instead.")
                                                 .arg(body.size()).arg(maxLength));
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Note saved = note;
    saved.body = body;
    saved.author = note.author.isEmpty() ? m_db.actor() : note.author;
    saved.createdAt = note.createdAt > 0 ? note.createdAt : QDateTime::currentSecsSinceEpoch();
    const bool keepId = note.id > 0;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO notes (candidate_id, application_id, author, created_at, body%1) VALUES (?, ?, ?, ?, ?%2) RETURNING id")
                  .arg(keepId ? QStringLiteral(", id") : QString(), keepId ? QStringLiteral(", ?") : QString()));
    q.bind(note.candidateId).bind(optionalId(note.applicationId)).bind(saved.author).bind(saved.createdAt).bind(body);
    if (keepId)
        q.bind(note.id);
    if (!q.exec() || !q.next())
        return q.failure();
    saved.id = q.int64(0);
    q.finish();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("create"), QStringLiteral("note"), saved.id,
                                               QStringLiteral("candidate=%1").arg(note.candidateId)))
        return e;
    if (!tx.commit())
        return tx.error();
    return saved;
}

Error NoteRepository::remove(qint64 noteId)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?"));
    q.bind(noteId);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("The note no longer exists; someone may have removed it already."));
    if (Error e = AuditRepository(m_db).append(QStringLiteral("delete"), QStringLiteral("note"), noteId))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

Result<QList<Note>> NoteRepository::forCandidate(qint64 candidateId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, application_id, author, created_at, body FROM notes WHERE candidate_id = ? ORDER BY created_at, id"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    QList<Note> notes;
    while (q.next())
        notes << Note{q.int64(0), candidateId, toOptionalId(q.value(1)), q.value(2).toString(), q.int64(3), q.value(4).toString()};
    return notes;
}

} // namespace shortlist
