// PDF report benchmarks (issue 6, scripts/bench).
// Each line:  NAME: VALUE UNIT (baseline VALUE UNIT, ratio R)
// Targets: a 50-page pipeline report (an opening with about 2,000 active
// applications) <= 1.0 s and <= 150 MB peak RSS; the candidate packet <= 200 ms.
// Baselines, in the same run: the sqlite3 CLI reading the same active rows
// (names, stages, dates) into /dev/null, and reading one application's
// scorecard ratings.
//
// bench_reports [--quick]
//   The database is a demo (5,000 candidates; 2,000 with --quick) plus 2,000
//   active candidates added to the Big Data Tech Lead opening across its stages.

#include "benchcommon.h"
#include "demo/demogenerator.h"
#include "reports/reportbuilder.h"
#include "reports/reportpdf.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace shortlist;

namespace {

constexpr int addedActive = 2000;
constexpr int runs = 5;

int fail(const char *what, const Error &e)
{
    std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(e.message), qPrintable(e.detail));
    return 1;
}

double median(QList<double> values)
{
    return bench::percentile(std::move(values), 0.5);
}

// Makes the benchmark database (in a child process, see main()).
int setUp(const QString &path, bool quick)
{
    DemoOptions demo;
    demo.candidates = quick ? 2000 : 5000;
    if (Result<DemoSummary> made = DemoGenerator::generate(path, demo); !made)
        return fail("demo", made.error());
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(path);
    if (!opened)
        return fail("open", opened.error());
    Database &db = **opened;
    Result<std::optional<qint64>> found = OpeningRepository(db).findByTitle(QStringLiteral("Big Data Tech Lead"));
    if (!found || !*found)
        return fail("opening", found ? makeError(ErrorCode::NotFound, QStringLiteral("Big Data Tech Lead")) : found.error());
    const qint64 openingId = **found;
    Result<Opening> opening = OpeningRepository(db).loadStagePlan(openingId);
    if (!opening)
        return fail("stages", opening.error());
    QList<qint64> stages;
    for (const Stage &s : opening->stages) {
        if (!isExit(s.category) && s.category != StageCategory::Hired)
            stages << s.id;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer setup;
    setup.start();
    for (int i = 0; i < addedActive; ++i) {
        Candidate c;
        c.name = QStringLiteral("Bench Candidate %1").arg(i, 4, 10, QLatin1Char('0'));
        c.email = QStringLiteral("bench.%1@example.org").arg(i);
        c.source = i % 3 == 0 ? QStringLiteral("LinkedIn") : QStringLiteral("Referral");
        Result<qint64> candidate = CandidateRepository(db).add(c);
        if (!candidate)
            return fail("candidate", candidate.error());
        // Earlier stages hold more candidates, as in a real funnel.
        const qint64 stage = stages.at(std::min<qsizetype>(stages.size() - 1, qsizetype((i % 100) * (i % 100) / 1700)));
        Result<qint64> application = ApplicationRepository(db).create(*candidate, openingId, stage, now - qint64(i % 60) * 86400 - 3600);
        if (!application)
            return fail("application", application.error());
    }
    std::printf("# setup: demo of %lld candidates plus %d active applications in %.1f s\n", qint64(demo.candidates), addedActive,
                double(setup.elapsed()) / 1000.0);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    bool quick = false;
    QString setupPath;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--quick") == 0)
            quick = true;
        if (qstrcmp(argv[i], "--set-up") == 0 && i + 1 < argc)
            setupPath = QString::fromLocal8Bit(argv[i + 1]);
    }
    if (!setupPath.isEmpty()) {
        QCoreApplication app(argc, argv);
        return setUp(setupPath, quick);
    }
    // A child's peak RSS (ru_maxrss) starts at its parent's resident size
    // when it was spawned: the database is made and the command measured
    // while this process is still small, before Qt and the data are loaded.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reports.shortlist"));
    QStringList setupArguments{QString::fromLocal8Bit(argv[0]), QStringLiteral("--set-up"), path};
    if (quick)
        setupArguments << QStringLiteral("--quick");
    if (bench::runChild(setupArguments, false).exitCode != 0)
        return 1;
    const QString openingId = QStringLiteral("Big Data Tech Lead");

    // Baseline: the sqlite3 CLI reads the rows the report's table lists.
    const QString rowsSql = QStringLiteral("SELECT c.name, s.name, a.stage_entered_at, a.match_score, c.source, a.applied_at FROM applications a "
                                           "JOIN candidates c ON c.id = a.candidate_id JOIN stages s ON s.id = a.stage_id "
                                           "JOIN openings o ON o.id = a.opening_id "
                                           "WHERE o.title = 'Big Data Tech Lead' AND a.status = 'active' ORDER BY s.position, a.stage_entered_at;");
    QList<double> baselineRuns;
    double baselinePeak = 0;
    for (int r = 0; r < runs; ++r) {
        const bench::ChildRun run = bench::runChild({QStringLiteral("/usr/bin/sqlite3"), path, rowsSql});
        baselineRuns << run.seconds;
        baselinePeak = std::max(baselinePeak, run.peakMb);
    }
    const double baseline = median(baselineRuns);

    // The whole command, as cron runs it: wall time and peak memory.
    const QString out = dir.filePath(QStringLiteral("pipeline.pdf"));
    QList<double> cliRuns;
    double peak = 0;
    for (int r = 0; r < 3; ++r) {
        const bench::ChildRun run = bench::runChild({QStringLiteral(SHORTLIST_EXECUTABLE), QStringLiteral("report"), QStringLiteral("pipeline"),
                                       QStringLiteral("--database"), path, QStringLiteral("--opening"), openingId,
                                       QStringLiteral("--output"), out});
        if (run.exitCode != 0) {
            std::fprintf(stderr, "shortlist report failed with %d\n", run.exitCode);
            return 1;
        }
        cliRuns << run.seconds;
        peak = std::max(peak, run.peakMb);
    }

    QApplication app(argc, argv);
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(path);
    if (!opened)
        return fail("open", opened.error());
    Database &db = **opened;
    Result<std::optional<qint64>> found = OpeningRepository(db).findByTitle(openingId);
    if (!found || !*found)
        return fail("opening", found ? makeError(ErrorCode::NotFound, openingId) : found.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    ReportOptions options;
    options.kind = ReportKind::Pipeline;
    options.openingIds = {**found};
    options.now = now;
    QList<double> buildRuns, chartRuns, renderRuns, totalRuns;
    int pages = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        Result<ReportDocument> doc = ReportBuilder::build(db, options);
        if (!doc)
            return fail("build", doc.error());
        const double built = double(t.nsecsElapsed()) / 1e9;
        const ReportChartPictures charts = ReportRenderer::drawCharts(*doc);
        const double charted = double(t.nsecsElapsed()) / 1e9;
        Result<QByteArray> pdf = ReportPdf::render(*doc, charts, {}, &pages);
        if (!pdf)
            return fail("render", pdf.error());
        const double total = double(t.nsecsElapsed()) / 1e9;
        buildRuns << built;
        chartRuns << charted - built;
        renderRuns << total - charted;
        totalRuns << total;
    }
    std::printf("# pipeline report: %d pages; build %.3f s, charts %.3f s, paint and write %.3f s (medians of %d)\n", pages, median(buildRuns),
                median(chartRuns), median(renderRuns), runs);
    bench::report("pipeline report in process", median(totalRuns), "s", baseline, "s sqlite3 CLI rows");
    bench::target("pipeline report", median(totalRuns) <= 1.0 && pages >= 45, "50 pages <= 1.0 s");

    bench::report("shortlist report pipeline", median(cliRuns), "s", baseline, "s sqlite3 CLI rows");
    bench::report("shortlist report pipeline peak RSS", peak, "MB", baselinePeak, "MB sqlite3 CLI");
    bench::target("pipeline report memory", peak <= 150, "<= 150 MB");

    // The candidate packet of the application with the most submitted scorecards.
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT i.application_id FROM scorecards s JOIN interviews i ON i.id = s.interview_id WHERE s.status = 'submitted' "
                             "GROUP BY i.application_id ORDER BY count(*) DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return fail("packet", q.error());
    ReportOptions packet;
    packet.kind = ReportKind::Candidate;
    packet.applicationId = q.int64(0);
    packet.now = now;
    QList<double> packetRuns;
    int packetPages = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        Result<ReportDocument> doc = ReportBuilder::build(db, packet);
        if (!doc)
            return fail("packet", doc.error());
        Result<QByteArray> pdf = ReportPdf::render(*doc, ReportRenderer::drawCharts(*doc), {}, &packetPages);
        if (!pdf)
            return fail("packet render", pdf.error());
        packetRuns << double(t.nsecsElapsed()) / 1e6;
    }
    const QString ratingsSql = QStringLiteral("SELECT r.* FROM scorecard_ratings r JOIN scorecards s ON s.id = r.scorecard_id JOIN interviews i "
                                              "ON i.id = s.interview_id WHERE i.application_id = %1;")
                                   .arg(packet.applicationId);
    QList<double> packetBaseline;
    for (int r = 0; r < runs; ++r)
        packetBaseline << bench::runChild({QStringLiteral("/usr/bin/sqlite3"), path, ratingsSql}).seconds * 1000;
    std::printf("# candidate packet: %d pages\n", packetPages);
    bench::report("candidate packet", median(packetRuns), "ms", median(packetBaseline), "ms sqlite3 CLI ratings");
    bench::target("candidate packet", median(packetRuns) <= 200, "<= 200 ms");
    return 0;
}
