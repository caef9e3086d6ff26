#include "privacyrepository.h"

#include "analytics/requirementmatch.h"
#include "domain/textfold.h"
#include "matchrepository.h"
#include "metarepository.h"
#include "pipeline/pipeline.h"
#include "reports/anonymizer.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <map>

// What anonymisation keeps and removes, column by column.
//
// Kept — the statistics the pipeline metrics, the debrief history and the
// calibration are computed from, none of which names or describes the person:
//   candidates: id, source, years_experience, consent date/basis/retention
//     date, created_at (updated_at and version move on);
//   applications, stage_events (dates, stages, actors), match scores and the
//     metric summary columns, interviews (times, stage, panel, status),
//     scorecard ratings, "not assessed" and overall recommendations,
//     decisions (kind, formula score, advice, weights, override flag).
// Removed — what identifies or describes the person:
//   name -> "Anonymised C-XXXXXXXX" (Anonymizer's stable code, so anonymised
//     reports and the record agree), sort_name refolded; email, phone,
//     location, current title and company, links, referrer (a named person
//     who knows the candidate; the mirrored applications.candidate_referrer
//     follows by trigger, so referrals still count under the source but no
//     longer per referrer); the duplicate keys;
//   skills are cut down to those that matched a requirement of one of the
//     candidate's openings: the stored match scores stay reproducible by the
//     next rescoring, while the rest of a CV's vocabulary ("Speaker at
//     PyData 2019") can single a person out;
//   notes and attachments (free text and CVs) are deleted; scorecard evidence
//     and summaries, amendment reasons and decision rationales are emptied:
//     narratives about the person;
//   short free texts are kept only when they are shared vocabulary — used
//     verbatim for another candidate, or a standard choice — since a value
//     many people share cannot single one out, while a one-off text may
//     ("Moving to Lisbon with her partner"): rejection and stage-move reasons
//     (else "Other reason (anonymised)", so the rejection counts still add
//     up), interview titles (else the stage name; the plan's titles and stage
//     names are kept), interview locations (rooms are shared; a personal video
//     link is not: emptied), tags (a tag only they had is removed, and
//     deleted when no one else has it);
//   import batch items' saved previous values; the audit log's free-text
//     details about their records (see scrubAudit()).
// The full-text index follows by trigger and is then optimised, so no old
// token survives in an index segment; see SqlDialect::purgeDerivedData and
// purgeStorage for what happens to the files.

namespace shortlist {

using namespace sqlvalues;

namespace {

constexpr qsizetype chunkSize = 400;
constexpr auto redacted = "[personal data removed]";
constexpr auto anonymisedPrefix = "Anonymised ";
constexpr auto policyKey = "retention_policy";
constexpr auto lastRunKey = "retention_last_run";

QString marks(qsizetype count)
{
    QString s = QStringLiteral("(");
    for (qsizetype i = 0; i < count; ++i)
        s += i ? QStringLiteral(", ?") : QStringLiteral("?");
    return s + QLatin1Char(')');
}

qint64 monthsBefore(qint64 now, int months)
{
    return QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).addMonths(-months).toSecsSinceEpoch();
}

QDate dayOf(qint64 now)
{
    return QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date();
}

QString foldedBasis(const QString &text)
{
    QString folded = foldText(text).trimmed();
    folded.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return folded;
}

} // namespace

QString toCode(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Unset: return {};
    case LegalBasis::Consent: return QStringLiteral("consent");
    case LegalBasis::LegitimateInterest: return QStringLiteral("legitimate_interest");
    case LegalBasis::Contract: return QStringLiteral("contract");
    case LegalBasis::LegalObligation: return QStringLiteral("legal_obligation");
    }
    return {};
}

std::optional<LegalBasis> legalBasisFromCode(const QString &code)
{
    const QString folded = foldedBasis(code);
    for (LegalBasis b : {LegalBasis::Unset, LegalBasis::Consent, LegalBasis::LegitimateInterest, LegalBasis::Contract, LegalBasis::LegalObligation}) {
        if (folded == toCode(b))
            return b;
    }
    return std::nullopt;
}

QString displayName(LegalBasis basis)
{
    switch (basis) {
    case LegalBasis::Unset: return PrivacyRepository::tr("Not recorded");
    case LegalBasis::Consent: return PrivacyRepository::tr("Consent");
    case LegalBasis::LegitimateInterest: return PrivacyRepository::tr("Legitimate interest");
    case LegalBasis::Contract: return PrivacyRepository::tr("Steps before a contract");
    case LegalBasis::LegalObligation: return PrivacyRepository::tr("Legal obligation");
    }
    return {};
}

QString displayName(RetentionReason reason)
{
    return reason == RetentionReason::AfterExit ? PrivacyRepository::tr("Rejected or withdrew long ago")
                                                : PrivacyRepository::tr("No activity for a long time");
}

// One anonymisation or erasure: who and when, what is cached across its
// candidates, and which records' audit entries to scrub at the end.
struct PrivacyRepository::Context {
    QString databaseId;
    QString actor;
    qint64 now = 0;
    QStringList standardReasons;
    std::map<qint64, RequirementMatcher> matchers;   // per opening
    QHash<QString, bool> reasonKept;
    std::optional<bool> hasImportItems;
    QHash<QString, QSet<qint64>> entities;           // audit entity -> ids whose entries to scrub
    QSet<QString> sharedTags;                        // kept: someone else has them too
};

