// Privacy and compliance (issue 7): consent and retention per candidate, the
// database's retention policy (preview equals what runs), anonymisation that
// keeps the statistics and removes the identity everywhere — tables, search
// index, audit log, and the raw bytes of the database file and its WAL —
// erasure that leaves no row behind, and the subject access export.

#include "../common/privacyfixture.h"

#include "demo/demogenerator.h"
#include "formats/metricsexport.h"
#include "formats/subjectaccess.h"
#include "repositories/auditrepository.h"
#include "repositories/metarepository.h"
#include "repositories/privacyrepository.h"
#include "reports/anonymizer.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>

using namespace shortlist;
using namespace shortlist::test;
namespace subject = shortlist::test::privacy;

namespace {

const QDateTime asOf(QDate(2026, 6, 1), QTime(17, 0), QTimeZone::utc());

qint64 monthsAfterAsOf(int months)
{
    return asOf.addMonths(months).toSecsSinceEpoch();
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Every candidate's name by id.
QHash<qint64, QString> names(Database &db)
{
    QHash<qint64, QString> result;
    SqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, name FROM candidates"))) {
        while (q.next())
            result.insert(q.int64(0), q.value(1).toString());
    }
    return result;
}

// The rows of a query as lines, for comparing tables before and after.
QStringList rows(Database &db, const QString &sql)
{
    QStringList lines;
    SqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("<error %1>").arg(q.error().detail)};
    const int columns = q.raw().record().count();
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < columns; ++i)
            cells << (q.isNull(i) ? QStringLiteral("NULL") : q.value(i).toString());
        lines << cells.join(QLatin1Char('|'));
    }
    return lines;
}

// What anonymisation must leave exactly as it was.
QStringList statistics(Database &db)
{
    QStringList all;
    all << rows(db, QStringLiteral("SELECT scorecard_id, competency_id, rating, not_assessed FROM scorecard_ratings ORDER BY 1, 2"));
    all << rows(db, QStringLiteral("SELECT id, interview_id, person_id, revision, status, overall, submitted_at FROM scorecards ORDER BY id"));
    all << rows(db, QStringLiteral("SELECT id, application_id, at, from_stage_id, to_stage_id, actor, left_at, stay_hours FROM stage_events ORDER BY id"));
    all << rows(db, QStringLiteral("SELECT id, candidate_id, opening_id, stage_id, status, applied_at, stage_entered_at, match_score, "
                                   "missing_must_haves, furthest_stage_id, exited_from_stage_id, candidate_source FROM applications ORDER BY id"));
    all << rows(db, QStringLiteral("SELECT id, application_id, decided_at, decision, formula_score, formula_advice, weights, override FROM decisions ORDER BY id"));
    all << rows(db, QStringLiteral("SELECT id, application_id, stage_id, starts_at, duration_minutes, time_zone, status, uid FROM interviews ORDER BY id"));
    all << rows(db, QStringLiteral("SELECT id, source, years_experience, created_at FROM candidates ORDER BY id"));
    return all;
}

// Everything `shortlist metrics` prints but the timestamp of the run, and the
// referrer table: anonymisation removes the referrer (a named person who
// knows the candidate), so referrals count under the source only.
QJsonObject metricsOf(Database &db, qint64 openingId, QJsonArray *referrers = nullptr)
{
    MetricsFilter filter;
    if (openingId > 0)
        filter.openingIds = {openingId};
    filter.now = asOf.toSecsSinceEpoch();
    Result<MetricsReport> report = MetricsExport::build(db, filter, {}, true, false);
    if (!report)
        return QJsonObject{{QStringLiteral("error"), report.error().message}};
    QJsonObject json = MetricsExport::toJson(*report);
    json.remove(QStringLiteral("generated"));
    if (referrers)
        *referrers = json.value(QStringLiteral("referrers")).toArray();
    json.remove(QStringLiteral("referrers"));
    return json;
}

