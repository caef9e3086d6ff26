#include "scorecardrepository.h"

#include "auditrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>

namespace shortlist {

using namespace sqlvalues;

QString toCode(Recommendation r)
{
    switch (r) {
    case Recommendation::StrongNo: return QStringLiteral("strong_no");
    case Recommendation::No: return QStringLiteral("no");
    case Recommendation::Yes: return QStringLiteral("yes");
    case Recommendation::StrongYes: return QStringLiteral("strong_yes");
    }
    return {};
}

std::optional<Recommendation> recommendationFromCode(const QString &code)
{
    for (Recommendation r : {Recommendation::StrongNo, Recommendation::No, Recommendation::Yes, Recommendation::StrongYes}) {
        if (toCode(r) == code)
            return r;
    }
    return std::nullopt;
}

Result<QList<qint64>> ScorecardRepository::focusOf(qint64 interviewId, qint64 personId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM interview_panel WHERE interview_id = ? AND person_id = ?"));
    q.bind(interviewId).bind(personId);
    if (!q.exec() || !q.next())
        return q.failure();
    if (q.int64(0) == 0)
        return makeError(ErrorCode::Invalid, tr("Only an interviewer on this interview's panel can write its scorecard."));
    q.finish();
    q.prepare(QStringLiteral("SELECT f.competency_id FROM panel_focus f JOIN competencies c ON c.id = f.competency_id "
                             "WHERE f.interview_id = ? AND f.person_id = ? ORDER BY c.position"));
    q.bind(interviewId).bind(personId);
    if (!q.exec())
        return q.error();
    QList<qint64> ids;
    while (q.next())
        ids << q.int64(0);
    return ids;
}

Result<Scorecard> ScorecardRepository::read(qint64 scorecardId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT interview_id, person_id, revision, status, overall, summary, amend_reason, submitted_at "
                             "FROM scorecards WHERE id = ?"));
    q.bind(scorecardId);
    if (!q.exec() || !q.next())
        return q.failure();
    Scorecard s;
    s.id = scorecardId;
    s.interviewId = q.int64(0);
    s.personId = q.int64(1);
    s.revision = q.value(2).toInt();
    s.submitted = q.value(3).toString() == QLatin1String("submitted");
    s.overall = recommendationFromCode(q.value(4).toString());
    s.summary = q.value(5).toString();
    s.amendReason = q.value(6).toString();
    s.submittedAt = q.int64(7);
    q.finish();
    q.prepare(QStringLiteral("SELECT r.competency_id, r.rating, r.not_assessed, r.evidence FROM scorecard_ratings r "
                             "JOIN competencies c ON c.id = r.competency_id WHERE r.scorecard_id = ? ORDER BY c.position"));
    q.bind(scorecardId);
    if (!q.exec())
        return q.error();
    while (q.next())
        s.ratings << CompetencyRating{q.int64(0), toOptionalInt(q.value(1)), q.value(2).toInt() != 0, q.value(3).toString()};
    return s;
}

Result<QList<Scorecard>> ScorecardRepository::readAll(SqlQuery &ids) const
{
    // The ids first: read() runs its own queries on the same connection.
    if (!ids.exec())
        return ids.error();
    QList<qint64> list;
    while (ids.next())
        list << ids.int64(0);
    ids.finish();
    QList<Scorecard> cards;
    for (qint64 id : std::as_const(list)) {
        Result<Scorecard> s = read(id);
        if (!s)
            return s.error();
        cards << *s;
    }
    return cards;
}

Result<QList<Scorecard>> ScorecardRepository::history(qint64 interviewId, qint64 personId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM scorecards WHERE interview_id = ? AND person_id = ? ORDER BY revision"));
    q.bind(interviewId).bind(personId);
    return readAll(q);
}

Result<Scorecard> ScorecardRepository::current(qint64 interviewId, qint64 personId) const
{
    Result<QList<Scorecard>> all = history(interviewId, personId);
    if (!all)
        return all.error();
    if (!all->isEmpty())
        return all->constLast();
    Result<QList<qint64>> focus = focusOf(interviewId, personId);
    if (!focus)
        return focus.error();
    Scorecard s;
    s.interviewId = interviewId;
    s.personId = personId;
    for (qint64 competency : std::as_const(*focus))
        s.ratings << CompetencyRating{competency, std::nullopt, false, {}};
    return s;
}

