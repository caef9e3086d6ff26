// CSV import benchmark (issue 7, scripts/bench).
// Each line:  NAME: VALUE UNIT (baseline VALUE UNIT, ratio R)
// Target: importing a 1,000,000-row CSV <= 1.5x the baseline, peak RSS
// <= 200 MB (streaming). Baseline, in the same run on a copy of the same
// database: the sqlite3 CLI `.import`s the same file into a staging table and
// moves it into the same tables (candidates, applications, stage events,
// notes; tags left out, which only flatters the baseline), then builds the
// full-text index of the new candidates once — one transaction, the triggers
// paused as Shortlist pauses them. Ours: `shortlist import` end to end (a
// validating pass over the file, then the write pass in one transaction,
// match scores, search index, import history).
//
// bench_import [--quick]
//   1,000,000 rows (100,000 with --quick) into a 100-candidate demo database;
//   1 % of the rows repeat an earlier row's email (skipped as duplicates),
//   5 % are rejected, 10 % have a note, 30 % tags.

#include "benchcommon.h"
#include "demo/demogenerator.h"
#include "import/candidateimport.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace shortlist;

namespace {

constexpr auto opening = "Big Data Tech Lead";

int fail(const char *what, const Error &e)
{
    std::fprintf(stderr, "%s: %s (%s)\n", what, qPrintable(e.message), qPrintable(e.detail));
    return 1;
}

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    return QString(QLatin1Char('"') + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + QLatin1Char('"'));
}

// The database and the file (in a child process, so that the measured children
// start from a small parent).
int setUp(const QString &databasePath, const QString &csvPath, qint64 rows)
{
    DemoOptions demo;
    demo.candidates = 100;
    if (Result<DemoSummary> made = DemoGenerator::generate(databasePath, demo); !made)
        return fail("demo", made.error());

    static const QStringList first{QStringLiteral("Ana"), QStringLiteral("Björn"), QStringLiteral("Chen"), QStringLiteral("Deepa"),
                                   QStringLiteral("Emeka"), QStringLiteral("Fatima"), QStringLiteral("Giulia"), QStringLiteral("Hiro"),
                                   QStringLiteral("Ines"), QStringLiteral("José"), QStringLiteral("Kofi"), QStringLiteral("Lena")};
    static const QStringList last{QStringLiteral("Novak"), QStringLiteral("Müller"), QStringLiteral("Okafor"), QStringLiteral("Silva"),
                                  QStringLiteral("Tanaka"), QStringLiteral("Ivanova"), QStringLiteral("O'Brien"), QStringLiteral("Haddad"),
                                  QStringLiteral("Kowalski"), QStringLiteral("Lindqvist"), QStringLiteral("Mendes"), QStringLiteral("Rossi")};
    static const QStringList titles{QStringLiteral("Data Engineer"), QStringLiteral("Senior Data Engineer"), QStringLiteral("Staff Engineer"),
                                    QStringLiteral("Tech Lead, Data Platform"), QStringLiteral("Big Data Architect")};
    static const QStringList companies{QStringLiteral("Contoso"), QStringLiteral("Fabrikam, Inc."), QStringLiteral("Globex"),
                                       QStringLiteral("Initech"), QStringLiteral("Umbrella Analytics")};
    static const QStringList skills{QStringLiteral("Apache Spark"), QStringLiteral("Kafka"), QStringLiteral("Scala"), QStringLiteral("Python"),
                                    QStringLiteral("Hadoop"), QStringLiteral("AWS"), QStringLiteral("Airflow"), QStringLiteral("SQL"),
                                    QStringLiteral("Kubernetes"), QStringLiteral("Flink")};
    static const QStringList sources{QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QStringLiteral("Careers page"),
                                     QStringLiteral("Agency")};
    static const QStringList stages{QStringLiteral("Applied"), QStringLiteral("Applied"), QStringLiteral("Applied"),
                                    QStringLiteral("Recruiter screen"), QStringLiteral("Technical deep-dive")};
    static const QStringList tags{QStringLiteral("relocation"), QStringLiteral("silver-medallist"), QStringLiteral("open-source"),
                                  QStringLiteral("visa-sponsorship")};

    QFile file(csvPath);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    QByteArray out;
    out += "First Name,Last Name,Email,Phone,Location,Current Title,Current Company,Years of Experience,Skills,Source,Stage,"
           "Applied Date,Tags,Notes\n";
    QRandomGenerator random(42);
    for (qint64 i = 0; i < rows; ++i) {
        const auto pick = [&random](const QStringList &list) -> const QString & { return list.at(int(random.bounded(int(list.size())))); };
        const qint64 person = i > 100 && random.bounded(100) == 0 ? qint64(random.bounded(quint32(i))) : i;   // 1 %: an earlier row again
        const QString given = first.at(int(person % first.size()));
        const QString family = last.at(int((person / first.size()) % last.size()));
        QStringList skillList;
        for (int k = 0, n = 2 + int(random.bounded(4)); k < n; ++k)
            skillList << pick(skills);
        skillList.removeDuplicates();
        const QString stage = random.bounded(20) == 0 ? QStringLiteral("Rejected") : pick(stages);
        const QDate applied = QDate(2025, 1, 1).addDays(random.bounded(600));
        const QStringList fields{given,
                                 family,
                                 QStringLiteral("%1.%2.%3@example.com").arg(given.toLower(), family.toLower()).arg(person),
                                 QStringLiteral("+44 20 7%1").arg(person % 10000000, 7, 10, QLatin1Char('0')),
                                 QStringLiteral("London"),
                                 pick(titles),
                                 pick(companies),
                                 QString::number(3 + random.bounded(20)),
                                 skillList.join(QStringLiteral(", ")),
                                 pick(sources),
                                 stage,
                                 applied.toString(Qt::ISODate),
                                 random.bounded(10) < 3 ? pick(tags) : QString(),
                                 random.bounded(10) == 0 ? QStringLiteral("Met at the data meetup; strong on streaming.") : QString()};
        QStringList line;
        for (const QString &f : fields)
            line << quoted(f);
        out += line.join(QLatin1Char(',')).toUtf8();
        out += '\n';
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    file.write(out);
    return 0;
}

// The baseline's script for the sqlite3 CLI, on its own copy of the database.
QString baselineScript(const QString &csvPath, qint64 openingId, qint64 lastCandidate)
{
    return QStringLiteral(R"(.bail on
BEGIN IMMEDIATE;
INSERT INTO meta (key, value) VALUES ('search_index_suspended', '1');
CREATE TEMP TABLE staging (first, last, email, phone, location, title, company, years, skills, source, stage, applied, tags, notes);
.import --csv --skip 1 '%1' staging
INSERT INTO candidates (id, name, sort_name, email, phone, location, current_title, current_company, years_experience, skills, source,
  email_key, phone_key, company_key, version, created_at, updated_at)
SELECT %3 + rowid, first || ' ' || last, lower(first || ' ' || last), email, phone, location, title, company, CAST(years AS INTEGER),
  replace(skills, ', ', char(10)), source, lower(email), replace(phone, ' ', ''), lower(company), 1, unixepoch(), unixepoch()
FROM staging;
INSERT INTO applications (candidate_id, opening_id, stage_id, status, applied_at, stage_entered_at, version, updated_at,
  candidate_source, candidate_referrer, furthest_stage_id)
SELECT %3 + r.rowid, %2, s.id, CASE WHEN s.category = 'rejected' THEN 'rejected' ELSE 'active' END, unixepoch(r.applied),
  unixepoch(r.applied), 1, unixepoch(), r.source, '', s.id
FROM staging r JOIN stages s ON s.opening_id = %2 AND s.name = r.stage;
INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason)
SELECT id, applied_at, NULL, stage_id, 'import', '' FROM applications WHERE candidate_id > %3;
INSERT INTO notes (candidate_id, application_id, author, created_at, body)
SELECT %3 + r.rowid, a.id, 'import', unixepoch(), r.notes FROM staging r JOIN applications a ON a.candidate_id = %3 + r.rowid
WHERE r.notes <> '';
DELETE FROM meta WHERE key = 'search_index_suspended';
INSERT INTO candidate_search (rowid, name, email, work, skills, tags, notes, scope)
SELECT * FROM candidate_search_source WHERE candidate_id > %3;
COMMIT;
)")
        .arg(csvPath)
        .arg(openingId)
        .arg(lastCandidate);
}

