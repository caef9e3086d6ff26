#include "applicationrepository.h"

#include "auditrepository.h"
#include "matchrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <algorithm>

namespace shortlist {

using namespace sqlvalues;

namespace {

constexpr auto selectApplication = "SELECT id, candidate_id, opening_id, stage_id, status, rejection_reason, applied_at, "
                                   "stage_entered_at, version FROM applications ";

Application readApplication(const SqlQuery &q)
{
    Application a;
    a.id = q.int64(0);
    a.candidateId = q.int64(1);
    a.openingId = q.int64(2);
    a.stageId = q.int64(3);
    a.status = applicationStatusFromCode(q.value(4).toString()).value_or(ApplicationStatus::Active);
    a.rejectionReason = q.value(5).toString();
    a.appliedAt = q.int64(6);
    a.stageEnteredAt = q.int64(7);
    a.version = q.value(8).toInt();
    return a;
}

} // namespace

Result<qint64> ApplicationRepository::create(qint64 candidateId, qint64 openingId, qint64 stageId, qint64 appliedAt, qint64 applicationId)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    // The stage must belong to the opening: a foreign key cannot say that.
    q.prepare(QStringLiteral("SELECT 1 FROM stages WHERE id = ? AND opening_id = ?"));
    q.bind(stageId).bind(openingId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::Invalid, tr("That stage does not belong to the opening; choose one of the opening's stages."));
    const bool keepId = applicationId > 0;
    q.prepare(QStringLiteral("INSERT INTO applications (candidate_id, opening_id, stage_id, status, applied_at, stage_entered_at, "
                             "version, updated_at%1) VALUES (?, ?, ?, 'active', ?, ?, 1, ?%2) RETURNING id")
                  .arg(keepId ? QStringLiteral(", id") : QString(), keepId ? QStringLiteral(", ?") : QString()));
    q.bind(candidateId).bind(openingId).bind(stageId).bind(appliedAt).bind(appliedAt).bind(QDateTime::currentSecsSinceEpoch());
    if (keepId)
        q.bind(applicationId);
    if (!q.exec() || !q.next()) {
        Error e = q.failure();
        if (e.code == ErrorCode::Invalid)
            e.message = tr("This candidate has already applied to this opening.");
        return e;
    }
    const qint64 id = q.int64(0);
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason) VALUES (?, ?, NULL, ?, ?, '')"));
    q.bind(id).bind(appliedAt).bind(stageId).bind(m_db.actor());
    if (!q.exec())
        return q.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("create"), QStringLiteral("application"), id,
                                               QStringLiteral("candidate=%1 opening=%2").arg(candidateId).arg(openingId)))
        return e;
    if (!m_deferScoring) {
        if (Error e = MatchRepository(m_db).updateApplication(id))
            return e;
    }
    if (!tx.commit())
        return tx.error();
    return id;
}

Result<Application> ApplicationRepository::load(qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QLatin1String(selectApplication) + QStringLiteral("WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Application %1 does not exist; it may have been deleted by another user.").arg(id));
    return readApplication(q);
}

Result<QList<CandidateApplication>> ApplicationRepository::forCandidate(qint64 candidateId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.id, o.title, s.name, a.status, a.opening_id FROM applications a JOIN openings o ON o.id = a.opening_id "
                             "JOIN stages s ON s.id = a.stage_id WHERE a.candidate_id = ? ORDER BY a.applied_at, a.id"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    QList<CandidateApplication> list;
    while (q.next()) {
        list.append(CandidateApplication{q.int64(0), q.int64(4), q.value(1).toString(), q.value(2).toString(),
                                         applicationStatusFromCode(q.value(3).toString()).value_or(ApplicationStatus::Active)});
    }
    return list;
}

