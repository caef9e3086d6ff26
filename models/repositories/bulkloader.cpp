#include "bulkloader.h"

#include "metarepository.h"

#include "storage/database.h"
#include "storage/sqlquery.h"


namespace shortlist {

struct BulkLoader::Impl {
    explicit Impl(Database &database) : db(database) {}
    Database &db;
    bool active = false;
    QStringList droppedIndexes;
    qint64 lastCandidateBefore = 0;
    std::vector<std::unique_ptr<BulkStatement>> statements;
};

BulkLoader::BulkLoader(Database &db)
    : d(std::make_unique<Impl>(db))
{
}

BulkLoader::~BulkLoader()
{
    abort();
}

Error BulkLoader::begin()
{
    Database &db = d->db;
    if (db.isReadOnly())
        return makeError(ErrorCode::ReadOnly, tr("The database is read-only. %1").arg(db.readOnlyReason()));
    SqlQuery q(db);
    if (!q.exec(db.dialect().beginWrite()))
        return q.error();
    db.transactionDepth = 1;
    d->active = true;
    // Pause the per-row search-index triggers; the new candidates are indexed
    // in one statement by finish(). The key never outlives this transaction.
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM candidates")) || !q.next())
        return q.error();
    d->lastCandidateBefore = q.int64(0);
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"));
    q.bind(QString::fromLatin1(SqlDialect::searchSuspendedKey));
    if (!q.exec())
        return q.error();
    const QStringList indexes = db.dialect().secondaryIndexDefinitions(db);
    for (const QString &definition : indexes) {
        const QString name = SqlDialect::indexName(definition);
        if (name.isEmpty())
            continue;
        if (!q.exec(QStringLiteral("DROP INDEX ") + name))
            return q.error();
        d->droppedIndexes << definition;
    }
    return {};
}

int BulkLoader::prepare(const QString &sql)
{
    d->statements.push_back(std::make_unique<BulkStatement>(d->db, sql));
    return int(d->statements.size() - 1);
}

Error BulkLoader::insert(int statement, const std::vector<BulkValue> &values)
{
    Result<std::optional<qint64>> done = d->statements.at(std::size_t(statement))->run(values);
    return done ? Error{} : done.error();
}

Error BulkLoader::finish()
{
    if (!d->active)
        return makeError(ErrorCode::Sql, tr("The bulk load was not started."));
    d->statements.clear();
    SqlQuery q(d->db);
    const QStringList statements = d->db.dialect().indexCandidatesAfter();
    if (Error e = MetaRepository(d->db).remove(QString::fromLatin1(SqlDialect::searchSuspendedKey))) {
        abort();
        return e;
    }
    for (const QString &statement : std::as_const(statements)) {
        q.prepare(statement);
        q.bind(d->lastCandidateBefore);
        if (!q.exec()) {
            Error e = q.error();
            abort();
            return e;
        }
    }
    // Metric summaries the paused triggers did not write (see 0008), for
    // applications loaded without them.
    const QString unsummarised = QStringLiteral("(SELECT id FROM applications WHERE furthest_stage_id IS NULL)");
    const QStringList summaries{
        QStringLiteral("UPDATE stage_events SET left_at = n.next_at, stay_hours = (n.next_at - stage_events.at) / 3600 "
                       "FROM (SELECT id, LEAD(at) OVER (PARTITION BY application_id ORDER BY at, id) AS next_at FROM stage_events "
                       "WHERE application_id IN %1) n WHERE n.id = stage_events.id AND n.next_at IS NOT NULL").arg(unsummarised),
        QStringLiteral("UPDATE applications SET exited_from_stage_id = (SELECT CASE WHEN s.category IN ('rejected', 'withdrawn') THEN e.from_stage_id END "
                       "FROM stage_events e JOIN stages s ON s.id = e.to_stage_id WHERE e.application_id = applications.id "
                       "ORDER BY e.at DESC, e.id DESC LIMIT 1) WHERE furthest_stage_id IS NULL"),
        QStringLiteral("UPDATE applications SET furthest_stage_id = (SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id "
                       "WHERE e.application_id = applications.id AND s.category NOT IN ('rejected', 'withdrawn') ORDER BY s.position DESC LIMIT 1) "
                       "WHERE furthest_stage_id IS NULL"),
        QStringLiteral("UPDATE applications SET candidate_source = (SELECT source FROM candidates WHERE id = applications.candidate_id), "
                       "candidate_referrer = (SELECT referrer FROM candidates WHERE id = applications.candidate_id) WHERE candidate_source IS NULL")};
    for (const QString &statement : summaries) {
        if (!q.exec(statement)) {
            Error e = q.error();
            abort();
            return e;
        }
    }
    for (const QString &definition : std::as_const(d->droppedIndexes)) {
        if (!q.exec(definition)) {
            Error e = q.error();
            abort();
            return e;
        }
    }
    // Rows inserted with explicit ids: later inserts must not reuse them.
    const QStringList sequences = d->db.dialect().syncIdSequences(d->db);
    for (const QString &statement : sequences) {
        if (!q.exec(statement)) {
            Error e = q.error();
            abort();
            return e;
        }
    }
    // Fresh planner statistics, so the application table sorts and pages
    // through the indexes (SQLite and PostgreSQL both understand ANALYZE).
    if (!q.exec(QStringLiteral("ANALYZE"))) {
        Error e = q.error();
        abort();
        return e;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = q.error();
        abort();
        return e;
    }
    d->active = false;
    d->db.transactionDepth = 0;
    return {};
}

void BulkLoader::abort()
{
    d->statements.clear();
    if (!d->active)
        return;
    SqlQuery q(d->db);
    q.exec(QStringLiteral("ROLLBACK"));
    d->active = false;
    d->db.transactionDepth = 0;
}

} // namespace shortlist
