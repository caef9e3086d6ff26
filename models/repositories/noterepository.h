#pragma once

#include "storage/error.h"

#include <QCoreApplication>

#include <optional>

namespace shortlist {

class Database;

struct Note {
    qint64 id = 0;
    qint64 candidateId = 0;
    std::optional<qint64> applicationId;
    QString author;
    qint64 createdAt = 0;
    QString body;
};

// Timestamped notes on a candidate (optionally about one application), with
// their author. Indexed for search by the full-text triggers.
class NoteRepository {
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)

public:
    explicit NoteRepository(Database &db) : m_db(db) {}

    // A note by the database's actor, now. A non-zero note.id is kept (redo).
    Result<Note> add(const Note &note);
    Error remove(qint64 noteId);
    Result<QList<Note>> forCandidate(qint64 candidateId) const;

    static constexpr int maxLength = 20000;

private:
    Database &m_db;
};

} // namespace shortlist
