// Triage benchmarks (issue 3, scripts/bench after bench_foundation). Each line:
//   NAME: VALUE UNIT (baseline VALUE UNIT, ratio R)
// with the baseline measured in the same run on the same data through the raw
// SQLite C API, followed by "# NAME target ...; meets target: yes/no".
// Targets: search keystroke p95 <= 100 ms and <= 2x the raw FTS5 query; board of
// a 50,000-application opening painted <= 200 ms; bulk move of 10,000
// applications <= 1 s; requirement rescoring <= 1 s per 100,000 applications.
//
// bench_triage [--quick] [--demo FILE]
//   --demo FILE  work on a copy of FILE (the demo bench_foundation generated)
//                instead of generating one (1,000,000 candidates, 100,000 with --quick).

#include "benchcommon.h"
#include "analytics/requirementmatch.h"
#include "demo/demogenerator.h"
#include "itemmodels/applicationtablemodel.h"
#include "mainwindow.h"
#include "pipeline/pipeline.h"
#include "repositories/applicationrepository.h"
#include "repositories/matchrepository.h"
#include "repositories/openingrepository.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"
#include "templates/openingtemplates.h"
#include "views/boardview.h"
#include "views/pipelineview.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QListView>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <optional>

using namespace shortlist;
using bench::percentile;
using bench::report;
using bench::rssMb;

namespace {

constexpr int boardApplications = 50'000;
constexpr int bulkMoveCount = 10'000;
constexpr int boardRuns = 5;

// Queries typed character by character, all words of the demo's word lists:
// a skill, a given name (Sara, Sarah, Saravanan), a prefix (Joseph, José,
// Joshi), two skill words, a family name.
const char *const typedQueries[] = {"kafka", "sara", "jos", "spark streaming", "mensah"};

void targetLine(const char *name, const char *goal, bool met)
{
    std::printf("# %s target: %s; meets target: %s\n", name, goal, met ? "yes" : "no");
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

double median(const QList<double> &values)
{
    return percentile(values, 0.5);
}

QString joined(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', 1);
    return parts.join(QLatin1Char(' '));
}

// Reports the error; returns the exit code for it.
int fail(const char *what, const Error &e)
{
    std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(e.message), qPrintable(e.detail));
    return 1;
}

Result<std::unique_ptr<Database>> openDatabase(const QString &path)
{
    OpenOptions options;
    options.actor = QStringLiteral("Benchmark");
    return Database::openSqlite(path, options);
}

qint64 scalar(sqlite3 *db, const QString &sql, const QVariantList &values = {})
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) == SQLITE_OK && bench::bindValues(stmt, values)
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    else
        std::fprintf(stderr, "query failed: %s\n  %s\n", sqlite3_errmsg(db), utf8.constData());
    sqlite3_finalize(stmt);
    return value;
}

// Prints EXPLAIN QUERY PLAN of `f` as comment lines (for the report on a missed target).
void printPlan(sqlite3 *db, const char *label, const SqlFragment &f)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = (QStringLiteral("EXPLAIN QUERY PLAN ") + f.sql).toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "plan failed: %s\n", sqlite3_errmsg(db));
        return;
    }
    bench::bindValues(stmt, f.values);
    std::printf("# plan of %s:\n", label);
    QHash<int, int> depth;  // node id -> depth in the plan's tree
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        const int level = depth.value(sqlite3_column_int(stmt, 1), -1) + 1;
        depth.insert(sqlite3_column_int(stmt, 0), level);
        std::printf("#   %*s%s\n", 2 * level, "", reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)));
    }
    sqlite3_finalize(stmt);
}

