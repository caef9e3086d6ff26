// Interviewer calibration and agreement from scorecards in a database: a
// lenient, an exact and a harsh interviewer on the same candidates.

#include "../common/testdb.h"

#include "repositories/calibrationrepository.h"
#include "repositories/interviewrepository.h"

#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

class TestCalibration : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;


    // `candidates` candidates, each interviewed once by all three; true level
    // 2 or 3 by turns: Lenient rates it +1, Exact as is, Harsh -1. Harsh marks
    // the second competency "not assessed" for the first candidate.
    std::unique_ptr<Database> build(int candidates, qint64 &opening, QList<qint64> &people)
    {
        auto db = createDatabase(m_dir.filePath(QStringLiteral("calibration%1.shortlist").arg(++m_files)));
        people = {addPerson(*db, QStringLiteral("Lenient")), addPerson(*db, QStringLiteral("Exact")), addPerson(*db, QStringLiteral("Harsh"))};
        opening = createOpening(*db);
        const Opening plan = OpeningRepository(*db).load(opening).value();
        const QList<qint64> focus = {plan.competencies.at(0).id, plan.competencies.at(1).id};
        for (int c = 0; c < candidates; ++c) {
            Interview i;
            i.applicationId = addCandidate(*db, opening, QStringLiteral("Candidate %1").arg(c)).applicationId;
            i.stageId = plan.stages.at(2).id;
            i.start = QDateTime(QDate(2026, 11, 2 + c), QTime(10, 0), QTimeZone("Europe/London"));
            for (qint64 p : people)
                i.panel << PanelMember{p, focus};
            const qint64 interview = InterviewRepository(*db).schedule(i).value();
            const int truth = 2 + c % 2;
            for (int k = 0; k < 3; ++k) {
                Scorecard s = ScorecardRepository(*db).current(interview, people.at(k)).value();
                for (CompetencyRating &r : s.ratings)
                    r.rating = truth + 1 - k;
                if (k == 2 && c == 0) {
                    s.ratings[1].rating.reset();
                    s.ratings[1].notAssessed = true;
                }
                s.overall = k == 0 ? Recommendation::StrongYes : (k == 1 ? Recommendation::Yes : Recommendation::No);
                if (!ScorecardRepository(*db).submit(s))
                    return nullptr;
            }
        }
        return db;
    }

private Q_SLOTS:
    void interviewers_relativeToThePanel()
    {
        qint64 opening = 0;
        QList<qint64> people;
        auto db = build(6, opening, people);
        QVERIFY(db);
        const QList<InterviewerCalibration> list = CalibrationRepository(*db).interviewers(opening).value();
        QCOMPARE(list.size(), 3);
        QHash<QString, InterviewerCalibration> byName;
        for (const InterviewerCalibration &c : list)
            byName.insert(c.name, c);
        QCOMPARE(byName.value(QStringLiteral("Lenient")).scorecards, 6);
        QCOMPARE(byName.value(QStringLiteral("Lenient")).overall.value(Recommendation::StrongYes), 6);
        QCOMPARE(byName.value(QStringLiteral("Harsh")).overall.value(Recommendation::No), 6);
        // Exact rates the truth: 2.5 on average over 2,3,2,3,2,3.
        QCOMPARE(byName.value(QStringLiteral("Exact")).meanRating, std::optional<double>(2.5));
        QCOMPARE(byName.value(QStringLiteral("Harsh")).focusNotAssessed, 1);
        QCOMPARE(byName.value(QStringLiteral("Harsh")).focusAnswered, 11);
        // Where all three rated, the panel mean is the truth: Lenient +1, Exact 0, Harsh -1.
        // For the unit Harsh skipped, the panel mean is truth + 0.5: Lenient +0.5, Exact -0.5.
        // Lenient: (11 x 1 + 0.5) / 12; Exact: -0.5 / 12; Harsh: -1 over its 11.
        QVERIFY(std::abs(*byName.value(QStringLiteral("Lenient")).relativeToPanel - 11.5 / 12) < 1e-9);
        QVERIFY(std::abs(*byName.value(QStringLiteral("Exact")).relativeToPanel - (-0.5 / 12)) < 1e-9);
        QVERIFY(std::abs(*byName.value(QStringLiteral("Harsh")).relativeToPanel - (-1.0)) < 1e-9);
    }

    void agreement_perCompetencyAndPanel_equalsAlphaOnTheSameUnits()
    {
        qint64 opening = 0;
        QList<qint64> people;
        auto db = build(6, opening, people);
        QVERIFY(db);
        const QList<CompetencyAgreement> list = CalibrationRepository(*db).agreement(opening, 500).value();
        const Opening plan = OpeningRepository(*db).load(opening).value();
        QCOMPARE(list.size(), plan.competencies.size() + 1);
        // The first competency: every candidate rated truth+1, truth, truth-1.
        QList<RatedUnit> units;
        for (int c = 0; c < 6; ++c) {
            const int truth = 2 + c % 2;
            units << RatedUnit{double(truth + 1), double(truth), double(truth - 1)};
        }
        const AlphaResult expected = krippendorffAlpha(units, AlphaMetric::Ordinal);
        QVERIFY(expected.alpha);
        QCOMPARE(list.at(0).alpha.alpha, expected.alpha);
        QCOMPARE(list.at(0).alpha.pairableUnits, 6);
        QVERIFY(!list.at(0).tooFewRatings);
        QVERIFY(list.at(0).interval);
        QVERIFY(list.at(0).interval->low <= *expected.alpha && *expected.alpha <= list.at(0).interval->high);
        // Competencies nobody rated: undefined, too few.
        QVERIFY(!list.at(2).alpha.alpha);
        QVERIFY(list.at(2).tooFewRatings);
        // The whole panel pools both rated competencies: 12 units.
        QCOMPARE(list.constLast().competencyId, 0);
        QCOMPARE(list.constLast().alpha.pairableUnits, 12);
    }

    void fewCandidates_aDiagnosticNotAVerdict()
    {
        qint64 opening = 0;
        QList<qint64> people;
        auto db = build(3, opening, people);
        QVERIFY(db);
        const QList<CompetencyAgreement> list = CalibrationRepository(*db).agreement(opening, 200).value();
        QVERIFY(list.at(0).alpha.alpha);  // computed...
        QVERIFY(list.at(0).tooFewRatings);  // ...but flagged
        QVERIFY(!list.at(0).interval);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
