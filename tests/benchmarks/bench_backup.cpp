// Backup benchmark (issue 7, scripts/bench).
// Each line:  NAME: VALUE UNIT (baseline VALUE UNIT, ratio R)
// Target: a backup of a 200 MB database <= 2 s. Baseline, in the same run on
// the same file: the sqlite3 CLI's `.backup` (the online backup API, no check).
// BackupService::backup also switches the copy out of WAL mode, runs
// PRAGMA quick_check on it, syncs it and renames it into place; the lines
// starting with '#' break that down and time the alternative, VACUUM INTO
// (File › Save a Copy), and a backup while another connection writes.
//
// bench_backup [--quick]
//   A demo database of about 200 MB (76,000 candidates) either way; --quick
//   times one run of each instead of the median of five.

#include "benchcommon.h"
#include "demo/demogenerator.h"
#include "pipeline/pipeline.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <cstdio>

using namespace shortlist;

namespace {

int fail(const char *what, const Error &e)
{
    std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(e.message), qPrintable(e.detail));
    return 1;
}

double median(QList<double> values)
{
    return bench::percentile(std::move(values), 0.5);
}

double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs a program to completion; its wall time, or -1 when it failed.
double runChild(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), process.readAllStandardError().constData());
        return -1;
    }
    return seconds(timer);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int runs = quick ? 1 : 5;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.shortlist"));

    DemoOptions demo;
    demo.candidates = 76000;
    QElapsedTimer timer;
    timer.start();
    if (Result<DemoSummary> made = DemoGenerator::generate(path, demo); !made)
        return fail("demo", made.error());
    const double megabytes = double(QFileInfo(path).size()) / (1024.0 * 1024.0);
    std::printf("# database: %lld candidates, %.1f MB (generated in %.1f s), %d run(s) each, medians\n", qint64(demo.candidates), megabytes,
                seconds(timer), runs);

    // The window's connection: the database is open, as it is for Back Up Now.
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(path);
    if (!opened)
        return fail("open", opened.error());
    Database &db = **opened;

    QList<double> ours, cli, vacuum, check;
    for (int r = 0; r < runs; ++r) {
        // Alternate, so neither always runs on a page cache the other warmed.
        const QString cliOut = dir.filePath(QStringLiteral("cli-%1.shortlist").arg(r));
        const double baseline = runChild(QStringLiteral("/usr/bin/sqlite3"), {path, QStringLiteral(".backup '%1'").arg(cliOut)});
        if (baseline < 0)
            return 1;
        cli << baseline;
        QFile::remove(cliOut);

        const QString target = dir.filePath(QStringLiteral("ours-%1.shortlist").arg(r));
        timer.start();
        Result<BackupInfo> written = BackupService::backup(db, target);
        if (!written)
            return fail("backup", written.error());
        ours << seconds(timer);

        // What the check on the copy costs (part of the time above).
        Result<std::unique_ptr<Database>> copy = Database::openSqliteReader(target, QStringLiteral("bench"));
        if (!copy)
            return fail("open copy", copy.error());
        timer.start();
        SqlQuery q(**copy);
        if (!q.exec(QStringLiteral("PRAGMA quick_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok"))
            return fail("quick_check", q.error());
        check << seconds(timer);
        q.finish();
        copy.value().reset();
        QFile::remove(target);

        const QString vacuumOut = dir.filePath(QStringLiteral("vacuum-%1.shortlist").arg(r));
        timer.start();
        if (Error e = db.saveCopyTo(vacuumOut))
            return fail("VACUUM INTO", e);
        vacuum << seconds(timer);
        QFile::remove(vacuumOut);
    }

    // The command line, as cron runs it (a process, opening the file, the backup).
    QList<double> command;
    for (int r = 0; r < runs; ++r) {
        const QString out = dir.filePath(QStringLiteral("command-%1.shortlist").arg(r));
        const double s = runChild(QStringLiteral(SHORTLIST_EXECUTABLE),
                                  {QStringLiteral("backup"), QStringLiteral("--database"), path, QStringLiteral("--output"), out});
        if (s < 0)
            return 1;
        command << s;
        QFile::remove(out);
    }

    // While another connection commits a candidate every few milliseconds.
    std::atomic<bool> stop{false};
    std::atomic<int> commits{0};
    const qint64 opening = [&db] {
        SqlQuery q(db);
        return q.exec(QStringLiteral("SELECT min(id) FROM openings")) && q.next() ? q.int64(0) : 0;
    }();
    QThread *writer = QThread::create([&] {
        OpenOptions options;
        options.quickCheck = false;
        Result<std::unique_ptr<Database>> own = Database::openSqlite(path, options);
        if (!own)
            return;
        while (!stop) {
            Candidate c;
            c.name = QStringLiteral("Live %1").arg(commits.load());
            if (Pipeline(**own).addCandidate(c, opening))
                ++commits;
            QThread::msleep(2);
        }
    });
    writer->start();
    while (commits == 0)
        QThread::msleep(1);
    const int commitsBefore = commits;
    timer.start();
    Result<BackupInfo> live = BackupService::backup(db, dir.filePath(QStringLiteral("live.shortlist")));
    const double liveSeconds = seconds(timer);
    const int commitsDuring = commits - commitsBefore;
    stop = true;
    writer->wait();
    delete writer;
    if (!live)
        return fail("live backup", live.error());

    const double backupSeconds = median(ours);
    const double cliSeconds = median(cli);
    std::printf("# BackupService::backup: copy %.3f s + quick_check of the copy %.3f s (WAL off, fsync, rename included)\n",
                backupSeconds - median(check), median(check));
    std::printf("# VACUUM INTO (File > Save a Copy): %.3f s, no progress or cancel while it runs\n", median(vacuum));
    std::printf("# while another connection writes: %.3f s, %d commits during the backup (not in it)\n", liveSeconds, commitsDuring);
    bench::report("backup_200mb", backupSeconds, "s", cliSeconds, "s");
    bench::target("backup_200mb", backupSeconds <= 2.0, "<= 2 s for 200 MB");
    bench::report("backup_cli_200mb", median(command), "s", cliSeconds, "s");
    bench::target("backup_cli_200mb", median(command) <= 2.0, "<= 2 s for 200 MB");
    return 0;
}
