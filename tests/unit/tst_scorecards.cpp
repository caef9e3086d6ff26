// Scorecards: drafts, submit validation, the lock, amendments kept as
// revisions, and independent scoring (others hidden until you submit).

#include "../common/testdb.h"

#include "repositories/interviewrepository.h"
#include "repositories/scorecardrepository.h"

#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

class TestScorecards : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Opening m_plan;
    qint64 m_ines = 0;
    qint64 m_tomasz = 0;
    qint64 m_outsider = 0;
    qint64 m_interview = 0;


    qint64 competency(int i) const { return m_plan.competencies.at(i).id; }

    Scorecard complete(qint64 person)
    {
        Scorecard s = ScorecardRepository(*m_db).current(m_interview, person).value();
        for (CompetencyRating &r : s.ratings)
            r.rating = 3;
        s.overall = Recommendation::Yes;
        s.summary = QStringLiteral("Solid streaming design; thin on cost trade-offs.");
        return s;
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("scorecards.shortlist")));
        m_db = createDatabase(m_dir.filePath(QStringLiteral("scorecards.shortlist")));
        QVERIFY(m_db);
        m_ines = addPerson(*m_db, QStringLiteral("Inês Duarte"));
        m_tomasz = addPerson(*m_db, QStringLiteral("Tomasz Wróbel"));
        m_outsider = addPerson(*m_db, QStringLiteral("Hiring Manager"));
        const qint64 opening = createOpening(*m_db);
        m_plan = OpeningRepository(*m_db).load(opening).value();
        Interview i;
        i.applicationId = addCandidate(*m_db, opening, QStringLiteral("José Núñez")).applicationId;
        i.stageId = m_plan.stages.at(2).id;
        i.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone("Europe/London"));
        i.panel = {PanelMember{m_ines, {competency(0), competency(1)}}, PanelMember{m_tomasz, {competency(2)}}};
        m_interview = InterviewRepository(*m_db).schedule(i).value();
    }

    void newScorecard_listsTheFocusCompetencies()
    {
        Result<Scorecard> s = ScorecardRepository(*m_db).current(m_interview, m_ines);
        QVERIFY(s);
        QCOMPARE(s->id, 0);
        QCOMPARE(s->ratings.size(), 2);
        QCOMPARE(s->ratings.at(0).competencyId, competency(0));
        QVERIFY(!s->ratings.at(0).rating);
        Result<Scorecard> outsider = ScorecardRepository(*m_db).current(m_interview, m_outsider);
        QVERIFY(!outsider);
        QVERIFY(outsider.error().message.contains(QStringLiteral("panel")));
    }

    void submit_refusesWhatIsIncomplete_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("word");
        QTest::newRow("a focus competency left blank") << 0 << QStringLiteral("Rate every");
        QTest::newRow("no overall recommendation") << 1 << QStringLiteral("overall");
        QTest::newRow("rated and not assessed") << 2 << QStringLiteral("both");
        QTest::newRow("rating outside 1-4") << 3 << QStringLiteral("1 to 4");
    }

    void submit_refusesWhatIsIncomplete()
    {
        QFETCH(int, problem);
        QFETCH(QString, word);
        Scorecard s = complete(m_ines);
        switch (problem) {
        case 0: s.ratings[1].rating.reset(); break;
        case 1: s.overall.reset(); break;
        case 2: s.ratings[0].notAssessed = true; break;
        case 3: s.ratings[0].rating = 5; break;
        default: break;
        }
        Result<qint64> id = ScorecardRepository(*m_db).submit(s);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(word), qPrintable(id.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards WHERE status = 'submitted'")), 0);
    }

    void notAssessed_isAnAnswer_distinctFromALowRating()
    {
        Scorecard s = complete(m_ines);
        s.ratings[1].rating.reset();
        s.ratings[1].notAssessed = true;
        s.ratings[1].evidence = QStringLiteral("Ran out of time");
        QVERIFY(ScorecardRepository(*m_db).submit(s));
        const Scorecard stored = ScorecardRepository(*m_db).current(m_interview, m_ines).value();
        QVERIFY(stored.ratings.at(1).notAssessed);
        QVERIFY(!stored.ratings.at(1).rating);
        QCOMPARE(stored.ratings.at(1).evidence, QStringLiteral("Ran out of time"));
    }

    void draftsSave_submitLocks_amendKeepsEveryRevision()
    {
        Scorecard draft = ScorecardRepository(*m_db).current(m_interview, m_ines).value();
        draft.ratings[0].rating = 2;
        Result<qint64> first = ScorecardRepository(*m_db).saveDraft(draft);
        QVERIFY(first);
        draft = ScorecardRepository(*m_db).current(m_interview, m_ines).value();
        QCOMPARE(draft.id, *first);
        QCOMPARE(draft.ratings.at(0).rating, std::optional<int>(2));
        // Saving again updates the same draft.
        draft.ratings[1].rating = 4;
        QCOMPARE(ScorecardRepository(*m_db).saveDraft(draft).value(), *first);

        Scorecard done = complete(m_ines);
        QVERIFY(ScorecardRepository(*m_db).submit(done));
        Scorecard locked = ScorecardRepository(*m_db).current(m_interview, m_ines).value();
        QVERIFY(locked.submitted);
        QVERIFY(locked.submittedAt > 0);
        locked.ratings[0].rating = 1;
        Result<qint64> refused = ScorecardRepository(*m_db).saveDraft(locked);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("locked")));

        QVERIFY(!ScorecardRepository(*m_db).amend(m_interview, m_ines, QStringLiteral("  ")));
        Result<Scorecard> amended = ScorecardRepository(*m_db).amend(m_interview, m_ines, QStringLiteral("Mixed up two candidates"));
        QVERIFY2(amended, qPrintable(amended.error().message));
        QCOMPARE(amended->revision, 2);
        QVERIFY(!amended->submitted);
        QCOMPARE(amended->ratings, done.ratings);
        Scorecard fixed = *amended;
        fixed.ratings[0].rating = 1;
        fixed.overall = Recommendation::No;
        QVERIFY(ScorecardRepository(*m_db).submit(fixed));
        const QList<Scorecard> history = ScorecardRepository(*m_db).history(m_interview, m_ines).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).overall, std::optional<Recommendation>(Recommendation::Yes));
        QCOMPARE(history.at(1).overall, std::optional<Recommendation>(Recommendation::No));
        QCOMPARE(history.at(1).amendReason, QStringLiteral("Mixed up two candidates"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'scorecard' AND action IN ('submit', 'amend')")), 3);
    }

    void independentScoring_othersHiddenUntilYouSubmit()
    {
        QVERIFY(ScorecardRepository(*m_db).submit(complete(m_ines)));
        PanelProgress tomasz = ScorecardRepository(*m_db).progress(m_interview, m_tomasz).value();
        QCOMPARE(tomasz.panelSize, 2);
        QCOMPARE(tomasz.submitted, 1);  // he sees that someone submitted...
        QVERIFY(!tomasz.othersVisible);
        QCOMPARE(ScorecardRepository(*m_db).othersVisibleTo(m_interview, m_tomasz)->size(), 0);  // ...not what they wrote
        // The hiring manager (not on the panel) sees it.
        QCOMPARE(ScorecardRepository(*m_db).othersVisibleTo(m_interview, m_outsider)->size(), 1);

        QVERIFY(ScorecardRepository(*m_db).submit(complete(m_tomasz)));
        QVERIFY(ScorecardRepository(*m_db).progress(m_interview, m_tomasz)->othersVisible);
        const QList<Scorecard> seen = ScorecardRepository(*m_db).othersVisibleTo(m_interview, m_tomasz).value();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0).personId, m_ines);
        // An amendment in progress hides the others again, and is not counted as submitted.
        QVERIFY(ScorecardRepository(*m_db).amend(m_interview, m_tomasz, QStringLiteral("Typo in the evidence")));
        QVERIFY(!ScorecardRepository(*m_db).progress(m_interview, m_tomasz)->othersVisible);
        QCOMPARE(ScorecardRepository(*m_db).progress(m_interview, m_outsider)->submitted, 1);
    }
};

QTEST_GUILESS_MAIN(TestScorecards)
#include "tst_scorecards.moc"
