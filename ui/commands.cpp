#include "commands.h"

#include "repositories/candidaterepository.h"
#include "repositories/tagrepository.h"

#include <QCoreApplication>

namespace shortlist {

ShortlistCommand::ShortlistCommand(CommandContext &context, const QString &text)
    : QUndoCommand(text)
    , m_context(context)
{
}

void ShortlistCommand::undo()
{
    if (Error e = doUndo()) {
        setObsolete(true);
        m_context.reportError(QCoreApplication::translate("shortlist::Commands", "Cannot undo “%1”").arg(text()), e);
    }
    m_context.changed(candidateId());
}

void ShortlistCommand::redo()
{
    if (std::exchange(m_firstRedo, false))
        return;
    if (Error e = doRedo()) {
        setObsolete(true);
        m_context.reportError(QCoreApplication::translate("shortlist::Commands", "Cannot redo “%1”").arg(text()), e);
    }
    m_context.changed(candidateId());
}

AddCandidateCommand::AddCandidateCommand(CommandContext &context, const Candidate &candidate, qint64 openingId, qint64 appliedAt,
                                         const NewApplication &created)
    : ShortlistCommand(context, QCoreApplication::translate("shortlist::Commands", "Add %1").arg(candidate.name))
    , m_candidate(candidate)
    , m_openingId(openingId)
    , m_appliedAt(appliedAt)
    , m_created(created)
{
}

Error AddCandidateCommand::doUndo()
{
    return Pipeline(db()).removeNewCandidate(m_created);
}

Error AddCandidateCommand::doRedo()
{
    // The same ids again, so later commands on the stack still point at them.
    Result<NewApplication> created = Pipeline(db()).addCandidate(m_candidate, m_openingId, m_appliedAt, m_created);
    return created ? Error{} : created.error();
}

EditCandidateCommand::EditCandidateCommand(CommandContext &context, const Candidate &before, const Candidate &after, int savedVersion)
    : ShortlistCommand(context, QCoreApplication::translate("shortlist::Commands", "Edit %1").arg(after.name))
    , m_before(before)
    , m_after(after)
    , m_version(savedVersion)
{
}

Error EditCandidateCommand::write(Candidate values)
{
    values.version = m_version;
    Result<int> saved = CandidateRepository(db()).update(values);
    if (!saved)
        return saved.error();
    m_version = *saved;
    return {};
}

Error EditCandidateCommand::doUndo() { return write(m_before); }
Error EditCandidateCommand::doRedo() { return write(m_after); }

StageMoveCommand::StageMoveCommand(CommandContext &context, const QString &text, qint64 candidateId, const StageMove &move, const QString &reason)
    : ShortlistCommand(context, text)
    , m_candidateId(candidateId)
    , m_move(move)
    , m_reason(reason)
{
}

Error StageMoveCommand::doUndo()
{
    return ApplicationRepository(db()).revert(m_move);
}

Error StageMoveCommand::doRedo()
{
    Result<StageMove> again = ApplicationRepository(db()).reapply(m_move, m_reason);
    if (!again)
        return again.error();
    m_move = *again;
    return {};
}

BulkMoveCommand::BulkMoveCommand(CommandContext &context, const QString &text, qint64 candidateId, const QList<StageMove> &moves,
                                 const QString &reason)
    : ShortlistCommand(context, text)
    , m_candidateId(candidateId)
    , m_moves(moves)
    , m_reason(reason)
{
}

Error BulkMoveCommand::doUndo()
{
    return ApplicationRepository(db()).revertMany(m_moves);
}

Error BulkMoveCommand::doRedo()
{
    Result<QList<StageMove>> again = ApplicationRepository(db()).reapplyMany(m_moves, m_reason);
    if (!again)
        return again.error();
    m_moves = *again;
    return {};
}

BulkTagCommand::BulkTagCommand(CommandContext &context, const QString &text, qint64 candidateId, const QString &tag, bool added,
                               const QList<qint64> &changedCandidates)
    : ShortlistCommand(context, text)
    , m_candidateId(candidateId)
    , m_tag(tag)
    , m_added(added)
    , m_changed(changedCandidates)
{
}

Error BulkTagCommand::doUndo()
{
    TagRepository tags(db());
    Result<QList<qint64>> r = m_added ? tags.removeFromCandidates(m_changed, m_tag) : tags.addToCandidates(m_changed, m_tag);
    return r ? Error{} : r.error();
}

Error BulkTagCommand::doRedo()
{
    TagRepository tags(db());
    Result<QList<qint64>> r = m_added ? tags.addToCandidates(m_changed, m_tag) : tags.removeFromCandidates(m_changed, m_tag);
    return r ? Error{} : r.error();
}

AddNoteCommand::AddNoteCommand(CommandContext &context, const QString &text, const Note &saved)
    : ShortlistCommand(context, text)
    , m_note(saved)
{
}

Error AddNoteCommand::doUndo()
{
    return NoteRepository(db()).remove(m_note.id);
}

Error AddNoteCommand::doRedo()
{
    Result<Note> again = NoteRepository(db()).add(m_note);
    return again ? Error{} : again.error();
}

MergeCommand::MergeCommand(CommandContext &context, const QString &text, const MergeRecord &record)
    : ShortlistCommand(context, text)
    , m_record(record)
{
}

Error MergeCommand::doUndo()
{
    return DuplicateRepository(db()).unmerge(m_record);
}

Error MergeCommand::doRedo()
{
    Result<MergeRecord> again = DuplicateRepository(db()).merge(m_record.keepId, m_record.mergeId);
    if (!again)
        return again.error();
    m_record = *again;
    return {};
}

} // namespace shortlist
