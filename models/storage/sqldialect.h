#pragma once

#include "error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace shortlist {

class Database;

// The few backend-specific parts of Shortlist's SQL: how to spell a primary key,
// how to start a write transaction, which pragmas to set, how to snapshot, how
// to map native errors. Everything else is portable SQL in the repositories.
class SqlDialect {
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    enum class Kind { Sqlite, Postgres };

    virtual ~SqlDialect() = default;
    virtual Kind kind() const = 0;
    virtual QString name() const = 0;               // suffix of backend-specific migration files
    virtual QString autoIdColumn() const = 0;       // replaces {{ID}}
    virtual QString blobType() const = 0;           // replaces {{BLOB}}
    virtual QString beginWrite() const = 0;         // statement that opens a write transaction
    virtual QStringList connectionSetup(bool readOnly) const = 0;  // run on every new connection
    virtual bool tableExists(const Database &db, const QString &table) const = 0;
    virtual bool isEmptyDatabase(const Database &db) const = 0;
    // Consistent snapshot of the live database into a new file.
    virtual Error snapshotTo(const Database &db, const QString &path) const = 0;
    // CREATE INDEX statements of the secondary indexes, to drop around a bulk load.
    virtual QStringList secondaryIndexDefinitions(const Database &db) const = 0;
    // The index and table a CREATE [UNIQUE] INDEX statement names (either
    // backend's spelling); empty when it is not one.
    static QString indexName(const QString &definition);
    static QString indexTable(const QString &definition);
    // Translate a native error into a user-facing Error.
    virtual Error translate(const QSqlError &error, const QString &context) const = 0;

    // Full-text search over candidates (name, email, work, skills, tags, notes):
    // a subquery yielding (candidate_id, rank) with its bound values, a lower
    // rank being a better match. Empty when the text has no word.
    virtual SqlFragment candidateSearch(const QString &text, qint64 openingId, bool activeOnly) const = 0;
    // The user's text as a match expression that cannot be a syntax error: each
    // word a quoted prefix term, all required. Empty when there is no word.
    // With an opening, only candidates who applied to it (and, with
    // `activeOnly`, whose application there is active) match: the index holds
    // those scope tokens, so the search never leaves the opening.
    virtual QString candidateSearchExpression(const QString &text, qint64 openingId = 0, bool activeOnly = false) const = 0;
    static QString scopeToken(qint64 openingId, bool activeOnly);
    // Statements (one '?' each: the highest candidate id before the load) that
    // index the candidates a bulk load added while the triggers were paused.
    virtual QStringList indexCandidatesAfter() const = 0;
    // Statements (one '?' each: the candidate id) that refresh one candidate's
    // search entry after a change made while the triggers were paused.
    virtual QStringList indexCandidate() const = 0;
    // The statement that drops the search entries of the candidates
    // `candidateIds` (a subquery, with its own bound values) selects.
    virtual QString unindexCandidates(const QString &candidateIds) const = 0;
    // Around a write of many rows (rescoring): a larger page cache, then back.
    virtual QStringList largeWriteSetup() const = 0;
    virtual QStringList largeWriteTeardown() const = 0;
    // Aggregate joining `expression` over a group with a separator literal.
    virtual QString listAggregate(const QString &expression, const QString &separator) const = 0;
    // Appended to an ORDER BY term on a nullable column so that NULL sorts
    // below every value, as SQLite always sorts it (PostgreSQL sorts it above).
    virtual QString nullsLow(bool ascending) const = 0;
    // Statements that move each auto-increment id past the largest id stored,
    // after a bulk load wrote explicit ids (SQLite's INTEGER PRIMARY KEY needs none).
    virtual QStringList syncIdSequences(const Database &db) const = 0;
    // Whether queries may read forward-only. QPSQL streams a forward-only result
    // row by row (libpq's single-row mode) and drops the unread rows when another
    // statement runs on the connection, as repositories do while reading.
    virtual bool forwardOnlyQueries() const = 0;
    // meta key that pauses the search-index triggers inside a bulk load.
    static constexpr auto searchSuspendedKey = "search_index_suspended";

