#include "icswriter.h"

#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace shortlist {

namespace {

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString localStamp(const QDateTime &t)
{
    return t.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
}

QString offset(int seconds)
{
    const QChar sign = seconds < 0 ? QLatin1Char('-') : QLatin1Char('+');
    seconds = std::abs(seconds);
    return QStringLiteral("%1%2%3").arg(sign).arg(seconds / 3600, 2, 10, QLatin1Char('0')).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString zoneId(const QDateTime &t)
{
    return QString::fromUtf8(t.timeZone().id());
}

QString person(const QString &property, const IcsPerson &p, const QString &extra = {})
{
    QString line = property;
    if (!p.name.isEmpty()) {
        // A quoted parameter value may hold anything but a double quote.
        QString name = p.name;
        name.replace(QLatin1Char('"'), QLatin1Char('\''));
        line += QStringLiteral(";CN=\"%1\"").arg(name);
    }
    line += extra;
    return line + QStringLiteral(":mailto:") + p.email;
}

// The zone's offsets and their changes around the events, as STANDARD and
// DAYLIGHT sub-components.
QStringList timeZone(const QTimeZone &zone, const QDateTime &from, const QDateTime &to)
{
    QStringList lines{QStringLiteral("BEGIN:VTIMEZONE"), QStringLiteral("TZID:") + QString::fromUtf8(zone.id())};
    const QTimeZone::OffsetDataList changes = zone.transitions(from.addYears(-1), to.addYears(1));
    if (changes.isEmpty()) {
        const int off = zone.offsetFromUtc(from);
        lines << QStringLiteral("BEGIN:STANDARD") << QStringLiteral("DTSTART:19700101T000000") << QStringLiteral("TZOFFSETFROM:") + offset(off)
              << QStringLiteral("TZOFFSETTO:") + offset(off) << QStringLiteral("TZNAME:") + zone.abbreviation(from)
              << QStringLiteral("END:STANDARD");
    } else {
        int previous = zone.offsetFromUtc(changes.constFirst().atUtc.addSecs(-1));
        for (const QTimeZone::OffsetData &c : changes) {
            const QString kind = c.daylightTimeOffset != 0 ? QStringLiteral("DAYLIGHT") : QStringLiteral("STANDARD");
            // DTSTART of a change is the local time just before it, in the old offset.
            const QDateTime localBefore = c.atUtc.toOffsetFromUtc(previous);
            lines << QStringLiteral("BEGIN:") + kind << QStringLiteral("DTSTART:") + localStamp(localBefore)
                  << QStringLiteral("TZOFFSETFROM:") + offset(previous) << QStringLiteral("TZOFFSETTO:") + offset(c.offsetFromUtc)
                  << QStringLiteral("TZNAME:") + c.abbreviation << QStringLiteral("END:") + kind;
            previous = c.offsetFromUtc;
        }
    }
    lines << QStringLiteral("END:VTIMEZONE");
    return lines;
}

} // namespace

QString IcsWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char(';') || c == QLatin1Char(','))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c != QLatin1Char('\r'))
            out += c;
    }
    return out;
}

QByteArray IcsWriter::fold(const QByteArray &line)
{
    // At most 75 octets per line; continuation lines start with a space and
    // never split a UTF-8 sequence.
    QByteArray out;
    qsizetype start = 0;
    int limit = 75;
    while (line.size() - start > limit) {
        qsizetype end = start + limit;
        while (end > start && (uchar(line.at(end)) & 0xC0) == 0x80)
            --end;
        out += line.mid(start, end - start) + "\r\n ";
        start = end;
        limit = 74;  // the leading space counts
    }
    out += line.mid(start) + "\r\n";
    return out;
}

QByteArray IcsWriter::calendar(const QList<IcsEvent> &events, Method method, const QDateTime &now)
{
    QStringList lines{QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                      QStringLiteral("PRODID:-//Shortlist//Shortlist %1//EN").arg(QStringLiteral(SHORTLIST_VERSION)),
                      QStringLiteral("CALSCALE:GREGORIAN"),
                      method == Method::Cancel ? QStringLiteral("METHOD:CANCEL") : QStringLiteral("METHOD:REQUEST")};
    // One VTIMEZONE per zone, covering every event in it.
    QList<QByteArray> zones;
    for (const IcsEvent &e : events) {
        const QByteArray id = e.start.timeZone().id();
        if (e.start.timeSpec() == Qt::TimeZone && !zones.contains(id))
            zones << id;
    }
    for (const QByteArray &id : std::as_const(zones)) {
        QDateTime first, last;
        for (const IcsEvent &e : events) {
            if (e.start.timeZone().id() != id)
                continue;
            if (!first.isValid() || e.start < first)
                first = e.start;
            if (!last.isValid() || e.start > last)
                last = e.start;
        }
        lines += timeZone(QTimeZone(id), first, last);
    }
    for (const IcsEvent &e : events) {
        const QDateTime end = e.start.addSecs(qint64(e.durationMinutes) * 60);
        const bool zoned = e.start.timeSpec() == Qt::TimeZone;
        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + e.uid << QStringLiteral("SEQUENCE:%1").arg(e.sequence)
              << QStringLiteral("DTSTAMP:") + utcStamp(now);
        if (zoned) {
            lines << QStringLiteral("DTSTART;TZID=%1:%2").arg(zoneId(e.start), localStamp(e.start))
                  << QStringLiteral("DTEND;TZID=%1:%2").arg(zoneId(end), localStamp(end));
        } else {
            lines << QStringLiteral("DTSTART:") + utcStamp(e.start) << QStringLiteral("DTEND:") + utcStamp(end);
        }
        lines << QStringLiteral("SUMMARY:") + escapeText(e.summary);
        if (!e.description.isEmpty())
            lines << QStringLiteral("DESCRIPTION:") + escapeText(e.description);
        if (!e.location.isEmpty())
            lines << QStringLiteral("LOCATION:") + escapeText(e.location);
        lines << person(QStringLiteral("ORGANIZER"), e.organizer);
        for (const IcsPerson &a : e.attendees)
            lines << person(QStringLiteral("ATTENDEE"), a, QStringLiteral(";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE"));
        lines << (e.cancelled || method == Method::Cancel ? QStringLiteral("STATUS:CANCELLED") : QStringLiteral("STATUS:CONFIRMED"))
              << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    QByteArray out;
    for (const QString &line : std::as_const(lines))
        out += fold(line.toUtf8());
    return out;
}

} // namespace shortlist
