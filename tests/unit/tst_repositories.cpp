// Repositories and pipeline rules: CRUD, stale-write refusal between two
// connections (two Shortlist processes), cascades, rollback, undoable moves.

#include "../common/testdb.h"

#include "domain/validation.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/peoplerepository.h"

using namespace shortlist;
using namespace shortlist::test;

class TestRepositories : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    int m_counter = 0;

    Opening opening() { return *OpeningRepository(*m_db).load(m_opening); }

private Q_SLOTS:
    void init()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("repo-%1.shortlist").arg(++m_counter)));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        QVERIFY(m_opening > 0);
    }

    void cleanup() { m_db.reset(); }

    void opening_fromTemplate_copiesPlanRequirementsAndCompetencies()
    {
        const Opening o = opening();
        QCOMPARE(o.title, QStringLiteral("Big Data Tech Lead"));
        QCOMPARE(o.stages.size(), 10);
        QCOMPARE(o.stages.first().name, QStringLiteral("Applied"));
        QCOMPARE(o.stages.at(7).category, StageCategory::Hired);
        QCOMPARE(o.stages.last().category, StageCategory::Withdrawn);
        QCOMPARE(o.requirements.size(), 11);
        QVERIFY(o.requirements.first().mustHave);
        QCOMPARE(o.requirements.first().minYears, 8);
        QCOMPARE(o.competencies.size(), 9);
        for (const Competency &c : o.competencies) {
            for (const QString &level : c.levels)
                QVERIFY2(!level.isEmpty(), qPrintable(c.name));
        }
        QVERIFY(!o.ratingLevels.at(3).isEmpty());
        QCOMPARE(o.createdOn, QDate(2026, 6, 1));
    }

    void candidate_roundTripsEveryField()
    {
        Candidate c = makeCandidate(QStringLiteral("José Núñez"), QStringLiteral("jose@example.com"));
        c.phone = QStringLiteral("+34 600 123 456");
        c.location = QStringLiteral("Madrid, Spain");
        c.currentTitle = QStringLiteral("Data Architect");
        c.currentCompany = QStringLiteral("Iberia Data");
        c.referrer = QStringLiteral("Ana Lima");
        c.links = {QStringLiteral("https://example.org/jose")};
        c.tags = {QStringLiteral("relocation"), QStringLiteral("strong-spark")};
        c.consentOn = QDate(2026, 5, 1);
        c.consentBasis = QStringLiteral("consent");
        c.retainUntil = QDate(2028, 5, 1);
        Result<qint64> id = CandidateRepository(*m_db).add(c);
        QVERIFY(id);
        Result<Candidate> loaded = CandidateRepository(*m_db).load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, c.name);
        QCOMPARE(loaded->email, c.email);
        QCOMPARE(loaded->phone, c.phone);
        QCOMPARE(loaded->skills, c.skills);
        QCOMPARE(loaded->links, c.links);
        QCOMPARE(loaded->tags, c.tags);
        QCOMPARE(loaded->consentOn, c.consentOn);
        QCOMPARE(loaded->retainUntil, c.retainUntil);
        QCOMPARE(loaded->version, 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT sort_name FROM candidates WHERE id = %1").arg(*id)), QStringLiteral("jose nunez"));
    }

    void staleUpdate_fromSecondProcess_isRefused()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Priya Raman"));
        auto other = openOrFail(m_db->path());  // a second Shortlist on the same file
        QVERIFY(other);
        Result<Candidate> mine = CandidateRepository(*m_db).load(created.candidateId);
        Result<Candidate> theirs = CandidateRepository(*other).load(created.candidateId);
        QVERIFY(mine && theirs);
        theirs->currentTitle = QStringLiteral("Principal Engineer");
        QVERIFY(CandidateRepository(*other).update(*theirs));
        mine->currentTitle = QStringLiteral("Staff Engineer");
        Result<int> saved = CandidateRepository(*m_db).update(*mine);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Stale);
        QVERIFY(saved.error().message.contains(QStringLiteral("changed by someone else")));
        QCOMPARE(CandidateRepository(*m_db).load(created.candidateId)->currentTitle, QStringLiteral("Principal Engineer"));
    }

    void deleteCandidate_cascadesToApplicationsAndEvents()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Lars Nilsson"));
        QVERIFY(Pipeline(*m_db).moveToNextStage(created.applicationId, 1));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 2);
        const Result<Candidate> c = CandidateRepository(*m_db).load(created.candidateId);
        QVERIFY(!CandidateRepository(*m_db).remove(created.candidateId, c->version));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_tags")), 0);
    }

    void invalidCandidate_writesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::addColumn<int>("years");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no name") << "" << "" << "" << 5 << "name";
        QTest::newRow("bad email") << "Ana" << "ana-at-example" << "" << 5 << "email address";
        QTest::newRow("bad phone") << "Ana" << "" << "call me maybe" << 5 << "phone number";
        QTest::newRow("too few digits") << "Ana" << "" << "+1 23" << 5 << "phone number";
        QTest::newRow("years over 60") << "Ana" << "" << "" << 61 << "between 0 and 60";
        QTest::newRow("negative years") << "Ana" << "" << "" << -1 << "between 0 and 60";
    }

    void invalidCandidate_writesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, email);
        QFETCH(QString, phone);
        QFETCH(int, years);
        QFETCH(QString, messagePart);
        Candidate c = makeCandidate(name, email);
        c.phone = phone;
        c.yearsExperience = years;
        Result<NewApplication> added = Pipeline(*m_db).addCandidate(c, m_opening);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::Invalid);
        QVERIFY2(added.error().message.contains(messagePart), qPrintable(added.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), 0);
    }

    void validation_acceptsRealWorldValues_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<QString>("phone");
        QTest::newRow("plus addressing") << "first.last+jobs@example.co.uk" << "+44 (20) 7946-0000";
        QTest::newRow("dots and dashes") << "x@sub.example.org" << "030 1234 5678";
        QTest::newRow("empty optional fields") << "" << "";
    }

    void validation_acceptsRealWorldValues()
    {
        QFETCH(QString, email);
        QFETCH(QString, phone);
        Candidate c = makeCandidate(QStringLiteral("Valid Person"), email);
        c.phone = phone;
        QVERIFY(Validation::candidate(c).isEmpty());
    }

    void moves_followTheStagePlan()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Kenji Sato"));
        const Opening o = opening();
        Pipeline pipeline(*m_db);
        Result<StageMove> next = pipeline.moveToNextStage(created.applicationId, 1);
        QVERIFY(next);
        QCOMPARE(next->after.stageId, o.stages.at(1).id);
        // Moving to an exit by hand is refused: reject and withdraw say why.
        Result<StageMove> toExit = pipeline.moveToStage(created.applicationId, 2, o.stages.last().id);
        QVERIFY(!toExit);
        QVERIFY(toExit.error().message.contains(QStringLiteral("Reject or Withdraw")));
        // Rejecting needs a reason.
        QVERIFY(!pipeline.reject(created.applicationId, 2, QStringLiteral("  ")));
        Result<StageMove> rejected = pipeline.reject(created.applicationId, 2, QStringLiteral("Position filled"));
        QVERIFY(rejected);
        Result<Application> app = ApplicationRepository(*m_db).load(created.applicationId);
        QCOMPARE(app->status, ApplicationStatus::Rejected);
        QCOMPARE(app->rejectionReason, QStringLiteral("Position filled"));
        // A closed application cannot move until reopened, and reopens where it was.
        QVERIFY(!pipeline.moveToNextStage(created.applicationId, app->version));
        Result<StageMove> reopened = pipeline.reopen(created.applicationId, app->version);
        QVERIFY(reopened);
        QCOMPARE(reopened->after.stageId, o.stages.at(1).id);
        QCOMPARE(ApplicationRepository(*m_db).load(created.applicationId)->status, ApplicationStatus::Active);
        // Hired is a pipeline stage whose status is hired.
        Result<StageMove> hired = pipeline.moveToStage(created.applicationId, reopened->after.version, o.firstStage(StageCategory::Hired)->id);
        QVERIFY(hired);
        QCOMPARE(hired->after.status, ApplicationStatus::Hired);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(created.applicationId)), 5);
    }

    void revert_restoresStateAndRemovesTheEvent()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Amara Eze"), 1'700'000'000);
        ApplicationRepository repo(*m_db);
        const Application before = *repo.load(created.applicationId);
        Result<StageMove> rejected = Pipeline(*m_db).reject(created.applicationId, before.version, QStringLiteral("Position filled"));
        QVERIFY(rejected);
        QVERIFY(!repo.revert(*rejected));
        const Application after = *repo.load(created.applicationId);
        QCOMPARE(after.stageId, before.stageId);
        QCOMPARE(after.status, before.status);
        QCOMPARE(after.stageEnteredAt, before.stageEnteredAt);
        QCOMPARE(after.rejectionReason, QString());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 1);
        // Redo puts the move back with a new event.
        Result<StageMove> again = repo.reapply(*rejected, QStringLiteral("Position filled"));
        QVERIFY(again);
        QCOMPARE(repo.load(created.applicationId)->status, ApplicationStatus::Rejected);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 2);
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo-move'")) == 1);
    }

    void revert_afterSomeoneElseMoved_isRefused()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Sofia Rossi"));
        Result<StageMove> mine = Pipeline(*m_db).moveToNextStage(created.applicationId, 1);
        QVERIFY(mine);
        auto other = openOrFail(m_db->path());
        QVERIFY(Pipeline(*other).moveToNextStage(created.applicationId, mine->after.version));
        Error undo = ApplicationRepository(*m_db).revert(*mine);
        QCOMPARE(undo.code, ErrorCode::Stale);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 3);
    }

    void duplicateApplication_isRefusedWithAMessage()
    {
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Omar Haddad"));
        Result<qint64> again = ApplicationRepository(*m_db).create(created.candidateId, m_opening, opening().stages.first().id, 1);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("already applied")), qPrintable(again.error().message));
    }

    void openingUpdate_isVersionChecked()
    {
        Opening o = opening();
        o.headcount = 3;
        Result<int> saved = OpeningRepository(*m_db).updateDetails(o);
        QVERIFY(saved);
        o.headcount = 4;  // still the old version
        Result<int> stale = OpeningRepository(*m_db).updateDetails(o);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Stale);
        QCOMPARE(opening().headcount, 3);
    }

    void summaries_countActiveApplicationsPerCanonicalStage()
    {
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("A One"));
        addCandidate(*m_db, m_opening, QStringLiteral("B Two"));
        const NewApplication c = addCandidate(*m_db, m_opening, QStringLiteral("C Three"));
        QVERIFY(Pipeline(*m_db).moveToNextStage(a.applicationId, 1));
        QVERIFY(Pipeline(*m_db).reject(c.applicationId, 1, QStringLiteral("Position filled")));
        Result<QList<OpeningSummary>> summaries = OpeningRepository(*m_db).summaries();
        QVERIFY(summaries);
        QCOMPARE(summaries->size(), 1);
        const OpeningSummary &s = summaries->first();
        QCOMPARE(s.activeByCategory.at(std::size_t(StageCategory::Applied)), 1);
        QCOMPARE(s.activeByCategory.at(std::size_t(StageCategory::Screen)), 1);
        QCOMPARE(s.total, 3);
    }

    void people_addAndList()
    {
        QVERIFY(PeopleRepository(*m_db).add(Person{0, QStringLiteral("Zoe Park"), QStringLiteral("zoe@example.com"), PersonRole::Interviewer, {}}));
        QVERIFY(PeopleRepository(*m_db).add(Person{0, QStringLiteral("Adam Ruiz"), {}, PersonRole::HiringManager, {}}));
        Result<QList<Person>> people = PeopleRepository(*m_db).all();
        QCOMPARE(people->size(), 2);
        QCOMPARE(people->first().name, QStringLiteral("Adam Ruiz"));
        QCOMPARE(people->first().role, PersonRole::HiringManager);
    }

    void everyWrite_isAudited()
    {
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("Audit Me"));
        QVERIFY(Pipeline(*m_db).moveToNextStage(a.applicationId, 1));
        Result<QList<AuditEntry>> entries = AuditRepository(*m_db).recent(10);
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry &e : *entries)
            actions << e.action + QLatin1Char(' ') + e.entity;
        QVERIFY(actions.contains(QStringLiteral("move application")));
        QVERIFY(actions.contains(QStringLiteral("create candidate")));
        QVERIFY(actions.contains(QStringLiteral("create application")));
        QVERIFY(actions.contains(QStringLiteral("create opening")));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
