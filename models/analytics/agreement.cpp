#include "agreement.h"


#include <algorithm>
#include <cmath>
#include <map>
#include <random>
#include <vector>

namespace shortlist {

namespace {

// The units as indexes into the sorted distinct values, and each unit's
// contribution to the coincidence matrix, so that a bootstrap resample only
// adds up small matrices.
// The units grouped by their ratings: units with the same ratings contribute
// the same coincidence matrix, so each distinct pattern's matrix is built
// once with its count of units. A bootstrap resample of units is then a
// multinomial draw of counts over these few patterns.
struct Prepared {
    std::vector<double> values;                     // distinct, ascending
    std::vector<std::vector<double>> patternMatrix; // K×K row-major
    std::vector<qint64> patternUnits;
    qint64 pairableUnits = 0;
};

Prepared prepare(const QList<RatedUnit> &units)
{
    Prepared p;
    std::map<double, int> index;
    for (const RatedUnit &u : units) {
        if (u.size() < 2)
            continue;
        for (double v : u)
            index.emplace(v, 0);
    }
    for (auto &[value, i] : index) {
        i = int(p.values.size());
        p.values.push_back(value);
    }
    std::map<std::vector<int>, qint64> patterns;   // sorted value indexes -> units
    std::vector<int> key;
    for (const RatedUnit &u : units) {
        if (u.size() < 2)
            continue;
        key.clear();
        for (double v : u)
            key.push_back(index.at(v));
        std::sort(key.begin(), key.end());
        ++patterns[key];
        ++p.pairableUnits;
    }
    const std::size_t k = p.values.size();
    for (const auto &[pattern, howMany] : patterns) {
        std::vector<double> matrix(k * k, 0.0);
        // Every ordered pair of ratings in the unit, weighted 1 / (m - 1).
        const std::size_t m = pattern.size();
        for (std::size_t i = 0; i < m; ++i) {
            for (std::size_t j = 0; j < m; ++j) {
                if (i != j)
                    matrix[std::size_t(pattern[i]) * k + std::size_t(pattern[j])] += 1.0 / double(m - 1);
            }
        }
        p.patternMatrix.push_back(std::move(matrix));
        p.patternUnits.push_back(howMany);
    }
    return p;
}

// Every unit once: the patterns weighted by their counts.
std::vector<double> wholeSample(const Prepared &p)
{
    std::vector<double> o(p.values.size() * p.values.size(), 0.0);
    for (std::size_t t = 0; t < p.patternMatrix.size(); ++t) {
        for (std::size_t i = 0; i < o.size(); ++i)
            o[i] += double(p.patternUnits[t]) * p.patternMatrix[t][i];
    }
    return o;
}

AlphaResult alphaFrom(const std::vector<double> &values, const std::vector<double> &o, int pairableUnits, AlphaMetric metric)
{
    AlphaResult r;
    r.pairableUnits = pairableUnits;
    const std::size_t k = values.size();
    std::vector<double> nc(k, 0.0);
    for (std::size_t c = 0; c < k; ++c) {
        for (std::size_t j = 0; j < k; ++j)
            nc[c] += o[c * k + j];
    }
    double n = 0;
    for (double x : nc)
        n += x;
    r.pairableValues = n;
    if (n < 2 || k < 2)
        return r;
    const auto delta2 = [&](std::size_t a, std::size_t b) -> double {
        if (a == b)
            return 0.0;
        const double c = values[a];
        const double v = values[b];
        switch (metric) {
        case AlphaMetric::Nominal: return 1.0;
        case AlphaMetric::Interval: return (c - v) * (c - v);
        case AlphaMetric::Ratio: return c + v == 0 ? 0.0 : std::pow((c - v) / (c + v), 2);
        case AlphaMetric::Ordinal: {
            const std::size_t lo = std::min(a, b);
            const std::size_t hi = std::max(a, b);
            double sum = 0;
            for (std::size_t g = lo; g <= hi; ++g)
                sum += nc[g];
            sum -= (nc[lo] + nc[hi]) / 2.0;
            return sum * sum;
        }
        }
        return 0.0;
    };
    double observed = 0;
    double expected = 0;
    for (std::size_t a = 0; a < k; ++a) {
        for (std::size_t b = 0; b < k; ++b) {
            const double d = delta2(a, b);
            observed += o[a * k + b] * d;
            expected += nc[a] * nc[b] * d;
        }
    }
    r.observed = observed / n;
    r.expected = expected / (n * (n - 1));
    if (r.expected > 0)
        r.alpha = 1.0 - r.observed / r.expected;
    return r;
}

} // namespace

AlphaResult krippendorffAlpha(const QList<RatedUnit> &units, AlphaMetric metric)
{
    const Prepared p = prepare(units);
    return alphaFrom(p.values, wholeSample(p), int(p.pairableUnits), metric);
}

std::optional<AlphaInterval> bootstrapAlpha(const QList<RatedUnit> &units, AlphaMetric metric, int resamples, double confidence, quint32 seed)
{
    const Prepared p = prepare(units);
    const std::size_t count = std::size_t(p.pairableUnits);
    if (!alphaFrom(p.values, wholeSample(p), int(count), metric).alpha || resamples <= 0)
        return std::nullopt;
    // Drawing `count` units with replacement is drawing, for each pattern in
    // turn, how many of the remaining draws land on it: binomial with its
    // share of the units not yet passed. Exact, and O(patterns) per resample.
    std::mt19937_64 random(seed);
    std::vector<double> alphas;
    alphas.reserve(std::size_t(resamples));
    const std::size_t cells = p.values.size() * p.values.size();
    std::vector<double> o(cells);
    for (int r = 0; r < resamples; ++r) {
        std::fill(o.begin(), o.end(), 0.0);
        qint64 drawsLeft = qint64(count);
        qint64 unitsLeft = qint64(count);
        for (std::size_t t = 0; t < p.patternMatrix.size() && drawsLeft > 0; ++t) {
            const qint64 alike = p.patternUnits[t];
            const qint64 drawn = t + 1 == p.patternMatrix.size()
                                     ? drawsLeft
                                     : std::binomial_distribution<qint64>(drawsLeft, double(alike) / double(unitsLeft))(random);
            unitsLeft -= alike;
            drawsLeft -= drawn;
            if (drawn == 0)
                continue;
            const std::vector<double> &m = p.patternMatrix[t];
            for (std::size_t i = 0; i < cells; ++i)
                o[i] += double(drawn) * m[i];
        }
        // The ordinal metric depends on the resample's own value frequencies,
        // so each resample is a full alpha, not a reweighting.
        const AlphaResult a = alphaFrom(p.values, o, int(count), metric);
        if (a.alpha)
            alphas.push_back(*a.alpha);
    }
    if (alphas.empty())
        return std::nullopt;
    std::sort(alphas.begin(), alphas.end());
    const double tail = (1.0 - confidence) / 2.0;
    const auto at = [&](double q) {
        const std::size_t i = std::min(alphas.size() - 1, std::size_t(std::floor(q * double(alphas.size() - 1) + 0.5)));
        return alphas[i];
    };
    return AlphaInterval{at(tail), at(1.0 - tail), int(alphas.size())};
}

} // namespace shortlist
