#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

namespace shortlist {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString programName(const QStringList &arguments)
{
    return arguments.isEmpty() ? QStringLiteral("shortlist") : arguments.first().section(QLatin1Char('/'), -1);
}

QString overview(const QString &program)
{
    return Text::tr("Usage: %1 [FILE]            open the Shortlist window (FILE or the last database)\n"
                    "       %1 demo --output FILE [--candidates N] [--seed S] [--as-of DATE]\n"
                    "                                  create a realistic demo database\n"
                    "       %1 --scorecard FILE      fill in a scorecard file you were sent (no database needed)\n"
                    "       %1 metrics --database FILE [--opening NAME|ID] [--from DATE] [--to DATE] [--format json|csv]\n"
                    "                                  print every pipeline metric, the forecast and the calibration data\n"
                    "       %1 report pipeline|candidate|calibration|schedule --database FILE --output FILE.pdf [options]\n"
                    "                                  write a PDF report without opening a window\n"
                    "       %1 backup --database FILE --output FILE\n"
                    "                                  write a consistent backup of a database, even while it is in use\n"
                    "       %1 import --database FILE --opening NAME|ID [--mapping FILE] [--on-duplicate skip|merge|create] [--dry-run] CSV\n"
                    "                                  import candidates from a CSV file as one batch\n"
                    "       %1 export candidate --database FILE --candidate ID|EMAIL --output DIR\n"
                    "                                  write everything held about a candidate (JSON, PDF, files) into DIR\n"
                    "       %1 export database --database FILE --output FILE.json\n"
                    "                                  the whole database as JSON; %1 from-json FILE.json --output NEW makes a database of it\n"
                    "       %1 paths --data-dir      print where Shortlist keeps its data\n"
                    "       %1 --help | --version\n\n"
                    "Run '%1 COMMAND --help' for a command's options.\n"
                    "Exit codes: 0 ok, 1 failed, 2 usage error, 3 not found, 4 unreadable or unwritable file.\n")
        .arg(program);
}

CommandLine usageError(const QString &message, const QString &program)
{
    CommandLine cl;
    cl.command = CommandLine::Command::UsageError;
    cl.text = Text::tr("%1: %2\nRun '%1 --help' for usage.").arg(program, message);
    return cl;
}

// --from/--to as ISO dates, from not after to; the problem in words, or empty.
QString readPeriod(const QCommandLineParser &parser, const QCommandLineOption &from, const QCommandLineOption &to, CommandLine &cl)
{
    for (const auto &[option, target] : {std::pair{&from, &cl.from}, std::pair{&to, &cl.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return Text::tr("--%1 must be a date like 2026-11-27, not “%2”.").arg(option->names().constFirst(), parser.value(*option));
    }
    if (cl.from.isValid() && cl.to.isValid() && cl.from > cl.to)
        return Text::tr("--from (%1) is after --to (%2); swap them.").arg(parser.value(from), parser.value(to));
    return {};
}

// --page-size A4 or Letter (any case); the problem in words, or empty.
QString readPageSize(const QCommandLineParser &parser, const QCommandLineOption &pageSize, CommandLine &cl)
{
    if (!parser.isSet(pageSize))
        return {};
    cl.pageSize = parser.value(pageSize);
    if (cl.pageSize.compare(QLatin1String("A4"), Qt::CaseInsensitive) != 0 && cl.pageSize.compare(QLatin1String("Letter"), Qt::CaseInsensitive) != 0)
        return Text::tr("--page-size must be A4 or Letter, not “%1”.").arg(cl.pageSize);
    return {};
}

CommandLine parseDemo(const QStringList &arguments, const QString &program)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Creates a deterministic, realistic demo database: the Big Data Tech Lead opening and "
                                              "two other tech-lead openings, candidates with stage histories, interviews and scorecards."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("The database to create (must not exist)."), Text::tr("FILE"));
    const QCommandLineOption candidates(QStringLiteral("candidates"), Text::tr("Number of candidates (default 300)."), Text::tr("N"), QStringLiteral("300"));
    const QCommandLineOption seed(QStringLiteral("seed"), Text::tr("Random seed (default 1); the same seed gives the same data."), Text::tr("S"), QStringLiteral("1"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), Text::tr("The demo's 'today' (YYYY-MM-DD; default today)."), Text::tr("DATE"));
    parser.addOptions({help, output, candidates, seed, asOf});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    cl.command = CommandLine::Command::Demo;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Usage: %1 demo --output FILE [--candidates N] [--seed S] [--as-of DATE]\n\n").arg(program)
            + parser.helpText().section(QLatin1Char('\n'), 2);
        return cl;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("demo takes no file arguments (unexpected “%1”); use --output FILE.").arg(parser.positionalArguments().first()), program);
    cl.output = parser.value(output);
    if (cl.output.isEmpty())
        return usageError(Text::tr("demo needs --output FILE (the database to create)."), program);
    bool ok = false;
    cl.candidates = parser.value(candidates).toLongLong(&ok);
    if (!ok || cl.candidates < 1 || cl.candidates > 10'000'000)
        return usageError(Text::tr("--candidates must be a whole number from 1 to 10000000, not “%1”.").arg(parser.value(candidates)), program);
    cl.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return usageError(Text::tr("--seed must be a whole number from 0 to 4294967295, not “%1”.").arg(parser.value(seed)), program);
    if (parser.isSet(asOf)) {
        const QDate date = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!date.isValid())
            return usageError(Text::tr("--as-of must be a date like 2026-11-27, not “%1”.").arg(parser.value(asOf)), program);
        cl.asOf = QDateTime(date, QTime(17, 0), Qt::UTC);
    }
    return cl;
}

