#include "reportjob.h"

#include "formats/filewriter.h"
#include "reports/reportbuilder.h"
#include "reports/reportpdf.h"
#include "storage/database.h"

#include <QPrinter>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace shortlist {

ReportJob::ReportJob(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progress(value, m_watcher.progressMaximum(), m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.future().isCanceled() || m_watcher.future().resultCount() == 0
                                    ? Outcome{false, true, tr("Cancelled; nothing was saved."), 0, 0}
                                    : m_watcher.result();
        const auto done = std::move(m_done);
        m_done = nullptr;
        if (!outcome.ok) {
            Q_EMIT failed(outcome.message, outcome.cancelled);
            return;
        }
        if (done)
            done(outcome);
    });
}

ReportJob::~ReportJob()
{
    m_watcher.disconnect(this);
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ReportJob::watch(QFuture<Outcome> future, const std::function<void(const Outcome &)> &done)
{
    m_done = done;
    m_watcher.setFuture(future);
}

bool ReportJob::isRunning() const
{
    return m_watcher.isRunning();
}

void ReportJob::cancel()
{
    m_watcher.cancel();
}

void ReportJob::build(const QString &databasePath, const ReportOptions &options)
{
    auto document = std::make_shared<ReportDocument>();
    QFuture<Outcome> future = QtConcurrent::run([databasePath, options, document](QPromise<Outcome> &promise) {
        promise.setProgressRange(0, 100);
        promise.setProgressValueAndText(0, tr("Reading the database…"));
        Result<std::unique_ptr<Database>> db = Database::openSqliteReader(databasePath, QStringLiteral("report"));
        if (!db) {
            promise.addResult(Outcome{false, false, db.error().message, 0, 0});
            return;
        }
        Result<ReportDocument> built = ReportBuilder::build(**db, options, [&promise](int done, int total) {
            if (promise.isCanceled())
                return false;
            promise.setProgressValueAndText(total > 0 ? done * 100 / total : 0, tr("Reading the database…"));
            return true;
        });
        if (!built) {
            promise.addResult(Outcome{false, built.error().code == ErrorCode::Cancelled, built.error().message, 0, 0});
            return;
        }
        *document = std::move(*built);
        promise.addResult(Outcome{true, false, {}, 0, 0});
    });
    watch(future, [this, document](const Outcome &) {
        m_document = std::move(*document);
        Q_EMIT progress(0, 0, tr("Drawing the charts…"));
        m_charts = ReportRenderer::drawCharts(m_document);
        Q_EMIT documentReady();
    });
}

void ReportJob::savePdf(const QString &path)
{
    QFuture<Outcome> future = QtConcurrent::run([document = m_document, charts = m_charts, path](QPromise<Outcome> &promise) {
        int pages = 0;
        Result<QByteArray> pdf = ReportPdf::render(document, charts, [&promise](int page, int total) {
            promise.setProgressRange(0, total);
            promise.setProgressValueAndText(page, tr("Page %1 of %2").arg(page).arg(total));
            return !promise.isCanceled();
        }, &pages);
        if (!pdf) {
            promise.addResult(Outcome{false, pdf.error().code == ErrorCode::Cancelled, pdf.error().message, 0, 0});
            return;
        }
        if (promise.isCanceled()) {
            promise.addResult(Outcome{false, true, tr("Cancelled; nothing was saved."), 0, 0});
            return;
        }
        if (Error error = FileWriter::write(path, *pdf)) {
            promise.addResult(Outcome{false, false, error.message, 0, 0});
            return;
        }
        promise.addResult(Outcome{true, false, {}, pages, pdf->size()});
    });
    watch(future, [this, path](const Outcome &outcome) { Q_EMIT saved(path, outcome.pages, outcome.bytes); });
}

void ReportJob::print(QPrinter *printer)
{
    printer->setResolution(ReportRenderer::resolution());
    QFuture<Outcome> future = QtConcurrent::run([document = m_document, charts = m_charts, printer](QPromise<Outcome> &promise) {
        ReportRenderer renderer(document, charts);
        const int pages = renderer.paginate(*printer);
        promise.setProgressRange(0, pages);
        const bool complete = renderer.paint(*printer, [&promise](int page, int total) {
            promise.setProgressValueAndText(page, tr("Printing page %1 of %2").arg(page).arg(total));
            return !promise.isCanceled();
        });
        if (!complete) {
            const bool cancelled = promise.isCanceled();
            printer->abort();
            promise.addResult(Outcome{false, cancelled, cancelled ? tr("Printing was cancelled.") : tr("The printer could not start printing. Check that it is connected and try again."), 0, 0});
            return;
        }
        promise.addResult(Outcome{true, false, {}, pages, 0});
    });
    watch(future, [this](const Outcome &outcome) { Q_EMIT printed(outcome.pages); });
}

} // namespace shortlist