Error ScorecardRepository::validateForSubmit(const Scorecard &s, const QList<qint64> &focusCompetencies)
{
    for (qint64 competency : focusCompetencies) {
        const auto it = std::find_if(s.ratings.cbegin(), s.ratings.cend(), [&](const CompetencyRating &r) { return r.competencyId == competency; });
        if (it == s.ratings.cend() || (!it->rating && !it->notAssessed))
            return makeError(ErrorCode::Invalid, tr("Rate every focus competency, or mark it “not assessed”, before submitting."));
    }
    for (const CompetencyRating &r : s.ratings) {
        if (r.rating && r.notAssessed)
            return makeError(ErrorCode::Invalid, tr("A competency cannot be both rated and “not assessed”; choose one."));
        if (r.rating && (*r.rating < 1 || *r.rating > 4))
            return makeError(ErrorCode::Invalid, tr("Ratings run from 1 to 4 on the opening's scale."));
    }
    if (!s.overall)
        return makeError(ErrorCode::Invalid, tr("Choose an overall recommendation: strong no, no, yes or strong yes."));
    return {};
}

Result<qint64> ScorecardRepository::write(const Scorecard &s, bool submit)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<QList<qint64>> focus = focusOf(s.interviewId, s.personId);
    if (!focus)
        return focus.error();
    for (const CompetencyRating &r : s.ratings) {
        if (r.rating && (*r.rating < 1 || *r.rating > 4))
            return makeError(ErrorCode::Invalid, tr("Ratings run from 1 to 4 on the opening's scale."));
        if (r.rating && r.notAssessed)
            return makeError(ErrorCode::Invalid, tr("A competency cannot be both rated and “not assessed”; choose one."));
    }
    if (submit) {
        if (Error e = validateForSubmit(s, *focus))
            return e;
    }
    SqlQuery q(m_db);
    // The latest revision decides: a submitted one is locked.
    q.prepare(QStringLiteral("SELECT id, status, revision FROM scorecards WHERE interview_id = ? AND person_id = ? ORDER BY revision DESC LIMIT 1"));
    q.bind(s.interviewId).bind(s.personId);
    if (!q.exec())
        return q.error();
    qint64 id = 0;
    if (q.next()) {
        if (q.value(1).toString() == QLatin1String("submitted"))
            return makeError(ErrorCode::Invalid, tr("This scorecard was submitted and is locked; amend it to change it (the reason is kept)."));
        id = q.int64(0);
    }
    q.finish();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString status = submit ? QStringLiteral("submitted") : QStringLiteral("draft");
    const QVariant overall = s.overall ? QVariant(toCode(*s.overall)) : QVariant(QMetaType(QMetaType::QString));
    const QVariant submittedAt = submit ? QVariant(now) : QVariant(QMetaType(QMetaType::LongLong));
    if (id == 0) {
        q.prepare(QStringLiteral("INSERT INTO scorecards (interview_id, person_id, revision, status, overall, summary, amend_reason, submitted_at, "
                                 "updated_at) VALUES (?, ?, 1, ?, ?, ?, '', ?, ?) RETURNING id"));
        q.bind(s.interviewId).bind(s.personId).bind(status).bind(overall).bind(s.summary).bind(submittedAt).bind(now);
        if (!q.exec() || !q.next())
            return q.failure();
        id = q.int64(0);
        q.finish();
    } else {
        q.prepare(QStringLiteral("UPDATE scorecards SET status = ?, overall = ?, summary = ?, submitted_at = ?, updated_at = ? WHERE id = ?"));
        q.bind(status).bind(overall).bind(s.summary).bind(submittedAt).bind(now).bind(id);
        if (!q.exec())
            return q.error();
        q.prepare(QStringLiteral("DELETE FROM scorecard_ratings WHERE scorecard_id = ?"));
        q.bind(id);
        if (!q.exec())
            return q.error();
    }
    q.prepare(QStringLiteral("INSERT INTO scorecard_ratings (scorecard_id, competency_id, rating, not_assessed, evidence) VALUES (?, ?, ?, ?, ?)"));
    for (const CompetencyRating &r : s.ratings) {
        q.bind(id).bind(r.competencyId).bind(optionalInt(r.rating)).bind(r.notAssessed ? 1 : 0).bind(r.evidence.trimmed());
        if (!q.exec())
            return q.error();
    }
    if (Error e = AuditRepository(m_db).append(submit ? QStringLiteral("submit") : QStringLiteral("save-draft"), QStringLiteral("scorecard"), id))
        return e;
    if (!tx.commit())
        return tx.error();
    return id;
}

Result<qint64> ScorecardRepository::saveDraft(const Scorecard &scorecard)
{
    return write(scorecard, false);
}

Result<qint64> ScorecardRepository::submit(const Scorecard &scorecard)
{
    return write(scorecard, true);
}

