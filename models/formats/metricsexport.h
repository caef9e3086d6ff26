#pragma once

#include "repositories/calibrationrepository.h"
#include "repositories/metricsrepository.h"
#include "storage/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace shortlist {

class Database;

struct OpeningForecast {
    qint64 openingId = 0;
    QString title;
    Forecast forecast;
};

struct OpeningCalibration {
    qint64 openingId = 0;
    QString title;
    Calibration calibration;
};

// Everything `shortlist metrics` prints: the pipeline metrics for the
// filter, and per opening in scope its forecast and calibration data.
struct MetricsReport {
    QDateTime generated;
    QString database;
    QList<QPair<qint64, QString>> openings;   // in scope: id, title
    PipelineMetrics metrics;
    QList<OpeningForecast> forecasts;
    QList<OpeningCalibration> calibrations;
    // Openings whose forecast median hire date is after their target date.
    QList<OpeningForecast> atRisk() const;
};

// Builds, and writes as JSON (format "shortlist-metrics", version 1, see
// docs/metrics-json.md) or as tidy CSV (section, opening, item, measure,
// value, n).
class MetricsExport {
    Q_DECLARE_TR_FUNCTIONS(MetricsExport)

public:
    static constexpr auto format = "shortlist-metrics";
    static constexpr int version = 1;

    static Result<MetricsReport> build(Database &db, const MetricsFilter &filter, const ForecastOptions &forecast = {}, bool calibration = true,
                                       bool forecasts = true);
    // The forecast of each opening in `openingIds` (every opening when empty).
    static Result<QList<OpeningForecast>> forecasts(Database &db, const QList<qint64> &openingIds, const ForecastOptions &options);
    static QJsonObject toJson(const MetricsReport &report);
    static QByteArray toCsv(const MetricsReport &report);
};

} // namespace shortlist
