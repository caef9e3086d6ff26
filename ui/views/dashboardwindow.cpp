#include "dashboardwindow.h"

#include "charts/dashboardcharts.h"
#include "charts/qcustomplotinclude.h"
#include "dialogs/prompts.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"
#include "views/interviewspanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace shortlist {

namespace {

enum Period { AllTime, Last30, Last90, Last6Months, Last12Months, Custom };

Result<std::unique_ptr<Database>> openForReading(const QString &path)
{
    return Database::openSqliteReader(path, QStringLiteral("dashboard"));
}

} // namespace

DashboardData DashboardWindow::computeData(const QString &path, const MetricsFilter &filter, const ForecastOptions &forecast, qint64 generation,
                                           bool withSources)
{
    DashboardData d;
    d.generation = generation;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Database>> db = openForReading(path);
    if (!db) {
        d.error = db.error();
        return d;
    }
    // The forecasts read other history: on the second core, with a connection of their own.
    ForecastOptions options = forecast;
    options.now = filter.now > 0 ? filter.now : QDateTime::currentSecsSinceEpoch();
    QFuture<Result<QList<OpeningForecast>>> forecasts = QtConcurrent::run([path, filter, options]() -> Result<QList<OpeningForecast>> {
        Result<std::unique_ptr<Database>> own = openForReading(path);
        if (!own)
            return own.error();
        return MetricsExport::forecasts(**own, filter.openingIds, options);
    });
    MetricsFilter now = filter;
    now.now = options.now;
    if (withSources) {
        if (Result<QStringList> sources = MetricsRepository(**db).sources(); sources)
            d.sources = *sources;
    }
    Result<MetricsReport> report = MetricsExport::build(**db, now, forecast, false, false);
    forecasts.waitForFinished();
    Result<QList<OpeningForecast>> f = forecasts.result();
    if (report && f) {
        d.report = *report;
        d.report->forecasts = *f;
    } else {
        d.error = report ? f.error() : report.error();
    }
    d.milliseconds = double(timer.nsecsElapsed()) / 1e6;
    return d;
}

namespace {

DashboardData computeCalibration(const QString &path, qint64 openingId, qint64 generation)
{
    DashboardData d;
    d.generation = generation;
    Result<std::unique_ptr<Database>> db = openForReading(path);
    if (!db) {
        d.error = db.error();
        return d;
    }
    Result<Calibration> c = CalibrationRepository(**db).compute(openingId);
    if (c)
        d.calibration = *c;
    else
        d.error = c.error();
    return d;
}

QString plural(const char *text, qint64 n) { return DashboardWindow::tr(text, nullptr, int(n)); }

} // namespace

DashboardWindow::DashboardWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Dashboard — Shortlist"));
    resize(1400, 980);
    buildFilters();
    buildCharts();
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(250);
    connect(&m_refreshTimer, &QTimer::timeout, this, &DashboardWindow::startRefresh);
    connect(&m_watcher, &QFutureWatcher<DashboardData>::finished, this, &DashboardWindow::finished);
    connect(&m_calibrationWatcher, &QFutureWatcher<DashboardData>::finished, this, &DashboardWindow::calibrationFinished);

    QMenu *file = menuBar()->addMenu(tr("&Dashboard"));
    QAction *refresh = file->addAction(tr("&Refresh"), this, &DashboardWindow::scheduleRefresh);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction *copy = file->addAction(tr("&Copy Charts as Image"), this, &DashboardWindow::copyImage);
    copy->setObjectName(QStringLiteral("actionCopyCharts"));
    copy->setShortcut(QKeySequence::Copy);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
}

DashboardWindow::~DashboardWindow()
{
    m_watcher.waitForFinished();
    m_calibrationWatcher.waitForFinished();
}

