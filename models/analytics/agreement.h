#pragma once

#include <QList>

#include <optional>

namespace shortlist {

// Krippendorff's alpha: agreement among any number of raters on any number of
// units, with missing ratings, for nominal, ordinal, interval or ratio values
// (Krippendorff, "Computing Krippendorff's Alpha-Reliability", 2011).
// Interviewers' competency ratings on the four-level scale are ordinal.
enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

// One unit (a candidate × competency): the ratings it received, one per rater
// who rated it; raters who did not are simply absent.
using RatedUnit = QList<double>;

struct AlphaResult {
    // None when alpha is undefined: fewer than two pairable ratings, or no
    // variation at all (every rating the same value).
    std::optional<double> alpha;
    int pairableUnits = 0;      // units with two or more ratings
    double pairableValues = 0;  // n, the ratings in those units
    double observed = 0;        // D_o
    double expected = 0;        // D_e
};

AlphaResult krippendorffAlpha(const QList<RatedUnit> &units, AlphaMetric metric);

struct AlphaInterval {
    double low = 0;
    double high = 0;
    int resamples = 0;   // resamples that gave a defined alpha
};

// Percentile bootstrap over units (units drawn with replacement), for a
// `confidence` interval such as 0.95. Deterministic for a given seed. None
// when alpha itself is undefined.
std::optional<AlphaInterval> bootstrapAlpha(const QList<RatedUnit> &units, AlphaMetric metric, int resamples = 1000,
                                            double confidence = 0.95, quint32 seed = 1);

} // namespace shortlist