qint64 referredApplications(const QJsonArray &referrers)
{
    qint64 total = 0;
    for (const QJsonValue &v : referrers)
        total += v.toObject().value(QStringLiteral("applications")).toInteger();
    return total;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The byte patterns no file may hold: each secret as stored, lower-cased and
// folded like the search index and sort keys, and the tail of each long
// folded word (the index stores a term after the prefix it shares with the
// term before it).
QList<QByteArray> rawPatterns()
{
    QList<QByteArray> patterns;
    for (const QString &form : subject::secretForms()) {
        patterns << form.toUtf8();
        if (form.size() >= 10 && !form.contains(QLatin1Char(' ')) && !form.contains(QLatin1Char('@')))
            patterns << form.mid(4).toUtf8();
    }
    return patterns;
}

QStringList foundIn(const QByteArray &bytes, const QList<QByteArray> &patterns)
{
    QStringList found;
    for (const QByteArray &p : patterns) {
        if (bytes.contains(p))
            found << QString::fromUtf8(p);
    }
    return found;
}

} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    std::unique_ptr<Database> copyOfDemo(QString *path = nullptr)
    {
        const QString copy = m_dir.filePath(QStringLiteral("demo-%1.shortlist").arg(++m_copies));
        if (!QFile::copy(m_demo, copy))
            return nullptr;
        if (path)
            *path = copy;
        return openOrFail(copy);
    }

    // A new database with an opening and the subject; its path in *path.
    std::unique_ptr<Database> subjectDatabase(subject::Subject &s, qint64 *opening = nullptr, QString *path = nullptr)
    {
        const QString file = m_dir.filePath(QStringLiteral("subject-%1.shortlist").arg(++m_copies));
        auto db = createDatabase(file);
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
        if (path)
            *path = file;
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions options;
        options.candidates = 300;
        options.seed = 11;
        options.asOf = asOf;
        Result<DemoSummary> demo = DemoGenerator::generate(m_demo, options);
        QVERIFY2(demo, qPrintable(demo.error().message));
    }

    // ------------------------------------------------------------ consent

    void consent_setAndGet_roundTrips()
    {
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        PrivacyRepository privacy(*db);
        ConsentRecord r = privacy.consent(s.candidateId).value();
        QCOMPARE(r.basis, LegalBasis::Consent);
        QCOMPARE(r.consentOn, QDate(2026, 1, 10));
        r.basis = LegalBasis::LegitimateInterest;
        r.consentOn = QDate(2026, 2, 1);
        r.retainUntil = QDate(2027, 2, 1);
        Result<int> version = privacy.setConsent(s.candidateId, r, QDate(2026, 6, 1));
        QVERIFY2(version, qPrintable(version.error().message));
        const ConsentRecord back = privacy.consent(s.candidateId).value();
        QCOMPARE(back.basis, LegalBasis::LegitimateInterest);
        QCOMPARE(back.storedBasis, QStringLiteral("legitimate_interest"));
        QCOMPARE(back.consentOn, QDate(2026, 2, 1));
        QCOMPARE(back.retainUntil, QDate(2027, 2, 1));
        QCOMPARE(back.version, *version);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consent' AND entity_id = %1").arg(s.candidateId)), 1);

        // Someone else saved in between: refused, nothing changed.
        r.retainUntil = QDate(2027, 3, 1);
        Result<int> stale = privacy.setConsent(s.candidateId, r, QDate(2026, 6, 1));
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Stale);
        QCOMPARE(privacy.consent(s.candidateId)->retainUntil, QDate(2027, 2, 1));
    }

    void consent_legalBasis_readsTheWaysPeopleWriteIt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("basis");
        QTest::newRow("code") << QStringLiteral("legitimate_interest") << int(LegalBasis::LegitimateInterest);
        QTest::newRow("words") << QStringLiteral("Legitimate interest") << int(LegalBasis::LegitimateInterest);
        QTest::newRow("hyphen") << QStringLiteral("legal-obligation") << int(LegalBasis::LegalObligation);
        QTest::newRow("consent") << QStringLiteral(" Consent ") << int(LegalBasis::Consent);
        QTest::newRow("empty") << QString() << int(LegalBasis::Unset);
        QTest::newRow("unknown") << QStringLiteral("because") << -1;
    }

    void consent_legalBasis_readsTheWaysPeopleWriteIt()
    {
        QFETCH(QString, text);
        QFETCH(int, basis);
        const std::optional<LegalBasis> parsed = legalBasisFromCode(text);
        QCOMPARE(parsed ? int(*parsed) : -1, basis);
    }

    void consent_invalid_isRefusedWithAMessage_data()
    {
        QTest::addColumn<QDate>("consentOn");
        QTest::addColumn<int>("basis");
        QTest::addColumn<QDate>("retainUntil");
        QTest::addColumn<QString>("message");
        const QDate none;
        QTest::newRow("consent in the future") << QDate(2026, 7, 1) << int(LegalBasis::Consent) << none << QStringLiteral("is in the future");
        QTest::newRow("consent without a date") << none << int(LegalBasis::Consent) << none << QStringLiteral("needs the date");
        QTest::newRow("date without a basis") << QDate(2026, 5, 1) << int(LegalBasis::Unset) << none << QStringLiteral("Choose the legal basis");
        QTest::newRow("retention before consent") << QDate(2026, 5, 1) << int(LegalBasis::Consent) << QDate(2026, 4, 1)
                                                  << QStringLiteral("before the consent date");
        QTest::newRow("retention beyond ten years") << QDate(2026, 5, 1) << int(LegalBasis::Consent) << QDate(2040, 1, 1)
                                                    << QStringLiteral("at most 10 years");
        QTest::newRow("legitimate interest, no date") << none << int(LegalBasis::LegitimateInterest) << QDate(2027, 1, 1) << QString();
        QTest::newRow("nothing recorded") << none << int(LegalBasis::Unset) << none << QString();
    }

    void consent_invalid_isRefusedWithAMessage()
    {
        QFETCH(QDate, consentOn);
        QFETCH(int, basis);
        QFETCH(QDate, retainUntil);
        QFETCH(QString, message);
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        PrivacyRepository privacy(*db);
        ConsentRecord r = privacy.consent(s.candidateId).value();
        const ConsentRecord before = r;
        r.consentOn = consentOn;
        r.basis = LegalBasis(basis);
        r.retainUntil = retainUntil;
        Result<int> saved = privacy.setConsent(s.candidateId, r, QDate(2026, 6, 1));
        if (message.isEmpty()) {
            QVERIFY2(saved, qPrintable(saved.error().message));
            return;
        }
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Invalid);
        QVERIFY2(saved.error().message.contains(message), qPrintable(saved.error().message));
        const ConsentRecord after = privacy.consent(s.candidateId).value();
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.consentOn, before.consentOn);
        QCOMPARE(after.retainUntil, before.retainUntil);
    }

    // ------------------------------------------------------------ retention policy

    void retentionPolicy_isTheDatabases_withADefault()
    {
        QString path;
        {
            auto db = copyOfDemo(&path);
            QVERIFY(db);
            PrivacyRepository privacy(*db);
            QVERIFY(*privacy.policy() == RetentionPolicy{});
            QCOMPARE(privacy.policy()->inactiveMonths, 24);
            QVERIFY(!privacy.setPolicy(RetentionPolicy{36, 6, true}));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'retention_policy'")), 1);
        }
        auto reopened = openOrFail(path);   // in the file, for everyone who opens it
        QVERIFY(reopened);
        QVERIFY(*PrivacyRepository(*reopened).policy() == (RetentionPolicy{36, 6, true}));
    }

    void retentionPolicy_invalid_isRefused_data()
    {
        QTest::addColumn<int>("inactive");
        QTest::addColumn<int>("afterExit");
        QTest::addColumn<QString>("message");
        QTest::newRow("both off") << 0 << 0 << QStringLiteral("at least one rule");
        QTest::newRow("negative") << -1 << 24 << QStringLiteral("between 1 and 240");
        QTest::newRow("too long after exit") << 24 << 241 << QStringLiteral("rejection or withdrawal must be between");
        QTest::newRow("only after exit") << 0 << 6 << QString();
    }

    void retentionPolicy_invalid_isRefused()
    {
        QFETCH(int, inactive);
        QFETCH(int, afterExit);
        QFETCH(QString, message);
        auto db = copyOfDemo();
        QVERIFY(db);
        const Error e = PrivacyRepository(*db).setPolicy(RetentionPolicy{inactive, afterExit, false});
        if (message.isEmpty()) {
            QVERIFY2(!e, qPrintable(e.message));
            return;
        }
        QCOMPARE(e.code, ErrorCode::Invalid);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY(*PrivacyRepository(*db).policy() == RetentionPolicy{});
        QVERIFY(!PrivacyRepository(*db).apply(RetentionPolicy{inactive, afterExit, false}, monthsAfterAsOf(24), QStringLiteral("dpo")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention-run'")), 0);
    }

    void retention_previewEqualsWhatApplyChanges_data()
    {
        QTest::addColumn<int>("inactive");
        QTest::addColumn<int>("afterExit");
        QTest::addColumn<bool>("includeHired");
        QTest::addColumn<int>("monthsLater");
        QTest::newRow("default 24/24, two years on") << 24 << 24 << false << 24;
        QTest::newRow("inactive 6 only") << 6 << 0 << false << 6;
        QTest::newRow("3 months after exit only") << 0 << 3 << false << 2;
        QTest::newRow("hired included") << 12 << 0 << true << 12;
    }

    void retention_previewEqualsWhatApplyChanges()
    {
        QFETCH(int, inactive);
        QFETCH(int, afterExit);
        QFETCH(bool, includeHired);
        QFETCH(int, monthsLater);
        auto db = copyOfDemo();
        QVERIFY(db);
        const RetentionPolicy policy{inactive, afterExit, includeHired};
        const qint64 now = monthsAfterAsOf(monthsLater);
        PrivacyRepository privacy(*db);
        QList<RetentionCandidate> preview = privacy.preview(policy, now).value();
        QVERIFY2(preview.size() >= 3, "the policy should find candidates in the demo");

        // A retention date from today on protects a candidate; one that has passed does not.
        const QString today = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).date().toString(Qt::ISODate);
        const qint64 kept = preview.at(0).candidateId;
        const qint64 expired = preview.at(1).candidateId;
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET retain_until = '%1' WHERE id = %2").arg(today).arg(kept)));
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET retain_until = '2020-01-01' WHERE id = %1").arg(expired)));
        preview = privacy.preview(policy, now).value();
        QList<qint64> previewIds;
        for (const RetentionCandidate &r : std::as_const(preview)) {
            previewIds << r.candidateId;
            QVERIFY(r.lastActivity > 0);
            QVERIFY(!r.name.isEmpty());
            if (inactive == 0)
                QCOMPARE(r.reason, RetentionReason::AfterExit);
        }
        QVERIFY(!previewIds.contains(kept));
        QVERIFY(previewIds.contains(expired));
        const QString in = subject::idList(previewIds);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'active' AND candidate_id IN %1").arg(in)), 0);
        if (!includeHired)
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'hired' AND candidate_id IN %1").arg(in)), 0);
        else
            QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'hired' AND candidate_id IN %1").arg(in)) > 0);
        // Nobody with activity after the cut-off, by either rule.
        if (afterExit == 0) {
            const qint64 cutoff = QDateTime::fromSecsSinceEpoch(now, QTimeZone::utc()).addMonths(-inactive).toSecsSinceEpoch();
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events e JOIN applications a ON a.id = e.application_id "
                                                "WHERE e.at >= %1 AND a.candidate_id IN %2").arg(cutoff).arg(in)),
                     0);
        }

        const QHash<qint64, QString> before = names(*db);
        Result<PrivacyResult> run = privacy.apply(policy, now, QStringLiteral("dpo"));
        QVERIFY2(run, qPrintable(run.error().message + QLatin1Char(' ') + run.error().detail));
        const QHash<qint64, QString> after = names(*db);
        QList<qint64> changed;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (after.value(it.key()) != it.value())
                changed << it.key();
        }
        QCOMPARE(sorted(run->candidateIds), sorted(previewIds));
        QCOMPARE(sorted(changed), sorted(previewIds));
        QCOMPARE(run->count(), preview.size());
        QVERIFY(!run->storagePurgePending);
        QCOMPARE(privacy.preview(policy, now)->size(), 0);   // done: nothing left to do

        // One audited run: a row per candidate and one for the run, by the given actor.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'anonymise' AND actor = 'dpo' AND entity_id IN %1").arg(in)),
                 qint64(previewIds.size()));
        QCOMPARE(text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'retention-run'")).section(QLatin1Char(' '), 0, 0),
                 QString::number(previewIds.size()));
        QCOMPARE(**privacy.lastRun(), now);
        QVERIFY(!*privacy.isDue(now + 29 * 86400));
        QVERIFY(*privacy.isDue(now + 31 * 86400));
        QCOMPARE(subject::inconsistentSummaries(*db), 0);
    }

    void retention_reminder_isDueUntilARunIsRecorded()
    {
        auto db = copyOfDemo();
        QVERIFY(db);
        PrivacyRepository privacy(*db);
        const qint64 now = asOf.toSecsSinceEpoch();
        QVERIFY(!privacy.lastRun()->has_value());
        QVERIFY(*privacy.isDue(now));
        // A run that finds nobody is still a run.
        Result<PrivacyResult> run = privacy.apply(RetentionPolicy{240, 0, false}, now, QStringLiteral("dpo"));
        QVERIFY(run);
        QCOMPARE(run->count(), 0);
        QVERIFY(!*privacy.isDue(now + 86400));
        QVERIFY(*privacy.isDue(now + (PrivacyRepository::reminderDays + 1) * qint64(86400)));
    }

    // ------------------------------------------------------------ anonymisation

    void anonymise_keepsTheMetricsAndRatings()
    {
        auto db = copyOfDemo();
        QVERIFY(db);
        QList<qint64> chosen = subject::ids(*db, QStringLiteral(
            "SELECT c.id FROM candidates c WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id AND a.status = 'active') "
            "AND EXISTS (SELECT 1 FROM applications a JOIN interviews i ON i.application_id = a.id JOIN scorecards sc ON sc.interview_id = i.id "
            "WHERE a.candidate_id = c.id) ORDER BY c.id LIMIT 30"));
        chosen += subject::ids(*db, QStringLiteral(
            "SELECT c.id FROM candidates c WHERE c.referrer <> '' AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = c.id "
            "AND a.status = 'active') ORDER BY c.id LIMIT 5"));
        QVERIFY(chosen.size() >= 20);
        const qint64 referredChosen = scalar(*db, QStringLiteral("SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                                 "WHERE c.referrer <> '' AND c.id IN %1").arg(subject::idList(chosen)));
        QVERIFY(referredChosen > 0);
        const QList<qint64> openings = subject::ids(*db, QStringLiteral("SELECT id FROM openings ORDER BY id"));
        QList<QJsonObject> metricsBefore;
        QJsonArray referrersBefore;
        metricsBefore << metricsOf(*db, 0, &referrersBefore);
        for (qint64 opening : openings)
            metricsBefore << metricsOf(*db, opening);
        const QStringList statsBefore = statistics(*db);
        const qint64 ratings = scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings WHERE rating IS NOT NULL"));
        QVERIFY(ratings > 0);

        Result<PrivacyResult> done = PrivacyRepository(*db).anonymise(chosen, QStringLiteral("dpo"), QStringLiteral("retention review"));
        QVERIFY2(done, qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QCOMPARE(done->count(), QSet<qint64>(chosen.cbegin(), chosen.cend()).size());

        QJsonArray referrersAfter;
        QCOMPARE(metricsOf(*db, 0, &referrersAfter), metricsBefore.at(0));
        for (qsizetype i = 0; i < openings.size(); ++i)
            QCOMPARE(metricsOf(*db, openings.at(i)), metricsBefore.at(i + 1));
        QCOMPARE(statistics(*db), statsBefore);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings WHERE rating IS NOT NULL")), ratings);
        // Referrals still count under their source, no longer per referrer.
        QCOMPARE(referredApplications(referrersAfter), referredApplications(referrersBefore) - referredChosen);
        QCOMPARE(subject::inconsistentSummaries(*db), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates WHERE id IN %1 AND name LIKE 'Anonymised C-%' "
                                            "AND email = '' AND phone = '' AND referrer = '' AND current_company = ''").arg(subject::idList(chosen))),
                 qint64(done->count()));
    }

    void anonymise_removesTheIdentityEverywhere()
    {
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        QVERIFY(!subject::occurrences(*db).isEmpty());   // the search can see them
        QCOMPARE(subject::searchHits(*db, subject::name), 1);
        const qint64 ratingsBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings"));
        const QString ratingValues = rows(*db, QStringLiteral("SELECT scorecard_id, competency_id, rating FROM scorecard_ratings ORDER BY 1, 2")).join(QLatin1Char(';'));
        const QStringList auditSchema = rows(*db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'audit_log' ORDER BY name"));

        Result<PrivacyResult> done = PrivacyRepository(*db).anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request"));
        QVERIFY2(done, qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QCOMPARE(done->candidateIds, QList<qint64>{s.candidateId});
        QVERIFY(!done->storagePurgePending);

        // Nowhere in any column of any table, the audit log and the search index's tables included.
        const QStringList left = subject::occurrences(*db);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));

        const QString databaseId = *MetaRepository(*db).databaseId();
        const Candidate c = CandidateRepository(*db).load(s.candidateId).value();
        QCOMPARE(c.name, QStringLiteral("Anonymised ") + Anonymizer::code(databaseId, s.candidateId));
        QVERIFY(*PrivacyRepository(*db).isAnonymised(s.candidateId));
        // Kept: source, years, consent; the skills a requirement matched; a shared tag.
        QCOMPARE(c.source, QStringLiteral("Referral"));
        QCOMPARE(c.yearsExperience, std::optional<int>(12));
        QCOMPARE(c.skills, (QStringList{QStringLiteral("Apache Spark"), QStringLiteral("Kafka")}));
        QCOMPARE(c.tags, QStringList{QStringLiteral("relocation")});
        QCOMPARE(c.consentOn, QDate(2026, 1, 10));
        QVERIFY(c.email.isEmpty() && c.phone.isEmpty() && c.location.isEmpty() && c.links.isEmpty() && c.referrer.isEmpty());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM tags WHERE name IN ('quispelwyn-followup', 'þórhildur-vip')")), 0);
        // The statistics: every rating, the decision, the stage history.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings")), ratingsBefore);
        QCOMPARE(rows(*db, QStringLiteral("SELECT scorecard_id, competency_id, rating FROM scorecard_ratings ORDER BY 1, 2")).join(QLatin1Char(';')),
                 ratingValues);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM scorecard_ratings WHERE evidence <> ''")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT override FROM decisions WHERE application_id = %1").arg(s.applicationId)), 1);
        QCOMPARE(text(*db, QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(s.applicationId)), QStringLiteral("rejected"));
        QCOMPARE(text(*db, QStringLiteral("SELECT rejection_reason FROM applications WHERE id = %1").arg(s.applicationId)),
                 QStringLiteral("Other reason (anonymised)"));
        // Interviews: the stage name for a one-off title, shared titles and rooms kept, a personal link gone.
        const Opening plan = OpeningRepository(*db).load(scalar(*db, QStringLiteral("SELECT opening_id FROM applications WHERE id = %1").arg(s.applicationId))).value();
        QCOMPARE(text(*db, QStringLiteral("SELECT title FROM interviews WHERE id = %1").arg(s.interviewId)), plan.firstStage(StageCategory::Interview)->name);
        QCOMPARE(text(*db, QStringLiteral("SELECT location FROM interviews WHERE id = %1").arg(s.interviewId)), QString());
        QCOMPARE(text(*db, QStringLiteral("SELECT title || '/' || location FROM interviews WHERE id = %1").arg(s.cancelledInterviewId)),
                 QStringLiteral("Architecture chat/Boardroom Nine"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(s.candidateId)), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM attachments WHERE candidate_id = %1").arg(s.candidateId)), 0);
        // The other candidate keeps everything.
        QCOMPARE(CandidateRepository(*db).load(s.otherCandidateId)->name, QStringLiteral("Control Person"));
        QCOMPARE(CandidateRepository(*db).load(s.otherCandidateId)->tags, QStringList{QStringLiteral("relocation")});

        // The audit log says what happened, by whom, with the code, and still refuses edits.
        QCOMPARE(text(*db, QStringLiteral("SELECT actor || ': ' || detail FROM audit_log WHERE action = 'anonymise' AND entity_id = %1").arg(s.candidateId)),
                 QStringLiteral("dpo: %1; reason: candidate request").arg(Anonymizer::code(databaseId, s.candidateId)));
        QCOMPARE(text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'decide-override' AND entity_id = %1").arg(s.applicationId)),
                 QStringLiteral("reject against advice strong_yes (override): [personal data removed]"));
        QCOMPARE(text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'cancel' AND entity_id = %1").arg(s.cancelledInterviewId)),
                 QStringLiteral("[personal data removed]"));
        QCOMPARE(text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'move' AND entity_id = %1 ORDER BY id DESC LIMIT 1")
                               .arg(s.applicationId))
                     .startsWith(QLatin1String("stage ")),
                 true);
        QCOMPARE(rows(*db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'audit_log' ORDER BY name")), auditSchema);
        SqlQuery q(*db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET detail = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void anonymise_searchNoLongerFindsThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("before");
        QTest::newRow("name") << subject::name << qint64(1);
        QTest::newRow("surname, folded") << QStringLiteral("quispelwyn") << qint64(1);
        QTest::newRow("email") << subject::email << qint64(1);
        QTest::newRow("word from a note") << subject::noteWord << qint64(1);
        QTest::newRow("company") << QStringLiteral("Vrelkstadt") << qint64(1);
        QTest::newRow("skill nobody asked for") << QStringLiteral("Zorblaxian") << qint64(1);
        QTest::newRow("unique tag") << QStringLiteral("quispelwyn-followup") << qint64(1);
    }

    void anonymise_searchNoLongerFindsThem()
    {
        QFETCH(QString, text);
        QFETCH(qint64, before);
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        QCOMPARE(subject::searchHits(*db, text), before);
        QVERIFY(PrivacyRepository(*db).anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request")));
        QCOMPARE(subject::searchHits(*db, text), 0);
        QCOMPARE(subject::searchHits(*db, QStringLiteral("Anonymised")), 1);
        QCOMPARE(subject::searchHits(*db, QStringLiteral("Kafka")), 2);   // them and the control candidate
    }

    void anonymise_refusals_writeNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("active application") << QStringLiteral("active") << int(ErrorCode::Invalid) << QStringLiteral("still has an active application");
        QTest::newRow("unknown candidate") << QStringLiteral("unknown") << int(ErrorCode::NotFound) << QStringLiteral("does not exist");
        QTest::newRow("no reason") << QStringLiteral("reason") << int(ErrorCode::Invalid) << QStringLiteral("Say why");
    }

    void anonymise_refusals_writeNothing()
    {
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, message);
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        const qint64 audit = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QList<qint64> ids{s.candidateId};
        QString reason = QStringLiteral("candidate request");
        if (kind == QLatin1String("active"))
            ids << s.otherCandidateId;   // still in process
        else if (kind == QLatin1String("unknown"))
            ids << 999999;
        else
            reason = QStringLiteral("   ");
        Result<PrivacyResult> refused = PrivacyRepository(*db).anonymise(ids, QStringLiteral("dpo"), reason);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().code), code);
        QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
        QCOMPARE(CandidateRepository(*db).load(s.candidateId)->name, subject::name);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    }

    void anonymise_again_passesOverTheAnonymised()
    {
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        PrivacyRepository privacy(*db);
        QCOMPARE(privacy.anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request"))->count(), 1);
        const QString name = CandidateRepository(*db).load(s.candidateId)->name;
        Result<PrivacyResult> again = privacy.anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request"));
        QVERIFY(again);
        QCOMPARE(again->count(), 0);
        QCOMPARE(CandidateRepository(*db).load(s.candidateId)->name, name);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'anonymise'")), 1);
    }

    // ------------------------------------------------------------ erasure

    void erase_deletesEveryRow_andKeepsTheMetricsConsistent()
    {
        auto db = copyOfDemo();
        QVERIFY(db);
        subject::Subject s;
        const qint64 opening = subject::ids(*db, QStringLiteral("SELECT id FROM openings ORDER BY id LIMIT 1")).value(0);
        const QString problem = subject::buildSubject(*db, opening, s, asOf.toSecsSinceEpoch() - 30 * 86400);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const subject::RecordIds records = subject::recordIds(*db, s.candidateId);
        QVERIFY(!records.applications.isEmpty() && records.interviews.size() == 2 && records.scorecards.size() == 3);
        QVERIFY(!records.notes.isEmpty() && !records.attachments.isEmpty());
        QVERIFY(!subject::referencingRows(*db, records).isEmpty());
        QCOMPARE(subject::inconsistentSummaries(*db), 0);
        const qint64 applicationsBefore = metricsOf(*db, opening).value(QStringLiteral("applications")).toInteger();
        const qint64 otherRows = scalar(*db, QStringLiteral("SELECT count(*) FROM applications"));

        Result<PrivacyResult> erased = PrivacyRepository(*db).erase(s.candidateId, QStringLiteral("dpo"));
        QVERIFY2(erased, qPrintable(erased.error().message + QLatin1Char(' ') + erased.error().detail));
        QVERIFY(!erased->storagePurgePending);

        const QStringList rowsLeft = subject::referencingRows(*db, records);
        QVERIFY2(rowsLeft.isEmpty(), qPrintable(rowsLeft.join(QLatin1Char('\n'))));
        const QStringList left = subject::occurrences(*db);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char('\n'))));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications")), otherRows - records.applications.size());
        QCOMPARE(subject::inconsistentSummaries(*db), 0);
        QCOMPARE(metricsOf(*db, opening).value(QStringLiteral("applications")).toInteger(), applicationsBefore - records.applications.size());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates WHERE id = %1").arg(s.otherCandidateId)), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'relocation'")), 1);
        // Recorded by id and code, by whom; nothing else about them.
        const QString databaseId = *MetaRepository(*db).databaseId();
        QCOMPARE(text(*db, QStringLiteral("SELECT actor || ' ' || detail FROM audit_log WHERE action = 'erase' AND entity_id = %1").arg(s.candidateId)),
                 QStringLiteral("dpo ") + Anonymizer::code(databaseId, s.candidateId));
        QCOMPARE(subject::searchHits(*db, subject::name), 0);
        QCOMPARE(subject::searchHits(*db, subject::email), 0);
        Result<PrivacyResult> again = PrivacyRepository(*db).erase(s.candidateId, QStringLiteral("dpo"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::NotFound);
    }

    // ------------------------------------------------------------ raw files

    void rawFiles_holdNoTrace_data()
    {
        QTest::addColumn<bool>("erase");
        QTest::newRow("after anonymisation") << false;
        QTest::newRow("after erasure") << true;
    }

    void rawFiles_holdNoTrace()
    {
        QFETCH(bool, erase);
        QString path;
        auto db = copyOfDemo(&path);
        QVERIFY(db);
        subject::Subject s;
        const qint64 opening = subject::ids(*db, QStringLiteral("SELECT id FROM openings ORDER BY id LIMIT 1")).value(0);
        const QString problem = subject::buildSubject(*db, opening, s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The candidate is also edited a few times, leaving older page images behind.
        for (int i = 0; i < 3; ++i) {
            Candidate c = CandidateRepository(*db).load(s.candidateId).value();
            c.currentTitle = QStringLiteral("Principal Glimmerdata Engineer %1").arg(i);
            QVERIFY(CandidateRepository(*db).update(c));
        }
        const QString wal = path + QStringLiteral("-wal");
        const QList<QByteArray> patterns = rawPatterns();
        // The check can see the data: every secret as stored is in the files now.
        const QByteArray before = fileBytes(path) + fileBytes(wal);
        for (const QString &secret : subject::secrets())
            QVERIFY2(before.contains(secret.toUtf8()), qPrintable(secret));

        Result<PrivacyResult> done = erase ? PrivacyRepository(*db).erase(s.candidateId, QStringLiteral("dpo"))
                                           : PrivacyRepository(*db).anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request"));
        QVERIFY2(done, qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QVERIFY(!done->storagePurgePending);

        // While the database is still open...
        QStringList found = foundIn(fileBytes(path), patterns);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("database file: ") + found.join(QStringLiteral(", "))));
        found = foundIn(fileBytes(wal), patterns);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("-wal file: ") + found.join(QStringLiteral(", "))));
        // ...after more work...
        QVERIFY(addCandidate(*db, opening, QStringLiteral("Later Person")).candidateId > 0);
        found = foundIn(fileBytes(path) + fileBytes(wal), patterns);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("after another write: ") + found.join(QStringLiteral(", "))));
        // ...and once it is closed.
        db.reset();
        found = foundIn(fileBytes(path) + fileBytes(wal), patterns);
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("closed: ") + found.join(QStringLiteral(", "))));
    }

    void purge_withAReaderOpen_isReportedPending()
    {
        QString path;
        auto db = copyOfDemo(&path);
        QVERIFY(db);
        subject::Subject s;
        const qint64 opening = subject::ids(*db, QStringLiteral("SELECT id FROM openings ORDER BY id LIMIT 1")).value(0);
        QVERIFY(subject::buildSubject(*db, opening, s).isEmpty());
        // A second connection holding a read transaction open keeps the
        // checkpoint from truncating the WAL.
        Result<std::unique_ptr<Database>> reader = Database::openSqliteReader(path, QStringLiteral("worker"));
        QVERIFY(reader);
        SqlQuery hold(**reader);
        QVERIFY(hold.exec(QStringLiteral("BEGIN")));
        QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM candidates")) && hold.next());
        Result<PrivacyResult> done = PrivacyRepository(*db).erase(s.candidateId, QStringLiteral("dpo"));
        QVERIFY(done);
        QVERIFY(done->storagePurgePending);
        hold.finish();
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
        QVERIFY(*PrivacyRepository(*db).purgeStorage());
        const QStringList found = foundIn(fileBytes(path) + fileBytes(path + QStringLiteral("-wal")), rawPatterns());
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", "))));
    }

    // ------------------------------------------------------------ subject access

    void subjectAccess_holdsEverythingAboutThem()
    {
        subject::Subject s;
        auto db = subjectDatabase(s);
        QVERIFY(db);
        Result<QJsonObject> exported = SubjectAccessExport::toJson(*db, s.candidateId, QDateTime(QDate(2026, 6, 1), QTime(9, 0), QTimeZone::utc()));
        QVERIFY2(exported, qPrintable(exported.error().message));
        const QJsonObject json = *exported;
        QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("shortlist-subject-access"));
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(json.value(QStringLiteral("generated")).toString(), QStringLiteral("2026-06-01T09:00:00Z"));

        const QJsonObject c = json.value(QStringLiteral("candidate")).toObject();
        QCOMPARE(c.value(QStringLiteral("id")).toInteger(), s.candidateId);
        QCOMPARE(c.value(QStringLiteral("name")).toString(), subject::name);
        QCOMPARE(c.value(QStringLiteral("email")).toString(), subject::email);
        QCOMPARE(c.value(QStringLiteral("phone")).toString(), subject::phone);
        QCOMPARE(c.value(QStringLiteral("location")).toString(), QStringLiteral("Ærøskøbing Harbour"));
        QCOMPARE(c.value(QStringLiteral("currentCompany")).toString(), QStringLiteral("Vrelkstadt Analytics"));
        QCOMPARE(c.value(QStringLiteral("referrer")).toString(), QStringLiteral("Wendeline Drabbsworth"));
        QCOMPARE(c.value(QStringLiteral("skills")).toArray().size(), 3);
        QCOMPARE(c.value(QStringLiteral("links")).toArray().at(0).toString(), QStringLiteral("https://linkedin.example/in/qpw7731"));
        QCOMPARE(c.value(QStringLiteral("tags")).toArray().size(), 3);
        QCOMPARE(c.value(QStringLiteral("yearsExperience")).toInt(), 12);
        const QJsonObject consent = json.value(QStringLiteral("consent")).toObject();
        QCOMPARE(consent.value(QStringLiteral("consentOn")).toString(), QStringLiteral("2026-01-10"));
        QCOMPARE(consent.value(QStringLiteral("legalBasis")).toString(), QStringLiteral("consent"));
        QCOMPARE(consent.value(QStringLiteral("retainUntil")).toString(), QStringLiteral("2026-07-10"));

        const QJsonArray applications = json.value(QStringLiteral("applications")).toArray();
        QCOMPARE(applications.size(), 1);
        const QJsonObject app = applications.at(0).toObject();
        QCOMPARE(app.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(app.value(QStringLiteral("rejectionReason")).toString(), QStringLiteral("Quispelwyn relocating to Ærøskøbing"));
        QCOMPARE(app.value(QStringLiteral("stageHistory")).toArray().size(),
                 scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(s.applicationId)));
        QVERIFY(!app.value(QStringLiteral("matchScore")).isNull());
        const QJsonArray interviews = app.value(QStringLiteral("interviews")).toArray();
        QCOMPARE(interviews.size(), 2);
        QJsonObject held;
        for (const QJsonValue &v : interviews) {
            if (v.toObject().value(QStringLiteral("id")).toInteger() == s.interviewId)
                held = v.toObject();
        }
        QCOMPARE(held.value(QStringLiteral("title")).toString(), QStringLiteral("Deep-dive with Þórhildur"));
        QCOMPARE(held.value(QStringLiteral("location")).toString(), QStringLiteral("https://meet.example/qpw-room"));
        QCOMPARE(held.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/London"));
        QCOMPARE(held.value(QStringLiteral("panel")).toArray().size(), 2);
        const QJsonArray scorecards = held.value(QStringLiteral("scorecards")).toArray();
        QCOMPARE(scorecards.size(), 3);   // Ines's two revisions and Tomasz's
        bool sawAmendment = false;
        for (const QJsonValue &v : scorecards) {
            const QJsonObject card = v.toObject();
            QCOMPARE(card.value(QStringLiteral("summary")).toString(), QStringLiteral("Quispelwyn: Kvarnhjul-level depth"));
            sawAmendment |= card.value(QStringLiteral("amendReason")).toString() == QLatin1String("Quispelwyn sent a Snorvaldic code sample");
            const QJsonArray ratings = card.value(QStringLiteral("ratings")).toArray();
            QCOMPARE(ratings.size(), 2);
            QCOMPARE(ratings.at(0).toObject().value(QStringLiteral("evidence")).toString(), QStringLiteral("Þórhildur explained Snorvaldic sharding"));
            QVERIFY(!ratings.at(0).toObject().value(QStringLiteral("level")).toString().isEmpty());
            QVERIFY(!ratings.at(0).toObject().value(QStringLiteral("competency")).toString().isEmpty());
        }
        QVERIFY(sawAmendment);
        const QJsonArray decisions = app.value(QStringLiteral("decisions")).toArray();
        QCOMPARE(decisions.size(), 1);
        QCOMPARE(decisions.at(0).toObject().value(QStringLiteral("rationale")).toString(),
                 QStringLiteral("Quispelwyn only wants Ærøskøbing; relocation impossible"));
        QVERIFY(decisions.at(0).toObject().value(QStringLiteral("override")).toBool());

        const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.at(0).toObject().value(QStringLiteral("body")).toString().contains(subject::noteWord));
        const QJsonArray attachments = json.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        const QByteArray content = *PrivacyRepository(*db).attachmentContent(s.attachmentId);
        QCOMPARE(attachments.at(0).toObject().value(QStringLiteral("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));

        // Every audit entry about their records, cancellation and amendment reasons included.
        const QJsonArray audit = json.value(QStringLiteral("audit")).toArray();
        QSet<QString> actions;
        for (const QJsonValue &v : audit)
            actions.insert(v.toObject().value(QStringLiteral("entity")).toString() + QLatin1Char('/') + v.toObject().value(QStringLiteral("action")).toString());
        for (const QString &expected : {QStringLiteral("candidate/create"), QStringLiteral("candidate/tag"), QStringLiteral("application/create"),
                                        QStringLiteral("application/move"), QStringLiteral("application/decide-override"), QStringLiteral("note/create"),
                                        QStringLiteral("interview/schedule"), QStringLiteral("interview/cancel"), QStringLiteral("scorecard/submit"),
                                        QStringLiteral("scorecard/amend")})
            QVERIFY2(actions.contains(expected), qPrintable(expected));
        const QString a = QStringLiteral("(SELECT id FROM applications WHERE candidate_id = %1)").arg(s.candidateId);
        const QString i = QStringLiteral("(SELECT id FROM interviews WHERE application_id IN %1)").arg(a);
        QCOMPARE(qint64(audit.size()),
                 scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE (entity = 'candidate' AND entity_id = %1) "
                                            "OR (entity = 'application' AND entity_id IN %2) OR (entity = 'interview' AND entity_id IN %3) "
                                            "OR (entity = 'scorecard' AND entity_id IN (SELECT id FROM scorecards WHERE interview_id IN %3)) "
                                            "OR (entity = 'note' AND entity_id IN (SELECT id FROM notes WHERE candidate_id = %1))")
                                .arg(s.candidateId)
                                .arg(a, i)));

        // After anonymisation the same export holds none of it.
        QVERIFY(PrivacyRepository(*db).anonymise({s.candidateId}, QStringLiteral("dpo"), QStringLiteral("candidate request")));
        const QString after = QString::fromUtf8(QJsonDocument(*SubjectAccessExport::toJson(*db, s.candidateId)).toJson());
        for (const QString &secret : subject::secrets())
            QVERIFY2(!after.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }

    void subjectAccess_unknownCandidate_isNotFound()
    {
        auto db = copyOfDemo();
        QVERIFY(db);
        Result<QJsonObject> missing = SubjectAccessExport::toJson(*db, 987654);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
