#include "interviewrepository.h"

#include "auditrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QSet>
#include <QTimeZone>
#include <QUuid>

namespace shortlist {

namespace {

InterviewStatus statusFrom(const QString &code)
{
    if (code == QLatin1String("completed"))
        return InterviewStatus::Completed;
    if (code == QLatin1String("cancelled"))
        return InterviewStatus::Cancelled;
    return InterviewStatus::Scheduled;
}

Error validTime(const QDateTime &start, int durationMinutes)
{
    if (!start.isValid() || start.timeSpec() != Qt::TimeZone || !start.timeZone().isValid())
        return makeError(ErrorCode::Invalid, InterviewRepository::tr("Give the interview a date, a start time and a time zone."));
    if (durationMinutes < InterviewRepository::minDuration || durationMinutes > InterviewRepository::maxDuration)
        return makeError(ErrorCode::Invalid, InterviewRepository::tr("An interview lasts %1 to %2 minutes; %3 is outside that.")
                                                 .arg(InterviewRepository::minDuration)
                                                 .arg(InterviewRepository::maxDuration)
                                                 .arg(durationMinutes));
    return {};
}

} // namespace

Error InterviewRepository::validate(const Interview &interview, qint64 openingId) const
{
    if (Error e = validTime(interview.start, interview.durationMinutes))
        return e;
    if (interview.panel.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Add at least one interviewer to the panel."));
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM stages WHERE id = ? AND opening_id = ?"));
    q.bind(interview.stageId).bind(openingId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::Invalid, tr("That stage does not belong to the candidate's opening."));
    QSet<qint64> people;
    for (const PanelMember &m : interview.panel) {
        if (people.contains(m.personId))
            return makeError(ErrorCode::Invalid, tr("An interviewer is on the panel twice; remove one."));
        people.insert(m.personId);
        q.prepare(QStringLiteral("SELECT 1 FROM people WHERE id = ?"));
        q.bind(m.personId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return makeError(ErrorCode::NotFound, tr("Interviewer %1 is not in the people directory.").arg(m.personId));
        for (qint64 competency : m.focusCompetencyIds) {
            q.prepare(QStringLiteral("SELECT 1 FROM competencies WHERE id = ? AND opening_id = ?"));
            q.bind(competency).bind(openingId);
            if (!q.exec())
                return q.error();
            if (!q.next())
                return makeError(ErrorCode::Invalid, tr("A focus competency is not one of this opening's competencies."));
        }
    }
    return {};
}

Error InterviewRepository::writePanel(qint64 interviewId, const QList<PanelMember> &panel)
{
    SqlQuery member(m_db);
    member.prepare(QStringLiteral("INSERT INTO interview_panel (interview_id, person_id) VALUES (?, ?)"));
    SqlQuery focus(m_db);
    focus.prepare(QStringLiteral("INSERT INTO panel_focus (interview_id, person_id, competency_id) VALUES (?, ?, ?)"));
    for (const PanelMember &m : panel) {
        member.bind(interviewId).bind(m.personId);
        if (!member.exec())
            return member.error();
        for (qint64 competency : m.focusCompetencyIds) {
            focus.bind(interviewId).bind(m.personId).bind(competency);
            if (!focus.exec())
                return focus.error();
        }
    }
    return {};
}

Result<qint64> InterviewRepository::schedule(const Interview &interview)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT opening_id, status FROM applications WHERE id = ?"));
    q.bind(interview.applicationId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("The application no longer exists."));
    const qint64 openingId = q.int64(0);
    if (q.value(1).toString() != QLatin1String("active"))
        return makeError(ErrorCode::Invalid, tr("Only an active application can be given an interview; reopen it first."));
    q.finish();
    if (Error e = validate(interview, openingId))
        return e;
    const QString uid = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral("@shortlist");
    q.prepare(QStringLiteral("INSERT INTO interviews (application_id, stage_id, title, starts_at, duration_minutes, time_zone, location, "
                             "status, sequence, uid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'scheduled', 0, ?, ?) RETURNING id"));
    q.bind(interview.applicationId).bind(interview.stageId).bind(interview.title.trimmed()).bind(interview.start.toSecsSinceEpoch())
        .bind(interview.durationMinutes).bind(QString::fromUtf8(interview.start.timeZone().id())).bind(interview.location.trimmed())
        .bind(uid).bind(QDateTime::currentSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return q.failure();
    const qint64 id = q.int64(0);
    q.finish();
    if (Error e = writePanel(id, interview.panel))
        return e;
    if (Error e = AuditRepository(m_db).append(QStringLiteral("schedule"), QStringLiteral("interview"), id,
                                               QStringLiteral("application=%1").arg(interview.applicationId)))
        return e;
    if (!tx.commit())
        return tx.error();
    return id;
}

Result<Interview> InterviewRepository::load(qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT application_id, stage_id, title, starts_at, duration_minutes, time_zone, location, status, sequence, uid "
                             "FROM interviews WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || !q.next())
        return q.failure();
    Interview i;
    i.id = id;
    i.applicationId = q.int64(0);
    i.stageId = q.int64(1);
    i.title = q.value(2).toString();
    QTimeZone zone(q.value(5).toString().toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    i.start = QDateTime::fromSecsSinceEpoch(q.int64(3), zone);
    i.durationMinutes = q.value(4).toInt();
    i.location = q.value(6).toString();
    i.status = statusFrom(q.value(7).toString());
    i.sequence = q.value(8).toInt();
    i.uid = q.value(9).toString();
    q.finish();
    q.prepare(QStringLiteral("SELECT p.person_id, f.competency_id FROM interview_panel p "
                             "LEFT JOIN panel_focus f ON f.interview_id = p.interview_id AND f.person_id = p.person_id "
                             "WHERE p.interview_id = ? ORDER BY p.person_id, f.competency_id"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const qint64 person = q.int64(0);
        if (i.panel.isEmpty() || i.panel.constLast().personId != person)
            i.panel << PanelMember{person, {}};
        if (!q.isNull(1))
            i.panel.last().focusCompetencyIds << q.int64(1);
    }
    return i;
}

Error InterviewRepository::reschedule(qint64 id, const QDateTime &start, int durationMinutes, const QString &location)
{
    if (Error e = validTime(start, durationMinutes))
        return e;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE interviews SET starts_at = ?, duration_minutes = ?, time_zone = ?, location = ?, sequence = sequence + 1 "
                             "WHERE id = ? AND status = 'scheduled'"));
    q.bind(start.toSecsSinceEpoch()).bind(durationMinutes).bind(QString::fromUtf8(start.timeZone().id())).bind(location.trimmed()).bind(id);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Invalid, tr("Only a scheduled interview can be moved; this one was held, cancelled or removed."));
    if (Error e = AuditRepository(m_db).append(QStringLiteral("reschedule"), QStringLiteral("interview"), id,
                                               start.toUTC().toString(Qt::ISODate)))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

Error InterviewRepository::cancel(qint64 id, const QString &reason)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE interviews SET status = 'cancelled', sequence = sequence + 1 WHERE id = ? AND status = 'scheduled'"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Invalid, tr("Only a scheduled interview can be cancelled; this one was held, cancelled or removed."));
    if (Error e = AuditRepository(m_db).append(QStringLiteral("cancel"), QStringLiteral("interview"), id, reason.trimmed()))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

Result<QList<Interview>> InterviewRepository::forApplication(qint64 applicationId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM interviews WHERE application_id = ? ORDER BY starts_at, id"));
    q.bind(applicationId);
    return loadAll(q);
}

Result<InterviewContext> InterviewRepository::context(qint64 interviewId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.id, o.id, c.name, o.title, s.name FROM interviews i JOIN applications a ON a.id = i.application_id "
                             "JOIN candidates c ON c.id = a.candidate_id JOIN openings o ON o.id = a.opening_id "
                             "JOIN stages s ON s.id = i.stage_id WHERE i.id = ?"));
    q.bind(interviewId);
    if (!q.exec() || !q.next())
        return q.failure();
    return InterviewContext{q.int64(0), q.int64(1), q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
}

Result<QList<Interview>> InterviewRepository::loadAll(SqlQuery &ids) const
{
    if (!ids.exec())
        return ids.error();
    QList<qint64> list;
    while (ids.next())
        list << ids.int64(0);
    ids.finish();
    QList<Interview> interviews;
    for (qint64 id : std::as_const(list)) {
        Result<Interview> i = load(id);
        if (!i)
            return i.error();
        interviews << *i;
    }
    return interviews;
}

Result<QList<Interview>> InterviewRepository::upcoming(const QDateTime &from, qint64 personId, int limit) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.id FROM interviews i WHERE i.status = 'scheduled' AND i.starts_at >= ?")
              + (personId > 0 ? QStringLiteral(" AND EXISTS (SELECT 1 FROM interview_panel p WHERE p.interview_id = i.id AND p.person_id = ?)")
                              : QString())
              + QStringLiteral(" ORDER BY i.starts_at, i.id LIMIT ?"));
    q.bind(from.toSecsSinceEpoch());
    if (personId > 0)
        q.bind(personId);
    q.bind(limit);
    return loadAll(q);
}

