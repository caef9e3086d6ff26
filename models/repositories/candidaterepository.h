#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>

#include <functional>

namespace shortlist {

class Database;

class CandidateRepository {
    Q_DECLARE_TR_FUNCTIONS(CandidateRepository)

public:
    explicit CandidateRepository(Database &db) : m_db(db) {}

    // Inserts the candidate and their tags. A non-zero candidate.id is kept
    // (redo of an undone add restores the same id).
    Result<qint64> add(const Candidate &candidate);
    Result<Candidate> load(qint64 id) const;
    // Refused with ErrorCode::Stale when candidate.version is not the stored
    // one: another window or process saved first. Returns the new version.
    Result<int> update(const Candidate &candidate);
    // Deletes the candidate with their applications, events and notes.
    Error remove(qint64 id, int expectedVersion);
    Result<qint64> count() const;
    // Candidates named by an id ("42") or an email address (any case): id and
    // name of each, usually one; several when people share an address.
    Result<QList<QPair<qint64, QString>>> findByIdOrEmail(const QString &idOrEmail) const;
    // The first candidate with this email key or, failing that, this phone key
    // (DuplicateRepository::emailKey/phoneKey; empty keys match nothing).
    Result<std::optional<qint64>> findByKeys(const QString &emailKey, const QString &phoneKey) const;
    // Every candidate's email and phone key (either may be empty), streamed.
    Error readKeys(const std::function<void(const QString &emailKey, const QString &phoneKey)> &visit) const;

private:
    Error writeTags(qint64 candidateId, const QStringList &tags);
    Database &m_db;
};

} // namespace shortlist
