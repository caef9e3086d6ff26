#include "commandline.h"
#include "demo/demogenerator.h"
#include "formats/filewriter.h"
#include "formats/metricsexport.h"
#include "reports/reportbuilder.h"
#include "reports/reportpdf.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"
#include "mainwindow.h"
#include "scorecardwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
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
    print(stdout, Main::tr("Wrote %1: %n page(s), %2 KB.\n", nullptr, pages).arg(QDir::toNativeSeparators(cl.output)).arg((pdf->size() + 1023) / 1024));
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
    case CommandLine::Command::Gui:
        break;
    }
    return runGui(argc, argv, cl);
}