Result<QList<Interview>> InterviewRepository::between(const QDateTime &from, const QDateTime &to, const QList<qint64> &openingIds) const
{
    const QString openings = QStringList(openingIds.size(), QStringLiteral("?")).join(QStringLiteral(", "));
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.id FROM interviews i JOIN applications a ON a.id = i.application_id "
                             "WHERE i.status <> 'cancelled' AND i.starts_at >= ? AND i.starts_at < ?")
              + (openingIds.isEmpty() ? QString() : QStringLiteral(" AND a.opening_id IN (%1)").arg(openings))
              + QStringLiteral(" ORDER BY i.starts_at, i.id"));
    q.bind(from.toSecsSinceEpoch()).bind(to.toSecsSinceEpoch());
    for (qint64 id : openingIds)
        q.bind(id);
    return loadAll(q);
}

Result<IcsEvent> InterviewRepository::calendarEvent(qint64 id) const
{
    Result<Interview> interview = load(id);
    if (!interview)
        return interview.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT c.name, o.title, s.name, coalesce(m.name, ''), coalesce(m.email, '') FROM applications a "
                             "JOIN candidates c ON c.id = a.candidate_id JOIN openings o ON o.id = a.opening_id "
                             "JOIN stages s ON s.id = ? LEFT JOIN people m ON m.id = o.hiring_manager_id WHERE a.id = ?"));
    q.bind(interview->stageId).bind(interview->applicationId);
    if (!q.exec() || !q.next())
        return q.failure();
    IcsEvent e;
    e.uid = interview->uid;
    e.sequence = interview->sequence;
    e.start = interview->start;
    e.durationMinutes = interview->durationMinutes;
    e.location = interview->location;
    e.cancelled = interview->status == InterviewStatus::Cancelled;
    const QString candidate = q.value(0).toString();
    const QString opening = q.value(1).toString();
    const QString stage = q.value(2).toString();
    e.summary = tr("%1: %2 (%3)").arg(interview->title.isEmpty() ? stage : interview->title, candidate, opening);
    e.organizer = {q.value(3).toString(), q.value(4).toString()};
    q.finish();
    // The kit: who assesses what.
    QStringList kit{tr("%1 interview with %2 for %3.").arg(stage, candidate, opening)};
    for (const PanelMember &m : std::as_const(interview->panel)) {
        q.prepare(QStringLiteral("SELECT name, email FROM people WHERE id = ?"));
        q.bind(m.personId);
        if (!q.exec() || !q.next())
            return q.failure();
        const IcsPerson p{q.value(0).toString(), q.value(1).toString()};
        q.finish();
        e.attendees << p;
        QStringList focus;
        for (qint64 competency : m.focusCompetencyIds) {
            q.prepare(QStringLiteral("SELECT name FROM competencies WHERE id = ?"));
            q.bind(competency);
            if (q.exec() && q.next())
                focus << q.value(0).toString();
            q.finish();
        }
        kit << (focus.isEmpty() ? tr("%1: general assessment").arg(p.name) : tr("%1 assesses: %2").arg(p.name, focus.join(QStringLiteral(", "))));
    }
    e.description = kit.join(QLatin1Char('\n'));
    return e;
}

} // namespace shortlist
