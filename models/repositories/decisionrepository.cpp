#include "decisionrepository.h"

#include "auditrepository.h"
#include "debriefrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace shortlist {

namespace {

QString kindCode(DecisionKind k)
{
    switch (k) {
    case DecisionKind::Advance: return QStringLiteral("advance");
    case DecisionKind::Reject: return QStringLiteral("reject");
    case DecisionKind::Hire: return QStringLiteral("hire");
    }
    return {};
}

QString adviceCode(FormulaAdvice a)
{
    switch (a) {
    case FormulaAdvice::StrongNo: return QStringLiteral("strong_no");
    case FormulaAdvice::No: return QStringLiteral("no");
    case FormulaAdvice::Yes: return QStringLiteral("yes");
    case FormulaAdvice::StrongYes: return QStringLiteral("strong_yes");
    }
    return {};
}

std::optional<FormulaAdvice> adviceFrom(const QString &code)
{
    for (FormulaAdvice a : {FormulaAdvice::StrongNo, FormulaAdvice::No, FormulaAdvice::Yes, FormulaAdvice::StrongYes}) {
        if (adviceCode(a) == code)
            return a;
    }
    return std::nullopt;
}

} // namespace

bool DecisionRepository::isOverride(DecisionKind kind, std::optional<FormulaAdvice> advice)
{
    if (!advice)
        return false;  // no formula to go against
    const bool positive = *advice == FormulaAdvice::Yes || *advice == FormulaAdvice::StrongYes;
    return kind == DecisionKind::Reject ? positive : !positive;
}

Result<Decision> DecisionRepository::record(qint64 applicationId, DecisionKind kind, const QString &rationale)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Debrief> debrief = DebriefRepository(m_db).forApplication(applicationId);
    if (!debrief)
        return debrief.error();
    Decision d;
    d.applicationId = applicationId;
    d.kind = kind;
    d.rationale = rationale.trimmed();
    d.formulaScore = debrief->formulaScore;
    d.advice = debrief->advice;
    d.override = isOverride(kind, d.advice);
    if (d.override && d.rationale.isEmpty())
        return makeError(ErrorCode::Invalid, tr("This decision goes against the formula's advice; write the rationale, it is logged with the override."));
    QJsonObject weights;
    for (const DebriefRow &row : std::as_const(debrief->rows)) {
        d.weights.insert(row.competency.id, row.competency.weight);
        weights.insert(QString::number(row.competency.id), row.competency.weight);
    }
    d.decidedAt = QDateTime::currentSecsSinceEpoch();
    d.actor = m_db.actor();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO decisions (application_id, decided_at, actor, decision, rationale, formula_score, formula_advice, "
                             "weights, override) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.bind(applicationId).bind(d.decidedAt).bind(d.actor).bind(kindCode(kind)).bind(d.rationale)
        .bind(d.formulaScore ? QVariant(*d.formulaScore) : QVariant(QMetaType(QMetaType::Double)))
        .bind(d.advice ? QVariant(adviceCode(*d.advice)) : QVariant(QMetaType(QMetaType::QString)))
        .bind(QString::fromUtf8(QJsonDocument(weights).toJson(QJsonDocument::Compact))).bind(d.override ? 1 : 0);
    if (!q.exec() || !q.next())
        return q.failure();
    d.id = q.int64(0);
    q.finish();
    const QString detail = d.override ? QStringLiteral("%1 against advice %2 (override): %3").arg(kindCode(kind), adviceCode(*d.advice), d.rationale)
                                      : kindCode(kind);
    if (Error e = AuditRepository(m_db).append(d.override ? QStringLiteral("decide-override") : QStringLiteral("decide"),
                                               QStringLiteral("application"), applicationId, detail))
        return e;
    if (!tx.commit())
        return tx.error();
    return d;
}

Result<QList<Decision>> DecisionRepository::forApplication(qint64 applicationId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, decided_at, actor, decision, rationale, formula_score, formula_advice, weights, override "
                             "FROM decisions WHERE application_id = ? ORDER BY decided_at, id"));
    q.bind(applicationId);
    if (!q.exec())
        return q.error();
    QList<Decision> list;
    while (q.next()) {
        Decision d;
        d.id = q.int64(0);
        d.applicationId = applicationId;
        d.decidedAt = q.int64(1);
        d.actor = q.value(2).toString();
        const QString kind = q.value(3).toString();
        d.kind = kind == QLatin1String("reject") ? DecisionKind::Reject : kind == QLatin1String("hire") ? DecisionKind::Hire : DecisionKind::Advance;
        d.rationale = q.value(4).toString();
        if (!q.isNull(5))
            d.formulaScore = q.value(5).toDouble();
        d.advice = adviceFrom(q.value(6).toString());
        const QJsonObject weights = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
            d.weights.insert(it.key().toLongLong(), it.value().toDouble());
        d.override = q.value(8).toInt() != 0;
        list << d;
    }
    return list;
}

} // namespace shortlist