Error PrivacyRepository::startContext(Context &context, const QString &actor) const
{
    Result<QString> databaseId = MetaRepository(m_db).databaseId();
    if (!databaseId)
        return databaseId.error();
    context.databaseId = *databaseId;
    context.actor = actor.isEmpty() ? m_db.actor() : actor;
    context.now = QDateTime::currentSecsSinceEpoch();
    context.standardReasons = Pipeline::standardRejectionReasons();
    return {};
}

// ---------------------------------------------------------------- consent

Result<ConsentRecord> PrivacyRepository::consent(qint64 candidateId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT consent_on, consent_basis, retain_until, version FROM candidates WHERE id = ?"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Candidate %1 does not exist; they may have been deleted by another user.").arg(candidateId));
    ConsentRecord r;
    r.consentOn = toDate(q.value(0));
    r.storedBasis = q.value(1).toString();
    r.basis = legalBasisFromCode(r.storedBasis).value_or(LegalBasis::Unset);
    r.retainUntil = toDate(q.value(2));
    r.version = q.value(3).toInt();
    return r;
}

QList<FieldError> PrivacyRepository::validate(const ConsentRecord &r, const QDate &today)
{
    QList<FieldError> errors;
    if (r.consentOn.isValid() && today.isValid() && r.consentOn > today)
        errors.append({QStringLiteral("consentOn"), tr("The consent date %1 is in the future; enter the day the candidate gave consent.")
                                                        .arg(r.consentOn.toString(Qt::ISODate))});
    if (r.basis == LegalBasis::Consent && !r.consentOn.isValid())
        errors.append({QStringLiteral("consentOn"), tr("Consent as the legal basis needs the date the candidate gave it.")});
    if (r.basis == LegalBasis::Unset && r.consentOn.isValid())
        errors.append({QStringLiteral("basis"), tr("Choose the legal basis for holding this candidate's data "
                                                   "(consent, legitimate interest, steps before a contract or a legal obligation).")});
    if (r.retainUntil.isValid() && r.consentOn.isValid() && r.retainUntil < r.consentOn)
        errors.append({QStringLiteral("retainUntil"), tr("The retention date is before the consent date; pick a later date.")});
    if (r.retainUntil.isValid() && today.isValid() && r.retainUntil > today.addYears(10))
        errors.append({QStringLiteral("retainUntil"), tr("Keep a candidate's data at most 10 years; pick a retention date before %1.")
                                                          .arg(today.addYears(10).toString(Qt::ISODate))});
    return errors;
}

Result<int> PrivacyRepository::setConsent(qint64 candidateId, const ConsentRecord &record, const QDate &today)
{
    const QDate day = today.isValid() ? today : QDateTime::currentDateTimeUtc().date();
    const QList<FieldError> problems = validate(record, day);
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.first().message);
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE candidates SET consent_on = ?, consent_basis = ?, retain_until = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    q.bind(date(record.consentOn)).bind(toCode(record.basis)).bind(date(record.retainUntil)).bind(QDateTime::currentSecsSinceEpoch())
        .bind(candidateId).bind(record.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1) {
        q.prepare(QStringLiteral("SELECT 1 FROM candidates WHERE id = ?"));
        q.bind(candidateId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("Candidate %1 does not exist; they may have been deleted by another user.").arg(candidateId));
        return makeError(ErrorCode::Stale, tr("The candidate's profile was changed by someone else after you opened it, so the consent was not saved. "
                                              "Reload it and enter the consent again."));
    }
    const QString detail = QStringLiteral("basis=%1 consent_on=%2 retain_until=%3")
                               .arg(toCode(record.basis), record.consentOn.toString(Qt::ISODate), record.retainUntil.toString(Qt::ISODate));
    if (Error e = appendAudit(m_db.actor(), QStringLiteral("consent"), QStringLiteral("candidate"), candidateId, detail))
        return e;
    if (!tx.commit())
        return tx.error();
    return record.version + 1;
}

// ---------------------------------------------------------------- retention policy

QList<FieldError> PrivacyRepository::validate(const RetentionPolicy &p)
{
    QList<FieldError> errors;
    if (p.inactiveMonths < 0 || p.inactiveMonths > 240)
        errors.append({QStringLiteral("inactiveMonths"), tr("Months after the last activity must be between 1 and 240 (0 turns the rule off).")});
    if (p.afterExitMonths < 0 || p.afterExitMonths > 240)
        errors.append({QStringLiteral("afterExitMonths"),
                       tr("Months after a rejection or withdrawal must be between 1 and 240 (0 turns the rule off).")});
    if (p.inactiveMonths == 0 && p.afterExitMonths == 0)
        errors.append({QStringLiteral("inactiveMonths"), tr("Turn on at least one rule: months after the last activity, "
                                                            "or months after a rejection or withdrawal.")});
    return errors;
}

Result<RetentionPolicy> PrivacyRepository::policy() const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(QString::fromLatin1(policyKey));
    if (!q.exec())
        return q.error();
    RetentionPolicy p;
    if (!q.next())
        return p;
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    p.inactiveMonths = o.value(QLatin1String("inactiveMonths")).toInt(p.inactiveMonths);
    p.afterExitMonths = o.value(QLatin1String("afterExitMonths")).toInt(p.afterExitMonths);
    p.includeHired = o.value(QLatin1String("includeHired")).toBool(p.includeHired);
    if (!validate(p).isEmpty())
        return RetentionPolicy{};  // damaged: the default, until saved again
    return p;
}

