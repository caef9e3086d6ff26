#pragma once

#include "storage/error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shortlist {

class Database;
class SqlQuery;

// Overall recommendation: no neutral middle, on purpose.
enum class Recommendation { StrongNo, No, Yes, StrongYes };
QString toCode(Recommendation r);
std::optional<Recommendation> recommendationFromCode(const QString &code);

// One focus competency on a scorecard: a level 1-4 on the opening's scale, or
// "not assessed" (a separate choice from a low rating), and the evidence.
struct CompetencyRating {
    qint64 competencyId = 0;
    std::optional<int> rating;
    bool notAssessed = false;
    QString evidence;
    friend bool operator==(const CompetencyRating &, const CompetencyRating &) = default;
};

struct Scorecard {
    qint64 id = 0;               // 0: nothing saved yet
    qint64 interviewId = 0;
    qint64 personId = 0;
    int revision = 1;
    bool submitted = false;      // a submitted revision is locked
    std::optional<Recommendation> overall;
    QString summary;
    QString amendReason;         // why this revision replaced the previous one
    qint64 submittedAt = 0;
    QList<CompetencyRating> ratings;
};

// What a panelist may see of the others: how many submitted, and — only once
// they submitted themselves — what the others wrote. On a single-user file
// this is a courtesy that keeps scoring independent, not access control.
struct PanelProgress {
    int panelSize = 0;
    int submitted = 0;
    bool viewerSubmitted = false;
    bool othersVisible = false;
};

// Scorecards, one per (interview, interviewer), kept as revisions: drafts
// save freely, submitting validates and locks, an amendment starts a new
// revision with a reason. Every revision is kept and every step audited.
class ScorecardRepository {
    Q_DECLARE_TR_FUNCTIONS(ScorecardRepository)

public:
    explicit ScorecardRepository(Database &db) : m_db(db) {}

    // The latest revision, or a new draft listing the interviewer's focus competencies.
    Result<Scorecard> current(qint64 interviewId, qint64 personId) const;
    Result<QList<Scorecard>> history(qint64 interviewId, qint64 personId) const;
    // Saves the latest revision as a draft; refused once it is submitted.
    Result<qint64> saveDraft(const Scorecard &scorecard);
    // Validates (every focus competency rated or not assessed, overall chosen),
    // saves and locks.
    Result<qint64> submit(const Scorecard &scorecard);
    // A new draft revision copying the submitted one; the reason is required.
    Result<Scorecard> amend(qint64 interviewId, qint64 personId, const QString &reason);
    // Latest submitted scorecards of the others, if the viewer may see them.
    Result<QList<Scorecard>> othersVisibleTo(qint64 interviewId, qint64 viewerPersonId) const;
    Result<PanelProgress> progress(qint64 interviewId, qint64 viewerPersonId) const;

    // Interviews that ended more than `graceHours` before `now`, not cancelled,
    // with a panelist who has not submitted: (interview id, person id) pairs,
    // longest overdue first. Only candidates still in process: a missing
    // scorecard for someone already rejected or hired holds nobody up.
    Result<QList<QPair<qint64, qint64>>> overdue(qint64 now, int graceHours) const;

    static Error validateForSubmit(const Scorecard &scorecard, const QList<qint64> &focusCompetencies);

private:
    Result<QList<qint64>> focusOf(qint64 interviewId, qint64 personId) const;
    Result<qint64> write(const Scorecard &scorecard, bool submit);
    Result<Scorecard> read(qint64 scorecardId) const;
    // Runs a prepared query of scorecard ids and reads each.
    Result<QList<Scorecard>> readAll(SqlQuery &ids) const;
    Database &m_db;
};

} // namespace shortlist
