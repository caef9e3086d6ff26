#include "applicationrepository.h"

#include "auditrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

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
    q.prepare(QStringLiteral("SELECT a.id, o.title, s.name, a.status FROM applications a JOIN openings o ON o.id = a.opening_id "
                             "JOIN stages s ON s.id = a.stage_id WHERE a.candidate_id = ? ORDER BY a.applied_at, a.id"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    QList<CandidateApplication> list;
    while (q.next()) {
        list.append(CandidateApplication{q.int64(0), q.value(1).toString(), q.value(2).toString(),
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

QString ApplicationRepository::rowsSql(bool includeClosed, ApplicationSort sort, Qt::SortOrder order)
{
    QString key;
    bool ascending = order == Qt::AscendingOrder;
    switch (sort) {
    case ApplicationSort::Name: key = QStringLiteral("c.sort_name"); break;
    case ApplicationSort::Stage: key = QStringLiteral("s.position"); break;
    case ApplicationSort::DaysInStage:
        // More days in stage = entered earlier.
        key = QStringLiteral("a.stage_entered_at");
        ascending = !ascending;
        break;
    case ApplicationSort::Years: key = QStringLiteral("c.years_experience"); break;
    case ApplicationSort::Source: key = QStringLiteral("c.source"); break;
    case ApplicationSort::Applied: key = QStringLiteral("a.applied_at"); break;
    }
    const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("SELECT a.id, a.candidate_id, c.name, s.name, s.category, a.status, a.stage_entered_at, "
                          "c.years_experience, c.source, a.applied_at "
                          "FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN stages s ON s.id = a.stage_id "
                          "WHERE a.opening_id = ?%3 ORDER BY %1 %2, a.id %2 LIMIT ? OFFSET ?")
        .arg(key, dir, includeClosed ? QString() : QLatin1String(openStatuses));
}

Result<QList<ApplicationRow>> ApplicationRepository::rows(qint64 openingId, bool includeClosed, ApplicationSort sort, Qt::SortOrder order,
                                                         qint64 offset, int limit) const
{
    SqlQuery q(m_db);
    q.prepare(rowsSql(includeClosed, sort, order));
    q.bind(openingId).bind(limit).bind(offset);
    if (!q.exec())
        return q.error();
    QList<ApplicationRow> rows;
    rows.reserve(limit);
    while (q.next()) {
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
        rows.append(r);
    }
    return rows;
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
