#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace shortlist {

class Database;

// One backup file.
struct BackupInfo {
    QString path;
    QDateTime when;     // local time: from the file name, else the file's modification time
    qint64 bytes = 0;
    QString databaseId; // the database it is a backup of: the id in its meta table
};

// What a backup folder holds for one database (BackupService::scanFolder).
struct BackupFolder {
    QList<BackupInfo> backups;   // this database's, newest first
    int otherDatabases = 0;      // backups of other databases: never listed here, never deleted
    int unreadable = 0;          // named like backups but not readable Shortlist files: skipped, never deleted
};

// How a backup came about, for the audit log.
enum class BackupKind { Manual, Automatic, CommandLine };

// Backups of a Shortlist (SQLite) database: consistent snapshots of a live
// database, automatic backups named by database and time, pruning, and restore.
//
// A snapshot is copied page by page with SQLite's online backup API inside one
// read transaction of the source connection, so other connections (and other
// programs) may keep writing: the copy is the database as of the moment the
// backup began. It is written to a hidden temporary file in the target's folder,
// synced and checked, then renamed over the target: there is never a
// half-written backup under the target's name. The copy is checked (a
// Shortlist schema and PRAGMA quick_check), so a damaged database never
// replaces good backups. Files are private (0600) and in rollback-journal
// mode: one self-contained file that opens read-only anywhere.
class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    // Bytes copied so far and in all (both the size while the copy is
    // checked at the end); return false to cancel: nothing is left behind.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Copies the database open on `db` to `target` (replaced if it is a file;
    // refused if it is the database itself or a database in use). Use a
    // connection of the calling thread. Database files only: a PostgreSQL
    // database is refused, before anything is written, with a message
    // naming pg_dump. The result names the id stored in the copy.
    static Result<BackupInfo> backup(const Database &db, const QString &target, const Progress &progress = {});

    // `folder`/NAME-YYYYMMDD-HHMMSS.shortlist, NAME being the database file's
    // name without its extension and the time local; "-2", "-3"... is added
    // when that file already exists. The name is for people: which database
    // a backup belongs to is the id stored in it.
    static QString automaticBackupPath(const QString &folder, const QString &databasePath, const QDateTime &when);

    // The database id stored in a Shortlist file (its meta table's
    // database_id), read without changing anything: no lock, no -wal or -shm
    // beside it, nothing written. An error when the file is not a readable
    // Shortlist database. Remembered per file, size and modification time, so
    // listing a folder again reads only what changed.
    static Result<QString> storedDatabaseId(const QString &path);

    // The backups in `folder` of the database whose id is `databaseId`: files
    // named *-YYYYMMDD-HHMMSS[-N].shortlist (any NAME: the database may have
    // been renamed or moved since) holding that id. Never the database file
    // itself (`databasePath`), a file in use (a -wal beside it) or a safety
    // copy (NAME.before-restore-...). Backups of other databases and
    // unreadable files are counted, not listed.
    static BackupFolder scanFolder(const QString &folder, const QString &databaseId, const QString &databasePath);
    // scanFolder's backups: this database's, newest first.
    static QList<BackupInfo> listBackups(const QString &folder, const QString &databaseId, const QString &databasePath);

    // Deletes all but the newest `keep` backups of this database in `folder`
    // (as listBackups finds them); other files are never touched. The number
    // of files deleted.
    static Result<int> prune(const QString &folder, const QString &databaseId, const QString &databasePath, int keep);

    // Records a backup written to `backupPath` in the audit log of the
    // database it copies (action "backup", entity "database", the file's name
    // as detail): call after backup() succeeded, so the entry is not in the
    // copy. One write transaction; an error on a read-only database.
    static Error recordBackup(Database &db, const QString &backupPath, BackupKind kind);
    // Records a restore in the restored database, once reopened (action
    // "restore", detail: the backup's file name, the safety copy's and
    // whether it was another database's backup).
    static Error recordRestore(Database &db, const QString &backupPath, const QString &safetyCopy, bool otherDatabase);

    // Replaces the database file with the backup: checks that the backup is a
    // sound Shortlist database (not newer than this Shortlist), that nobody
    // has the database open, saves a safety copy of the current file next to it
    // (NAME.before-restore-YYYYMMDD-HHMMSS.shortlist), then renames a copy of
    // the backup over the database file, removing its stale -wal/-shm first.
    // Close every connection to the database before. Returns the safety copy's
    // path (empty when there was no database file to keep).
    static Result<QString> restore(const QString &backupPath, const QString &databasePath);

    // The name of a safety copy made at `when` (next to the database).
    static QString safetyCopyPath(const QString &databasePath, const QDateTime &when);
};

} // namespace shortlist
