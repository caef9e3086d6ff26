#include "sqldialect.h"

#include "domain/textfold.h"

#include "database.h"
#include "sqlquery.h"

#include <QFileInfo>

namespace shortlist {

QString SqlDialect::expandTokens(QString sql) const
{
    sql.replace(QLatin1String("{{ID}}"), autoIdColumn());
    sql.replace(QLatin1String("{{BLOB}}"), blobType());
    return sql;
}

// ---------------------------------------------------------------- SQLite

QString SqlDialect::scopeToken(qint64 openingId, bool activeOnly)
{
    return QStringLiteral("opening%1%2").arg(openingId).arg(activeOnly ? QStringLiteral("active") : QString());
}

SqlFragment SqliteDialect::candidateSearch(const QString &text, qint64 openingId, bool activeOnly) const
{
    // Ranked in tiers (the words all in the name, then in name, email or
    // title/company, then anywhere): each tier is one more index lookup of
    // ids, where bm25 would read every match's positions, several times slower
    // on a broad prefix.
    SqlFragment f;
    const QString all = candidateSearchExpression(text, openingId, activeOnly);
    if (all.isEmpty())
        return f;
    const QString scope = openingId > 0 ? QStringLiteral("scope : \"%1\" AND ").arg(scopeToken(openingId, activeOnly)) : QString();
    const QString terms = all.mid(all.indexOf(QLatin1String(" : (")) + 3);  // "(...)" after the column filter
    const QString tier = QStringLiteral("rowid IN (SELECT rowid FROM candidate_search WHERE candidate_search MATCH ?)");
    f.sql = QStringLiteral("SELECT rowid AS candidate_id, CASE WHEN %1 THEN 0 WHEN %1 THEN 1 ELSE 2 END AS rank "
                           "FROM candidate_search WHERE candidate_search MATCH ?")
                .arg(tier);
    f.values << QString(scope + QStringLiteral("name : ") + terms) << QString(scope + QStringLiteral("{name email work} : ") + terms) << all;
    return f;
}

QString SqliteDialect::candidateSearchExpression(const QString &text, qint64 openingId, bool activeOnly) const
{
    // Words hold no quote characters (they separate words), so quoting each
    // one makes FTS5 operators such as NEAR, AND, '-' or ':' plain text. The
    // words are looked for everywhere but in the scope column.
    QStringList terms;
    const QStringList words = searchWords(text);
    for (const QString &word : words)
        terms << QLatin1Char('"') + word + QLatin1String("\"*");
    if (terms.isEmpty())
        return {};
    const QString query = QStringLiteral("{name email work skills tags notes} : (") + terms.join(QLatin1Char(' ')) + QLatin1Char(')');
    if (openingId <= 0)
        return query;
    return QStringLiteral("scope : \"%1\" AND ").arg(scopeToken(openingId, activeOnly)) + query;
}

QString SqliteDialect::listAggregate(const QString &expression, const QString &separator) const
{
    return QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

QStringList SqliteDialect::largeWriteSetup() const
{
    return {QStringLiteral("PRAGMA cache_size = -65536")};  // 64 MB while it lasts
}

QStringList SqliteDialect::largeWriteTeardown() const
{
    return {QStringLiteral("PRAGMA cache_size = -2000")};  // SQLite's default
}

QString SqliteDialect::nullsLow(bool) const
{
    return {};  // SQLite's default in both directions
}

QStringList SqliteDialect::syncIdSequences(const Database &) const
{
    return {};
}

QStringList SqliteDialect::indexCandidatesAfter() const
{
    // New candidates only: a bulk load that adds applications to existing
    // candidates must refresh those rows itself.
    return {QStringLiteral("DELETE FROM candidate_search WHERE rowid > ?"),
            QStringLiteral("INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope) "
                           "SELECT * FROM candidate_search_source WHERE candidate_id > ?")};
}

QStringList SqliteDialect::indexCandidate() const
{
    return {QStringLiteral("DELETE FROM candidate_search WHERE rowid = ?"),
            QStringLiteral("INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope) "
                           "SELECT * FROM candidate_search_source WHERE candidate_id = ?")};
}

QString SqliteDialect::unindexCandidates(const QString &candidateIds) const
{
    return QStringLiteral("DELETE FROM candidate_search WHERE rowid IN (%1)").arg(candidateIds);
}

QString SqlDialect::indexName(const QString &definition)
{
    // "CREATE [UNIQUE] INDEX name ON ..." -> name
    const QStringList words = definition.simplified().split(QLatin1Char(' '));
    const qsizetype at = words.indexOf(QStringLiteral("INDEX"));
    return at < 0 || at + 1 >= words.size() ? QString() : words.at(at + 1);
}

QString SqlDialect::indexTable(const QString &definition)
{
    // "... ON candidates(email)" (SQLite) or "... ON public.candidates USING btree (email)" (PostgreSQL)
    const QStringList words = definition.simplified().split(QLatin1Char(' '));
    const qsizetype at = words.indexOf(QStringLiteral("ON"));
    if (at < 0 || at + 1 >= words.size())
        return {};
    QString table = words.at(at + 1).section(QLatin1Char('('), 0, 0);
    return table.section(QLatin1Char('.'), -1);
}

QString SqliteDialect::name() const { return QStringLiteral("sqlite"); }
QString SqliteDialect::autoIdColumn() const { return QStringLiteral("INTEGER PRIMARY KEY"); }
QString SqliteDialect::blobType() const { return QStringLiteral("BLOB"); }
QString SqliteDialect::beginWrite() const { return QStringLiteral("BEGIN IMMEDIATE"); }

QStringList SqliteDialect::connectionSetup(bool readOnly) const
{
    // Set explicitly: Qt's own builds on other platforms bundle an SQLite with
    // different defaults.
    QStringList setup{
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
    };
    if (!readOnly) {
        setup << QStringLiteral("PRAGMA journal_mode = WAL")
              << QStringLiteral("PRAGMA synchronous = FULL")
              << QStringLiteral("PRAGMA secure_delete = ON");
    }
    return setup;
}

bool SqliteDialect::tableExists(const Database &db, const QString &table) const
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.bind(table);
    return q.exec() && q.next();
}

bool SqliteDialect::isEmptyDatabase(const Database &db) const
{
    SqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() && q.int64(0) == 0;
}

Error SqliteDialect::snapshotTo(const Database &db, const QString &path) const
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Io, tr("%1 already exists. Choose another name or delete it first.").arg(path));
    SqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.bind(path);
    if (!q.exec())
        return q.error();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