void DashboardWindow::buildFilters()
{
    auto *bar = new QToolBar(tr("Filters"), this);
    bar->setObjectName(QStringLiteral("dashboardFilters"));
    bar->setMovable(false);
    addToolBar(Qt::TopToolBarArea, bar);
    const auto labelled = [bar](const QString &text, QWidget *w) {
        bar->addWidget(new QLabel(text, bar));
        bar->addWidget(w);
        bar->addSeparator();
    };
    m_opening = new QComboBox(bar);
    m_opening->setObjectName(QStringLiteral("openingFilter"));
    m_opening->setMinimumContentsLength(22);
    labelled(tr(" Opening: "), m_opening);
    m_period = new QComboBox(bar);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItems({tr("All time"), tr("Last 30 days"), tr("Last 90 days"), tr("Last 6 months"), tr("Last 12 months"), tr("Custom dates")});
    bar->addWidget(new QLabel(tr(" Period: "), bar));
    bar->addWidget(m_period);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6), bar);
    m_from->setCalendarPopup(true);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(QDate::currentDate(), bar);
    m_to->setCalendarPopup(true);
    m_to->setObjectName(QStringLiteral("toDate"));
    // In a tool bar a widget is shown and hidden through its action.
    m_fromAction = bar->addWidget(m_from);
    m_dashAction = bar->addWidget(new QLabel(tr("–"), bar));
    m_toAction = bar->addWidget(m_to);
    bar->addSeparator();
    m_source = new QComboBox(bar);
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    labelled(tr(" Source: "), m_source);
    m_stage = new QComboBox(bar);
    m_stage->setObjectName(QStringLiteral("stageFilter"));
    m_stage->addItem(tr("All stages"), -1);
    for (StageCategory c : {StageCategory::Applied, StageCategory::Screen, StageCategory::Interview, StageCategory::Offer})
        m_stage->addItem(displayName(c), int(c));
    m_stage->setToolTip(tr("Limits time in stage, rejections and stalls to stages of this kind"));
    labelled(tr(" Stage: "), m_stage);
    m_view = new QComboBox(bar);
    m_view->setObjectName(QStringLiteral("viewFilter"));
    m_view->addItem(tr("Cohort"), int(FunnelView::Cohort));
    m_view->addItem(tr("Snapshot"), int(FunnelView::Snapshot));
    m_view->addItem(tr("Activity"), int(FunnelView::Activity));
    m_view->setItemData(0, tr("Applications made in the period, by how far each has got"), Qt::ToolTipRole);
    m_view->setItemData(1, tr("Where the applications stood at the end of the period"), Qt::ToolTipRole);
    m_view->setItemData(2, tr("Stage moves inside the period"), Qt::ToolTipRole);
    labelled(tr(" Funnel: "), m_view);
    m_months = new QSpinBox(bar);
    m_months->setObjectName(QStringLiteral("historyMonths"));
    m_months->setRange(1, 120);
    m_months->setValue(6);
    m_months->setSuffix(tr(" months"));
    m_months->setToolTip(tr("How much history the forecast learns from"));
    bar->addWidget(new QLabel(tr(" Forecast from: "), bar));
    bar->addWidget(m_months);
    m_pooled = new QCheckBox(tr("all openings"), bar);
    m_pooled->setObjectName(QStringLiteral("pooledHistory"));
    m_pooled->setToolTip(tr("Learn from every opening's history, not only this one's"));
    bar->addWidget(m_pooled);

    for (QComboBox *box : {m_opening, m_source, m_stage, m_view})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loadingChoices)
                scheduleRefresh();
        });
    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardWindow::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardWindow::scheduleRefresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardWindow::scheduleRefresh);
    connect(m_months, &QSpinBox::valueChanged, this, &DashboardWindow::scheduleRefresh);
    connect(m_pooled, &QCheckBox::toggled, this, &DashboardWindow::scheduleRefresh);
    periodChanged();
}

