// Krippendorff's alpha against published values, its undefined cases, and the
// bootstrap interval.

#include "analytics/agreement.h"

#include <random>

#include <QtTest>

#include <cmath>

using namespace shortlist;

namespace {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();

// Reliability data as observers × units; NaN = the observer did not rate it.
QList<RatedUnit> unitsFrom(const QList<QList<double>> &observers)
{
    QList<RatedUnit> units;
    const qsizetype count = observers.constFirst().size();
    for (qsizetype u = 0; u < count; ++u) {
        RatedUnit unit;
        for (const QList<double> &o : observers) {
            if (!std::isnan(o.at(u)))
                unit << o.at(u);
        }
        units << unit;
    }
    return units;
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
// 4 observers, 12 units, values 1-5, missing data.
QList<RatedUnit> krippendorff2011()
{
    return unitsFrom({{1, 2, 3, 3, 2, 1, 4, 1, 2, missing, missing, missing},
                      {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, missing, 3},
                      {missing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, missing},
                      {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, missing}});
}

// The computational example of Wikipedia's "Krippendorff's alpha" article:
// 3 coders, 15 units.
QList<RatedUnit> wikipediaExample()
{
    return unitsFrom({{missing, missing, missing, missing, missing, 3, 4, 1, 2, 1, 1, 3, 3, missing, 3},
                      {1, missing, 2, 1, 3, 3, 4, 3, missing, missing, missing, missing, missing, missing, missing},
                      {missing, missing, 2, 1, 3, 4, 4, missing, 2, 1, 1, 3, 3, missing, 4}});
}

} // namespace

class TestAgreement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void alpha_matchesPublishedValues_data()
    {
        QTest::addColumn<QList<RatedUnit>>("units");
        QTest::addColumn<int>("metric");
        QTest::addColumn<double>("expected");
        QTest::newRow("Krippendorff 2011, nominal") << krippendorff2011() << int(AlphaMetric::Nominal) << 0.743;
        QTest::newRow("Krippendorff 2011, ordinal") << krippendorff2011() << int(AlphaMetric::Ordinal) << 0.815;
        QTest::newRow("Krippendorff 2011, interval") << krippendorff2011() << int(AlphaMetric::Interval) << 0.849;
        QTest::newRow("Krippendorff 2011, ratio") << krippendorff2011() << int(AlphaMetric::Ratio) << 0.797;
        QTest::newRow("Wikipedia, nominal") << wikipediaExample() << int(AlphaMetric::Nominal) << 0.691;
        QTest::newRow("Wikipedia, interval") << wikipediaExample() << int(AlphaMetric::Interval) << 0.811;
    }

    void alpha_matchesPublishedValues()
    {
        QFETCH(QList<RatedUnit>, units);
        QFETCH(int, metric);
        QFETCH(double, expected);
        const AlphaResult r = krippendorffAlpha(units, AlphaMetric(metric));
        QVERIFY(r.alpha);
        QVERIFY2(std::abs(*r.alpha - expected) < 0.0005, qPrintable(QString::number(*r.alpha, 'f', 4)));
    }

    void alpha_countsOnlyPairableUnits()
    {
        // Krippendorff 2011: unit 12 has a single rating and is left out; 40 pairable values.
        const AlphaResult r = krippendorffAlpha(krippendorff2011(), AlphaMetric::Nominal);
        QCOMPARE(r.pairableUnits, 11);
        QCOMPARE(r.pairableValues, 40.0);
    }

    void alpha_undefinedOrExtreme_data()
    {
        QTest::addColumn<QList<RatedUnit>>("units");
        QTest::addColumn<bool>("defined");
        QTest::addColumn<double>("expected");
        QTest::newRow("no units") << QList<RatedUnit>{} << false << 0.0;
        QTest::newRow("single ratings only: nothing pairable") << QList<RatedUnit>{{1}, {2}, {3}} << false << 0.0;
        QTest::newRow("everyone always says the same: no variation") << QList<RatedUnit>{{2, 2}, {2, 2, 2}} << false << 0.0;
        QTest::newRow("perfect agreement") << QList<RatedUnit>{{1, 1}, {2, 2, 2}, {4, 4}, {3, 3}} << true << 1.0;
        // Two raters who always disagree the same way: alpha below zero.
        QTest::newRow("systematic disagreement") << QList<RatedUnit>{{1, 4}, {4, 1}, {1, 4}, {4, 1}} << true << -0.75;
    }