Error PrivacyRepository::setPolicy(const RetentionPolicy &p)
{
    const QList<FieldError> problems = validate(p);
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.first().message);
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const QJsonObject o{{QStringLiteral("format"), 1},
                        {QStringLiteral("inactiveMonths"), p.inactiveMonths},
                        {QStringLiteral("afterExitMonths"), p.afterExitMonths},
                        {QStringLiteral("includeHired"), p.includeHired}};
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.bind(QString::fromLatin1(policyKey));
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    q.bind(QString::fromLatin1(policyKey)).bind(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return q.error();
    const QString detail = QStringLiteral("inactive=%1 after_exit=%2 hired=%3").arg(p.inactiveMonths).arg(p.afterExitMonths).arg(p.includeHired ? 1 : 0);
    if (Error e = appendAudit(m_db.actor(), QStringLiteral("update"), QStringLiteral("retention_policy"), std::nullopt, detail))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

SqlFragment PrivacyRepository::dueQuery(const RetentionPolicy &p, qint64 now) const
{
    // Last activity: the latest of every dated thing that happened to the
    // candidate. One pass per table over the eligible candidates only (no
    // active application, no retention date from today on, not anonymised).
    const QString closed = p.includeHired ? QStringLiteral("('active')") : QStringLiteral("('active', 'hired')");
    const QString sql = QStringLiteral(
        "WITH eligible AS ("
        "  SELECT c.id FROM candidates c"
        "  WHERE (c.retain_until IS NULL OR c.retain_until < ?) AND c.name NOT LIKE 'Anonymised C-%'"
        "    AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.status IN %1)"
        "), activity (candidate_id, t) AS ("
        "  SELECT c.id, c.created_at FROM candidates c JOIN eligible e ON e.id = c.id"
        "  UNION ALL SELECT c.id, c.updated_at FROM candidates c JOIN eligible e ON e.id = c.id"
        "  UNION ALL SELECT a.candidate_id, a.applied_at FROM applications a JOIN eligible e ON e.id = a.candidate_id"
        "  UNION ALL SELECT a.candidate_id, a.stage_entered_at FROM applications a JOIN eligible e ON e.id = a.candidate_id"
        "  UNION ALL SELECT a.candidate_id, a.updated_at FROM applications a JOIN eligible e ON e.id = a.candidate_id"
        "  UNION ALL SELECT a.candidate_id, se.at FROM stage_events se JOIN applications a ON a.id = se.application_id"
        "    JOIN eligible e ON e.id = a.candidate_id"
        "  UNION ALL SELECT n.candidate_id, n.created_at FROM notes n JOIN eligible e ON e.id = n.candidate_id"
        "  UNION ALL SELECT f.candidate_id, f.added_at FROM attachments f JOIN eligible e ON e.id = f.candidate_id"
        "  UNION ALL SELECT a.candidate_id, i.starts_at FROM interviews i JOIN applications a ON a.id = i.application_id"
        "    JOIN eligible e ON e.id = a.candidate_id"
        "  UNION ALL SELECT a.candidate_id, i.created_at FROM interviews i JOIN applications a ON a.id = i.application_id"
        "    JOIN eligible e ON e.id = a.candidate_id"
        "  UNION ALL SELECT a.candidate_id, sc.updated_at FROM scorecards sc JOIN interviews i ON i.id = sc.interview_id"
        "    JOIN applications a ON a.id = i.application_id JOIN eligible e ON e.id = a.candidate_id"
        "  UNION ALL SELECT a.candidate_id, d.decided_at FROM decisions d JOIN applications a ON a.id = d.application_id"
        "    JOIN eligible e ON e.id = a.candidate_id"
        "), latest AS ("
        "  SELECT candidate_id, max(t) AS last_at FROM activity GROUP BY candidate_id"
        "), exits AS ("
        "  SELECT a.candidate_id, max(a.stage_entered_at) AS exited_at, count(*) AS total,"
        "         sum(CASE WHEN a.status IN ('rejected', 'withdrawn') THEN 1 ELSE 0 END) AS ended"
        "  FROM applications a JOIN eligible e ON e.id = a.candidate_id GROUP BY a.candidate_id"
        ") "
        "SELECT c.id, c.name, l.last_at, x.exited_at, CASE WHEN x.total > 0 AND x.ended = x.total THEN 1 ELSE 0 END "
        "FROM latest l JOIN candidates c ON c.id = l.candidate_id LEFT JOIN exits x ON x.candidate_id = c.id "
        "WHERE %2 ORDER BY l.last_at, c.id")
                            .arg(closed);
    QStringList rules;
    QVariantList values;
    if (p.inactiveMonths > 0) {
        rules << QStringLiteral("l.last_at < CAST(? AS BIGINT)");
        values << monthsBefore(now, p.inactiveMonths);
    }
    if (p.afterExitMonths > 0) {
        rules << QStringLiteral("(x.total > 0 AND x.ended = x.total AND x.exited_at < CAST(? AS BIGINT))");
        values << monthsBefore(now, p.afterExitMonths);
    }
    if (rules.isEmpty())
        return {};
    values.prepend(dayOf(now).toString(Qt::ISODate));
    return SqlFragment{sql.arg(rules.join(QLatin1String(" OR "))), values};
}

Result<qint64> PrivacyRepository::countDue(const RetentionPolicy &p, qint64 now) const
{
    const QList<FieldError> problems = validate(p);
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.first().message);
    const SqlFragment due = dueQuery(p, now);
    if (due.sql.isEmpty())
        return qint64(0);
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (") + due.sql + QStringLiteral(") due"));
    for (const QVariant &v : due.values)
        q.bind(v);
    if (!q.exec() || !q.next())
        return q.failure();
    return q.int64(0);
}

