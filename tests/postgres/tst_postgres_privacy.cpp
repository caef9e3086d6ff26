// Privacy and compliance on PostgreSQL: anonymisation, erasure, the
// retention policy and the subject access export, called exactly as
// tst_privacy calls them on SQLite, against a throwaway PostgreSQL 15 server
// (tests/common/pgserver.h). Each test gets a database of its own, a copy of
// one migrated once. What the files hold is SQLite's business (tst_privacy);
// here every text, binary and tsvector column is searched instead.

#include "../common/metricsfixture.h"
#include "../common/pgserver.h"
#include "../common/privacyfixture.h"
#include "../common/requiredtool.h"

#include "formats/metricsexport.h"
#include "formats/subjectaccess.h"
#include "repositories/metarepository.h"
#include "repositories/privacyrepository.h"
#include "reports/anonymizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace shortlist;
using namespace shortlist::test;
namespace subject = shortlist::test::privacy;
namespace worked = shortlist::test::metricsfixture;

namespace {

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Everything `shortlist metrics` prints but its timestamp and the referrer
// table (anonymisation removes referrers, see tst_privacy). Rejections are
// compared per stage left: the worked pipeline's reasons are one-off texts
// ("Spark depth"), which anonymisation replaces with "Other reason
// (anonymised)"; *reasons receives them.
QJsonObject metricsOf(Database &db, qint64 openingId, QStringList *reasons = nullptr)
{
    MetricsFilter filter;
    filter.openingIds = {openingId};
    filter.now = worked::now;
    Result<MetricsReport> report = MetricsExport::build(db, filter, {}, true, false);
    if (!report)
        return QJsonObject{{QStringLiteral("error"), report.error().message}};
    QJsonObject json = MetricsExport::toJson(*report);
    json.remove(QStringLiteral("generated"));
    json.remove(QStringLiteral("referrers"));
    QJsonObject byStage;
    for (const QJsonValue &v : json.value(QStringLiteral("rejections")).toArray()) {
        const QJsonObject r = v.toObject();
        const QString stage = r.value(QStringLiteral("stage")).toString();
        byStage.insert(stage, byStage.value(stage).toInteger() + r.value(QStringLiteral("count")).toInteger());
        if (reasons)
            *reasons << r.value(QStringLiteral("reason")).toString();
    }
    json.insert(QStringLiteral("rejections"), byStage);
    return json;
}

} // namespace

class TestPostgresPrivacy : public QObject {
    Q_OBJECT

private:
    static constexpr const char *migratedTemplate = "shortlist_privacy_migrated";
    PgServer m_server;
    int m_databaseCount = 0;

    std::unique_ptr<Database> connect(const QString &database)
    {
        OpenOptions options;
        options.actor = QStringLiteral("tester");
        Result<std::unique_ptr<Database>> db = Database::openPostgres(m_server.params(database), options);
        if (!db) {
            qWarning("opening PostgreSQL database %s failed: %s (%s)", qPrintable(database), qPrintable(db.error().message),
                     qPrintable(db.error().detail));
            return nullptr;
        }
        return std::move(db).value();
    }

    // A database of this test's own, migrated.
    std::unique_ptr<Database> freshDatabase()
    {
        const QString name = QStringLiteral("shortlist_privacy_%1").arg(++m_databaseCount);
        if (!m_server.createDatabase(name, {QStringLiteral("--template=") + QString::fromLatin1(migratedTemplate)})) {
            qWarning("%s", qPrintable(m_server.errorString()));
            return nullptr;
        }
        return connect(name);
    }

