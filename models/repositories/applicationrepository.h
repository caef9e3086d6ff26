#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>

namespace shortlist {

class Database;

// Where an application stands; what a stage move changes and undo restores.
struct ApplicationState {
    qint64 stageId = 0;
    ApplicationStatus status = ApplicationStatus::Active;
    QString rejectionReason;
    qint64 stageEnteredAt = 0;
    int version = 0;
};

// A recorded move, enough to undo it exactly.
struct StageMove {
    qint64 applicationId = 0;
    qint64 eventId = 0;
    ApplicationState before;
    ApplicationState after;
};

// One of a candidate's applications, as the profile lists them.
struct CandidateApplication {
    qint64 applicationId = 0;
    QString openingTitle;
    QString stageName;
    ApplicationStatus status = ApplicationStatus::Active;
};

enum class ApplicationSort { Name, Stage, DaysInStage, Years, Source, Applied };

class ApplicationRepository {
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    explicit ApplicationRepository(Database &db) : m_db(db) {}

    // New application in `stageId`, with its first stage event. A non-zero
    // applicationId is kept (redo).
    Result<qint64> create(qint64 candidateId, qint64 openingId, qint64 stageId, qint64 appliedAt, qint64 applicationId = 0);
    Result<Application> load(qint64 id) const;
    // Every application of the candidate with its opening and stage, in one query.
    Result<QList<CandidateApplication>> forCandidate(qint64 candidateId) const;

    // Moves the application to `target` (stage, status, reason) and records a
    // stage event. Refused with ErrorCode::Stale if `expectedVersion` is old.
    Result<StageMove> move(qint64 applicationId, int expectedVersion, const ApplicationState &target, const QString &reason);
    // Undoes a move: deletes its event and restores the previous state.
    Error revert(const StageMove &move);
    // Re-applies an undone move (a new event; the returned move has its id).
    Result<StageMove> reapply(const StageMove &move, const QString &reason);
    // The stage the application left when it last entered an exit stage.
    Result<std::optional<qint64>> stageBeforeExit(qint64 applicationId) const;

    // `includeClosed` adds finished (hired, rejected, withdrawn) applications to the active
    // ones.
    Result<qint64> countForOpening(qint64 openingId, bool includeClosed = true) const;
    Result<QList<ApplicationRow>> rows(qint64 openingId, bool includeClosed, ApplicationSort sort, Qt::SortOrder order,
                                       qint64 offset, int limit) const;
    // The SQL behind rows(), for benchmarks that compare it with raw SQLite.
    static QString rowsSql(bool includeClosed, ApplicationSort sort, Qt::SortOrder order);

    Result<QList<StageEvent>> timelineForCandidate(qint64 candidateId) const;

private:
    Database &m_db;
};

} // namespace shortlist
