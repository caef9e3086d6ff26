#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace shortlist {

// The whole command line as a plain struct; main() dispatches on `command`.
struct CommandLine {
    enum class Command { Gui, Demo, Paths, Metrics, Report, Backup, Import, FromJson, Export, Help, Version, UsageError };
    Command command = Command::Gui;
    QString text;           // help or version text, or the usage error

    QString database;       // Gui: the database to open (else the last one)
    QString scorecardFile;  // Gui: the scorecard-only window on this file

    QString output;         // Demo, Report, Backup; Export: the folder
    qint64 candidates = 300;
    quint32 seed = 1;
    QDateTime asOf;

    bool dataDir = false;   // Paths

    // Metrics (database is `database`)
    QString opening;        // name or id; empty: every opening
    QDate from;
    QDate to;
    QString format = QStringLiteral("json");
    QString view = QStringLiteral("cohort");
    QStringList sources;
    int historyMonths = 6;
    bool pooled = false;
    QDate metricsAsOf;      // compute as at the end of this day (UTC); invalid: now

    // Report (database, opening, from, to, output are shared)
    QString reportKind;     // pipeline, candidate, calibration, schedule
    QString candidate;      // id or email (Report, Export)
    bool anonymize = false;
    QString pageSize;       // A4 or Letter; empty: from the locale

    // Import (database, opening are shared)
    QString csv;
    QString mappingFile;
    QString onDuplicate = QStringLiteral("skip");
    QString dateOrder;      // day-first, month-first or empty
    QString encoding;       // utf-8, utf-16le, utf-16be, windows-1252 or empty: detected
    bool dryRun = false;
    bool allowPartial = false;

    // Export (database, candidate, output, pageSize are shared)
    QString exportKind;     // candidate
};

// Exit codes shared by every subcommand.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitNotFound = 3, ExitIo = 4, ExitInvalidRows = 5 };

CommandLine parseCommandLine(const QStringList &arguments);

} // namespace shortlist
