// Foundation benchmarks (scripts/bench). Each line:
//   NAME: VALUE UNIT (baseline VALUE UNIT, ratio R)
// with the baseline measured in the same run on the same data through the raw
// SQLite C API or the sqlite3 CLI. Goals (issue 2): open to first paint <= 0.5 s,
// sort <= 3x raw SQL, single edit p99 <= 5 ms, RSS after open <= 150 MB,
// demo generation <= 2x raw SQLite inserting the same rows.

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

void report(const char *name, double value, const char *unit, double baseline, const char *baselineUnit)
{
    std::printf("%s: %.3f %s (baseline %.3f %s, ratio %.2f)\n", name, value, unit, baseline, baselineUnit,
                baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

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

// Raw baseline for the table: the same first page through the C API.
double rawFirstPageSeconds(const QString &path, const QString &sql, qint64 openingId)
{
    sqlite3 *db = nullptr;
    QElapsedTimer t;
    t.start();
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_prepare_v2(db, utf8.constData(), -1, &stmt, nullptr);
    sqlite3_bind_int64(stmt, 1, openingId);
    sqlite3_bind_int(stmt, 2, ApplicationTableModel::pageSize);
    sqlite3_bind_int64(stmt, 3, 0);
    int rows = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        rows += sqlite3_column_int64(stmt, 0) > 0 ? 1 : 0;
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows > 0 ? t.nsecsElapsed() / 1e9 : 0;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
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
    const double rawSeconds = rawInsertSeconds(path, work.path());
    report("demo_generate", generateSeconds, "s", rawSeconds, "s");

    // 2. Open to the first painted table, and RSS after it.
    const double rssBefore = rssMb();
    AppSettings settings(work.filePath(QStringLiteral("bench.ini")));
    qint64 firstOpening = 0;
    {
        auto db = Database::openSqlite(path);
        SqlQuery q(**db);
        q.exec(QStringLiteral("SELECT min(id) FROM openings"));
        q.next();
        firstOpening = q.int64(0);
    }
    const QString firstPageSql = ApplicationRepository::rowsSql(false, ApplicationSort::DaysInStage, Qt::DescendingOrder);
    const double rawOpen = rawFirstPageSeconds(path, firstPageSql, firstOpening);
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
        ApplicationSort sort;
        Qt::SortOrder order;
    };
    const SortCase sorts[] = {{"sort_by_name", ApplicationTableModel::Name, ApplicationSort::Name, Qt::AscendingOrder},
                              {"sort_by_days_in_stage", ApplicationTableModel::DaysInStage, ApplicationSort::DaysInStage, Qt::DescendingOrder}};
    for (const SortCase &s : sorts) {
        timer.restart();
        table->sortByColumn(s.column, s.order);
        table->viewport()->repaint();
        const double appSeconds = timer.nsecsElapsed() / 1e9;
        const double raw = rawFirstPageSeconds(path, ApplicationRepository::rowsSql(false, s.sort, s.order), firstOpening);
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
