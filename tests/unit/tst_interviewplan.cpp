// The interview plan: a default that covers everything twice, a round trip
// through the database, the coverage check after edits, and refusals.

#include "../common/testdb.h"

#include "repositories/interviewplanrepository.h"

using namespace shortlist;
using namespace shortlist::test;

namespace {

// Ids are the database's business; compare what the user edits.
QList<PlanInterview> withoutIds(QList<PlanInterview> plan)
{
    for (PlanInterview &i : plan) {
        i.id = 0;
        for (PlanSlot &s : i.slots)
            s.id = 0;
    }
    return plan;
}

} // namespace

class TestInterviewPlan : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    Opening m_plan;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("plan.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        m_plan = OpeningRepository(*m_db).load(m_opening).value();
    }

    void defaultPlan_coversEveryCompetencyAndMustHaveTwice()
    {
        const QList<PlanInterview> plan = InterviewPlanRepository::defaultPlan(m_plan);
        // Technical deep-dive, System design, Leadership & stakeholder panel; not the debrief.
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan.at(0).title, QStringLiteral("Technical deep-dive"));
        QCOMPARE(plan.at(0).slots.size(), 2);
        QVERIFY(InterviewPlanRepository(*m_db).save(m_opening, plan).code == ErrorCode::None);
        const CoverageReport r = InterviewPlanRepository(*m_db).coverage(m_opening).value();
        QCOMPARE(r.competencies.size(), m_plan.competencies.size());
        const qsizetype mustHaves = std::count_if(m_plan.requirements.cbegin(), m_plan.requirements.cend(), [](const Requirement &x) { return x.mustHave; });
        QCOMPARE(r.requirements.size(), mustHaves);
        QCOMPARE(r.missing, 0);
        QCOMPARE(r.thin, 0);
        for (const CoverageItem &item : r.competencies)
            QCOMPARE(item.assessors, 2);
    }

    void roundTrip_andCoverageAfterRemovingASlot()
    {
        QList<PlanInterview> plan = InterviewPlanRepository::defaultPlan(m_plan);
        plan[0].slots[0].questions = QStringLiteral("Walk me through a Spark job you tuned.\nHow do you size Kafka partitions?");
        plan[0].durationMinutes = 75;
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, plan).code, ErrorCode::None);
        QCOMPARE(withoutIds(InterviewPlanRepository(*m_db).load(m_opening).value()), withoutIds(plan));
        // Drop the first interview's second interviewer: what they assessed is now thin.
        const PlanSlot dropped = plan[0].slots.takeLast();
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, plan).code, ErrorCode::None);
        const CoverageReport r = InterviewPlanRepository(*m_db).coverage(m_opening).value();
        QCOMPARE(r.thin, dropped.competencyIds.size() + dropped.requirementIds.size());
        QCOMPARE(r.missing, 0);
        for (const CoverageItem &item : r.competencies) {
            if (dropped.competencyIds.contains(item.id))
                QCOMPARE(item.level, CoverageLevel::Thin);
        }
    }

    void invalidPlans_refused_andTheOldOneKept()
    {
        const QList<PlanInterview> before = InterviewPlanRepository(*m_db).load(m_opening).value();
        QList<PlanInterview> plan = InterviewPlanRepository::defaultPlan(m_plan);
        plan[0].stageId = m_plan.stages.at(0).id;  // "Applied" is not an interview stage
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, plan).code, ErrorCode::Invalid);
        const qint64 other = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        plan = InterviewPlanRepository::defaultPlan(m_plan);
        plan[0].slots[0].competencyIds << OpeningRepository(*m_db).load(other)->competencies.constFirst().id;
        const Error e = InterviewPlanRepository(*m_db).save(m_opening, plan);
        QCOMPARE(e.code, ErrorCode::Invalid);
        QVERIFY(e.message.contains(QStringLiteral("another opening")));
        QCOMPARE(InterviewPlanRepository(*m_db).load(m_opening).value(), before);
    }

    void noSavedPlan_theDefaultStandsIn_untilOneIsSaved()
    {
        const Opening other = OpeningRepository(*m_db).load(createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"))).value();
        QCOMPARE(InterviewPlanRepository(*m_db).load(other.id)->size(), 0);
        QCOMPARE(InterviewPlanRepository(*m_db).effective(other).value(), InterviewPlanRepository::defaultPlan(other));
        QCOMPARE(InterviewPlanRepository(*m_db).coverage(other.id)->missing, 0);
        // A saved plan, even a thin one, is what counts from then on.
        const PlanInterview thin{0, InterviewPlanRepository::defaultPlan(other).at(0).stageId, QStringLiteral("Only one"), 30,
                                 {PlanSlot{0, QStringLiteral("Interviewer 1"), {}, {other.competencies.at(0).id}, {}}}};
        QVERIFY(!InterviewPlanRepository(*m_db).save(other.id, {thin}));
        QCOMPARE(InterviewPlanRepository(*m_db).effective(other)->size(), 1);
        const CoverageReport r = InterviewPlanRepository(*m_db).coverage(other.id).value();
        QCOMPARE(r.thin, 1);
        QVERIFY(r.missing > 0);
    }

    void requirementEdits_keepThePlansLinks()
    {
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, InterviewPlanRepository::defaultPlan(m_plan)).code, ErrorCode::None);
        Opening o = OpeningRepository(*m_db).load(m_opening).value();
        QList<Requirement> edited = o.requirements;
        edited[0].weight = 2;  // kept: links survive
        QVERIFY(OpeningRepository(*m_db).updateRequirements(m_opening, o.version, edited));
        QCOMPARE(InterviewPlanRepository(*m_db).coverage(m_opening)->missing, 0);
        // Removing a must-have removes it from the plan and from the check.
        o = OpeningRepository(*m_db).load(m_opening).value();
        edited = o.requirements;
        edited.removeFirst();
        QVERIFY(OpeningRepository(*m_db).updateRequirements(m_opening, o.version, edited));
        const CoverageReport r = InterviewPlanRepository(*m_db).coverage(m_opening).value();
        QCOMPARE(r.missing, 0);
        QCOMPARE(r.requirements.size(), std::count_if(edited.cbegin(), edited.cend(), [](const Requirement &x) { return x.mustHave; }));
    }
};

QTEST_GUILESS_MAIN(TestInterviewPlan)
#include "tst_interviewplan.moc"