void DashboardWindow::buildCharts()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_health = new QLabel(central);
    m_health->setObjectName(QStringLiteral("healthSummary"));
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::RichText);
    layout->addWidget(m_health);
    auto *scroll = new QScrollArea(central);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_chartArea = new QWidget(scroll);
    m_chartArea->setObjectName(QStringLiteral("chartArea"));
    auto *grid = new QGridLayout(m_chartArea);
    m_funnel = new FunnelChart(m_chartArea);
    m_timeInStage = new TimeInStageChart(m_chartArea);
    m_weekly = new WeeklyChart(m_chartArea);
    m_sources = new StackedBarChart(tr("Sources: how far their applications got"), tr("Applications"), m_chartArea);
    m_sources->setObjectName(QStringLiteral("sourceChart"));
    m_rejections = new StackedBarChart(tr("Rejections by stage and reason"), tr("Rejections"), m_chartArea);
    m_rejections->setObjectName(QStringLiteral("rejectionChart"));
    m_calibration = new CalibrationChart(m_chartArea);
    m_forecast = new ForecastChart(m_chartArea);
    grid->addWidget(m_funnel, 0, 0);
    grid->addWidget(m_timeInStage, 0, 1);
    grid->addWidget(m_weekly, 1, 0, 1, 2);
    grid->addWidget(m_sources, 2, 0);
    grid->addWidget(m_rejections, 2, 1);
    grid->addWidget(m_calibration, 3, 0);
    grid->addWidget(m_forecast, 3, 1);
    for (ChartWidget *chart : charts()) {
        chart->setMinimumHeight(300);
        chart->setContextMenuPolicy(Qt::CustomContextMenu);
        chart->plot()->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chart->plot(), &QWidget::customContextMenuRequested, this, [this, chart](const QPoint &pos) { chartMenu(chart, pos); });
        chart->setEmptyReason(tr("Open a database to see its pipeline."));
    }
    connect(m_funnel, &ChartWidget::activated, this, [this](const QString &key) {
        if (!m_report || m_report->openings.size() != 1)
            return;
        for (const FunnelStep &s : std::as_const(m_report->metrics.stageFunnel)) {
            if (QString::number(s.stageId) == key)
                Q_EMIT openCandidates(m_report->openings.constFirst().first, s.name, QString(), filter().from, filter().to);
        }
    });
    connect(m_sources, &ChartWidget::activated, this, [this](const QString &source) {
        if (m_report && m_report->openings.size() == 1)
            Q_EMIT openCandidates(m_report->openings.constFirst().first, QString(), source, filter().from, filter().to);
    });
    scroll->setWidget(m_chartArea);
    layout->addWidget(scroll, 1);
    setCentralWidget(central);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    statusBar()->addWidget(m_status, 1);
}

QList<ChartWidget *> DashboardWindow::charts() const
{
    return {m_funnel, m_timeInStage, m_weekly, m_sources, m_rejections, m_calibration, m_forecast};
}

void DashboardWindow::setDatabase(Database *db)
{
    m_db = db;
    m_path = db ? db->path() : QString();
    m_report.reset();
    reloadChoices();
    if (!db) {
        for (ChartWidget *chart : charts())
            chart->setEmptyReason(tr("Open a database to see its pipeline."));
        m_health->clear();
        return;
    }
    scheduleRefresh();
}

void DashboardWindow::reloadChoices()
{
    m_loadingChoices = true;
    const qint64 opening = m_opening->currentData().toLongLong();
    m_opening->clear();
    m_opening->addItem(tr("All openings"), 0);
    if (m_db) {
        if (Result<QList<QPair<qint64, QString>>> openings = OpeningRepository(*m_db).titles(); openings) {
            for (const auto &[id, title] : std::as_const(*openings))
                m_opening->addItem(title, id);
        }
    }
    m_opening->setCurrentIndex(std::max(0, m_opening->findData(opening)));
    m_loadingChoices = false;
    // Listing the sources reads every candidate: the first refresh's worker does it.
    m_sourcesLoaded = false;
    setSourceChoices({});
}

void DashboardWindow::setSourceChoices(const QStringList &sources)
{
    m_loadingChoices = true;
    const QString source = m_source->currentData().toString();
    m_source->clear();
    m_source->addItem(tr("All sources"), QString());
    for (const QString &s : sources)
        m_source->addItem(s, s);
    if (!source.isEmpty() && m_source->findData(source) < 0)
        m_source->addItem(source, source);
    m_source->setCurrentIndex(std::max(0, m_source->findData(source)));
    m_loadingChoices = false;
}

void DashboardWindow::setOpening(qint64 openingId)
{
    const int index = m_opening->findData(openingId);
    if (index >= 0)
        m_opening->setCurrentIndex(index);
}

void DashboardWindow::setPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker a(m_from), b(m_to);
    if (!from.isValid() && !to.isValid()) {
        m_period->setCurrentIndex(AllTime);
        return;
    }
    m_from->setDate(from.isValid() ? from : QDate(2000, 1, 1));
    m_to->setDate(to.isValid() ? to : QDate::currentDate());
    m_period->setCurrentIndex(Custom);
    scheduleRefresh();
}

