#pragma once

#include "domain/types.h"
#include "repositories/applicationquery.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QHash>

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
    qint64 openingId = 0;
    QString openingTitle;
    QString stageName;
    ApplicationStatus status = ApplicationStatus::Active;
};

class ApplicationRepository {
    Q_DECLARE_TR_FUNCTIONS(ApplicationRepository)

public:
    explicit ApplicationRepository(Database &db) : m_db(db) {}

    // New application in `stageId`, with its first stage event. A non-zero
    // applicationId is kept (redo).
    Result<qint64> create(qint64 candidateId, qint64 openingId, qint64 stageId, qint64 appliedAt, qint64 applicationId = 0);
    // Creating many at once (an import): create() leaves the match score to a
    // MatchRepository::updateOpening the caller runs once, in the same
    // transaction, instead of scoring every row against the requirements.
    void deferMatchScoring(bool defer) { m_deferScoring = defer; }
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
    // Moves many applications of one opening to `target` in one transaction, with
    // set-based SQL: a stage event and an audit entry each. `eligible` (one of
    // the ApplicationStatus codes) limits the move to applications in that
    // state, and applications already at the target are left alone; both are
    // counted in `skipped`. Versions are not checked: the caller selected the
    // applications as they are now.
    struct BulkResult {
        QList<StageMove> moves;
        int skipped = 0;
    };
    Result<BulkResult> moveMany(qint64 openingId, const QList<qint64> &applicationIds, const ApplicationState &target,
                                const QString &reason, const QList<ApplicationStatus> &eligible);
    // Undoes moveMany (all or nothing; Stale if any application moved again since).
    Error revertMany(const QList<StageMove> &moves);
    // Redoes an undone moveMany; returns the new moves (new event ids).
    Result<QList<StageMove>> reapplyMany(const QList<StageMove> &moves, const QString &reason);
    // The stage the application left when it last entered an exit stage.
    Result<std::optional<qint64>> stageBeforeExit(qint64 applicationId) const;

    // `includeClosed` adds finished (hired, rejected, withdrawn) applications to the active
    // ones.
    Result<qint64> countForOpening(qint64 openingId, bool includeClosed = true) const;
    // Applications the query selects (search, filter, stage), counted and paged in
    // SQL. `now` fixes "days in stage" filters.
    Result<qint64> count(const ApplicationQuery &query, qint64 now) const;
    Result<QList<ApplicationRow>> rows(const ApplicationQuery &query, qint64 now, qint64 offset, int limit) const;
    // The same rows for explicit applications, in the order given (unknown ids skipped).
    Result<QList<ApplicationRow>> rowsByIds(const QList<qint64> &applicationIds) const;
    // Count per stage id for the board's column headers, in one query.
    Result<QHash<qint64, qint64>> countByStage(const ApplicationQuery &query, qint64 now) const;
    // The SQL behind count() and rows() with their bound values (rows: LIMIT and
    // OFFSET come last), for benchmarks that compare them with raw SQLite.
    SqlFragment countSql(const ApplicationQuery &query, qint64 now) const;
    SqlFragment rowsSql(const ApplicationQuery &query, qint64 now, qint64 offset, int limit, bool withTotal = false) const;
    // The count and the first page in one statement: for searches, whose cost is
    // enumerating the matches, which count() and rows() would each do again.
    struct FirstPage {
        QList<ApplicationRow> rows;
        qint64 total = 0;
    };
    Result<FirstPage> firstPage(const ApplicationQuery &query, qint64 now, int limit) const;

    // The sources used by the opening's applicants, for the filter builder.
    Result<QStringList> sources(qint64 openingId) const;
    // The candidates behind applications (bulk tagging), in no particular order.
    Result<QList<qint64>> candidateIds(const QList<qint64> &applicationIds) const;

    Result<QList<StageEvent>> timelineForCandidate(qint64 candidateId) const;

private:
    Database &m_db;
    bool m_deferScoring = false;
};

} // namespace shortlist
