#pragma once

#include "storage/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace shortlist {

struct DemoOptions {
    qint64 candidates = 300;
    quint32 seed = 1;
    QDateTime asOf;   // "now" of the demo world; invalid = today at 17:00 UTC. All timestamps derive from it (determinism).
    std::function<bool(qint64 done, qint64 total)> progress;  // called about every 1% ; return false to cancel
};

struct DemoSummary {
    qint64 candidates = 0, applications = 0, stageEvents = 0, interviews = 0, scorecards = 0, hires = 0;
    double seconds = 0;
};

// A realistic, deterministic demo database: the three template openings of
// "Northwind Analytics" and a simulated hiring funnel (stage histories,
// interviews, panels, scorecards) for `candidates` candidates. The same seed
// and asOf give identical table contents (apart from the database's own
// identity: meta 'database_id' and the migration timestamps).
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // Creates `path` (must not exist: refuse with a clear Error naming the file) and fills it.
    // On any failure or cancel, the partly written file (and -wal/-shm) is removed.
    static Result<DemoSummary> generate(const QString &path, const DemoOptions &options);
};

} // namespace shortlist
