#pragma once

#include "domain/types.h"
#include "repositories/applicationrepository.h"
#include "storage/error.h"

#include <QCoreApplication>

namespace shortlist {

class Database;

struct NewApplication {
    qint64 candidateId = 0;
    qint64 applicationId = 0;
};

// The stage rules of the hiring pipeline, on top of ApplicationRepository:
// which moves are allowed and what each one changes. Every call is one
// transaction and returns the move so the UI can undo it.
class Pipeline {
    Q_DECLARE_TR_FUNCTIONS(Pipeline)

public:
    explicit Pipeline(Database &db) : m_db(db) {}

    // A new candidate applying to an opening, in its first stage: candidate,
    // application and first stage event in one transaction.
    Result<NewApplication> addCandidate(const Candidate &candidate, qint64 openingId, qint64 appliedAt = 0,
                                        const NewApplication &reuseIds = {});
    // Removes what addCandidate() created (undo).
    Error removeNewCandidate(const NewApplication &created);

    Result<StageMove> moveToStage(qint64 applicationId, int expectedVersion, qint64 stageId);
    Result<StageMove> moveToNextStage(qint64 applicationId, int expectedVersion);
    Result<StageMove> reject(qint64 applicationId, int expectedVersion, const QString &reason);
    Result<StageMove> withdraw(qint64 applicationId, int expectedVersion, const QString &reason);
    Result<StageMove> reopen(qint64 applicationId, int expectedVersion);

    // Many applications of one opening to one stage, in one transaction: the
    // board's drop and the bulk actions. An exit stage rejects or withdraws
    // (a rejection needs a reason); only active applications are rejected,
    // withdrawn or hired, and closed ones are never moved into a stage — they
    // are counted as skipped.
    Result<ApplicationRepository::BulkResult> moveMany(qint64 openingId, const QList<qint64> &applicationIds, qint64 stageId,
                                                       const QString &reason = {});
    // Headcount minus hires so far (negative when over).
    Result<int> remainingHeadcount(qint64 openingId) const;

    static QStringList standardRejectionReasons();

private:
    // An application with its opening's stage plan, read once per action.
    struct Context {
        Application application;
        Opening plan;
    };
    Result<Context> context(qint64 applicationId) const;
    Result<StageMove> moveWithin(const Context &context, int expectedVersion, qint64 stageId);
    Result<StageMove> exitTo(qint64 applicationId, int expectedVersion, StageCategory exit, const QString &reason);
    Database &m_db;
};

} // namespace shortlist