Result<QList<RetentionCandidate>> PrivacyRepository::candidatesDue(const RetentionPolicy &p, qint64 now) const
{
    const SqlFragment query = dueQuery(p, now);
    if (query.sql.isEmpty())
        return QList<RetentionCandidate>{};
    Result<QString> databaseId = MetaRepository(m_db).databaseId();
    if (!databaseId)
        return databaseId.error();
    SqlQuery q(m_db);
    q.prepare(query.sql);
    for (const QVariant &v : query.values)
        q.bind(v);
    if (!q.exec())
        return q.error();
    const qint64 exitCutoff = p.afterExitMonths > 0 ? monthsBefore(now, p.afterExitMonths) : 0;
    QList<RetentionCandidate> due;
    while (q.next()) {
        RetentionCandidate r;
        r.candidateId = q.int64(0);
        r.name = q.value(1).toString();
        if (r.name == anonymisedName(*databaseId, r.candidateId))
            continue;
        r.lastActivity = q.int64(2);
        const bool allEnded = q.int64(4) == 1;
        if (allEnded)
            r.exitedAt = q.int64(3);
        r.reason = allEnded && p.afterExitMonths > 0 && q.int64(3) < exitCutoff ? RetentionReason::AfterExit : RetentionReason::Inactive;
        due.append(r);
    }
    return due;
}

Result<QList<RetentionCandidate>> PrivacyRepository::preview(const RetentionPolicy &p, qint64 now) const
{
    const QList<FieldError> problems = validate(p);
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.first().message);
    return candidatesDue(p, now);
}

Result<PrivacyResult> PrivacyRepository::apply(const RetentionPolicy &p, qint64 now, const QString &actor)
{
    const QList<FieldError> problems = validate(p);
    if (!problems.isEmpty())
        return makeError(ErrorCode::Invalid, problems.first().message);
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // Inside the write transaction: exactly what preview() shows of the same
    // data at the same moment.
    Result<QList<RetentionCandidate>> due = candidatesDue(p, now);
    if (!due)
        return due.error();
    Context context;
    if (Error e = startContext(context, actor))
        return e;
    PrivacyResult result;
    for (const RetentionCandidate &r : std::as_const(*due)) {
        if (Error e = anonymiseOne(r.candidateId, context))
            return e;
        if (Error e = appendAudit(context.actor, QStringLiteral("anonymise"), QStringLiteral("candidate"), r.candidateId,
                                  QStringLiteral("%1; reason: retention policy").arg(Anonymizer::code(context.databaseId, r.candidateId))))
            return e;
        result.candidateIds << r.candidateId;
    }
    if (Error e = scrubAudit(context))
        return e;
    const QString detail = QStringLiteral("%1 candidates anonymised; inactive=%2 after_exit=%3 hired=%4 as of %5")
                               .arg(result.count())
                               .arg(p.inactiveMonths)
                               .arg(p.afterExitMonths)
                               .arg(p.includeHired ? 1 : 0)
                               .arg(QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).toString(Qt::ISODate));
    if (Error e = appendAudit(context.actor, QStringLiteral("retention-run"), QStringLiteral("database"), std::nullopt, detail))
        return e;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.bind(QString::fromLatin1(lastRunKey));
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    q.bind(QString::fromLatin1(lastRunKey)).bind(QString::number(now));
    if (!q.exec())
        return q.error();
    return commitRemoval(tx, result);
}

Result<std::optional<qint64>> PrivacyRepository::lastRun() const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(QString::fromLatin1(lastRunKey));
    if (!q.exec())
        return q.error();
    if (!q.next())
        return std::optional<qint64>();
    bool ok = false;
    const qint64 at = q.value(0).toString().toLongLong(&ok);
    return ok ? std::optional<qint64>(at) : std::optional<qint64>();
}

Result<bool> PrivacyRepository::isDue(qint64 now) const
{
    Result<std::optional<qint64>> last = lastRun();
    if (!last)
        return last.error();
    return !last->has_value() || now - **last > qint64(reminderDays) * 86400;
}

// ---------------------------------------------------------------- anonymisation

QString PrivacyRepository::anonymisedName(const QString &databaseId, qint64 candidateId)
{
    return QLatin1String(anonymisedPrefix) + Anonymizer::code(databaseId, candidateId);
}

Result<bool> PrivacyRepository::isAnonymised(qint64 candidateId) const
{
    Result<QString> databaseId = MetaRepository(m_db).databaseId();
    if (!databaseId)
        return databaseId.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM candidates WHERE id = ?"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Candidate %1 does not exist; they may have been deleted by another user.").arg(candidateId));
    return q.value(0).toString() == anonymisedName(*databaseId, candidateId);
}

