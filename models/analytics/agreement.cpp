#include "agreement.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace shortlist {

namespace {

// The units as indexes into the sorted distinct values, and each unit's
// contribution to the coincidence matrix, so that a bootstrap resample only
// adds up small matrices.
struct Prepared {
    std::vector<double> values;                  // distinct, ascending
    std::vector<std::vector<double>> unitMatrix; // per pairable unit, K×K row-major
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
    const std::size_t k = p.values.size();
    for (const RatedUnit &u : units) {
        const qsizetype m = u.size();
        if (m < 2)
            continue;
        std::vector<double> matrix(k * k, 0.0);
        // Every ordered pair of ratings in the unit, weighted 1 / (m - 1).
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                if (i != j)
                    matrix[std::size_t(index.at(u.at(i))) * k + std::size_t(index.at(u.at(j)))] += 1.0 / double(m - 1);
            }
        }
        p.unitMatrix.push_back(std::move(matrix));
    }
    return p;
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

std::vector<double> sumOf(const Prepared &p, const std::vector<std::size_t> &picks)
{
    std::vector<double> o(p.values.size() * p.values.size(), 0.0);
    for (std::size_t unit : picks) {
        const std::vector<double> &m = p.unitMatrix[unit];
        for (std::size_t i = 0; i < o.size(); ++i)
            o[i] += m[i];
    }
    return o;
}

} // namespace

AlphaResult krippendorffAlpha(const QList<RatedUnit> &units, AlphaMetric metric)
{
    const Prepared p = prepare(units);
    std::vector<std::size_t> all(p.unitMatrix.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    return alphaFrom(p.values, sumOf(p, all), int(p.unitMatrix.size()), metric);
}

std::optional<AlphaInterval> bootstrapAlpha(const QList<RatedUnit> &units, AlphaMetric metric, int resamples, double confidence, quint32 seed)
{
    const Prepared p = prepare(units);
    const std::size_t count = p.unitMatrix.size();
    std::vector<std::size_t> all(count);
    for (std::size_t i = 0; i < count; ++i)
        all[i] = i;
    if (!alphaFrom(p.values, sumOf(p, all), int(count), metric).alpha || resamples <= 0)
        return std::nullopt;
    QRandomGenerator random(seed);
    std::vector<double> alphas;
    alphas.reserve(std::size_t(resamples));
    std::vector<std::size_t> picks(count);
    for (int r = 0; r < resamples; ++r) {
        for (std::size_t i = 0; i < count; ++i)
            picks[i] = std::size_t(random.bounded(quint32(count)));
        // The ordinal metric depends on the resample's own value frequencies,
        // so each resample is a full alpha, not a reweighting.
        const AlphaResult a = alphaFrom(p.values, sumOf(p, picks), int(count), metric);
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
