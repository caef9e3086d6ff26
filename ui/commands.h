#pragma once

#include "domain/types.h"
#include "pipeline/pipeline.h"
#include "repositories/applicationrepository.h"
#include "repositories/duplicaterepository.h"
#include "repositories/noterepository.h"
#include "storage/error.h"

#include <QUndoCommand>

namespace shortlist {

class Database;

// What undo commands need from the window: the database, a way to refresh
// the views, and a place to report a failed undo or redo.
class CommandContext {
public:
    virtual ~CommandContext() = default;
    virtual Database *database() = 0;
    virtual void changed(qint64 candidateId) = 0;
    virtual void reportError(const QString &title, const Error &error) = 0;
};

// Commands are pushed after the change was made and saved, so their first
// redo() does nothing. An undo or redo that fails (someone else changed the
// record meanwhile) is reported and the command drops off the stack.
class ShortlistCommand : public QUndoCommand {
public:
    ShortlistCommand(CommandContext &context, const QString &text);
    void undo() final;
    void redo() final;

protected:
    virtual Error doUndo() = 0;
    virtual Error doRedo() = 0;
    virtual qint64 candidateId() const = 0;
    Database &db() { return *m_context.database(); }

private:
    CommandContext &m_context;
    bool m_firstRedo = true;
};

class AddCandidateCommand final : public ShortlistCommand {
public:
    AddCandidateCommand(CommandContext &context, const Candidate &candidate, qint64 openingId, qint64 appliedAt, const NewApplication &created);

private:
    Error doUndo() override;
    Error doRedo() override;
    qint64 candidateId() const override { return m_created.candidateId; }

    Candidate m_candidate;
    qint64 m_openingId;
    qint64 m_appliedAt;
    NewApplication m_created;
};

class EditCandidateCommand final : public ShortlistCommand {
public:
    // `savedVersion` is the version the edit produced.
    EditCandidateCommand(CommandContext &context, const Candidate &before, const Candidate &after, int savedVersion);

private:
    Error doUndo() override;
    Error doRedo() override;
    Error write(Candidate values);
    qint64 candidateId() const override { return m_before.id; }

    Candidate m_before;
    Candidate m_after;
    int m_version;
};

class StageMoveCommand final : public ShortlistCommand {
public:
    StageMoveCommand(CommandContext &context, const QString &text, qint64 candidateId, const StageMove &move, const QString &reason);

private:
    Error doUndo() override;
    Error doRedo() override;
    qint64 candidateId() const override { return m_candidateId; }

    qint64 m_candidateId;
    StageMove m_move;
    QString m_reason;
};

// Many applications moved at once (a board drop or a bulk action): one undo step.
class BulkMoveCommand final : public ShortlistCommand {
public:
    BulkMoveCommand(CommandContext &context, const QString &text, qint64 candidateId, const QList<StageMove> &moves, const QString &reason);

private:
    Error doUndo() override;
    Error doRedo() override;
    qint64 candidateId() const override { return m_candidateId; }

    qint64 m_candidateId;
    QList<StageMove> m_moves;
    QString m_reason;
};

// A tag added to (or removed from) many candidates: undo reverses exactly the
// candidates that changed.
class BulkTagCommand final : public ShortlistCommand {
public:
    BulkTagCommand(CommandContext &context, const QString &text, qint64 candidateId, const QString &tag, bool added,
                   const QList<qint64> &changedCandidates);

private:
    Error doUndo() override;
    Error doRedo() override;
    qint64 candidateId() const override { return m_candidateId; }

    qint64 m_candidateId;
    QString m_tag;
    bool m_added;
    QList<qint64> m_changed;
};

class AddNoteCommand final : public ShortlistCommand {
public:
    AddNoteCommand(CommandContext &context, const QString &text, const Note &saved);

private:
    Error doUndo() override;
    Error doRedo() override;
    qint64 candidateId() const override { return m_note.candidateId; }

    Note m_note;
};

// One candidate merged into another; undo separates them exactly.
class MergeCommand final : public ShortlistCommand {
public:
    MergeCommand(CommandContext &context, const QString &text, const MergeRecord &record);

private:
    Error doUndo() override;
    Error doRedo() override;
    qint64 candidateId() const override { return m_record.keepId; }

    MergeRecord m_record;
};

} // namespace shortlist
