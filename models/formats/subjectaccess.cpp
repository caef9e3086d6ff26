#include "subjectaccess.h"

#include "reports/anonymizer.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/decisionrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/matchrepository.h"
#include "repositories/metarepository.h"
#include "repositories/noterepository.h"
#include "repositories/openingrepository.h"
#include "repositories/peoplerepository.h"
#include "repositories/privacyrepository.h"
#include "repositories/scorecardrepository.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QTimeZone>

#include <map>

namespace shortlist {

namespace {

QJsonValue timestamp(qint64 secs)
{
    if (secs <= 0)
        return QJsonValue::Null;
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(Qt::ISODate);
}

QJsonValue day(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value;  // empty stays "", so every documented key is always present
}

QJsonArray strings(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

QString decisionCode(DecisionKind k)
{
    switch (k) {
    case DecisionKind::Advance: return QStringLiteral("advance");
    case DecisionKind::Reject: return QStringLiteral("reject");
    case DecisionKind::Hire: return QStringLiteral("hire");
    }
    return {};
}

QString adviceCode(FormulaAdvice a)
{
    switch (a) {
    case FormulaAdvice::StrongNo: return QStringLiteral("strong_no");
    case FormulaAdvice::No: return QStringLiteral("no");
    case FormulaAdvice::Yes: return QStringLiteral("yes");
    case FormulaAdvice::StrongYes: return QStringLiteral("strong_yes");
    }
    return {};
}

QString interviewStatusCode(InterviewStatus s)
{
    switch (s) {
    case InterviewStatus::Scheduled: return QStringLiteral("scheduled");
    case InterviewStatus::Completed: return QStringLiteral("completed");
    case InterviewStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace

Result<QJsonObject> SubjectAccessExport::toJson(Database &db, qint64 candidateId, const QDateTime &generated)
{
    Result<Candidate> candidate = CandidateRepository(db).load(candidateId);
    if (!candidate)
        return candidate.error();
    PrivacyRepository privacy(db);
    Result<ConsentRecord> consent = privacy.consent(candidateId);
    if (!consent)
        return consent.error();
    Result<CandidateRecordTimes> times = privacy.recordTimes(candidateId);
    if (!times)
        return times.error();
    Result<QString> databaseId = MetaRepository(db).databaseId();
    if (!databaseId)
        return databaseId.error();
    Result<QString> organisation = MetaRepository(db).organisationName();
    if (!organisation)
        return organisation.error();
    Result<QHash<qint64, QString>> people = PeopleRepository(db).names();
    if (!people)
        return people.error();

    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(format));
    root.insert(QStringLiteral("version"), version);
    root.insert(QStringLiteral("generated"), (generated.isValid() ? generated : QDateTime::currentDateTimeUtc()).toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("database"), QJsonObject{{QStringLiteral("id"), *databaseId}, {QStringLiteral("organisation"), *organisation}});

    const Candidate &c = *candidate;
    root.insert(QStringLiteral("candidate"),
                QJsonObject{{QStringLiteral("id"), c.id},
                            {QStringLiteral("code"), Anonymizer::code(*databaseId, c.id)},
                            {QStringLiteral("name"), text(c.name)},
                            {QStringLiteral("email"), text(c.email)},
                            {QStringLiteral("phone"), text(c.phone)},
                            {QStringLiteral("location"), text(c.location)},
                            {QStringLiteral("currentTitle"), text(c.currentTitle)},
                            {QStringLiteral("currentCompany"), text(c.currentCompany)},
                            {QStringLiteral("yearsExperience"), c.yearsExperience ? QJsonValue(*c.yearsExperience) : QJsonValue(QJsonValue::Null)},
                            {QStringLiteral("skills"), strings(c.skills)},
                            {QStringLiteral("source"), text(c.source)},
                            {QStringLiteral("referrer"), text(c.referrer)},
                            {QStringLiteral("links"), strings(c.links)},
                            {QStringLiteral("tags"), strings(c.tags)},
                            {QStringLiteral("createdAt"), timestamp(times->createdAt)},
                            {QStringLiteral("updatedAt"), timestamp(times->updatedAt)}});
    root.insert(QStringLiteral("consent"),
                QJsonObject{{QStringLiteral("consentOn"), day(consent->consentOn)},
                            {QStringLiteral("legalBasis"), text(consent->storedBasis)},
                            {QStringLiteral("retainUntil"), day(consent->retainUntil)}});

    Result<QList<CandidateApplication>> applications = ApplicationRepository(db).forCandidate(candidateId);
    if (!applications)
        return applications.error();
    Result<QList<StageEvent>> events = ApplicationRepository(db).timelineForCandidate(candidateId);
    if (!events)
        return events.error();
    std::map<qint64, Opening> openings;
    QJsonArray applicationArray;
    for (const CandidateApplication &ca : std::as_const(*applications)) {
        Result<Application> app = ApplicationRepository(db).load(ca.applicationId);
        if (!app)
            return app.error();
        auto openingIt = openings.find(ca.openingId);
        if (openingIt == openings.end()) {
            Result<Opening> opening = OpeningRepository(db).load(ca.openingId);
            if (!opening)
                return opening.error();
            openingIt = openings.emplace(ca.openingId, std::move(opening).value()).first;
        }
        const Opening &opening = openingIt->second;
        const auto stageName = [&opening](qint64 stageId) -> QString {
            const Stage *s = opening.stage(stageId);
            return s ? s->name : QString();
        };
        const auto competencyName = [&opening](qint64 competencyId) -> QString {
            for (const Competency &k : opening.competencies) {
                if (k.id == competencyId)
                    return k.name;
            }
            return {};
        };

        QJsonArray history;
        for (const StageEvent &e : std::as_const(*events)) {
            if (e.applicationId != ca.applicationId)
                continue;
            history.append(QJsonObject{{QStringLiteral("at"), timestamp(e.at)},
                                       {QStringLiteral("from"), e.fromStageId ? QJsonValue(e.fromStageName) : QJsonValue(QJsonValue::Null)},
                                       {QStringLiteral("to"), e.toStageName},
                                       {QStringLiteral("actor"), text(e.actor)},
                                       {QStringLiteral("reason"), text(e.reason)}});
        }

        Result<MatchResult> match = MatchRepository(db).explain(ca.applicationId);
        if (!match)
            return match.error();

        Result<QList<Interview>> interviews = InterviewRepository(db).forApplication(ca.applicationId);
        if (!interviews)
            return interviews.error();
        QJsonArray interviewArray;
        for (const Interview &iv : std::as_const(*interviews)) {
            QJsonArray panel;
            QJsonArray scorecards;
            for (const PanelMember &m : iv.panel) {
                panel.append(people->value(m.personId));
                Result<QList<Scorecard>> revisions = ScorecardRepository(db).history(iv.id, m.personId);
                if (!revisions)
                    return revisions.error();
                for (const Scorecard &sc : std::as_const(*revisions)) {
                    QJsonArray ratings;
                    for (const CompetencyRating &r : sc.ratings) {
                        const QString level = r.rating && *r.rating >= 1 && *r.rating <= 4 ? opening.ratingLevels.at(std::size_t(*r.rating - 1)) : QString();
                        ratings.append(QJsonObject{{QStringLiteral("competency"), competencyName(r.competencyId)},
                                                   {QStringLiteral("rating"), r.rating ? QJsonValue(*r.rating) : QJsonValue(QJsonValue::Null)},
                                                   {QStringLiteral("level"), r.rating ? QJsonValue(level) : QJsonValue(QJsonValue::Null)},
                                                   {QStringLiteral("notAssessed"), r.notAssessed},
                                                   {QStringLiteral("evidence"), text(r.evidence)}});
                    }
                    scorecards.append(QJsonObject{
                        {QStringLiteral("interviewer"), people->value(sc.personId)},
                        {QStringLiteral("revision"), sc.revision},
                        {QStringLiteral("status"), sc.submitted ? QStringLiteral("submitted") : QStringLiteral("draft")},
                        {QStringLiteral("overall"), sc.overall ? QJsonValue(toCode(*sc.overall)) : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("summary"), text(sc.summary)},
                        {QStringLiteral("amendReason"), text(sc.amendReason)},
                        {QStringLiteral("submittedAt"), timestamp(sc.submittedAt)},
                        {QStringLiteral("ratings"), ratings}});
                }
            }
            interviewArray.append(QJsonObject{{QStringLiteral("id"), iv.id},
                                              {QStringLiteral("title"), text(iv.title)},
                                              {QStringLiteral("stage"), stageName(iv.stageId)},
                                              {QStringLiteral("start"), iv.start.toUTC().toString(Qt::ISODate)},
                                              {QStringLiteral("timeZone"), QString::fromUtf8(iv.start.timeZone().id())},
                                              {QStringLiteral("durationMinutes"), iv.durationMinutes},
                                              {QStringLiteral("location"), text(iv.location)},
                                              {QStringLiteral("status"), interviewStatusCode(iv.status)},
                                              {QStringLiteral("panel"), panel},
                                              {QStringLiteral("scorecards"), scorecards}});
        }

        Result<QList<Decision>> decisions = DecisionRepository(db).forApplication(ca.applicationId);
        if (!decisions)
            return decisions.error();
        QJsonArray decisionArray;
        for (const Decision &d : std::as_const(*decisions)) {
            decisionArray.append(QJsonObject{{QStringLiteral("decidedAt"), timestamp(d.decidedAt)},
                                             {QStringLiteral("actor"), text(d.actor)},
                                             {QStringLiteral("decision"), decisionCode(d.kind)},
                                             {QStringLiteral("rationale"), text(d.rationale)},
                                             {QStringLiteral("formulaScore"), d.formulaScore ? QJsonValue(*d.formulaScore) : QJsonValue(QJsonValue::Null)},
                                             {QStringLiteral("formulaAdvice"), d.advice ? QJsonValue(adviceCode(*d.advice)) : QJsonValue(QJsonValue::Null)},
                                             {QStringLiteral("override"), d.override}});
        }

        applicationArray.append(QJsonObject{
            {QStringLiteral("id"), ca.applicationId},
            {QStringLiteral("opening"), QJsonObject{{QStringLiteral("id"), ca.openingId}, {QStringLiteral("title"), ca.openingTitle}}},
            {QStringLiteral("stage"), ca.stageName},
            {QStringLiteral("status"), toCode(app->status)},
            {QStringLiteral("rejectionReason"), text(app->rejectionReason)},
            {QStringLiteral("appliedAt"), timestamp(app->appliedAt)},
            {QStringLiteral("stageEnteredAt"), timestamp(app->stageEnteredAt)},
            {QStringLiteral("matchScore"), match->requirements.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(match->total.score)},
            {QStringLiteral("missingMustHaves"), match->total.missingMustHaves},
            {QStringLiteral("stageHistory"), history},
            {QStringLiteral("interviews"), interviewArray},
            {QStringLiteral("decisions"), decisionArray}});
    }
    root.insert(QStringLiteral("applications"), applicationArray);

    Result<QList<Note>> notes = NoteRepository(db).forCandidate(candidateId);
    if (!notes)
        return notes.error();
    QJsonArray noteArray;
    for (const Note &n : std::as_const(*notes)) {
        noteArray.append(QJsonObject{{QStringLiteral("id"), n.id},
                                     {QStringLiteral("applicationId"), n.applicationId ? QJsonValue(*n.applicationId) : QJsonValue(QJsonValue::Null)},
                                     {QStringLiteral("author"), text(n.author)},
                                     {QStringLiteral("createdAt"), timestamp(n.createdAt)},
                                     {QStringLiteral("body"), n.body}});
    }
    root.insert(QStringLiteral("notes"), noteArray);

    Result<QList<AttachmentInfo>> attachments = privacy.attachments(candidateId);
    if (!attachments)
        return attachments.error();
    QJsonArray attachmentArray;
    for (const AttachmentInfo &a : std::as_const(*attachments)) {
        attachmentArray.append(QJsonObject{{QStringLiteral("id"), a.id},
                                           {QStringLiteral("fileName"), a.fileName},
                                           {QStringLiteral("mimeType"), a.mimeType},
                                           {QStringLiteral("sizeBytes"), a.sizeBytes},
                                           {QStringLiteral("addedAt"), timestamp(a.addedAt)},
                                           {QStringLiteral("sha256"), QString::fromLatin1(a.sha256)}});
    }
    root.insert(QStringLiteral("attachments"), attachmentArray);

    Result<QList<AuditEntry>> audit = privacy.auditAbout(candidateId);
    if (!audit)
        return audit.error();
    QJsonArray auditArray;
    for (const AuditEntry &e : std::as_const(*audit)) {
        auditArray.append(QJsonObject{{QStringLiteral("at"), timestamp(e.at)},
                                      {QStringLiteral("actor"), text(e.actor)},
                                      {QStringLiteral("action"), e.action},
                                      {QStringLiteral("entity"), e.entity},
                                      {QStringLiteral("entityId"), e.entityId ? QJsonValue(*e.entityId) : QJsonValue(QJsonValue::Null)},
                                      {QStringLiteral("detail"), text(e.detail)}});
    }
    root.insert(QStringLiteral("audit"), auditArray);
    return root;
}

} // namespace shortlist
