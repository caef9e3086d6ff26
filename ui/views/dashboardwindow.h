#pragma once

#include "formats/metricsexport.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace shortlist {

class CalibrationChart;
class ChartWidget;
class Database;
class ForecastChart;
class FunnelChart;
class StackedBarChart;
class TimeInStageChart;
class WeeklyChart;

// The result of one refresh, computed off the UI thread: first the metrics
// and forecast, then (for one opening) the slower calibration data.
struct DashboardData {
    std::optional<MetricsReport> report;
    std::optional<Calibration> calibration;
    std::optional<QStringList> sources;   // the source filter's choices, when asked for
    Error error;
    qint64 generation = 0;
    double milliseconds = 0;
};

// View › Dashboard: pipeline metrics of one opening or all of them as
// QCustomPlot charts, with filters (period, opening, source, stage, funnel
// view, forecast history). Data is computed on a worker thread with its own
// read-only connection; a newer request supersedes (cancels) an older one;
// every chart is then replotted once.
class DashboardWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit DashboardWindow(QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // The database to chart (its path is opened read-only by the worker).
    void setDatabase(Database *db);
    // Refresh soon (coalesces bursts of changes into one refresh).
    void scheduleRefresh();
    // Tests and the benchmark: compute on this thread with the open database and apply.
    bool refreshNow();
    bool isRefreshing() const { return m_watcher.isRunning() || m_calibrationWatcher.isRunning(); }

    // Filters (tests; the widgets call these too).
    void setOpening(qint64 openingId);   // 0: every opening
    void setPeriod(const QDate &from, const QDate &to);
    void setSource(const QString &source);   // empty: every source
    void setView(FunnelView view);
    MetricsFilter filter() const;
    ForecastOptions forecastOptions() const;

    QList<ChartWidget *> charts() const;
    FunnelChart *funnelChart() const { return m_funnel; }
    TimeInStageChart *timeInStageChart() const { return m_timeInStage; }
    WeeklyChart *weeklyChart() const { return m_weekly; }
    StackedBarChart *sourceChart() const { return m_sources; }
    StackedBarChart *rejectionChart() const { return m_rejections; }
    CalibrationChart *calibrationChart() const { return m_calibration; }
    ForecastChart *forecastChart() const { return m_forecast; }
    QString healthText() const;
    const std::optional<MetricsReport> &report() const { return m_report; }
    // The charts as one image (Edit › Copy copies it).
    QImage chartsImage() const;
    // Applies a computed report to every chart (one replot each).
    void apply(const MetricsReport &report);
    // What the worker computes for a refresh: metrics on this thread, the
    // forecasts in parallel, each with its own read-only connection to `path`.
    // `withSources` also lists the candidates' sources (a scan of every candidate).
    static DashboardData computeData(const QString &path, const MetricsFilter &filter, const ForecastOptions &forecast, qint64 generation = 0,
                                     bool withSources = false);

Q_SIGNALS:
    // A click on a funnel bar (the stage reached) or a source: list them.
    void openCandidates(qint64 openingId, const QString &reachedStage, const QString &source, const QDate &from, const QDate &to);

private:
    void buildFilters();
    void buildCharts();
    void reloadChoices();
    void setSourceChoices(const QStringList &sources);
    void startRefresh();
    void finished();
    void calibrationFinished();
    void applyCalibration(const std::optional<Calibration> &calibration);
    void chartMenu(ChartWidget *chart, const QPoint &pos);
    void copyImage();
    void periodChanged();

    Database *m_db = nullptr;
    QString m_path;
    qint64 m_generation = 0;
    bool m_loadingChoices = false;
    bool m_sourcesLoaded = false;
    QTimer m_refreshTimer;
    QFutureWatcher<DashboardData> m_watcher;
    QFutureWatcher<DashboardData> m_calibrationWatcher;
    std::optional<MetricsReport> m_report;

    QComboBox *m_opening = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QAction *m_fromAction = nullptr;
    QAction *m_dashAction = nullptr;
    QAction *m_toAction = nullptr;
    QComboBox *m_source = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_view = nullptr;
    QSpinBox *m_months = nullptr;
    QCheckBox *m_pooled = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_health = nullptr;
    QWidget *m_chartArea = nullptr;

    FunnelChart *m_funnel = nullptr;
    TimeInStageChart *m_timeInStage = nullptr;
    WeeklyChart *m_weekly = nullptr;
    StackedBarChart *m_sources = nullptr;
    StackedBarChart *m_rejections = nullptr;
    CalibrationChart *m_calibration = nullptr;
    ForecastChart *m_forecast = nullptr;
};

} // namespace shortlist