CommandLine parseMetrics(const QStringList &arguments, const QString &program)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Prints every pipeline metric of a database — funnel, time in stage, time to hire and fill, weekly "
                                              "counts, sources, rejections, offers, health, the hiring forecast and interviewer calibration — "
                                              "as JSON (docs/metrics-json.md) or as CSV, for scripts and BI tools."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption database(QStringLiteral("database"), Text::tr("The Shortlist database to read."), Text::tr("FILE"));
    const QCommandLineOption opening(QStringLiteral("opening"), Text::tr("One opening, by title or id (default: every opening)."), Text::tr("NAME|ID"));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("First day of the period (YYYY-MM-DD)."), Text::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day of the period (YYYY-MM-DD)."), Text::tr("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("json (default) or csv."), Text::tr("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption view(QStringLiteral("view"), Text::tr("How the funnel counts: cohort (default), snapshot or activity."), Text::tr("VIEW"),
                                  QStringLiteral("cohort"));
    const QCommandLineOption source(QStringLiteral("source"), Text::tr("Only candidates from this source (repeat for several)."), Text::tr("SOURCE"));
    const QCommandLineOption history(QStringLiteral("history-months"), Text::tr("Months of history the forecast learns from (default 6)."),
                                     Text::tr("N"), QStringLiteral("6"));
    const QCommandLineOption pooled(QStringLiteral("pooled"), Text::tr("The forecast learns from every opening's history."));
    const QCommandLineOption asOf(QStringLiteral("as-of"), Text::tr("Compute as at the end of this day, UTC (default: now)."), Text::tr("DATE"));
    parser.addOptions({help, database, opening, from, to, format, view, source, history, pooled, asOf});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Usage: %1 metrics --database FILE [--opening NAME|ID] [--from DATE] [--to DATE] [--format json|csv]\n\n").arg(program)
            + parser.helpText().section(QLatin1Char('\n'), 2)
            + Text::tr("\nExit codes: 0 ok, 2 usage error, 3 opening or database not found, 4 unreadable database.\n");
        return cl;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("metrics takes no file arguments (unexpected “%1”); use --database FILE.").arg(parser.positionalArguments().first()), program);
    cl.command = CommandLine::Command::Metrics;
    cl.database = parser.value(database);
    if (cl.database.isEmpty())
        return usageError(Text::tr("metrics needs --database FILE."), program);
    cl.opening = parser.value(opening).trimmed();
    if (const QString problem = readPeriod(parser, from, to, cl); !problem.isEmpty())
        return usageError(problem, program);
    cl.format = parser.value(format).toLower();
    if (cl.format != QLatin1String("json") && cl.format != QLatin1String("csv"))
        return usageError(Text::tr("--format must be json or csv, not “%1”.").arg(parser.value(format)), program);
    cl.view = parser.value(view).toLower();
    if (cl.view != QLatin1String("cohort") && cl.view != QLatin1String("snapshot") && cl.view != QLatin1String("activity"))
        return usageError(Text::tr("--view must be cohort, snapshot or activity, not “%1”.").arg(parser.value(view)), program);
    cl.sources = parser.values(source);
    bool ok = false;
    cl.historyMonths = parser.value(history).toInt(&ok);
    if (!ok || cl.historyMonths < 1 || cl.historyMonths > 120)
        return usageError(Text::tr("--history-months must be a whole number from 1 to 120, not “%1”.").arg(parser.value(history)), program);
    cl.pooled = parser.isSet(pooled);
    if (parser.isSet(asOf)) {
        cl.metricsAsOf = QDate::fromString(parser.value(asOf), Qt::ISODate);
        if (!cl.metricsAsOf.isValid())
            return usageError(Text::tr("--as-of must be a date like 2026-11-27, not “%1”.").arg(parser.value(asOf)), program);
    }
    return cl;
}

