#include "requirementmatch.h"

#include <QVarLengthArray>

#include <algorithm>

namespace shortlist {

namespace {

// Keeps memory bounded when ranking very large candidate pools with varied spellings.
constexpr qsizetype skillCacheLimit = 100'000;

RequirementOutcome outcomeFor(double credit)
{
    if (credit >= 1.0)
        return RequirementOutcome::Matched;
    return credit > 0.0 ? RequirementOutcome::Partial : RequirementOutcome::Missing;
}

} // namespace

RequirementMatcher::RequirementMatcher(const QList<Requirement> &requirements, SkillNormalizer normalizer)
    : m_requirements(requirements), m_normalizer(std::move(normalizer))
{
    m_rules.reserve(requirements.size());
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const Requirement &r = requirements.at(i);
        m_rules.append(Rule{std::max(0, r.weight), r.minYears, r.mustHave});
        m_totalWeight += std::max(0, r.weight);
        QStringList vocabulary = r.keywords;
        vocabulary.prepend(r.skill);
        for (const QString &word : std::as_const(vocabulary)) {
            const QString form = m_normalizer.canonical(word);
            if (form.isEmpty())
                continue;
            auto term = m_terms.constFind(form);
            if (term == m_terms.cend()) {
                term = m_terms.insert(form, int(m_termRequirements.size()));
                m_termRequirements.append(QList<int>());
            }
            QList<int> &owners = m_termRequirements[term.value()];
            if (owners.isEmpty() || owners.last() != int(i))
                owners.append(int(i));
        }
    }
}

int RequirementMatcher::termOf(const QString &skill) const
{
    const auto cached = m_skillCache.constFind(skill);
    if (cached != m_skillCache.cend())
        return cached.value();
    const int term = m_terms.value(m_normalizer.canonical(skill), -1);
    if (m_skillCache.size() >= skillCacheLimit)
        m_skillCache.clear();
    m_skillCache.insert(skill, term);
    return term;
}

double RequirementMatcher::creditFor(const Rule &rule, bool matched, std::optional<int> years)
{
    if (!matched)
        return 0.0;
    if (rule.minYears <= 0)
        return 1.0;
    // Unknown is not zero: the skill is there, the years are unrecorded.
    if (!years)
        return unknownYearsCredit;
    return std::min(1.0, double(std::max(0, *years)) / double(rule.minYears));
}

MatchScore RequirementMatcher::total(double weighted, int missingMustHaves) const
{
    MatchScore s;
    s.missingMustHaves = missingMustHaves;
    if (m_totalWeight > 0)
        s.score = qRound(100.0 * weighted / double(m_totalWeight));
    return s;
}

MatchScore RequirementMatcher::score(const MatchInput &input) const
{
    const qsizetype count = m_rules.size();
    QVarLengthArray<bool, 64> matched(count, false);
    for (const QString &skill : input.skills) {
        const int term = termOf(skill);
        if (term < 0)
            continue;
        for (const int index : m_termRequirements.at(term))
            matched[index] = true;
    }
    double weighted = 0.0;
    int missingMustHaves = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const Rule &rule = m_rules.at(i);
        const double credit = creditFor(rule, matched[i], input.yearsExperience);
        weighted += double(rule.weight) * credit;
        if (rule.mustHave && credit <= 0.0)
            ++missingMustHaves;
    }
    return total(weighted, missingMustHaves);
}

MatchResult RequirementMatcher::explain(const MatchInput &input) const
{
    const qsizetype count = m_rules.size();
    QVarLengthArray<qsizetype, 64> matchedBy(count, -1);  // index of the first matching candidate skill
    for (qsizetype s = 0; s < input.skills.size(); ++s) {
        const int term = termOf(input.skills.at(s));
        if (term < 0)
            continue;
        for (const int index : m_termRequirements.at(term)) {
            if (matchedBy[index] < 0)
                matchedBy[index] = s;
        }
    }
    MatchResult result;
    result.requirements.reserve(count);
    double weighted = 0.0;
    int missingMustHaves = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const Requirement &req = m_requirements.at(i);
        const Rule &rule = m_rules.at(i);
        const bool matched = matchedBy[i] >= 0;
        RequirementMatch m;
        m.requirementId = req.id;
        m.skill = req.skill;
        m.weight = req.weight;
        m.mustHave = req.mustHave;
        m.minYears = req.minYears;
        m.credit = creditFor(rule, matched, input.yearsExperience);
        m.outcome = outcomeFor(m.credit);
        if (matched)
            m.matchedSkill = input.skills.at(matchedBy[i]);
        if (!matched)
            m.note = tr("no matching skill");
        else if (rule.minYears > 0 && !input.yearsExperience)
            m.note = tr("years not recorded; counted as half");
        else if (rule.minYears > 0 && *input.yearsExperience < rule.minYears)
            m.note = tr("%1 of %2 years").arg(std::max(0, *input.yearsExperience)).arg(rule.minYears);
        else if (rule.minYears > 0)
            m.note = tr("%1 years (%2 needed)").arg(*input.yearsExperience).arg(rule.minYears);
        weighted += double(rule.weight) * m.credit;
        if (rule.mustHave && m.credit <= 0.0)
            ++missingMustHaves;
        result.requirements.append(std::move(m));
    }
    result.total = total(weighted, missingMustHaves);
    return result;
}

QString describeMatch(const MatchResult &result)
{
    if (result.requirements.isEmpty())
        return RequirementMatcher::tr("No requirements to match against.");
    QStringList lines;
    lines << RequirementMatcher::tr("Requirement match: %1 of 100").arg(result.total.score);
    QStringList missingMustHaves;
    for (const RequirementMatch &m : result.requirements) {
        if (m.mustHave && m.outcome == RequirementOutcome::Missing)
            missingMustHaves << m.skill;
    }
    if (!missingMustHaves.isEmpty())
        lines << RequirementMatcher::tr("Missing must-haves: %1").arg(missingMustHaves.join(QStringLiteral(", ")));

    const auto section = [&](RequirementOutcome outcome, const QString &heading) {
        QStringList entries;
        for (const RequirementMatch &m : result.requirements) {
            if (m.outcome != outcome)
                continue;
            QString line = m.mustHave ? RequirementMatcher::tr("%1 (weight %2, must-have)").arg(m.skill).arg(m.weight)
                                      : RequirementMatcher::tr("%1 (weight %2)").arg(m.skill).arg(m.weight);
            QStringList details;
            if (!m.matchedSkill.isEmpty())
                details << RequirementMatcher::tr("has “%1”").arg(m.matchedSkill);
            if (!m.note.isEmpty())
                details << m.note;
            if (!details.isEmpty())
                line = RequirementMatcher::tr("%1: %2").arg(line, details.join(RequirementMatcher::tr("; ")));
            entries << QStringLiteral("  ") + line;
        }
        if (!entries.isEmpty())
            lines << heading << entries;
    };
    section(RequirementOutcome::Matched, RequirementMatcher::tr("Matched:"));
    section(RequirementOutcome::Partial, RequirementMatcher::tr("Partial:"));
    section(RequirementOutcome::Missing, RequirementMatcher::tr("Missing:"));
    return lines.join(QLatin1Char('\n'));
}

} // namespace shortlist
