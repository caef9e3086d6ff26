#pragma once

#include "reports/reportrenderer.h"

#include <QFutureWatcher>
#include <QObject>

class QPrinter;

namespace shortlist {

// Makes a report without blocking the window: the content is read on a
// worker thread with its own read-only connection, the charts are drawn on
// the GUI thread (widgets live there; a few milliseconds), and the pages are
// painted into the PDF or onto the printer on a worker thread again. Every
// step reports progress and can be cancelled; a cancelled save writes nothing.
class ReportJob : public QObject {
    Q_OBJECT

public:
    explicit ReportJob(QObject *parent = nullptr);
    ~ReportJob() override;

    // Reads and lays out the report; documentReady() or failed() follows.
    void build(const QString &databasePath, const ReportOptions &options);
    // After documentReady(): the PDF to `path` (replaced only once complete).
    void savePdf(const QString &path);
    // After documentReady(): paints onto `printer`, which must outlive the job's work.
    void print(QPrinter *printer);
    void cancel();
    bool isRunning() const;

    const ReportDocument &document() const { return m_document; }
    const ReportChartPictures &charts() const { return m_charts; }

Q_SIGNALS:
    void progress(int value, int maximum, const QString &text);
    void documentReady();
    void saved(const QString &path, int pages, qint64 bytes);
    void printed(int pages);
    void failed(const QString &message, bool cancelled);

private:
    struct Outcome {
        bool ok = false;
        bool cancelled = false;
        QString message;
        int pages = 0;
        qint64 bytes = 0;
    };
    void watch(QFuture<Outcome> future, const std::function<void(const Outcome &)> &done);

    QFutureWatcher<Outcome> m_watcher;
    std::function<void(const Outcome &)> m_done;
    ReportDocument m_document;
    ReportChartPictures m_charts;
};

} // namespace shortlist
