// The candidate packet: everything the debrief about one application needs,
// on paper: profile, requirement match, timeline, the submitted scorecards,
// the debrief matrix with the formula score, and the decisions recorded.

#include "reportbuilder.h"

#include "reports/anonymizer.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/debriefrepository.h"
#include "repositories/decisionrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/matchrepository.h"
#include "repositories/metarepository.h"
#include "repositories/noterepository.h"
#include "repositories/openingrepository.h"
#include "repositories/peoplerepository.h"
#include "repositories/scorecardrepository.h"
#include "storage/database.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace shortlist {

namespace {

QString recommendationName(Recommendation r)
{
    switch (r) {
    case Recommendation::StrongNo: return ReportBuilder::tr("Strong no");
    case Recommendation::No: return ReportBuilder::tr("No");
    case Recommendation::Yes: return ReportBuilder::tr("Yes");
    case Recommendation::StrongYes: return ReportBuilder::tr("Strong yes");
    }
    return {};
}

QString adviceName(FormulaAdvice advice)
{
    switch (advice) {
    case FormulaAdvice::StrongNo: return ReportBuilder::tr("strong no");
    case FormulaAdvice::No: return ReportBuilder::tr("no");
    case FormulaAdvice::Yes: return ReportBuilder::tr("yes");
    case FormulaAdvice::StrongYes: return ReportBuilder::tr("strong yes");
    }
    return {};
}

QString decisionName(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Advance: return ReportBuilder::tr("Advance");
    case DecisionKind::Reject: return ReportBuilder::tr("Reject");
    case DecisionKind::Hire: return ReportBuilder::tr("Hire");
    }
    return {};
}

QString outcomeName(RequirementOutcome outcome)
{
    switch (outcome) {
    case RequirementOutcome::Matched: return ReportBuilder::tr("Matched");
    case RequirementOutcome::Partial: return ReportBuilder::tr("Partial");
    case RequirementOutcome::Missing: return ReportBuilder::tr("Missing");
    }
    return {};
}

QString interviewStatusName(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Scheduled: return ReportBuilder::tr("scheduled");
    case InterviewStatus::Completed: return ReportBuilder::tr("held");
    case InterviewStatus::Cancelled: return ReportBuilder::tr("cancelled");
    }
    return {};
}

// "3 · Strong": the level and its name on the opening's scale.
QString levelText(int level, const std::array<QString, 4> &levels)
{
    if (level < 1 || level > 4)
        return QString::number(level);
    return ReportBuilder::tr("%1 · %2").arg(level).arg(levels.at(std::size_t(level - 1)));
}

// A debrief cell: the level when the interviewer's ratings were one level,
// their mean with one decimal when several ratings averaged between levels.
QString meanLevelText(double rating, const std::array<QString, 4> &levels)
{
    const int level = int(std::lround(rating));
    if (std::abs(rating - level) < 0.01)
        return levelText(level, levels);
    return QLocale().toString(rating, 'f', 1);
}

