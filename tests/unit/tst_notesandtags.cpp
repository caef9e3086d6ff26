// Notes with author and time, tags added and removed in bulk, and the
// timeline that interleaves moves, notes, interviews and scorecards.

#include "../common/testdb.h"

#include "itemmodels/timelinemodel.h"
#include "repositories/applicationrepository.h"
#include "repositories/noterepository.h"
#include "repositories/tagrepository.h"

#include <QAbstractItemModelTester>

using namespace shortlist;
using namespace shortlist::test;

class TestNotesAndTags : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;

    qint64 searchCount(const QString &text)
    {
        ApplicationQuery q;
        q.openingId = m_opening;
        q.includeClosed = true;
        q.searchText = text;
        return ApplicationRepository(*m_db).count(q, 0).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("notes.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
    }

    void note_authorAndTime_andSearchable()
    {
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("Noor Haddad"));
        Note n;
        n.candidateId = a.candidateId;
        n.applicationId = a.applicationId;
        n.body = QStringLiteral("  Strong Flink background; ask about Kappa architecture.  ");
        Result<Note> saved = NoteRepository(*m_db).add(n);
        QVERIFY2(saved, qPrintable(saved.error().message));
        QCOMPARE(saved->author, QStringLiteral("tester"));
        QVERIFY(saved->createdAt > 0);
        QCOMPARE(saved->body, QStringLiteral("Strong Flink background; ask about Kappa architecture."));
        QCOMPARE(searchCount(QStringLiteral("kappa")), 1);
        QCOMPARE(NoteRepository(*m_db).forCandidate(a.candidateId)->size(), 1);
        QCOMPARE(NoteRepository(*m_db).remove(saved->id).code, ErrorCode::None);
        QCOMPARE(searchCount(QStringLiteral("kappa")), 0);
        QCOMPARE(NoteRepository(*m_db).remove(saved->id).code, ErrorCode::NotFound);
        // Redo keeps the id.
        n.id = saved->id;
        QCOMPARE(NoteRepository(*m_db).add(n)->id, saved->id);
    }

    void note_invalid_refused_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("word");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("blank") << QStringLiteral(" \n\t ") << QStringLiteral("empty");
        QTest::newRow("too long") << QString(NoteRepository::maxLength + 1, QLatin1Char('x')) << QStringLiteral("under");
    }

    void note_invalid_refused()
    {
        QFETCH(QString, body);
        QFETCH(QString, word);
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("Invalid Note"));
        Note n;
        n.candidateId = a.candidateId;
        n.body = body;
        Result<Note> saved = NoteRepository(*m_db).add(n);
        QVERIFY(!saved);
        QVERIFY2(saved.error().message.contains(word), qPrintable(saved.error().message));
        QCOMPARE(NoteRepository(*m_db).forCandidate(a.candidateId)->size(), 0);
    }

    void tags_bulkAddAndRemove_reportExactlyWhoChanged()
    {
        QList<qint64> candidates;
        for (int i = 0; i < 5; ++i)
            candidates << addCandidate(*m_db, m_opening, QStringLiteral("Tagged %1").arg(i)).candidateId;
        QVERIFY(TagRepository(*m_db).addToCandidates(candidates.mid(0, 2), QStringLiteral("hot-lead")));
        const qint64 versionBefore = scalar(*m_db, QStringLiteral("SELECT version FROM candidates WHERE id = %1").arg(candidates.at(4)));
        Result<QList<qint64>> added = TagRepository(*m_db).addToCandidates(candidates, QStringLiteral(" hot-lead "));
        QVERIFY(added);
        QCOMPARE(*added, candidates.mid(2));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM candidates WHERE id = %1").arg(candidates.at(4))), versionBefore + 1);
        QCOMPARE(searchCount(QStringLiteral("hot lead")), 5);
        QVERIFY(TagRepository(*m_db).names()->contains(QStringLiteral("hot-lead")));

        Result<QList<qint64>> removed = TagRepository(*m_db).removeFromCandidates(candidates.mid(1), QStringLiteral("hot-lead"));
        QVERIFY(removed);
        QCOMPARE(removed->size(), 4);
        QCOMPARE(searchCount(QStringLiteral("hot lead")), 1);
        // Removing again changes no one.
        QCOMPARE(TagRepository(*m_db).removeFromCandidates(candidates.mid(1), QStringLiteral("hot-lead"))->size(), 0);
        QVERIFY(!TagRepository(*m_db).addToCandidates(candidates, QStringLiteral("   ")));
        QVERIFY(!TagRepository(*m_db).addToCandidates(candidates, QString(61, QLatin1Char('t'))));
    }

    void timeline_interleavesMovesNotesInterviewsAndScorecards()
    {
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("Timeline Tess"), 1'700'000'000);
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, role, created_at) VALUES ('Ines Duarte', 'interviewer', 0)")));
        const qint64 person = scalar(*m_db, QStringLiteral("SELECT max(id) FROM people"));
        QVERIFY(q.exec(QStringLiteral("UPDATE stage_events SET at = 1700000000 WHERE application_id = %1").arg(a.applicationId)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interviews (application_id, stage_id, title, starts_at, uid, created_at, status) "
                                      "SELECT id, stage_id, 'Deep-dive', 1700200000, 'tl-1', 0, 'completed' FROM applications WHERE id = %1")
                           .arg(a.applicationId)));
        const qint64 interview = scalar(*m_db, QStringLiteral("SELECT max(id) FROM interviews"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interview_panel VALUES (%1, %2)").arg(interview).arg(person)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO scorecards (interview_id, person_id, status, overall, submitted_at, updated_at) "
                                      "VALUES (%1, %2, 'submitted', 'strong_yes', 1700300000, 0)").arg(interview).arg(person)));
        Note n;
        n.candidateId = a.candidateId;
        n.body = QStringLiteral("Phone screen went well");
        n.createdAt = 1'700'100'000;
        QVERIFY(NoteRepository(*m_db).add(n));

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QVERIFY(!model.setCandidate(a.candidateId));
        QCOMPARE(model.rowCount(), 4);
        const QStringList expected = {QStringLiteral("Applied to Big Data Tech Lead"), QStringLiteral("Note by tester: Phone screen went well"),
                                      QStringLiteral("Deep-dive"), QStringLiteral("Scorecard from Ines Duarte: strong yes")};
        for (int i = 0; i < 4; ++i)
            QVERIFY2(model.data(model.index(i, 0)).toString().contains(expected.at(i)), qPrintable(model.data(model.index(i, 0)).toString()));
        QVERIFY(model.data(model.index(2, 0)).toString().contains(QStringLiteral("Ines Duarte")));
        // A draft scorecard is not history yet.
        QVERIFY(q.exec(QStringLiteral("UPDATE scorecards SET status = 'draft' WHERE interview_id = %1").arg(interview)));
        model.setCandidate(a.candidateId);
        QCOMPARE(model.rowCount(), 3);
    }
};

QTEST_MAIN(TestNotesAndTags)
#include "tst_notesandtags.moc"
