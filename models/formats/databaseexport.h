#pragma once

#include "storage/error.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace shortlist {

class Database;

// What an export wrote or an import loaded.
struct DatabaseExportSummary {
    int schemaVersion = 0;                      // of the database exported / named by the file
    QString databaseId;
    QList<QPair<QString, qint64>> rowsPerTable; // in file order
    qint64 rows = 0;
    qint64 bytes = 0;                           // JSON bytes written / read
};

// The whole database as one JSON document, format "shortlist-database"
// version 1 (docs/database-json.md), and back into a new database.
//
// The document is written and read as a stream, table by table and row by
// row: one object per row, one row per line, inside an array per table —
// valid JSON that neither side ever holds whole, so memory stays flat
// whatever the size of the database. Derived data (the full-text index, the
// metric summary columns of applications and stage events, planner
// statistics) is left out and rebuilt by the import.
class DatabaseExport {
    Q_DECLARE_TR_FUNCTIONS(DatabaseExport)

public:
    static constexpr auto format = "shortlist-database";
    static constexpr int version = 1;

    // Rows (export) or bytes (import) done and in all; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // The tables in file order (parents before children).
    static QStringList tables();
    // The columns of `table` left out of the file because the import rebuilds them.
    static QStringList derivedColumns(const QString &table);

    // Streams every table of `db` to `out` (open for writing) from one
    // consistent snapshot (a read transaction; other connections may keep
    // writing). Writes nothing to the database. Use a connection of the
    // calling thread (in a worker: Database::openSqliteReader).
    static Result<DatabaseExportSummary> write(Database &db, QIODevice &out, const Progress &progress = {});
    // The same into a file, through QSaveFile: it appears whole or not at all
    // (private to the user, 0600). Refuses the database file itself.
    static Result<DatabaseExportSummary> writeFile(Database &db, const QString &path, const Progress &progress = {});

    // Creates the SQLite database `newDatabasePath` (which must not exist)
    // from the export `jsonPath`: checks the format and version, loads every
    // row with its ids, rebuilds the derived data and checks the result
    // (foreign keys, row counts, PRAGMA quick_check). The database is built
    // under a temporary name in the same folder and renamed when complete, so
    // on any error or cancel nothing is left under either name.
    static Result<DatabaseExportSummary> read(const QString &jsonPath, const QString &newDatabasePath, const Progress &progress = {});
};

} // namespace shortlist
