// Helpers shared by the benchmarks (scripts/bench): the report line, RSS,
// percentiles, and binding an SqlFragment's values to a raw sqlite3 statement
// so that a baseline runs exactly the application's SQL.
#pragma once

#include "repositories/applicationquery.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QMetaType>
#include <QVariant>

#include <sqlite3.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <vector>

extern char **environ;

namespace shortlist::bench {

// NAME: VALUE UNIT (baseline VALUE UNIT, ratio R)
inline void report(const char *name, double value, const char *unit, double baseline, const char *baselineUnit)
{
    std::printf("%s: %.3f %s (baseline %.3f %s, ratio %.2f)\n", name, value, unit, baseline, baselineUnit,
                baseline > 0 ? value / baseline : 0.0);
    std::fflush(stdout);
}

inline void target(const char *name, bool met, const char *goal)
{
    std::printf("  %s meets target (%s): %s\n", name, goal, met ? "yes" : "no");
    std::fflush(stdout);
}

inline double rssMb()
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

inline double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

// Binds `values` (qint64, int, double, bool, QString or null) to ?1..?n.
// False (with a message on stderr) for a type the application never binds.
inline bool bindValues(sqlite3_stmt *stmt, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int slot = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(stmt, slot);
        } else {
            switch (v.typeId()) {
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(stmt, slot, v.toLongLong());
                break;
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Bool:
                rc = sqlite3_bind_int(stmt, slot, v.toInt());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(stmt, slot, v.toDouble());
                break;
            case QMetaType::QString: {
                const QByteArray utf8 = v.toString().toUtf8();
                rc = sqlite3_bind_text(stmt, slot, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
                break;
            }
            default:
                std::fprintf(stderr, "cannot bind a value of type %s\n", v.typeName());
                return false;
            }
        }
        if (rc != SQLITE_OK) {
            std::fprintf(stderr, "bind %d failed: %s\n", slot, sqlite3_errstr(rc));
            return false;
        }
    }
    return true;
}

// A raw connection with the same settings Database gives its SQLite connections
// (SqliteDialect::connectionSetup), so a ratio compares work, not settings.
inline sqlite3 *openRaw(const QByteArray &path, bool readOnly)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.constData(), &db, readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s: %s\n", path.constData(), db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_exec(db, "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;", nullptr, nullptr, nullptr);
    if (!readOnly)
        sqlite3_exec(db, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;", nullptr, nullptr, nullptr);
    return db;
}

// Runs `sql` with `values` on an open connection, stepping through every row.
// Returns the rows read, or -1 on an error (reported on stderr).
inline qint64 stepAll(sqlite3 *db, const QString &sql, const QVariantList &values)
{
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare failed: %s\n  %s\n", sqlite3_errmsg(db), utf8.constData());
        return -1;
    }
    if (!bindValues(stmt, values)) {
        sqlite3_finalize(stmt);
        return -1;
    }
    qint64 rows = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (sqlite3_column_type(stmt, 0) != SQLITE_NULL)
            ++rows;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        std::fprintf(stderr, "step failed: %s\n  %s\n", sqlite3_errmsg(db), utf8.constData());
        return -1;
    }
    return rows;
}

inline qint64 stepAll(sqlite3 *db, const SqlFragment &fragment)
{
    return stepAll(db, fragment.sql, fragment.values);
}

// Runs statements without parameters; false (reported) on the first error.
inline bool execRaw(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "sqlite3_exec failed: %s\n  %s\n", message ? message : "?", sql);
        sqlite3_free(message);
        return false;
    }
    return true;
}

struct ChildRun {
    int exitCode = -1;
    double seconds = 0;
    double peakMb = 0;
};

// Runs a program to completion with stdout to /dev/null; wall time and peak RSS.
inline ChildRun runChild(const QStringList &arguments, bool quiet = true)
{
    std::vector<QByteArray> storage;
    std::vector<char *> argv;
    for (const QString &a : arguments)
        storage.push_back(a.toLocal8Bit());
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (quiet)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return run;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -2;
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    posix_spawn_file_actions_destroy(&actions);
    return run;
}

} // namespace shortlist::bench
