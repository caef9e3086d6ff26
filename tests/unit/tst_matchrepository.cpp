// Stored match scores follow their inputs: a new application, a profile edit,
// a requirement edit, the user's synonyms, and an upgraded database.

#include "../common/testdb.h"

#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/matchrepository.h"
#include "storage/transaction.h"

using namespace shortlist;
using namespace shortlist::test;

namespace {

std::pair<std::optional<int>, int> stored(Database &db, qint64 applicationId)
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT match_score, missing_must_haves FROM applications WHERE id = ?"));
    q.bind(applicationId);
    if (!q.exec() || !q.next())
        return {std::optional<int>(-1), -1};
    return {q.isNull(0) ? std::nullopt : std::optional<int>(q.value(0).toInt()), q.value(1).toInt()};
}

} // namespace

class TestMatchRepository : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("match.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        QVERIFY(m_opening > 0);
    }

    void newApplication_isScored()
    {
        // Big Data Tech Lead weights: 5 5 4 4 3 2 5 4 2 1 1 = 36. Spark (5) and
        // Kafka streaming (4) match: 9 / 36 = 25. Five must-haves missing:
        // applications development, Hadoop, SQL/NoSQL, leadership, stakeholders.
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Ada Park"));
        QVERIFY(created.applicationId > 0);
        QCOMPARE(stored(*m_db, created.applicationId), std::make_pair(std::optional<int>(25), 5));
    }

    void profileEdit_rescoresEveryApplication()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Ben Ode"));
        const qint64 second = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        Result<qint64> other = ApplicationRepository(*m_db).create(created.candidateId, second,
                                                                   OpeningRepository(*m_db).load(second)->stages.constFirst().id, 0);
        QVERIFY(other);
        const auto beforeOther = stored(*m_db, *other);
        Result<Candidate> c = CandidateRepository(*m_db).load(created.candidateId);
        QVERIFY(c);
        // "k8s" is Kubernetes: CI/CD (2) joins: 11 / 36 = 30.6 -> 31.
        c->skills << QStringLiteral("k8s");
        QVERIFY(CandidateRepository(*m_db).update(*c));
        QCOMPARE(stored(*m_db, created.applicationId), std::make_pair(std::optional<int>(31), 5));
        // The cloud opening weighs Kubernetes too: its score rose as well.
        QVERIFY(stored(*m_db, *other).first.value_or(0) > beforeOther.first.value_or(0));
    }

    void requirementEdit_rescoresTheOpening_andExplains()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Cy Vance"));
        Result<Opening> opening = OpeningRepository(*m_db).load(m_opening);
        QVERIFY(opening);
        // Two requirements: Spark (weight 3, must-have, 12 years) and Go (weight 1).
        // The candidate has spark with 10 years: 3 x 10/12 = 2.5 of 4 -> 62.5 -> 63.
        Requirement spark;
        spark.skill = QStringLiteral("Spark");
        spark.weight = 3;
        spark.mustHave = true;
        spark.minYears = 12;
        Requirement go;
        go.skill = QStringLiteral("Go");
        go.keywords = {QStringLiteral("golang")};
        Result<int> version = OpeningRepository(*m_db).updateRequirements(m_opening, opening->version, {spark, go});
        QVERIFY2(version, qPrintable(version.error().message));
        QCOMPARE(stored(*m_db, created.applicationId), std::make_pair(std::optional<int>(63), 0));
        const qint64 scored = scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = %1 AND match_score = 63").arg(m_opening));
        QCOMPARE(scored, scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = %1").arg(m_opening)));

        Result<MatchResult> why = MatchRepository(*m_db).explain(created.applicationId);
        QVERIFY(why);
        QCOMPARE(why->total.score, 63);
        QCOMPARE(why->requirements.at(0).outcome, RequirementOutcome::Partial);
        QCOMPARE(why->requirements.at(1).outcome, RequirementOutcome::Missing);

        // A stale version is refused and changes nothing.
        Result<int> stale = OpeningRepository(*m_db).updateRequirements(m_opening, opening->version, {go});
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Stale);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM requirements WHERE opening_id = %1").arg(m_opening)), 2);

        // No requirements: no score rather than a misleading 0.
        QVERIFY(OpeningRepository(*m_db).updateRequirements(m_opening, *version, {}));
        QCOMPARE(stored(*m_db, created.applicationId), std::make_pair(std::optional<int>(), 0));
    }

    void requirementEdit_keepsTheIdsOfKeptRequirements()
    {
        const qint64 opening = createOpening(*m_db);
        Opening o = OpeningRepository(*m_db).load(opening).value();
        QList<Requirement> edited = o.requirements;
        edited[0].weight = 1;
        const Requirement removed = edited.takeAt(1);
        std::swap(edited[0], edited[1]);  // reordered
        Requirement added;
        added.skill = QStringLiteral("Databricks");
        edited << added;
        QVERIFY(OpeningRepository(*m_db).updateRequirements(opening, o.version, edited));
        const QList<Requirement> stored = OpeningRepository(*m_db).load(opening)->requirements;
        QCOMPARE(stored.size(), edited.size());
        QCOMPARE(stored.at(0).id, edited.at(0).id);
        QCOMPARE(stored.at(1).id, edited.at(1).id);
        QCOMPARE(stored.at(1).weight, 1);
        QVERIFY(stored.constLast().id > 0);
        QCOMPARE(stored.constLast().skill, QStringLiteral("Databricks"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM requirements WHERE id = %1").arg(removed.id)), 0);
    }

    void requirementEdit_invalid_refusedWithReason_data()
    {
        QTest::addColumn<QString>("skill");
        QTest::addColumn<int>("weight");
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("word");
        QTest::newRow("no name") << QString() << 1 << 0 << QStringLiteral("name");
        QTest::newRow("weight zero") << QStringLiteral("Spark") << 0 << 0 << QStringLiteral("1 to 10");
        QTest::newRow("weight eleven") << QStringLiteral("Spark") << 11 << 0 << QStringLiteral("1 to 10");
        QTest::newRow("negative years") << QStringLiteral("Spark") << 1 << -1 << QStringLiteral("0 to 60");
    }

    void requirementEdit_invalid_refusedWithReason()
    {
        QFETCH(QString, skill);
        QFETCH(int, weight);
        QFETCH(int, years);
        QFETCH(QString, word);
        Requirement r;
        r.skill = skill;
        r.weight = weight;
        r.minYears = years;
        const qint64 version = scalar(*m_db, QStringLiteral("SELECT version FROM openings WHERE id = %1").arg(m_opening));
        Result<int> result = OpeningRepository(*m_db).updateRequirements(m_opening, int(version), {r});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY2(result.error().message.contains(word), qPrintable(result.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM openings WHERE id = %1").arg(m_opening)), version);
    }

    void userSynonym_extendsTheBuiltInList_andRescores()
    {
        const qint64 opening = createOpening(*m_db);
        Candidate c = makeCandidate(QStringLiteral("Dee Lin"));
        c.skills = {QStringLiteral("Databricks Runtime")};
        Result<NewApplication> created = Pipeline(*m_db).addCandidate(c, opening);
        QVERIFY(created);
        QCOMPARE(stored(*m_db, created->applicationId).first, std::optional<int>(0));
        QCOMPARE(MatchRepository(*m_db).setSynonym(QStringLiteral("Spark"), QStringLiteral("spark")).code, ErrorCode::Invalid);
        QCOMPARE(MatchRepository(*m_db).setSynonym(QString(), QStringLiteral("spark")).code, ErrorCode::Invalid);
        // Spark (5 of 36) -> 13.9 -> 14.
        QCOMPARE(MatchRepository(*m_db).setSynonym(QStringLiteral("Databricks runtime"), QStringLiteral("Apache Spark")).code, ErrorCode::None);
        QCOMPARE(stored(*m_db, created->applicationId).first, std::optional<int>(14));
        Result<QList<SkillSynonym>> list = MatchRepository(*m_db).userSynonyms();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->at(0).alias, QStringLiteral("databricks runtime"));
        QCOMPARE(MatchRepository(*m_db).removeSynonym(QStringLiteral("nothing like it")).code, ErrorCode::NotFound);
        QCOMPARE(MatchRepository(*m_db).removeSynonym(QStringLiteral("Databricks Runtime")).code, ErrorCode::None);
        QCOMPARE(stored(*m_db, created->applicationId).first, std::optional<int>(0));
    }

    void cancelledRescore_writesNothing()
    {
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = 99")));
        const Error e = MatchRepository(*m_db).updateAll([](qint64, qint64) { return false; });
        QCOMPARE(e.code, ErrorCode::Cancelled);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score IS NOT 99")), 0);
        QCOMPARE(MatchRepository(*m_db).updateAll([](qint64, qint64) { return true; }).code, ErrorCode::None);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score = 99")), 0);
    }

    void manyChangedScores_rebuildTheIndexes_andKeepThem()
    {
        // Past the threshold the score indexes are dropped and rebuilt: the
        // scores must be right and the indexes back.
        const qint64 opening = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        const qint64 stage = OpeningRepository(*m_db).load(opening)->stages.constFirst().id;
        const qint64 count = MatchRepository::bulkRescoreThreshold + 100;
        {
            WriteTransaction tx(*m_db);
            SqlQuery q(*m_db);
            QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                          "INSERT INTO candidates (name, sort_name, skills, years_experience, version, created_at, updated_at) "
                                          "SELECT 'Many ' || i, 'many ' || i, 'kubernetes' || char(10) || 'terraform', 10, 1, 0, 0 FROM n")
                               .arg(count)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO applications (candidate_id, opening_id, stage_id, applied_at, stage_entered_at, updated_at) "
                                          "SELECT id, %1, %2, 0, 0, 0 FROM candidates WHERE name LIKE 'Many %'").arg(opening).arg(stage)));
            QVERIFY(tx.commit());
        }
        const QString indexesBefore = text(*m_db, QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                                                 "WHERE type = 'index' AND sql LIKE '%match_score%' ORDER BY name)"));
        QVERIFY(indexesBefore.contains(QStringLiteral("applications_opening_match")));
        QCOMPARE(MatchRepository(*m_db).updateOpening(opening).code, ErrorCode::None);
        Result<RequirementMatcher> matcher = MatchRepository(*m_db).matcherFor(opening);
        QVERIFY(matcher);
        const MatchScore expected = matcher->score(MatchInput{10, {QStringLiteral("kubernetes"), QStringLiteral("terraform")}});
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = %1 AND match_score = %2 AND missing_must_haves = %3")
                                   .arg(opening).arg(expected.score).arg(expected.missingMustHaves)),
                 count);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM sqlite_master "
                                            "WHERE type = 'index' AND sql LIKE '%match_score%' ORDER BY name)")),
                 indexesBefore);
        QCOMPARE(text(*m_db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void upgradedDatabase_isScoredOnce()
    {
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = NULL, missing_must_haves = 0")));
        QVERIFY(q.exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('match_scores_stale', '1')")));
        qint64 lastTotal = -1;
        QVERIFY(!MatchRepository(*m_db).refreshIfStale([&](qint64, qint64 total) {
            lastTotal = total;
            return true;
        }));
        QVERIFY(lastTotal > 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'match_scores_stale'")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications a JOIN requirements r ON r.opening_id = a.opening_id "
                                              "WHERE a.match_score IS NULL")),
                 0);
        // Not marked: nothing to do, nothing reported.
        lastTotal = -1;
        QVERIFY(!MatchRepository(*m_db).refreshIfStale([&](qint64, qint64 total) {
            lastTotal = total;
            return true;
        }));
        QCOMPARE(lastTotal, -1);
    }
};

QTEST_GUILESS_MAIN(TestMatchRepository)
#include "tst_matchrepository.moc"