// The 50,000-application opening: a new Big Data Tech Lead opening from the
// template, its applications taken from existing candidates (spread over the
// whole file) and spread over its stages like a funnel, each with its stage
// events, then scored. Mostly active, so the board has ~45,000 cards.
std::optional<qint64> createBoardOpening(Database &db, sqlite3 *raw, qint64 candidates)
{
    std::optional<OpeningTemplate> tmpl = OpeningTemplates::byKey(QStringLiteral("big-data-tech-lead"));
    if (!tmpl) {
        std::fprintf(stderr, "the big-data-tech-lead template is missing\n");
        return std::nullopt;
    }
    Opening opening = OpeningTemplates::instantiate(*tmpl, QDate::currentDate().addDays(-120));
    opening.title = QStringLiteral("Big Data Tech Lead (board benchmark)");
    Result<qint64> created = OpeningRepository(db).create(opening);
    if (!created) {
        fail("create opening", created.error());
        return std::nullopt;
    }
    Result<Opening> loaded = OpeningRepository(db).load(*created);
    if (!loaded) {
        fail("load opening", loaded.error());
        return std::nullopt;
    }
    const QList<Stage> &stages = loaded->stages;
    // Per mille of the applications in each stage of the template's plan
    // (Applied … Offer, Hired, Rejected, Withdrawn).
    const int funnel[] = {400, 200, 120, 80, 50, 30, 20, 10, 70, 20};
    if (stages.size() != qsizetype(std::size(funnel))) {
        std::fprintf(stderr, "the template has %lld stages, expected %zu\n", static_cast<long long>(stages.size()), std::size(funnel));
        return std::nullopt;
    }
    const qint64 step = std::max<qint64>(1, candidates / boardApplications);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!bench::execRaw(raw, "BEGIN IMMEDIATE"))
        return std::nullopt;
    sqlite3_stmt *candidateIds = nullptr;
    sqlite3_stmt *insertApp = nullptr;
    sqlite3_stmt *insertEvent = nullptr;
    sqlite3_prepare_v2(raw, "SELECT id FROM candidates WHERE id % ?1 = 0 ORDER BY id LIMIT ?2", -1, &candidateIds, nullptr);
    sqlite3_prepare_v2(raw,
                       "INSERT INTO applications (candidate_id, opening_id, stage_id, status, rejection_reason, applied_at, "
                       "stage_entered_at, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?) RETURNING id",
                       -1, &insertApp, nullptr);
    sqlite3_prepare_v2(raw, "INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason) VALUES (?, ?, ?, ?, 'Benchmark', ?)",
                       -1, &insertEvent, nullptr);
    sqlite3_bind_int64(candidateIds, 1, step);
    sqlite3_bind_int(candidateIds, 2, boardApplications);
    int inserted = 0;
    QList<int> perStage(stages.size(), 0);
    bool ok = candidateIds && insertApp && insertEvent;
    while (ok && sqlite3_step(candidateIds) == SQLITE_ROW) {
        const qint64 candidate = sqlite3_column_int64(candidateIds, 0);
        const int bucket = int((qint64(inserted) * 7919) % 1000);
        int stageIndex = 0;
        for (int sum = funnel[0]; bucket >= sum; sum += funnel[stageIndex])
            ++stageIndex;
        const Stage &stage = stages.at(stageIndex);
        const char *status = stage.category == StageCategory::Hired       ? "hired"
                           : stage.category == StageCategory::Rejected  ? "rejected"
                           : stage.category == StageCategory::Withdrawn ? "withdrawn"
                                                                        : "active";
        const char *reason = stage.category == StageCategory::Rejected  ? "Weaker than other candidates"
                           : stage.category == StageCategory::Withdrawn ? "Accepted another offer"
                                                                        : "";
        const qint64 entered = now - 3600 - (qint64(inserted) * 104729) % (100 * 86400);
        const qint64 applied = stageIndex == 0 ? entered : entered - (qint64(inserted) * 31337) % (20 * 86400) - 3600;
        sqlite3_reset(insertApp);
        sqlite3_bind_int64(insertApp, 1, candidate);
        sqlite3_bind_int64(insertApp, 2, *created);
        sqlite3_bind_int64(insertApp, 3, stage.id);
        sqlite3_bind_text(insertApp, 4, status, -1, SQLITE_STATIC);
        sqlite3_bind_text(insertApp, 5, reason, -1, SQLITE_STATIC);
        sqlite3_bind_int64(insertApp, 6, applied);
        sqlite3_bind_int64(insertApp, 7, entered);
        sqlite3_bind_int64(insertApp, 8, now);
        ok = sqlite3_step(insertApp) == SQLITE_ROW;
        const qint64 applicationId = ok ? sqlite3_column_int64(insertApp, 0) : 0;
        ok = ok && sqlite3_step(insertApp) == SQLITE_DONE;
        // The first event (into Applied), and the move into the current stage.
        for (int e = 0; ok && e < (stageIndex == 0 ? 1 : 2); ++e) {
            sqlite3_reset(insertEvent);
            sqlite3_bind_int64(insertEvent, 1, applicationId);
            sqlite3_bind_int64(insertEvent, 2, e == 0 ? applied : entered);
            if (e == 0)
                sqlite3_bind_null(insertEvent, 3);
            else
                sqlite3_bind_int64(insertEvent, 3, stages.constFirst().id);
            sqlite3_bind_int64(insertEvent, 4, e == 0 ? stages.constFirst().id : stage.id);
            sqlite3_bind_text(insertEvent, 5, e == 0 ? "" : reason, -1, SQLITE_STATIC);
            ok = sqlite3_step(insertEvent) == SQLITE_DONE;
        }
        ++inserted;
        ++perStage[stageIndex];
    }
    if (!ok)
        std::fprintf(stderr, "inserting the board opening failed: %s\n", sqlite3_errmsg(raw));
    sqlite3_finalize(candidateIds);
    sqlite3_finalize(insertApp);
    sqlite3_finalize(insertEvent);
    if (!ok || !bench::execRaw(raw, "COMMIT")) {
        bench::execRaw(raw, "ROLLBACK");
        return std::nullopt;
    }
    if (inserted != boardApplications) {
        std::fprintf(stderr, "only %d candidates for the board opening (need %d)\n", inserted, boardApplications);
        return std::nullopt;
    }
    if (Error e = MatchRepository(db).updateOpening(*created)) {
        fail("score the board opening", e);
        return std::nullopt;
    }
    QStringList spread;
    for (qsizetype i = 0; i < stages.size(); ++i)
        spread << QStringLiteral("%1 %2").arg(stages.at(i).name).arg(perStage.at(i));
    std::printf("# board opening %lld: %d applications (%s)\n", static_cast<long long>(*created), inserted, qPrintable(spread.join(QStringLiteral(", "))));
    return *created;
}

