#include "demo/demogenerator.h"
#include "domain/textfold.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QFile>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace shortlist;

namespace {

const QDateTime fixedAsOf(QDate(2025, 6, 2), QTime(17, 0), Qt::UTC);

Result<DemoSummary> generateDemo(const QString &path, qint64 candidates, quint32 seed)
{
    DemoOptions options;
    options.candidates = candidates;
    options.seed = seed;
    options.asOf = fixedAsOf;
    return DemoGenerator::generate(path, options);
}

std::unique_ptr<Database> openExisting(const QString &path)
{
    auto db = Database::openSqlite(path);
    if (!db) {
        qWarning("%s", qPrintable(db.error().message + QLatin1Char(' ') + db.error().detail));
        return nullptr;
    }
    return std::move(db).value();
}

// Every table's rows in primary-key order, except the database's own identity
// (meta 'database_id') and the wall-clock migration log.
QString dumpTables(Database &db)
{
    SqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND name <> 'schema_migrations' "
                                    // FTS5 shadow tables (without rowid); the index itself is compared.
                                    "AND name NOT LIKE 'candidate\\_search\\_%' ESCAPE '\\' ORDER BY name")))
        return QStringLiteral("error: ") + tables.error().detail;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QString dump;
    for (const QString &table : std::as_const(names)) {
        dump += QStringLiteral("## ") + table + QLatin1Char('\n');
        SqlQuery q(db);
        const QString where = table == QLatin1String("meta") ? QStringLiteral(" WHERE key <> 'database_id'") : QString();
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table + where + QStringLiteral(" ORDER BY rowid")))
            return QStringLiteral("error: ") + q.error().detail;
        const int columns = q.raw().record().count();
        while (q.next()) {
            for (int c = 0; c < columns; ++c) {
                const QVariant v = q.value(c);
                dump += v.isNull() ? QStringLiteral("NULL") : v.toString();
                dump += QLatin1Char('|');
            }
            dump += QLatin1Char('\n');
        }
    }
    return dump;
}

qint64 scalar(Database &db, const QString &sql)
{
    SqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s", qPrintable(q.error().detail));
        return -1;
    }
    return q.int64(0);
}