Result<StageMove> ApplicationRepository::move(qint64 applicationId, int expectedVersion, const ApplicationState &target, const QString &reason)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Application> current = load(applicationId);
    if (!current)
        return current.error();
    if (current->version != expectedVersion)
        return makeError(ErrorCode::Stale, tr("This application was changed by someone else after you opened it, so the move was not saved. "
                                              "It has been reloaded: check where it stands and try again."));
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM stages WHERE id = ? AND opening_id = ?"));
    q.bind(target.stageId).bind(current->openingId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::Invalid, tr("That stage does not belong to this opening."));

    StageMove m;
    m.applicationId = applicationId;
    m.before = ApplicationState{current->stageId, current->status, current->rejectionReason, current->stageEnteredAt, current->version};
    m.after = target;
    m.after.version = current->version + 1;
    const qint64 now = target.stageEnteredAt > 0 ? target.stageEnteredAt : QDateTime::currentSecsSinceEpoch();
    m.after.stageEnteredAt = now;

    q.prepare(QStringLiteral("UPDATE applications SET stage_id = ?, status = ?, rejection_reason = ?, stage_entered_at = ?, "
                             "version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(target.stageId).bind(toCode(target.status)).bind(target.rejectionReason).bind(now).bind(QDateTime::currentSecsSinceEpoch())
        .bind(applicationId).bind(expectedVersion);
    if (!q.exec())
        return q.error();
    // Moved by another writer since load(): PostgreSQL's BEGIN, unlike SQLite's
    // BEGIN IMMEDIATE, lets one commit in between.
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Stale, tr("This application was changed by someone else after you opened it, so the move was not saved. "
                                              "It has been reloaded: check where it stands and try again."));
    q.prepare(QStringLiteral("INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(applicationId).bind(now).bind(current->stageId).bind(target.stageId).bind(m_db.actor()).bind(reason);
    if (!q.exec() || !q.next())
        return q.failure();
    m.eventId = q.int64(0);
    q.finish();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("move"), QStringLiteral("application"), applicationId,
                                               QStringLiteral("stage %1 -> %2, status %3")
                                                   .arg(current->stageId).arg(target.stageId).arg(toCode(target.status))))
        return e;
    if (!tx.commit())
        return tx.error();
    return m;
}

Error ApplicationRepository::revert(const StageMove &move)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    // The row becomes exactly what it was before the move, version included,
    // so earlier moves further down the undo stack still match it.
    q.prepare(QStringLiteral("UPDATE applications SET stage_id = ?, status = ?, rejection_reason = ?, stage_entered_at = ?, "
                             "version = ?, updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(move.before.stageId).bind(toCode(move.before.status)).bind(move.before.rejectionReason).bind(move.before.stageEnteredAt)
        .bind(move.before.version).bind(QDateTime::currentSecsSinceEpoch()).bind(move.applicationId).bind(move.after.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Stale, tr("The application was changed again after this move (perhaps by someone else), "
                                              "so the move cannot be undone. Reload and move it by hand."));
    q.prepare(QStringLiteral("DELETE FROM stage_events WHERE id = ? AND application_id = ?"));
    q.bind(move.eventId).bind(move.applicationId);
    if (!q.exec())
        return q.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("undo-move"), QStringLiteral("application"), move.applicationId,
                                               QStringLiteral("back to stage %1, status %2").arg(move.before.stageId).arg(toCode(move.before.status))))
        return e;
    if (!tx.commit())
        return tx.error();
    return {};
}

Result<StageMove> ApplicationRepository::reapply(const StageMove &undone, const QString &reason)
{
    ApplicationState target = undone.after;
    target.stageEnteredAt = 0;
    // revert() restored the version from before the move.
    return move(undone.applicationId, undone.before.version, target, reason);
}