QString fixed(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

// What the packet is about, read once and shared by its sections.
struct Packet {
    Database &db;
    const ReportOptions &options;
    Anonymizer anonymizer;
    Application application;
    Candidate candidate;
    Opening opening;
    QHash<qint64, QString> people;
    qint64 now = 0;
    ReportDocument doc;

    QString candidateName() const { return anonymizer.name(candidate.id, candidate.name); }
    QString scrub(const QString &text) const { return anonymizer.scrub(text, candidate.id, candidate.name); }
    QString person(qint64 id) const { return people.value(id, ReportBuilder::tr("Person %1").arg(id)); }
    QString competencyName(qint64 id) const
    {
        for (const Competency &c : opening.competencies) {
            if (c.id == id)
                return c.name;
        }
        return ReportBuilder::tr("Competency %1").arg(id);
    }
};

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

Error addProfile(Packet &p)
{
    ReportDocument &doc = p.doc;
    const Candidate &c = p.candidate;
    const Stage *stage = p.opening.stage(p.application.stageId);
    const bool active = p.application.status == ApplicationStatus::Active;
    const qint64 daysInStage = std::max<qint64>(0, (p.now - p.application.stageEnteredAt) / 86400);

    doc.heading(ReportBuilder::tr("Profile"));
    doc.facts({{ReportBuilder::tr("Stage"), stage ? stage->name : QStringLiteral("—"), displayName(p.application.status)},
               {ReportBuilder::tr("Days in stage"), active ? reporttext::count(daysInStage) : QStringLiteral("—"),
                ReportBuilder::tr("since %1").arg(reporttext::dateTime(p.application.stageEnteredAt))},
               {ReportBuilder::tr("Applied"), reporttext::date(QDateTime::fromSecsSinceEpoch(p.application.appliedAt).date()), p.opening.title}});

    ReportTable table;
    table.headers = {ReportBuilder::tr("Field"), ReportBuilder::tr("Value")};
    table.widths = {1, 3};
    const auto add = [&table](const QString &label, const QString &value) { table.rows << QStringList{label, orDash(value)}; };
    const bool anonymous = p.anonymizer.enabled();
    add(anonymous ? ReportBuilder::tr("Candidate code") : ReportBuilder::tr("Name"), p.candidateName());
    if (!anonymous) {
        add(ReportBuilder::tr("Email"), c.email);
        add(ReportBuilder::tr("Phone"), c.phone);
    }
    add(ReportBuilder::tr("Location"), c.location);
    add(ReportBuilder::tr("Current title"), c.currentTitle);
    add(ReportBuilder::tr("Current company"), c.currentCompany);
    add(ReportBuilder::tr("Years of experience"), c.yearsExperience ? QString::number(*c.yearsExperience) : QString());
    add(ReportBuilder::tr("Skills"), c.skills.join(QStringLiteral(", ")));
    add(ReportBuilder::tr("Source"), c.source);
    if (!anonymous) {
        add(ReportBuilder::tr("Referrer"), c.referrer);
        add(ReportBuilder::tr("Links"), c.links.join(QStringLiteral(", ")));
        add(ReportBuilder::tr("Tags"), c.tags.join(QStringLiteral(", ")));
    }
    add(ReportBuilder::tr("Applied"), reporttext::dateTime(p.application.appliedAt));
    add(ReportBuilder::tr("Current stage"), stage ? stage->name : QString());
    add(ReportBuilder::tr("Status"), !active && !p.application.rejectionReason.isEmpty()
                                         ? ReportBuilder::tr("%1: %2").arg(displayName(p.application.status), p.scrub(p.application.rejectionReason))
                                         : displayName(p.application.status));
    add(ReportBuilder::tr("Days in stage"), active ? reporttext::count(daysInStage) : QString());
    doc.table(table);
    if (anonymous)
        doc.note(ReportBuilder::tr("Anonymised: the candidate appears as %1; contact details, links, referrer and tags are left out, "
                                   "and names, email addresses, phone numbers and links in notes and evidence are replaced.")
                     .arg(p.candidateName()));
    return {};
}

Error addMatch(Packet &p)
{
    Result<MatchResult> match = MatchRepository(p.db).explain(p.application.id);
    if (!match)
        return match.error();
    ReportDocument &doc = p.doc;
    doc.heading(ReportBuilder::tr("Requirement match"));
    if (match->requirements.isEmpty()) {
        doc.paragraph(ReportBuilder::tr("%1 has no requirements, so there is no match score.").arg(p.opening.title));
        return {};
    }
    QStringList missing;
    for (const RequirementMatch &r : match->requirements) {
        if (r.mustHave && r.outcome == RequirementOutcome::Missing)
            missing << r.skill;
    }
    doc.facts({{ReportBuilder::tr("Match score"), ReportBuilder::tr("%1 of 100").arg(match->total.score),
                ReportBuilder::tr("weighted over %1 requirements").arg(match->requirements.size())},
               {ReportBuilder::tr("Missing must-haves"), reporttext::count(match->total.missingMustHaves), QString()}});
    if (missing.isEmpty())
        doc.paragraph(ReportBuilder::tr("No must-have requirement is missing."));
    else
        doc.paragraph(ReportBuilder::tr("Missing must-haves: %1.").arg(missing.join(QStringLiteral(", "))));

    ReportTable table;
    table.headers = {ReportBuilder::tr("Requirement"), ReportBuilder::tr("Weight"), ReportBuilder::tr("Must-have"), ReportBuilder::tr("Outcome"),
                     ReportBuilder::tr("Candidate's skill"), ReportBuilder::tr("Note")};
    table.widths = {2.2, 0.8, 1, 1, 1.6, 2.4};
    table.numeric = {false, true, false, false, false, false};
    for (const RequirementMatch &r : match->requirements) {
        if (r.mustHave && r.outcome == RequirementOutcome::Missing)
            table.emphasized << int(table.rows.size());
        QString skill = r.skill;
        if (r.minYears > 0)
            skill = ReportBuilder::tr("%1 (%2+ years)").arg(r.skill).arg(r.minYears);
        table.rows << QStringList{skill, QString::number(r.weight), r.mustHave ? ReportBuilder::tr("yes") : QString(), outcomeName(r.outcome),
                                  orDash(r.matchedSkill), r.note};
    }
    doc.table(table);
    return {};
}

Error addTimeline(Packet &p)
{
    Result<QList<StageEvent>> events = ApplicationRepository(p.db).timelineForCandidate(p.candidate.id);
    if (!events)
        return events.error();
    Result<QList<Note>> notes = NoteRepository(p.db).forCandidate(p.candidate.id);
    if (!notes)
        return notes.error();
    Result<QList<Interview>> interviews = InterviewRepository(p.db).forApplication(p.application.id);
    if (!interviews)
        return interviews.error();

    struct Line {
        qint64 at = 0;
        int order = 0;
        QStringList cells;
    };
    QList<Line> lines;
    for (const StageEvent &e : std::as_const(*events)) {
        if (e.applicationId != p.application.id)
            continue;
        QString detail = e.fromStageId ? ReportBuilder::tr("%1 → %2").arg(e.fromStageName, e.toStageName)
                                       : ReportBuilder::tr("Entered %1").arg(e.toStageName);
        if (!e.reason.isEmpty())
            detail = ReportBuilder::tr("%1: %2").arg(detail, p.scrub(e.reason));
        lines << Line{e.at, 0, {reporttext::dateTime(e.at), e.fromStageId ? ReportBuilder::tr("Moved") : ReportBuilder::tr("Applied"), detail, e.actor}};
    }
    for (const Interview &i : std::as_const(*interviews)) {
        QStringList panel;
        for (const PanelMember &m : i.panel)
            panel << p.person(m.personId);
        const Stage *stage = p.opening.stage(i.stageId);
        const QString stageName = stage ? stage->name : QString();
        const QString title = i.title.trimmed().isEmpty() || i.title == stageName ? stageName
                                                                                  : ReportBuilder::tr("%1 (%2)").arg(p.scrub(i.title), stageName);
        lines << Line{i.start.toSecsSinceEpoch(), 1,
                      {reporttext::dateTime(i.start.toSecsSinceEpoch()), ReportBuilder::tr("Interview"),
                       ReportBuilder::tr("%1, %2").arg(title, interviewStatusName(i.status)), panel.join(QStringLiteral(", "))}};
    }
    for (const Note &n : std::as_const(*notes)) {
        // Notes about this application or about the candidate as a whole.
        if (n.applicationId && *n.applicationId != p.application.id)
            continue;
        lines << Line{n.createdAt, 2, {reporttext::dateTime(n.createdAt), ReportBuilder::tr("Note"), p.scrub(n.body), n.author}};
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.at != b.at ? a.at < b.at : a.order < b.order; });

    p.doc.heading(ReportBuilder::tr("Timeline"));
    ReportTable table;
    table.headers = {ReportBuilder::tr("When"), ReportBuilder::tr("Event"), ReportBuilder::tr("Detail"), ReportBuilder::tr("By")};
    table.widths = {1.3, 0.9, 3.6, 1.4};
    table.emptyText = ReportBuilder::tr("Nothing has happened on this application yet.");
    for (const Line &line : std::as_const(lines))
        table.rows << line.cells;
    p.doc.table(table);
    return {};
}