Result<PrivacyResult> PrivacyRepository::anonymise(const QList<qint64> &candidateIds, const QString &actor, const QString &reason)
{
    const QString why = reason.simplified();
    if (why.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why these candidates are anonymised (for example “candidate request”); "
                                                "the reason is kept in the audit log."));
    if (why.size() > 200)
        return makeError(ErrorCode::Invalid, tr("The reason is longer than 200 characters; name the reason, not the story."));
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Context context;
    if (Error e = startContext(context, actor))
        return e;

    // Everything is checked before anything is written.
    QList<qint64> notYetAnonymised;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.name, (SELECT o.title FROM applications a JOIN openings o ON o.id = a.opening_id "
                             "WHERE a.candidate_id = c.id AND a.status = 'active' ORDER BY a.id LIMIT 1) "
                             "FROM candidates c WHERE c.id = ?"));
    for (qint64 id : candidateIds) {
        if (notYetAnonymised.contains(id))
            continue;
        q.bind(id);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("Candidate %1 does not exist; they may have been deleted by another user. "
                                                     "Nothing was anonymised.").arg(id));
        const QString name = q.value(0).toString();
        if (!q.isNull(1))
            return makeError(ErrorCode::Invalid, tr("%1 still has an active application for %2; reject it or record the withdrawal first, "
                                                    "then anonymise. Nothing was anonymised.").arg(name, q.value(1).toString()));
        q.finish();
        if (name != anonymisedName(context.databaseId, id))
            notYetAnonymised << id;
    }
    PrivacyResult result;
    for (qint64 id : std::as_const(notYetAnonymised)) {
        if (Error e = anonymiseOne(id, context))
            return e;
        if (Error e = appendAudit(context.actor, QStringLiteral("anonymise"), QStringLiteral("candidate"), id,
                                  QStringLiteral("%1; reason: %2").arg(Anonymizer::code(context.databaseId, id), why)))
            return e;
        result.candidateIds << id;
    }
    if (Error e = scrubAudit(context))
        return e;
    return commitRemoval(tx, result);
}

Error PrivacyRepository::collectEntities(qint64 candidateId, Context &context) const
{
    const QList<QPair<QString, QString>> queries = {
        {QStringLiteral("candidate"), QStringLiteral("SELECT id FROM candidates WHERE id = ?")},
        {QStringLiteral("application"), QStringLiteral("SELECT id FROM applications WHERE candidate_id = ?")},
        {QStringLiteral("note"), QStringLiteral("SELECT id FROM notes WHERE candidate_id = ?")},
        {QStringLiteral("interview"), QStringLiteral("SELECT i.id FROM interviews i JOIN applications a ON a.id = i.application_id "
                                                     "WHERE a.candidate_id = ?")},
        {QStringLiteral("scorecard"), QStringLiteral("SELECT sc.id FROM scorecards sc JOIN interviews i ON i.id = sc.interview_id "
                                                     "JOIN applications a ON a.id = i.application_id WHERE a.candidate_id = ?")},
    };
    SqlQuery q(m_db);
    for (const auto &[entity, sql] : queries) {
        q.prepare(sql);
        q.bind(candidateId);
        if (!q.exec())
            return q.error();
        QSet<qint64> &ids = context.entities[entity];
        while (q.next())
            ids.insert(q.int64(0));
    }
    return {};
}

Result<bool> PrivacyRepository::sharedValue(const QString &sql, const QString &value, qint64 candidateId) const
{
    SqlQuery q(m_db);
    q.prepare(sql);
    q.bind(value).bind(candidateId);
    if (!q.exec())
        return q.error();
    return q.next();
}

Error PrivacyRepository::removeUniqueTags(qint64 candidateId, Context &context)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.name, (SELECT count(*) FROM candidate_tags o WHERE o.tag_id = t.id AND o.candidate_id <> ?) "
                             "FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = ?"));
    q.bind(candidateId).bind(candidateId);
    if (!q.exec())
        return q.error();
    QList<qint64> unique;
    while (q.next()) {
        if (q.int64(2) > 0)
            context.sharedTags.insert(q.value(1).toString());
        else
            unique << q.int64(0);
    }
    q.finish();
    for (qint64 tagId : std::as_const(unique)) {
        q.prepare(QStringLiteral("DELETE FROM candidate_tags WHERE candidate_id = ? AND tag_id = ?"));
        q.bind(candidateId).bind(tagId);
        if (!q.exec())
            return q.error();
        q.prepare(QStringLiteral("DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM candidate_tags WHERE tag_id = ?)"));
        q.bind(tagId).bind(tagId);
        if (!q.exec())
            return q.error();
    }
    return {};
}