namespace {

constexpr qsizetype bulkChunk = 400;

QString idList(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

Result<ApplicationRepository::BulkResult> ApplicationRepository::moveMany(qint64 openingId, const QList<qint64> &applicationIds,
                                                                          const ApplicationState &target, const QString &reason,
                                                                          const QList<ApplicationStatus> &eligible)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM stages WHERE id = ? AND opening_id = ?"));
    q.bind(target.stageId).bind(openingId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::Invalid, tr("That stage does not belong to this opening."));
    q.finish();
    BulkResult result;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString status = toCode(target.status);
    const QString detail = QStringLiteral("bulk: stage -> %1, status %2").arg(target.stageId).arg(status);
    QList<qint64> unique = applicationIds;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
    for (qsizetype from = 0; from < unique.size(); from += bulkChunk) {
        const QList<qint64> chunk = unique.mid(from, bulkChunk);
        // Which of them move, and their state before (for undo).
        q.prepare(QStringLiteral("SELECT id, opening_id, stage_id, status, rejection_reason, stage_entered_at, version "
                                 "FROM applications WHERE id IN ") + idList(chunk.size()));
        for (qint64 id : chunk)
            q.bind(id);
        if (!q.exec())
            return q.error();
        QList<qint64> moving;
        QHash<qint64, StageMove> byId;
        while (q.next()) {
            if (q.int64(1) != openingId)
                return makeError(ErrorCode::Invalid, tr("Some of the selected applications belong to another opening; select within one opening."));
            const ApplicationStatus current = applicationStatusFromCode(q.value(3).toString()).value_or(ApplicationStatus::Active);
            if ((!eligible.isEmpty() && !eligible.contains(current)) || (q.int64(2) == target.stageId && current == target.status))
                continue;
            StageMove m;
            m.applicationId = q.int64(0);
            m.before = ApplicationState{q.int64(2), current, q.value(4).toString(), q.int64(5), q.value(6).toInt()};
            m.after = target;
            m.after.stageEnteredAt = now;
            m.after.version = m.before.version + 1;
            byId.insert(m.applicationId, m);
            moving << m.applicationId;
        }
        q.finish();
        if (moving.isEmpty())
            continue;
        const QString in = idList(moving.size());
        q.prepare(QStringLiteral("INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason) "
                                 "SELECT id, ?, stage_id, ?, ?, ? FROM applications WHERE id IN ") + in + QStringLiteral(" RETURNING id, application_id"));
        q.bind(now).bind(target.stageId).bind(m_db.actor()).bind(reason);
        for (qint64 id : std::as_const(moving))
            q.bind(id);
        if (!q.exec())
            return q.error();
        while (q.next())
            byId[q.int64(1)].eventId = q.int64(0);
        q.finish();
        q.prepare(QStringLiteral("UPDATE applications SET stage_id = ?, status = ?, rejection_reason = ?, stage_entered_at = ?, "
                                 "version = version + 1, updated_at = ? WHERE id IN ") + in);
        q.bind(target.stageId).bind(status).bind(target.rejectionReason).bind(now).bind(now);
        for (qint64 id : std::as_const(moving))
            q.bind(id);
        if (!q.exec())
            return q.error();
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                 "SELECT ?, ?, 'move', 'application', id, ? FROM applications WHERE id IN ") + in);
        q.bind(now).bind(m_db.actor()).bind(detail);
        for (qint64 id : std::as_const(moving))
            q.bind(id);
        if (!q.exec())
            return q.error();
        for (qint64 id : std::as_const(moving))
            result.moves << byId.value(id);
    }
    // Not eligible, already there, or no longer in the database.
    result.skipped = int(unique.size() - result.moves.size());
    if (!tx.commit())
        return tx.error();
    return result;
}

Error ApplicationRepository::revertMany(const QList<StageMove> &moves)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    q.prepare(QStringLiteral("UPDATE applications SET stage_id = ?, status = ?, rejection_reason = ?, stage_entered_at = ?, "
                             "version = ?, updated_at = ? WHERE id = ? AND version = ?"));
    for (const StageMove &m : moves) {
        q.bind(m.before.stageId).bind(toCode(m.before.status)).bind(m.before.rejectionReason).bind(m.before.stageEnteredAt)
            .bind(m.before.version).bind(now).bind(m.applicationId).bind(m.after.version);
        if (!q.exec())
            return q.error();
        if (q.numRowsAffected() != 1)
            return makeError(ErrorCode::Stale, tr("At least one of these applications was changed again after the move (perhaps by someone else), "
                                                  "so the move cannot be undone. Reload and move them by hand."));
    }
    for (qsizetype from = 0; from < moves.size(); from += bulkChunk) {
        const QList<StageMove> chunk = moves.mid(from, bulkChunk);
        q.prepare(QStringLiteral("DELETE FROM stage_events WHERE id IN ") + idList(chunk.size()));
        for (const StageMove &m : chunk)
            q.bind(m.eventId);
        if (!q.exec())
            return q.error();
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
                                 "SELECT ?, ?, 'undo-move', 'application', id, 'bulk' FROM applications WHERE id IN ") + idList(chunk.size()));
        q.bind(now).bind(m_db.actor());
        for (const StageMove &m : chunk)
            q.bind(m.applicationId);
        if (!q.exec())
            return q.error();
    }
    if (!tx.commit())
        return tx.error();
    return {};
}