    void alpha_undefinedOrExtreme()
    {
        QFETCH(QList<RatedUnit>, units);
        QFETCH(bool, defined);
        QFETCH(double, expected);
        const AlphaResult r = krippendorffAlpha(units, AlphaMetric::Ordinal);
        QCOMPARE(r.alpha.has_value(), defined);
        if (defined)
            QVERIFY2(std::abs(*r.alpha - expected) < 1e-9, qPrintable(QString::number(*r.alpha, 'f', 6)));
        QVERIFY(!bootstrapAlpha(units, AlphaMetric::Ordinal, 200).has_value() || defined);
    }

    void bootstrap_containsTheEstimate_isRepeatable_andNarrowsWithMoreUnits()
    {
        const QList<RatedUnit> units = krippendorff2011();
        const double point = *krippendorffAlpha(units, AlphaMetric::Ordinal).alpha;
        const std::optional<AlphaInterval> ci = bootstrapAlpha(units, AlphaMetric::Ordinal, 1000, 0.95, 7);
        QVERIFY(ci);
        QVERIFY(ci->low <= point && point <= ci->high);
        QVERIFY(ci->low < ci->high);
        QVERIFY(ci->resamples > 900);
        const std::optional<AlphaInterval> again = bootstrapAlpha(units, AlphaMetric::Ordinal, 1000, 0.95, 7);
        QCOMPARE(again->low, ci->low);
        QCOMPARE(again->high, ci->high);
        // Ten times the same kind of data: a narrower interval around the same alpha.
        QList<RatedUnit> more;
        for (int i = 0; i < 10; ++i)
            more += units;
        const std::optional<AlphaInterval> wide = bootstrapAlpha(more, AlphaMetric::Ordinal, 1000, 0.95, 7);
        QVERIFY(wide);
        QVERIFY(wide->high - wide->low < ci->high - ci->low);
    }

    // The bootstrap draws counts per distinct unit pattern instead of units one
    // by one; its interval must match resampling the units themselves.
    void bootstrap_overPatterns_matchesResamplingUnits()
    {
        std::mt19937 make(3);
        QList<RatedUnit> units;
        for (int u = 0; u < 400; ++u) {
            const int truth = 1 + int(make() % 4);
            RatedUnit unit;
            for (int r = 0; r < 3; ++r)
                unit << double(std::clamp(truth + int(make() % 3) - 1, 1, 4));
            units << unit;
        }
        std::mt19937 pick(11);
        std::vector<double> alphas;
        for (int r = 0; r < 3000; ++r) {
            QList<RatedUnit> resample;
            for (qsizetype i = 0; i < units.size(); ++i)
                resample << units.at(qsizetype(pick() % quint32(units.size())));
            alphas.push_back(*krippendorffAlpha(resample, AlphaMetric::Ordinal).alpha);
        }
        std::sort(alphas.begin(), alphas.end());
        const double low = alphas.at(std::size_t(0.025 * 2999 + 0.5));
        const double high = alphas.at(std::size_t(0.975 * 2999 + 0.5));
        const std::optional<AlphaInterval> ci = bootstrapAlpha(units, AlphaMetric::Ordinal, 3000, 0.95, 5);
        QVERIFY(ci);
        QVERIFY2(std::abs(ci->low - low) < 0.015 && std::abs(ci->high - high) < 0.015,
                 qPrintable(QStringLiteral("patterns %1..%2, units %3..%4").arg(ci->low).arg(ci->high).arg(low).arg(high)));
    }
};

QTEST_APPLESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
