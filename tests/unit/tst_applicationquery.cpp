// Search, filters and paging of an opening's applications, all in SQL: the
// filter builder against SQL written by hand, FTS input that must never fail,
// diacritics, non-Latin scripts, ranking, and the index kept current.

#include "../common/searchcases.h"
#include "../common/testdb.h"

#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "storage/transaction.h"

#include <QJsonDocument>

#include <algorithm>

using namespace shortlist;
using namespace shortlist::test;

namespace {

constexpr qint64 now = 1'780'000'000;
constexpr int candidateCount = 60;

QList<qint64> ids(const QList<ApplicationRow> &rows)
{
    QList<qint64> result;
    for (const ApplicationRow &r : rows)
        result << r.applicationId;
    std::sort(result.begin(), result.end());
    return result;
}

FilterCondition condition(FilterField field, QStringList values = {}, std::optional<int> min = {}, std::optional<int> max = {},
                          bool negate = false)
{
    FilterCondition c;
    c.field = field;
    c.values = std::move(values);
    c.minimum = min;
    c.maximum = max;
    c.negate = negate;
    return c;
}

FilterGroup group(QList<FilterCondition> conditions, bool any = false, QList<FilterGroup> groups = {}, bool negate = false)
{
    FilterGroup g;
    g.conditions = std::move(conditions);
    g.any = any;
    g.groups = std::move(groups);
    g.negate = negate;
    return g;
}

} // namespace