Error addScorecards(Packet &p)
{
    Result<QList<Interview>> interviews = InterviewRepository(p.db).forApplication(p.application.id);
    if (!interviews)
        return interviews.error();
    ScorecardRepository scorecards(p.db);
    ReportDocument &doc = p.doc;
    doc.heading(ReportBuilder::tr("Scorecards"));
    int shown = 0;
    int pending = 0;
    for (const Interview &interview : std::as_const(*interviews)) {
        // As in the debrief: cancelled interviews do not count.
        if (interview.status == InterviewStatus::Cancelled)
            continue;
        const Stage *stage = p.opening.stage(interview.stageId);
        for (const PanelMember &member : interview.panel) {
            // The latest revision decides; a draft (or an amendment in
            // progress) is not submitted and stays out of the packet.
            Result<Scorecard> card = scorecards.current(interview.id, member.personId);
            if (!card)
                return card.error();
            if (card->id == 0 || !card->submitted) {
                if (interview.status == InterviewStatus::Completed || card->id != 0)
                    ++pending;
                continue;
            }
            ++shown;
            doc.subheading(ReportBuilder::tr("%1 — %2").arg(p.person(member.personId), p.scrub(interview.title)));
            doc.facts({{ReportBuilder::tr("Recommendation"), card->overall ? recommendationName(*card->overall) : QStringLiteral("—"), QString()},
                       {ReportBuilder::tr("Interview"), stage ? stage->name : QString(), reporttext::dateTime(interview.start.toSecsSinceEpoch())},
                       {ReportBuilder::tr("Submitted"), reporttext::dateTime(card->submittedAt),
                        card->revision > 1 ? ReportBuilder::tr("revision %1").arg(card->revision) : QString()}});
            if (card->revision > 1 && !card->amendReason.isEmpty())
                doc.note(ReportBuilder::tr("Amended: %1").arg(p.scrub(card->amendReason)));
            ReportTable table;
            table.headers = {ReportBuilder::tr("Competency"), ReportBuilder::tr("Level"), ReportBuilder::tr("Evidence")};
            table.widths = {1.6, 1.4, 4};
            table.emptyText = ReportBuilder::tr("No competency on this scorecard.");
            for (const CompetencyRating &r : std::as_const(card->ratings)) {
                const QString level = r.rating ? levelText(*r.rating, p.opening.ratingLevels) : ReportBuilder::tr("Not assessed");
                table.rows << QStringList{p.competencyName(r.competencyId), level, p.scrub(r.evidence)};
            }
            doc.table(table);
            if (!card->summary.trimmed().isEmpty())
                doc.paragraph(ReportBuilder::tr("Summary: %1").arg(p.scrub(card->summary)));
        }
    }
    if (shown == 0)
        doc.paragraph(ReportBuilder::tr("No scorecard has been submitted yet."));
    if (pending > 0)
        doc.note(ReportBuilder::tr("Scorecards not submitted yet (drafts and amendments in progress) are left out: %1.").arg(pending));
    return {};
}

