#include "commandline.h"
#include "demo/demogenerator.h"
#include "formats/metricsexport.h"
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
        bool isNumber = false;
        const qint64 id = cl.opening.toLongLong(&isNumber);
        std::optional<qint64> found;
        if (isNumber && OpeningRepository(db).loadStagePlan(id))
            found = id;
        if (!found) {
            Result<std::optional<qint64>> byTitle = OpeningRepository(db).findByTitle(cl.opening);
            if (!byTitle)
                return fail(byTitle.error().message, ExitIo);
            found = *byTitle;
        }
        if (!found)
            return fail(Main::tr("no opening “%1” in %2. Give an opening's exact title or its id.").arg(cl.opening, QDir::toNativeSeparators(cl.database)),
                        ExitNotFound);
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
    case CommandLine::Command::Gui:
        break;
    }
    return runGui(argc, argv, cl);
}
