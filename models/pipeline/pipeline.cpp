#include "pipeline.h"

#include "domain/validation.h"
#include "repositories/candidaterepository.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace shortlist {

QStringList Pipeline::standardRejectionReasons()
{
    return {tr("Missing must-have skills"),
            tr("Not enough relevant experience"),
            tr("Weaker than other candidates"),
            tr("Did not pass the technical interview"),
            tr("Leadership or communication concerns"),
            tr("Compensation expectations too high"),
            tr("Location or right to work"),
            tr("Position filled"),
            tr("No response from candidate")};
}

Result<NewApplication> Pipeline::addCandidate(const Candidate &candidate, qint64 openingId, qint64 appliedAt,
                                                        const NewApplication &reuseIds)
{
    const QList<FieldError> problems = Validation::candidate(candidate);
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.first().message);
    Result<Opening> opening = OpeningRepository(m_db).loadStagePlan(openingId);
    if (!opening)
        return opening.error();
    if (opening->stages.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The opening has no stages; edit its stage plan first."));

    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Candidate toInsert = candidate;
    toInsert.id = reuseIds.candidateId;
    Result<qint64> candidateId = CandidateRepository(m_db).add(toInsert);
    if (!candidateId)
        return candidateId.error();
    const qint64 at = appliedAt > 0 ? appliedAt : QDateTime::currentSecsSinceEpoch();
    Result<qint64> applicationId = ApplicationRepository(m_db).create(*candidateId, openingId, opening->stages.first().id, at,
                                                                      reuseIds.applicationId);
    if (!applicationId)
        return applicationId.error();
    if (!tx.commit())
        return tx.error();
    return NewApplication{*candidateId, *applicationId};
}

Error Pipeline::removeNewCandidate(const NewApplication &created)
{
    Result<Candidate> candidate = CandidateRepository(m_db).load(created.candidateId);
    if (!candidate)
        return candidate.error();
    return CandidateRepository(m_db).remove(created.candidateId, candidate->version);
}

Result<Pipeline::Context> Pipeline::context(qint64 applicationId) const
{
    Result<Application> app = ApplicationRepository(m_db).load(applicationId);
    if (!app)
        return app.error();
    Result<Opening> plan = OpeningRepository(m_db).loadStagePlan(app->openingId);
    if (!plan)
        return plan.error();
    return Context{std::move(app).value(), std::move(plan).value()};
}

Result<StageMove> Pipeline::moveToStage(qint64 applicationId, int expectedVersion, qint64 stageId)
{
    Result<Context> ctx = context(applicationId);
    if (!ctx)
        return ctx.error();
    return moveWithin(*ctx, expectedVersion, stageId);
}

Result<StageMove> Pipeline::moveToNextStage(qint64 applicationId, int expectedVersion)
{
    Result<Context> ctx = context(applicationId);
    if (!ctx)
        return ctx.error();
    const Stage *next = ctx->plan.nextStage(ctx->application.stageId);
    if (!next)
        return makeError(ErrorCode::Invalid, tr("The application is in the last stage of the plan; there is no next stage."));
    return moveWithin(*ctx, expectedVersion, next->id);
}

Result<StageMove> Pipeline::moveWithin(const Context &ctx, int expectedVersion, qint64 stageId)
{
    const Application &app = ctx.application;
    const Stage *stage = ctx.plan.stage(stageId);
    if (!stage)
        return makeError(ErrorCode::Invalid, tr("That stage does not belong to this opening."));
    if (isExit(stage->category))
        return makeError(ErrorCode::Invalid, tr("Use Reject or Withdraw to move an application to “%1”.").arg(stage->name));
    if (app.status == ApplicationStatus::Rejected || app.status == ApplicationStatus::Withdrawn)
        return makeError(ErrorCode::Invalid, tr("This application is closed (%1). Reopen it before moving it.").arg(displayName(app.status)));
    if (app.stageId == stageId)
        return makeError(ErrorCode::Invalid, tr("The application is already in “%1”.").arg(stage->name));
    ApplicationState target;
    target.stageId = stageId;
    target.status = stage->category == StageCategory::Hired ? ApplicationStatus::Hired : ApplicationStatus::Active;
    return ApplicationRepository(m_db).move(app.id, expectedVersion, target, {});
}