Result<Scorecard> ScorecardRepository::amend(qint64 interviewId, qint64 personId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the submitted scorecard is being amended; the reason is kept with it."));
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<Scorecard> last = current(interviewId, personId);
    if (!last)
        return last.error();
    if (!last->submitted)
        return makeError(ErrorCode::Invalid, tr("Only a submitted scorecard is amended; this one is still a draft you can edit."));
    Scorecard next = *last;
    next.revision = last->revision + 1;
    next.submitted = false;
    next.amendReason = reason.trimmed();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO scorecards (interview_id, person_id, revision, status, overall, summary, amend_reason, submitted_at, "
                             "updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, NULL, ?) RETURNING id"));
    q.bind(interviewId).bind(personId).bind(next.revision)
        .bind(next.overall ? QVariant(toCode(*next.overall)) : QVariant(QMetaType(QMetaType::QString)))
        .bind(next.summary).bind(next.amendReason).bind(now);
    if (!q.exec() || !q.next())
        return q.failure();
    next.id = q.int64(0);
    next.submittedAt = 0;
    q.finish();
    q.prepare(QStringLiteral("INSERT INTO scorecard_ratings (scorecard_id, competency_id, rating, not_assessed, evidence) VALUES (?, ?, ?, ?, ?)"));
    for (const CompetencyRating &r : std::as_const(next.ratings)) {
        q.bind(next.id).bind(r.competencyId).bind(optionalInt(r.rating)).bind(r.notAssessed ? 1 : 0).bind(r.evidence);
        if (!q.exec())
            return q.error();
    }
    if (Error e = AuditRepository(m_db).append(QStringLiteral("amend"), QStringLiteral("scorecard"), next.id, next.amendReason))
        return e;
    if (!tx.commit())
        return tx.error();
    return next;
}

Result<PanelProgress> ScorecardRepository::progress(qint64 interviewId, qint64 viewerPersonId) const
{
    SqlQuery q(m_db);
    // Latest revision per panelist; an amendment in progress counts as not submitted.
    q.prepare(QStringLiteral("SELECT p.person_id, (SELECT s.status FROM scorecards s WHERE s.interview_id = p.interview_id "
                             "AND s.person_id = p.person_id ORDER BY s.revision DESC LIMIT 1) FROM interview_panel p WHERE p.interview_id = ?"));
    q.bind(interviewId);
    if (!q.exec())
        return q.error();
    PanelProgress p;
    bool viewerOnPanel = false;
    while (q.next()) {
        ++p.panelSize;
        const bool done = q.value(1).toString() == QLatin1String("submitted");
        if (done)
            ++p.submitted;
        if (q.int64(0) == viewerPersonId) {
            viewerOnPanel = true;
            p.viewerSubmitted = done;
        }
    }
    // Independent scoring: a panelist sees the others only after submitting;
    // people not on the panel (the hiring manager at the debrief) see them.
    p.othersVisible = !viewerOnPanel || p.viewerSubmitted;
    return p;
}

Result<QList<Scorecard>> ScorecardRepository::othersVisibleTo(qint64 interviewId, qint64 viewerPersonId) const
{
    Result<PanelProgress> p = progress(interviewId, viewerPersonId);
    if (!p)
        return p.error();
    if (!p->othersVisible)
        return QList<Scorecard>{};
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id FROM scorecards s WHERE s.interview_id = ? AND s.person_id <> ? AND s.status = 'submitted' "
                             "AND NOT EXISTS (SELECT 1 FROM scorecards n WHERE n.interview_id = s.interview_id AND n.person_id = s.person_id "
                             "AND n.revision > s.revision) ORDER BY s.person_id"));
    q.bind(interviewId).bind(viewerPersonId);
    return readAll(q);
}

Result<QList<QPair<qint64, qint64>>> ScorecardRepository::overdue(qint64 now, int graceHours) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT i.id, p.person_id FROM interviews i JOIN interview_panel p ON p.interview_id = i.id "
                             "JOIN applications a ON a.id = i.application_id AND a.status = 'active' "
                             "WHERE i.status <> 'cancelled' AND i.starts_at + i.duration_minutes * 60 + ? < ? "
                             "AND NOT EXISTS (SELECT 1 FROM scorecards s WHERE s.interview_id = i.id AND s.person_id = p.person_id "
                             "AND s.status = 'submitted') "
                             "ORDER BY i.starts_at + i.duration_minutes * 60, i.id, p.person_id"));
    q.bind(qint64(graceHours) * 3600).bind(now);
    if (!q.exec())
        return q.error();
    QList<QPair<qint64, qint64>> list;
    while (q.next())
        list << qMakePair(q.int64(0), q.int64(1));
    return list;
}

} // namespace shortlist
