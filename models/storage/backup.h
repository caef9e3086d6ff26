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
};

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
    // connection of the calling thread.
    static Result<BackupInfo> backup(const Database &db, const QString &target, const Progress &progress = {});

    // `folder`/NAME-YYYYMMDD-HHMMSS.shortlist, NAME being the database file's
    // name without its extension and the time local; "-2", "-3"... is added
    // when that file already exists.
    static QString automaticBackupPath(const QString &folder, const QString &databasePath, const QDateTime &when);

    // The backups of this database in `folder` (named as above), newest first.
    static QList<BackupInfo> listBackups(const QString &folder, const QString &databasePath);

    // Deletes all but the newest `keep` backups of this database in `folder`;
    // other files are never touched. The number of files deleted.
    static Result<int> prune(const QString &folder, const QString &databasePath, int keep);

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
