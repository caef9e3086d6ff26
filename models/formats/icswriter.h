#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shortlist {

struct IcsPerson {
    QString name;
    QString email;
};

// One interview as a calendar event. `start` carries its time zone (an IANA
// zone such as Europe/London); the file names that zone and describes it, so
// calendar programs place the event right across daylight-saving changes.
struct IcsEvent {
    QString uid;            // stable across reschedules
    int sequence = 0;       // raised on each reschedule
    QDateTime start;
    int durationMinutes = 60;
    QString summary;
    QString description;
    QString location;
    IcsPerson organizer;
    QList<IcsPerson> attendees;
    bool cancelled = false;
};

// RFC 5545 calendars written without any calendar server: METHOD REQUEST for
// invitations (or CANCEL), a VTIMEZONE per zone used, escaped TEXT values and
// lines folded at 75 octets, CRLF line ends.
class IcsWriter {
    Q_DECLARE_TR_FUNCTIONS(IcsWriter)

public:
    enum class Method { Request, Cancel };

    // `now` stamps DTSTAMP (tests pin it).
    static QByteArray calendar(const QList<IcsEvent> &events, Method method, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The pieces, for tests.
    static QString escapeText(const QString &text);
    static QByteArray fold(const QByteArray &line);
};

} // namespace shortlist