Result<QList<StageMove>> ApplicationRepository::reapplyMany(const QList<StageMove> &moves, const QString &reason)
{
    if (moves.isEmpty())
        return QList<StageMove>{};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // revert() restored each version; a changed one means someone moved it since.
    SqlQuery q(m_db);
    for (qsizetype from = 0; from < moves.size(); from += bulkChunk) {
        const QList<StageMove> chunk = moves.mid(from, bulkChunk);
        q.prepare(QStringLiteral("SELECT id, version FROM applications WHERE id IN ") + idList(chunk.size()));
        QHash<qint64, int> versions;
        for (const StageMove &m : chunk)
            q.bind(m.applicationId);
        if (!q.exec())
            return q.error();
        while (q.next())
            versions.insert(q.int64(0), q.value(1).toInt());
        for (const StageMove &m : chunk) {
            if (versions.value(m.applicationId, -1) != m.before.version)
                return makeError(ErrorCode::Stale, tr("At least one of these applications was changed after the undo, so the move cannot be redone."));
        }
    }
    q.finish();
    Result<Application> first = load(moves.constFirst().applicationId);
    if (!first)
        return first.error();
    // Moves of one bulk step may have different targets (advance: each to its next stage).
    QList<StageMove> redone;
    QList<StageMove> pending = moves;
    while (!pending.isEmpty()) {
        const ApplicationState target = pending.constFirst().after;
        QList<qint64> ids;
        QList<StageMove> rest;
        for (const StageMove &m : std::as_const(pending)) {
            if (m.after.stageId == target.stageId && m.after.status == target.status && m.after.rejectionReason == target.rejectionReason)
                ids << m.applicationId;
            else
                rest << m;
        }
        Result<BulkResult> group = moveMany(first->openingId, ids, target, reason, {});
        if (!group)
            return group.error();
        if (group->moves.size() != ids.size())
            return makeError(ErrorCode::Stale, tr("Some of these applications changed after the undo, so the move cannot be redone."));
        redone += group->moves;
        pending = rest;
    }
    if (!tx.commit())
        return tx.error();
    return redone;
}

Result<std::optional<qint64>> ApplicationRepository::stageBeforeExit(qint64 applicationId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.from_stage_id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id "
                             "WHERE e.application_id = ? AND s.category IN ('rejected', 'withdrawn') AND e.from_stage_id IS NOT NULL "
                             "ORDER BY e.at DESC, e.id DESC LIMIT 1"));
    q.bind(applicationId);
    if (!q.exec())
        return q.error();
    return q.next() ? std::optional<qint64>(q.int64(0)) : std::nullopt;
}

namespace {
// Finished applications (hired, rejected, withdrawn) are hidden by default: triage is about the active ones.
const char *const openStatuses = " AND a.status = 'active'";
}

Result<qint64> ApplicationRepository::countForOpening(qint64 openingId, bool includeClosed) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM applications a WHERE a.opening_id = ?")
              + (includeClosed ? QString() : QLatin1String(openStatuses)));
    q.bind(openingId);
    if (!q.exec() || !q.next())
        return q.failure();
    return q.int64(0);
}