class TestApplicationQuery : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    qint64 m_interviewer = 0;
    QHash<QString, qint64> m_candidateByName;

    QList<qint64> handWritten(const QString &where)
    {
        SqlQuery q(*m_db);
        QList<qint64> result;
        if (!q.exec(QStringLiteral("SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                   "JOIN stages s ON s.id = a.stage_id WHERE a.opening_id = %1 AND (%2) ORDER BY a.id")
                        .arg(m_opening)
                        .arg(where))) {
            qWarning("%s", qPrintable(q.error().detail));
            return {-1};
        }
        while (q.next())
            result << q.int64(0);
        return result;
    }

    QList<ApplicationRow> fetch(const ApplicationQuery &query)
    {
        Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_db).rows(query, now, 0, 10'000);
        if (!rows) {
            qWarning("%s (%s)", qPrintable(rows.error().message), qPrintable(rows.error().detail));
            return {};
        }
        return *rows;
    }

    QStringList namesFound(const QString &search)
    {
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.searchText = search;
        QStringList names;
        const QList<ApplicationRow> rows = fetch(query);
        for (const ApplicationRow &r : rows)
            names << r.name;
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("query.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        QVERIFY(m_opening > 0);
        const QStringList special = {QStringLiteral("José Núñez"), QStringLiteral("Zoë Ångström"), QStringLiteral("王伟"),
                                     QStringLiteral("Дмитрий Иванов"), QStringLiteral("Siobhán O'Brien"),
                                     QStringLiteral("Marlowe Quist")};
        const QStringList sources = {QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QStringLiteral("Job board")};
        Result<Opening> opening = OpeningRepository(*m_db).load(m_opening);
        QVERIFY(opening);
        WriteTransaction tx(*m_db);
        for (int i = 0; i < candidateCount; ++i) {
            Candidate c = makeCandidate(i < special.size() ? special.at(i) : QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("person%1@example.com").arg(i));
            c.source = sources.at(i % sources.size());
            c.yearsExperience = i % 11 == 0 ? std::nullopt : std::optional<int>(i % 20);
            c.currentTitle = i % 2 ? QStringLiteral("Senior Data Engineer") : QStringLiteral("Platform Engineer");
            c.skills = i % 4 ? QStringList{QStringLiteral("Apache Spark"), QStringLiteral("Kafka")} : QStringList{QStringLiteral("Go")};
            if (i % 5 == 0)
                c.tags << QStringLiteral("relocation");
            if (i % 7 == 0)
                c.tags << QStringLiteral("silver-medal");
            Result<NewApplication> added = Pipeline(*m_db).addCandidate(c, m_opening, now - (i + 1) * 86400 * 3);
            QVERIFY2(added, qPrintable(added.error().message));
            m_candidateByName.insert(c.name, added->candidateId);
            // Spread over stages: i % 4 steps forward; every ninth rejected.
            int version = 1;
            for (int step = 0; step < i % 4; ++step) {
                Result<StageMove> moved = Pipeline(*m_db).moveToNextStage(added->applicationId, version);
                QVERIFY2(moved, qPrintable(moved.error().message));
                version = moved->after.version;
            }
            if (i % 9 == 0)
                QVERIFY(Pipeline(*m_db).reject(added->applicationId, version, QStringLiteral("Compensation mismatch")));
        }
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = (id * 37) % 101, missing_must_haves = (id % 4 = 0)")));
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET stage_entered_at = %1 - (id % 30) * 86400").arg(now)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, role, created_at) VALUES ('Ines Duarte', 'interviewer', 0)")));
        m_interviewer = scalar(*m_db, QStringLiteral("SELECT max(id) FROM people"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (candidate_id, author, created_at, body) "
                                      "VALUES (%1, 'tester', 0, 'Spoke with Marlowe about the role')")
                           .arg(m_candidateByName.value(QStringLiteral("Person 10")))));
        // Ines interviewed every third application (one interview cancelled).
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interviews (application_id, stage_id, starts_at, uid, created_at, status) "
                                      "SELECT id, stage_id, 0, 'uid-' || id, 0, CASE WHEN id = 3 THEN 'cancelled' ELSE 'scheduled' END "
                                      "FROM applications WHERE id % 3 = 0")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interview_panel (interview_id, person_id) SELECT id, %1 FROM interviews").arg(m_interviewer)));
        QVERIFY(tx.commit());
    }

    void filter_matchesHandWrittenSql_data()
    {
        QTest::addColumn<FilterGroup>("filter");
        QTest::addColumn<QString>("where");
        using F = FilterField;
        QTest::newRow("source any of two")
            << group({condition(F::Source, {QStringLiteral("Referral"), QStringLiteral("Job board")})})
            << QStringLiteral("c.source IN ('Referral', 'Job board')");
        QTest::newRow("stage by name") << group({condition(F::Stage, {QStringLiteral("Recruiter screen")})})
                                       << QStringLiteral("s.name = 'Recruiter screen'");
        QTest::newRow("status rejected") << group({condition(F::Status, {QStringLiteral("rejected")})})
                                         << QStringLiteral("a.status = 'rejected'");
        QTest::newRow("tag") << group({condition(F::Tag, {QStringLiteral("relocation")})})
                             << QStringLiteral("a.candidate_id IN (SELECT ct.candidate_id FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                                               "WHERE t.name = 'relocation')");
        QTest::newRow("years range") << group({condition(F::Years, {}, 5, 12)})
                                     << QStringLiteral("c.years_experience BETWEEN 5 AND 12");
        QTest::newRow("years at least") << group({condition(F::Years, {}, 15)}) << QStringLiteral("c.years_experience >= 15");
        QTest::newRow("NOT years range keeps unknown years")
            << group({condition(F::Years, {}, 5, 12, true)})
            << QStringLiteral("c.years_experience IS NULL OR c.years_experience NOT BETWEEN 5 AND 12");
        QTest::newRow("match at most") << group({condition(F::Match, {}, {}, 40)}) << QStringLiteral("a.match_score <= 40");
        QTest::newRow("days in stage at least 20") << group({condition(F::DaysInStage, {}, 20)})
                                                   << QStringLiteral("a.stage_entered_at <= %1").arg(now - 20 * 86400);
        QTest::newRow("missing must-have") << group({condition(F::MissingMustHave)}) << QStringLiteral("a.missing_must_haves > 0");
        QTest::newRow("interviewed by (cancelled interviews do not count)")
            << group({condition(F::InterviewedBy, {QStringLiteral("%1")})})
            << QStringLiteral("a.id % 3 = 0 AND a.id <> 3");
        QTest::newRow("AND of three")
            << group({condition(F::Source, {QStringLiteral("LinkedIn")}), condition(F::Match, {}, 30),
                      condition(F::Tag, {QStringLiteral("relocation")}, {}, {}, true)})
            << QStringLiteral("c.source = 'LinkedIn' AND a.match_score >= 30 AND a.candidate_id NOT IN "
                              "(SELECT ct.candidate_id FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'relocation')");
        QTest::newRow("OR of two") << group({condition(F::Source, {QStringLiteral("Referral")}), condition(F::MissingMustHave)}, true)
                                   << QStringLiteral("c.source = 'Referral' OR a.missing_must_haves > 0");
        QTest::newRow("AND with a nested OR")
            << group({condition(F::Status, {QStringLiteral("active")})}, false,
                     {group({condition(F::Years, {}, 10), condition(F::Tag, {QStringLiteral("silver-medal")})}, true)})
            << QStringLiteral("a.status = 'active' AND (c.years_experience >= 10 OR a.candidate_id IN (SELECT ct.candidate_id FROM "
                              "candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'silver-medal'))");
        QTest::newRow("NOT of a group")
            << group({condition(F::Source, {QStringLiteral("LinkedIn")}), condition(F::Match, {}, 50)}, false, {}, true)
            << QStringLiteral("NOT (c.source = 'LinkedIn' AND a.match_score >= 50)");
    }

    void filter_matchesHandWrittenSql()
    {
        QFETCH(FilterGroup, filter);
        QFETCH(QString, where);
        // Person ids are only known at run time.
        for (FilterCondition &c : filter.conditions)
            c.values.replaceInStrings(QStringLiteral("%1"), QString::number(m_interviewer));
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.filter = filter;
        const QList<qint64> expected = handWritten(where);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(expected.size() < candidateCount, "a filter that keeps everything proves nothing");
        QCOMPARE(ids(fetch(query)), expected);
        Result<qint64> counted = ApplicationRepository(*m_db).count(query, now);
        QVERIFY(counted);
        QCOMPARE(*counted, qint64(expected.size()));
        // The JSON a saved view stores gives back the same filter.
        Result<FilterGroup> back = ApplicationFilter::fromJson(ApplicationFilter::toJson(filter));
        QVERIFY2(back, qPrintable(back.error().message));
        QCOMPARE(*back, filter);
        QVERIFY(!ApplicationFilter::describe(filter).isEmpty());
    }

    void filter_invalidConditions_namedInTheMessage_data()
    {
        QTest::addColumn<FilterGroup>("filter");
        QTest::addColumn<QString>("word");
        QTest::newRow("list without values") << group({condition(FilterField::Tag)}) << QStringLiteral("Tag");
        QTest::newRow("range without bounds") << group({condition(FilterField::Years)}) << QStringLiteral("lowest");
        QTest::newRow("inverted range") << group({condition(FilterField::Match, {}, 80, 20)}) << QStringLiteral("swap");
        QTest::newRow("negative days") << group({condition(FilterField::DaysInStage, {}, -3)}) << QStringLiteral("days");
        QTest::newRow("interviewer not an id") << group({condition(FilterField::InterviewedBy, {QStringLiteral("Ines")})})
                                               << QStringLiteral("Ines");
        QTest::newRow("nested group") << group({}, false, {group({condition(FilterField::Source)})}) << QStringLiteral("Source");
    }

    void filter_invalidConditions_namedInTheMessage()
    {
        QFETCH(FilterGroup, filter);
        QFETCH(QString, word);
        ApplicationQuery query;
        query.openingId = m_opening;
        query.filter = filter;
        Result<qint64> counted = ApplicationRepository(*m_db).count(query, now);
        QVERIFY(!counted);
        QCOMPARE(counted.error().code, ErrorCode::Invalid);
        QVERIFY2(counted.error().message.contains(word), qPrintable(counted.error().message));
    }

    void filterJson_unknownField_refused()
    {
        const QJsonObject json = QJsonDocument::fromJson(R"({"combine":"all","conditions":[{"field":"salary","values":["1"]}]})").object();
        Result<FilterGroup> parsed = ApplicationFilter::fromJson(json);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().message.contains(QStringLiteral("salary")));
    }

    void search_specialCharacters_neverFail_data() { addSpecialSearchInputs(); }

    void search_specialCharacters_neverFail()
    {
        QFETCH(QString, input);
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.searchText = input;
        query.sort = ApplicationSort::Relevance;
        Result<qint64> counted = ApplicationRepository(*m_db).count(query, now);
        QVERIFY2(counted, qPrintable(counted.error().detail));
        Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_db).rows(query, now, 0, 1000);
        QVERIFY2(rows, qPrintable(rows.error().detail));
        QCOMPARE(qint64(rows->size()), *counted);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), qint64(candidateCount));
    }

    void search_findsWhatWasTyped_data() { addSearchExpectations(candidateCount); }

    void search_findsWhatWasTyped()
    {
        QFETCH(QString, input);
        QFETCH(QString, expectedName);
        QFETCH(int, expectedCount);
        const QStringList names = namesFound(input);
        QCOMPARE(names.size(), expectedCount);
        if (!expectedName.isEmpty())
            QVERIFY2(names.contains(expectedName), qPrintable(names.join(QLatin1String(", "))));
    }

    void search_relevance_namesBeforeNotes()
    {
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.searchText = QStringLiteral("marlowe");
        query.sort = ApplicationSort::Relevance;
        const QList<ApplicationRow> rows = fetch(query);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).name, QStringLiteral("Marlowe Quist"));
        QCOMPARE(rows.at(1).name, QStringLiteral("Person 10"));
    }

    void search_indexFollowsEdits()
    {
        const qint64 id = m_candidateByName.value(QStringLiteral("Person 20"));
        QCOMPARE(namesFound(QStringLiteral("Quetzalcoatl")).size(), 0);
        Result<Candidate> c = CandidateRepository(*m_db).load(id);
        QVERIFY(c);
        c->currentCompany = QStringLiteral("Quetzalcoatl Analytics");
        c->tags << QStringLiteral("night-owl");
        QVERIFY(CandidateRepository(*m_db).update(*c));
        QCOMPARE(namesFound(QStringLiteral("Quetzal")), QStringList{QStringLiteral("Person 20")});
        QCOMPARE(namesFound(QStringLiteral("night owl")), QStringList{QStringLiteral("Person 20")});
        c = CandidateRepository(*m_db).load(id);
        c->tags.removeAll(QStringLiteral("night-owl"));
        c->currentCompany.clear();
        QVERIFY(CandidateRepository(*m_db).update(*c));
        QCOMPARE(namesFound(QStringLiteral("Quetzal")).size(), 0);
        QCOMPARE(namesFound(QStringLiteral("night owl")).size(), 0);
    }

    void search_combinesWithFilterAndStage()
    {
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.searchText = QStringLiteral("spark");
        query.filter = group({condition(FilterField::Source, {QStringLiteral("Referral")})});
        const QList<qint64> expected =
            handWritten(QStringLiteral("c.source = 'Referral' AND c.skills LIKE '%Spark%'"));
        QCOMPARE(ids(fetch(query)), expected);
        // The count and the first page in one statement agree with count() and rows().
        query.sort = ApplicationSort::Relevance;
        Result<ApplicationRepository::FirstPage> first = ApplicationRepository(*m_db).firstPage(query, now, 3);
        QVERIFY(first);
        QCOMPARE(first->total, qint64(expected.size()));
        const QList<ApplicationRow> paged = ApplicationRepository(*m_db).rows(query, now, 0, 3).value();
        QCOMPARE(first->rows.size(), paged.size());
        for (qsizetype i = 0; i < paged.size(); ++i)
            QCOMPARE(first->rows.at(i).applicationId, paged.at(i).applicationId);
        // Per-stage counts add up to the whole.
        Result<QHash<qint64, qint64>> byStage = ApplicationRepository(*m_db).countByStage(query, now);
        QVERIFY(byStage);
        qint64 total = 0;
        for (auto it = byStage->cbegin(); it != byStage->cend(); ++it) {
            total += it.value();
            ApplicationQuery column = query;
            column.stageId = it.key();
            QCOMPARE(ApplicationRepository(*m_db).count(column, now).value(), it.value());
        }
        QCOMPARE(total, qint64(expected.size()));
    }

    void rows_pagesAreDisjointAndComplete()
    {
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.sort = ApplicationSort::Match;
        query.order = Qt::DescendingOrder;
        QList<qint64> paged;
        int previousScore = 101;
        for (qint64 offset = 0; offset < candidateCount; offset += 7) {
            Result<QList<ApplicationRow>> page = ApplicationRepository(*m_db).rows(query, now, offset, 7);
            QVERIFY(page);
            for (const ApplicationRow &r : std::as_const(*page)) {
                QVERIFY(r.matchScore.value_or(-1) <= previousScore);
                previousScore = r.matchScore.value_or(-1);
                paged << r.applicationId;
            }
        }
        std::sort(paged.begin(), paged.end());
        QCOMPARE(paged, handWritten(QStringLiteral("1 = 1")));
    }
};

QTEST_GUILESS_MAIN(TestApplicationQuery)
#include "tst_applicationquery.moc"
