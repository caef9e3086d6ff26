// The dashboard on the hand-worked pipeline of tst_metrics: every chart bound
// to its numbers (bars, labels, boxes, weeks, segments), empty states that
// say why, the worker-thread refresh, clicks that list the matching
// candidates in the main window, and PNG and vector PDF export.

#include "../common/metricsfixture.h"
#include "../common/requiredtool.h"

#include "charts/dashboardcharts.h"
#include "charts/qcustomplotinclude.h"
#include "itemmodels/applicationtablemodel.h"
#include "mainwindow.h"
#include "settings.h"
#include "views/dashboardwindow.h"

#include <QAction>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace shortlist;
using namespace shortlist::test;

class TestDashboard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_opening = 0;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("dashboard.shortlist"));
        m_db = createDatabase(m_path);
        QVERIFY(m_db);
        m_opening = metricsfixture::build(*m_db);
        QVERIFY(m_opening);
    }

    void oneOpening_everyChartBoundToItsNumbers()
    {
        DashboardWindow dashboard;
        dashboard.setDatabase(m_db.get());
        dashboard.setOpening(m_opening);
        QVERIFY(dashboard.refreshNow());
        // Funnel: the opening's eight pipeline stages, a label on each bar.
        QCPBars *bars = dashboard.funnelChart()->bars();
        QVERIFY(bars);
        QCOMPARE(bars->data()->size(), 8);
        QList<double> values;
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            values << it->value;
        QCOMPARE(values, (QList<double>{6, 5, 3, 2, 2, 2, 2, 1}));
        QCOMPARE(dashboard.funnelChart()->plot()->itemCount(), 8);
        QCOMPARE(dashboard.funnelChart()->series().labels.at(1), QStringLiteral("5 · 83%"));
        // Time in stage: a box per stage that had visits (applied .. offer, hired excluded).
        QCOMPARE(dashboard.timeInStageChart()->boxes()->data()->size(), 7);
        QCOMPARE(dashboard.timeInStageChart()->boxes()->data()->at(0)->median, 2.0);
        // Weekly: six weeks, applications, their average and hires.
        QCOMPARE(dashboard.weeklyChart()->applicationBars()->data()->size(), 6);
        QCOMPARE(dashboard.weeklyChart()->averageLine()->data()->size(), 6);
        QCOMPARE(dashboard.weeklyChart()->hireLine()->data()->at(2)->value, 1.0);
        // Sources: three rows of four segments.
        QCOMPARE(dashboard.sourceChart()->segments().size(), 4);
        QCOMPARE(dashboard.sourceChart()->segments().at(0)->data()->size(), 3);
        QVERIFY(!dashboard.rejectionChart()->isEmpty());
        // No scorecards in this pipeline; the headcount is filled.
        QVERIFY(dashboard.calibrationChart()->emptyReason().contains(QStringLiteral("two or more interviewers")));
        QVERIFY(dashboard.forecastChart()->emptyReason().contains(QStringLiteral("filled")));
        const QString health = dashboard.healthText();
        QVERIFY2(health.contains(QStringLiteral("offer acceptance <b>1 of 2</b>")), qPrintable(health));
        QVERIFY(health.contains(QStringLiteral("<b>2</b> stalled now")));
    }

    void emptyPeriod_andAllOpenings_sayWhy()
    {
        DashboardWindow dashboard;
        dashboard.setDatabase(m_db.get());
        dashboard.setOpening(m_opening);
        dashboard.setPeriod(QDate(2020, 1, 1), QDate(2020, 12, 31));
        QVERIFY(dashboard.refreshNow());
        QVERIFY(dashboard.funnelChart()->emptyReason().contains(QStringLiteral("No applications in this period")));
        QVERIFY(dashboard.weeklyChart()->isEmpty());
        QVERIFY(dashboard.rejectionChart()->emptyReason().contains(QStringLiteral("No rejections")));
        dashboard.setPeriod({}, {});
        dashboard.setOpening(0);
        QVERIFY(dashboard.refreshNow());
        QVERIFY(!dashboard.funnelChart()->isEmpty());
        QCOMPARE(dashboard.funnelChart()->bars()->data()->size(), 5);   // canonical stages across openings
        QVERIFY(dashboard.calibrationChart()->emptyReason().contains(QStringLiteral("Choose one opening")));
        QVERIFY(dashboard.forecastChart()->emptyReason().contains(QStringLiteral("Choose one opening")));
    }

    void workerRefresh_landsWithoutBlocking()
    {
        DashboardWindow dashboard;
        dashboard.setDatabase(m_db.get());
        dashboard.setOpening(m_opening);
        dashboard.scheduleRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.report().has_value(), 10000);
        QCOMPARE(dashboard.report()->metrics.applications, 6);
        // A second request while one runs: only the newest result is shown.
        dashboard.setSource(QStringLiteral("LinkedIn"));
        dashboard.scheduleRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(dashboard.report()->metrics.filter.sources == QStringList{QStringLiteral("LinkedIn")} && !dashboard.isRefreshing(),
                                 10000);
        QCOMPARE(dashboard.report()->metrics.applications, 3);
    }

    void clickOnAFunnelBar_listsThoseCandidates()
    {
        const QString ini = m_dir.filePath(QStringLiteral("click.ini"));
        AppSettings settings(ini);
        MainWindow window(settings);
        window.resize(1400, 900);
        window.show();
        QVERIFY(window.openDatabase(m_path));
        window.findChild<QAction *>(QStringLiteral("actionDashboard"))->trigger();
        DashboardWindow *dashboard = window.dashboard();
        QVERIFY(dashboard);
        dashboard->resize(1400, 1100);
        dashboard->setOpening(m_opening);
        QVERIFY(dashboard->refreshNow());
        QVERIFY(QTest::qWaitForWindowExposed(dashboard));
        QCustomPlot *plot = dashboard->funnelChart()->plot();
        plot->replot();
        // The third bar: reached the technical deep-dive (Ana, Ben, Eve).
        const QPoint bar(int(plot->xAxis->coordToPixel(3)), int(plot->yAxis->coordToPixel(1)));
        QString key;
        QVERIFY(!dashboard->funnelChart()->describeAt(bar, &key).isEmpty());
        QSignalSpy opened(dashboard, &DashboardWindow::openCandidates);
        QTest::mouseClick(plot, Qt::LeftButton, {}, bar);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.at(0).at(1).toString(), QStringLiteral("Technical deep-dive"));
        QTRY_COMPARE(window.applicationModel()->rowCount(), 3);
    }

    void darkPalette_axesAndLabelsFollowIt()
    {
        DashboardWindow dashboard;
        dashboard.setDatabase(m_db.get());
        dashboard.setOpening(m_opening);
        QVERIFY(dashboard.refreshNow());
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(32, 33, 36));
        dark.setColor(QPalette::WindowText, QColor(232, 234, 237));
        dark.setColor(QPalette::Base, QColor(24, 25, 28));
        dark.setColor(QPalette::Text, QColor(232, 234, 237));
        dashboard.setPalette(dark);
        QCustomPlot *plot = dashboard.funnelChart()->plot();
        QCOMPARE(plot->xAxis->tickLabelColor(), QColor(232, 234, 237));
        QCOMPARE(plot->yAxis->labelColor(), QColor(232, 234, 237));
        // The count labels on the bars are redrawn in the light text colour too.
        auto *label = qobject_cast<QCPItemText *>(plot->item(0));
        QVERIFY(label);
        QCOMPARE(label->color(), QColor(232, 234, 237));
        QCOMPARE(plot->toPixmap(200, 150).toImage().pixelColor(2, 2), QColor(24, 25, 28));
    }

    void export_pngAndVectorPdf()
    {
        DashboardWindow dashboard;
        dashboard.setDatabase(m_db.get());
        dashboard.setOpening(m_opening);
        QVERIFY(dashboard.refreshNow());
        const QString png = m_dir.filePath(QStringLiteral("funnel.png"));
        const QString pdf = m_dir.filePath(QStringLiteral("funnel.pdf"));
        QVERIFY(dashboard.funnelChart()->exportPng(png));
        QVERIFY(dashboard.funnelChart()->exportPdf(pdf));
        QImage image(png);
        QCOMPARE(image.size(), QSize(1200, 700));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5).startsWith("%PDF"));
        // Vector, not a picture: the axis text is text.
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        SHORTLIST_REQUIRE_TOOL(!pdftotext.isEmpty(), QStringLiteral("pdftotext (poppler-utils) is not installed"));
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Applications")) && text.contains(QStringLiteral("5 · 83%")), qPrintable(text));
        QVERIFY(!dashboard.chartsImage().isNull());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