namespace {

bool filterUses(const FilterGroup &group, std::initializer_list<FilterField> fields)
{
    for (const FilterCondition &c : group.conditions) {
        if (std::find(fields.begin(), fields.end(), c.field) != fields.end())
            return true;
    }
    return std::any_of(group.groups.begin(), group.groups.end(), [&](const FilterGroup &g) { return filterUses(g, fields); });
}

// FROM ... WHERE ... shared by counting and paging. Joins only what the query
// needs: a count over the whole opening should not touch every candidate row.
SqlFragment fromWhere(const Database &db, const ApplicationQuery &query, qint64 now, bool forRows)
{
    SqlFragment f;
    const bool search = query.hasSearch();
    f.sql = QStringLiteral("FROM applications a");
    if (search) {
        const SqlFragment matches = db.dialect().candidateSearch(query.searchText, query.openingId, !query.includeClosed);
        f.sql += QStringLiteral(" JOIN (") + matches.sql + QStringLiteral(") f ON f.candidate_id = a.candidate_id");
        f.values += matches.values;
    }
    const bool sortsOnCandidate = forRows && (query.sort == ApplicationSort::Name || query.sort == ApplicationSort::Years
                                              || query.sort == ApplicationSort::Source);
    if (sortsOnCandidate || filterUses(query.filter, {FilterField::Source, FilterField::Years}))
        f.sql += QStringLiteral(" JOIN candidates c ON c.id = a.candidate_id");
    if ((forRows && query.sort == ApplicationSort::Stage) || filterUses(query.filter, {FilterField::Stage}))
        f.sql += QStringLiteral(" JOIN stages s ON s.id = a.stage_id");
    f.sql += QStringLiteral(" WHERE a.opening_id = ?");
    f.values << query.openingId;
    if (!query.includeClosed)
        f.sql += QStringLiteral(" AND a.status = 'active'");
    if (query.stageId > 0) {
        f.sql += QStringLiteral(" AND a.stage_id = ?");
        f.values << query.stageId;
    }
    const SqlFragment filter = ApplicationFilter::toSql(query.filter, now);
    if (!filter.sql.isEmpty()) {
        f.sql += QStringLiteral(" AND (") + filter.sql + QLatin1Char(')');
        f.values += filter.values;
    }
    return f;
}

Error run(SqlQuery &q, const SqlFragment &f)
{
    q.prepare(f.sql);
    for (const QVariant &v : f.values)
        q.bind(v);
    return q.exec() ? Error{} : q.error();
}

} // namespace

SqlFragment ApplicationRepository::countSql(const ApplicationQuery &query, qint64 now) const
{
    SqlFragment f = fromWhere(m_db, query, now, false);
    f.sql.prepend(QStringLiteral("SELECT count(*) "));
    return f;
}

Result<qint64> ApplicationRepository::count(const ApplicationQuery &query, qint64 now) const
{
    if (Error e = ApplicationFilter::validate(query.filter))
        return e;
    SqlQuery q(m_db);
    if (Error e = run(q, countSql(query, now)))
        return e;
    if (!q.next())
        return q.failure();
    return q.int64(0);
}

Result<QHash<qint64, qint64>> ApplicationRepository::countByStage(const ApplicationQuery &query, qint64 now) const
{
    if (Error e = ApplicationFilter::validate(query.filter))
        return e;
    ApplicationQuery all = query;
    all.stageId = 0;
    SqlFragment f = fromWhere(m_db, all, now, false);
    f.sql = QStringLiteral("SELECT a.stage_id, count(*) ") + f.sql + QStringLiteral(" GROUP BY a.stage_id");
    SqlQuery q(m_db);
    if (Error e = run(q, f))
        return e;
    QHash<qint64, qint64> counts;
    while (q.next())
        counts.insert(q.int64(0), q.int64(1));
    return counts;
}

