#pragma once

#include "formats/csvreader.h"
#include "import/importmapping.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>

namespace shortlist {

class Database;

enum class DuplicatePolicy { Skip, Merge, Create };
QString toCode(DuplicatePolicy policy);   // "skip", "merge", "create"
std::optional<DuplicatePolicy> duplicatePolicyFromCode(const QString &code);

struct ImportOptions {
    qint64 openingId = 0;
    ImportMapping mapping;
    DuplicatePolicy onDuplicate = DuplicatePolicy::Skip;
    bool dryRun = false;          // validate and count, write nothing
    bool allowPartial = false;    // write the valid rows even when others are invalid
    qint64 now = 0;               // applied date of rows without one; 0: the clock
    // The file's encoding when the user chose it; otherwise sniffed.
    std::optional<CsvDialect::Encoding> encoding;
    // A decision for one duplicate row (by its physical line in the file),
    // overriding `onDuplicate` for that row.
    QHash<qint64, DuplicatePolicy> rowDecisions;
    // Whether the indexes of the written tables are rebuilt at the end rather
    // than kept up row by row; unset: when the file is large against the
    // database, on SQLite (on a shared server it would block other users).
    std::optional<bool> rebuildIndexes;
};

// A row found to be a duplicate, and what the import does with it.
struct ImportDuplicate {
    qint64 line = 0;              // physical line of the row
    QString name;                 // the row's candidate
    QString email;
    qint64 candidateId = 0;       // the candidate in the database it matches, or 0
    qint64 earlierLine = 0;       // or the earlier row of the file it matches
    QString matchedName;          // that candidate's (or earlier row's) name
    DuplicatePolicy decision = DuplicatePolicy::Skip;
};

struct ImportProblem {
    qint64 line = 0;              // physical line in the file
    QString message;              // names the field and what to do
};

// What an import did, or would do (dry run, or refused for invalid rows).
struct ImportSummary {
    qint64 rows = 0;              // data rows read
    qint64 created = 0;
    qint64 merged = 0;            // into an existing candidate (or an earlier row)
    qint64 skipped = 0;           // duplicates skipped by policy
    qint64 invalid = 0;           // rows with problems (not written)
    QList<ImportProblem> problems;   // the first maxProblems, in file order
    QList<ImportDuplicate> duplicates;   // the first maxDuplicates, in file order
    qint64 batchId = 0;           // 0 when nothing was written
    bool written = false;
    double seconds = 0;

    static constexpr int maxProblems = 1000;
    static constexpr int maxDuplicates = 5000;
};

// Imports candidates from a CSV file into an opening, streaming (memory stays
// flat whatever the file's size) in two passes: the first validates every row
// and decides what to do with duplicates (inside the file: same email or
// phone as an earlier row; against the database: same email or phone as a
// candidate), the second writes the rows in ONE transaction recorded as an
// import batch that can be undone later. Invalid rows stop the import before
// anything is written unless `allowPartial`.
class CandidateImport {
    Q_DECLARE_TR_FUNCTIONS(CandidateImport)

public:
    // `progress(bytesDone, bytesTotal, rows)` over both passes (rows: read in
    // the current pass); false cancels (the database stays as it was,
    // ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total, qint64 rows)>;
    static Result<ImportSummary> run(Database &db, const QString &csvPath, const ImportOptions &options, const Progress &progress = {});
};

struct ImportBatch {
    qint64 id = 0;
    qint64 openingId = 0;
    QString openingTitle;
    QString fileName;
    QString actor;
    QDateTime startedAt;
    qint64 rows = 0, created = 0, merged = 0, skipped = 0;
    QDateTime undoneAt;           // invalid while not undone
};

// The import history, and undoing a batch: removes exactly the candidates it
// created (with everything since added to them) and puts the fields it merged
// back as they were, removing the applications it added — refused, naming
// them, when a merged candidate was edited after the import.
class ImportHistoryRepository {
    Q_DECLARE_TR_FUNCTIONS(ImportHistoryRepository)

public:
    explicit ImportHistoryRepository(Database &db) : m_db(db) {}

    Result<QList<ImportBatch>> batches() const;   // newest first
    // `progress(done, total)` between steps; false cancels (nothing undone,
    // ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    Error undo(qint64 batchId, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace shortlist