// Furthest pipeline category each application ever entered: 0 applied .. 4 hired.
const QString reachSql = QStringLiteral(
    "WITH reach AS (SELECT e.application_id AS app, MAX(CASE s.category WHEN 'applied' THEN 0 WHEN 'screen' THEN 1 "
    "WHEN 'interview' THEN 2 WHEN 'offer' THEN 3 WHEN 'hired' THEN 4 ELSE -1 END) AS rank "
    "FROM stage_events e JOIN stages s ON s.id = e.to_stage_id GROUP BY e.application_id) ");

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_shared;  // a 2000-candidate database shared by the read-only checks
    DemoSummary m_sharedSummary;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_shared = m_dir.filePath(QStringLiteral("shared.shortlist"));
        auto summary = generateDemo(m_shared, 2000, 7);
        QVERIFY2(summary.ok(), qPrintable(summary.error().message + QLatin1Char(' ') + summary.error().detail));
        m_sharedSummary = *summary;
        QCOMPARE(m_sharedSummary.candidates, qint64(2000));
        QVERIFY(m_sharedSummary.applications > 2000);
    }

    void sameSeedSameAsOf_producesIdenticalDatabases_data()
    {
        QTest::addColumn<qint64>("candidates");
        QTest::addColumn<quint32>("seedA");
        QTest::addColumn<quint32>("seedB");
        QTest::addColumn<bool>("identical");
        QTest::newRow("same seed") << qint64(300) << 1u << 1u << true;
        QTest::newRow("same large seed") << qint64(500) << 4'000'000'000u << 4'000'000'000u << true;
        QTest::newRow("no candidates") << qint64(0) << 3u << 3u << true;
        QTest::newRow("different seed") << qint64(300) << 1u << 2u << false;
    }

    void sameSeedSameAsOf_producesIdenticalDatabases()
    {
        QFETCH(qint64, candidates);
        QFETCH(quint32, seedA);
        QFETCH(quint32, seedB);
        QFETCH(bool, identical);
        QTemporaryDir dir;
        const QString a = dir.filePath(QStringLiteral("a.shortlist"));
        const QString b = dir.filePath(QStringLiteral("b.shortlist"));
        QVERIFY(generateDemo(a, candidates, seedA).ok());
        QVERIFY(generateDemo(b, candidates, seedB).ok());
        auto dbA = openExisting(a);
        auto dbB = openExisting(b);
        QVERIFY(dbA && dbB);
        const QString dumpA = dumpTables(*dbA);
        const QString dumpB = dumpTables(*dbB);
        QVERIFY(!dumpA.startsWith(QLatin1String("error")));
        QVERIFY(dumpA.contains(QLatin1String("Big Data Tech Lead")));
        QCOMPARE(dumpA == dumpB, identical);
        QCOMPARE(scalar(*dbA, QStringLiteral("SELECT count(*) FROM candidates")), candidates);
    }

    void funnelShape_isRealistic()
    {
        auto db = openExisting(m_shared);
        QVERIFY(db);
        const qint64 applied = scalar(*db, reachSql + QStringLiteral("SELECT count(*) FROM reach WHERE rank >= 0"));
        const qint64 screened = scalar(*db, reachSql + QStringLiteral("SELECT count(*) FROM reach WHERE rank >= 1"));
        const qint64 interviewed = scalar(*db, reachSql + QStringLiteral("SELECT count(*) FROM reach WHERE rank >= 2"));
        const qint64 offered = scalar(*db, reachSql + QStringLiteral("SELECT count(*) FROM reach WHERE rank >= 3"));
        const qint64 hired = scalar(*db, reachSql + QStringLiteral("SELECT count(*) FROM reach WHERE rank >= 4"));
        QCOMPARE(applied, scalar(*db, QStringLiteral("SELECT count(*) FROM applications")));
        const double toScreen = double(screened) / double(applied);
        QVERIFY2(toScreen > 0.15 && toScreen < 0.5, qPrintable(QString::number(toScreen)));
        QVERIFY(interviewed > 0 && interviewed < screened);
        QVERIFY(offered > 0 && offered < interviewed);
        QVERIFY(hired > 0);
        QCOMPARE(hired, scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'hired'")));
        QCOMPARE(hired, m_sharedSummary.hires);

        // Offer acceptance over decided offers: hired / (hired + left from an offer stage).
        const qint64 declined = scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events e JOIN stages f ON f.id = e.from_stage_id "
                                                           "JOIN stages t ON t.id = e.to_stage_id "
                                                           "WHERE f.category = 'offer' AND t.category IN ('rejected', 'withdrawn')"));
        const double acceptance = double(hired) / double(hired + declined);
        QVERIFY2(acceptance > 0.5 && acceptance < 1.0, qPrintable(QString::number(acceptance)));

        // Referrals convert to a screen better than job-board applicants.
        const auto passToScreen = [&](const QString &source) {
            const qint64 all = scalar(*db, reachSql + QStringLiteral("SELECT count(*) FROM reach r JOIN applications a ON a.id = r.app "
                                                                     "JOIN candidates c ON c.id = a.candidate_id WHERE c.source = '%1'").arg(source));
            const qint64 passed = scalar(*db, reachSql + QStringLiteral("SELECT count(*) FROM reach r JOIN applications a ON a.id = r.app "
                                                                        "JOIN candidates c ON c.id = a.candidate_id WHERE c.source = '%1' "
                                                                        "AND r.rank >= 1").arg(source));
            return all > 0 ? double(passed) / double(all) : 0.0;
        };
        const double referral = passToScreen(QStringLiteral("Referral"));
        const double jobBoard = passToScreen(QStringLiteral("Job board"));
        QVERIFY2(referral > jobBoard, qPrintable(QStringLiteral("%1 vs %2").arg(referral).arg(jobBoard)));

        // Opening shares, second applications, referrers.
        const qint64 bigData = scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = 1"));
        QVERIFY(bigData > applied * 35 / 100 && bigData < applied * 55 / 100);
        const qint64 twice = scalar(*db, QStringLiteral("SELECT count(*) FROM (SELECT candidate_id FROM applications GROUP BY candidate_id HAVING count(*) = 2)"));
        QVERIFY(twice > 2000 * 4 / 100 && twice < 2000 * 12 / 100);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates WHERE (source = 'Referral') <> (referrer <> '')")), qint64(0));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'silver-medallist'")) > 0);
    }

    void applicationState_matchesLastEvent()
    {
        auto db = openExisting(m_shared);
        QVERIFY(db);
        // Stage, entry time and status follow the last event.
        QCOMPARE(scalar(*db, QStringLiteral(
                     "SELECT count(*) FROM applications a JOIN stage_events e ON e.id = (SELECT max(id) FROM stage_events WHERE application_id = a.id) "
                     "JOIN stages s ON s.id = a.stage_id "
                     "WHERE a.stage_id <> e.to_stage_id OR a.stage_entered_at <> e.at OR s.opening_id <> a.opening_id "
                     "OR a.status <> CASE s.category WHEN 'rejected' THEN 'rejected' WHEN 'withdrawn' THEN 'withdrawn' "
                     "WHEN 'hired' THEN 'hired' ELSE 'active' END "
                     "OR (a.status IN ('rejected', 'withdrawn')) <> (a.rejection_reason <> '') OR a.version <> "
                     "(SELECT count(*) FROM stage_events WHERE application_id = a.id)")),
                 qint64(0));
        // The first event enters the first stage when the candidate applied.
        QCOMPARE(scalar(*db, QStringLiteral(
                     "SELECT count(*) FROM applications a JOIN stage_events e ON e.id = (SELECT min(id) FROM stage_events WHERE application_id = a.id) "
                     "JOIN stages s ON s.id = e.to_stage_id WHERE e.from_stage_id IS NOT NULL OR e.at <> a.applied_at OR s.category <> 'applied'")),
                 qint64(0));
        // Moves go forward in time, each from the stage the previous one entered, and never after asOf.
        QCOMPARE(scalar(*db, QStringLiteral(
                     "SELECT count(*) FROM stage_events e JOIN stage_events p ON p.id = (SELECT max(id) FROM stage_events "
                     "WHERE application_id = e.application_id AND id < e.id) WHERE e.at < p.at OR e.from_stage_id <> p.to_stage_id")),
                 qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events WHERE at > %1").arg(fixedAsOf.toSecsSinceEpoch())), qint64(0));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'active'")) > 0);

        // sort_name is foldText(name); emails are folded ASCII.
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("SELECT name, sort_name, email FROM candidates")));
        int checked = 0;
        while (q.next()) {
            QCOMPARE(q.value(1).toString(), foldText(q.value(0).toString()));
            const QString email = q.value(2).toString();
            QVERIFY2(email.toLatin1() == email.toUtf8() && email == email.toLower() && !email.contains(QLatin1Char(' ')), qPrintable(email));
            ++checked;
        }
        QCOMPARE(checked, 2000);
    }

    void scorecards_mostlyAgree()
    {
        auto db = openExisting(m_shared);
        QVERIFY(db);
        const QString panels = QStringLiteral(
            "FROM (SELECT interview_id, min(overall IN ('yes', 'strong_yes')) AS allYes, max(overall IN ('yes', 'strong_yes')) AS anyYes "
            "FROM scorecards GROUP BY interview_id HAVING count(*) >= 2)");
        const qint64 total = scalar(*db, QStringLiteral("SELECT count(*) ") + panels);
        const qint64 agree = scalar(*db, QStringLiteral("SELECT count(*) ") + panels + QStringLiteral(" WHERE allYes = anyYes"));
        QVERIFY(total > 50);
        const double share = double(agree) / double(total);
        QVERIFY2(share > 0.6 && share < 1.0, qPrintable(QString::number(share)));

        // Scorecards only for completed interviews, one per panelist, rating or not-assessed per focus competency.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecards s JOIN interviews i ON i.id = s.interview_id WHERE i.status <> 'completed' "
                                            "OR s.submitted_at < i.starts_at")),
                 qint64(0));
        // ... except late panelists: only where the candidate still waits in
        // that stage after an interview of the last seven days.
        const QString missing = QStringLiteral(
            "FROM interviews i JOIN applications a ON a.id = i.application_id WHERE i.status = 'completed' AND "
            "(SELECT count(*) FROM scorecards WHERE interview_id = i.id) <> (SELECT count(*) FROM interview_panel WHERE interview_id = i.id)");
        const QString recentAndWaiting = QStringLiteral(
            " AND a.status = 'active' AND a.stage_id = i.stage_id AND i.starts_at + i.duration_minutes * 60 > %1")
                                             .arg(fixedAsOf.toSecsSinceEpoch() - 7 * 86400);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) ") + missing) > 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) ") + missing + QStringLiteral(" AND NOT (1 = 1%1)").arg(recentAndWaiting)),
                 qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM interviews i WHERE i.status = 'completed' AND "
                                            "(SELECT count(*) FROM scorecards WHERE interview_id = i.id) > (SELECT count(*) FROM interview_panel WHERE interview_id = i.id)")),
                 qint64(0));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings r JOIN scorecards s ON s.id = r.scorecard_id "
                                            "LEFT JOIN panel_focus f ON f.interview_id = s.interview_id AND f.person_id = s.person_id "
                                            "AND f.competency_id = r.competency_id WHERE f.competency_id IS NULL")),
                 qint64(0));
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings WHERE not_assessed = 1")) > 0);
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM interviews WHERE status = 'scheduled'")) > 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM interviews i JOIN stages s ON s.id = i.stage_id WHERE s.name = 'Debrief' OR s.category <> 'interview'")),
                 qint64(0));
        // Hired candidates were rated higher than those rejected at an interview stage.
        const QString meanFor = QStringLiteral("SELECT CAST(avg(r.rating) * 1000 AS INTEGER) FROM scorecard_ratings r JOIN scorecards s ON s.id = r.scorecard_id "
                                               "JOIN interviews i ON i.id = s.interview_id JOIN applications a ON a.id = i.application_id WHERE a.status = '%1'");
        QVERIFY(scalar(*db, meanFor.arg(QStringLiteral("hired"))) > scalar(*db, meanFor.arg(QStringLiteral("rejected"))));
    }

    void foreignKeysAndIntegrity_ok()
    {
        auto db = openExisting(m_shared);
        QVERIFY(db);
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        const bool violation = q.next();
        QVERIFY2(!violation, qPrintable(violation ? q.value(0).toString() : QString()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo-generate' AND entity = 'database' "
                                            "AND detail = 'candidates=2000 seed=7'")),
                 qint64(1));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE (key = 'organisation_name' AND value = 'Northwind Analytics') "
                                            "OR (key = 'demo_seed' AND value = '7')")),
                 qint64(2));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM openings WHERE status = 'open' AND hiring_manager_id IS NOT NULL")), qint64(3));
        // Evergreen demo roles: the template's two places are still open after the year's hires.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT headcount FROM openings WHERE title = 'Big Data Tech Lead' AND id = 1")),
                 2 + scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = 1 AND status = 'hired'")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM interviews")), m_sharedSummary.interviews);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecards")), m_sharedSummary.scorecards);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events")), m_sharedSummary.stageEvents);
        // The indexes dropped for the bulk load are back.
        QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'candidates_sort_name'")) == 1);
    }

    void existingOutput_isRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("taken.shortlist"));
        const QByteArray content("not a database, but mine");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        auto result = generateDemo(path, 10, 1);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(QLatin1String("taken.shortlist")), qPrintable(result.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void cancel_removesPartialFile_data()
    {
        QTest::addColumn<qint64>("cancelAt");
        QTest::newRow("at once") << qint64(0);
        QTest::newRow("half way") << qint64(250);
        QTest::newRow("at the end") << qint64(500);
    }

    void cancel_removesPartialFile()
    {
        QFETCH(qint64, cancelAt);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cancelled.shortlist"));
        DemoOptions options;
        options.candidates = 500;
        options.asOf = fixedAsOf;
        int calls = 0;
        options.progress = [&](qint64 done, qint64 total) {
            ++calls;
            return !(done >= cancelAt && total == 500);
        };
        auto result = DemoGenerator::generate(path, options);
        QVERIFY(!result.ok());
        QVERIFY(calls > 0 && calls <= 102);
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QVERIFY2(!QFile::exists(path + suffix), qPrintable(path + suffix));
    }

    void progress_isReportedAboutEveryPercent()
    {
        QTemporaryDir dir;
        DemoOptions options;
        options.candidates = 1000;
        options.asOf = fixedAsOf;
        QList<qint64> seen;
        options.progress = [&](qint64 done, qint64 total) {
            seen << done;
            return total == 1000;
        };
        QVERIFY(DemoGenerator::generate(dir.filePath(QStringLiteral("p.shortlist")), options).ok());
        QVERIFY(seen.size() >= 100 && seen.size() <= 102);
        QCOMPARE(seen.constLast(), qint64(1000));
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
