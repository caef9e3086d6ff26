// Scheduling interviews: a panel with focus competencies, time zones kept,
// reschedule and cancel raising the calendar sequence, the upcoming list, and
// the calendar event with the kit.

#include "../common/testdb.h"

#include "repositories/interviewrepository.h"
#include "repositories/peoplerepository.h"

#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

class TestInterviews : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    Opening m_plan;
    qint64 m_application = 0;
    qint64 m_ines = 0;
    qint64 m_tomasz = 0;
    qint64 m_manager = 0;


    Interview draft() const
    {
        Interview i;
        i.applicationId = m_application;
        i.stageId = m_plan.stages.at(2).id;
        i.title = QStringLiteral("Technical deep-dive");
        i.start = QDateTime(QDate(2026, 10, 30), QTime(10, 0), QTimeZone("Europe/London"));
        i.durationMinutes = 75;
        i.location = QStringLiteral("https://meet.example/abc");
        i.panel = {PanelMember{m_ines, {m_plan.competencies.at(0).id, m_plan.competencies.at(1).id}}, PanelMember{m_tomasz, {}}};
        return i;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("interviews.shortlist")));
        QVERIFY(m_db);
        m_manager = addPerson(*m_db, QStringLiteral("Priya Raman"), QStringLiteral("priya@example.com"));
        m_ines = addPerson(*m_db, QStringLiteral("Inês Duarte"), QStringLiteral("ines@example.com"));
        m_tomasz = addPerson(*m_db, QStringLiteral("Tomasz Wróbel"), QStringLiteral("tomasz@example.com"));
        m_opening = createOpening(*m_db);
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE openings SET hiring_manager_id = %1 WHERE id = %2").arg(m_manager).arg(m_opening)));
        m_plan = OpeningRepository(*m_db).load(m_opening).value();
        m_application = addCandidate(*m_db, m_opening, QStringLiteral("José Núñez")).applicationId;
        QVERIFY(m_application > 0);
    }

    void schedule_keepsZonePanelAndFocus()
    {
        const Interview d = draft();
        Result<qint64> id = InterviewRepository(*m_db).schedule(d);
        QVERIFY2(id, qPrintable(id.error().message));
        Result<Interview> loaded = InterviewRepository(*m_db).load(*id);
        QVERIFY(loaded);
        QCOMPARE(loaded->start, d.start);
        QCOMPARE(loaded->start.timeZone().id(), QByteArray("Europe/London"));
        // British Summer Time ended on 25 October 2026: 10:00 in London is 10:00 UTC.
        QCOMPARE(loaded->start.toUTC().time(), QTime(10, 0));
        QCOMPARE(loaded->durationMinutes, 75);
        QCOMPARE(loaded->panel, d.panel);
        QCOMPARE(loaded->sequence, 0);
        QVERIFY(loaded->uid.endsWith(QStringLiteral("@shortlist")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'schedule' AND entity_id = %1").arg(*id)), 1);
    }

    void schedule_invalid_refusedAndNothingWritten_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("word");
        QTest::newRow("no panel") << 0 << QStringLiteral("panel");
        QTest::newRow("too short") << 1 << QStringLiteral("minutes");
        QTest::newRow("no time zone") << 2 << QStringLiteral("time zone");
        QTest::newRow("stage of another opening") << 3 << QStringLiteral("stage");
        QTest::newRow("unknown interviewer") << 4 << QStringLiteral("directory");
        QTest::newRow("focus from another opening") << 5 << QStringLiteral("competenc");
        QTest::newRow("interviewer twice") << 6 << QStringLiteral("twice");
    }

    void schedule_invalid_refusedAndNothingWritten()
    {
        QFETCH(int, problem);
        QFETCH(QString, word);
        Interview d = draft();
        const qint64 other = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        const Opening otherPlan = OpeningRepository(*m_db).load(other).value();
        switch (problem) {
        case 0: d.panel.clear(); break;
        case 1: d.durationMinutes = 2; break;
        case 2: d.start = QDateTime(QDate(2026, 10, 30), QTime(10, 0)); break;
        case 3: d.stageId = otherPlan.stages.at(1).id; break;
        case 4: d.panel << PanelMember{999999, {}}; break;
        case 5: d.panel[0].focusCompetencyIds << otherPlan.competencies.at(0).id; break;
        case 6: d.panel << PanelMember{m_ines, {}}; break;
        default: break;
        }
        const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM interviews"));
        Result<qint64> id = InterviewRepository(*m_db).schedule(d);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(word, Qt::CaseInsensitive), qPrintable(id.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM interviews")), before);
    }

    void rescheduleAndCancel_raiseTheSequence()
    {
        const qint64 id = InterviewRepository(*m_db).schedule(draft()).value();
        const QDateTime later(QDate(2026, 11, 3), QTime(16, 30), QTimeZone("America/New_York"));
        QCOMPARE(InterviewRepository(*m_db).reschedule(id, later, 60, QStringLiteral("Room 4")).code, ErrorCode::None);
        Interview i = InterviewRepository(*m_db).load(id).value();
        QCOMPARE(i.sequence, 1);
        QCOMPARE(i.start, later);
        QCOMPARE(i.start.timeZone().id(), QByteArray("America/New_York"));
        QCOMPARE(i.location, QStringLiteral("Room 4"));
        QCOMPARE(InterviewRepository(*m_db).cancel(id, QStringLiteral("Candidate asked to move it")).code, ErrorCode::None);
        i = InterviewRepository(*m_db).load(id).value();
        QCOMPARE(i.status, InterviewStatus::Cancelled);
        QCOMPARE(i.sequence, 2);
        QCOMPARE(InterviewRepository(*m_db).reschedule(id, later, 60, {}).code, ErrorCode::Invalid);
        QCOMPARE(InterviewRepository(*m_db).cancel(id, {}).code, ErrorCode::Invalid);
        Result<IcsEvent> event = InterviewRepository(*m_db).calendarEvent(id);
        QVERIFY(event);
        QVERIFY(event->cancelled);
        QCOMPARE(event->sequence, 2);
        QCOMPARE(event->uid, i.uid);
    }

    void upcoming_soonestFirst_perPerson_andSkipsCancelledAndPast()
    {
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM interviews")));
        const QTimeZone berlin("Europe/Berlin");
        Interview a = draft();
        a.start = QDateTime(QDate(2026, 12, 3), QTime(9, 0), berlin);
        Interview b = draft();
        b.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), berlin);
        b.panel = {PanelMember{m_tomasz, {}}};
        Interview past = draft();
        past.start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), berlin);
        Interview cancelled = draft();
        cancelled.start = QDateTime(QDate(2026, 12, 2), QTime(9, 0), berlin);
        const qint64 idA = InterviewRepository(*m_db).schedule(a).value();
        const qint64 idB = InterviewRepository(*m_db).schedule(b).value();
        InterviewRepository(*m_db).schedule(past).value();
        const qint64 idC = InterviewRepository(*m_db).schedule(cancelled).value();
        QVERIFY(!InterviewRepository(*m_db).cancel(idC, {}));
        const QDateTime from(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);
        const QList<Interview> all = InterviewRepository(*m_db).upcoming(from).value();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).id, idB);
        QCOMPARE(all.at(1).id, idA);
        const QList<Interview> ines = InterviewRepository(*m_db).upcoming(from, m_ines).value();
        QCOMPARE(ines.size(), 1);
        QCOMPARE(ines.at(0).id, idA);
    }

    void calendarEvent_namesOrganizerPanelAndKit()
    {
        const qint64 id = InterviewRepository(*m_db).schedule(draft()).value();
        Result<IcsEvent> e = InterviewRepository(*m_db).calendarEvent(id);
        QVERIFY2(e, qPrintable(e.error().message));
        QCOMPARE(e->organizer.name, QStringLiteral("Priya Raman"));
        QCOMPARE(e->organizer.email, QStringLiteral("priya@example.com"));
        QCOMPARE(e->attendees.size(), 2);
        QCOMPARE(e->attendees.at(0).name, QStringLiteral("Inês Duarte"));
        QVERIFY(e->summary.contains(QStringLiteral("José Núñez")));
        QVERIFY2(e->description.contains(m_plan.competencies.at(0).name), qPrintable(e->description));
        QVERIFY2(e->description.section(QLatin1Char('\n'), 0, 0).endsWith(QStringLiteral(" for %1.").arg(m_plan.title)), qPrintable(e->description));
        QVERIFY(e->description.contains(QStringLiteral("Tomasz Wróbel: general assessment")));
        QCOMPARE(e->durationMinutes, 75);
        // Through the writer: a calendar with the panel as attendees.
        const QByteArray ics = IcsWriter::calendar({*e}, IcsWriter::Method::Request);
        QVERIFY(ics.contains("ATTENDEE;CN=\"Tomasz Wróbel\""));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/London:20261030T100000"));
    }

    void closedApplication_getsNoInterview()
    {
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("Closed Case"));
        QVERIFY(Pipeline(*m_db).reject(a.applicationId, 1, QStringLiteral("Position filled")));
        Interview d = draft();
        d.applicationId = a.applicationId;
        Result<qint64> id = InterviewRepository(*m_db).schedule(d);
        QVERIFY(!id);
        QVERIFY(id.error().message.contains(QStringLiteral("active")));
    }
};

QTEST_GUILESS_MAIN(TestInterviews)
#include "tst_interviews.moc"
