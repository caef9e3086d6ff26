#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace shortlist {

class Database;

// Where an imported row's candidate stands in the opening.
struct ImportedApplication {
    qint64 stageId = 0;
    StageCategory category = StageCategory::Applied;
    qint64 appliedAt = 0;
    QString note;                 // the row's note; empty for none
};

// Writes the rows of a candidate import inside the import's one write
// transaction, at close to the speed of raw SQL: statements are prepared once
// and bound through the C API on SQLite; the per-row search-index and metric
// triggers are paused (the metric summaries and match scores are written with
// each row, the new candidates indexed in one statement at the end); with
// `rebuildIndexes` (a file large against the database) the secondary indexes
// are dropped and built once at the end. All of it is inside the caller's
// transaction: a rollback puts everything back, indexes included.
//
// The rows it writes are exactly what CandidateRepository::add,
// ApplicationRepository::create/move and NoteRepository::add would write,
// except that the import is audited once (its batch) instead of per row.
class ImportWriter {
    Q_DECLARE_TR_FUNCTIONS(ImportWriter)

public:
    // `opening` with its stages and requirements; `now` stamps the rows.
    ImportWriter(Database &db, const Opening &opening, qint64 now);
    ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // Inside the caller's write transaction. `exitReason` and
    // `rejectionReason` label the move of a row imported into an exit stage.
    Error begin(bool rebuildIndexes, const QString &exitReason, const QString &rejectionReason);
    // A new candidate (with tags) and their application: (candidate, application).
    Result<std::pair<qint64, qint64>> addCandidate(const Candidate &candidate, const ImportedApplication &application);
    // The application of an existing candidate (a merged row), unless they
    // already have one in the opening; then the row's note (if any) is added
    // to the one they have.
    struct Merged {
        qint64 applicationId = 0;   // the new or the existing application
        bool added = false;         // a new one
        qint64 noteId = 0;          // the row's note on an existing application
    };
    Result<Merged> addApplication(qint64 candidateId, const ImportedApplication &application);
    // A candidate the caller changed through the repositories meanwhile: their
    // search entry and metric summaries are refreshed by finish().
    void touched(qint64 candidateId);
    // Indexes, search entries, summaries of touched candidates, statistics.
    // The caller commits.
    Error finish();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace shortlist