qint64 scalar(const QString &databasePath, const QString &sql)
{
    sqlite3 *db = bench::openRaw(databasePath.toUtf8(), true);
    if (!db)
        return -1;
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

} // namespace

int main(int argc, char **argv)
{
    bool quick = false;
    QString setupDatabase, setupCsv;
    qint64 rows = 1000000;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--quick") == 0)
            quick = true;
        if (qstrcmp(argv[i], "--set-up") == 0 && i + 3 < argc) {
            setupDatabase = QString::fromLocal8Bit(argv[i + 1]);
            setupCsv = QString::fromLocal8Bit(argv[i + 2]);
            rows = QByteArray(argv[i + 3]).toLongLong();
        }
    }
    if (!setupDatabase.isEmpty()) {
        QCoreApplication app(argc, argv);
        return setUp(setupDatabase, setupCsv, rows);
    }
    if (quick)
        rows = 100000;
    QCoreApplication app(argc, argv);   // for the undo, in this process
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("import.shortlist"));
    const QString csv = dir.filePath(QStringLiteral("candidates.csv"));
    if (bench::runChild({QString::fromLocal8Bit(argv[0]), QStringLiteral("--set-up"), database, csv, QString::number(rows)}, false).exitCode != 0)
        return 1;
    const qint64 openingId = scalar(database, QStringLiteral("SELECT id FROM openings WHERE title = '%1'").arg(QLatin1String(opening)));
    const qint64 lastCandidate = scalar(database, QStringLiteral("SELECT max(id) FROM candidates"));
    std::printf("# %lld rows, %.1f MB of CSV, into a demo database of %lld candidates\n", rows,
                double(QFileInfo(csv).size()) / (1024.0 * 1024.0), lastCandidate);

    // Each run on a fresh copy of the database; the two alternate.
    const int runs = quick ? 3 : 1;
    QList<double> ours, baseline, peaks;
    double undoSeconds = 0, undoBaseline = 0;
    for (int r = 0; r < runs; ++r) {
        const QString cliCopy = dir.filePath(QStringLiteral("cli-%1.shortlist").arg(r));
        const QString ourCopy = dir.filePath(QStringLiteral("ours-%1.shortlist").arg(r));
        if (!QFile::copy(database, cliCopy) || !QFile::copy(database, ourCopy))
            return 1;
        const QString script = dir.filePath(QStringLiteral("baseline.sql"));
        QFile scriptFile(script);
        if (!scriptFile.open(QIODevice::WriteOnly))
            return 1;
        scriptFile.write(baselineScript(csv, openingId, lastCandidate).toUtf8());
        scriptFile.close();
        const bench::ChildRun cli = bench::runChild({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                                                     QStringLiteral("/usr/bin/sqlite3 '%1' < '%2'").arg(cliCopy, script)}, false);
        if (cli.exitCode != 0)
            return 1;
        baseline << cli.seconds;
        const bench::ChildRun run = bench::runChild({QStringLiteral(SHORTLIST_EXECUTABLE), QStringLiteral("import"), QStringLiteral("--database"),
                                                     ourCopy, QStringLiteral("--opening"), QLatin1String(opening), csv});
        if (run.exitCode != 0) {
            std::fprintf(stderr, "shortlist import exited with %d\n", run.exitCode);
            return 1;
        }
        ours << run.seconds;
        peaks << run.peakMb;
        const qint64 imported = scalar(ourCopy, QStringLiteral("SELECT count(*) FROM candidates WHERE id > %1").arg(lastCandidate));
        const qint64 indexed = scalar(ourCopy, QStringLiteral("SELECT count(*) FROM candidate_search WHERE rowid > %1").arg(lastCandidate));
        const qint64 baselineRows = scalar(cliCopy, QStringLiteral("SELECT count(*) FROM candidates WHERE id > %1").arg(lastCandidate));
        std::printf("# run %d: ours %.2f s (%lld candidates, %lld indexed, peak %.0f MB), sqlite3 %.2f s (%lld rows, peak %.0f MB)\n", r + 1,
                    run.seconds, imported, indexed, run.peakMb, cli.seconds, baselineRows, cli.peakMb);
        if (imported != indexed || imported < rows * 95 / 100) {
            std::fprintf(stderr, "the import left %lld candidates, %lld of them indexed\n", imported, indexed);
            return 1;
        }
        if (r == 0) {
            // Undoing the import (Import History): the created candidates go
            // with everything added to them. Baseline: the sqlite3 CLI deleting
            // the same candidates from its copy, triggers and cascades alike.
            const bench::ChildRun cliDelete = bench::runChild({QStringLiteral("/usr/bin/sqlite3"), cliCopy,
                                                               QStringLiteral("PRAGMA foreign_keys = ON; DELETE FROM candidates WHERE id > %1;")
                                                                   .arg(lastCandidate)});
            Result<std::unique_ptr<Database>> opened = Database::openSqlite(ourCopy);
            if (!opened || cliDelete.exitCode != 0)
                return 1;
            const qint64 batch = scalar(ourCopy, QStringLiteral("SELECT max(id) FROM import_batches"));
            QElapsedTimer timer;
            timer.start();
            if (Error e = ImportHistoryRepository(**opened).undo(batch))
                return fail("undo", e);
            undoSeconds = double(timer.nsecsElapsed()) / 1e9;
            undoBaseline = cliDelete.seconds;
        }
        QFile::remove(cliCopy);
        QFile::remove(ourCopy);
        QFile::remove(ourCopy + QStringLiteral("-wal"));
        QFile::remove(ourCopy + QStringLiteral("-shm"));
    }
    const double oursSeconds = bench::percentile(ours, 0.5);
    const double baselineSeconds = bench::percentile(baseline, 0.5);
    const double peak = *std::max_element(peaks.cbegin(), peaks.cend());
    std::printf("# %.0f rows a second\n", double(rows) / oursSeconds);
    const QByteArray name = quick ? "import_100k_rows" : "import_1m_rows";
    bench::report(name.constData(), oursSeconds, "s", baselineSeconds, "s");
    bench::target(name.constData(), oursSeconds <= 1.5 * baselineSeconds, "<= 1.5x sqlite3 .import + index build");
    bench::report(QByteArray(name + "_undo").constData(), undoSeconds, "s", undoBaseline, "s (sqlite3 deleting the same candidates)");
    bench::report(QByteArray(name + "_peak_rss").constData(), peak, "MB", 200, "MB (target)");
    bench::target(QByteArray(name + "_peak_rss").constData(), peak <= 200, "<= 200 MB");
    return 0;
}
