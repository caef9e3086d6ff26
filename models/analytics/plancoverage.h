#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace shortlist {

// One interviewer slot of an interview plan (or of a scheduled interview's
// panel): what that interviewer assesses. Each slot is one independent
// interviewer.
struct CoverageSlot {
    QString label;                   // "System design — interviewer 1"
    QSet<qint64> competencies;
    QSet<qint64> requirements;
};

enum class CoverageLevel { Missing, Thin, Covered };

struct CoverageItem {
    qint64 id = 0;
    QString name;
    bool mustHave = false;           // requirements only
    int assessors = 0;
    CoverageLevel level = CoverageLevel::Missing;
    QStringList slots;               // labels of the slots that assess it
};

struct CoverageReport {
    QList<CoverageItem> competencies;
    QList<CoverageItem> requirements;  // must-haves only: the check is about them
    int missing = 0;
    int thin = 0;
};

struct CoverageSubject {
    qint64 id = 0;
    QString name;
    bool mustHave = false;
};

// Every competency and every must-have requirement should be assessed by at
// least `wanted` (two) independent interviewers: fewer than that is thin, none
// is missing.
CoverageReport planCoverage(const QList<CoverageSlot> &slots, const QList<CoverageSubject> &competencies,
                            const QList<CoverageSubject> &requirements, int wanted = 2);

} // namespace shortlist
