#pragma once

#include "formats/icswriter.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace shortlist {

class Database;
class SqlQuery;

// A panelist and the competencies they assess in this interview (their kit).
struct PanelMember {
    qint64 personId = 0;
    QList<qint64> focusCompetencyIds;
    friend bool operator==(const PanelMember &, const PanelMember &) = default;
};

enum class InterviewStatus { Scheduled, Completed, Cancelled };

struct Interview {
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 stageId = 0;
    QString title;
    QDateTime start;            // in the interview's time zone
    int durationMinutes = 60;
    QString location;           // room or video link
    InterviewStatus status = InterviewStatus::Scheduled;
    int sequence = 0;           // raised by each reschedule or cancellation (.ics SEQUENCE)
    QString uid;                // stable calendar identity
    QList<PanelMember> panel;
};

// Names to show an interview by: who, for what, at which stage.
struct InterviewContext {
    qint64 candidateId = 0;
    qint64 openingId = 0;
    QString candidate;
    QString opening;
    QString stage;
};

// Scheduling interviews for an application: validated, audited, one
// transaction each. Times are stored as UTC seconds with the IANA zone they
// were scheduled in, so they display and export in that zone.
class InterviewRepository {
    Q_DECLARE_TR_FUNCTIONS(InterviewRepository)

public:
    explicit InterviewRepository(Database &db) : m_db(db) {}

    // interview.id, status, sequence and uid are ignored (a new uid is made).
    Result<qint64> schedule(const Interview &interview);
    Result<Interview> load(qint64 id) const;
    Error reschedule(qint64 id, const QDateTime &start, int durationMinutes, const QString &location);
    Error cancel(qint64 id, const QString &reason);
    // Scheduled interviews from `from` on, soonest first; with a person, only theirs.
    Result<QList<Interview>> upcoming(const QDateTime &from, qint64 personId = 0, int limit = 200) const;
    // Interviews that are not cancelled (scheduled or held) starting at or after
    // `from` and before `to`, soonest first; only those of `openingIds` unless
    // it is empty. For schedules: the caller picks the local dates it shows.
    Result<QList<Interview>> between(const QDateTime &from, const QDateTime &to, const QList<qint64> &openingIds = {}) const;
    // Every interview of an application (cancelled ones too), by start.
    Result<QList<Interview>> forApplication(qint64 applicationId) const;
    Result<InterviewContext> context(qint64 interviewId) const;
    // The calendar event for an interview: organizer the opening's hiring
    // manager, attendees the panel, the kit in the description.
    Result<IcsEvent> calendarEvent(qint64 id) const;

    static constexpr int minDuration = 5;
    static constexpr int maxDuration = 12 * 60;

private:
    Result<QList<Interview>> loadAll(SqlQuery &ids) const;
    Error validate(const Interview &interview, qint64 openingId) const;
    Error writePanel(qint64 interviewId, const QList<PanelMember> &panel);
    Database &m_db;
};

} // namespace shortlist