CommandLine parseReport(const QStringList &arguments, const QString &program)
{
    const QString usage = Text::tr("Usage: %1 report pipeline|candidate|calibration|schedule --database FILE [--opening NAME|ID] "
                                   "[--candidate ID|EMAIL] [--from DATE] [--to DATE] [--anonymize] [--page-size A4|Letter] --output FILE.pdf\n\n")
                              .arg(program);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes a PDF report: the pipeline of an opening or all openings, a candidate's debrief packet, "
                                              "interviewer calibration, or the interview schedule of a date range. Needs no display and "
                                              "never asks a question, so it is safe for cron."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption database(QStringLiteral("database"), Text::tr("The Shortlist database to read."), Text::tr("FILE"));
    const QCommandLineOption opening(QStringLiteral("opening"), Text::tr("One opening, by title or id (default: every opening)."), Text::tr("NAME|ID"));
    const QCommandLineOption candidate(QStringLiteral("candidate"), Text::tr("The candidate of a packet, by id or email."), Text::tr("ID|EMAIL"));
    const QCommandLineOption from(QStringLiteral("from"), Text::tr("First day (YYYY-MM-DD): applications made from (pipeline), interviews from (schedule; default today)."),
                                  Text::tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), Text::tr("Last day (YYYY-MM-DD); the schedule defaults to a week."), Text::tr("DATE"));
    const QCommandLineOption anonymize(QStringLiteral("anonymize"), Text::tr("Candidates as stable codes, without names, contact details or links."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), Text::tr("A4 or Letter (default: from the locale)."), Text::tr("SIZE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("The PDF to write (replaced if it exists)."), Text::tr("FILE"));
    parser.addOptions({help, database, opening, candidate, from, to, anonymize, pageSize, output});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = usage + parser.helpText().section(QLatin1Char('\n'), 2)
            + Text::tr("\nExit codes: 0 ok, 2 usage error, 3 opening or candidate not found, 4 unreadable database or unwritable output.\n");
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    const QStringList kinds{QStringLiteral("pipeline"), QStringLiteral("candidate"), QStringLiteral("calibration"), QStringLiteral("schedule")};
    if (positional.isEmpty())
        return usageError(Text::tr("report needs the kind of report: pipeline, candidate, calibration or schedule."), program);
    if (!kinds.contains(positional.first()))
        return usageError(Text::tr("unknown report “%1”; choose pipeline, candidate, calibration or schedule.").arg(positional.first()), program);
    if (positional.size() > 1)
        return usageError(Text::tr("report takes one kind of report (unexpected “%1”).").arg(positional.at(1)), program);
    cl.command = CommandLine::Command::Report;
    cl.reportKind = positional.first();
    cl.database = parser.value(database);
    if (cl.database.isEmpty())
        return usageError(Text::tr("report needs --database FILE."), program);
    cl.output = parser.value(output);
    if (cl.output.isEmpty())
        return usageError(Text::tr("report needs --output FILE.pdf."), program);
    cl.opening = parser.value(opening).trimmed();
    cl.candidate = parser.value(candidate).trimmed();
    if (cl.reportKind == QLatin1String("candidate") && cl.candidate.isEmpty())
        return usageError(Text::tr("report candidate needs --candidate ID|EMAIL."), program);
    if (cl.reportKind != QLatin1String("candidate") && !cl.candidate.isEmpty())
        return usageError(Text::tr("--candidate is for the candidate packet only (report candidate)."), program);
    if (const QString problem = readPeriod(parser, from, to, cl); !problem.isEmpty())
        return usageError(problem, program);
    cl.anonymize = parser.isSet(anonymize);
    if (const QString problem = readPageSize(parser, pageSize, cl); !problem.isEmpty())
        return usageError(problem, program);
    return cl;
}

CommandLine parseBackup(const QStringList &arguments, const QString &program)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Writes a consistent backup of a Shortlist database, safe while the database is open and in use "
                                              "(in the window, or by another command). The backup is checked, private to you, and appears "
                                              "only once complete. Safe for cron."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption database(QStringLiteral("database"), Text::tr("The Shortlist database to back up."), Text::tr("FILE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("The backup to write (replaced if it exists)."), Text::tr("FILE"));
    parser.addOptions({help, database, output});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Usage: %1 backup --database FILE --output FILE\n\n").arg(program) + parser.helpText().section(QLatin1Char('\n'), 2)
            + Text::tr("\nExit codes: 0 ok, 2 usage error, 3 database not found, 4 unreadable database or unwritable output.\n");
        return cl;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(Text::tr("backup takes no file arguments (unexpected “%1”); use --database FILE --output FILE.")
                              .arg(parser.positionalArguments().first()),
                          program);
    cl.command = CommandLine::Command::Backup;
    cl.database = parser.value(database);
    if (cl.database.isEmpty())
        return usageError(Text::tr("backup needs --database FILE (the database to back up)."), program);
    if (cl.database.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive)
        || cl.database.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)) {
        QUrl server(cl.database);
        server.setPassword({});   // not echoed
        return usageError(Text::tr("%1 is a PostgreSQL server; shortlist backup copies Shortlist database files only, so nothing was written. "
                                   "Back up a PostgreSQL database with PostgreSQL's pg_dump, for example: "
                                   "pg_dump --format=custom --file=shortlist.dump %1")
                              .arg(server.toString()),
                          program);
    }
    cl.output = parser.value(output);
    if (cl.output.isEmpty())
        return usageError(Text::tr("backup needs --output FILE (the backup to write)."), program);
    const QFileInfo databaseInfo(cl.database);
    const QFileInfo outputInfo(cl.output);
    if (databaseInfo.absoluteFilePath() == outputInfo.absoluteFilePath()
        || (!databaseInfo.canonicalFilePath().isEmpty() && databaseInfo.canonicalFilePath() == outputInfo.canonicalFilePath()))
        return usageError(Text::tr("--output is the database itself; name another file for the backup."), program);
    return cl;
}