Error PrivacyRepository::anonymiseOne(qint64 candidateId, Context &context)
{
    if (Error e = collectEntities(candidateId, context))
        return e;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT years_experience, skills FROM candidates WHERE id = ?"));
    q.bind(candidateId);
    if (!q.exec() || !q.next())
        return q.failure();
    const MatchInput input{toOptionalInt(q.value(0)), fromLines(q.value(1))};
    q.finish();

    struct App {
        qint64 id = 0;
        qint64 openingId = 0;
        QString reason;
    };
    QList<App> apps;
    q.prepare(QStringLiteral("SELECT id, opening_id, rejection_reason FROM applications WHERE candidate_id = ? ORDER BY id"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    while (q.next())
        apps.append(App{q.int64(0), q.int64(1), q.value(2).toString()});
    q.finish();

    // Skills: those a requirement matched, as written.
    QStringList keptSkills;
    for (const App &app : std::as_const(apps)) {
        auto it = context.matchers.find(app.openingId);
        if (it == context.matchers.end()) {
            Result<RequirementMatcher> matcher = MatchRepository(m_db).matcherFor(app.openingId);
            if (!matcher)
                return matcher.error();
            it = context.matchers.emplace(app.openingId, std::move(matcher).value()).first;
        }
        if (it->second.isEmpty())
            continue;
        const MatchResult match = it->second.explain(input);
        for (const RequirementMatch &r : match.requirements) {
            if (!r.matchedSkill.isEmpty() && !keptSkills.contains(r.matchedSkill))
                keptSkills << r.matchedSkill;
        }
    }
    QStringList orderedSkills;   // in the candidate's own order
    for (const QString &skill : input.skills) {
        if (keptSkills.contains(skill) && !orderedSkills.contains(skill))
            orderedSkills << skill;
    }

    const QString name = anonymisedName(context.databaseId, candidateId);
    q.prepare(QStringLiteral("UPDATE candidates SET name = ?, sort_name = ?, email = '', phone = '', location = '', current_title = '', "
                             "current_company = '', skills = ?, referrer = '', links = '', email_key = '', phone_key = '', company_key = '', "
                             "version = version + 1, updated_at = ? WHERE id = ?"));
    q.bind(name).bind(foldText(name)).bind(lines(orderedSkills)).bind(context.now).bind(candidateId);
    if (!q.exec())
        return q.error();

    for (const QString &sql : {QStringLiteral("DELETE FROM notes WHERE candidate_id = ?"), QStringLiteral("DELETE FROM attachments WHERE candidate_id = ?")}) {
        q.prepare(sql);
        q.bind(candidateId);
        if (!q.exec())
            return q.error();
    }
    if (Error e = removeUniqueTags(candidateId, context))
        return e;

    // Rejection and stage-move reasons: standard or shared, else a neutral stand-in text.
    const auto reasonKept = [&](const QString &reason) -> Result<bool> {
        if (reason.isEmpty() || context.standardReasons.contains(reason))
            return true;
        const auto cached = context.reasonKept.constFind(reason);
        if (cached != context.reasonKept.constEnd())
            return *cached;
        Result<bool> shared = sharedValue(QStringLiteral("SELECT 1 FROM applications WHERE rejection_reason = ? AND candidate_id <> ? LIMIT 1"),
                                          reason, candidateId);
        if (shared && !*shared)
            shared = sharedValue(QStringLiteral("SELECT 1 FROM stage_events e JOIN applications a ON a.id = e.application_id "
                                                "WHERE e.reason = ? AND a.candidate_id <> ? LIMIT 1"),
                                 reason, candidateId);
        if (shared)
            context.reasonKept.insert(reason, *shared);
        return shared;
    };
    const QString otherReason = tr("Other reason (anonymised)");
    for (const App &app : std::as_const(apps)) {
        Result<bool> keep = reasonKept(app.reason);
        if (!keep)
            return keep.error();
        if (!*keep) {
            q.prepare(QStringLiteral("UPDATE applications SET rejection_reason = ? WHERE id = ?"));
            q.bind(otherReason).bind(app.id);
            if (!q.exec())
                return q.error();
        }
        q.prepare(QStringLiteral("SELECT DISTINCT reason FROM stage_events WHERE application_id = ? AND reason <> ''"));
        q.bind(app.id);
        if (!q.exec())
            return q.error();
        QStringList reasons;
        while (q.next())
            reasons << q.value(0).toString();
        q.finish();
        for (const QString &reason : std::as_const(reasons)) {
            Result<bool> keepEvent = reasonKept(reason);
            if (!keepEvent)
                return keepEvent.error();
            if (*keepEvent)
                continue;
            q.prepare(QStringLiteral("UPDATE stage_events SET reason = ? WHERE application_id = ? AND reason = ?"));
            q.bind(otherReason).bind(app.id).bind(reason);
            if (!q.exec())
                return q.error();
        }
    }

    // Interviews: titles from the plan or the stage, or shared; shared locations (rooms).
    struct Iv {
        qint64 id = 0;
        qint64 openingId = 0;
        QString title;
        QString stage;
        QString location;
    };
    QList<Iv> interviews;
    q.prepare(QStringLiteral("SELECT i.id, a.opening_id, i.title, s.name, i.location FROM interviews i JOIN applications a ON a.id = i.application_id "
                             "JOIN stages s ON s.id = i.stage_id WHERE a.candidate_id = ? ORDER BY i.id"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    while (q.next())
        interviews.append(Iv{q.int64(0), q.int64(1), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()});
    q.finish();
    for (const Iv &iv : std::as_const(interviews)) {
        QString title = iv.title;
        if (!title.isEmpty() && title != iv.stage) {
            q.prepare(QStringLiteral("SELECT 1 FROM plan_interviews WHERE opening_id = ? AND title = ?"));
            q.bind(iv.openingId).bind(title);
            if (!q.exec())
                return q.error();
            const bool planned = q.next();
            q.finish();
            Result<bool> shared = planned ? Result<bool>(true)
                                          : sharedValue(QStringLiteral("SELECT 1 FROM interviews i JOIN applications a ON a.id = i.application_id "
                                                                       "WHERE i.title = ? AND a.candidate_id <> ? LIMIT 1"),
                                                        title, candidateId);
            if (!shared)
                return shared.error();
            if (!*shared)
                title = iv.stage;
        }
        QString location = iv.location;
        if (!location.isEmpty()) {
            Result<bool> shared = sharedValue(QStringLiteral("SELECT 1 FROM interviews i JOIN applications a ON a.id = i.application_id "
                                                             "WHERE i.location = ? AND a.candidate_id <> ? LIMIT 1"),
                                              location, candidateId);
            if (!shared)
                return shared.error();
            if (!*shared)
                location.clear();
        }
        if (title != iv.title || location != iv.location) {
            q.prepare(QStringLiteral("UPDATE interviews SET title = ?, location = ? WHERE id = ?"));
            q.bind(title).bind(location).bind(iv.id);
            if (!q.exec())
                return q.error();
        }
    }

    // Narratives about the person.
    const QStringList narratives = {
        QStringLiteral("UPDATE scorecard_ratings SET evidence = '' WHERE evidence <> '' AND scorecard_id IN (SELECT sc.id FROM scorecards sc "
                       "JOIN interviews i ON i.id = sc.interview_id JOIN applications a ON a.id = i.application_id WHERE a.candidate_id = ?)"),
        QStringLiteral("UPDATE scorecards SET summary = '', amend_reason = '' WHERE (summary <> '' OR amend_reason <> '') AND interview_id IN "
                       "(SELECT i.id FROM interviews i JOIN applications a ON a.id = i.application_id WHERE a.candidate_id = ?)"),
        QStringLiteral("UPDATE decisions SET rationale = '' WHERE rationale <> '' AND application_id IN "
                       "(SELECT id FROM applications WHERE candidate_id = ?)"),
    };
    for (const QString &sql : narratives) {
        q.prepare(sql);
        q.bind(candidateId);
        if (!q.exec())
            return q.error();
    }

    // An import that merged into this candidate kept the values it replaced
    // (0009); undo passes over a candidate changed since, so nothing is lost.
    if (!context.hasImportItems)
        context.hasImportItems = m_db.dialect().tableExists(m_db, QStringLiteral("import_batch_items"));
    if (*context.hasImportItems) {
        q.prepare(QStringLiteral("UPDATE import_batch_items SET previous = '' WHERE candidate_id = ? AND previous <> ''"));
        q.bind(candidateId);
        if (!q.exec())
            return q.error();
    }
    return {};
}

// ---------------------------------------------------------------- erasure

Result<PrivacyResult> PrivacyRepository::erase(qint64 candidateId, const QString &actor)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Context context;
    if (Error e = startContext(context, actor))
        return e;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM candidates WHERE id = ?"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Candidate %1 does not exist; they may have been erased already.").arg(candidateId));
    q.finish();
    if (Error e = collectEntities(candidateId, context))
        return e;
    if (Error e = removeUniqueTags(candidateId, context))
        return e;
    // Children first, each delete cascading to its own (stage events,
    // interviews with their panels and scorecards, decisions), while the
    // candidate row still exists for the search-index triggers to refresh;
    // the candidate's delete then removes its search row.
    QStringList deletes = {QStringLiteral("DELETE FROM notes WHERE candidate_id = ?"),
                           QStringLiteral("DELETE FROM attachments WHERE candidate_id = ?"),
                           QStringLiteral("DELETE FROM applications WHERE candidate_id = ?"),
                           QStringLiteral("DELETE FROM candidate_tags WHERE candidate_id = ?")};
    // Import items have no foreign key (0009): a batch outlives its candidates.
    if (m_db.dialect().tableExists(m_db, QStringLiteral("import_batch_items")))
        deletes << QStringLiteral("DELETE FROM import_batch_items WHERE candidate_id = ?");
    deletes << QStringLiteral("DELETE FROM candidates WHERE id = ?");
    for (const QString &sql : std::as_const(deletes)) {
        q.prepare(sql);
        q.bind(candidateId);
        if (!q.exec())
            return q.error();
    }
    if (Error e = appendAudit(context.actor, QStringLiteral("erase"), QStringLiteral("candidate"), candidateId,
                              Anonymizer::code(context.databaseId, candidateId)))
        return e;
    if (Error e = scrubAudit(context))
        return e;
    PrivacyResult result;
    result.candidateIds << candidateId;
    return commitRemoval(tx, result);
}

// ---------------------------------------------------------------- audit

Error PrivacyRepository::appendAudit(const QString &actor, const QString &action, const QString &entity, std::optional<qint64> entityId,
                                     const QString &detail)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(QDateTime::currentSecsSinceEpoch()).bind(actor).bind(action).bind(entity).bind(optionalId(entityId)).bind(detail);
    return q.exec() ? Error{} : q.error();
}

