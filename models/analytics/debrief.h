#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace shortlist {

// The debrief's inputs: the opening's competencies with their fixed weights,
// and every submitted rating (latest revision) from the application's
// interviews. One interviewer may rate a competency in several interviews;
// their ratings then count once, as their mean.
struct DebriefCompetency {
    qint64 id = 0;
    QString name;
    double weight = 1.0;
};

struct DebriefRating {
    qint64 competencyId = 0;
    qint64 interviewerId = 0;
    std::optional<int> rating;   // 1-4, or none when not assessed
};

struct DebriefCell {
    bool assessed = false;       // rated (at least once)
    bool notAssessed = false;    // asked to assess it but marked "not assessed"
    double rating = 0;           // their mean rating, when assessed
};

struct DebriefRow {
    DebriefCompetency competency;
    QList<DebriefCell> cells;    // one per interviewer, in Debrief::interviewers order
    std::optional<double> mean;  // over interviewers who rated it
    int raters = 0;
    bool spread = false;         // two interviewers two or more levels apart
    bool thin = false;           // fewer than two independent raters
};

enum class FormulaAdvice { StrongNo, No, Yes, StrongYes };

struct Debrief {
    QList<qint64> interviewers;
    QList<DebriefRow> rows;
    // Weighted mean of the competency means, on the 1-4 scale; none when
    // nothing was rated. Weights of unrated competencies drop out.
    std::optional<double> formulaScore;
    std::optional<FormulaAdvice> advice;
    int spreads = 0;
    int thinCompetencies = 0;
};

// Formula advice from the score: below 1.75 strong no, below 2.5 no, below
// 3.25 yes, else strong yes (the scale's midpoint 2.5 splits no from yes).
FormulaAdvice adviceFor(double score);

Debrief buildDebrief(const QList<DebriefCompetency> &competencies, const QList<DebriefRating> &ratings);

} // namespace shortlist