CommandLine parseImport(const QStringList &arguments, const QString &program)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Imports candidates from a CSV file into an opening as one batch (File › Import History can undo "
                                              "it). Every row is checked first; nothing is written while any row has a problem unless "
                                              "--allow-partial. Columns are matched by their names unless --mapping gives a mapping saved "
                                              "from the import wizard."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption database(QStringLiteral("database"), Text::tr("The Shortlist database to import into."), Text::tr("FILE"));
    const QCommandLineOption opening(QStringLiteral("opening"), Text::tr("The opening the candidates applied to, by title or id."), Text::tr("NAME|ID"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), Text::tr("A column mapping saved from the import wizard (JSON)."), Text::tr("FILE"));
    const QCommandLineOption duplicate(QStringLiteral("on-duplicate"),
                                       Text::tr("Rows with the email or phone of a candidate or of an earlier row: skip (default), merge or create."),
                                       Text::tr("ACTION"), QStringLiteral("skip"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"),
                                       Text::tr("How dates like 03/04/2026 are written: day-first or month-first (asked when the file cannot tell)."),
                                       Text::tr("ORDER"));
    const QCommandLineOption encoding(QStringLiteral("encoding"),
                                      Text::tr("The file's encoding when the detected one is wrong: utf-8, utf-16le, utf-16be or "
                                               "windows-1252 (detected from the first 64 KB otherwise)."),
                                      Text::tr("ENCODING"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Text::tr("Check every row and print what would happen; write nothing."));
    const QCommandLineOption allowPartial(QStringLiteral("allow-partial"), Text::tr("Import the valid rows even when others have problems."));
    parser.addOptions({help, database, opening, mapping, duplicate, dateOrder, encoding, dryRun, allowPartial});
    parser.addPositionalArgument(QStringLiteral("CSV"), Text::tr("The CSV file (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab)."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Usage: %1 import --database FILE --opening NAME|ID [--mapping FILE] [--on-duplicate skip|merge|create] "
                           "[--date-order day-first|month-first] [--encoding utf-8|utf-16le|utf-16be|windows-1252] [--dry-run] "
                           "[--allow-partial] CSV\n\n")
                      .arg(program)
            + parser.helpText().section(QLatin1Char('\n'), 2)
            + Text::tr("\nExit codes: 0 ok, 2 usage error, 3 database, opening or file not found, 4 unreadable or unwritable, "
                       "5 a file or rows with problems (nothing written unless --allow-partial; with it, the other rows were).\n");
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Text::tr("import needs the CSV file to read."), program);
    if (positional.size() > 1)
        return usageError(Text::tr("import reads one CSV file at a time (unexpected “%1”).").arg(positional.at(1)), program);
    cl.command = CommandLine::Command::Import;
    cl.csv = positional.first();
    cl.database = parser.value(database);
    if (cl.database.isEmpty())
        return usageError(Text::tr("import needs --database FILE."), program);
    cl.opening = parser.value(opening).trimmed();
    if (cl.opening.isEmpty())
        return usageError(Text::tr("import needs --opening NAME|ID: the opening the candidates applied to."), program);
    cl.mappingFile = parser.value(mapping);
    cl.onDuplicate = parser.value(duplicate).toLower();
    if (cl.onDuplicate != QLatin1String("skip") && cl.onDuplicate != QLatin1String("merge") && cl.onDuplicate != QLatin1String("create"))
        return usageError(Text::tr("--on-duplicate must be skip, merge or create, not “%1”.").arg(parser.value(duplicate)), program);
    cl.dateOrder = parser.value(dateOrder).toLower();
    if (!cl.dateOrder.isEmpty() && cl.dateOrder != QLatin1String("day-first") && cl.dateOrder != QLatin1String("month-first"))
        return usageError(Text::tr("--date-order must be day-first or month-first, not “%1”.").arg(parser.value(dateOrder)), program);
    cl.encoding = parser.value(encoding).toLower();
    if (parser.isSet(encoding) && cl.encoding != QLatin1String("utf-8") && cl.encoding != QLatin1String("utf-16le")
        && cl.encoding != QLatin1String("utf-16be") && cl.encoding != QLatin1String("windows-1252"))
        return usageError(Text::tr("--encoding must be utf-8, utf-16le, utf-16be or windows-1252, not “%1”.").arg(parser.value(encoding)),
                          program);
    cl.dryRun = parser.isSet(dryRun);
    cl.allowPartial = parser.isSet(allowPartial);
    return cl;
}

CommandLine parseExport(const QStringList &arguments, const QString &program)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("export candidate writes everything a database holds about one candidate, for a subject "
                                              "access request (GDPR Art. 15), into a folder: candidate-ID.json (docs/subject-access-json.md), "
                                              "a readable candidate-ID.pdf and the candidate's attached files. export database writes the "
                                              "whole database as JSON (docs/database-json.md); shortlist from-json makes a new database from "
                                              "it. The files are readable by you only; exports are recorded in the audit log. Needs no display."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption database(QStringLiteral("database"), Text::tr("The Shortlist database to read."), Text::tr("FILE"));
    const QCommandLineOption candidate(QStringLiteral("candidate"), Text::tr("The candidate, by id or email."), Text::tr("ID|EMAIL"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), Text::tr("A4 or Letter (default: from the locale)."), Text::tr("SIZE"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    Text::tr("The folder to write into (created if missing; files of an earlier export are replaced)."), Text::tr("DIR"));
    parser.addOptions({help, database, candidate, pageSize, output});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Usage: %1 export candidate --database FILE --candidate ID|EMAIL [--page-size A4|Letter] --output DIR\n"
                           "       %1 export database --database FILE --output FILE.json\n\n")
                      .arg(program)
            + parser.helpText().section(QLatin1Char('\n'), 2)
            + Text::tr("\nExit codes: 0 ok, 2 usage error, 3 database or candidate not found, 4 unreadable database or unwritable folder.\n");
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Text::tr("export needs what to export: candidate."), program);
    if (positional.first() != QLatin1String("candidate") && positional.first() != QLatin1String("database"))
        return usageError(Text::tr("unknown export “%1”; choose candidate or database.").arg(positional.first()), program);
    if (positional.size() > 1)
        return usageError(Text::tr("export takes one kind of export (unexpected “%1”).").arg(positional.at(1)), program);
    cl.command = CommandLine::Command::Export;
    cl.exportKind = positional.first();
    cl.database = parser.value(database);
    if (cl.database.isEmpty())
        return usageError(Text::tr("export needs --database FILE."), program);
    cl.candidate = parser.value(candidate).trimmed();
    cl.output = parser.value(output);
    if (cl.exportKind == QLatin1String("database")) {
        if (!cl.candidate.isEmpty())
            return usageError(Text::tr("--candidate is for export candidate only."), program);
        if (cl.output.isEmpty())
            return usageError(Text::tr("export database needs --output FILE.json."), program);
        return cl;
    }
    if (cl.candidate.isEmpty())
        return usageError(Text::tr("export candidate needs --candidate ID|EMAIL."), program);
    if (cl.output.isEmpty())
        return usageError(Text::tr("export needs --output DIR (the folder to write into)."), program);
    if (const QString problem = readPageSize(parser, pageSize, cl); !problem.isEmpty())
        return usageError(problem, program);
    return cl;
}

CommandLine parseFromJson(const QStringList &arguments, const QString &program)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Makes a new database from a whole-database JSON export (shortlist export database, "
                                              "docs/database-json.md): every row with its id, the search index and summaries rebuilt, "
                                              "checked before the file appears."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, Text::tr("The new database (must not exist)."), Text::tr("FILE"));
    parser.addOptions({help, output});
    parser.addPositionalArgument(QStringLiteral("JSON"), Text::tr("The export to read."));
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Usage: %1 from-json EXPORT.json --output NEW.shortlist\n\n").arg(program) + parser.helpText().section(QLatin1Char('\n'), 2)
            + Text::tr("\nExit codes: 0 ok, 2 usage error, 3 export not found, 4 output exists or unwritable, 5 not a valid export.\n");
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(Text::tr("from-json reads one export file."), program);
    cl.command = CommandLine::Command::FromJson;
    cl.csv = positional.first();
    cl.output = parser.value(output);
    if (cl.output.isEmpty())
        return usageError(Text::tr("from-json needs --output NEW.shortlist (the database to create)."), program);
    return cl;
}

