#pragma once

#include "analytics/agreement.h"
#include "repositories/scorecardrepository.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QMap>

namespace shortlist {

class Database;

// What the calibration chart and report show per interviewer, over an
// opening's latest submitted scorecards.
struct InterviewerCalibration {
    qint64 personId = 0;
    QString name;
    int scorecards = 0;
    int ratings = 0;                         // competency ratings given (not "not assessed")
    std::optional<double> meanRating;
    // Mean of (their rating - the panel's mean rating) over the same
    // application and competency, where at least one other interviewer rated it.
    std::optional<double> relativeToPanel;
    int ratingsCompared = 0;
    QMap<Recommendation, int> overall;       // recommendations given
    int focusAnswered = 0;                   // focus competencies rated
    int focusNotAssessed = 0;                // focus competencies marked not assessed
};

// Agreement on one competency (or, with competencyId 0, the whole panel:
// every competency of every application as a unit), ordinal alpha.
struct CompetencyAgreement {
    qint64 competencyId = 0;
    QString name;
    AlphaResult alpha;
    std::optional<AlphaInterval> interval;  // 95% bootstrap over units
    bool tooFewRatings = false;             // under minUnits pairable units: a diagnostic, not a verdict
};

struct Calibration {
    QList<InterviewerCalibration> interviewers;
    QList<CompetencyAgreement> agreement;
};

class CalibrationRepository {
    Q_DECLARE_TR_FUNCTIONS(CalibrationRepository)

public:
    explicit CalibrationRepository(Database &db) : m_db(db) {}

    static constexpr int minUnits = 5;

    Result<QList<InterviewerCalibration>> interviewers(qint64 openingId) const;
    // Per competency in plan order, then the whole panel last.
    Result<QList<CompetencyAgreement>> agreement(qint64 openingId, int resamples = 1000) const;
    // Both, reading the opening's ratings once.
    Result<Calibration> compute(qint64 openingId, int resamples = 1000) const;

private:
    Database &m_db;
};

} // namespace shortlist
