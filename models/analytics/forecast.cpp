#include "forecast.h"

#include <QCoreApplication>

#include <algorithm>
#include <random>

namespace shortlist {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Forecast)
};

double quantile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const double h = double(values.size() - 1) * q;
    const std::size_t lo = std::size_t(h);
    const std::size_t hi = std::min(lo + 1, values.size() - 1);
    return values.at(lo) + (h - double(lo)) * (values.at(hi) - values.at(lo));
}

Range rangeOf(const std::vector<double> &values)
{
    return Range{quantile(values, 0.10), quantile(values, 0.50), quantile(values, 0.90)};
}

// Resamples durations (in days) from an hour histogram.
class DurationSampler {
public:
    explicit DurationSampler(const HourHistogram &hours)
    {
        for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
            m_total += it.value();
            m_cumulative.push_back(m_total);
            m_days.push_back(double(it.key()) / 24.0);
        }
    }
    bool isEmpty() const { return m_total == 0; }
    double sample(std::mt19937_64 &rng) const
    {
        if (m_total == 0)
            return 0;
        const qint64 pick = std::uniform_int_distribution<qint64>(0, m_total - 1)(rng);
        const auto at = std::upper_bound(m_cumulative.cbegin(), m_cumulative.cend(), pick);
        return m_days.at(std::size_t(at - m_cumulative.cbegin()));
    }

private:
    qint64 m_total = 0;
    std::vector<qint64> m_cumulative;
    std::vector<double> m_days;
};

double betaSample(double a, double b, std::mt19937_64 &rng)
{
    const double x = std::gamma_distribution<double>(a, 1.0)(rng);
    const double y = std::gamma_distribution<double>(b, 1.0)(rng);
    return x + y > 0 ? x / (x + y) : 0.5;
}

} // namespace

