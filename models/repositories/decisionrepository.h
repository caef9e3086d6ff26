#pragma once

#include "analytics/debrief.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QHash>

namespace shortlist {

class Database;

enum class DecisionKind { Advance, Reject, Hire };

struct Decision {
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 decidedAt = 0;
    QString actor;
    DecisionKind kind = DecisionKind::Advance;
    QString rationale;
    std::optional<double> formulaScore;
    std::optional<FormulaAdvice> advice;
    QHash<qint64, double> weights;   // competency id -> weight used
    bool override = false;           // against the formula's advice
};

// The debrief's outcome: recorded with the formula score, advice and weights
// of that moment; a decision against the advice needs a rationale and is
// logged as an override. Moving the application is the pipeline's business.
class DecisionRepository {
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    explicit DecisionRepository(Database &db) : m_db(db) {}

    Result<Decision> record(qint64 applicationId, DecisionKind kind, const QString &rationale);
    Result<QList<Decision>> forApplication(qint64 applicationId) const;
    // A positive decision against "no" advice, or a rejection against "yes".
    static bool isOverride(DecisionKind kind, std::optional<FormulaAdvice> advice);

private:
    Database &m_db;
};

} // namespace shortlist