CommandLine parsePaths(const QStringList &arguments, const QString &program)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), Text::tr("Print the folder for the demo database and backups."));
    parser.addOptions({help, dataDir});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), program);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Usage: %1 paths --data-dir\n\n").arg(program) + parser.helpText().section(QLatin1Char('\n'), 2);
        return cl;
    }
    if (!parser.isSet(dataDir))
        return usageError(Text::tr("paths needs --data-dir."), program);
    cl.command = CommandLine::Command::Paths;
    cl.dataDir = true;
    return cl;
}

} // namespace

CommandLine parseCommandLine(const QStringList &arguments)
{
    const QString program = programName(arguments);
    const QString first = arguments.value(1);
    if (first == QLatin1String("demo"))
        return parseDemo(QStringList{arguments.first()} + arguments.mid(2), program);
    if (first == QLatin1String("metrics"))
        return parseMetrics(QStringList{arguments.first()} + arguments.mid(2), program);
    if (first == QLatin1String("report"))
        return parseReport(QStringList{arguments.first()} + arguments.mid(2), program);
    if (first == QLatin1String("backup"))
        return parseBackup(QStringList{arguments.first()} + arguments.mid(2), program);
    if (first == QLatin1String("import"))
        return parseImport(QStringList{arguments.first()} + arguments.mid(2), program);
    if (first == QLatin1String("from-json"))
        return parseFromJson(QStringList{arguments.first()} + arguments.mid(2), program);
    if (first == QLatin1String("export"))
        return parseExport(QStringList{arguments.first()} + arguments.mid(2), program);
    if (first == QLatin1String("paths"))
        return parsePaths(QStringList{arguments.first()} + arguments.mid(2), program);

    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, Text::tr("Show the version."));
    const QCommandLineOption scorecard(QStringLiteral("scorecard"), Text::tr("A scorecard file to fill in."), Text::tr("FILE"));
    parser.addOptions({help, version, scorecard});
    // Qt's own GUI options (-platform, -style, ...) are not ours to reject:
    // QApplication consumes them, so a parse error here is not fatal.
    parser.parse(arguments);
    CommandLine cl;
    if (parser.isSet(help)) {
        cl.command = CommandLine::Command::Help;
        cl.text = Text::tr("Shortlist %1 — a desktop hiring-pipeline manager.\n\n").arg(QStringLiteral(SHORTLIST_VERSION)) + overview(program);
        return cl;
    }
    if (parser.isSet(version)) {
        cl.command = CommandLine::Command::Version;
        cl.text = QStringLiteral("Shortlist %1\n").arg(QStringLiteral(SHORTLIST_VERSION));
        return cl;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(Text::tr("unknown command “%1”.").arg(positional.first()), program);
    cl.database = positional.value(0);
    if (parser.isSet(scorecard)) {
        cl.scorecardFile = parser.value(scorecard);
        if (cl.scorecardFile.isEmpty() || !cl.database.isEmpty())
            return usageError(Text::tr("--scorecard takes one file and no database."), program);
    }
    return cl;
}

} // namespace shortlist