    std::unique_ptr<Database> subjectDatabase(subject::Subject &s, qint64 *opening = nullptr)
    {
        auto db = freshDatabase();
        if (!db)
            return nullptr;
        const qint64 openingId = createOpening(*db);
        const QString problem = subject::buildSubject(*db, openingId, s);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return nullptr;
        }
        if (opening)
            *opening = openingId;
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start()) {
            SHORTLIST_REQUIRE_TOOL(!m_server.unavailable(), m_server.errorString());
            QFAIL(qPrintable(m_server.errorString()));
        }
        // Migrated once, then closed at once: a template may have no open connection.
        QVERIFY2(m_server.createDatabase(QString::fromLatin1(migratedTemplate)), qPrintable(m_server.errorString()));
        QVERIFY(connect(QString::fromLatin1(migratedTemplate)) != nullptr);
    }

    void cleanupTestCase() { m_server.stop(); }

    void anonymise_removesTheIdentityEverywhere()
    {
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        QVERIFY(!subject::occurrences(*db).isEmpty());
        // (Not the whole name: PostgreSQL's unaccent spells Þ "th", foldText keeps "þ".)
        QCOMPARE(subject::searchHits(*db, QStringLiteral("Quispelwyn Ängström")), 1);
        const qint64 ratings = scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings WHERE rating IS NOT NULL"));

        Result<PrivacyResult> done = PrivacyRepository(*db).anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request"));
        QVERIFY2(done, qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QCOMPARE(done->candidateIds, QList<qint64>{s.candidateId});
        QVERIFY(!done->storagePurgePending);

        const QStringList left = subject::occurrences(*db);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        for (const QString &text : {QStringLiteral("Quispelwyn Ängström"), subject::email, subject::noteWord, QStringLiteral("Vrelkstadt")})
            QVERIFY2(subject::searchHits(*db, text) == 0, qPrintable(text));
        QCOMPARE(subject::searchHits(*db, QStringLiteral("Anonymised")), 1);

        const QString databaseId = *MetaRepository(*db).databaseId();
        const Candidate c = CandidateRepository(*db).load(s.candidateId).value();
        QCOMPARE(c.name, PrivacyRepository::anonymisedName(databaseId, s.candidateId));
        QCOMPARE(c.skills, (QStringList{QStringLiteral("Apache Spark"), QStringLiteral("Kafka")}));
        QCOMPARE(c.tags, QStringList{QStringLiteral("relocation")});
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings WHERE rating IS NOT NULL")), ratings);
        QCOMPARE(text(*db, QStringLiteral("SELECT rejection_reason FROM applications WHERE id = %1").arg(s.applicationId)),
                 QStringLiteral("Other reason (anonymised)"));
        QCOMPARE(text(*db, QStringLiteral("SELECT title || '/' || location FROM interviews WHERE id = %1").arg(s.cancelledInterviewId)),
                 QStringLiteral("Architecture chat/Boardroom Nine"));
        QCOMPARE(subject::inconsistentSummaries(*db), 0);

        QCOMPARE(text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'decide-override' AND entity_id = %1").arg(s.applicationId)),
                 QStringLiteral("reject against advice strong_yes (override): [personal data removed]"));
        QCOMPARE(text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'anonymise' AND entity_id = %1").arg(s.candidateId)),
                 Anonymizer::code(databaseId, s.candidateId) + QStringLiteral("; reason: candidate request"));
        // The guard is back: enabled, and refusing.
        QCOMPARE(text(*db, QStringLiteral("SELECT string_agg(tgenabled::text, '') FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                                          "AND NOT tgisinternal")),
                 QStringLiteral("O"));
        SqlQuery q(*db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void anonymise_keepsTheMetrics()
    {
        auto db = freshDatabase();
        QVERIFY(db);
        const qint64 opening = worked::build(*db);
        QVERIFY(opening > 0);
        QStringList reasonsBefore;
        const QJsonObject before = metricsOf(*db, opening, &reasonsBefore);
        QCOMPARE(reasonsBefore.size(), 2);
        const QList<qint64> closed = subject::ids(*db, QStringLiteral(
            "SELECT candidate_id FROM applications WHERE status <> 'active' ORDER BY candidate_id"));
        QCOMPARE(closed.size(), 4);   // Ana hired, Ben and Cai rejected, Eve withdrew
        const QString ratingsBefore = text(*db, QStringLiteral("SELECT count(*) || '/' || coalesce(sum(rating), 0) FROM scorecard_ratings"));
        Result<PrivacyResult> done = PrivacyRepository(*db).anonymise(closed, QStringLiteral("dpo"), QStringLiteral("retention review"));
        QVERIFY2(done, qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QCOMPARE(done->count(), 4);
        QStringList reasonsAfter;
        QCOMPARE(metricsOf(*db, opening, &reasonsAfter), before);
        QCOMPARE(reasonsAfter, (QStringList{QStringLiteral("Other reason (anonymised)"), QStringLiteral("Other reason (anonymised)")}));
        QCOMPARE(text(*db, QStringLiteral("SELECT count(*) || '/' || coalesce(sum(rating), 0) FROM scorecard_ratings")), ratingsBefore);
        QCOMPARE(subject::inconsistentSummaries(*db), 0);
    }

    void erase_deletesEveryRow()
    {
        subject::Subject s;
        qint64 opening = 0;
        auto db = subjectDatabase(s, &opening);
        QVERIFY(db);
        const subject::RecordIds records = subject::recordIds(*db, s.candidateId);
        QVERIFY(!subject::referencingRows(*db, records).isEmpty());
        const qint64 applications = scalar(*db, QStringLiteral("SELECT count(*) FROM applications"));

        Result<PrivacyResult> erased = PrivacyRepository(*db).erase(s.candidateId, QStringLiteral("dpo"));
        QVERIFY2(erased, qPrintable(erased.error().message + QLatin1Char(' ') + erased.error().detail));
        const QStringList rowsLeft = subject::referencingRows(*db, records);
        QVERIFY2(rowsLeft.isEmpty(), qPrintable(rowsLeft.join(QLatin1Char('\n'))));
        const QStringList left = subject::occurrences(*db);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications")), applications - records.applications.size());
        QCOMPARE(subject::inconsistentSummaries(*db), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase' AND entity_id = %1").arg(s.candidateId)), 1);
        QVERIFY(*PrivacyRepository(*db).purgeStorage());
    }

    void retention_previewEqualsWhatApplyChanges_data()
    {
        QTest::addColumn<int>("inactive");
        QTest::addColumn<int>("afterExit");
        QTest::addColumn<bool>("includeHired");
        QTest::addColumn<int>("daysLater");
        QTest::addColumn<int>("expected");
        // Day 60 of the worked pipeline: Ben (exit day 13), Cai (day 6) and
        // Eve (day 25) have ended; Ana was hired; Dee and Fay are active.
        QTest::newRow("one month after exit") << 0 << 1 << false << 0 << 3;
        QTest::newRow("inactive a month, hired too") << 1 << 0 << true << 0 << 4;
        QTest::newRow("default, two years on") << 24 << 24 << false << 800 << 3;
    }

    void retention_previewEqualsWhatApplyChanges()
    {
        QFETCH(int, inactive);
        QFETCH(int, afterExit);
        QFETCH(bool, includeHired);
        QFETCH(int, daysLater);
        QFETCH(int, expected);
        auto db = freshDatabase();
        QVERIFY(db);
        QVERIFY(worked::build(*db) > 0);
        // Backdate what the pipeline wrote with the clock of today.
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET created_at = %1, updated_at = %1").arg(worked::t0)));
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET updated_at = stage_entered_at")));
        const RetentionPolicy policy{inactive, afterExit, includeHired};
        const qint64 now = worked::now + qint64(daysLater) * 86400;
        PrivacyRepository privacy(*db);
        QList<qint64> previewIds;
        const QList<RetentionCandidate> preview = privacy.preview(policy, now).value();
        for (const RetentionCandidate &r : preview)
            previewIds << r.candidateId;
        QCOMPARE(previewIds.size(), expected);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'active' AND candidate_id IN %1")
                                 .arg(subject::idList(previewIds))),
                 0);
        Result<PrivacyResult> run = privacy.apply(policy, now, QStringLiteral("dpo"));
        QVERIFY2(run, qPrintable(run.error().message + QLatin1Char(' ') + run.error().detail));
        QCOMPARE(sorted(run->candidateIds), sorted(previewIds));
        QCOMPARE(sorted(subject::ids(*db, QStringLiteral("SELECT id FROM candidates WHERE name LIKE 'Anonymised C-%'"))), sorted(previewIds));
        QCOMPARE(**privacy.lastRun(), now);
        QVERIFY(!*privacy.isDue(now));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention-run'")), 1);
    }

    void subjectAccess_holdsEverythingAboutThem()
    {
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        Result<QJsonObject> exported = SubjectAccessExport::toJson(*db, s.candidateId);
        QVERIFY2(exported, qPrintable(exported.error().message + QLatin1Char(' ') + exported.error().detail));
        const QJsonObject json = *exported;
        QCOMPARE(json.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("email")).toString(), subject::email);
        QCOMPARE(json.value(QStringLiteral("consent")).toObject().value(QStringLiteral("consentOn")).toString(), QStringLiteral("2026-01-10"));
        const QJsonObject app = json.value(QStringLiteral("applications")).toArray().at(0).toObject();
        QCOMPARE(app.value(QStringLiteral("interviews")).toArray().size(), 2);
        QCOMPARE(app.value(QStringLiteral("decisions")).toArray().size(), 1);
        QCOMPARE(app.value(QStringLiteral("stageHistory")).toArray().size(),
                 scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(s.applicationId)));
        QCOMPARE(json.value(QStringLiteral("notes")).toArray().size(), 1);
        QCOMPARE(json.value(QStringLiteral("attachments")).toArray().size(), 1);
        const QString all = QString::fromUtf8(QJsonDocument(json).toJson());
        for (const QString &secret : subject::secrets()) {
            // All but the phone's duplicate key and the attachment's bytes (described by hash).
            if (secret != QLatin1String("35449117734") && secret != QLatin1String("Wexmoorian"))
                QVERIFY2(all.contains(secret), qPrintable(secret));
        }
        QVERIFY(json.value(QStringLiteral("audit")).toArray().size() >= 10);

        QVERIFY(PrivacyRepository(*db).anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request")));
        const QString after = QString::fromUtf8(QJsonDocument(*SubjectAccessExport::toJson(*db, s.candidateId)).toJson());
        for (const QString &secret : subject::secrets())
            QVERIFY2(!after.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestPostgresPrivacy)
#include "tst_postgres_privacy.moc"