void DashboardWindow::setSource(const QString &source) { m_source->setCurrentIndex(std::max(0, m_source->findData(source))); }
void DashboardWindow::setView(FunnelView view) { m_view->setCurrentIndex(m_view->findData(int(view))); }

void DashboardWindow::periodChanged()
{
    const int period = m_period->currentIndex();
    const QDate today = QDate::currentDate();
    {
        const QSignalBlocker a(m_from), b(m_to);
        switch (period) {
        case Last30: m_from->setDate(today.addDays(-29)); break;
        case Last90: m_from->setDate(today.addDays(-89)); break;
        case Last6Months: m_from->setDate(today.addMonths(-6)); break;
        case Last12Months: m_from->setDate(today.addMonths(-12)); break;
        default: break;
        }
        if (period != Custom && period != AllTime)
            m_to->setDate(today);
    }
    for (QAction *a : {m_fromAction, m_dashAction, m_toAction}) {
        if (a)
            a->setVisible(period != AllTime);
    }
    m_from->setEnabled(period == Custom);
    m_to->setEnabled(period == Custom);
    scheduleRefresh();
}

MetricsFilter DashboardWindow::filter() const
{
    MetricsFilter f;
    if (const qint64 id = m_opening->currentData().toLongLong(); id > 0)
        f.openingIds = {id};
    if (m_period->currentIndex() != AllTime) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (const QString source = m_source->currentData().toString(); !source.isEmpty())
        f.sources = {source};
    f.view = FunnelView(m_view->currentData().toInt());
    return f;
}

ForecastOptions DashboardWindow::forecastOptions() const
{
    ForecastOptions o;
    o.months = m_months->value();
    o.pooled = m_pooled->isChecked();
    return o;
}

void DashboardWindow::scheduleRefresh()
{
    if (m_db)
        m_refreshTimer.start();
}

void DashboardWindow::startRefresh()
{
    if (!m_db)
        return;
    ++m_generation;
    if (m_watcher.isRunning()) {
        // The running one is superseded: its result is dropped when it lands.
        m_refreshTimer.start();
        return;
    }
    m_status->setText(tr("Refreshing…"));
    const MetricsFilter f = filter();
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        m_status->setText(tr("The period ends before it starts; swap the dates."));
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(&DashboardWindow::computeData, m_path, f, forecastOptions(), m_generation, !m_sourcesLoaded));
}

void DashboardWindow::finished()
{
    const DashboardData d = m_watcher.result();
    if (d.generation != m_generation) {
        startRefresh();   // a newer request is waiting
        return;
    }
    if (d.sources) {
        setSourceChoices(*d.sources);
        m_sourcesLoaded = true;
    }
    if (!d.report) {
        m_status->setText(tr("Cannot compute the metrics: %1").arg(d.error.message));
        return;
    }
    apply(*d.report);
    m_status->setText(tr("Updated %1 in %2 ms").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)).arg(qRound(d.milliseconds)));
    // The calibration data follows; its chart says so meanwhile.
    if (d.report->metrics.filter.openingIds.size() == 1 && !m_calibrationWatcher.isRunning()) {
        m_calibration->setEmptyReason(tr("Computing interviewer calibration…"));
        m_calibrationWatcher.setFuture(QtConcurrent::run(computeCalibration, m_path, d.report->metrics.filter.openingIds.constFirst(), m_generation));
    }
}

void DashboardWindow::calibrationFinished()
{
    const DashboardData d = m_calibrationWatcher.result();
    if (d.generation != m_generation || !m_report)
        return;
    if (!d.calibration) {
        m_calibration->setEmptyReason(tr("Cannot compute the calibration: %1").arg(d.error.message));
        return;
    }
    applyCalibration(d.calibration);
}

bool DashboardWindow::refreshNow()
{
    if (!m_db)
        return false;
    if (!m_sourcesLoaded) {
        if (Result<QStringList> sources = MetricsRepository(*m_db).sources(); sources) {
            setSourceChoices(*sources);
            m_sourcesLoaded = true;
        }
    }
    const MetricsFilter f = filter();
    Result<MetricsReport> report = MetricsExport::build(*m_db, f, forecastOptions(), f.openingIds.size() == 1);
    if (!report) {
        m_status->setText(tr("Cannot compute the metrics: %1").arg(report.error().message));
        return false;
    }
    apply(*report);
    if (!report->calibrations.isEmpty())
        applyCalibration(report->calibrations.constFirst().calibration);
    return true;
}

