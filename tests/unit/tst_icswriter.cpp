// .ics files read back by an independent parser (Debian's python3-icalendar):
// every field, time zones across daylight-saving changes, escaping, folding.

#include "../common/requiredtool.h"
#include "formats/icswriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace shortlist;

namespace {

// Parses the file with icalendar and prints what the test checks, as JSON.
constexpr auto parser = R"PY(
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = {'method': str(cal.get('method')), 'events': []}
for ev in cal.walk('VEVENT'):
    start = ev.decoded('dtstart'); end = ev.decoded('dtend')
    attendees = ev.get('attendee') or []
    if not isinstance(attendees, list): attendees = [attendees]
    out['events'].append({
        'uid': str(ev.get('uid')), 'sequence': int(ev.get('sequence')),
        'start_utc': start.astimezone(__import__('datetime').timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'end_utc': end.astimezone(__import__('datetime').timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'),
        'tzid': ev['dtstart'].params.get('TZID', ''),
        'summary': str(ev.get('summary')), 'description': str(ev.get('description', '')),
        'location': str(ev.get('location', '')), 'status': str(ev.get('status')),
        'organizer': str(ev.get('organizer')), 'organizer_cn': str(ev.get('organizer').params.get('CN', '')),
        'attendees': [str(a) for a in attendees], 'attendee_cns': [str(a.params.get('CN', '')) for a in attendees],
    })
out['timezones'] = [str(tz.get('tzid')) for tz in cal.walk('VTIMEZONE')]
print(json.dumps(out))
)PY";

QString python()
{
    // Debian's interpreter, which the python3-icalendar package installs into.
    const QString system = QStandardPaths::findExecutable(QStringLiteral("python3"), {QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("python3")) : system;
}

IcsEvent interview(const QString &zone, QDate day, QTime time)
{
    IcsEvent e;
    e.uid = QStringLiteral("interview-42@shortlist.example");
    e.sequence = 0;
    e.start = QDateTime(day, time, QTimeZone(zone.toUtf8()));
    e.durationMinutes = 90;
    e.summary = QStringLiteral("Technical deep-dive: José Núñez");
    e.description = QStringLiteral("Kit: Spark, Kafka; streaming \"exactly once\", back\\pressure.\nFocus: hands-on depth");
    e.location = QStringLiteral("Room 4, Level 2");
    e.organizer = {QStringLiteral("Priya Raman"), QStringLiteral("priya.raman@example.com")};
    e.attendees = {{QStringLiteral("Tomasz Wróbel"), QStringLiteral("tomasz.wrobel@example.com")},
                   {QStringLiteral("Lucía \"Lu\" Navarro"), QStringLiteral("lucia.navarro@example.com")}};
    return e;
}

} // namespace

class TestIcsWriter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_script;

    QJsonObject parse(const QByteArray &ics)
    {
        const QString path = m_dir.filePath(QStringLiteral("invite.ics"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(ics) != ics.size())
            return {};
        f.close();
        QProcess p;
        p.start(python(), {m_script, path});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            qWarning("parser failed: %s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QProcess probe;
        probe.start(python(), {QStringLiteral("-c"), QStringLiteral("import icalendar")});
        SHORTLIST_REQUIRE_TOOL(probe.waitForFinished(30000) && probe.exitCode() == 0,
                               QStringLiteral("python3-icalendar is not installed (scripts/test installs it)"));
        m_script = m_dir.filePath(QStringLiteral("parse.py"));
        QFile f(m_script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(parser);
    }

    void request_everyField_readBackIndependently_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("startUtc");
        QTest::addColumn<QString>("endUtc");
        QTest::newRow("London, summer time") << QStringLiteral("Europe/London") << QDate(2026, 7, 1) << QTime(10, 0)
                                             << QStringLiteral("2026-07-01T09:00:00Z") << QStringLiteral("2026-07-01T10:30:00Z");
        QTest::newRow("London, winter time") << QStringLiteral("Europe/London") << QDate(2026, 12, 1) << QTime(10, 0)
                                             << QStringLiteral("2026-12-01T10:00:00Z") << QStringLiteral("2026-12-01T11:30:00Z");
        QTest::newRow("New York, the day after clocks go back") << QStringLiteral("America/New_York") << QDate(2026, 11, 2) << QTime(9, 30)
                                                                << QStringLiteral("2026-11-02T14:30:00Z") << QStringLiteral("2026-11-02T16:00:00Z");
        QTest::newRow("New York, ending after clocks spring forward") << QStringLiteral("America/New_York") << QDate(2026, 3, 8) << QTime(1, 0)
                                                                      << QStringLiteral("2026-03-08T06:00:00Z") << QStringLiteral("2026-03-08T07:30:00Z");
        QTest::newRow("Kolkata, no daylight saving") << QStringLiteral("Asia/Kolkata") << QDate(2026, 6, 15) << QTime(15, 0)
                                                     << QStringLiteral("2026-06-15T09:30:00Z") << QStringLiteral("2026-06-15T11:00:00Z");
        QTest::newRow("UTC") << QStringLiteral("UTC") << QDate(2026, 6, 15) << QTime(15, 0) << QStringLiteral("2026-06-15T15:00:00Z")
                             << QStringLiteral("2026-06-15T16:30:00Z");
    }

    void request_everyField_readBackIndependently()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(QTime, time);
        QFETCH(QString, startUtc);
        QFETCH(QString, endUtc);
        const IcsEvent e = interview(zone, day, time);
        const QJsonObject cal = parse(IcsWriter::calendar({e}, IcsWriter::Method::Request, QDateTime(QDate(2026, 5, 1), QTime(8, 0), Qt::UTC)));
        QVERIFY(!cal.isEmpty());
        QCOMPARE(cal.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
        QCOMPARE(cal.value(QStringLiteral("timezones")).toArray().size(), 1);
        const QJsonArray events = cal.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        const QJsonObject ev = events.at(0).toObject();
        QCOMPARE(ev.value(QStringLiteral("uid")).toString(), e.uid);
        QCOMPARE(ev.value(QStringLiteral("sequence")).toInt(), 0);
        QCOMPARE(ev.value(QStringLiteral("tzid")).toString(), zone);
        QCOMPARE(ev.value(QStringLiteral("start_utc")).toString(), startUtc);
        QCOMPARE(ev.value(QStringLiteral("end_utc")).toString(), endUtc);
        QCOMPARE(ev.value(QStringLiteral("summary")).toString(), e.summary);
        QCOMPARE(ev.value(QStringLiteral("description")).toString(), e.description);
        QCOMPARE(ev.value(QStringLiteral("location")).toString(), e.location);
        QCOMPARE(ev.value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));
        QCOMPARE(ev.value(QStringLiteral("organizer")).toString(), QStringLiteral("mailto:priya.raman@example.com"));
        QCOMPARE(ev.value(QStringLiteral("organizer_cn")).toString(), QStringLiteral("Priya Raman"));
        const QJsonArray attendees = ev.value(QStringLiteral("attendees")).toArray();
        QCOMPARE(attendees.size(), 2);
        QCOMPARE(attendees.at(0).toString(), QStringLiteral("mailto:tomasz.wrobel@example.com"));
        QCOMPARE(ev.value(QStringLiteral("attendee_cns")).toArray().at(0).toString(), QStringLiteral("Tomasz Wróbel"));
    }

    void reschedule_andCancel_keepTheUid_andRaiseTheSequence()
    {
        IcsEvent e = interview(QStringLiteral("Europe/Berlin"), QDate(2026, 10, 20), QTime(14, 0));
        e.sequence = 2;
        IcsEvent second = interview(QStringLiteral("Europe/Berlin"), QDate(2026, 10, 27), QTime(14, 0));  // after the clocks change
        second.uid = QStringLiteral("interview-43@shortlist.example");
        const QJsonObject cal = parse(IcsWriter::calendar({e, second}, IcsWriter::Method::Cancel));
        QCOMPARE(cal.value(QStringLiteral("method")).toString(), QStringLiteral("CANCEL"));
        const QJsonArray events = cal.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("sequence")).toInt(), 2);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("start_utc")).toString(), QStringLiteral("2026-10-20T12:00:00Z"));
        QCOMPARE(events.at(1).toObject().value(QStringLiteral("start_utc")).toString(), QStringLiteral("2026-10-27T13:00:00Z"));
        // One zone description serves both events.
        QCOMPARE(cal.value(QStringLiteral("timezones")).toArray().size(), 1);
    }

    void longLines_areFoldedAt75Octets_withoutSplittingCharacters()
    {
        IcsEvent e = interview(QStringLiteral("Europe/London"), QDate(2026, 7, 1), QTime(10, 0));
        e.description = QString(40, QChar(0x00E9)) + QStringLiteral(" — ") + QString(60, QChar(0x4E2D)) + QStringLiteral("; end");
        const QByteArray ics = IcsWriter::calendar({e}, IcsWriter::Method::Request);
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData());  // 75 octets and the CR
            QVERIFY(QString::fromUtf8(line).toUtf8() == line);  // no split UTF-8 sequence
        }
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(parse(ics).value(QStringLiteral("events")).toArray().at(0).toObject().value(QStringLiteral("description")).toString(),
                 e.description);
    }

    void escapeText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("comma and semicolon") << QStringLiteral("a,b;c") << QStringLiteral("a\\,b\\;c");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("a\\\\b");
        QTest::newRow("newlines") << QStringLiteral("a\r\nb\nc") << QStringLiteral("a\\nb\\nc");
        QTest::newRow("colon needs nothing") << QStringLiteral("Room: 4") << QStringLiteral("Room: 4");
    }

    void escapeText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(IcsWriter::escapeText(text), escaped);
    }
};

QTEST_GUILESS_MAIN(TestIcsWriter)
#include "tst_icswriter.moc"
