// The debrief: the competency × interviewer matrix, spread and thin-coverage
// flags, the weighted formula score and its advice — by hand, and from
// scorecards in a database (latest submitted revision only).

#include "../common/testdb.h"

#include "analytics/debrief.h"
#include "repositories/debriefrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/scorecardrepository.h"

#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

class TestDebrief : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handComputed_matrixFlagsAndFormula()
    {
        // Design (weight 2): A 4, B 2 -> mean 3, spread (2 levels apart).
        // Coding (weight 1): A 3, B 3 -> mean 3.
        // Leadership (weight 1): A not assessed, B 1 -> mean 1, thin (one rater).
        // Communication (weight 5): nobody -> no mean, thin, its weight drops out.
        // Score = (2*3 + 1*3 + 1*1) / (2 + 1 + 1) = 10 / 4 = 2.5 -> yes.
        const QList<DebriefCompetency> competencies = {{1, QStringLiteral("Design"), 2}, {2, QStringLiteral("Coding"), 1},
                                                       {3, QStringLiteral("Leadership"), 1}, {4, QStringLiteral("Communication"), 5}};
        const QList<DebriefRating> ratings = {{1, 10, 4}, {1, 20, 2}, {2, 10, 3}, {2, 20, 3}, {3, 10, std::nullopt}, {3, 20, 1}};
        const Debrief d = buildDebrief(competencies, ratings);
        QCOMPARE(d.interviewers, (QList<qint64>{10, 20}));
        QCOMPARE(d.rows.size(), 4);
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(3.0));
        QVERIFY(d.rows.at(0).spread);
        QVERIFY(!d.rows.at(1).spread);
        QVERIFY(d.rows.at(2).cells.at(0).notAssessed);
        QVERIFY(!d.rows.at(2).cells.at(0).assessed);
        QVERIFY(d.rows.at(2).thin);
        QVERIFY(!d.rows.at(3).mean);
        QVERIFY(d.rows.at(3).thin);
        QCOMPARE(d.spreads, 1);
        QCOMPARE(d.thinCompetencies, 2);
        QCOMPARE(d.formulaScore, std::optional<double>(2.5));
        QCOMPARE(d.advice, std::optional<FormulaAdvice>(FormulaAdvice::Yes));
    }

    void sameInterviewerTwice_countsOnceAsTheirMean()
    {
        // Interviewer 10 rated Design in two interviews (2 and 4): one rater, mean 3.
        const Debrief d = buildDebrief({{1, QStringLiteral("Design"), 1}}, {{1, 10, 2}, {1, 10, 4}});
        QCOMPARE(d.rows.at(0).raters, 1);
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(3.0));
        QVERIFY(d.rows.at(0).thin);
    }

    void advice_boundaries_data()
    {
        QTest::addColumn<double>("score");
        QTest::addColumn<int>("advice");
        QTest::newRow("1.0") << 1.0 << int(FormulaAdvice::StrongNo);
        QTest::newRow("1.74") << 1.74 << int(FormulaAdvice::StrongNo);
        QTest::newRow("1.75") << 1.75 << int(FormulaAdvice::No);
        QTest::newRow("2.49") << 2.49 << int(FormulaAdvice::No);
        QTest::newRow("2.5") << 2.5 << int(FormulaAdvice::Yes);
        QTest::newRow("3.25") << 3.25 << int(FormulaAdvice::StrongYes);
        QTest::newRow("4.0") << 4.0 << int(FormulaAdvice::StrongYes);
    }

    void advice_boundaries()
    {
        QFETCH(double, score);
        QFETCH(int, advice);
        QCOMPARE(int(adviceFor(score)), advice);
    }

    void nothingRated_noScore()
    {
        const Debrief d = buildDebrief({{1, QStringLiteral("Design"), 1}}, {});
        QVERIFY(!d.formulaScore);
        QVERIFY(!d.advice);
        QCOMPARE(d.thinCompetencies, 1);
    }

    void fromTheDatabase_usesLatestSubmittedRevisions()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("debrief.shortlist")));
        QVERIFY(db);
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, role, created_at) VALUES ('Ines', 'interviewer', 0), ('Tomasz', 'interviewer', 0)")));
        const qint64 ines = scalar(*db, QStringLiteral("SELECT id FROM people WHERE name = 'Ines'"));
        const qint64 tomasz = scalar(*db, QStringLiteral("SELECT id FROM people WHERE name = 'Tomasz'"));
        const qint64 opening = createOpening(*db);
        const Opening plan = OpeningRepository(*db).load(opening).value();
        const qint64 c0 = plan.competencies.at(0).id;
        const NewApplication app = addCandidate(*db, opening, QStringLiteral("José Núñez"));
        Interview i;
        i.applicationId = app.applicationId;
        i.stageId = plan.stages.at(2).id;
        i.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone("Europe/London"));
        i.panel = {PanelMember{ines, {c0}}, PanelMember{tomasz, {c0}}};
        const qint64 interview = InterviewRepository(*db).schedule(i).value();
        ScorecardRepository cards(*db);
        const auto rate = [&](qint64 person, int rating, Recommendation overall) {
            Scorecard s = cards.current(interview, person).value();
            s.ratings[0].rating = rating;
            s.overall = overall;
            return bool(cards.submit(s));
        };
        QVERIFY(rate(ines, 4, Recommendation::StrongYes));
        // Tomasz's draft does not count yet.
        Scorecard draft = cards.current(interview, tomasz).value();
        draft.ratings[0].rating = 1;
        QVERIFY(cards.saveDraft(draft));
        Debrief d = DebriefRepository(*db).forApplication(app.applicationId).value();
        QCOMPARE(d.interviewers, QList<qint64>{ines});
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(4.0));
        QVERIFY(rate(tomasz, 2, Recommendation::No));
        // Ines amends 4 -> 3: only her latest submitted revision counts.
        QVERIFY(cards.amend(interview, ines, QStringLiteral("Re-read my notes")));
        QVERIFY(rate(ines, 3, Recommendation::Yes));
        d = DebriefRepository(*db).forApplication(app.applicationId).value();
        QCOMPARE(d.rows.at(0).raters, 2);
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(2.5));
        QVERIFY(!d.rows.at(0).spread);
        QCOMPARE(d.rows.size(), plan.competencies.size());
        QCOMPARE(DebriefRepository(*db).levelNames(opening)->size(), 4);
        // A cancelled interview's scorecards drop out.
        QVERIFY(q.exec(QStringLiteral("UPDATE interviews SET status = 'cancelled' WHERE id = %1").arg(interview)));
        QVERIFY(!DebriefRepository(*db).forApplication(app.applicationId)->formulaScore);
    }
};

QTEST_GUILESS_MAIN(TestDebrief)
#include "tst_debrief.moc"
