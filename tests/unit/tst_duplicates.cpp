// Duplicate candidates: lookups by email, phone and name at a company through
// the stored keys; a merge that loses nothing; its exact undo; and the keys of
// a database upgraded from before they existed.

#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "domain/textfold.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/duplicaterepository.h"
#include "repositories/matchrepository.h"
#include "repositories/peoplerepository.h"
#include "repositories/tagrepository.h"
#include "storage/migrations.h"

using namespace shortlist;
using namespace shortlist::test;

namespace {

using Reason = DuplicateMatch::Reason;

// Every table's rows except the audit log (merge and unmerge append to it),
// the full-text index (checked by searching) and the migration log. Ordered by
// all columns rather than rowid: a link table's rowid is not part of its content.
QString dumpTables(Database &db)
{
    SqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                    "AND name NOT LIKE 'candidate\\_search%' ESCAPE '\\' "
                                    "AND name NOT IN ('audit_log', 'schema_migrations') ORDER BY name")))
        return QStringLiteral("error: ") + tables.error().detail;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    QString dump;
    for (const QString &table : std::as_const(names)) {
        const qint64 columns = scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table));
        QStringList order;
        for (qint64 c = 1; c <= columns; ++c)
            order << QString::number(c);
        dump += QStringLiteral("## ") + table + QLatin1Char('\n');
        SqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + order.join(QLatin1Char(','))))
            return QStringLiteral("error: ") + q.error().detail;
        while (q.next()) {
            for (int c = 0; c < int(columns); ++c) {
                const QVariant v = q.value(c);
                dump += v.isNull() ? QStringLiteral("NULL") : v.toString();
                dump += QLatin1Char('|');
            }
            dump += QLatin1Char('\n');
        }
    }
    return dump;
}

qint64 rows(Database &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table);
}

// Candidates the full-text index finds for one word.
QString searchFor(Database &db, const QString &word)
{
    return text(db, QStringLiteral("SELECT coalesce(group_concat(id, ','), '') FROM "
                                   "(SELECT rowid AS id FROM candidate_search WHERE candidate_search MATCH '%1' ORDER BY rowid)").arg(word));
}

Candidate person(const QString &name, const QString &email, const QString &phone, const QString &company)
{
    Candidate c;
    c.name = name;
    c.email = email;
    c.phone = phone;
    c.currentCompany = company;
    return c;
}

} // namespace

