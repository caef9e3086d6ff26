// Pipeline metrics on a small opening whose answers are worked out by hand
// below: funnel (cohort, snapshot, activity), time in stage with open visits,
// time to hire and fill, weekly counts, sources and referrers, rejections,
// withdrawals, offers, stalls — and the pure pieces (percentiles on empty,
// single and tied data, funnels, weeks, moving averages).

#include "../common/metricsfixture.h"

#include "analytics/pipelinemetrics.h"
#include "repositories/applicationquery.h"
#include "repositories/applicationrepository.h"
#include "repositories/metricsrepository.h"

#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

using namespace shortlist::test::metricsfixture;

class TestMetrics : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Opening m_opening;

    PipelineMetrics metrics(MetricsFilter f)
    {
        if (f.openingIds.isEmpty())
            f.openingIds = {m_opening.id};
        f.now = now;
        Result<PipelineMetrics> m = MetricsRepository(*m_db).compute(f);
        if (!m)
            qWarning("%s", qPrintable(m.error().message + QLatin1Char(' ') + m.error().detail));
        return m ? *m : PipelineMetrics{};
    }

    static QList<qint64> reached(const QList<FunnelStep> &steps)
    {
        QList<qint64> r;
        for (const FunnelStep &s : steps)
            r << s.reached;
        return r;
    }

    const StageTime &stageTime(const PipelineMetrics &m, int stage)
    {
        for (const StageTime &t : m.timeInStage) {
            if (t.stageId == m_opening.stages.at(stage).id)
                return t;
        }
        static const StageTime none;
        return none;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("metrics.shortlist")));
        QVERIFY(m_db);
        const qint64 id = metricsfixture::build(*m_db);
        QVERIFY(id);
        m_opening = OpeningRepository(*m_db).load(id).value();
        QCOMPARE(m_opening.stages.at(Hired).category, StageCategory::Hired);
        QCOMPARE(m_opening.stages.at(Withdrawn).category, StageCategory::Withdrawn);
    }

    // The triggers keep the summaries the metrics read.
    void stageEvents_keepFurthestStageAndLeftAt()
    {
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE furthest_stage_id IS NULL")), 0);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT s.name FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                            "JOIN stages s ON s.id = a.furthest_stage_id WHERE c.name = 'Ben'")),
                 QStringLiteral("Technical deep-dive"));
        // Ben's screen visit ended when he moved on; his rejection is his last event.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT e.left_at FROM stage_events e JOIN applications a ON a.id = e.application_id "
                                              "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Ben' AND e.to_stage_id = %1")
                                   .arg(m_opening.stages.at(Screen).id)),
                 dayAt(10));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE left_at IS NULL")), 6);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE (left_at IS NULL) <> (stay_hours IS NULL)")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT e.stay_hours FROM stage_events e JOIN applications a ON a.id = e.application_id "
                                              "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Ben' AND e.to_stage_id = %1")
                                   .arg(m_opening.stages.at(Screen).id)),
                 6 * 24);
        // Where the rejected and withdrawn left from; nothing for the others.
        QCOMPARE(text(*m_db, QStringLiteral("SELECT s.name FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                            "JOIN stages s ON s.id = a.exited_from_stage_id WHERE c.name = 'Eve'")),
                 QStringLiteral("Offer"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE exited_from_stage_id IS NOT NULL")), 3);
    }

    void candidateSource_isMirroredOnTheirApplications()
    {
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                              "WHERE a.candidate_source IS NOT c.source OR a.candidate_referrer IS NOT c.referrer")),
                 0);
        // Editing the candidate carries through; then back, for the figures below.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET source = 'Agency', referrer = 'Kim' WHERE name = 'Dee'")));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT a.candidate_source || '/' || a.candidate_referrer FROM applications a "
                                            "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Dee'")),
                 QStringLiteral("Agency/Kim"));
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET source = 'Careers page', referrer = '' WHERE name = 'Dee'")));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT a.candidate_source FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Dee'")),
                 QStringLiteral("Careers page"));
    }

    void movesAndUndo_keepTheSummariesExact()
    {
        const qint64 id = addCandidate(*m_db, m_opening.id, QStringLiteral("Hal"), dayAt(50)).applicationId;
        ApplicationRepository apps(*m_db);
        const auto furthest = [&] {
            return scalar(*m_db, QStringLiteral("SELECT furthest_stage_id FROM applications WHERE id = %1").arg(id));
        };
        const auto openVisits = [&] {
            return scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1 AND left_at IS NULL").arg(id));
        };
        QCOMPARE(furthest(), m_opening.stages.at(Applied).id);
        ApplicationState tech{m_opening.stages.at(Tech).id, ApplicationStatus::Active, {}, 0, 0};
        const StageMove forward = apps.move(id, apps.load(id)->version, tech, {}).value();
        QCOMPARE(furthest(), m_opening.stages.at(Tech).id);
        QCOMPARE(openVisits(), 1);
        // Back to the screen: the furthest stays where it got to.
        ApplicationState screen{m_opening.stages.at(Screen).id, ApplicationStatus::Active, {}, 0, 0};
        const StageMove back = apps.move(id, apps.load(id)->version, screen, {}).value();
        QCOMPARE(furthest(), m_opening.stages.at(Tech).id);
        // Undo both: the application is where it started, nothing left over.
        QVERIFY(!apps.revert(back));
        QVERIFY(!apps.revert(forward));
        QCOMPARE(furthest(), m_opening.stages.at(Applied).id);
        QCOMPARE(openVisits(), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(id)), 1);
        // Remove Hal again so the figures below stay as worked out.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM applications WHERE id = %1").arg(id)));
    }

    // Events inserted or deleted out of order (not a move or its undo) still
    // leave every stay and the furthest stage exact.
    void eventsOutOfOrder_summariesStayExact()
    {
        const qint64 id = addCandidate(*m_db, m_opening.id, QStringLiteral("Ida"), dayAt(50)).applicationId;
        SqlQuery q(*m_db);
        const auto addEvent = [&](int stage, int day) {
            q.prepare(QStringLiteral("INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id) VALUES (?, ?, NULL, ?) RETURNING id"));
            q.bind(id).bind(dayAt(day)).bind(m_opening.stages.at(stage).id);
            return q.exec() && q.next() ? q.int64(0) : 0;
        };
        const auto stays = [&] {
            return text(*m_db, QStringLiteral("SELECT group_concat(coalesce(stay_hours, -1), ',') FROM (SELECT stay_hours FROM stage_events "
                                              "WHERE application_id = %1 ORDER BY at, id)").arg(id));
        };
        const auto furthest = [&] { return scalar(*m_db, QStringLiteral("SELECT furthest_stage_id FROM applications WHERE id = %1").arg(id)); };
        const qint64 tech = addEvent(Tech, 55);
        QCOMPARE(stays(), QStringLiteral("120,-1"));
        // A screen on day 52, between the two: both stays change.
        const qint64 screen = addEvent(Screen, 52);
        QCOMPARE(stays(), QStringLiteral("48,72,-1"));
        QCOMPARE(furthest(), m_opening.stages.at(Tech).id);
        // Removing it from the middle joins the stays again.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM stage_events WHERE id = %1").arg(screen)));
        QCOMPARE(stays(), QStringLiteral("120,-1"));
        // Removing the latest reopens the stay before it and moves the furthest back.
        QVERIFY(q.exec(QStringLiteral("DELETE FROM stage_events WHERE id = %1").arg(tech)));
        QCOMPARE(stays(), QStringLiteral("-1"));
        QCOMPARE(furthest(), m_opening.stages.at(Applied).id);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM applications WHERE id = %1").arg(id)));
    }

    void funnel_cohortAllTime_reachedAndPassThrough()
    {
        const PipelineMetrics m = metrics({});
        QCOMPARE(m.applications, 6);
        QCOMPARE(reached(m.funnel), (QList<qint64>{6, 5, 3, 2, 1}));
        QCOMPARE(m.funnel.at(1).passThrough, (Proportion{5, 6}));
        QCOMPARE(m.funnel.at(2).passThrough, (Proportion{3, 5}));
        QCOMPARE(m.funnel.at(4).passThrough, (Proportion{1, 2}));
        QVERIFY(m.funnel.at(4).passThrough.isSmall());
        QCOMPARE(m.funnel.at(0).passThrough.whole, 0);
        QCOMPARE(reached(m.stageFunnel), (QList<qint64>{6, 5, 3, 2, 2, 2, 2, 1}));
    }

    void funnel_cohortAndSnapshot_differOnTheSameDates()
    {
        MetricsFilter f;
        f.from = QDate(2026, 1, 5);
        f.to = QDate(2026, 1, 17);   // day 12
        f.view = FunnelView::Cohort;
        // Applied by day 12: Ana, Ben, Cai, Dee, Eve — counted by how far they ever got.
        QCOMPARE(reached(metrics(f).funnel), (QList<qint64>{5, 4, 3, 2, 1}));
        // Where those five stood at the end of day 12.
        f.view = FunnelView::Snapshot;
        QCOMPARE(reached(metrics(f).funnel), (QList<qint64>{5, 4, 2, 0, 0}));
    }

    void funnel_activity_countsEntriesInThePeriod()
    {
        MetricsFilter f;
        f.from = QDate(2026, 1, 15);   // day 10
        f.to = QDate(2026, 1, 19);     // day 14
        f.view = FunnelView::Activity;
        const PipelineMetrics m = metrics(f);
        // Eve applied and was screened; Ben, Ana (twice) and Eve entered interview stages.
        QCOMPARE(reached(m.funnel), (QList<qint64>{1, 1, 4, 0, 0}));
        QCOMPARE(m.funnel.at(2).passThrough.whole, 0);   // no pass-through for moves
    }

    void timeInStage_percentilesWithOpenVisitsToNow()
    {
        const PipelineMetrics m = metrics({});
        // Applied: 24, 24, 48, 48, 72 hours and Dee's open 52 days (1248 h).
        const DurationSummary applied = stageTime(m, Applied).duration;
        QCOMPARE(applied.count, 6);
        QCOMPARE(applied.open, 1);
        QCOMPARE(*applied.median, 2.0);
        QCOMPARE(*applied.p75, 66.0 / 24);
        QCOMPARE(*applied.p90, 660.0 / 24);
        QCOMPARE(*applied.minimum, 1.0);
        QCOMPARE(*applied.maximum, 52.0);
        // Screen: 24, 72, 72, 144 hours and Fay's open 19 days (456 h).
        const DurationSummary screen = stageTime(m, Screen).duration;
        QCOMPARE(screen.count, 5);
        QCOMPARE(*screen.p25, 3.0);
        QCOMPARE(*screen.median, 3.0);
        QCOMPARE(*screen.p75, 6.0);
        QCOMPARE(*screen.p90, 331.2 / 24);
        const DurationSummary offer = stageTime(m, Offer).duration;
        QCOMPARE(offer.count, 2);
        QCOMPARE(*offer.median, 5.0);
        QVERIFY(offer.isSmall());
        // Hired is where a journey ends, not a stage one spends time in.
        QVERIFY(std::none_of(m.timeInStage.cbegin(), m.timeInStage.cend(), [](const StageTime &t) { return t.category == StageCategory::Hired; }));
    }

    void timeToHireAndFill()
    {
        const PipelineMetrics m = metrics({});
        QCOMPARE(m.timeToHire.count, 1);
        QCOMPARE(*m.timeToHire.median, 20.0);
        QCOMPARE(m.fills.size(), 1);
        QCOMPARE(m.fills.at(0).hired, 1);
        // Created 1 January, filled on day 20 (25 January).
        QCOMPARE(*m.fills.at(0).timeToFillDays, 24.0);
        QCOMPARE(m.fills.at(0).targetOn, QDate(2026, 3, 1));
    }

    void weekly_applicationsAndHires_withEmptyWeeks()
    {
        const PipelineMetrics m = metrics({});
        QCOMPARE(m.weekly.size(), 6);   // the weeks of day 0, 7, ... 35 (day 40)
        QCOMPARE(m.weekly.at(0).start, QDate(2026, 1, 5));
        QCOMPARE(m.weekly.at(0).applications, 3);
        QCOMPARE(m.weekly.at(1).applications, 2);
        QCOMPARE(m.weekly.at(2).hires, 1);
        QCOMPARE(m.weekly.at(3).applications, 0);
        QCOMPARE(m.weekly.at(5).applications, 1);   // day 40 is in the week of day 35
        QCOMPARE(m.weekly.at(5).start, QDate(2026, 2, 9));
    }

    void sourcesAndReferrers_howFarEachGot()
    {
        const PipelineMetrics m = metrics({});
        QCOMPARE(m.sources.size(), 3);
        QCOMPARE(m.sources.at(0).source, QStringLiteral("LinkedIn"));
        QCOMPARE(m.sources.at(0).applications, 3);
        QCOMPARE(m.sources.at(0).interviewed, 1);
        QCOMPARE(m.sources.at(0).hired, 0);
        QCOMPARE(m.sources.at(1).source, QStringLiteral("Referral"));
        QCOMPARE(m.sources.at(1).applications, 2);
        QCOMPARE(m.sources.at(1).offered, 2);
        QCOMPARE(m.sources.at(1).toHire(), (Proportion{1, 2}));
        QCOMPARE(m.referrers.size(), 1);
        QCOMPARE(m.referrers.at(0).source, QStringLiteral("Priya"));
        QCOMPARE(m.referrers.at(0).hired, 1);
    }

    void exitsOffersAndStalls()
    {
        const PipelineMetrics m = metrics({});
        QCOMPARE(m.rejections.size(), 2);
        QCOMPARE(m.rejections.at(0).stage, QStringLiteral("Recruiter screen"));
        QCOMPARE(m.rejections.at(0).reason, QStringLiteral("Salary"));
        QCOMPARE(m.rejections.at(1).stage, QStringLiteral("Technical deep-dive"));
        QCOMPARE(m.rejections.at(1).reason, QStringLiteral("Spark depth"));
        QCOMPARE(m.withdrawals.size(), 1);
        QCOMPARE(m.withdrawals.at(0).stage, QStringLiteral("Offer"));
        QCOMPARE(m.offers.extended, 2);
        QCOMPARE(m.offers.accepted, 1);
        QCOMPARE(m.offers.declined, 1);
        QCOMPARE(m.offers.acceptance(), (Proportion{1, 2}));
        // Dee waits in Applied since day 8 (limit 7 days), Fay in the screen since day 41 (limit 5).
        QCOMPARE(m.stalledTotal, 2);
        QCOMPARE(m.stalled.at(0).stage, QStringLiteral("Applied"));
        QCOMPARE(m.stalled.at(1).stage, QStringLiteral("Recruiter screen"));
        QCOMPARE(m.overdueScorecards, 0);
    }

    void sourceFilter_narrowsEveryFigure()
    {
        MetricsFilter f;
        f.sources = {QStringLiteral("LinkedIn")};
        const PipelineMetrics m = metrics(f);
        QCOMPARE(reached(m.funnel), (QList<qint64>{3, 3, 1, 0, 0}));
        QCOMPARE(m.sources.size(), 1);
        QCOMPARE(m.rejections.size(), 2);
        QCOMPARE(m.withdrawals.size(), 0);
        QCOMPARE(m.timeToHire.count, 0);
        QCOMPARE(m.stalledTotal, 1);
        QCOMPARE(stageTime(m, Applied).duration.count, 3);
    }

    void allOpenings_addUp_andGroupTimeByCategory()
    {
        const qint64 other = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        QVERIFY(addCandidate(*m_db, other, QStringLiteral("Gus"), dayAt(2)).applicationId);
        MetricsFilter f;
        f.openingIds = {m_opening.id, other};
        f.now = now;
        const PipelineMetrics m = MetricsRepository(*m_db).compute(f).value();
        QCOMPARE(reached(m.funnel), (QList<qint64>{7, 5, 3, 2, 1}));
        QVERIFY(m.stageFunnel.isEmpty());
        QCOMPARE(m.timeInStage.size(), 4);
        QCOMPARE(m.timeInStage.at(0).category, StageCategory::Applied);
        QCOMPARE(m.timeInStage.at(0).duration.count, 7);
        QCOMPARE(m.fills.size(), 2);
    }

    void forecastHistory_resolvedApplicationsStaysAndPipeline()
    {
        ForecastOptions options;
        options.now = now;
        options.months = 6;
        const ForecastInput in = MetricsRepository(*m_db).forecastInput(m_opening.id, options).value();
        // Resolved: Ana (hired), Ben (rejected at the deep-dive), Cai (at the screen), Eve (withdrew at offer).
        QCOMPARE(in.history.reached, (std::array<qint64, 5>{4, 4, 3, 2, 1}));
        QCOMPARE(in.history.applications, 6);
        QCOMPARE(in.history.stagesPerCategory, (std::array<int, 4>{1, 1, 4, 1}));
        // Closed stays only: Dee's and Fay's open ones are not history yet.
        QCOMPARE(in.history.stageHours.at(0), (HourHistogram{{24, 2}, {48, 2}, {72, 1}}));
        QCOMPARE(in.active, (std::array<qint64, 4>{1, 1, 0, 0}));
        QCOMPARE(in.remaining, 0);
        QCOMPARE(in.target, QDate(2026, 3, 1));
        QCOMPARE(in.history.scope, m_opening.title);
        const Forecast f = MetricsRepository(*m_db).forecast(m_opening.id, options).value();
        QCOMPARE(f.remaining, 0);
        QVERIFY(!f.hireDate);   // the headcount is filled
        QVERIFY(f.warnings.join(QLatin1Char(' ')).contains(QStringLiteral("filled")));
        QVERIFY(forecastHiring(in).thin);   // four resolved applications are a thin history
        options.months = 0;
        QVERIFY(!MetricsRepository(*m_db).forecastInput(m_opening.id, options));
    }

    // What a click on the dashboard lists: the same applications the figure counts.
    void reachedAndAppliedFilters_listWhatTheFunnelCounts_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("fromDay");
        QTest::addColumn<int>("toDay");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("reached the deep-dive, all time") << QStringLiteral("Technical deep-dive") << -1 << -1 << qint64(3);
        QTest::newRow("reached the screen, all time") << QStringLiteral("Recruiter screen") << -1 << -1 << qint64(5);
        QTest::newRow("reached an offer, applied by day 12") << QStringLiteral("Offer") << 0 << 12 << qint64(2);
        QTest::newRow("reached the screen, applied days 0-12") << QStringLiteral("Recruiter screen") << 0 << 12 << qint64(4);
        QTest::newRow("applied from day 30") << QString() << 30 << -1 << qint64(1);
    }

    void reachedAndAppliedFilters_listWhatTheFunnelCounts()
    {
        QFETCH(QString, stage);
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        QFETCH(qint64, expected);
        ApplicationQuery query;
        query.openingId = m_opening.id;
        query.includeClosed = true;
        if (!stage.isEmpty()) {
            FilterCondition reached;
            reached.field = FilterField::Reached;
            reached.values = {stage};
            query.filter.conditions << reached;
        }
        if (fromDay >= 0 || toDay >= 0) {
            const QDate epoch(1970, 1, 1);
            FilterCondition applied;
            applied.field = FilterField::Applied;
            if (fromDay >= 0)
                applied.minimum = int(epoch.daysTo(QDateTime::fromSecsSinceEpoch(dayAt(fromDay), QTimeZone::utc()).date()));
            if (toDay >= 0)
                applied.maximum = int(epoch.daysTo(QDateTime::fromSecsSinceEpoch(dayAt(toDay), QTimeZone::utc()).date()));
            query.filter.conditions << applied;
        }
        QVERIFY(!ApplicationFilter::validate(query.filter));
        QCOMPARE(ApplicationRepository(*m_db).count(query, now).value(), expected);
        // Saved views keep the new fields.
        QCOMPARE(ApplicationFilter::fromJson(ApplicationFilter::toJson(query.filter)).value().conditions.size(), query.filter.conditions.size());
    }

    void emptyOpening_zerosNotErrors()
    {
        MetricsFilter f;
        f.openingIds = {createOpening(*m_db, QStringLiteral("ml-engineering-tech-lead"))};
        f.now = now;
        const PipelineMetrics m = MetricsRepository(*m_db).compute(f).value();
        QCOMPARE(reached(m.funnel), (QList<qint64>{0, 0, 0, 0, 0}));
        QVERIFY(!m.funnel.at(1).passThrough.value());
        QCOMPARE(m.timeToHire.count, 0);
        QVERIFY(!m.timeToHire.median);
        QVERIFY(m.weekly.isEmpty());
        QVERIFY(!m.fills.at(0).timeToFillDays);
    }

    void reversedPeriod_isRefusedWithTheFix()
    {
        MetricsFilter f;
        f.openingIds = {m_opening.id};
        f.from = QDate(2026, 2, 1);
        f.to = QDate(2026, 1, 1);
        Result<PipelineMetrics> m = MetricsRepository(*m_db).compute(f);
        QVERIFY(!m);
        QVERIFY2(m.error().message.contains(QStringLiteral("swap")), qPrintable(m.error().message));
    }

    void quantile_emptySingleTiesAndInterpolation_data()
    {
        QTest::addColumn<HourHistogram>("hours");
        QTest::addColumn<double>("q");
        QTest::addColumn<double>("expected");
        QTest::newRow("single value") << HourHistogram{{5, 1}} << 0.9 << 5.0;
        QTest::newRow("all tied") << HourHistogram{{10, 4}} << 0.25 << 10.0;
        QTest::newRow("two values, median halfway") << HourHistogram{{10, 1}, {20, 1}} << 0.5 << 15.0;
        QTest::newRow("ties at the median") << HourHistogram{{1, 1}, {7, 3}, {9, 1}} << 0.5 << 7.0;
        QTest::newRow("minimum") << HourHistogram{{3, 2}, {8, 2}} << 0.0 << 3.0;
        QTest::newRow("maximum") << HourHistogram{{3, 2}, {8, 2}} << 1.0 << 8.0;
        // 1..10: h = 9 * 0.9 = 8.1 -> 9 + 0.1 * (10 - 9)
        HourHistogram oneToTen;
        for (int i = 1; i <= 10; ++i)
            oneToTen.insert(i, 1);
        QTest::newRow("p90 of 1..10") << oneToTen << 0.9 << 9.1;
    }

    void quantile_emptySingleTiesAndInterpolation()
    {
        QFETCH(HourHistogram, hours);
        QFETCH(double, q);
        QFETCH(double, expected);
        QCOMPARE(*histogramQuantile(hours, q), expected);
    }

    void quantile_ofNothing_isNothing()
    {
        QVERIFY(!histogramQuantile({}, 0.5));
        const DurationSummary s = summarizeDurations({});
        QCOMPARE(s.count, 0);
        QVERIFY(!s.median && !s.p90 && !s.minimum);
        QVERIFY(s.isSmall());
    }

    void weeks_andMovingAverage()
    {
        QCOMPARE(weekStart(0), QDate(1970, 1, 5));
        const QList<WeekPoint> w = fillWeeks({{2, 4}}, {{4, 1}}, 1, 5);
        QCOMPARE(w.size(), 5);
        QCOMPARE(w.at(1).applications, 4);
        QCOMPARE(w.at(3).hires, 1);
        QCOMPARE(movingAverage({2, 4, 6, 8}, 2), (QList<double>{2, 3, 5, 7}));
        QCOMPARE(movingAverage({}, 4), QList<double>{});
    }
};

QTEST_MAIN(TestMetrics)
#include "tst_metrics.moc"
