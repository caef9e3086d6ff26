// Foundation benchmarks (scripts/bench). Each line:
//   NAME: VALUE UNIT (baseline VALUE UNIT, ratio R)
// with the baseline measured in the same run on the same data through the raw
// SQLite C API or the sqlite3 CLI. Goals (issue 2): open to first paint <= 0.5 s,
// sort <= 3x raw SQL, single edit p99 <= 5 ms, RSS after open <= 150 MB,
// demo generation <= 2x raw SQLite inserting the same rows.

#include "benchcommon.h"
#include "demo/demogenerator.h"
#include "itemmodels/applicationtablemodel.h"
#include "mainwindow.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "settings.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

using namespace shortlist;

namespace {

using bench::percentile;
using bench::report;
using bench::rssMb;

QByteArray runSqlite(const QString &db, const QString &script, double *seconds = nullptr)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("sqlite3"), {QStringLiteral("-batch"), db});
    p.write(script.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(-1);
    if (seconds)
        *seconds = t.nsecsElapsed() / 1e9;
    if (p.exitCode() != 0)
        std::fprintf(stderr, "sqlite3 failed: %s\n", p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

// Raw baseline: the same rows inserted by the sqlite3 CLI (.import of CSV
// dumps into the same tables, then the same indexes and ANALYZE).
double rawInsertSeconds(const QString &source, const QString &work)
{
    const QString target = QDir(work).filePath(QStringLiteral("raw.sqlite"));
    QStringList tables;
    QString schema;
    QString indexes;
    {
        const QByteArray listing = runSqlite(source, QStringLiteral(".mode list\n.separator \"\\t\"\nSELECT type, name FROM sqlite_master "
                                                                    "WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid;\n"));
        for (const QByteArray &line : listing.split('\n')) {
            const QList<QByteArray> parts = line.split('\t');
            if (parts.size() == 2 && parts.at(0) == "table")
                tables << QString::fromUtf8(parts.at(1));
        }
        schema = QString::fromUtf8(runSqlite(source, QStringLiteral(".schema --nosys\n")));
    }
    // Tables without their indexes first; indexes after the load, as the app does.
    QString createTables;
    for (const QString &statement : schema.split(QStringLiteral(";\n"), Qt::SkipEmptyParts)) {
        const QString s = statement.trimmed();
        if (s.startsWith(QLatin1String("CREATE TABLE")))
            createTables += s + QStringLiteral(";\n");
        else if (s.startsWith(QLatin1String("CREATE INDEX")) || s.startsWith(QLatin1String("CREATE UNIQUE INDEX")))
            indexes += s + QStringLiteral(";\n");
    }
    // The same settings DemoGenerator uses for its new file, so the ratio
    // compares insert work, not durability settings.
    runSqlite(target, QStringLiteral("PRAGMA journal_mode=DELETE;\n") + createTables);
    QString import = QStringLiteral("PRAGMA synchronous=OFF;\nPRAGMA cache_size=-65536;\nPRAGMA temp_store=MEMORY;\n"
                                    "PRAGMA foreign_keys=OFF;\n.mode csv\nBEGIN;\n");
    QString exportScript = QStringLiteral(".mode csv\n.headers off\n");
    for (const QString &table : std::as_const(tables)) {
        const QString csv = QDir(work).filePath(table + QStringLiteral(".csv"));
        exportScript += QStringLiteral(".once %1\nSELECT * FROM %2;\n").arg(csv, table);
        import += QStringLiteral(".import %1 %2\n").arg(csv, table);
    }
    runSqlite(source, exportScript);
    import += indexes + QStringLiteral("ANALYZE;\nCOMMIT;\n");
    double seconds = 0;
    runSqlite(target, import, &seconds);
    return seconds;
}

// Raw baseline for the table: the same first page (the application's SQL and
// bound values) through the C API, opening included.
double rawFirstPageSeconds(const QString &path, const SqlFragment &page)
{
    QElapsedTimer t;
    t.start();
    sqlite3 *db = bench::openRaw(path.toUtf8(), true);
    if (!db)
        return 0;
    const qint64 rows = bench::stepAll(db, page);
    sqlite3_close(db);
    return rows > 0 ? t.nsecsElapsed() / 1e9 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const qint64 candidates = quick ? 100'000 : 1'000'000;
    QTemporaryDir work(QDir::temp().filePath(QStringLiteral("shortlist-bench-XXXXXX")));
    const QString path = work.filePath(QStringLiteral("bench.shortlist"));
    std::printf("# %lld candidates, %s\n", static_cast<long long>(candidates), qPrintable(work.path()));

    // 1. Demo generation vs the CLI inserting the same rows.
    DemoOptions options;
    options.candidates = candidates;
    options.seed = 42;
    options.asOf = QDateTime(QDate(2026, 11, 1), QTime(17, 0), Qt::UTC);
    QElapsedTimer timer;
    timer.start();
    Result<DemoSummary> summary = DemoGenerator::generate(path, options);
    const double generateSeconds = timer.nsecsElapsed() / 1e9;
    if (!summary) {
        std::fprintf(stderr, "demo failed: %s\n", qPrintable(summary.error().message));
        return 1;
    }
    // scripts/bench hands the untouched demo to the next benchmark (--save-demo FILE).
    const qsizetype saveAt = app.arguments().indexOf(QStringLiteral("--save-demo"));
    if (saveAt >= 0 && saveAt + 1 < app.arguments().size()) {
        const QString copy = app.arguments().at(saveAt + 1);
        QFile::remove(copy);
        if (!QFile::copy(path, copy)) {
            std::fprintf(stderr, "cannot copy the demo database to %s\n", qPrintable(copy));
            return 1;
        }
    }
    const double rawSeconds = rawInsertSeconds(path, work.path());
    report("demo_generate", generateSeconds, "s", rawSeconds, "s");

    // 2. Open to the first painted table, and RSS after it.
    const double rssBefore = rssMb();
    AppSettings settings(work.filePath(QStringLiteral("bench.ini")));
    // The table the window opens on: the first opening, active applications,
    // longest in stage first; and the same table sorted as in step 3. Their SQL
    // and bound values come from the repository.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SqlFragment openPage, namePage, daysPage;
    {
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path);
        if (!db) {
            std::fprintf(stderr, "cannot open the demo: %s\n", qPrintable(db.error().message));
            return 1;
        }
        SqlQuery q(**db);
        q.exec(QStringLiteral("SELECT min(id) FROM openings"));
        q.next();
        ApplicationQuery query;
        query.openingId = q.int64(0);
        const ApplicationRepository repo(**db);
        openPage = repo.rowsSql(query, now, 0, ApplicationTableModel::pageSize);
        query.sort = ApplicationSort::Name;
        query.order = Qt::AscendingOrder;
        namePage = repo.rowsSql(query, now, 0, ApplicationTableModel::pageSize);
        query.sort = ApplicationSort::DaysInStage;
        query.order = Qt::DescendingOrder;
        daysPage = repo.rowsSql(query, now, 0, ApplicationTableModel::pageSize);
    }
    const double rawOpen = rawFirstPageSeconds(path, openPage);
    timer.restart();
    MainWindow window(settings);
    window.show();
    window.openDatabase(path);
    auto *table = window.findChild<QTableView *>(QStringLiteral("applicationView"));
    table->viewport()->repaint();  // the first paint: every visible row is read
    QApplication::processEvents();
    const double openSeconds = timer.nsecsElapsed() / 1e9;
    report("open_to_first_paint", openSeconds, "s", rawOpen, "s");
    report("rss_after_open", rssMb(), "MB", rssBefore, "MB (process before opening)");

    // 3. Sorting the table (first page read) vs the same SQL through the C API.
    struct SortCase {
        const char *name;
        int column;
        Qt::SortOrder order;
        const SqlFragment &page;
    };
    const SortCase sorts[] = {{"sort_by_name", ApplicationTableModel::Name, Qt::AscendingOrder, namePage},
                              {"sort_by_days_in_stage", ApplicationTableModel::DaysInStage, Qt::DescendingOrder, daysPage}};
    for (const SortCase &s : sorts) {
        timer.restart();
        table->sortByColumn(s.column, s.order);
        table->viewport()->repaint();
        const double appSeconds = timer.nsecsElapsed() / 1e9;
        const double raw = rawFirstPageSeconds(path, s.page);
        report(s.name, appSeconds * 1000, "ms", raw * 1000, "ms");
    }

    // 4. Single edit commits: p99 of 300 profile saves vs raw UPDATE transactions.
    QList<double> edits;
    {
        CandidateRepository repo(*window.database());
        for (int i = 0; i < 300; ++i) {
            Result<Candidate> c = repo.load(1 + (i * 9973) % candidates);
            c->location = QStringLiteral("Edited %1").arg(i);
            timer.restart();
            repo.update(*c);
            edits << timer.nsecsElapsed() / 1e6;
        }
    }
    window.close();
    QList<double> rawEdits;
    {
        sqlite3 *db = nullptr;
        sqlite3_open(path.toUtf8().constData(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;", nullptr, nullptr, nullptr);
        for (int i = 0; i < 300; ++i) {
            const QByteArray sql = QStringLiteral("BEGIN IMMEDIATE; UPDATE candidates SET location = 'Raw %1', version = version + 1 "
                                                  "WHERE id = %2; COMMIT;").arg(i).arg(1 + (i * 7919) % candidates).toUtf8();
            timer.restart();
            sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
            rawEdits << timer.nsecsElapsed() / 1e6;
        }
        sqlite3_close(db);
    }
    report("edit_commit_p99", percentile(edits, 0.99), "ms", percentile(rawEdits, 0.99), "ms");
    return 0;
}