// Where rescoring spends its time, as comment lines: the application's read
// (its SQL through the C API), the scoring itself, and writes of the same rows
// in several ways, each inside a transaction that is rolled back.
bool explainRescore(Database &db, sqlite3 *raw, qint64 openingId)
{
    Result<RequirementMatcher> matcher = MatchRepository(db).matcherFor(openingId);
    if (!matcher) {
        fail("matcherFor", matcher.error());
        return false;
    }
    const QString readSql = QStringLiteral("SELECT a.id, a.opening_id, c.years_experience, c.skills, a.match_score, a.missing_must_haves "
                                           "FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE a.opening_id = ? "
                                           "ORDER BY a.opening_id");
    QElapsedTimer t;
    t.start();
    if (bench::stepAll(raw, readSql, {openingId}) < 0)
        return false;
    const double readMs = msSince(t);
    // The same read, each row scored.
    sqlite3_stmt *stmt = nullptr;
    const QByteArray read8 = readSql.toUtf8();
    t.restart();
    sqlite3_prepare_v2(raw, read8.constData(), int(read8.size()), &stmt, nullptr);
    sqlite3_bind_int64(stmt, 1, openingId);
    QList<qint64> ids;
    qint64 checksum = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        MatchInput input;
        if (sqlite3_column_type(stmt, 2) != SQLITE_NULL)
            input.yearsExperience = sqlite3_column_int(stmt, 2);
        input.skills = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 3)))
                           .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        checksum += matcher->score(input).score;
        ids << sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    const double scoredMs = msSince(t);
    // Writes, rolled back.
    auto rolledBack = [raw](const char *setup, const std::function<bool()> &work) -> double {
        if (!bench::execRaw(raw, "BEGIN IMMEDIATE") || (setup && !bench::execRaw(raw, setup)))
            return -1;
        QElapsedTimer w;
        w.start();
        const bool done = work();
        const double ms = msSince(w);
        bench::execRaw(raw, "ROLLBACK");
        return done ? ms : -1;
    };
    const QByteArray setBased = QStringLiteral("UPDATE applications SET match_score = (match_score + 1) % 101 WHERE opening_id = %1")
                                    .arg(openingId).toUtf8();
    const auto runSetBased = [raw, &setBased] { return bench::execRaw(raw, setBased.constData()); };
    const double perRowMs = rolledBack(nullptr, [raw, &ids] {
        sqlite3_stmt *update = nullptr;
        sqlite3_prepare_v2(raw, "UPDATE applications SET match_score = (coalesce(match_score, 0) + 1) % 101, missing_must_haves = "
                                "missing_must_haves WHERE id = ?", -1, &update, nullptr);
        bool good = update != nullptr;
        for (qint64 id : std::as_const(ids)) {
            sqlite3_reset(update);
            sqlite3_bind_int64(update, 1, id);
            good = sqlite3_step(update) == SQLITE_DONE && good;
        }
        sqlite3_finalize(update);
        return good;
    });
    const double setBasedMs = rolledBack(nullptr, runSetBased);
    bench::execRaw(raw, "PRAGMA secure_delete = OFF");
    const double insecureMs = rolledBack(nullptr, runSetBased);
    bench::execRaw(raw, "PRAGMA secure_delete = ON");
    const double unindexedMs = rolledBack("DROP INDEX applications_opening_match; DROP INDEX applications_opening_active_match;", runSetBased);
    std::printf("# rescoring, where the time goes (%lld rows, score sum %lld): read %.0f ms; read + score %.0f ms; "
                "writes without commit: per-row UPDATE by id %.0f ms, one UPDATE %.0f ms, one UPDATE with secure_delete off %.0f ms, "
                "one UPDATE without the two match_score indexes %.0f ms\n",
                static_cast<long long>(ids.size()), static_cast<long long>(checksum), readMs, scoredMs, perRowMs, setBasedMs, insecureMs,
                unindexedMs);
    return perRowMs >= 0 && setBasedMs >= 0 && insecureMs >= 0 && unindexedMs >= 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const qsizetype demoAt = args.indexOf(QStringLiteral("--demo"));
    const QString demo = demoAt >= 0 && demoAt + 1 < args.size() ? args.at(demoAt + 1) : QString();
    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("shortlist-triage-XXXXXX")));
    if (!work.isValid()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    const QString path = work.filePath(QStringLiteral("triage.shortlist"));
    const QByteArray path8 = path.toUtf8();
    QElapsedTimer timer;
    timer.start();
    if (!demo.isEmpty()) {
        if (!QFile::copy(demo, path)) {
            std::fprintf(stderr, "cannot copy %s to %s\n", qPrintable(demo), qPrintable(path));
            return 1;
        }
    } else {
        // The same demo bench_foundation generates.
        DemoOptions options;
        options.candidates = quick ? 100'000 : 1'000'000;
        options.seed = 42;
        options.asOf = QDateTime(QDate(2026, 11, 1), QTime(17, 0), Qt::UTC);
        Result<DemoSummary> summary = DemoGenerator::generate(path, options);
        if (!summary)
            return fail("demo", summary.error());
    }
    const double prepareSeconds = double(timer.nsecsElapsed()) / 1e9;

    // ---------------------------------------------------------------- setup
    qint64 candidates = 0;
    qint64 bigOpening = 0;
    qint64 bigTotal = 0;
    qint64 bigActive = 0;
    qint64 otherOpening = 0;
    qint64 boardOpening = 0;
    {
        Result<std::unique_ptr<Database>> db = openDatabase(path);
        if (!db)
            return fail("open", db.error());
        sqlite3 *raw = bench::openRaw(path8, false);
        if (!raw)
            return 1;
        candidates = scalar(raw, QStringLiteral("SELECT count(*) FROM candidates"));
        std::printf("# %lld candidates, %s (%s in %.1f s)\n", static_cast<long long>(candidates), qPrintable(work.path()),
                    demo.isEmpty() ? "generated" : "copied", prepareSeconds);
        {
            SqlQuery q(**db);
            q.exec(QStringLiteral("SELECT opening_id, count(*), sum(status = 'active') FROM applications GROUP BY opening_id ORDER BY 2 DESC"));
            while (q.next()) {
                if (bigOpening == 0) {
                    bigOpening = q.int64(0);
                    bigTotal = q.int64(1);
                    bigActive = q.int64(2);
                } else {
                    otherOpening = q.int64(0);  // the smallest ends up here
                }
            }
        }
        if (bigOpening == 0 || otherOpening == 0) {
            std::fprintf(stderr, "the demo has too few openings\n");
            return 1;
        }
        std::printf("# largest opening %lld: %lld applications, %lld active\n", static_cast<long long>(bigOpening),
                    static_cast<long long>(bigTotal), static_cast<long long>(bigActive));
        timer.restart();
        std::optional<qint64> created = createBoardOpening(**db, raw, candidates);
        if (!created)
            return 1;
        boardOpening = *created;
        if (!bench::execRaw(raw, "ANALYZE"))
            return 1;
        std::printf("# setup (board opening, scores, ANALYZE) %.1f s\n", double(timer.nsecsElapsed()) / 1e9);
        sqlite3_close(raw);
    }
    bool ok = true;

    // ------------------------------------------- 1. search, keystroke by keystroke
    const double rssBefore = rssMb();
    {
        AppSettings settings(work.filePath(QStringLiteral("table.ini")));
        settings.setBoardMode(false);
        MainWindow window(settings);
        window.resize(1600, 1000);
        window.show();
        if (!window.openDatabase(path) || !window.selectOpening(bigOpening)) {
            std::fprintf(stderr, "cannot open the largest opening in the window\n");
            return 1;
        }
        PipelineView *pipeline = window.pipelineView();
        QTableView *table = pipeline->tableView();
        table->viewport()->repaint();
        QApplication::processEvents();
        report("rss_after_open_largest", rssMb(), "MB", rssBefore, "MB (process before opening)");

        sqlite3 *raw = bench::openRaw(path8, true);
        if (!raw)
            return 1;
        const SqliteDialect dialect;
        const ApplicationRepository repo(*window.database());
        const QString ftsSql = QStringLiteral("SELECT rowid FROM candidate_search WHERE candidate_search MATCH ?");
        QList<double> appMs, ftsMs, sqlMs;
        int unread = 0;
        std::optional<SqlFragment> worstCount, worstRows;
        double worstSql = -1;
        for (const char *typed : typedQueries) {
            const QString text = QString::fromUtf8(typed);
            for (qsizetype n = 1; n <= text.size(); ++n) {
                const QString prefix = text.left(n);
                // The raw FTS5 query for the same text, every row stepped.
                QElapsedTimer t;
                t.start();
                const qint64 matches = bench::stepAll(raw, ftsSql, {dialect.candidateSearchExpression(prefix)});
                ftsMs << msSince(t);
                // The keystroke: setSearchText() applies at once (no typing
                // debounce), the table's first page is read and painted.
                QApplication::processEvents();
                t.restart();
                pipeline->setSearchText(prefix);
                table->viewport()->repaint();
                appMs << msSince(t);
                if (pipeline->tableModel()->rowCount() > 0 && pipeline->tableModel()->cachedPageCount() == 0)
                    ++unread;
                QApplication::processEvents();
                // Diagnosis: the application's own SQL for it (count + first page) through the C API.
                const ApplicationQuery query = pipeline->query();
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                const SqlFragment count = repo.countSql(query, now);
                const SqlFragment rows = repo.rowsSql(query, now, 0, ApplicationTableModel::pageSize);
                t.restart();
                const qint64 counted = bench::stepAll(raw, count);
                const double countMs = msSince(t);
                const qint64 read = bench::stepAll(raw, rows);
                sqlMs << msSince(t);
                if (matches < 0 || counted < 0 || read < 0)
                    ok = false;
                if (sqlMs.constLast() > worstSql) {
                    worstSql = sqlMs.constLast();
                    worstCount = count;
                    worstRows = rows;
                }
                std::printf("#   \"%s\": app %.1f ms; its SQL %.1f ms (count %.1f + first page %.1f); raw FTS5 %.1f ms; "
                            "%lld candidates match, %d applications listed\n",
                            qPrintable(prefix), appMs.constLast(), sqlMs.constLast(), countMs, sqlMs.constLast() - countMs,
                            ftsMs.constLast(), static_cast<long long>(matches), pipeline->tableModel()->rowCount());
            }
            pipeline->setSearchText(QString());
            QApplication::processEvents();
        }
        if (unread > 0)
            std::printf("# warning: %d keystrokes painted without reading a page\n", unread);
        report("search_keystroke_p50", percentile(appMs, 0.5), "ms", percentile(ftsMs, 0.5), "ms (raw FTS5 p50)");
        const double p95 = percentile(appMs, 0.95);
        const double ftsP95 = percentile(ftsMs, 0.95);
        report("search_keystroke_p95", p95, "ms", ftsP95, "ms (raw FTS5 p95)");
        std::printf("# search: %lld keystrokes; app SQL alone (count + first page): p50 %.1f ms, p95 %.1f ms\n",
                    static_cast<long long>(appMs.size()), percentile(sqlMs, 0.5), percentile(sqlMs, 0.95));
        targetLine("search_keystroke_p95", "<= 100 ms and <= 2x raw FTS5 p95", p95 <= 100 && (ftsP95 <= 0 || p95 <= 2 * ftsP95));
        if (worstRows) {
            printPlan(raw, "the slowest keystroke's count", *worstCount);
            printPlan(raw, "the slowest keystroke's first page", *worstRows);
        }
        sqlite3_close(raw);
        window.close();
    }

    // ------------------------------------------------ 2. board of a 50,000-application opening
    {
        AppSettings settings(work.filePath(QStringLiteral("board.ini")));
        settings.setBoardMode(true);
        MainWindow window(settings);
        // A 4K-wide window, so that every column is on screen and painted.
        window.resize(3840, 1400);
        window.show();
        if (!window.openDatabase(path)) {
            std::fprintf(stderr, "cannot open the database in board mode\n");
            return 1;
        }
        QApplication::processEvents();
        PipelineView *pipeline = window.pipelineView();
        if (pipeline->mode() != PipelineView::Mode::Board) {
            std::fprintf(stderr, "the window did not open in board mode\n");
            return 1;
        }
        QList<Stage> stages;
        {
            Result<Opening> opening = OpeningRepository(*window.database()).load(boardOpening);
            if (!opening)
                return fail("load board opening", opening.error());
            stages = opening->stages;
        }
        BoardView *board = pipeline->board();
        QList<double> appMs;
        int unpainted = 0;
        for (int run = 0; run < boardRuns; ++run) {
            window.selectOpening(otherOpening);
            QApplication::processEvents();
            QElapsedTimer t;
            t.start();
            window.selectOpening(boardOpening);
            // The new columns are shown (a queued call of their layout) and laid
            // out by the event loop; then each one is painted, reading its first page.
            QApplication::processEvents();
            for (const Stage &s : std::as_const(stages)) {
                if (QListView *view = board->columnView(s.id))
                    view->viewport()->repaint();
            }
            appMs << msSince(t);
            for (const Stage &s : std::as_const(stages)) {
                const ApplicationTableModel *model = board->columnModel(s.id);
                const QListView *view = board->columnView(s.id);
                if (!model || !view)
                    ++unpainted;
                else if (model->rowCount() > 0 && (model->cachedPageCount() == 0 || view->viewport()->visibleRegion().isEmpty()))
                    ++unpainted;
            }
            QApplication::processEvents();
        }
        if (unpainted > 0)
            std::printf("# warning: %d column paints did not read their first page (column off screen?)\n", unpainted);
        // Baseline: the same per-column count and first page through the C API.
        sqlite3 *raw = bench::openRaw(path8, true);
        if (!raw)
            return 1;
        const ApplicationRepository repo(*window.database());
        QList<double> rawMs;
        QStringList columns;
        for (int run = 0; run < boardRuns; ++run) {
            ApplicationQuery query = pipeline->query();
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QElapsedTimer t;
            t.start();
            for (const Stage &s : std::as_const(stages)) {
                query.stageId = s.id;
                const SqlFragment countSql = repo.countSql(query, now);
                const qint64 count = scalar(raw, countSql.sql, countSql.values);
                if (count < 0)
                    ok = false;
                if (count > 0 && bench::stepAll(raw, repo.rowsSql(query, now, 0, ApplicationTableModel::pageSize)) < 0)
                    ok = false;
                if (run == 0)
                    columns << QStringLiteral("%1 %2").arg(s.name).arg(count);
            }
            rawMs << msSince(t);
        }
        std::printf("# board columns: %s\n", qPrintable(columns.join(QStringLiteral(", "))));
        std::printf("# board_open_50k runs: app %s ms; raw %s ms\n", qPrintable(joined(appMs)), qPrintable(joined(rawMs)));
        const double boardMs = median(appMs);
        report("board_open_50k", boardMs, "ms", median(rawMs), "ms (raw counts + first pages)");
        targetLine("board_open_50k", "<= 200 ms (median of 5)", boardMs <= 200);
        {
            ApplicationQuery query = pipeline->query();
            query.stageId = stages.constFirst().id;
            printPlan(raw, "a column's first page", repo.rowsSql(query, QDateTime::currentSecsSinceEpoch(), 0, ApplicationTableModel::pageSize));
        }
        sqlite3_close(raw);
        window.close();
    }

    Result<std::unique_ptr<Database>> opened = openDatabase(path);
    if (!opened)
        return fail("open", opened.error());
    Database &db = **opened;

    // ------------------------------------------------ 3. bulk move of 10,000 applications
    {
        Result<Opening> plan = OpeningRepository(db).load(boardOpening);
        if (!plan)
            return fail("load board opening", plan.error());
        const Stage *from = plan->firstStage(StageCategory::Applied);
        const Stage *to = plan->firstStage(StageCategory::Screen);
        QList<qint64> ids;
        {
            SqlQuery q(db);
            q.prepare(QStringLiteral("SELECT id FROM applications WHERE opening_id = ? AND stage_id = ? AND status = 'active' ORDER BY id LIMIT ?"));
            q.bind(boardOpening).bind(from->id).bind(bulkMoveCount);
            q.exec();
            while (q.next())
                ids << q.int64(0);
        }
        if (ids.size() != bulkMoveCount) {
            std::fprintf(stderr, "only %lld applications to move\n", static_cast<long long>(ids.size()));
            return 1;
        }
        QElapsedTimer t;
        t.start();
        Result<ApplicationRepository::BulkResult> moved = Pipeline(db).moveMany(boardOpening, ids, to->id);
        const double moveSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!moved)
            return fail("moveMany", moved.error());
        if (moved->moves.size() != ids.size()) {
            std::fprintf(stderr, "moved %lld of %lld\n", static_cast<long long>(moved->moves.size()), static_cast<long long>(ids.size()));
            return 1;
        }
        t.restart();
        const Error undone = ApplicationRepository(db).revertMany(moved->moves);
        const double undoSeconds = double(t.nsecsElapsed()) / 1e9;
        if (undone)
            return fail("revertMany", undone);

        // Baseline: the same move set-based through the C API, in one
        // transaction (ids into a temporary table, the state before kept for
        // the undo), then the undo the same way.
        sqlite3 *raw = bench::openRaw(path8, false);
        if (!raw)
            return 1;
        const qint64 lastEvent = scalar(raw, QStringLiteral("SELECT coalesce(max(id), 0) FROM stage_events"));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray moveSql = QStringLiteral(
            "CREATE TEMP TABLE bench_before AS SELECT id, stage_id, status, rejection_reason, stage_entered_at, version FROM applications "
            "WHERE id IN (SELECT id FROM bench_ids) AND opening_id = %1 AND status IN ('active', 'hired') AND NOT (stage_id = %2 AND status = 'active');"
            "INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason) "
            "SELECT id, %3, stage_id, %2, 'Benchmark', '' FROM bench_before;"
            "UPDATE applications SET stage_id = %2, status = 'active', rejection_reason = '', stage_entered_at = %3, version = version + 1, "
            "updated_at = %3 WHERE id IN (SELECT id FROM bench_before);"
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
            "SELECT %3, 'Benchmark', 'move', 'application', id, 'bulk: stage -> %2, status active' FROM bench_before;"
            "COMMIT;").arg(boardOpening).arg(to->id).arg(now).toUtf8();
        t.restart();
        ok = bench::execRaw(raw, "BEGIN IMMEDIATE; CREATE TEMP TABLE bench_ids (id INTEGER PRIMARY KEY);") && ok;
        sqlite3_stmt *insertId = nullptr;
        sqlite3_prepare_v2(raw, "INSERT INTO bench_ids VALUES (?)", -1, &insertId, nullptr);
        for (qint64 id : std::as_const(ids)) {
            sqlite3_reset(insertId);
            sqlite3_bind_int64(insertId, 1, id);
            if (sqlite3_step(insertId) != SQLITE_DONE) {
                std::fprintf(stderr, "insert id %lld: %s\n", static_cast<long long>(id), sqlite3_errmsg(raw));
                ok = false;
            }
        }
        sqlite3_finalize(insertId);
        ok = bench::execRaw(raw, moveSql.constData()) && ok;
        const double rawMoveSeconds = double(t.nsecsElapsed()) / 1e9;
        const QByteArray undoSql = QStringLiteral(
            "BEGIN IMMEDIATE;"
            "UPDATE applications SET stage_id = b.stage_id, status = b.status, rejection_reason = b.rejection_reason, "
            "stage_entered_at = b.stage_entered_at, version = b.version, updated_at = %2 FROM bench_before b "
            "WHERE applications.id = b.id AND applications.version = b.version + 1;"
            "DELETE FROM stage_events WHERE id > %1 AND application_id IN (SELECT id FROM bench_before);"
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) "
            "SELECT %2, 'Benchmark', 'undo-move', 'application', id, 'bulk' FROM bench_before;"
            "COMMIT;").arg(lastEvent).arg(now).toUtf8();
        t.restart();
        ok = bench::execRaw(raw, undoSql.constData()) && ok;
        const double rawUndoSeconds = double(t.nsecsElapsed()) / 1e9;
        const qint64 rawMoved = scalar(raw, QStringLiteral("SELECT count(*) FROM bench_before"));
        bench::execRaw(raw, "DROP TABLE bench_ids; DROP TABLE bench_before;");
        sqlite3_close(raw);
        if (rawMoved != ids.size()) {
            std::fprintf(stderr, "the raw move moved %lld of %lld\n", static_cast<long long>(rawMoved), static_cast<long long>(ids.size()));
            ok = false;
        }
        report("bulk_move_10k", moveSeconds, "s", rawMoveSeconds, "s");
        targetLine("bulk_move_10k", "<= 1 s", moveSeconds <= 1);
        report("bulk_move_undo_10k", undoSeconds, "s", rawUndoSeconds, "s");
        targetLine("bulk_move_undo_10k", "<= 1 s (the move's)", undoSeconds <= 1);
    }

    // ------------------------------------------------ 4. rescoring after a requirement change
    {
        Result<Opening> opening = OpeningRepository(db).load(bigOpening);
        if (!opening || opening->requirements.isEmpty()) {
            std::fprintf(stderr, "the largest opening has no requirements\n");
            return 1;
        }
        QList<Requirement> requirements = opening->requirements;
        // The heaviest requirement one point lighter: every partial match changes.
        qsizetype heaviest = 0;
        for (qsizetype i = 1; i < requirements.size(); ++i) {
            if (requirements.at(i).weight > requirements.at(heaviest).weight)
                heaviest = i;
        }
        requirements[heaviest].weight = requirements.at(heaviest).weight > 1 ? requirements.at(heaviest).weight - 1 : 2;
        sqlite3 *raw = bench::openRaw(path8, false);
        if (!raw)
            return 1;
        ok = bench::execRaw(raw, QStringLiteral("CREATE TEMP TABLE bench_scores AS SELECT id, match_score FROM applications WHERE opening_id = %1")
                                     .arg(bigOpening).toUtf8().constData()) && ok;
        QElapsedTimer t;
        t.start();
        Result<int> updated = OpeningRepository(db).updateRequirements(bigOpening, opening->version, requirements);
        const double appSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!updated)
            return fail("updateRequirements", updated.error());
        const qint64 changed = scalar(raw, QStringLiteral("SELECT count(*) FROM applications a JOIN bench_scores s ON s.id = a.id "
                                                          "WHERE a.match_score IS NOT s.match_score"));
        bench::execRaw(raw, "DROP TABLE bench_scores");
        t.restart();
        ok = bench::execRaw(raw, QStringLiteral("BEGIN IMMEDIATE; UPDATE applications SET match_score = (match_score + 1) % 101 "
                                                "WHERE opening_id = %1; COMMIT;").arg(bigOpening).toUtf8().constData()) && ok;
        const double rawSeconds = double(t.nsecsElapsed()) / 1e9;
        if (!explainRescore(db, raw, bigOpening))
            ok = false;
        sqlite3_close(raw);
        const double per100k = 100'000.0 / double(bigTotal);
        std::printf("# rescoring: %lld applications, %lld scores changed; app %.2f s, raw %.2f s in all\n", static_cast<long long>(bigTotal),
                    static_cast<long long>(changed), appSeconds, rawSeconds);
        report("match_rescore_per_100k", appSeconds * per100k, "s", rawSeconds * per100k, "s");
        targetLine("match_rescore_per_100k", "<= 1 s per 100,000 applications", appSeconds * per100k <= 1);
    }
    return ok ? 0 : 1;
}
