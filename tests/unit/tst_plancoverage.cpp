// The interview-plan coverage check: every competency and every must-have by
// at least two independent interviewers.

#include "analytics/plancoverage.h"

#include <QtTest>

using namespace shortlist;

class TestPlanCoverage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coveredThinAndMissing()
    {
        const QList<CoverageSlot> slots = {
            {QStringLiteral("Deep-dive — A"), {1, 2}, {10}},
            {QStringLiteral("Deep-dive — B"), {1}, {10, 11}},
            {QStringLiteral("Panel — C"), {3}, {}},
        };
        const QList<CoverageSubject> competencies = {{1, QStringLiteral("Architecture"), false},
                                                     {2, QStringLiteral("Spark depth"), false},
                                                     {3, QStringLiteral("Stakeholders"), false},
                                                     {4, QStringLiteral("Compliance"), false}};
        const QList<CoverageSubject> requirements = {{10, QStringLiteral("Spark"), true},
                                                     {11, QStringLiteral("Kafka"), true},
                                                     {12, QStringLiteral("Leadership"), true},
                                                     {13, QStringLiteral("Degree"), false}};
        const CoverageReport r = planCoverage(slots, competencies, requirements);
        QCOMPARE(r.competencies.size(), 4);
        QCOMPARE(r.competencies.at(0).level, CoverageLevel::Covered);
        QCOMPARE(r.competencies.at(0).slots, (QStringList{QStringLiteral("Deep-dive — A"), QStringLiteral("Deep-dive — B")}));
        QCOMPARE(r.competencies.at(1).level, CoverageLevel::Thin);
        QCOMPARE(r.competencies.at(2).level, CoverageLevel::Thin);
        QCOMPARE(r.competencies.at(3).level, CoverageLevel::Missing);
        // Only must-haves are checked.
        QCOMPARE(r.requirements.size(), 3);
        QCOMPARE(r.requirements.at(0).level, CoverageLevel::Covered);
        QCOMPARE(r.requirements.at(1).level, CoverageLevel::Thin);
        QCOMPARE(r.requirements.at(2).level, CoverageLevel::Missing);
        QCOMPARE(r.missing, 2);
        QCOMPARE(r.thin, 3);
    }

    void emptyPlan_everythingMissing_andAStricterBar()
    {
        const QList<CoverageSubject> competencies = {{1, QStringLiteral("Architecture"), false}};
        const CoverageReport none = planCoverage({}, competencies, {});
        QCOMPARE(none.missing, 1);
        const QList<CoverageSlot> two = {{QStringLiteral("A"), {1}, {}}, {QStringLiteral("B"), {1}, {}}};
        QCOMPARE(planCoverage(two, competencies, {}).competencies.at(0).level, CoverageLevel::Covered);
        QCOMPARE(planCoverage(two, competencies, {}, 3).competencies.at(0).level, CoverageLevel::Thin);
    }
};

QTEST_APPLESS_MAIN(TestPlanCoverage)
#include "tst_plancoverage.moc"
