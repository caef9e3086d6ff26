// The hiring forecast on synthetic histories with known rates: the needed
// applications and the hire date land where the arithmetic says, the 80%
// range holds them, a thin history widens it and says so, the pipeline is
// counted before new applications, and the edge cases answer plainly.

#include "analytics/forecast.h"

#include <QTest>

using namespace shortlist;

namespace {

// Every transition passes half: 16·2^k applications resolved, all stays one day.
ForecastInput halving(qint64 resolved, int remaining)
{
    ForecastInput in;
    qint64 n = resolved;
    for (int k = 0; k < pipelineCategoryCount; ++k) {
        in.history.reached.at(std::size_t(k)) = n;
        n /= 2;
    }
    for (HourHistogram &h : in.history.stageHours)
        h.insert(24, std::max<qint64>(1, resolved / 16));
    in.history.applications = resolved;
    in.history.weeks = double(resolved) / 20.0;   // 20 applications a week
    in.history.scope = QStringLiteral("Big Data Tech Lead");
    in.history.from = QDate(2026, 1, 1);
    in.history.to = QDate(2026, 7, 1);
    in.remaining = remaining;
    in.today = QDate(2026, 7, 1);
    in.draws = 4000;
    in.seed = 9;
    return in;
}

} // namespace

class TestForecast : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void knownRate_neededApplicationsAndDate()
    {
        const Forecast f = forecastHiring(halving(1600, 10));
        // 10 hires at 1/16 each: 160 applications; at 20 a week, 8 weeks, then four one-day stages.
        QVERIFY2(f.newApplications.low <= 160 && 160 <= f.newApplications.high,
                 qPrintable(QStringLiteral("%1..%2").arg(f.newApplications.low).arg(f.newApplications.high)));
        QVERIFY(std::abs(f.newApplications.median - 160) <= 12);
        QVERIFY(f.newApplications.low >= 120 && f.newApplications.high <= 210);
        QVERIFY(f.hireDate.has_value());
        const qint64 days = QDate(2026, 7, 1).daysTo(*f.hireDate);
        QVERIFY2(days >= 54 && days <= 68, qPrintable(QString::number(days)));
        QVERIFY(*f.hireDateLow <= *f.hireDate && *f.hireDate <= *f.hireDateHigh);
        // Entrants per stage halve as the applicants go through.
        QCOMPARE(f.steps.size(), 4);
        QVERIFY(std::abs(f.steps.at(1).newEntrants.median - f.newApplications.median / 2) <= 8);
        QCOMPARE(f.steps.at(0).passThrough, (Proportion{800, 1600}));
        QVERIFY(!f.thin);
        QVERIFY2(f.history.contains(QStringLiteral("Big Data Tech Lead")) && f.history.contains(QStringLiteral("1600")), qPrintable(f.history));
    }

    void thinHistory_widerRange_andAWarning()
    {
        const Forecast rich = forecastHiring(halving(1600, 10));
        const Forecast thin = forecastHiring(halving(16, 10));
        QVERIFY(thin.thin);
        QVERIFY(!thin.warnings.isEmpty());
        QVERIFY(thin.warnings.constFirst().contains(QStringLiteral("Thin history")));
        const double richWidth = rich.newApplications.high - rich.newApplications.low;
        const double thinWidth = thin.newApplications.high - thin.newApplications.low;
        QVERIFY2(thinWidth > 3 * richWidth, qPrintable(QStringLiteral("%1 vs %2").arg(thinWidth).arg(richWidth)));
    }

    void pipelineFirst_thenNewApplications()
    {
        ForecastInput in = halving(1600, 10);
        in.active = {0, 0, 0, 40};   // forty at offer, each hired with probability one half
        const Forecast f = forecastHiring(in);
        QVERIFY(std::abs(f.fromPipeline.median - 20) <= 2);
        QCOMPARE(f.newApplications.median, 0.0);
        // The tenth hire comes out of the offers within a day or so.
        QVERIFY(QDate(2026, 7, 1).daysTo(*f.hireDate) <= 2);
    }

    void targetDate_atRiskWhenTheMedianIsLater()
    {
        ForecastInput in = halving(1600, 10);
        in.target = QDate(2026, 8, 1);
        QVERIFY(forecastHiring(in).atRisk);
        in.target = QDate(2026, 12, 1);
        QVERIFY(!forecastHiring(in).atRisk);
    }

    void sameSeed_sameForecast()
    {
        const Forecast a = forecastHiring(halving(400, 5));
        const Forecast b = forecastHiring(halving(400, 5));
        QCOMPARE(a.newApplications.median, b.newApplications.median);
        QCOMPARE(a.hireDate, b.hireDate);
    }

    void filled_orNoArrivals_saySo()
    {
        const Forecast filled = forecastHiring(halving(1600, 0));
        QVERIFY(!filled.hireDate);
        QVERIFY(filled.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("filled")));
        ForecastInput quiet = halving(1600, 3);
        quiet.history.applications = 0;
        const Forecast none = forecastHiring(quiet);
        QVERIFY(!none.hireDate);
        QVERIFY(none.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("No applications arrived")));
    }
};

QTEST_APPLESS_MAIN(TestForecast)
#include "tst_forecast.moc"