Error addDebrief(Packet &p)
{
    Result<Debrief> debrief = DebriefRepository(p.db).forApplication(p.application.id);
    if (!debrief)
        return debrief.error();
    ReportDocument &doc = p.doc;
    const std::array<QString, 4> &levels = p.opening.ratingLevels;
    doc.heading(ReportBuilder::tr("Debrief"));
    if (debrief->interviewers.isEmpty()) {
        doc.paragraph(ReportBuilder::tr("No submitted ratings yet, so there is no debrief matrix and no formula score."));
        return {};
    }
    QList<ReportFact> facts;
    if (debrief->formulaScore)
        facts << ReportFact{ReportBuilder::tr("Formula score"), ReportBuilder::tr("%1 of 4").arg(fixed(*debrief->formulaScore)),
                            ReportBuilder::tr("weighted mean of the competency means")};
    if (debrief->advice)
        facts << ReportFact{ReportBuilder::tr("Formula advice"), adviceName(*debrief->advice), QString()};
    facts << ReportFact{ReportBuilder::tr("Spread"), reporttext::count(debrief->spreads), ReportBuilder::tr("competencies two or more levels apart")}
          << ReportFact{ReportBuilder::tr("Thin"), reporttext::count(debrief->thinCompetencies), ReportBuilder::tr("competencies with fewer than two raters")};
    doc.facts(facts);

    ReportTable table;
    table.headers << ReportBuilder::tr("Competency") << ReportBuilder::tr("Weight");
    table.widths << 2 << 0.8;
    table.numeric << false << true;
    for (qint64 id : std::as_const(debrief->interviewers)) {
        table.headers << p.person(id);
        table.widths << 1.3;
        table.numeric << false;
    }
    table.headers << ReportBuilder::tr("Mean");
    table.widths << 0.8;
    table.numeric << true;
    for (const DebriefRow &row : std::as_const(debrief->rows)) {
        QStringList cells{row.competency.name, fixed(row.competency.weight, 1)};
        for (const DebriefCell &cell : row.cells)
            cells << (cell.assessed ? meanLevelText(cell.rating, levels) : cell.notAssessed ? ReportBuilder::tr("Not assessed") : QString());
        cells << (row.mean ? fixed(*row.mean) : QStringLiteral("—"));
        if (row.spread)
            table.emphasized << int(table.rows.size());
        table.rows << cells;
    }
    doc.table(table);

    QStringList scale;
    for (int level = 1; level <= 4; ++level)
        scale << levelText(level, levels);
    doc.note(ReportBuilder::tr("Each cell is the interviewer's latest submitted rating (the mean where they rated a competency in several "
                               "interviews); an empty cell was not theirs to assess. Highlighted rows have interviewers two or more levels apart: "
                               "discuss those first. Scale: %1.")
                 .arg(scale.join(QStringLiteral(", "))));
    if (debrief->formulaScore && debrief->advice)
        doc.paragraph(ReportBuilder::tr("Formula score %1 of 4: the formula says %2.").arg(fixed(*debrief->formulaScore), adviceName(*debrief->advice)));
    else
        doc.paragraph(ReportBuilder::tr("Nothing was rated, so there is no formula score."));
    return {};
}

