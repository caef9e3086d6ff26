// Mapping metrics to chart series: labels with pass-through and sample
// sizes, small groups as counts, empty stages left out, moving averages,
// stacked segments that add up, "other" buckets, calibration dots, the
// forecast's headline.

#include "analytics/chartseries.h"

#include <QTest>

using namespace shortlist;

class TestChartSeries : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void funnel_labelsCarryCountAndPassThrough()
    {
        QList<FunnelStep> steps = canonicalFunnel({{0, 60}, {1, 25}, {2, 10}, {3, 1}, {4, 3}});
        const BarSeries s = funnelSeries(steps);
        QCOMPARE(s.categories, (QStringList{QStringLiteral("Applied"), QStringLiteral("Screen"), QStringLiteral("Interview"), QStringLiteral("Offer"),
                                            QStringLiteral("Hired")}));
        QCOMPARE(s.values, (QList<double>{99, 39, 14, 4, 3}));
        QCOMPARE(s.labels.at(0), QStringLiteral("99"));
        QCOMPARE(s.labels.at(1), QStringLiteral("39 · 39%"));
        // Hired: 3 of the 4 who reached an offer — too few for a percentage.
        QCOMPARE(s.labels.at(4), QStringLiteral("3 · 3 of 4"));
        QVERIFY(s.tooltips.at(2).contains(QStringLiteral("14 of the 39")));
        QCOMPARE(s.keys, (QList<qint64>{0, 1, 2, 3, 4}));
    }

    void shareText_smallGroupsAndNothing()
    {
        QCOMPARE(shareText({1, 4}), QStringLiteral("1 of 4"));
        QCOMPARE(shareText({1, 5}), QStringLiteral("20%"));
        QCOMPARE(shareText({0, 0}), QStringLiteral("—"));
    }

    void boxes_leaveOutStagesWithoutVisits()
    {
        HourHistogram hours{{24, 3}, {48, 3}, {96, 4}};
        const QList<StageTime> stages{StageTime{1, QStringLiteral("Applied"), StageCategory::Applied, summarizeDurations(hours, 2)},
                                      StageTime{2, QStringLiteral("Recruiter screen"), StageCategory::Screen, summarizeDurations({})},
                                      StageTime{3, QStringLiteral("Offer"), StageCategory::Offer, summarizeDurations({{120, 2}})}};
        const BoxSeries s = timeInStageSeries(stages);
        QCOMPARE(s.categories, (QStringList{QStringLiteral("Applied"), QStringLiteral("Offer")}));
        QCOMPARE(s.median.at(0), 2.0);
        QCOMPARE(s.upperQuartile.at(0), 4.0);
        QCOMPARE(s.labels.at(0), QStringLiteral("n=10"));
        QCOMPARE(s.labels.at(1), QStringLiteral("n=2 (few)"));
        QVERIFY(s.tooltips.at(0).contains(QStringLiteral("2 still there")));
    }

    void weekly_movingAverageAndDates()
    {
        const QList<WeekPoint> weeks{{QDate(2026, 1, 5), 4, 0}, {QDate(2026, 1, 12), 8, 1}, {QDate(2026, 1, 19), 0, 0}};
        const WeeklySeries s = weeklySeries(weeks, 2);
        QCOMPARE(s.applications, (QList<double>{4, 8, 0}));
        QCOMPARE(s.average, (QList<double>{4, 6, 4}));
        QCOMPARE(s.hires, (QList<double>{0, 1, 0}));
        QCOMPARE(s.weeks.at(1) - s.weeks.at(0), 7.0 * 86400);
        QVERIFY(s.tooltips.at(1).contains(QStringLiteral("8 applications")));
    }

    void sources_segmentsAddUp_andTheRestIsOther()
    {
        const QList<SourceRow> rows{{QStringLiteral("LinkedIn"), 100, 30, 10, 4}, {QStringLiteral("Referral"), 20, 12, 6, 5},
                                    {QStringLiteral("Agency"), 5, 2, 1, 1}, {QStringLiteral("Meetup"), 3, 1, 0, 0}};
        const StackedSeries s = sourceSeries(rows, 2);
        QCOMPARE(s.categories, (QStringList{QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QStringLiteral("Other sources")}));
        QCOMPARE(s.segmentNames.size(), 4);
        for (qsizetype i = 0; i < s.categories.size(); ++i) {
            double total = 0;
            for (const QList<double> &segment : s.segments)
                total += segment.at(i);
            QCOMPARE(total, QList<double>({100, 20, 8}).at(i));
        }
        QCOMPARE(s.segments.at(0).at(1), 5.0);   // hired
        QCOMPARE(s.segments.at(1).at(1), 1.0);   // offered, not hired
        QCOMPARE(s.segments.at(2).at(1), 6.0);   // interviewed, not offered
        QCOMPARE(s.keys, (QStringList{QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QString()}));
    }

    void rejections_topReasonsPerStage_restAsOther()
    {
        const QList<ReasonCount> rows{{1, QStringLiteral("Applied"), QStringLiteral("Salary"), 10},
                                      {1, QStringLiteral("Applied"), QStringLiteral("Location"), 4},
                                      {2, QStringLiteral("Screen"), QStringLiteral("Salary"), 3},
                                      {2, QStringLiteral("Screen"), QStringLiteral("Depth"), 6},
                                      {2, QStringLiteral("Screen"), QStringLiteral("Notice period"), 1}};
        const StackedSeries s = rejectionSeries(rows, 2);
        QCOMPARE(s.categories, (QStringList{QStringLiteral("Applied"), QStringLiteral("Screen")}));
        QCOMPARE(s.segmentNames, (QStringList{QStringLiteral("Salary"), QStringLiteral("Depth"), QStringLiteral("Other reasons")}));
        QCOMPARE(s.segments.at(0), (QList<double>{10, 3}));
        QCOMPARE(s.segments.at(1), (QList<double>{0, 6}));
        QCOMPARE(s.segments.at(2), (QList<double>{4, 1}));
        QVERIFY(s.tooltips.at(1).startsWith(QStringLiteral("Rejected at Screen: 10")));
    }

    void calibration_dotsOnlyForThoseCompared()
    {
        InterviewerCalibration a;
        a.name = QStringLiteral("Ana");
        a.relativeToPanel = 0.25;
        a.ratingsCompared = 12;
        InterviewerCalibration b;
        b.name = QStringLiteral("Ben");
        InterviewerCalibration c;
        c.name = QStringLiteral("Cai");
        c.relativeToPanel = -0.5;
        c.ratingsCompared = 3;
        const DotSeries s = calibrationSeries({a, b, c});
        QCOMPARE(s.names, (QStringList{QStringLiteral("Ana"), QStringLiteral("Cai")}));
        QCOMPARE(s.relative, (QList<double>{0.25, -0.5}));
        QCOMPARE(s.labels, (QStringList{QStringLiteral("+0.25 (n=12)"), QStringLiteral("-0.50 (n=3)")}));
    }

    void forecast_headlineAndRanges()
    {
        Forecast f;
        f.remaining = 2;
        f.hireDate = QDate(2026, 12, 5);
        f.hireDateLow = QDate(2026, 12, 2);
        f.hireDateHigh = QDate(2026, 12, 10);
        f.fromPipeline = Range{1, 2, 4};
        f.newApplications = Range{0, 10, 31};
        f.steps << ForecastStep{StageCategory::Applied, {50, 100}, Range{0, 10, 31}};
        const RangeSeries s = forecastSeries(f, QDate(2026, 11, 30));
        QCOMPARE(s.categories, QStringList{QStringLiteral("Applied")});
        QCOMPARE(s.high, QList<double>{31});
        QVERIFY2(s.headline.contains(QStringLiteral("05/12/2026")) && s.headline.contains(QStringLiteral("02/12/2026")), qPrintable(s.headline));
        QVERIFY(s.detail.contains(QStringLiteral("2 hires expected (80%: 1 to 4)")));
        QCOMPARE(s.target, QDate(2026, 11, 30));
        f.remaining = 0;
        QCOMPARE(forecastSeries(f).headline, QStringLiteral("Headcount filled"));
    }
};

QTEST_APPLESS_MAIN(TestChartSeries)
#include "tst_chartseries.moc"