class TestDuplicates : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    qint64 add(const Candidate &c)
    {
        Result<qint64> id = CandidateRepository(*m_db).add(c);
        if (!id)
            qWarning("add failed: %s", qPrintable(id.error().message));
        return id ? *id : 0;
    }

    // Two records of one person. keep applied to openings 1 and 2, merge to
    // openings 1 and 3; both have stage moves, interviews with a panel, focus
    // competencies and scored scorecards, notes (some about an application),
    // tags (one shared) and an attachment.
    struct Pair {
        qint64 keep = 0, merge = 0;
        qint64 keepShared = 0, keepOnly = 0, mergeShared = 0, mergeOnly = 0;  // application ids
        QList<qint64> openings;
    };

    qint64 interview(qint64 applicationId, qint64 competencyId, const QList<qint64> &panel, const QString &uid)
    {
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("INSERT INTO interviews (application_id, stage_id, title, starts_at, uid, created_at) "
                                 "SELECT id, stage_id, 'Technical deep-dive', 1767600000, ?, 1767500000 FROM applications WHERE id = ? "
                                 "RETURNING id"));
        q.bind(uid).bind(applicationId);
        if (!q.exec() || !q.next())
            return 0;
        const qint64 id = q.int64(0);
        q.finish();
        for (qint64 personId : panel) {
            q.prepare(QStringLiteral("INSERT INTO interview_panel (interview_id, person_id) VALUES (?, ?)"));
            q.bind(id).bind(personId);
            q.exec();
            q.prepare(QStringLiteral("INSERT INTO panel_focus (interview_id, person_id, competency_id) VALUES (?, ?, ?)"));
            q.bind(id).bind(personId).bind(competencyId);
            q.exec();
            q.prepare(QStringLiteral("INSERT INTO scorecards (interview_id, person_id, status, overall, summary, submitted_at, updated_at) "
                                     "VALUES (?, ?, 'submitted', 'yes', 'Clear examples.', 1767610000, 1767610000) RETURNING id"));
            q.bind(id).bind(personId);
            if (!q.exec() || !q.next())
                return 0;
            const qint64 scorecard = q.int64(0);
            q.finish();
            q.prepare(QStringLiteral("INSERT INTO scorecard_ratings (scorecard_id, competency_id, rating, evidence) VALUES (?, ?, 3, 'Solid.')"));
            q.bind(scorecard).bind(competencyId);
            q.exec();
        }
        return id;
    }

    bool note(qint64 candidateId, std::optional<qint64> applicationId, const QString &body)
    {
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("INSERT INTO notes (candidate_id, application_id, author, created_at, body) VALUES (?, ?, 'tester', 1767000000, ?)"));
        q.bind(candidateId).bind(applicationId ? QVariant(*applicationId) : QVariant(QMetaType(QMetaType::LongLong))).bind(body);
        return q.exec();
    }

    bool attachment(qint64 candidateId, const QString &fileName)
    {
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("INSERT INTO attachments (candidate_id, file_name, mime_type, size_bytes, content, added_at) "
                                 "VALUES (?, ?, 'application/pdf', 4, ?, 1767000000)"));
        q.bind(candidateId).bind(fileName).bind(QByteArray("%PDF"));
        return q.exec();
    }

    qint64 apply(qint64 candidateId, qint64 openingId, qint64 appliedAt)
    {
        const Opening plan = OpeningRepository(*m_db).load(openingId).value();
        Result<qint64> id = ApplicationRepository(*m_db).create(candidateId, openingId, plan.stages.constFirst().id, appliedAt);
        return id ? *id : 0;
    }

    bool advance(qint64 applicationId, int times)
    {
        for (int i = 0; i < times; ++i) {
            Result<Application> app = ApplicationRepository(*m_db).load(applicationId);
            if (!app || !Pipeline(*m_db).moveToNextStage(applicationId, app->version))
                return false;
        }
        return true;
    }

    Pair buildPair()
    {
        Pair p;
        for (int i = 0; i < 3; ++i)
            p.openings << createOpening(*m_db);
        const qint64 zoe = PeopleRepository(*m_db).add(Person{0, QStringLiteral("Zoe Park"), {}, PersonRole::Interviewer, {}}).value();
        const qint64 adam = PeopleRepository(*m_db).add(Person{0, QStringLiteral("Adam Ruiz"), {}, PersonRole::HiringManager, {}}).value();
        const qint64 competency = OpeningRepository(*m_db).load(p.openings.at(0)).value().competencies.constFirst().id;

        Candidate keep = person(QStringLiteral("Priya Raman"), QStringLiteral("priya@example.com"), {}, {});
        keep.currentTitle = QStringLiteral("Data Engineer");
        keep.source = QStringLiteral("LinkedIn");
        keep.skills = {QStringLiteral("Spark"), QStringLiteral("Kafka")};
        keep.links = {QStringLiteral("https://github.com/priya")};
        keep.tags = {QStringLiteral("relocation"), QStringLiteral("shared")};
        Candidate merge = person(QStringLiteral("Priya  Raman"), QStringLiteral("p.raman@example.org"), QStringLiteral("+44 7700 900555"),
                                 QStringLiteral("Monzo"));
        merge.location = QStringLiteral("London, United Kingdom");
        merge.currentTitle = QStringLiteral("Senior Data Engineer");
        merge.yearsExperience = 9;
        merge.source = QStringLiteral("Referral");
        merge.referrer = QStringLiteral("Zoe Park");
        merge.skills = {QStringLiteral("spark"), QStringLiteral("Airflow")};
        merge.links = {QStringLiteral("https://github.com/priya"), QStringLiteral("https://priya.dev")};
        merge.tags = {QStringLiteral("shared"), QStringLiteral("open-source")};
        merge.consentOn = QDate(2026, 1, 10);
        merge.consentBasis = QStringLiteral("Legitimate interest");
        merge.retainUntil = QDate(2027, 1, 10);
        p.keep = add(keep);
        p.merge = add(merge);

        p.keepShared = apply(p.keep, p.openings.at(0), 1767000000);
        p.keepOnly = apply(p.keep, p.openings.at(1), 1767000100);
        p.mergeShared = apply(p.merge, p.openings.at(0), 1767000200);
        p.mergeOnly = apply(p.merge, p.openings.at(2), 1767000300);
        if (!advance(p.keepShared, 1) || !advance(p.mergeShared, 2) || !advance(p.mergeOnly, 1))
            return {};
        if (!interview(p.mergeShared, competency, {zoe, adam}, QStringLiteral("iv-merge-shared"))
            || !interview(p.mergeOnly, competency, {zoe}, QStringLiteral("iv-merge-only"))
            || !interview(p.keepShared, competency, {adam}, QStringLiteral("iv-keep-shared")))
            return {};
        if (!note(p.keep, {}, QStringLiteral("Met at the Kafka meetup.")) || !note(p.merge, {}, QStringLiteral("Referred by Zoe."))
            || !note(p.merge, p.mergeShared, QStringLiteral("Strong on streaming design.")))
            return {};
        if (!attachment(p.keep, QStringLiteral("cv-2025.pdf")) || !attachment(p.merge, QStringLiteral("cv-2026.pdf")))
            return {};
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("dup.shortlist")));
        m_db = createDatabase(m_dir.filePath(QStringLiteral("dup.shortlist")));
        QVERIFY(m_db);
    }

    // ------------------------------------------------------------- keys

    void keys_areWrittenByAddAndUpdate()
    {
        Candidate c = person(QStringLiteral("Søren Núñez"), QStringLiteral("  Soren.Nunez@Example.COM "), QStringLiteral("+44 (20) 7946-0000"),
                             QStringLiteral("Núñez & Søn"));
        const qint64 id = add(c);
        QVERIFY(id > 0);
        const QString keys = QStringLiteral("SELECT email_key || '|' || phone_key || '|' || company_key FROM candidates WHERE id = %1").arg(id);
        QCOMPARE(text(*m_db, keys), QStringLiteral("soren.nunez@example.com|+442079460000|nunez & son"));

        c = CandidateRepository(*m_db).load(id).value();
        c.phone.clear();
        c.currentCompany = QStringLiteral("ACME ");
        QVERIFY(CandidateRepository(*m_db).update(c));
        QCOMPARE(text(*m_db, keys), QStringLiteral("soren.nunez@example.com||acme"));
    }

    void phoneKey_isNormalizedPhone_andEmptyWithoutDigits_data()
    {
        QTest::addColumn<QString>("phone");
        QTest::addColumn<QString>("key");
        QTest::newRow("international with spaces") << "+44 7700 900123" << "+447700900123";
        QTest::newRow("brackets, dashes and dots") << "+1 (212) 555-01.23" << "+12125550123";
        QTest::newRow("national format keeps its zero") << "07700 900123" << "07700900123";
        QTest::newRow("a plus sign alone") << " + " << "";
        QTest::newRow("no phone") << "" << "";
    }

    void phoneKey_isNormalizedPhone_andEmptyWithoutDigits()
    {
        QFETCH(QString, phone);
        QFETCH(QString, key);
        QCOMPARE(DuplicateRepository::phoneKey(phone), key);
    }

    void companyKey_foldsLikeSortName_data()
    {
        QTest::addColumn<QString>("company");
        QTest::newRow("ascii") << "  Granite   Peak Telecom ";
        QTest::newRow("ascii punctuation") << "AT&T (UK) Ltd.";
        QTest::newRow("accents") << "Société Générale";
        QTest::newRow("letters that do not decompose") << "Łódź Øresund Straße";
        QTest::newRow("empty") << "";
    }

    void companyKey_foldsLikeSortName()
    {
        QFETCH(QString, company);
        QCOMPARE(DuplicateRepository::companyKey(company), foldText(company));
    }

    // ------------------------------------------------------------- find

    void find_reportsTheRightReason_data()
    {
        QTest::addColumn<Candidate>("existing");
        QTest::addColumn<Candidate>("probe");
        QTest::addColumn<int>("reason");  // -1: no match
        const int none = -1;
        const int email = int(Reason::SameEmail);
        const int phone = int(Reason::SamePhone);
        const int nameAndCompany = int(Reason::SameNameAndCompany);
        const auto p = [](const char *n, const char *e, const char *ph, const char *co) {
            return person(QString::fromUtf8(n), QString::fromUtf8(e), QString::fromUtf8(ph), QString::fromUtf8(co));
        };
        QTest::newRow("email differing in case and spaces") << p("Mei Chen", "Mei.Chen@Example.com", "", "")
                                                            << p("M. Chen", "  mei.chen@EXAMPLE.COM ", "", "") << email;
        QTest::newRow("another email") << p("Mei Chen", "mei.chen@example.com", "", "") << p("Mei Chen", "mei@example.com", "", "") << none;
        QTest::newRow("phone with brackets and dashes") << p("Ola Nordmann", "", "+44 7700 900123", "")
                                                        << p("O. Nordmann", "", "+44 (7700) 900-123", "") << phone;
        QTest::newRow("phone without spaces") << p("Ola Nordmann", "", "+44 7700 900123", "") << p("Ola N", "", "+447700900123", "") << phone;
        QTest::newRow("phone with dots") << p("Ola Nordmann", "", "+44 7700 900123", "") << p("Ola N", "", "+44.7700.900.123", "") << phone;
        // normalizedPhone keeps digits only: it does not know national formats.
        QTest::newRow("national format is another key") << p("Ola Nordmann", "", "+44 7700 900123", "")
                                                        << p("Ola N", "", "07700 900123", "") << none;
        QTest::newRow("00 prefix is another key") << p("Ola Nordmann", "", "+44 7700 900123", "") << p("Ola N", "", "0044 7700 900123", "")
                                                  << none;
        QTest::newRow("one digit differs") << p("Ola Nordmann", "", "+44 7700 900123", "") << p("Ola N", "", "+44 7700 900124", "") << none;
        QTest::newRow("name and company with accents, case and spaces") << p("José Núñez", "", "", "Société Générale")
                                                                        << p("jose  NUNEZ", "", "", " societe generale") << nameAndCompany;
        QTest::newRow("same name, different company") << p("José Núñez", "", "", "Databricks") << p("José Núñez", "", "", "Snowflake") << none;
        QTest::newRow("same name, no company") << p("José Núñez", "", "", "") << p("José Núñez", "", "", "") << none;
        QTest::newRow("same name, only one has a company") << p("José Núñez", "", "", "Databricks") << p("José Núñez", "", "", "") << none;
        QTest::newRow("name words in another order") << p("José Núñez", "", "", "Databricks") << p("Núñez José", "", "", "Databricks") << none;
        QTest::newRow("neither has an email or phone") << p("Ana Lima", "", "", "") << p("Rui Costa", "", "", "") << none;
    }

    void find_reportsTheRightReason()
    {
        QFETCH(Candidate, existing);
        QFETCH(Candidate, probe);
        QFETCH(int, reason);
        const qint64 id = add(existing);
        QVERIFY(id > 0);
        Result<QList<DuplicateMatch>> found = DuplicateRepository(*m_db).find(probe);
        QVERIFY2(found, qPrintable(found.error().message));
        if (reason < 0) {
            QVERIFY(found->isEmpty());
            return;
        }
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().candidateId, id);
        QCOMPARE(int(found->first().reason), reason);
        QCOMPARE(found->first().name, existing.name);
        QCOMPARE(DuplicateRepository::isStrong(found->first().reason), reason != int(Reason::SameNameAndCompany));
        QVERIFY(!DuplicateRepository::describe(found->first().reason).isEmpty());
    }

    void find_neverReportsTheCandidateItself()
    {
        const Candidate c = person(QStringLiteral("Mei Chen"), QStringLiteral("mei@example.com"), QStringLiteral("+44 7700 900123"),
                                   QStringLiteral("Acme"));
        const qint64 id = add(c);
        const Candidate stored = CandidateRepository(*m_db).load(id).value();
        QVERIFY(DuplicateRepository(*m_db).find(stored)->isEmpty());
        const qint64 twin = add(c);
        Result<QList<DuplicateMatch>> found = DuplicateRepository(*m_db).find(stored);
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().candidateId, twin);
    }

    void find_listsEachOnceWithTheStrongestReason_strongestFirst()
    {
        const Candidate probe = person(QStringLiteral("Ana Lima"), QStringLiteral("ana@example.com"), QStringLiteral("+351 912 345 678"),
                                       QStringLiteral("Feedzai"));
        const qint64 weak = add(person(QStringLiteral("Ana Lima"), {}, {}, QStringLiteral("feedzai")));
        const qint64 byPhone = add(person(QStringLiteral("A. Lima"), {}, QStringLiteral("+351912345678"), {}));
        const qint64 everything = add(probe);
        Result<QList<DuplicateMatch>> found = DuplicateRepository(*m_db).find(probe);
        QVERIFY(found);
        QCOMPARE(found->size(), 3);
        QCOMPARE(found->at(0).candidateId, everything);
        QCOMPARE(found->at(0).reason, Reason::SameEmail);
        QCOMPARE(found->at(1).candidateId, byPhone);
        QCOMPARE(found->at(1).reason, Reason::SamePhone);
        QCOMPARE(found->at(2).candidateId, weak);
        QCOMPARE(found->at(2).reason, Reason::SameNameAndCompany);
    }

    void find_stopsAtTheLimitPerReason()
    {
        for (int i = 0; i < 5; ++i)
            add(person(QStringLiteral("Caller %1").arg(i), {}, QStringLiteral("+1 212 555 0100"), {}));
        Result<QList<DuplicateMatch>> found = DuplicateRepository(*m_db).find(person(QStringLiteral("Probe"), {}, QStringLiteral("+12125550100"), {}), 3);
        QCOMPARE(found->size(), 3);
    }

    void find_isIndexBacked_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("index");
        QTest::newRow("email") << int(Reason::SameEmail) << "candidates_email_key";
        QTest::newRow("phone") << int(Reason::SamePhone) << "candidates_phone_key";
        QTest::newRow("name and company") << int(Reason::SameNameAndCompany) << "candidates_name_company";
    }

    void find_isIndexBacked()
    {
        QFETCH(int, reason);
        QFETCH(QString, index);
        for (int i = 0; i < 200; ++i)
            add(person(QStringLiteral("Person %1").arg(i % 20), QStringLiteral("p%1@example.com").arg(i), QStringLiteral("+44 7700 900%1").arg(i, 3, 10, QLatin1Char('0')),
                       i % 3 ? QStringLiteral("Company %1").arg(i % 7) : QString()));
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("ANALYZE")));
        QVERIFY(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + DuplicateRepository::findSql(Reason(reason))));
        const int keys = Reason(reason) == Reason::SameNameAndCompany ? 2 : 1;
        for (int k = 0; k < keys; ++k)
            q.bind(QStringLiteral("key"));
        q.bind(1).bind(50);
        QVERIFY(q.exec());
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(index), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("SCAN")), qPrintable(plan));
    }

    // ------------------------------------------------------------- merge

    void merge_losesNothing_andFillsEmptyFields()
    {
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        const QStringList kept{QStringLiteral("stage_events"), QStringLiteral("interviews"), QStringLiteral("interview_panel"),
                               QStringLiteral("panel_focus"), QStringLiteral("scorecards"), QStringLiteral("scorecard_ratings"),
                               QStringLiteral("notes"), QStringLiteral("attachments"), QStringLiteral("tags")};
        QHash<QString, qint64> before;
        for (const QString &table : kept)
            before.insert(table, rows(*m_db, table));
        const qint64 candidatesBefore = rows(*m_db, QStringLiteral("candidates"));
        const qint64 applicationsBefore = rows(*m_db, QStringLiteral("applications"));
        const qint64 eventsOnShared = scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id IN (%1, %2)")
                                                        .arg(p.keepShared).arg(p.mergeShared));
        const int keepVersion = CandidateRepository(*m_db).load(p.keep)->version;

        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY2(merged, qPrintable(merged.error().message));

        for (const QString &table : kept)
            QCOMPARE(rows(*m_db, table), before.value(table));
        QCOMPARE(rows(*m_db, QStringLiteral("candidates")), candidatesBefore - 1);
        QCOMPARE(rows(*m_db, QStringLiteral("applications")), applicationsBefore - 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates WHERE id = %1").arg(p.merge)), 0);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM applications WHERE candidate_id = %1 ORDER BY id)").arg(p.keep)),
                 QStringLiteral("%1,%2,%3").arg(p.keepShared).arg(p.keepOnly).arg(p.mergeOnly));
        // The shared opening's history is now all on keep's application.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(p.keepShared)), eventsOnShared);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM interviews WHERE application_id = %1").arg(p.keepShared)), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM notes WHERE application_id = %1").arg(p.keepShared)), 1);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(p.keep)), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM attachments WHERE candidate_id = %1").arg(p.keep)), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);

        const Candidate c = CandidateRepository(*m_db).load(p.keep).value();
        QCOMPARE(c.name, QStringLiteral("Priya Raman"));
        QCOMPARE(c.email, QStringLiteral("priya@example.com"));           // kept
        QCOMPARE(c.phone, QStringLiteral("+44 7700 900555"));              // filled
        QCOMPARE(c.location, QStringLiteral("London, United Kingdom"));
        QCOMPARE(c.currentTitle, QStringLiteral("Data Engineer"));         // kept
        QCOMPARE(c.currentCompany, QStringLiteral("Monzo"));
        QCOMPARE(c.yearsExperience, std::optional<int>(9));
        QCOMPARE(c.source, QStringLiteral("LinkedIn"));                    // kept
        QCOMPARE(c.referrer, QStringLiteral("Zoe Park"));
        QCOMPARE(c.consentOn, QDate(2026, 1, 10));
        QCOMPARE(c.consentBasis, QStringLiteral("Legitimate interest"));
        QCOMPARE(c.retainUntil, QDate(2027, 1, 10));
        QCOMPARE(c.skills, (QStringList{QStringLiteral("Spark"), QStringLiteral("Kafka"), QStringLiteral("Airflow")}));
        QCOMPARE(c.links, (QStringList{QStringLiteral("https://github.com/priya"), QStringLiteral("https://priya.dev")}));
        QCOMPARE(c.tags, (QStringList{QStringLiteral("open-source"), QStringLiteral("relocation"), QStringLiteral("shared")}));
        QCOMPARE(c.version, keepVersion + 1);
        QCOMPARE(merged->keptVersionAfter, c.version);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT phone_key || '|' || company_key FROM candidates WHERE id = %1").arg(p.keep)),
                 QStringLiteral("+447700900555|monzo"));

        // Scores follow the merged skills: rescoring changes nothing.
        const QString scores = QStringLiteral("SELECT group_concat(id || ':' || coalesce(match_score, '-') || ':' || missing_must_haves) "
                                              "FROM (SELECT * FROM applications ORDER BY id)");
        const QString scored = text(*m_db, scores);
        QVERIFY(MatchRepository(*m_db).updateCandidate(p.keep).code == ErrorCode::None);
        QCOMPARE(text(*m_db, scores), scored);

        // The search index follows: Airflow (the merged skill) finds keep, and
        // the merged candidate is gone from it.
        QCOMPARE(searchFor(*m_db, QStringLiteral("airflow")), QString::number(p.keep));
        QCOMPARE(rows(*m_db, QStringLiteral("candidate_search")), rows(*m_db, QStringLiteral("candidates")));

        QCOMPARE(text(*m_db, QStringLiteral("SELECT action || ' ' || entity || ' ' || entity_id FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("merge candidate %1").arg(p.keep));
        const QString detail = text(*m_db, QStringLiteral("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1"));
        QVERIFY2(detail.contains(QString::number(p.merge)) && detail.contains(QString::number(p.keep)), qPrintable(detail));
    }

    void unmerge_restoresEveryTableExactly()
    {
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        const QString before = dumpTables(*m_db);
        QVERIFY(!before.startsWith(QLatin1String("error")));
        const QString searchBefore = searchFor(*m_db, QStringLiteral("monzo"));
        QCOMPARE(searchBefore, QString::number(p.merge));

        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY2(merged, qPrintable(merged.error().message));
        QVERIFY(dumpTables(*m_db) != before);

        const Error e = DuplicateRepository(*m_db).unmerge(*merged);
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(dumpTables(*m_db), before);
        QCOMPARE(searchFor(*m_db, QStringLiteral("monzo")), searchBefore);
        QCOMPARE(searchFor(*m_db, QStringLiteral("airflow")), QString::number(p.merge));
        QCOMPARE(rows(*m_db, QStringLiteral("candidate_search")), rows(*m_db, QStringLiteral("candidates")));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")), QStringLiteral("unmerge"));

        // And the merge can be made again (redo).
        Result<MergeRecord> again = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY2(again, qPrintable(again.error().message));
        QVERIFY(!DuplicateRepository(*m_db).unmerge(*again));
        QCOMPARE(dumpTables(*m_db), before);
    }

    void unmerge_afterKeepChanged_isStale_andChangesNothing_data()
    {
        QTest::addColumn<int>("change");
        QTest::newRow("profile edited") << 0;
        QTest::newRow("tag added") << 1;
        QTest::newRow("kept candidate deleted") << 2;
    }

    void unmerge_afterKeepChanged_isStale_andChangesNothing()
    {
        QFETCH(int, change);
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY(merged);
        Candidate c = CandidateRepository(*m_db).load(p.keep).value();
        if (change == 0) {
            c.location = QStringLiteral("Leeds, United Kingdom");
            QVERIFY(CandidateRepository(*m_db).update(c));
        } else if (change == 1) {
            QVERIFY(TagRepository(*m_db).addToCandidates({p.keep}, QStringLiteral("silver-medallist")));
        } else {
            QVERIFY(!CandidateRepository(*m_db).remove(p.keep, c.version));
        }
        const QString before = dumpTables(*m_db);
        const qint64 audits = rows(*m_db, QStringLiteral("audit_log"));
        const Error e = DuplicateRepository(*m_db).unmerge(*merged);
        QCOMPARE(e.code, ErrorCode::Stale);
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(dumpTables(*m_db), before);
        QCOMPARE(rows(*m_db, QStringLiteral("audit_log")), audits);
    }

    void unmerge_whenTheMergedIdWasReused_isStale()
    {
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY(merged);
        Candidate other = person(QStringLiteral("Someone Else"), {}, {}, {});
        other.id = p.merge;
        QCOMPARE(add(other), p.merge);
        const QString before = dumpTables(*m_db);
        QCOMPARE(DuplicateRepository(*m_db).unmerge(*merged).code, ErrorCode::Stale);
        QCOMPARE(dumpTables(*m_db), before);
    }

    void merge_refused_writesNothing_data()
    {
        QTest::addColumn<int>("keep");   // 0 keep, 1 merge, 2 missing
        QTest::addColumn<int>("merge");
        QTest::addColumn<int>("code");
        QTest::newRow("into itself") << 0 << 0 << int(ErrorCode::Invalid);
        QTest::newRow("missing merged candidate") << 0 << 2 << int(ErrorCode::NotFound);
        QTest::newRow("missing kept candidate") << 2 << 1 << int(ErrorCode::NotFound);
    }

    void merge_refused_writesNothing()
    {
        QFETCH(int, keep);
        QFETCH(int, merge);
        QFETCH(int, code);
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        const qint64 missing = 9999;
        const auto pick = [&](int which) { return which == 0 ? p.keep : which == 1 ? p.merge : missing; };
        const QString before = dumpTables(*m_db);
        const qint64 audits = rows(*m_db, QStringLiteral("audit_log"));
        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(pick(keep), pick(merge));
        QVERIFY(!merged);
        QCOMPARE(int(merged.error().code), code);
        if (merged.error().code == ErrorCode::NotFound)
            QVERIFY2(merged.error().message.contains(QString::number(missing)), qPrintable(merged.error().message));
        QCOMPARE(dumpTables(*m_db), before);
        QCOMPARE(rows(*m_db, QStringLiteral("audit_log")), audits);
    }

    void merge_failingPartWay_writesNothing()
    {
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        const QString before = dumpTables(*m_db);
        const qint64 audits = rows(*m_db, QStringLiteral("audit_log"));
        // The last write of a merge deletes the merged candidate: make it fail
        // after everything else has moved.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER fail_delete BEFORE DELETE ON candidates "
                                      "BEGIN SELECT RAISE(ABORT, 'simulated failure'); END")));
        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY(!merged);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_delete")));
        QCOMPARE(dumpTables(*m_db), before);
        QCOMPARE(rows(*m_db, QStringLiteral("audit_log")), audits);
        QVERIFY(DuplicateRepository(*m_db).merge(p.keep, p.merge));
    }

    // ------------------------------------------------------------- upgrade

    void refreshKeysIfStale_fillsKeysOfAnUpgradedDatabase()
    {
        const QString path = m_dir.filePath(QStringLiteral("v3.shortlist"));
        QFile::remove(path);
        {
            OpenOptions v3;
            v3.mode = OpenOptions::Mode::CreateIfMissing;
            v3.targetVersion = 3;
            auto db = openOrFail(path, v3);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 3);
            SqlQuery q(*db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO candidates (name, sort_name, email, phone, current_company, version, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, 4, 0, 0)")));
            q.bind(QStringLiteral("José Núñez")).bind(QStringLiteral("jose nunez")).bind(QStringLiteral(" Jose@Example.com"))
                .bind(QStringLiteral("+34 600 123 456")).bind(QStringLiteral("Telefónica"));
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO candidates (name, sort_name, version, created_at, updated_at) VALUES ('No Contact', 'no contact', 1, 0, 0)")));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        const QString marked = QStringLiteral("SELECT count(*) FROM meta WHERE key = 'duplicate_keys_stale'");
        const QString keys = QStringLiteral("SELECT group_concat(email_key || '|' || phone_key || '|' || company_key, ';') FROM "
                                            "(SELECT * FROM candidates ORDER BY id)");
        QCOMPARE(scalar(*db, marked), 1);
        QCOMPARE(text(*db, keys), QStringLiteral("||;||"));

        // Cancelled: nothing changes and the mark stays for the next open.
        DuplicateRepository repo(*db);
        QCOMPARE(repo.refreshKeysIfStale([](qint64, qint64) { return false; }).code, ErrorCode::Cancelled);
        QCOMPARE(scalar(*db, marked), 1);
        QCOMPARE(text(*db, keys), QStringLiteral("||;||"));

        qint64 lastDone = -1;
        qint64 lastTotal = -1;
        const Error e = repo.refreshKeysIfStale([&](qint64 done, qint64 total) {
            lastDone = done;
            lastTotal = total;
            return true;
        });
        QVERIFY2(!e, qPrintable(e.message));
        QCOMPARE(text(*db, keys), QStringLiteral("jose@example.com|+34600123456|telefonica;||"));
        QCOMPARE(scalar(*db, marked), 0);
        QCOMPARE(lastDone, 2);
        QCOMPARE(lastTotal, 2);
        // Keys are derived data: the profile's version is untouched.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM candidates ORDER BY id LIMIT 1")), 4);
        // Not marked any more: nothing to do.
        QVERIFY(!repo.refreshKeysIfStale([](qint64, qint64) { return false; }));

        Result<QList<DuplicateMatch>> found = repo.find(person(QStringLiteral("J. Núñez"), QStringLiteral("jose@example.com"), {}, {}));
        QCOMPARE(found->size(), 1);
    }

    void demo_writesEveryKey_andIsNotMarkedStale()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo.shortlist"));
        QFile::remove(path);
        DemoOptions options;
        options.candidates = 300;
        Result<DemoSummary> summary = DemoGenerator::generate(path, options);
        QVERIFY2(summary, qPrintable(summary.error().message));
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'duplicate_keys_stale'")), 0);
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("SELECT email, phone, current_company, email_key, phone_key, company_key FROM candidates")));
        int checked = 0;
        while (q.next()) {
            QCOMPARE(q.value(3).toString(), DuplicateRepository::emailKey(q.value(0).toString()));
            QCOMPARE(q.value(4).toString(), DuplicateRepository::phoneKey(q.value(1).toString()));
            QCOMPARE(q.value(5).toString(), DuplicateRepository::companyKey(q.value(2).toString()));
            QVERIFY(!q.value(3).toString().isEmpty() && !q.value(4).toString().isEmpty() && !q.value(5).toString().isEmpty());
            ++checked;
        }
        QCOMPARE(checked, 300);
    }

    void freshDatabase_isNotMarkedStaleAfterRefresh()
    {
        QVERIFY(!DuplicateRepository(*m_db).refreshKeysIfStale());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'duplicate_keys_stale'")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