Forecast forecastHiring(const ForecastInput &input)
{
    constexpr int stages = pipelineCategoryCount - 1;   // transitions applied->screen .. offer->hired
    const ForecastHistory &h = input.history;
    Forecast f;
    f.remaining = std::max(0, input.remaining);
    static const std::array<StageCategory, stages> categories{StageCategory::Applied, StageCategory::Screen, StageCategory::Interview,
                                                              StageCategory::Offer};
    for (int k = 0; k < stages; ++k)
        f.steps << ForecastStep{categories.at(std::size_t(k)), Proportion{h.reached.at(std::size_t(k + 1)), h.reached.at(std::size_t(k))}, {}};
    f.history = Tr::tr("%1 applications to %2 made %3 to %4 (%5 weeks), %6 of them resolved, %7 hired")
                    .arg(h.applications)
                    .arg(h.scope, QLocale().toString(h.from, QLocale::ShortFormat), QLocale().toString(h.to, QLocale::ShortFormat))
                    .arg(qRound(h.weeks))
                    .arg(h.resolved())
                    .arg(h.hires());
    f.thin = h.resolved() < thinResolved || h.hires() < thinHires;
    if (f.thin)
        f.warnings << Tr::tr("Thin history: %1 resolved applications and %2 hires (under %3 and %4). The range is wide; "
                             "pool every opening's history or lengthen the window.")
                          .arg(h.resolved())
                          .arg(h.hires())
                          .arg(thinResolved)
                          .arg(thinHires);
    if (f.remaining == 0) {
        f.warnings << Tr::tr("The headcount is filled: nothing to forecast.");
        return f;
    }
    const double perWeek = h.weeks > 0 ? double(h.applications) / h.weeks : 0;
    if (perWeek <= 0)
        f.warnings << Tr::tr("No applications arrived in the window, so no date can be forecast for hires beyond the current pipeline.");

    std::array<DurationSampler, stages> durations{DurationSampler(h.stageHours.at(0)), DurationSampler(h.stageHours.at(1)),
                                                  DurationSampler(h.stageHours.at(2)), DurationSampler(h.stageHours.at(3))};
    if (std::any_of(durations.cbegin(), durations.cend(), [](const DurationSampler &d) { return d.isEmpty(); }))
        f.warnings << Tr::tr("Some stages have no finished visits in the window; their time counts as zero.");

    std::mt19937_64 rng(input.seed);
    // A hire passes every remaining stage: one stay drawn per stage of each
    // category from that category's history. Drawn once into a pool per
    // starting stage, then resampled: the same distribution at a fraction
    // of the cost per draw.
    constexpr std::size_t poolSize = 4096;
    std::array<std::vector<double>, stages> pools;
    for (int k = 0; k < stages; ++k) {
        pools.at(std::size_t(k)).resize(poolSize);
        for (double &t : pools.at(std::size_t(k))) {
            t = 0;
            for (int j = k; j < stages; ++j) {
                for (int n = 0; n < h.stagesPerCategory.at(std::size_t(j)); ++n)
                    t += durations.at(std::size_t(j)).sample(rng);
            }
        }
    }
    std::uniform_int_distribution<std::size_t> poolPick(0, poolSize - 1);
    const int draws = std::max(100, input.draws);
    std::vector<double> pipelineHires, needed, finishDays;
    std::array<std::vector<double>, stages> entrants;
    bool reachable = true;
    std::vector<double> hireTimes;
    for (int d = 0; d < draws; ++d) {
        std::array<double, stages> p{};
        for (int k = 0; k < stages; ++k) {
            const double successes = double(h.reached.at(std::size_t(k + 1)));
            const double failures = double(h.reached.at(std::size_t(k))) - successes;
            p.at(std::size_t(k)) = betaSample(successes + 1, std::max(0.0, failures) + 1, rng);
        }
        // Probability of a hire from each stage on, and the time it takes.
        std::array<double, stages> fromStage{};
        double product = 1;
        for (int k = stages - 1; k >= 0; --k) {
            product *= p.at(std::size_t(k));
            fromStage.at(std::size_t(k)) = product;
        }
        const auto timeFrom = [&](int k) { return pools.at(std::size_t(k)).at(poolPick(rng)); };
        hireTimes.clear();
        qint64 fromPipeline = 0;
        for (int k = 0; k < stages; ++k) {
            const qint64 n = input.active.at(std::size_t(k));
            if (n <= 0)
                continue;
            const qint64 hires = std::binomial_distribution<qint64>(n, std::clamp(fromStage.at(std::size_t(k)), 0.0, 1.0))(rng);
            fromPipeline += hires;
            // Only the earliest `remaining` hires matter; more than that many
            // draws of a stage's time change nothing but the cost.
            const qint64 timed = std::min<qint64>(hires, qint64(f.remaining) * 4);
            for (qint64 i = 0; i < timed; ++i)
                hireTimes.push_back(timeFrom(k));
        }
        pipelineHires.push_back(double(fromPipeline));
        const qint64 deficit = std::max<qint64>(0, f.remaining - fromPipeline);
        const double overall = fromStage.at(0);
        double newNeeded = 0;
        double finish = 0;
        if (deficit > 0) {
            newNeeded = overall > 0 ? std::ceil(double(deficit) / overall) : std::numeric_limits<double>::infinity();
            if (perWeek > 0 && std::isfinite(newNeeded))
                finish = newNeeded / perWeek * 7 + timeFrom(0);
            else
                reachable = false;
        } else {
            std::nth_element(hireTimes.begin(), hireTimes.begin() + (f.remaining - 1), hireTimes.end());
            finish = hireTimes.at(std::size_t(f.remaining - 1));
        }
        needed.push_back(newNeeded);
        finishDays.push_back(finish);
        double share = 1;
        for (int k = 0; k < stages; ++k) {
            entrants.at(std::size_t(k)).push_back(newNeeded * share);
            share *= p.at(std::size_t(k));
        }
    }
    f.fromPipeline = rangeOf(pipelineHires);
    f.newApplications = rangeOf(needed);
    for (int k = 0; k < stages; ++k)
        f.steps[k].newEntrants = rangeOf(entrants.at(std::size_t(k)));
    if (reachable) {
        const Range days = rangeOf(finishDays);
        f.hireDate = input.today.addDays(qint64(std::ceil(days.median)));
        f.hireDateLow = input.today.addDays(qint64(std::ceil(days.low)));
        f.hireDateHigh = input.today.addDays(qint64(std::ceil(days.high)));
        f.atRisk = input.target.isValid() && *f.hireDate > input.target;
    }
    return f;
}

} // namespace shortlist
