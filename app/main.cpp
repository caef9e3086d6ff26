#include "commandline.h"
#include "demo/demogenerator.h"
#include "formats/csvreader.h"
#include "formats/databaseexport.h"
#include "formats/filewriter.h"
#include "import/candidateimport.h"
#include "formats/metricsexport.h"
#include "reports/reportbuilder.h"
#include "reports/reportpdf.h"
#include "reports/subjectaccessfiles.h"
#include "repositories/candidaterepository.h"
#include "repositories/auditrepository.h"
#include "repositories/openingrepository.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "mainwindow.h"
#include "scorecardwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace shortlist;

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

struct Main {
    Q_DECLARE_TR_FUNCTIONS(Main)
};

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("Shortlist"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHORTLIST_VERSION));
}

int runDemo(const CommandLine &cl)
{
    DemoOptions options;
    options.candidates = cl.candidates;
    options.seed = cl.seed;
    options.asOf = cl.asOf;
    int lastPercent = -1;
    const bool showProgress = cl.candidates >= 20000;
    options.progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (showProgress && percent != lastPercent && percent % 10 == 0) {
            print(stderr, Main::tr("  %1% (%2 of %3 candidates)\n").arg(percent).arg(done).arg(total));
            lastPercent = percent;
        }
        return true;
    };
    Result<DemoSummary> summary = DemoGenerator::generate(cl.output, options);
    if (!summary) {
        print(stderr, Main::tr("shortlist demo: %1\n").arg(summary.error().message));
        return summary.error().code == ErrorCode::Invalid ? ExitUsage : ExitIo;
    }
    print(stdout, Main::tr("Created %1: %2 candidates, %3 applications, %4 stage events, %5 interviews, %6 scorecards, %7 hires in %8 s.\n")
                      .arg(QDir::toNativeSeparators(cl.output))
                      .arg(summary->candidates)
                      .arg(summary->applications)
                      .arg(summary->stageEvents)
                      .arg(summary->interviews)
                      .arg(summary->scorecards)
                      .arg(summary->hires)
                      .arg(summary->seconds, 0, 'f', 2));
    return ExitOk;
}

// Who runs the command: the PDF's author.
QString loginName()
{
    QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#ifdef Q_OS_UNIX
    if (name.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid()))
            name = QString::fromLocal8Bit(entry->pw_name);
    }
#endif
    return name;
}

// The opening named on the command line, by id or exact title.
Result<qint64> findOpening(Database &db, const CommandLine &cl)
{
    bool isNumber = false;
    const qint64 id = cl.opening.toLongLong(&isNumber);
    if (isNumber && OpeningRepository(db).loadStagePlan(id))
        return id;
    Result<std::optional<qint64>> byTitle = OpeningRepository(db).findByTitle(cl.opening);
    if (!byTitle)
        return byTitle.error();
    if (!*byTitle)
        return makeError(ErrorCode::NotFound,
                         Main::tr("no opening “%1” in %2. Give an opening's exact title or its id.").arg(cl.opening, QDir::toNativeSeparators(cl.database)));
    return **byTitle;
}

