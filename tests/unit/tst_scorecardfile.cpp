// Offline scorecard files: what a panelist receives (their kit, nothing of the
// others), the signed round trip, and every import error, each writing nothing.

#include "../common/testdb.h"

#include "formats/scorecardfile.h"
#include "repositories/interviewrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

class TestScorecardFile : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Opening m_plan;
    qint64 m_ines = 0;
    qint64 m_tomasz = 0;
    qint64 m_outsider = 0;
    qint64 m_interview = 0;
    int m_files = 0;


    QByteArray filled(qint64 person, std::optional<Recommendation> overall = Recommendation::Yes)
    {
        const QByteArray blank = ScorecardFile::create(*m_db, m_interview, person).value();
        const QJsonArray competencies = QJsonDocument::fromJson(blank).object().value(QStringLiteral("competencies")).toArray();
        QList<CompetencyRating> ratings;
        for (const QJsonValue &c : competencies)
            ratings << CompetencyRating{c.toObject().value(QStringLiteral("id")).toInteger(), 3, false, QStringLiteral("Clear, worked example")};
        return ScorecardFile::fillAndSign(blank, ratings, overall, QStringLiteral("Would hire")).value();
    }

    qint64 submitted() { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards WHERE status = 'submitted'")); }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        const QString path = m_dir.filePath(QStringLiteral("file%1.shortlist").arg(++m_files));
        m_db = createDatabase(path);
        QVERIFY(m_db);
        m_ines = addPerson(*m_db, QStringLiteral("Inês Duarte"));
        m_tomasz = addPerson(*m_db, QStringLiteral("Tomasz Wróbel"));
        m_outsider = addPerson(*m_db, QStringLiteral("Not On Panel"));
        const qint64 opening = createOpening(*m_db);
        m_plan = OpeningRepository(*m_db).load(opening).value();
        Interview i;
        i.applicationId = addCandidate(*m_db, opening, QStringLiteral("José Núñez")).applicationId;
        i.stageId = m_plan.stages.at(2).id;
        i.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone("Europe/London"));
        i.panel = {PanelMember{m_ines, {m_plan.competencies.at(0).id, m_plan.competencies.at(1).id}},
                   PanelMember{m_tomasz, {m_plan.competencies.at(2).id}}};
        m_interview = InterviewRepository(*m_db).schedule(i).value();
    }

    void file_holdsTheKitAndScale_andNoOtherFeedback()
    {
        QCOMPARE(ScorecardImport::importFile(*m_db, QStringLiteral("tomasz.json"), filled(m_tomasz)).imported, true);
        const QByteArray blank = ScorecardFile::create(*m_db, m_interview, m_ines).value();
        const QJsonObject o = QJsonDocument::fromJson(blank).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("shortlist-scorecard"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("candidate")).toString(), QStringLiteral("José Núñez"));
        QCOMPARE(o.value(QStringLiteral("scale")).toArray().size(), 4);
        const QJsonArray competencies = o.value(QStringLiteral("competencies")).toArray();
        QCOMPARE(competencies.size(), 2);
        QCOMPARE(competencies.at(0).toObject().value(QStringLiteral("name")).toString(), m_plan.competencies.at(0).name);
        QCOMPARE(competencies.at(0).toObject().value(QStringLiteral("levels")).toObject().size(), 4);
        QVERIFY(!blank.contains("Clear, worked example"));  // Tomasz's evidence
        QVERIFY(!blank.contains("Would hire"));
        QVERIFY(!o.contains(QStringLiteral("signature")));
    }

    void signedFile_importsAsSubmitted()
    {
        const ScorecardImportResult r = ScorecardImport::importFile(*m_db, QStringLiteral("ines.json"), filled(m_ines));
        QVERIFY2(r.imported, qPrintable(r.message));
        const Scorecard s = ScorecardRepository(*m_db).current(m_interview, m_ines).value();
        QVERIFY(s.submitted);
        QCOMPARE(s.ratings.size(), 2);
        QCOMPARE(s.ratings.at(0).rating, std::optional<int>(3));
        QCOMPARE(s.ratings.at(0).evidence, QStringLiteral("Clear, worked example"));
        QCOMPARE(s.overall, std::optional<Recommendation>(Recommendation::Yes));
        QCOMPARE(s.summary, QStringLiteral("Would hire"));
    }

    void badFiles_areRefusedWithTheReason_andWriteNothing_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("word");
        QTest::newRow("not JSON") << 0 << QStringLiteral("not a Shortlist scorecard");
        QTest::newRow("another kind of JSON") << 1 << QStringLiteral("not a Shortlist scorecard");
        QTest::newRow("unsupported version") << 2 << QStringLiteral("version 2");
        QTest::newRow("never signed") << 3 << QStringLiteral("no signature");
        QTest::newRow("edited after signing") << 4 << QStringLiteral("changed after");
        QTest::newRow("from another database") << 5 << QStringLiteral("another Shortlist database");
        QTest::newRow("interview cancelled") << 6 << QStringLiteral("cancelled");
        QTest::newRow("interview gone") << 7 << QStringLiteral("no longer exists");
        QTest::newRow("interviewer not on the panel") << 8 << QStringLiteral("not on this interview");
        QTest::newRow("duplicate") << 9 << QStringLiteral("already imported");
        QTest::newRow("incomplete: no overall") << 10 << QStringLiteral("overall");
    }

    void badFiles_areRefusedWithTheReason_andWriteNothing()
    {
        QFETCH(int, problem);
        QFETCH(QString, word);
        QByteArray file = filled(m_ines);
        SqlQuery q(*m_db);
        switch (problem) {
        case 0: file = "{ not json"; break;
        case 1: file = R"({"format": "something-else", "version": 1})"; break;
        case 2: file.replace("\"version\": 1", "\"version\": 2"); break;
        case 3: file = ScorecardFile::create(*m_db, m_interview, m_ines).value(); break;
        case 4: file.replace("Would hire", "Would not hire"); break;
        case 5: {
            auto other = createDatabase(m_dir.filePath(QStringLiteral("other%1.shortlist").arg(m_files)));
            QVERIFY(other);
            const QString ours = text(*m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
            const QString theirs = text(*other, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
            QVERIFY(ours != theirs);
            // A file signed for the other database.
            QJsonObject o = QJsonDocument::fromJson(file).object();
            o.insert(QStringLiteral("database"), theirs);
            o.remove(QStringLiteral("signature"));
            file = ScorecardFile::fillAndSign(QJsonDocument(o).toJson(), {}, Recommendation::Yes, QStringLiteral("Would hire")).value();
            break;
        }
        case 6: QVERIFY(!InterviewRepository(*m_db).cancel(m_interview, {})); break;
        case 7: QVERIFY(q.exec(QStringLiteral("DELETE FROM interviews WHERE id = %1").arg(m_interview))); break;
        case 8: {
            QJsonObject o = QJsonDocument::fromJson(file).object();
            o.insert(QStringLiteral("interviewer"), QJsonObject{{QStringLiteral("id"), m_outsider}, {QStringLiteral("name"), QStringLiteral("Not On Panel")}});
            file = ScorecardFile::fillAndSign(QJsonDocument(o).toJson(), {}, Recommendation::Yes, QStringLiteral("Would hire")).value();
            break;
        }
        case 9: QVERIFY(ScorecardImport::importFile(*m_db, QStringLiteral("first.json"), file).imported); break;
        case 10: file = filled(m_ines, std::nullopt); break;
        default: break;
        }
        const qint64 before = submitted();
        const qint64 cardsBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards"));
        const ScorecardImportResult r = ScorecardImport::importFile(*m_db, QStringLiteral("returned.json"), file);
        QVERIFY(!r.imported);
        QVERIFY2(r.message.contains(word), qPrintable(r.message));
        QCOMPARE(submitted(), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards")), cardsBefore);
    }

    void severalFiles_eachReportedOnItsOwn()
    {
        QByteArray tampered = filled(m_tomasz);
        tampered.replace("Would hire", "Would love to hire");
        const QList<ScorecardImportResult> results = ScorecardImport::importFiles(
            *m_db, {{QStringLiteral("ines.json"), filled(m_ines)}, {QStringLiteral("tomasz.json"), tampered}, {QStringLiteral("junk.txt"), "junk"}});
        QCOMPARE(results.size(), 3);
        QVERIFY(results.at(0).imported);
        QVERIFY(!results.at(1).imported);
        QCOMPARE(results.at(1).fileName, QStringLiteral("tomasz.json"));
        QVERIFY(!results.at(2).imported);
        QCOMPARE(submitted(), 1);
    }
};

QTEST_GUILESS_MAIN(TestScorecardFile)
#include "tst_scorecardfile.moc"