QStringList SqliteDialect::secondaryIndexDefinitions(const Database &db) const
{
    QStringList definitions;
    SqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"))) {
        while (q.next())
            definitions << q.value(0).toString();
    }
    return definitions;
}

Error SqliteDialect::translate(const QSqlError &error, const QString &context) const
{
    const int primary = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = context + QStringLiteral(" — ") + error.text();
    switch (primary) {
    case 5:   // SQLITE_BUSY
    case 6:   // SQLITE_LOCKED
        return makeError(ErrorCode::Locked,
                         tr("The database is locked by another program (perhaps a second Shortlist) that is writing to it; "
                            "Shortlist waited %1 seconds. Nothing was saved. Close the other program or try again.")
                             .arg(busyTimeoutMs / 1000),
                         detail);
    case 13:  // SQLITE_FULL
        return makeError(ErrorCode::DiskFull,
                         tr("The disk is full (or the database reached its size limit), so the change was not saved. "
                            "Free some disk space and try again; your data is unchanged."),
                         detail);
    case 8:   // SQLITE_READONLY
        return makeError(ErrorCode::ReadOnly,
                         tr("The database cannot be written: the file or its folder is read-only. "
                            "Open a writable copy to make changes."),
                         detail);
    case 11:  // SQLITE_CORRUPT
    case 26:  // SQLITE_NOTADB
        return makeError(ErrorCode::Corrupt,
                         tr("The database file is damaged. Restore it from a backup (Shortlist keeps one before every upgrade)."),
                         detail);
    case 10:  // SQLITE_IOERR
    case 14:  // SQLITE_CANTOPEN
        return makeError(ErrorCode::Io,
                         tr("Shortlist could not read or write the database file. Check that the disk is available and try again."),
                         detail);
    case 19:  // SQLITE_CONSTRAINT
        return makeError(ErrorCode::Invalid,
                         tr("The change conflicts with data already stored (%1).").arg(error.databaseText()),
                         detail);
    default:
        return makeError(ErrorCode::Sql, tr("A database error occurred: %1").arg(error.text()), detail);
    }
}

Result<SqlDialect::AuditGuard> SqliteDialect::auditGuard(const Database &db) const
{
    // SQLite cannot disable a trigger: drop the log's triggers and create them
    // again from their own text in sqlite_master, so the schema is
    // byte-for-byte what the migrations made.
    AuditGuard guard;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log' ORDER BY name")))
        return q.error();
    while (q.next()) {
        guard.lift << QStringLiteral("DROP TRIGGER \"%1\"").arg(q.value(0).toString());
        guard.restore << q.value(1).toString();
    }
    return guard;
}

