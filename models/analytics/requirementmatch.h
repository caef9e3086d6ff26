#pragma once

#include "analytics/skillnormalizer.h"
#include "domain/types.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shortlist {

// What the matcher reads from a candidate.
struct MatchInput {
    std::optional<int> yearsExperience;
    QStringList skills;
};

enum class RequirementOutcome { Matched, Partial, Missing };

struct RequirementMatch {
    qint64 requirementId = 0;
    QString skill;
    int weight = 1;
    bool mustHave = false;
    int minYears = 0;
    RequirementOutcome outcome = RequirementOutcome::Missing;
    double credit = 0.0;   // 0..1
    QString matchedSkill;  // the candidate's skill, as written, that matched; empty if none
    QString note;          // translated: "5 of 8 years", "years not recorded", "no matching skill", ...
};

struct MatchScore {
    int score = 0;             // 0..100
    int missingMustHaves = 0;
};

struct MatchResult {
    MatchScore total;
    QList<RequirementMatch> requirements;  // in the order the requirements were given
};

// Scores a candidate against an opening's requirements.
//
// Rules:
// - A requirement's vocabulary is its skill plus its keywords, each mapped
//   through SkillNormalizer::canonical(). A candidate skill matches when its
//   canonical form equals any canonical form in the vocabulary; coverage is 1
//   when some candidate skill matches, else 0. The first matching skill in the
//   candidate's list is reported as matchedSkill.
// - Years fit applies only when minYears > 0: min(1, years / minYears);
//   years not recorded give half credit (note "years not recorded; counted
//   as half"): a missing value should not read as a missing must-have.
// - credit = coverage x yearsFit, or coverage when minYears == 0.
// - Outcome: credit >= 1 Matched, 0 < credit < 1 Partial, 0 Missing.
// - score = round(100 x sum(weight x credit) / sum(weight)), halves rounded
//   up; weights below 0 count as 0. No requirements (or a zero total weight)
//   scores 0.
// - missingMustHaves counts must-have requirements whose outcome is Missing.
//
// score() is the fast path for ranking many candidates; it caches the
// canonical form of every candidate skill string it sees (cleared at 100,000
// entries). Because that cache is mutated from const functions, one matcher
// must not be used from several threads at once; give each thread its own copy.
class RequirementMatcher {
    Q_DECLARE_TR_FUNCTIONS(RequirementMatcher)

public:
    RequirementMatcher(const QList<Requirement> &requirements, SkillNormalizer normalizer);

    // Full breakdown, for tooltips and the candidate panel.
    MatchResult explain(const MatchInput &input) const;
    // Same numbers as explain().total, without building the breakdown.
    MatchScore score(const MatchInput &input) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }

private:
    struct Rule {
        int weight = 0;  // clamped to >= 0
        int minYears = 0;
        bool mustHave = false;
    };

    // Index into m_termRequirements for a candidate skill, or -1 when it is in
    // no requirement's vocabulary.
    int termOf(const QString &skill) const;
    static constexpr double unknownYearsCredit = 0.5;
    static double creditFor(const Rule &rule, bool matched, std::optional<int> years);
    MatchScore total(double weighted, int missingMustHaves) const;

    QList<Requirement> m_requirements;
    QList<Rule> m_rules;
    SkillNormalizer m_normalizer;
    QHash<QString, int> m_terms;            // canonical vocabulary form -> term index
    QList<QList<int>> m_termRequirements;   // term index -> requirement indexes
    int m_totalWeight = 0;
    mutable QHash<QString, int> m_skillCache;  // candidate skill as written -> term index or -1
};

// Multi-line plain text for a tooltip: the score, then the missing
// must-haves, then matched, partial and missing requirements with weights.
QString describeMatch(const MatchResult &result);

} // namespace shortlist