Error addDecision(Packet &p)
{
    Result<QList<Decision>> decisions = DecisionRepository(p.db).forApplication(p.application.id);
    if (!decisions)
        return decisions.error();
    ReportDocument &doc = p.doc;
    doc.heading(ReportBuilder::tr("Decision"));
    if (decisions->isEmpty()) {
        doc.paragraph(ReportBuilder::tr("No decision is recorded yet."));
        return {};
    }
    for (const Decision &d : std::as_const(*decisions)) {
        doc.subheading(ReportBuilder::tr("%1 — %2").arg(decisionName(d.kind), reporttext::dateTime(d.decidedAt)));
        doc.facts({{ReportBuilder::tr("Decision"), decisionName(d.kind), ReportBuilder::tr("by %1").arg(orDash(d.actor))},
                   {ReportBuilder::tr("Formula score"), d.formulaScore ? ReportBuilder::tr("%1 of 4").arg(fixed(*d.formulaScore)) : QStringLiteral("—"),
                    ReportBuilder::tr("when decided")},
                   {ReportBuilder::tr("Formula advice"), d.advice ? adviceName(*d.advice) : QStringLiteral("—"), QString()},
                   {ReportBuilder::tr("Override"), d.override ? ReportBuilder::tr("yes") : ReportBuilder::tr("no"),
                    d.override ? ReportBuilder::tr("against the formula's advice") : QString()}});
        doc.paragraph(d.rationale.trimmed().isEmpty() ? ReportBuilder::tr("No rationale given.")
                                                      : ReportBuilder::tr("Rationale: %1").arg(p.scrub(d.rationale)));
    }
    return {};
}

} // namespace