QStringList SqliteDialect::purgeDerivedData(const Database &db) const
{
    // A deleted FTS5 row only gets a delete marker in a newer index segment;
    // its tokens stay in the older segments until they are merged. 'optimize'
    // merges every segment into one, leaving none of the old tokens (and,
    // with secure_delete, zeroing the pages the old segments used). It
    // rewrites the whole index: seconds on a million candidates, once per
    // anonymisation or erasure, not per candidate.
    QStringList statements{QStringLiteral("INSERT INTO candidate_search (candidate_search) VALUES ('optimize')")};
    // Builds with SQLITE_ENABLE_STAT4 keep sampled index keys (names, emails)
    // from ANALYZE; the next ANALYZE samples again.
    if (tableExists(db, QStringLiteral("sqlite_stat4")))
        statements << QStringLiteral("DELETE FROM sqlite_stat4");
    return statements;
}

Result<bool> SqliteDialect::purgeStorage(const Database &db) const
{
    // secure_delete (connectionSetup) zeroed the deleted values in the new
    // page images, but those are in the -wal file, and the database file and
    // older WAL frames still hold the old pages. A TRUNCATE checkpoint copies
    // the new pages over the old ones and empties the -wal file. A reader
    // holding an old snapshot (another window, a worker) keeps it from
    // completing: busy = 1, and the caller should try again later.
    if (db.transactionDepth > 0)
        return false;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return q.error();
    return !q.next() || q.int64(0) == 0;
}

// ---------------------------------------------------------------- PostgreSQL

QString PostgresDialect::name() const { return QStringLiteral("postgres"); }
QString PostgresDialect::autoIdColumn() const { return QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"); }
QString PostgresDialect::blobType() const { return QStringLiteral("BYTEA"); }
QString PostgresDialect::beginWrite() const { return QStringLiteral("BEGIN"); }

QStringList PostgresDialect::connectionSetup(bool readOnly) const
{
    // client_min_messages: no NOTICE on stderr for every CREATE ... IF NOT EXISTS that skips.
    QStringList setup{QStringLiteral("SET lock_timeout = '5s'"), QStringLiteral("SET TIME ZONE 'UTC'"),
                      QStringLiteral("SET client_min_messages = warning")};
    if (readOnly)
        setup << QStringLiteral("SET default_transaction_read_only = on");
    return setup;
}

bool PostgresDialect::tableExists(const Database &db, const QString &table) const
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"));
    q.bind(table);
    return q.exec() && q.next();
}

bool PostgresDialect::isEmptyDatabase(const Database &db) const
{
    SqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
        && q.next() && q.int64(0) == 0;
}

Error PostgresDialect::snapshotTo(const Database &, const QString &) const
{
    return makeError(ErrorCode::Invalid,
                     tr("A server database is backed up on the server (pg_dump); Save a Copy works on local files only."));
}

SqlFragment PostgresDialect::candidateSearch(const QString &text, qint64 openingId, bool activeOnly) const
{
    SqlFragment f;
    const QString expression = candidateSearchExpression(text, openingId, activeOnly);
    if (expression.isEmpty())
        return f;
    f.sql = QStringLiteral("SELECT s.candidate_id, -ts_rank(s.document, q.query) AS rank "
                           "FROM candidate_search s, to_tsquery('simple', ?) AS q(query) WHERE s.document @@ q.query");
    f.values << expression;
    return f;
}

QString PostgresDialect::candidateSearchExpression(const QString &text, qint64 openingId, bool activeOnly) const
{
    // Words are letters and digits only, so no tsquery operator survives.
    QStringList terms;
    const QStringList words = searchWords(foldText(text));
    for (const QString &word : words)
        terms << QLatin1Char('\'') + word + QLatin1String("':*");
    if (terms.isEmpty())
        return {};
    if (openingId > 0)
        terms.prepend(QLatin1Char('\'') + scopeToken(openingId, activeOnly) + QLatin1Char('\''));
    return terms.join(QLatin1String(" & "));
}

QString PostgresDialect::listAggregate(const QString &expression, const QString &separator) const
{
    return QStringLiteral("string_agg(%1, %2)").arg(expression, separator);
}

QString PostgresDialect::nullsLow(bool ascending) const
{
    return ascending ? QStringLiteral(" NULLS FIRST") : QStringLiteral(" NULLS LAST");
}

