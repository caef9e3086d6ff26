#pragma once

#include "error.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace shortlist {

struct OpenOptions {
    enum class Mode {
        OpenExisting,     // the file must exist
        CreateIfMissing,  // open, or create an empty Shortlist database
    };
    Mode mode = Mode::OpenExisting;
    bool forceReadOnly = false;
    bool migrate = true;              // bring an older schema up to date (after a backup)
    int targetVersion = -1;           // migrate only this far (tests); -1 = latest
    // Files up to this size get PRAGMA quick_check on every open; larger files
    // only after an unclean shutdown (a leftover -wal file).
    qint64 quickCheckLimitBytes = qint64(64) * 1024 * 1024;
    // False for an extra connection to a file this process already has open
    // (and checked): its -wal file is then no sign of an unclean shutdown.
    bool quickCheck = true;
    QString actor;                    // who edits: recorded in stage events and the audit log
};

struct PostgresParams {
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database;
    QString user;
    QString password;
};

// The one entry point to a Shortlist database. Holds its connection by name
// (QSqlDatabase::database(name)), never as a member, and removes it on destruction.
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, const OpenOptions &options = {});
    static Result<std::unique_ptr<Database>> openPostgres(const PostgresParams &params, const OpenOptions &options = {});
    // A second, read-only connection to a file the window already opened
    // (and checked), for work in a worker thread: no migration, no
    // integrity check.
    static Result<std::unique_ptr<Database>> openSqliteReader(const QString &path, const QString &actor);

    // Checks that an existing file looks like a whole SQLite database (header,
    // page size, length). Cheap: reads 100 bytes.
    static Error checkSqliteFile(const QString &path);

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    const SqlDialect &dialect() const { return *m_dialect; }
    QString path() const { return m_path; }            // file path, or a description of the server
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    QString migrationBackupPath() const { return m_migrationBackup; }
    bool quickCheckRan() const { return m_quickCheckRan; }
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    // Consistent copy of the live database (VACUUM INTO on SQLite).
    Error saveCopyTo(const QString &path) const;

    // Used by WriteTransaction: nesting depth and a poisoned flag when an inner
    // scope gave up, so that the outer one rolls back.
    int transactionDepth = 0;
    bool rollbackOnly = false;

private:
    Database() = default;
    Error finishOpen(const OpenOptions &options, bool isNewFile);
    static Error notShortlistError(const QString &shownPath);
    Error readSchemaVersion();

    QString m_connectionName;
    std::unique_ptr<SqlDialect> m_dialect;
    QString m_path;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    QString m_migrationBackup;
    bool m_quickCheckRan = false;
    QString m_actor;
};

} // namespace shortlist
