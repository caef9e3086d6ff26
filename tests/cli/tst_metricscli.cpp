// `shortlist metrics` on the hand-worked pipeline of tst_metrics: the JSON
// and CSV carry the same figures, filters and views change them as worked
// out there, and every error exits with its code and says what to do.

#include "../common/clirun.h"
#include "../common/metricsfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace shortlist;
using namespace shortlist::test;

namespace {

QList<qint64> reached(const QJsonArray &funnel)
{
    QList<qint64> r;
    for (const QJsonValue &v : funnel)
        r << v.toObject().value(QStringLiteral("reached")).toInteger();
    return r;
}

} // namespace

class TestMetricsCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_opening = 0;

    QJsonObject json(QStringList extra)
    {
        const CliRun run = runShortlist(QStringList{QStringLiteral("metrics"), QStringLiteral("--database"), m_path, QStringLiteral("--as-of"),
                                                 QStringLiteral("2026-03-05")}
                                     + extra);
        if (run.exitCode != 0)
            qWarning("%s", qPrintable(run.err));
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("metrics.shortlist"));
        auto db = createDatabase(m_path);
        QVERIFY(db);
        m_opening = metricsfixture::build(*db);
        QVERIFY(m_opening);
    }

    void json_carriesTheWorkedFigures()
    {
        const QJsonObject o = json({QStringLiteral("--opening"), QStringLiteral("big data tech lead")});
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("shortlist-metrics"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("applications")).toInteger(), 6);
        QCOMPARE(reached(o.value(QStringLiteral("funnel")).toArray()), (QList<qint64>{6, 5, 3, 2, 1}));
        const QJsonObject screen = o.value(QStringLiteral("funnel")).toArray().at(1).toObject().value(QStringLiteral("passThrough")).toObject();
        QCOMPARE(screen.value(QStringLiteral("part")).toInteger(), 5);
        QCOMPARE(screen.value(QStringLiteral("whole")).toInteger(), 6);
        QCOMPARE(screen.value(QStringLiteral("rate")).toDouble(), 5.0 / 6.0);
        QCOMPARE(reached(o.value(QStringLiteral("stageFunnel")).toArray()), (QList<qint64>{6, 5, 3, 2, 2, 2, 2, 1}));
        const QJsonObject applied = o.value(QStringLiteral("timeInStage")).toArray().at(0).toObject();
        QCOMPARE(applied.value(QStringLiteral("stage")).toString(), QStringLiteral("Applied"));
        QCOMPARE(applied.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(applied.value(QStringLiteral("days")).toObject().value(QStringLiteral("median")).toDouble(), 2.0);
        QCOMPARE(applied.value(QStringLiteral("days")).toObject().value(QStringLiteral("p90")).toDouble(), 27.5);
        QCOMPARE(o.value(QStringLiteral("timeToHire")).toObject().value(QStringLiteral("days")).toObject().value(QStringLiteral("median")).toDouble(), 20.0);
        QCOMPARE(o.value(QStringLiteral("timeToFill")).toArray().at(0).toObject().value(QStringLiteral("days")).toDouble(), 24.0);
        QCOMPARE(o.value(QStringLiteral("weekly")).toArray().size(), 6);
        QCOMPARE(o.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LinkedIn"));
        const QJsonObject offers = o.value(QStringLiteral("offers")).toObject();
        QCOMPARE(offers.value(QStringLiteral("acceptance")).toObject().value(QStringLiteral("small")).toBool(), true);
        QCOMPARE(offers.value(QStringLiteral("declined")).toInt(), 1);
        const QJsonObject health = o.value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("stalledTotal")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("rejections")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Salary"));
        // Filled, so the forecast says so; no scorecards, so no agreement to speak of.
        const QJsonObject forecast = o.value(QStringLiteral("forecast")).toArray().at(0).toObject();
        QCOMPARE(forecast.value(QStringLiteral("remaining")).toInt(), 0);
        QVERIFY(forecast.value(QStringLiteral("hireDate")).isNull());
        const QJsonArray agreement = o.value(QStringLiteral("calibration")).toArray().at(0).toObject().value(QStringLiteral("agreement")).toArray();
        QVERIFY(agreement.last().toObject().value(QStringLiteral("tooFewRatings")).toBool());
        QVERIFY(agreement.last().toObject().value(QStringLiteral("alpha")).isNull());
    }

    void periodAndView_changeTheFunnelAsWorkedOut()
    {
        const QStringList period{QStringLiteral("--opening"), QString::number(m_opening), QStringLiteral("--from"), QStringLiteral("2026-01-05"),
                                 QStringLiteral("--to"), QStringLiteral("2026-01-17")};
        QCOMPARE(reached(json(period).value(QStringLiteral("funnel")).toArray()), (QList<qint64>{5, 4, 3, 2, 1}));
        QCOMPARE(reached(json(period + QStringList{QStringLiteral("--view"), QStringLiteral("snapshot")}).value(QStringLiteral("funnel")).toArray()),
                 (QList<qint64>{5, 4, 2, 0, 0}));
        QCOMPARE(reached(json({QStringLiteral("--source"), QStringLiteral("LinkedIn")}).value(QStringLiteral("funnel")).toArray()),
                 (QList<qint64>{3, 3, 1, 0, 0}));
    }

    void csv_tidyRowsWithSampleSizes()
    {
        const CliRun run = runShortlist({QStringLiteral("metrics"), QStringLiteral("--database"), m_path, QStringLiteral("--as-of"),
                                      QStringLiteral("2026-03-05"), QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.split('\n');
        QCOMPARE(lines.at(0).trimmed(), QByteArray("section,opening,item,measure,value,n"));
        QVERIFY(run.out.contains("funnel,all,screen,pass_through,0.8333333333,6"));
        QVERIFY(run.out.contains("time_in_stage,all,Applied,median_days,2,6"));
        QVERIFY(run.out.contains("offers,all,,acceptance_rate,0.5,2"));
        QVERIFY(!run.out.startsWith("\xEF\xBB\xBF"));   // no byte-order mark for scripts
    }

    void errors_exitCodesAndMessages_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("messagePart");
        const QString db = QStringLiteral("--database");
        QTest::newRow("no database") << QStringList{QStringLiteral("metrics")} << 2 << "needs --database";
        QTest::newRow("bad format") << QStringList{QStringLiteral("metrics"), db, QStringLiteral("x"), QStringLiteral("--format"), QStringLiteral("xml")}
                                    << 2 << "json or csv";
        QTest::newRow("bad date") << QStringList{QStringLiteral("metrics"), db, QStringLiteral("x"), QStringLiteral("--from"), QStringLiteral("May")}
                                  << 2 << "--from must be a date";
        QTest::newRow("reversed period") << QStringList{QStringLiteral("metrics"), db, QStringLiteral("x"), QStringLiteral("--from"),
                                                        QStringLiteral("2026-02-01"), QStringLiteral("--to"), QStringLiteral("2026-01-01")}
                                         << 2 << "swap";
        QTest::newRow("bad view") << QStringList{QStringLiteral("metrics"), db, QStringLiteral("x"), QStringLiteral("--view"), QStringLiteral("daily")}
                                  << 2 << "cohort, snapshot or activity";
        QTest::newRow("missing database") << QStringList{QStringLiteral("metrics"), db, QStringLiteral("/nonexistent/none.shortlist")} << 3
                                          << "does not exist";
    }

    void errors_exitCodesAndMessages()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, messagePart);
        const CliRun run = runShortlist(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void unknownOpening_isNotFound_andJunk_isUnreadable()
    {
        CliRun run = runShortlist({QStringLiteral("metrics"), QStringLiteral("--database"), m_path, QStringLiteral("--opening"), QStringLiteral("Chef")});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("no opening “Chef”")), qPrintable(run.err));
        const QString junk = m_dir.filePath(QStringLiteral("junk.shortlist"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        run = runShortlist({QStringLiteral("metrics"), QStringLiteral("--database"), junk});
        QCOMPARE(run.exitCode, 4);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricsCli)
#include "tst_metricscli.moc"