QStringList PostgresDialect::syncIdSequences(const Database &db) const
{
    // Identity columns keep their own counter, which explicit ids do not move.
    QStringList statements;
    SqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY table_name"))) {
        while (q.next()) {
            const QString table = q.value(0).toString();
            const QString column = q.value(1).toString();
            statements << QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), coalesce(max(%2), 0) + 1, false) FROM %1")
                              .arg(table, column);
        }
    }
    return statements;
}

QStringList PostgresDialect::largeWriteSetup() const
{
    return {};  // the server's buffers are the administrator's business
}

QStringList PostgresDialect::largeWriteTeardown() const
{
    return {};
}

QStringList PostgresDialect::indexCandidatesAfter() const
{
    return {QStringLiteral("DELETE FROM candidate_search WHERE candidate_id > ?"),
            QStringLiteral("INSERT INTO candidate_search (candidate_id, document) "
                           "SELECT candidate_id, document FROM candidate_search_source WHERE candidate_id > ?")};
}

QStringList PostgresDialect::indexCandidate() const
{
    return {QStringLiteral("DELETE FROM candidate_search WHERE candidate_id = ?"),
            QStringLiteral("INSERT INTO candidate_search (candidate_id, document) "
                           "SELECT candidate_id, document FROM candidate_search_source WHERE candidate_id = ?")};
}

QString PostgresDialect::unindexCandidates(const QString &candidateIds) const
{
    return QStringLiteral("DELETE FROM candidate_search WHERE candidate_id IN (%1)").arg(candidateIds);
}

QStringList PostgresDialect::secondaryIndexDefinitions(const Database &db) const
{
    QStringList definitions;
    SqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() "
                              "AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' ORDER BY indexname"))) {
        while (q.next())
            definitions << q.value(0).toString();
    }
    return definitions;
}

Error PostgresDialect::translate(const QSqlError &error, const QString &context) const
{
    const QString state = error.nativeErrorCode();
    const QString detail = context + QStringLiteral(" — ") + error.text();
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01"))
        return makeError(ErrorCode::Locked, tr("Another user is changing the same records; nothing was saved. Try again."), detail);
    if (state == QLatin1String("53100"))
        return makeError(ErrorCode::DiskFull, tr("The database server's disk is full; nothing was saved."), detail);
    if (state == QLatin1String("25006"))
        return makeError(ErrorCode::ReadOnly, tr("This server connection is read-only; nothing can be changed."), detail);
    if (state.startsWith(QLatin1String("23")))
        return makeError(ErrorCode::Invalid, tr("The change conflicts with data already stored (%1).").arg(error.databaseText()), detail);
    return makeError(ErrorCode::Sql, tr("A database error occurred: %1").arg(error.text()), detail);
}

Result<SqlDialect::AuditGuard> PostgresDialect::auditGuard(const Database &db) const
{
    // ALTER TABLE ... DISABLE TRIGGER is transactional and holds an ACCESS
    // EXCLUSIVE lock on audit_log until the commit: other sessions' audit
    // appends wait for those few statements (lock_timeout applies to us).
    AuditGuard guard;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal ORDER BY tgname")))
        return q.error();
    while (q.next()) {
        const QString name = q.value(0).toString();
        guard.lift << QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER \"%1\"").arg(name);
        guard.restore << QStringLiteral("ALTER TABLE audit_log ENABLE TRIGGER \"%1\"").arg(name);
    }
    return guard;
}

QStringList PostgresDialect::purgeDerivedData(const Database &) const
{
    return {};  // the search documents are rewritten by their triggers
}

Result<bool> PostgresDialect::purgeStorage(const Database &db) const
{
    // What a client can do on a server is limited. The old row versions stay
    // in the heap pages as dead tuples until (auto)VACUUM prunes them, and
    // even then their bytes remain until the space is reused; VACUUM FULL
    // would rewrite the tables but locks them for everyone, and the server's
    // WAL, archives and backups keep the old values anyway: that is the
    // administrator's retention to configure. What we can do cheaply is
    // refresh the planner statistics, whose most-common values and histogram
    // bounds are samples of real values (names, emails, search lexemes)
    // readable in pg_stats.
    if (db.transactionDepth > 0)
        return false;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("ANALYZE candidates, applications, stage_events, notes, interviews, scorecards, scorecard_ratings, "
                               "decisions, attachments, tags, audit_log, candidate_search")))
        return q.error();
    return true;
}

} // namespace shortlist
