#pragma once

#include "analytics/requirementmatch.h"
#include "storage/error.h"

#include <QCoreApplication>

#include <functional>

namespace shortlist {

class Database;

struct SkillSynonym {
    QString alias;
    QString canonical;
};

// Keeps every application's requirement-match score current. The score lives
// on the application row (sortable, filterable, never recomputed per paint);
// this repository rewrites it whenever its inputs change: the candidate's
// skills or years, the opening's requirements, or the synonym list.
class MatchRepository {
    Q_DECLARE_TR_FUNCTIONS(MatchRepository)

public:
    // Called with (done, total); returning false cancels (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit MatchRepository(Database &db) : m_db(db) {}

    // From this many changed scores on, the score indexes are rebuilt rather
    // than updated row by row.
    static constexpr qint64 bulkRescoreThreshold = 20000;

    // The built-in synonyms extended by the user's (skill_synonyms).
    Result<SkillNormalizer> normalizer() const;
    Result<RequirementMatcher> matcherFor(qint64 openingId) const;

    Error updateApplication(qint64 applicationId);
    Error updateCandidate(qint64 candidateId);
    // Every application of the opening in one transaction; only changed rows are written.
    Error updateOpening(qint64 openingId, const Progress &progress = {});
    Error updateAll(const Progress &progress = {});
    // After an upgrade that added scores (meta match_scores_stale): scores every
    // application once and clears the mark. Does nothing when not marked.
    Error refreshIfStale(const Progress &progress = {});
    // For writers that computed every score themselves (the demo generator).
    Error markCurrent();

    // Breakdown for the candidate panel and tooltips.
    Result<MatchResult> explain(qint64 applicationId) const;

    Result<QList<SkillSynonym>> userSynonyms() const;
    // Adds or replaces the user's synonym and rescores everything; one transaction.
    Error setSynonym(const QString &alias, const QString &canonical, const Progress &progress = {});
    Error removeSynonym(const QString &alias, const Progress &progress = {});
    // The whole list at once (the requirements dialog), rescoring once.
    Error replaceSynonyms(const QList<SkillSynonym> &synonyms, const Progress &progress = {});

private:
    Error updateWhere(const QString &condition, qint64 key, const RequirementMatcher *only, const Progress &progress);
    Database &m_db;
};

} // namespace shortlist