Error PrivacyRepository::scrubAudit(Context &context)
{
    // Audit details about the candidate's records are kept only when they are
    // structural — ids, stage numbers, status codes, times — as written by the
    // repositories for these (entity, action) pairs. Everything else is taken
    // out: the free text some actions log (a decision override's rationale,
    // a scorecard amendment's reason, an interview cancellation's reason), a
    // tag that was only theirs, and whatever a future action may log.
    // Override entries keep their structural head ("reject against advice
    // yes (override)").
    static const QSet<QString> structural = {
        QStringLiteral("candidate/create"), QStringLiteral("candidate/update"), QStringLiteral("candidate/delete"),
        QStringLiteral("candidate/merge"), QStringLiteral("candidate/unmerge"), QStringLiteral("candidate/anonymise"),
        QStringLiteral("candidate/erase"), QStringLiteral("candidate/consent"),
        QStringLiteral("application/create"), QStringLiteral("application/move"), QStringLiteral("application/undo-move"),
        QStringLiteral("application/decide"),
        QStringLiteral("note/create"), QStringLiteral("note/delete"),
        QStringLiteral("interview/schedule"), QStringLiteral("interview/reschedule"),
        QStringLiteral("scorecard/submit"), QStringLiteral("scorecard/save-draft"),
    };
    const QString removed = QString::fromLatin1(redacted);
    QList<QPair<qint64, QString>> changes;
    SqlQuery q(m_db);
    for (auto it = context.entities.constBegin(); it != context.entities.constEnd(); ++it) {
        const QList<qint64> ids(it.value().cbegin(), it.value().cend());
        for (qsizetype from = 0; from < ids.size(); from += chunkSize) {
            const QList<qint64> chunk = ids.mid(from, chunkSize);
            q.prepare(QStringLiteral("SELECT id, action, detail FROM audit_log WHERE entity = ? AND detail <> '' AND entity_id IN ") + marks(chunk.size()));
            q.bind(it.key());
            for (qint64 id : chunk)
                q.bind(id);
            if (!q.exec())
                return q.error();
            while (q.next()) {
                const QString action = q.value(1).toString();
                const QString detail = q.value(2).toString();
                if (detail == removed || structural.contains(it.key() + QLatin1Char('/') + action))
                    continue;
                QString replacement = removed;
                if (it.key() == QLatin1String("candidate") && (action == QLatin1String("tag") || action == QLatin1String("untag"))) {
                    if (context.sharedTags.contains(detail.mid(1)))
                        continue;
                } else if (it.key() == QLatin1String("application") && action == QLatin1String("decide-override")) {
                    const qsizetype head = detail.indexOf(QLatin1String("(override)"));
                    if (head >= 0)
                        replacement = detail.left(head + 10) + QLatin1String(": ") + removed;
                }
                if (replacement != detail)
                    changes.append({q.int64(0), replacement});
            }
            q.finish();
        }
    }
    if (changes.isEmpty())
        return {};
    Result<SqlDialect::AuditGuard> guard = m_db.dialect().auditGuard(m_db);
    if (!guard)
        return guard.error();
    for (const QString &statement : std::as_const(guard->lift)) {
        if (!q.exec(statement))
            return q.error();
    }
    q.prepare(QStringLiteral("UPDATE audit_log SET detail = ? WHERE id = ?"));
    for (const auto &[id, detail] : std::as_const(changes)) {
        q.bind(detail).bind(id);
        if (!q.exec())
            return q.error();
    }
    for (const QString &statement : std::as_const(guard->restore)) {
        if (!q.exec(statement))
            return q.error();
    }
    return {};
}

