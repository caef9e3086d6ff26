#include "debrief.h"

#include <QHash>

#include <algorithm>

namespace shortlist {

FormulaAdvice adviceFor(double score)
{
    if (score < 1.75)
        return FormulaAdvice::StrongNo;
    if (score < 2.5)
        return FormulaAdvice::No;
    if (score < 3.25)
        return FormulaAdvice::Yes;
    return FormulaAdvice::StrongYes;
}

Debrief buildDebrief(const QList<DebriefCompetency> &competencies, const QList<DebriefRating> &ratings)
{
    Debrief d;
    for (const DebriefRating &r : ratings) {
        if (!d.interviewers.contains(r.interviewerId))
            d.interviewers << r.interviewerId;
    }
    std::sort(d.interviewers.begin(), d.interviewers.end());
    // (competency, interviewer) -> sum and count of ratings, and whether marked not assessed.
    struct Acc {
        double sum = 0;
        int count = 0;
        bool notAssessed = false;
    };
    QHash<QPair<qint64, qint64>, Acc> acc;
    for (const DebriefRating &r : ratings) {
        Acc &a = acc[qMakePair(r.competencyId, r.interviewerId)];
        if (r.rating) {
            a.sum += *r.rating;
            ++a.count;
        } else {
            a.notAssessed = true;
        }
    }
    double weighted = 0;
    double weights = 0;
    for (const DebriefCompetency &c : competencies) {
        DebriefRow row;
        row.competency = c;
        double sum = 0;
        double low = 5;
        double high = 0;
        for (qint64 interviewer : std::as_const(d.interviewers)) {
            DebriefCell cell;
            const auto it = acc.constFind(qMakePair(c.id, interviewer));
            if (it != acc.cend()) {
                cell.assessed = it->count > 0;
                cell.notAssessed = !cell.assessed && it->notAssessed;
                if (cell.assessed) {
                    cell.rating = it->sum / it->count;
                    sum += cell.rating;
                    ++row.raters;
                    low = std::min(low, cell.rating);
                    high = std::max(high, cell.rating);
                }
            }
            row.cells << cell;
        }
        if (row.raters > 0) {
            row.mean = sum / row.raters;
            weighted += c.weight * *row.mean;
            weights += c.weight;
        }
        row.spread = row.raters >= 2 && high - low >= 2.0;
        row.thin = row.raters < 2;
        d.spreads += row.spread ? 1 : 0;
        d.thinCompetencies += row.thin ? 1 : 0;
        d.rows << row;
    }
    if (weights > 0) {
        d.formulaScore = weighted / weights;
        d.advice = adviceFor(*d.formulaScore);
    }
    return d;
}

} // namespace shortlist