Result<ReportDocument> ReportBuilder::candidatePacket(Database &db, const ReportOptions &options, const ReportProgress &progress)
{
    if (options.applicationId <= 0)
        return makeError(ErrorCode::Invalid, tr("A candidate packet is about one application. Choose the candidate (and the opening, if they "
                                                "applied to several)."));
    Result<ReportDocument> started = reporttext::start(db, options);
    if (!started)
        return started.error();
    Result<Application> application = ApplicationRepository(db).load(options.applicationId);
    if (!application) {
        if (application.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::NotFound, tr("There is no application %1, so there is no packet to make. Choose a candidate by "
                                                     "their id or email address instead.")
                                                      .arg(options.applicationId));
        return application.error();
    }
    Result<Candidate> candidate = CandidateRepository(db).load(application->candidateId);
    if (!candidate)
        return candidate.error();
    Result<Opening> opening = OpeningRepository(db).load(application->openingId);
    if (!opening)
        return opening.error();
    Result<QHash<qint64, QString>> people = PeopleRepository(db).names();
    if (!people)
        return people.error();
    Result<QString> databaseId = MetaRepository(db).databaseId();
    if (!databaseId)
        return databaseId.error();

    Packet p{db, options, Anonymizer(options.anonymize, *databaseId), *application, *candidate, *opening, *people,
             options.now > 0 ? options.now : QDateTime::currentSecsSinceEpoch(), std::move(*started)};
    ReportDocument &doc = p.doc;
    const QString who = p.candidateName();
    doc.scope = tr("%1 — %2").arg(who, p.opening.title);
    doc.subject = tr("Candidate packet for %1: %2").arg(who, p.opening.title);
    const Stage *stage = p.opening.stage(p.application.stageId);
    doc.coverLines << who << p.opening.title
                   << tr("Now in %1 (%2)").arg(stage ? stage->name : QString(), displayName(p.application.status).toLower());
    if (options.anonymize)
        doc.coverLines << tr("Anonymised: the candidate appears as a code; contact details and links are left out.");

    using Section = Error (*)(Packet &);
    const QList<QPair<QString, Section>> sections{{QStringLiteral("profile"), &addProfile},       {QStringLiteral("match"), &addMatch},
                                                  {QStringLiteral("timeline"), &addTimeline},     {QStringLiteral("scorecards"), &addScorecards},
                                                  {QStringLiteral("debrief"), &addDebrief},       {QStringLiteral("decision"), &addDecision}};
    const int total = int(sections.size());
    int done = 0;
    for (const auto &[code, add] : sections) {
        if (progress && !progress(done, total))
            return makeError(ErrorCode::Cancelled, tr("Making the candidate packet was cancelled."));
        ++done;
        if (!options.includes(code))
            continue;
        if (Error e = add(p))
            return e;
    }
    if (progress && !progress(total, total))
        return makeError(ErrorCode::Cancelled, tr("Making the candidate packet was cancelled."));
    return std::move(p.doc);
}

} // namespace shortlist