Result<StageMove> Pipeline::exitTo(qint64 applicationId, int expectedVersion, StageCategory exit, const QString &reason)
{
    Result<Context> ctx = context(applicationId);
    if (!ctx)
        return ctx.error();
    if (ctx->application.status != ApplicationStatus::Active)
        return makeError(ErrorCode::Invalid, tr("Only an active application can be rejected or withdrawn; this one is %1.")
                                                 .arg(displayName(ctx->application.status).toLower()));
    const Stage *stage = ctx->plan.firstStage(exit);
    if (!stage)
        return makeError(ErrorCode::Invalid, tr("The opening's stage plan has no “%1” exit; add one to its stage plan.").arg(displayName(exit)));
    ApplicationState target;
    target.stageId = stage->id;
    target.status = exit == StageCategory::Rejected ? ApplicationStatus::Rejected : ApplicationStatus::Withdrawn;
    target.rejectionReason = reason.trimmed();
    return ApplicationRepository(m_db).move(applicationId, expectedVersion, target, reason.trimmed());
}

Result<StageMove> Pipeline::reject(qint64 applicationId, int expectedVersion, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a rejection reason; it is needed for the rejection-reason report."));
    return exitTo(applicationId, expectedVersion, StageCategory::Rejected, reason);
}

Result<StageMove> Pipeline::withdraw(qint64 applicationId, int expectedVersion, const QString &reason)
{
    return exitTo(applicationId, expectedVersion, StageCategory::Withdrawn, reason);
}

Result<StageMove> Pipeline::reopen(qint64 applicationId, int expectedVersion)
{
    Result<Context> ctx = context(applicationId);
    if (!ctx)
        return ctx.error();
    const ApplicationStatus status = ctx->application.status;
    if (status != ApplicationStatus::Rejected && status != ApplicationStatus::Withdrawn)
        return makeError(ErrorCode::Invalid, tr("Only a rejected or withdrawn application can be reopened."));
    ApplicationRepository applications(m_db);
    Result<std::optional<qint64>> previous = applications.stageBeforeExit(applicationId);
    if (!previous)
        return previous.error();
    // Back where it left the pipeline; the first stage if that stage is gone.
    const Stage *stage = ctx->plan.stage(previous->value_or(0));
    ApplicationState target;
    target.stageId = stage && !isExit(stage->category) ? stage->id : ctx->plan.stages.first().id;
    target.status = ApplicationStatus::Active;
    return applications.move(applicationId, expectedVersion, target, tr("Reopened"));
}

Result<ApplicationRepository::BulkResult> Pipeline::moveMany(qint64 openingId, const QList<qint64> &applicationIds, qint64 stageId,
                                                              const QString &reason)
{
    Result<Opening> plan = OpeningRepository(m_db).loadStagePlan(openingId);
    if (!plan)
        return plan.error();
    const Stage *stage = plan->stage(stageId);
    if (!stage)
        return makeError(ErrorCode::Invalid, tr("That stage does not belong to this opening."));
    ApplicationState target;
    target.stageId = stageId;
    QList<ApplicationStatus> eligible{ApplicationStatus::Active};
    switch (stage->category) {
    case StageCategory::Rejected:
        if (reason.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Choose a rejection reason; it is needed for the rejection-reason report."));
        target.status = ApplicationStatus::Rejected;
        target.rejectionReason = reason.trimmed();
        break;
    case StageCategory::Withdrawn:
        target.status = ApplicationStatus::Withdrawn;
        target.rejectionReason = reason.trimmed();
        break;
    case StageCategory::Hired:
        target.status = ApplicationStatus::Hired;
        break;
    default:
        target.status = ApplicationStatus::Active;
        eligible << ApplicationStatus::Hired;
        break;
    }
    return ApplicationRepository(m_db).moveMany(openingId, applicationIds, target, reason.trimmed(), eligible);
}

Result<int> Pipeline::remainingHeadcount(qint64 openingId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT o.headcount - (SELECT count(*) FROM applications a WHERE a.opening_id = o.id AND a.status = 'hired') "
                             "FROM openings o WHERE o.id = ?"));
    q.bind(openingId);
    if (!q.exec() || !q.next())
        return q.failure();
    return q.value(0).toInt();
}

} // namespace shortlist