namespace {

// The wide row the table, the board and exports show, for `applications a`.
QString rowColumns()
{
    return QStringLiteral(
        "SELECT a.id, a.candidate_id, c.name, s.name, s.category, a.status, a.stage_entered_at, "
        "c.years_experience, c.source, a.applied_at, a.stage_id, c.current_title, s.stall_days, a.match_score, "
        "a.missing_must_haves, "
        "(SELECT count(*) FROM scorecards sc JOIN interviews i ON i.id = sc.interview_id "
        " WHERE i.application_id = a.id AND sc.status = 'submitted' AND NOT EXISTS "
        " (SELECT 1 FROM scorecards n WHERE n.interview_id = sc.interview_id AND n.person_id = sc.person_id AND n.revision > sc.revision)), "
        "(SELECT count(*) FROM scorecards sc JOIN interviews i ON i.id = sc.interview_id "
        " WHERE i.application_id = a.id AND sc.status = 'submitted' AND sc.overall IN ('yes', 'strong_yes') AND NOT EXISTS "
        " (SELECT 1 FROM scorecards n WHERE n.interview_id = sc.interview_id AND n.person_id = sc.person_id AND n.revision > sc.revision)) ");
}

ApplicationRow readRow(const SqlQuery &q)
{
    ApplicationRow r;
    r.applicationId = q.int64(0);
    r.candidateId = q.int64(1);
    r.name = q.value(2).toString();
    r.stageName = q.value(3).toString();
    r.category = stageCategoryFromCode(q.value(4).toString()).value_or(StageCategory::Applied);
    r.status = applicationStatusFromCode(q.value(5).toString()).value_or(ApplicationStatus::Active);
    r.stageEnteredAt = q.int64(6);
    r.yearsExperience = toOptionalInt(q.value(7));
    r.source = q.value(8).toString();
    r.appliedAt = q.int64(9);
    r.stageId = q.int64(10);
    r.currentTitle = q.value(11).toString();
    r.stallDays = q.value(12).toInt();
    r.matchScore = toOptionalInt(q.value(13));
    r.missingMustHaves = q.value(14).toInt();
    r.scorecardsSubmitted = q.value(15).toInt();
    r.scorecardsPositive = q.value(16).toInt();
    return r;
}

} // namespace