void DashboardWindow::apply(const MetricsReport &report)
{
    m_report = report;
    const PipelineMetrics &m = report.metrics;
    const bool oneOpening = report.metrics.filter.openingIds.size() == 1;
    const int stageFilter = m_stage->currentData().toInt();
    const auto inStage = [&](qint64 stageId, StageCategory category) {
        return stageFilter < 0 || int(stageId ? m.stageCategories.value(stageId, category) : category) == stageFilter;
    };
    const QString nothingApplied = m.filter.sources.isEmpty() ? tr("No applications in this period. Widen the period or choose another opening.")
                                                              : tr("No applications from this source in this period. Widen the period or choose all sources.");

    if (m.applications == 0 && m.filter.view != FunnelView::Activity) {
        m_funnel->setEmptyReason(nothingApplied);
    } else {
        BarSeries funnel = funnelSeries(oneOpening ? m.stageFunnel : m.funnel);
        if (!oneOpening)
            funnel.keys.clear();   // the candidate list is per opening
        m_funnel->setEmptyReason({});
        m_funnel->setSeries(funnel);
    }

    QList<StageTime> stays;
    for (const StageTime &t : m.timeInStage) {
        if (inStage(t.stageId, t.category))
            stays << t;
    }
    const BoxSeries boxes = timeInStageSeries(stays);
    if (boxes.categories.isEmpty()) {
        m_timeInStage->setEmptyReason(tr("No stage visits began in this period, so there is no time in stage to show."));
    } else {
        m_timeInStage->setEmptyReason({});
        m_timeInStage->setSeries(boxes);
    }

    const bool anyWeek = std::any_of(m.weekly.cbegin(), m.weekly.cend(), [](const WeekPoint &w) { return w.applications > 0 || w.hires > 0; });
    if (!anyWeek) {
        m_weekly->setEmptyReason(nothingApplied);
    } else {
        m_weekly->setEmptyReason({});
        m_weekly->setSeries(weeklySeries(m.weekly, 4), 4);
    }

    if (m.sources.isEmpty()) {
        m_sources->setEmptyReason(nothingApplied);
    } else {
        StackedSeries sources = sourceSeries(m.sources);
        if (!oneOpening)
            sources.keys = QStringList(sources.keys.size());
        m_sources->setEmptyReason({});
        m_sources->setSeries(sources);
    }

    QList<ReasonCount> rejections;
    for (const ReasonCount &r : m.rejections) {
        if (!inStage(r.stageId, StageCategory::Applied))
            continue;
        ReasonCount shown = r;
        if (!oneOpening) {
            // Openings name their stages differently: group them by kind.
            const StageCategory category = m.stageCategories.value(r.stageId, StageCategory::Applied);
            shown.stage = displayName(category);
            shown.stageId = -1 - canonicalRank(category);
        }
        rejections << shown;
    }
    if (!oneOpening) {
        std::stable_sort(rejections.begin(), rejections.end(), [](const ReasonCount &a, const ReasonCount &b) { return a.stageId > b.stageId; });
    }
    if (rejections.isEmpty()) {
        m_rejections->setEmptyReason(tr("No rejections in this period."));
    } else {
        m_rejections->setEmptyReason({});
        m_rejections->setSeries(rejectionSeries(rejections));
    }

    if (!oneOpening) {
        m_calibration->setEmptyReason(tr("Choose one opening: calibration compares interviewers on the same candidates of an opening."));
        m_forecast->setEmptyReason(tr("Choose one opening to forecast its remaining hires."));
    } else {
        const Forecast &f = report.forecasts.constFirst().forecast;
        if (f.remaining == 0) {
            m_forecast->setEmptyReason(tr("The headcount is filled: there is nothing to forecast."));
        } else {
            m_forecast->setEmptyReason({});
            QDate target;
            for (const OpeningFill &fill : m.fills)
                target = fill.targetOn;
            m_forecast->setSeries(forecastSeries(f, target));
        }
    }

    // The headline numbers, each with its sample size.
    QStringList parts;
    parts << tr("<b>%1</b> applications").arg(QLocale().toString(m.applications));
    parts << plural("<b>%n</b> stalled now", m.stalledTotal);
    parts << plural("<b>%n</b> overdue scorecard(s)", m.overdueScorecards);
    const Proportion acceptance = m.offers.acceptance();
    parts << tr("offer acceptance <b>%1</b> (%2 of %3 decided)").arg(shareText(acceptance)).arg(acceptance.part).arg(acceptance.whole);
    if (m.timeToHire.median)
        parts << tr("time to hire: median <b>%1 days</b> (n=%2)").arg(QLocale().toString(*m.timeToHire.median, 'f', 0)).arg(m.timeToHire.count);
    const QList<OpeningForecast> risky = report.atRisk();
    QStringList atRisk;
    for (const OpeningForecast &f : risky)
        atRisk << tr("%1 (last hire forecast %2)").arg(f.title.toHtmlEscaped(), QLocale().toString(*f.forecast.hireDate, QLocale::ShortFormat));
    if (!atRisk.isEmpty())
        parts << tr("<span style='color:#D55E00'>at risk of missing the target date: %1</span>").arg(atRisk.join(QStringLiteral(", ")));
    QString text = parts.join(QStringLiteral(" · "));
    if (oneOpening && !report.forecasts.isEmpty()) {
        const Forecast &f = report.forecasts.constFirst().forecast;
        text += QStringLiteral("<br><small>") + tr("Forecast history: %1.").arg(f.history.toHtmlEscaped());
        for (const QString &w : f.warnings)
            text += QLatin1Char(' ') + w.toHtmlEscaped();
        text += QStringLiteral("</small>");
    }
    m_health->setText(text);
}

