#include "plancoverage.h"

namespace shortlist {

namespace {

CoverageItem itemFor(const CoverageSubject &s, const QList<CoverageSlot> &slots, bool competency, int wanted)
{
    CoverageItem item;
    item.id = s.id;
    item.name = s.name;
    item.mustHave = s.mustHave;
    for (const CoverageSlot &slot : slots) {
        if ((competency ? slot.competencies : slot.requirements).contains(s.id)) {
            ++item.assessors;
            item.slots << slot.label;
        }
    }
    item.level = item.assessors == 0 ? CoverageLevel::Missing : item.assessors < wanted ? CoverageLevel::Thin : CoverageLevel::Covered;
    return item;
}

} // namespace

CoverageReport planCoverage(const QList<CoverageSlot> &slots, const QList<CoverageSubject> &competencies,
                            const QList<CoverageSubject> &requirements, int wanted)
{
    CoverageReport report;
    const auto count = [&](const CoverageItem &item) {
        report.missing += item.level == CoverageLevel::Missing ? 1 : 0;
        report.thin += item.level == CoverageLevel::Thin ? 1 : 0;
    };
    for (const CoverageSubject &c : competencies) {
        report.competencies << itemFor(c, slots, true, wanted);
        count(report.competencies.constLast());
    }
    for (const CoverageSubject &r : requirements) {
        if (!r.mustHave)
            continue;
        report.requirements << itemFor(r, slots, false, wanted);
        count(report.requirements.constLast());
    }
    return report;
}

} // namespace shortlist