Result<QList<ApplicationRow>> ApplicationRepository::rowsByIds(const QList<qint64> &applicationIds) const
{
    QHash<qint64, ApplicationRow> byId;
    SqlQuery q(m_db);
    for (qsizetype from = 0; from < applicationIds.size(); from += bulkChunk) {
        const QList<qint64> chunk = applicationIds.mid(from, bulkChunk);
        q.prepare(rowColumns() + QStringLiteral("FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                "JOIN stages s ON s.id = a.stage_id WHERE a.id IN ") + idList(chunk.size()));
        for (qint64 id : chunk)
            q.bind(id);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            const ApplicationRow r = readRow(q);
            byId.insert(r.applicationId, r);
        }
    }
    QList<ApplicationRow> rows;
    rows.reserve(byId.size());
    for (qint64 id : applicationIds) {
        if (const auto it = byId.constFind(id); it != byId.cend())
            rows << *it;
    }
    return rows;
}

SqlFragment ApplicationRepository::rowsSql(const ApplicationQuery &query, qint64 now, qint64 offset, int limit, bool withTotal) const
{
    QString key;
    bool ascending = query.order == Qt::AscendingOrder;
    bool nullable = false;
    switch (query.sort) {
    case ApplicationSort::Name: key = QStringLiteral("c.sort_name"); break;
    case ApplicationSort::Stage: key = QStringLiteral("s.position"); break;
    case ApplicationSort::DaysInStage:
        // More days in stage = entered earlier.
        key = QStringLiteral("a.stage_entered_at");
        ascending = !ascending;
        break;
    case ApplicationSort::Years:
        key = QStringLiteral("c.years_experience");
        nullable = true;
        break;
    case ApplicationSort::Source: key = QStringLiteral("c.source"); break;
    case ApplicationSort::Applied: key = QStringLiteral("a.applied_at"); break;
    case ApplicationSort::Match:
        key = QStringLiteral("a.match_score");
        nullable = true;
        break;
    case ApplicationSort::Relevance:
        // Best match first when descending; without a search, newest first.
        key = query.hasSearch() ? QStringLiteral("f.rank") : QStringLiteral("a.applied_at");
        if (query.hasSearch())
            ascending = !ascending;
        break;
    }
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // Unknown years and scores sort below every value on every backend.
    const QString nulls = nullable ? m_db.dialect().nullsLow(ascending) : QString();
    const SqlFragment from = fromWhere(m_db, query, now, true);
    // Page the ids first, then read the wide row for those only: the scorecard
    // counts and text columns are never computed for rows the sort skips.
    SqlFragment f;
    // withTotal: the window count rides along, so a search enumerates its
    // matches once for the count and the first page together.
    f.sql = rowColumns() + (withTotal ? QStringLiteral(", p.total ") : QString())
          + QStringLiteral("FROM (SELECT a.id AS id, %1 AS sort_key%5 %2 ORDER BY %1 %3%4, a.id %3 LIMIT ? OFFSET ?) p "
                           "JOIN applications a ON a.id = p.id JOIN candidates c ON c.id = a.candidate_id JOIN stages s ON s.id = a.stage_id "
                           "ORDER BY p.sort_key %3%4, p.id %3")
                .arg(key, from.sql, dir, nulls, withTotal ? QStringLiteral(", count(*) OVER () AS total") : QString());
    f.values = from.values;
    f.values << limit << offset;
    return f;
}

Result<QList<ApplicationRow>> ApplicationRepository::rows(const ApplicationQuery &query, qint64 now, qint64 offset, int limit) const
{
    if (Error e = ApplicationFilter::validate(query.filter))
        return e;
    SqlQuery q(m_db);
    if (Error e = run(q, rowsSql(query, now, offset, limit)))
        return e;
    QList<ApplicationRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<ApplicationRepository::FirstPage> ApplicationRepository::firstPage(const ApplicationQuery &query, qint64 now, int limit) const
{
    if (Error e = ApplicationFilter::validate(query.filter))
        return e;
    SqlQuery q(m_db);
    if (Error e = run(q, rowsSql(query, now, 0, limit, true)))
        return e;
    FirstPage page;
    page.rows.reserve(limit);
    while (q.next()) {
        page.rows.append(readRow(q));
        page.total = q.int64(17);
    }
    return page;
}

Result<QStringList> ApplicationRepository::sources(qint64 openingId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT c.source FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                             "WHERE a.opening_id = ? AND c.source <> '' ORDER BY c.source"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<QList<qint64>> ApplicationRepository::candidateIds(const QList<qint64> &applicationIds) const
{
    QList<qint64> ids;
    SqlQuery q(m_db);
    for (qsizetype from = 0; from < applicationIds.size(); from += bulkChunk) {
        const QList<qint64> chunk = applicationIds.mid(from, bulkChunk);
        q.prepare(QStringLiteral("SELECT DISTINCT candidate_id FROM applications WHERE id IN ") + idList(chunk.size()));
        for (qint64 id : chunk)
            q.bind(id);
        if (!q.exec())
            return q.error();
        while (q.next())
            ids << q.int64(0);
    }
    return ids;
}

Result<QList<StageEvent>> ApplicationRepository::timelineForCandidate(qint64 candidateId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.id, e.application_id, e.at, e.from_stage_id, e.to_stage_id, fs.name, ts.name, o.title, e.actor, e.reason "
                             "FROM stage_events e JOIN applications a ON a.id = e.application_id "
                             "JOIN openings o ON o.id = a.opening_id "
                             "JOIN stages ts ON ts.id = e.to_stage_id LEFT JOIN stages fs ON fs.id = e.from_stage_id "
                             "WHERE a.candidate_id = ? ORDER BY e.at, e.id"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    QList<StageEvent> events;
    while (q.next()) {
        StageEvent e;
        e.id = q.int64(0);
        e.applicationId = q.int64(1);
        e.at = q.int64(2);
        e.fromStageId = toOptionalId(q.value(3));
        e.toStageId = q.int64(4);
        e.fromStageName = q.value(5).toString();
        e.toStageName = q.value(6).toString();
        e.openingTitle = q.value(7).toString();
        e.actor = q.value(8).toString();
        e.reason = q.value(9).toString();
        events.append(e);
    }
    return events;
}

} // namespace shortlist