void DashboardWindow::applyCalibration(const std::optional<Calibration> &calibration)
{
    if (m_report && calibration) {
        m_report->calibrations = {OpeningCalibration{m_report->openings.value(0).first, m_report->openings.value(0).second, *calibration}};
    }
    const DotSeries dots = calibration ? calibrationSeries(calibration->interviewers) : DotSeries{};
    if (dots.names.isEmpty()) {
        m_calibration->setEmptyReason(tr("No interviewer can be compared with a panel yet: that needs submitted scorecards from two "
                                         "or more interviewers on the same candidate and competency."));
    } else {
        m_calibration->setEmptyReason({});
        m_calibration->setSeries(dots);
    }
}

QString DashboardWindow::healthText() const { return m_health->text(); }

QImage DashboardWindow::chartsImage() const
{
    return m_chartArea->grab().toImage();
}

void DashboardWindow::copyImage()
{
    QApplication::clipboard()->setImage(chartsImage());
    m_status->setText(tr("Copied the charts as an image."));
}

void DashboardWindow::chartMenu(ChartWidget *chart, const QPoint &pos)
{
    if (chart->isEmpty())
        return;
    QMenu menu(this);
    const QString base = QDir::home().filePath(chart->title());
    menu.addAction(tr("Export as PNG…"), this, [this, chart, base] {
        const QString path = Prompts::saveFileName(this, tr("Export Chart"), tr("PNG images (*.png)"), base + QStringLiteral(".png"));
        if (!path.isEmpty() && !chart->exportPng(path))
            Prompts::error(this, tr("Cannot export the chart"), tr("%1 cannot be written. Choose a folder you can write to.").arg(QDir::toNativeSeparators(path)));
    });
    menu.addAction(tr("Export as PDF (vector)…"), this, [this, chart, base] {
        const QString path = Prompts::saveFileName(this, tr("Export Chart"), tr("PDF documents (*.pdf)"), base + QStringLiteral(".pdf"));
        if (!path.isEmpty() && !chart->exportPdf(path))
            Prompts::error(this, tr("Cannot export the chart"), tr("%1 cannot be written. Choose a folder you can write to.").arg(QDir::toNativeSeparators(path)));
    });
    menu.addAction(tr("Copy Dashboard as Image"), this, &DashboardWindow::copyImage);
    menu.exec(chart->plot()->mapToGlobal(pos));
}

} // namespace shortlist