Result<PrivacyResult> PrivacyRepository::commitRemoval(WriteTransaction &tx, const PrivacyResult &result)
{
    if (!result.candidateIds.isEmpty()) {
        SqlQuery q(m_db);
        for (const QString &statement : m_db.dialect().purgeDerivedData(m_db)) {
            if (!q.exec(statement))
                return q.error();
        }
    }
    if (!tx.commit())
        return tx.error();
    return finish(result);
}

Result<PrivacyResult> PrivacyRepository::finish(PrivacyResult result)
{
    if (result.candidateIds.isEmpty())
        return result;   // nothing was removed (a retention run that found nobody)
    if (m_db.transactionDepth > 0) {
        result.storagePurgePending = true;   // the caller's transaction is still open
        return result;
    }
    Result<bool> purged = m_db.dialect().purgeStorage(m_db);
    // The change is committed either way: a purge that could not run is
    // reported as pending, to retry, not as a failure of the anonymisation.
    result.storagePurgePending = !purged || !*purged;
    return result;
}

Result<bool> PrivacyRepository::purgeStorage()
{
    return m_db.dialect().purgeStorage(m_db);
}

// ---------------------------------------------------------------- subject access

Result<CandidateRecordTimes> PrivacyRepository::recordTimes(qint64 candidateId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT created_at, updated_at FROM candidates WHERE id = ?"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Candidate %1 does not exist; they may have been deleted by another user.").arg(candidateId));
    return CandidateRecordTimes{q.int64(0), q.int64(1)};
}

Result<QList<AuditEntry>> PrivacyRepository::auditAbout(qint64 candidateId) const
{
    Context context;
    if (Error e = collectEntities(candidateId, context))
        return e;
    QMap<qint64, AuditEntry> byId;
    SqlQuery q(m_db);
    const auto read = [&]() {
        while (q.next()) {
            byId.insert(q.int64(0), AuditEntry{q.int64(0), q.int64(1), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                                               toOptionalId(q.value(5)), q.value(6).toString()});
        }
        q.finish();
    };
    const QString columns = QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log ");
    for (auto it = context.entities.constBegin(); it != context.entities.constEnd(); ++it) {
        const QList<qint64> ids(it.value().cbegin(), it.value().cend());
        for (qsizetype from = 0; from < ids.size(); from += chunkSize) {
            const QList<qint64> chunk = ids.mid(from, chunkSize);
            q.prepare(columns + QStringLiteral("WHERE entity = ? AND entity_id IN ") + marks(chunk.size()));
            q.bind(it.key());
            for (qint64 id : chunk)
                q.bind(id);
            if (!q.exec())
                return q.error();
            read();
        }
    }
    // Notes deleted since: their creation names the candidate.
    q.prepare(columns + QStringLiteral("WHERE entity = 'note' AND action = 'create' AND detail = ?"));
    q.bind(QStringLiteral("candidate=%1").arg(candidateId));
    if (!q.exec())
        return q.error();
    read();
    return byId.values();
}

Result<QList<AttachmentInfo>> PrivacyRepository::attachments(qint64 candidateId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, file_name, mime_type, size_bytes, added_at, content FROM attachments WHERE candidate_id = ? ORDER BY id"));
    q.bind(candidateId);
    if (!q.exec())
        return q.error();
    QList<AttachmentInfo> list;
    while (q.next()) {
        list.append(AttachmentInfo{q.int64(0), q.value(1).toString(), q.value(2).toString(), q.int64(3), q.int64(4),
                                   QCryptographicHash::hash(q.value(5).toByteArray(), QCryptographicHash::Sha256).toHex()});
    }
    return list;
}

Result<QByteArray> PrivacyRepository::attachmentContent(qint64 attachmentId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM attachments WHERE id = ?"));
    q.bind(attachmentId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The attachment no longer exists."));
    return q.value(0).toByteArray();
}

} // namespace shortlist
