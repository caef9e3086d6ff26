#pragma once

#include "error.h"

#include <QList>
#include <QString>

namespace shortlist {

class Database;

struct MigrationStep {
    int version = 0;
    QString name;
    QString commonSql;   // portable part
    QString dialectSql;  // backend-specific part (may be empty)
};

// Numbered steps from :/migrations/NNNN_name.sql (+ NNNN_name.<dialect>.sql).
class Migrations {
public:
    static QList<MigrationStep> steps();
    static int latestVersion();
    // Applies each missing step with its version bump in one transaction.
    static Error migrate(Database &db, int fromVersion, int toVersion);
};

} // namespace shortlist