    // Removing personal data (PrivacyRepository).
    // The audit log refuses UPDATE and DELETE (0001's triggers). Taking personal
    // data out of an entry's detail text is the one change it allows, made in
    // the write transaction that anonymises or erases: `lift` suspends the
    // guard and `restore` puts it back as it was, both inside that transaction
    // (DDL is transactional on both backends), so no other connection ever
    // sees or writes the log unguarded.
    struct AuditGuard {
        QStringList lift;
        QStringList restore;
    };
    virtual Result<AuditGuard> auditGuard(const Database &db) const = 0;
    // In the same transaction, after personal data was deleted or overwritten:
    // statements that drop what derived structures still hold of it.
    virtual QStringList purgeDerivedData(const Database &db) const = 0;
    // After the commit: make the old values unrecoverable from storage as far
    // as the backend allows. False when it has to be retried because another
    // connection is still reading an old snapshot.
    virtual Result<bool> purgeStorage(const Database &db) const = 0;

    QString expandTokens(QString sql) const;
};

class SqliteDialect final : public SqlDialect {
    Q_DECLARE_TR_FUNCTIONS(SqliteDialect)

public:
    Kind kind() const override { return Kind::Sqlite; }
    QString name() const override;
    QString autoIdColumn() const override;
    QString blobType() const override;
    QString beginWrite() const override;
    QStringList connectionSetup(bool readOnly) const override;
    bool tableExists(const Database &db, const QString &table) const override;
    bool isEmptyDatabase(const Database &db) const override;
    Error snapshotTo(const Database &db, const QString &path) const override;
    QStringList secondaryIndexDefinitions(const Database &db) const override;
    Error translate(const QSqlError &error, const QString &context) const override;
    SqlFragment candidateSearch(const QString &text, qint64 openingId, bool activeOnly) const override;
    QString candidateSearchExpression(const QString &text, qint64 openingId = 0, bool activeOnly = false) const override;
    QStringList indexCandidatesAfter() const override;
    QStringList indexCandidate() const override;
    QString unindexCandidates(const QString &candidateIds) const override;
    QString listAggregate(const QString &expression, const QString &separator) const override;
    QStringList largeWriteSetup() const override;
    QStringList largeWriteTeardown() const override;
    QString nullsLow(bool ascending) const override;
    QStringList syncIdSequences(const Database &db) const override;
    bool forwardOnlyQueries() const override { return true; }
    Result<AuditGuard> auditGuard(const Database &db) const override;
    QStringList purgeDerivedData(const Database &db) const override;
    Result<bool> purgeStorage(const Database &db) const override;

    static constexpr int busyTimeoutMs = 5000;
};

class PostgresDialect final : public SqlDialect {
    Q_DECLARE_TR_FUNCTIONS(PostgresDialect)

public:
    Kind kind() const override { return Kind::Postgres; }
    QString name() const override;
    QString autoIdColumn() const override;
    QString blobType() const override;
    QString beginWrite() const override;
    QStringList connectionSetup(bool readOnly) const override;
    bool tableExists(const Database &db, const QString &table) const override;
    bool isEmptyDatabase(const Database &db) const override;
    Error snapshotTo(const Database &db, const QString &path) const override;
    QStringList secondaryIndexDefinitions(const Database &db) const override;
    Error translate(const QSqlError &error, const QString &context) const override;
    SqlFragment candidateSearch(const QString &text, qint64 openingId, bool activeOnly) const override;
    QString candidateSearchExpression(const QString &text, qint64 openingId = 0, bool activeOnly = false) const override;
    QStringList indexCandidatesAfter() const override;
    QStringList indexCandidate() const override;
    QString unindexCandidates(const QString &candidateIds) const override;
    QString listAggregate(const QString &expression, const QString &separator) const override;
    QStringList largeWriteSetup() const override;
    QStringList largeWriteTeardown() const override;
    QString nullsLow(bool ascending) const override;
    QStringList syncIdSequences(const Database &db) const override;
    bool forwardOnlyQueries() const override { return false; }
    Result<AuditGuard> auditGuard(const Database &db) const override;
    QStringList purgeDerivedData(const Database &db) const override;
    Result<bool> purgeStorage(const Database &db) const override;
};

} // namespace shortlist
