// Debrief decisions: agreeing with the formula, an override that needs its
// rationale and is logged, weights frozen at decision time; overdue scorecards.

#include "../common/testdb.h"

#include "repositories/decisionrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/scorecardrepository.h"

#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

class TestDecisions : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Opening m_plan;
    qint64 m_application = 0;
    qint64 m_interview = 0;
    qint64 m_ines = 0;
    qint64 m_tomasz = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("decisions.shortlist")));
        QVERIFY(m_db);
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, role, created_at) VALUES ('Ines', 'interviewer', 0), ('Tomasz', 'interviewer', 0)")));
        m_ines = scalar(*m_db, QStringLiteral("SELECT id FROM people WHERE name = 'Ines'"));
        m_tomasz = scalar(*m_db, QStringLiteral("SELECT id FROM people WHERE name = 'Tomasz'"));
        const qint64 opening = createOpening(*m_db);
        m_plan = OpeningRepository(*m_db).load(opening).value();
        m_application = addCandidate(*m_db, opening, QStringLiteral("José Núñez")).applicationId;
        Interview i;
        i.applicationId = m_application;
        i.stageId = m_plan.stages.at(2).id;
        i.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone("Europe/London"));
        i.panel = {PanelMember{m_ines, {m_plan.competencies.at(0).id}}, PanelMember{m_tomasz, {m_plan.competencies.at(0).id}}};
        m_interview = InterviewRepository(*m_db).schedule(i).value();
    }

    void overdue_listsPanelistsWithoutASubmittedScorecard()
    {
        // The interview ended at 11:00 UTC on 20 November (10:00 London = 10:00 UTC, 60 minutes).
        const qint64 end = QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(ScorecardRepository(*m_db).overdue(end + 47 * 3600, 48)->size(), 0);  // still within 48 hours
        const QList<QPair<qint64, qint64>> late = ScorecardRepository(*m_db).overdue(end + 49 * 3600, 48).value();
        QCOMPARE(late.size(), 2);
        Scorecard s = ScorecardRepository(*m_db).current(m_interview, m_ines).value();
        s.ratings[0].rating = 2;
        s.overall = Recommendation::No;
        QVERIFY(ScorecardRepository(*m_db).submit(s));
        const QList<QPair<qint64, qint64>> still = ScorecardRepository(*m_db).overdue(end + 49 * 3600, 48).value();
        QCOMPARE(still.size(), 1);
        QCOMPARE(still.at(0).second, m_tomasz);
        s = ScorecardRepository(*m_db).current(m_interview, m_tomasz).value();
        s.ratings[0].rating = 1;
        s.overall = Recommendation::StrongNo;
        QVERIFY(ScorecardRepository(*m_db).submit(s));
    }

    void overrideNeedsRationale_andIsLogged()
    {
        // Ratings 2 and 1 -> formula 1.5 -> strong no. Hiring goes against it.
        Result<Decision> refused = DecisionRepository(*m_db).record(m_application, DecisionKind::Hire, QStringLiteral("  "));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(QStringLiteral("rationale")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM decisions")), 0);

        Result<Decision> hired = DecisionRepository(*m_db).record(m_application, DecisionKind::Hire,
                                                                  QStringLiteral("References outweigh a rushed deep-dive"));
        QVERIFY2(hired, qPrintable(hired.error().message));
        QVERIFY(hired->override);
        QCOMPARE(hired->advice, std::optional<FormulaAdvice>(FormulaAdvice::StrongNo));
        QCOMPARE(hired->formulaScore, std::optional<double>(1.5));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'decide-override' AND entity_id = %1").arg(m_application)), 1);

        // Rejecting agrees with the formula: no rationale needed, no override.
        Result<Decision> rejected = DecisionRepository(*m_db).record(m_application, DecisionKind::Reject, {});
        QVERIFY(rejected);
        QVERIFY(!rejected->override);
    }

    void weightsAreFrozen_atDecisionTime()
    {
        const qint64 c0 = m_plan.competencies.at(0).id;
        const QList<Decision> before = DecisionRepository(*m_db).forApplication(m_application).value();
        QVERIFY(!before.isEmpty());
        const double original = before.constFirst().weights.value(c0);
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE competencies SET weight = weight * 3 WHERE id = %1").arg(c0)));
        const QList<Decision> after = DecisionRepository(*m_db).forApplication(m_application).value();
        QCOMPARE(after.constFirst().weights.value(c0), original);
        QCOMPARE(after.constFirst().formulaScore, before.constFirst().formulaScore);
        QCOMPARE(after.constFirst().rationale, QStringLiteral("References outweigh a rushed deep-dive"));
    }

    void isOverride_table_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("advice");
        QTest::addColumn<bool>("override");
        QTest::newRow("hire on yes") << int(DecisionKind::Hire) << int(FormulaAdvice::Yes) << false;
        QTest::newRow("advance on strong yes") << int(DecisionKind::Advance) << int(FormulaAdvice::StrongYes) << false;
        QTest::newRow("advance on no") << int(DecisionKind::Advance) << int(FormulaAdvice::No) << true;
        QTest::newRow("reject on no") << int(DecisionKind::Reject) << int(FormulaAdvice::No) << false;
        QTest::newRow("reject on yes") << int(DecisionKind::Reject) << int(FormulaAdvice::Yes) << true;
    }

    void isOverride_table()
    {
        QFETCH(int, kind);
        QFETCH(int, advice);
        QFETCH(bool, override);
        QCOMPARE(DecisionRepository::isOverride(DecisionKind(kind), FormulaAdvice(advice)), override);
        QVERIFY(!DecisionRepository::isOverride(DecisionKind(kind), std::nullopt));
    }
};

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