int runMetrics(const CommandLine &cl)
{
    const auto fail = [](const QString &message, int code) {
        print(stderr, Main::tr("shortlist metrics: %1\n").arg(message));
        return code;
    };
    OpenOptions options;
    options.actor = QStringLiteral("shortlist metrics");
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(cl.database, options);
    if (!opened)
        return fail(opened.error().message, opened.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
    Database &db = **opened;
    MetricsFilter filter;
    filter.from = cl.from;
    filter.to = cl.to;
    filter.sources = cl.sources;
    filter.view = funnelViewFromCode(cl.view).value_or(FunnelView::Cohort);
    if (cl.metricsAsOf.isValid())
        filter.now = QDateTime(cl.metricsAsOf.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    if (!cl.opening.isEmpty()) {
        Result<qint64> found = findOpening(db, cl);
        if (!found)
            return fail(found.error().message, found.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
        filter.openingIds = {*found};
    }
    ForecastOptions forecast;
    forecast.months = cl.historyMonths;
    forecast.pooled = cl.pooled;
    Result<MetricsReport> report = MetricsExport::build(db, filter, forecast);
    if (!report)
        return fail(report.error().message, report.error().code == ErrorCode::Invalid ? ExitUsage : ExitIo);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return ExitIo;
    out.write(cl.format == QLatin1String("csv") ? MetricsExport::toCsv(*report)
                                                : QJsonDocument(MetricsExport::toJson(*report)).toJson(QJsonDocument::Indented));
    return ExitOk;
}

int runReport(const CommandLine &cl)
{
    const auto fail = [](const QString &message, int code) {
        print(stderr, Main::tr("shortlist report: %1\n").arg(message));
        return code;
    };
    const auto exitCode = [](const Error &error) {
        switch (error.code) {
        case ErrorCode::NotFound: return int(ExitNotFound);
        case ErrorCode::Invalid: return int(ExitUsage);
        default: return int(ExitIo);
        }
    };
    // Fail before the work when the PDF could not be written anyway.
    const QFileInfo output(cl.output);
    const QFileInfo folder(output.absolutePath());
    if (!folder.isDir() || !folder.isWritable() || (output.exists() && (!output.isFile() || !output.isWritable())))
        return fail(Main::tr("cannot write %1: %2. Choose a file in a folder you can write to.")
                        .arg(QDir::toNativeSeparators(cl.output),
                             !folder.isDir() ? Main::tr("the folder does not exist")
                                             : (output.exists() && !output.isFile() ? Main::tr("it is a folder") : Main::tr("permission denied"))),
                    ExitIo);
    OpenOptions openOptions;
    openOptions.actor = QStringLiteral("shortlist report");
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(cl.database, openOptions);
    if (!opened)
        return fail(opened.error().message, opened.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
    Database &db = **opened;

    ReportOptions options;
    options.kind = reportKindFromCode(cl.reportKind).value_or(ReportKind::Pipeline);
    options.from = cl.from;
    options.to = cl.to;
    options.anonymize = cl.anonymize;
    options.pageSize = cl.pageSize.isEmpty() ? defaultPageSize() : pageSizeFromCode(cl.pageSize).value_or(ReportPageSize::A4);
    options.author = loginName();
    qint64 openingId = 0;
    if (!cl.opening.isEmpty()) {
        Result<qint64> found = findOpening(db, cl);
        if (!found)
            return fail(found.error().message, exitCode(found.error()));
        openingId = *found;
        options.openingIds = {openingId};
    }
    if (options.kind == ReportKind::Candidate) {
        Result<qint64> application = ReportBuilder::findApplication(db, cl.candidate, openingId);
        if (!application)
            return fail(application.error().message, exitCode(application.error()));
        options.applicationId = *application;
    }
    Result<ReportDocument> document = ReportBuilder::build(db, options);
    if (!document)
        return fail(document.error().message, exitCode(document.error()));
    const ReportChartPictures charts = ReportRenderer::drawCharts(*document);
    int pages = 0;
    Result<QByteArray> pdf = ReportPdf::render(*document, charts, {}, &pages);
    if (!pdf)
        return fail(pdf.error().message, ExitIo);
    if (Error error = FileWriter::write(cl.output, *pdf))
        return fail(error.message, ExitIo);
    if (!db.isReadOnly())
        AuditRepository(db).append(QStringLiteral("report"), cl.reportKind, std::nullopt,
                                   QStringLiteral("pdf pages=%1 anonymised=%2").arg(pages).arg(cl.anonymize ? 1 : 0));
    print(stdout, Main::tr("Wrote %1: %n page(s), %2 KB.\n", nullptr, pages).arg(QDir::toNativeSeparators(cl.output)).arg((pdf->size() + 1023) / 1024));
    return ExitOk;
}

int runBackup(const CommandLine &cl)
{
    const auto fail = [](const QString &message, int code) {
        print(stderr, Main::tr("shortlist backup: %1\n").arg(message));
        return code;
    };
    QElapsedTimer timer;
    timer.start();
    OpenOptions options;
    options.actor = loginName().isEmpty() ? QStringLiteral("shortlist backup") : loginName();
    options.migrate = false;      // a backup never upgrades the database
    options.quickCheck = false;   // the copy is checked instead
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(cl.database, options);
    if (!opened)
        return fail(opened.error().message, opened.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
    Result<BackupInfo> written = BackupService::backup(**opened, cl.output);
    if (!written)
        return fail(written.error().message, ExitIo);
    // After the snapshot: the audit log of the database, not of its copy.
    if (Error e = BackupService::recordBackup(**opened, written->path, BackupKind::CommandLine))
        print(stderr, Main::tr("shortlist backup: warning: the backup was not recorded in the audit log: %1\n").arg(e.message));
    print(stdout, Main::tr("Backed up %1 to %2: %3 MB in %4 s.\n")
                      .arg(QDir::toNativeSeparators(cl.database), QDir::toNativeSeparators(cl.output))
                      .arg(double(written->bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                      .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2));
    return ExitOk;
}

int runImport(const CommandLine &cl)
{
    const auto fail = [](const QString &message, int code) {
        print(stderr, Main::tr("shortlist import: %1\n").arg(message));
        return code;
    };
    if (!QFileInfo(cl.csv).isFile())
        return fail(Main::tr("there is no file %1. Give the path of the CSV file to import.").arg(QDir::toNativeSeparators(cl.csv)), ExitNotFound);
    OpenOptions openOptions;
    openOptions.actor = loginName();
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(cl.database, openOptions);
    if (!opened)
        return fail(opened.error().message, opened.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
    Database &db = **opened;
    Result<qint64> opening = findOpening(db, cl);
    if (!opening)
        return fail(opening.error().message, opening.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);

    // A file Shortlist cannot read as CSV (empty, a spreadsheet, binary, bad
    // quoting or encoding) is bad input like a bad row: exit 5, nothing written.
    const auto contentCode = [](const Error &e) {
        return e.code == ErrorCode::Invalid ? int(ExitInvalidRows) : e.code == ErrorCode::NotFound ? int(ExitNotFound) : int(ExitIo);
    };
    const std::optional<CsvDialect::Encoding> encoding = csvEncodingFromCode(cl.encoding);   // parsed: known or empty
    const CsvPreview preview = previewCsv(cl.csv, 0, encoding);
    if (preview.error)
        return fail(preview.error.message, contentCode(preview.error));
    ImportOptions options;
    options.openingId = *opening;
    options.encoding = encoding;
    options.dryRun = cl.dryRun;
    options.allowPartial = cl.allowPartial;
    options.onDuplicate = duplicatePolicyFromCode(cl.onDuplicate).value_or(DuplicatePolicy::Skip);
    if (cl.mappingFile.isEmpty()) {
        options.mapping = ImportSuggestions::suggest(preview.header);
    } else {
        QFile file(cl.mappingFile);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Main::tr("cannot read the mapping %1: %2.").arg(QDir::toNativeSeparators(cl.mappingFile), file.errorString()),
                        file.exists() ? ExitIo : ExitNotFound);
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!json.isObject())
            return fail(Main::tr("the mapping %1 is not JSON (%2). Save it again from the import wizard.")
                            .arg(QDir::toNativeSeparators(cl.mappingFile), parseError.errorString()),
                        ExitUsage);
        Result<ImportMapping> mapping = ImportMapping::fromJson(json.object(), preview.header);
        if (!mapping)
            return fail(mapping.error().message, ExitUsage);
        options.mapping = *mapping;
    }
    if (!cl.dateOrder.isEmpty())
        options.mapping.dateOrder = dateOrderFromCode(cl.dateOrder).value_or(DateOrder::Unknown);
    QStringList columns;
    for (int i = 0; i < preview.header.size(); ++i) {
        if (options.mapping.columns.value(i) != ImportField::Ignore)
            columns << Main::tr("%1 → %2").arg(preview.header.at(i), toCode(options.mapping.columns.value(i)));
    }
    print(stdout, Main::tr("Columns: %1\n").arg(columns.isEmpty() ? Main::tr("none recognised") : columns.join(QStringLiteral(", "))));

    Result<ImportSummary> summary = CandidateImport::run(db, cl.csv, options);
    if (!summary)
        return fail(summary.error().message, contentCode(summary.error()));
    for (const ImportProblem &p : summary->problems)
        print(stderr, Main::tr("line %1: %2\n").arg(p.line).arg(p.message));
    if (summary->invalid > qint64(summary->problems.size()))
        print(stderr, Main::tr("… and more problems; the first %1 are shown.\n").arg(summary->problems.size()));
    const QString counts = Main::tr("%1 rows: %2 new, %3 merged, %4 duplicates skipped, %5 with problems")
                               .arg(summary->rows)
                               .arg(summary->created)
                               .arg(summary->merged)
                               .arg(summary->skipped)
                               .arg(summary->invalid);
    if (summary->written) {
        print(stdout, Main::tr("Imported %1 into %2 as batch %3 in %4 s.\n")
                          .arg(QDir::toNativeSeparators(cl.csv), QDir::toNativeSeparators(cl.database))
                          .arg(summary->batchId)
                          .arg(summary->seconds, 0, 'f', 2)
                          + counts + QLatin1String(".\n"));
        return summary->invalid > 0 ? ExitInvalidRows : ExitOk;
    }
    if (cl.dryRun) {
        print(stdout, Main::tr("Dry run, nothing written: %1.\n").arg(counts));
        return summary->invalid > 0 ? ExitInvalidRows : ExitOk;
    }
    if (summary->invalid > 0) {
        print(stdout, Main::tr("Nothing written: %1. Fix those rows, or import the others with --allow-partial.\n").arg(counts));
        return ExitInvalidRows;
    }
    print(stdout, Main::tr("Nothing to import: %1.\n").arg(counts));
    return ExitOk;
}

int runExport(const CommandLine &cl)
{
    const auto fail = [](const QString &message, int code) {
        print(stderr, Main::tr("shortlist export: %1\n").arg(message));
        return code;
    };
    const QFileInfo folder(cl.output);
    if (folder.exists() && !folder.isDir())
        return fail(Main::tr("%1 is a file; --output names the folder to write into.").arg(QDir::toNativeSeparators(cl.output)), ExitIo);
    OpenOptions openOptions;
    openOptions.actor = loginName().isEmpty() ? QStringLiteral("shortlist export") : loginName();
    Result<std::unique_ptr<Database>> opened = Database::openSqlite(cl.database, openOptions);
    if (!opened)
        return fail(opened.error().message, opened.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
    Database &db = **opened;
    if (cl.exportKind == QLatin1String("database")) {
        Result<DatabaseExportSummary> exported = DatabaseExport::writeFile(db, cl.output);
        if (!exported)
            return fail(exported.error().message, exported.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
        if (Error e = AuditRepository(db).append(QStringLiteral("export"), QStringLiteral("database"), std::nullopt,
                                                 QStringLiteral("json rows=%1").arg(exported->rows)))
            print(stderr, Main::tr("shortlist export: warning: the export was not recorded in the audit log: %1\n").arg(e.message));
        print(stdout, Main::tr("Wrote %1: %2 rows of %3 tables, %4 MB.\n")
                          .arg(QDir::toNativeSeparators(cl.output))
                          .arg(exported->rows)
                          .arg(exported->rowsPerTable.size())
                          .arg(double(exported->bytes) / (1024.0 * 1024.0), 0, 'f', 1));
        return ExitOk;
    }
    Result<QList<QPair<qint64, QString>>> found = CandidateRepository(db).findByIdOrEmail(cl.candidate);
    if (!found)
        return fail(found.error().message, ExitIo);
    if (found->isEmpty())
        return fail(Main::tr("No candidate with the id or email “%1” in %2.").arg(cl.candidate, QDir::toNativeSeparators(cl.database)), ExitNotFound);
    if (found->size() > 1) {
        QStringList ids;
        for (const auto &[id, name] : std::as_const(*found))
            ids << QString::number(id);
        return fail(Main::tr("%1 candidates have the email “%2” (ids %3); give the id with --candidate.")
                        .arg(found->size())
                        .arg(cl.candidate, ids.join(QStringLiteral(", "))),
                    ExitUsage);
    }
    const qint64 candidateId = found->constFirst().first;
    const ReportPageSize pageSize = cl.pageSize.isEmpty() ? defaultPageSize() : pageSizeFromCode(cl.pageSize).value_or(ReportPageSize::A4);
    Result<SubjectAccessWritten> written = SubjectAccessFiles::write(db, candidateId, cl.output, loginName(), pageSize);
    if (!written)
        return fail(written.error().message, written.error().code == ErrorCode::NotFound ? ExitNotFound : ExitIo);
    if (!written->auditProblem.isEmpty())
        print(stderr, Main::tr("shortlist export: warning: %1\n").arg(written->auditProblem));
    QStringList files{QFileInfo(written->jsonPath).fileName(), QFileInfo(written->pdfPath).fileName()};
    for (const QString &path : std::as_const(written->attachmentPaths))
        files << QFileInfo(path).fileName();
    print(stdout, Main::tr("Wrote %1 into %2 (PDF pages: %3).\n")
                      .arg(files.join(QStringLiteral(", ")), QDir::toNativeSeparators(cl.output))
                      .arg(written->pages));
    return ExitOk;
}

int runFromJson(const CommandLine &cl)
{
    const QString &json = cl.csv;
    if (!QFileInfo(json).isFile()) {
        print(stderr, Main::tr("shortlist from-json: there is no file %1.\n").arg(QDir::toNativeSeparators(json)));
        return ExitNotFound;
    }
    if (QFileInfo::exists(cl.output)) {
        print(stderr, Main::tr("shortlist from-json: %1 already exists. The import always creates a new database: choose another name.\n")
                          .arg(QDir::toNativeSeparators(cl.output)));
        return ExitIo;
    }
    Result<DatabaseExportSummary> loaded = DatabaseExport::read(json, cl.output);
    if (!loaded) {
        print(stderr, Main::tr("shortlist from-json: %1\n").arg(loaded.error().message));
        switch (loaded.error().code) {
        case ErrorCode::NotFound: return ExitNotFound;
        case ErrorCode::Io:
        case ErrorCode::ReadOnly:
        case ErrorCode::DiskFull: return ExitIo;
        default: return ExitInvalidRows;   // not an export, a newer one, or damaged
        }
    }
    print(stdout, Main::tr("Created %1 from %2: %3 rows of %4 tables.\n")
                      .arg(QDir::toNativeSeparators(cl.output), QDir::toNativeSeparators(json))
                      .arg(loaded->rows)
                      .arg(loaded->rowsPerTable.size()));
    return ExitOk;
}

int runGui(int argc, char **argv, const CommandLine &cl)
{
    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Shortlist"));
    QApplication::setDesktopFileName(QStringLiteral("org.example.Shortlist"));
    installTranslators(app);
    if (!cl.scorecardFile.isEmpty()) {
        ScorecardWindow scorecard;
        scorecard.show();
        if (!scorecard.openFile(cl.scorecardFile))
            return ExitIo;
        return QApplication::exec();
    }
    AppSettings settings;
    MainWindow window(settings);
    window.show();
    const QString path = !cl.database.isEmpty() ? cl.database : settings.lastDatabase();
    if (!path.isEmpty() && (!cl.database.isEmpty() || QFileInfo::exists(path))) {
        // After the window is up, so the user sees it at once even on a big file.
        QTimer::singleShot(0, &window, [&window, path] { window.openDatabase(path); });
    }
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const CommandLine cl = parseCommandLine(arguments);
    switch (cl.command) {
    case CommandLine::Command::Help:
    case CommandLine::Command::Version:
        print(stdout, cl.text);
        return ExitOk;
    case CommandLine::Command::UsageError:
        print(stderr, cl.text + QLatin1Char('\n'));
        return ExitUsage;
    case CommandLine::Command::Paths: {
        QCoreApplication app(argc, argv);
        setIdentity();
        print(stdout, QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)) + QLatin1Char('\n'));
        return ExitOk;
    }
    case CommandLine::Command::Demo: {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runDemo(cl);
    }
    case CommandLine::Command::Metrics: {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runMetrics(cl);
    }
    case CommandLine::Command::Report: {
        // Reports draw their charts with widgets, but never need a display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runReport(cl);
    }
    case CommandLine::Command::Backup: {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runBackup(cl);
    }
    case CommandLine::Command::Import: {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runImport(cl);
    }
    case CommandLine::Command::FromJson: {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runFromJson(cl);
    }
    case CommandLine::Command::Export: {
        // The readable PDF needs fonts, never a display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        setIdentity();
        installTranslators(app);
        return runExport(cl);
    }
    case CommandLine::Command::Gui:
        break;
    }
    return runGui(argc, argv, cl);
}
