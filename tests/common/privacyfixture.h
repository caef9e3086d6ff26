// A candidate with personal data in every place the schema can hold it —
// profile, tags, a note, an attachment, interviews (a unique title and video
// link), scorecards with evidence, summaries and an amendment, an override
// decision with its rationale, a cancellation reason, a one-off rejection
// reason, an import item — and the checks the privacy tests make on SQLite
// (tst_privacy) and PostgreSQL (tst_postgres_privacy): every text and binary
// column of every table searched for those strings, rows referencing the
// candidate's records counted table by table.
#pragma once

#include "testdb.h"

#include "domain/textfold.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/decisionrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/noterepository.h"
#include "repositories/scorecardrepository.h"
#include "repositories/tagrepository.h"

#include <QTimeZone>

namespace shortlist::test::privacy {

// Distinctive UTF-8 strings: none occurs in the demo word lists.
inline const QString name = QStringLiteral("Þórhildur Quispelwyn-Ängström");
inline const QString email = QStringLiteral("thorhildur.quispelwyn@zyxquorv.example");
inline const QString phone = QStringLiteral("+354 4911 7734");
inline const QString noteWord = QStringLiteral("Snorvaldic");

// Everything that must be gone after anonymisation or erasure.
inline QStringList secrets()
{
    return {name,
            QStringLiteral("Þórhildur"),
            QStringLiteral("Quispelwyn"),
            QStringLiteral("Ängström"),
            QStringLiteral("thorhildur"),         // the email's local part, a search token
            email,
            QStringLiteral("zyxquorv"),
            phone,
            QStringLiteral("35449117734"),        // the phone key
            QStringLiteral("Ærøskøbing"),         // location, rejection reason, rationale
            QStringLiteral("Glimmerdata"),        // title
            QStringLiteral("Vrelkstadt"),         // company
            QStringLiteral("qpw7731"),            // link
            QStringLiteral("Zorblaxian"),         // a skill no requirement asks for
            QStringLiteral("Drabbsworth"),        // referrer
            noteWord,                             // note, evidence, amendment
            QStringLiteral("Grüßfelder"),         // note
            QStringLiteral("qpw-room"),           // video link
            QStringLiteral("Pemberlotte"),        // interview cancellation reason
            QStringLiteral("Kvarnhjul"),          // scorecard summary
            QStringLiteral("Wexmoorian")};        // attachment content
}

// The secrets as stored and as the search index and sort keys fold them.
inline QStringList secretForms()
{
    QStringList forms;
    for (const QString &s : secrets()) {
        for (const QString &form : {s, s.toLower(), foldText(s)}) {
            if (!forms.contains(form))
                forms << form;
        }
    }
    return forms;
}

struct Subject {
    qint64 candidateId = 0;
    qint64 applicationId = 0;
    qint64 interviewId = 0;            // held and scored
    qint64 cancelledInterviewId = 0;
    qint64 noteId = 0;
    qint64 attachmentId = 0;
    qint64 otherCandidateId = 0;       // shares a tag, an interview title and a room
    qint64 ines = 0;
    qint64 tomasz = 0;
};

inline QString failed(const QString &step, const Error &e)
{
    return step + QStringLiteral(": ") + e.message + QLatin1Char(' ') + e.detail;
}

// Builds the subject in `openingId`; an empty string, or what failed.
inline QString buildSubject(Database &db, qint64 openingId, Subject &s, qint64 appliedAt = 1'770'000'000)
{
    Result<Opening> opening = OpeningRepository(db).load(openingId);
    if (!opening)
        return failed(QStringLiteral("load opening"), opening.error());
    const Opening &plan = *opening;
    const Stage *interviewStage = plan.firstStage(StageCategory::Interview);
    if (!interviewStage || plan.competencies.size() < 2)
        return QStringLiteral("the opening has no interview stage or too few competencies");
    s.ines = addPerson(db, QStringLiteral("Ines Duarte"));
    s.tomasz = addPerson(db, QStringLiteral("Tomasz Nowak"));
    if (!s.ines || !s.tomasz)
        return QStringLiteral("add people");

    Candidate c;
    c.name = name;
    c.email = email;
    c.phone = phone;
    c.location = QStringLiteral("Ærøskøbing Harbour");
    c.currentTitle = QStringLiteral("Principal Glimmerdata Engineer");
    c.currentCompany = QStringLiteral("Vrelkstadt Analytics");
    c.yearsExperience = 12;
    c.skills = {QStringLiteral("Apache Spark"), QStringLiteral("Kafka"), QStringLiteral("Zorblaxian juggling")};
    c.source = QStringLiteral("Referral");
    c.referrer = QStringLiteral("Wendeline Drabbsworth");
    c.links = {QStringLiteral("https://linkedin.example/in/qpw7731")};
    c.tags = {QStringLiteral("relocation"), QStringLiteral("quispelwyn-followup")};
    c.consentOn = QDate(2026, 1, 10);
    c.consentBasis = QStringLiteral("consent");
    c.retainUntil = QDate(2026, 7, 10);
    Result<NewApplication> added = Pipeline(db).addCandidate(c, openingId, appliedAt);
    if (!added)
        return failed(QStringLiteral("add candidate"), added.error());
    s.candidateId = added->candidateId;
    s.applicationId = added->applicationId;

    Candidate other = makeCandidate(QStringLiteral("Control Person"), QStringLiteral("control@example.com"));
    other.tags = {QStringLiteral("relocation")};
    Result<NewApplication> otherAdded = Pipeline(db).addCandidate(other, openingId, appliedAt);
    if (!otherAdded)
        return failed(QStringLiteral("add other"), otherAdded.error());
    s.otherCandidateId = otherAdded->candidateId;

    if (Result<QList<qint64>> tagged = TagRepository(db).addToCandidates({s.candidateId}, QStringLiteral("þórhildur-vip")); !tagged)
        return failed(QStringLiteral("tag"), tagged.error());

    Note note;
    note.candidateId = s.candidateId;
    note.applicationId = s.applicationId;
    note.body = QStringLiteral("Met Þórhildur at the Grüßfelder meetup; she builds Snorvaldic compilers.");
    Result<Note> savedNote = NoteRepository(db).add(note);
    if (!savedNote)
        return failed(QStringLiteral("note"), savedNote.error());
    s.noteId = savedNote->id;

    SqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO attachments (candidate_id, file_name, mime_type, size_bytes, content, added_at) "
                             "VALUES (?, ?, 'text/plain', ?, ?, ?) RETURNING id"));
    const QByteArray cv = QStringLiteral("Curriculum vitae of Þórhildur Quispelwyn, Wexmoorian scholar").toUtf8();
    q.bind(s.candidateId).bind(QStringLiteral("quispelwyn-cv.txt")).bind(qint64(cv.size())).bind(cv).bind(appliedAt);
    if (!q.exec() || !q.next())
        return failed(QStringLiteral("attachment"), q.failure());
    s.attachmentId = q.int64(0);
    q.finish();

    // Interviews: a unique title and video link; a shared title and room.
    const qint64 c0 = plan.competencies.at(0).id;
    const qint64 c1 = plan.competencies.at(1).id;
    Interview held;
    held.applicationId = s.applicationId;
    held.stageId = interviewStage->id;
    held.title = QStringLiteral("Deep-dive with Þórhildur");
    held.location = QStringLiteral("https://meet.example/qpw-room");
    held.start = QDateTime(QDate(2026, 3, 2), QTime(10, 0), QTimeZone("Europe/London"));
    held.panel = {PanelMember{s.ines, {c0, c1}}, PanelMember{s.tomasz, {c0, c1}}};
    Result<qint64> heldId = InterviewRepository(db).schedule(held);
    if (!heldId)
        return failed(QStringLiteral("schedule"), heldId.error());
    s.interviewId = *heldId;

    Interview shared = held;
    shared.title = QStringLiteral("Architecture chat");
    shared.location = QStringLiteral("Boardroom Nine");
    shared.panel = {PanelMember{s.ines, {c0}}};
    Interview control = shared;
    control.applicationId = otherAdded->applicationId;
    if (Result<qint64> id = InterviewRepository(db).schedule(control); !id)
        return failed(QStringLiteral("schedule control"), id.error());
    Result<qint64> cancelled = InterviewRepository(db).schedule(shared);
    if (!cancelled)
        return failed(QStringLiteral("schedule shared"), cancelled.error());
    s.cancelledInterviewId = *cancelled;
    if (Error e = InterviewRepository(db).cancel(s.cancelledInterviewId, QStringLiteral("Þórhildur had the Pemberlotte flu")))
        return failed(QStringLiteral("cancel"), e);

    // Scorecards with evidence and summaries; one amended.
    for (qint64 person : {s.ines, s.tomasz}) {
        Result<Scorecard> card = ScorecardRepository(db).current(s.interviewId, person);
        if (!card)
            return failed(QStringLiteral("scorecard"), card.error());
        for (CompetencyRating &r : card->ratings) {
            r.rating = person == s.ines ? 4 : 3;
            r.evidence = QStringLiteral("Þórhildur explained Snorvaldic sharding");
        }
        card->overall = Recommendation::StrongYes;
        card->summary = QStringLiteral("Quispelwyn: Kvarnhjul-level depth");
        if (Result<qint64> id = ScorecardRepository(db).submit(*card); !id)
            return failed(QStringLiteral("submit"), id.error());
    }
    Result<Scorecard> amended = ScorecardRepository(db).amend(s.interviewId, s.ines, QStringLiteral("Quispelwyn sent a Snorvaldic code sample"));
    if (!amended)
        return failed(QStringLiteral("amend"), amended.error());
    amended->ratings[0].rating = 3;
    if (Result<qint64> id = ScorecardRepository(db).submit(*amended); !id)
        return failed(QStringLiteral("resubmit"), id.error());

    // A rejection against strong-yes advice: an override with a rationale.
    Result<Decision> decision = DecisionRepository(db).record(s.applicationId, DecisionKind::Reject,
                                                              QStringLiteral("Quispelwyn only wants Ærøskøbing; relocation impossible"));
    if (!decision)
        return failed(QStringLiteral("decide"), decision.error());
    if (!decision->override)
        return QStringLiteral("the decision should be an override");
    Result<Application> app = ApplicationRepository(db).load(s.applicationId);
    if (!app)
        return failed(QStringLiteral("load application"), app.error());
    if (Result<StageMove> moved = Pipeline(db).reject(s.applicationId, app->version, QStringLiteral("Quispelwyn relocating to Ærøskøbing")); !moved)
        return failed(QStringLiteral("reject"), moved.error());

    // An import that merged into the candidate kept the values it replaced.
    if (db.dialect().tableExists(db, QStringLiteral("import_batch_items"))) {
        if (!q.exec(QStringLiteral("INSERT INTO import_batches (file_name, started_at) VALUES ('people.csv', 0)")))
            return failed(QStringLiteral("import batch"), q.error());
        q.prepare(QStringLiteral("INSERT INTO import_batch_items (batch_id, candidate_id, kind, previous) "
                                 "SELECT max(id), ?, 'merged', ? FROM import_batches"));
        q.bind(s.candidateId).bind(QStringLiteral("{\"name\":\"Þórhildur Quispelwyn\",\"phone\":\"+354 4911 7734\"}"));
        if (!q.exec())
            return failed(QStringLiteral("import item"), q.error());
    }
    return {};
}

// Every (table, column) of the database's own tables with text or binary
// content, as an expression that yields the column's bytes, for searching.
inline QList<QPair<QString, QString>> contentColumns(Database &db)
{
    QList<QPair<QString, QString>> columns;
    SqlQuery q(db);
    if (db.dialect().kind() == SqlDialect::Kind::Sqlite) {
        // Every table, the FTS5 shadow tables included (their blobs hold the index).
        if (!q.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                                   "WHERE m.type = 'table' AND m.sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY m.name, p.cid")))
            return {};
        while (q.next()) {
            const QString column = QStringLiteral("\"%1\"").arg(q.value(1).toString());
            columns.append({q.value(0).toString(), QStringLiteral("CAST(%1 AS BLOB)").arg(column)});
        }
        return columns;
    }
    if (!q.exec(QStringLiteral("SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
                               "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                               "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
                               "AND c.data_type IN ('text', 'character varying', 'bytea', 'tsvector', 'json', 'jsonb') "
                               "ORDER BY c.table_name, c.ordinal_position")))
        return {};
    while (q.next()) {
        const QString column = QStringLiteral("\"%1\"").arg(q.value(1).toString());
        const QString type = q.value(2).toString();
        columns.append({q.value(0).toString(), type == QLatin1String("bytea") ? column : QStringLiteral("convert_to(%1::text, 'UTF8')").arg(column)});
    }
    return columns;
}

// "table column: form" for every stored occurrence of any secret form. One
// query per column for all the forms, then one per form where that found any.
inline QStringList occurrences(Database &db, const QStringList &forms = secretForms())
{
    QStringList found;
    const bool sqlite = db.dialect().kind() == SqlDialect::Kind::Sqlite;
    const auto test = [sqlite](const QString &expression) -> QString {
        return sqlite ? QStringLiteral("instr(%1, CAST(? AS BLOB)) > 0").arg(expression)
                      : QStringLiteral("position(convert_to(?, 'UTF8') in %1) > 0").arg(expression);
    };
    for (const auto &[table, expression] : contentColumns(db)) {
        SqlQuery q(db);
        QStringList any;
        for (qsizetype i = 0; i < forms.size(); ++i)
            any << test(expression);
        q.prepare(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE ").arg(table) + any.join(QLatin1String(" OR ")));
        for (const QString &form : forms)
            q.bind(form);
        if (!q.exec() || !q.next()) {
            found << QStringLiteral("%1 %2: query failed: %3").arg(table, expression, q.error().detail);
            continue;
        }
        if (q.int64(0) == 0)
            continue;
        q.finish();
        q.prepare(QStringLiteral("SELECT count(*) FROM \"%1\" WHERE ").arg(table) + test(expression));
        for (const QString &form : forms) {
            q.bind(form);
            if (!q.exec() || !q.next()) {
                found << QStringLiteral("%1 %2: query failed: %3").arg(table, expression, q.error().detail);
                break;
            }
            if (q.int64(0) > 0)
                found << QStringLiteral("%1 %2: %3").arg(table, expression, form);
            q.finish();
        }
    }
    return found;
}

// Candidates the full-text search finds for `text`.
inline qint64 searchHits(Database &db, const QString &text)
{
    const SqlFragment search = db.dialect().candidateSearch(text, 0, false);
    if (search.sql.isEmpty())
        return 0;
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (") + search.sql + QStringLiteral(") hits"));
    for (const QVariant &v : search.values)
        q.bind(v);
    if (!q.exec() || !q.next())
        return -1;
    return q.int64(0);
}

// The ids of the subject's records, by the table that holds them.
struct RecordIds {
    QList<qint64> candidates, applications, interviews, scorecards, notes, attachments;
};

inline QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> list;
    SqlQuery q(db);
    if (q.exec(sql)) {
        while (q.next())
            list << q.int64(0);
    }
    return list;
}

inline RecordIds recordIds(Database &db, qint64 candidateId)
{
    const QString a = QStringLiteral("(SELECT id FROM applications WHERE candidate_id = %1)").arg(candidateId);
    const QString i = QStringLiteral("(SELECT id FROM interviews WHERE application_id IN %1)").arg(a);
    RecordIds r;
    r.candidates = {candidateId};
    r.applications = ids(db, QStringLiteral("SELECT id FROM applications WHERE candidate_id = %1").arg(candidateId));
    r.interviews = ids(db, QStringLiteral("SELECT id FROM interviews WHERE application_id IN %1").arg(a));
    r.scorecards = ids(db, QStringLiteral("SELECT id FROM scorecards WHERE interview_id IN %1").arg(i));
    r.notes = ids(db, QStringLiteral("SELECT id FROM notes WHERE candidate_id = %1").arg(candidateId));
    r.attachments = ids(db, QStringLiteral("SELECT id FROM attachments WHERE candidate_id = %1").arg(candidateId));
    return r;
}

inline QString idList(const QList<qint64> &list)
{
    QStringList parts;
    for (qint64 id : list)
        parts << QString::number(id);
    return QLatin1Char('(') + (parts.isEmpty() ? QStringLiteral("NULL") : parts.join(QLatin1Char(','))) + QLatin1Char(')');
}

// "table.column = n" for every row, in any table, whose candidate_id,
// application_id, interview_id, scorecard_id, note_id or attachment_id
// column (foreign key or not) names one of the records; the search index
// rows too.
inline QStringList referencingRows(Database &db, const RecordIds &r)
{
    const QHash<QString, QList<qint64>> byColumn = {
        {QStringLiteral("candidate_id"), r.candidates},   {QStringLiteral("application_id"), r.applications},
        {QStringLiteral("interview_id"), r.interviews},   {QStringLiteral("scorecard_id"), r.scorecards},
        {QStringLiteral("note_id"), r.notes},             {QStringLiteral("attachment_id"), r.attachments},
    };
    QList<QPair<QString, QString>> columns;
    SqlQuery q(db);
    const bool sqlite = db.dialect().kind() == SqlDialect::Kind::Sqlite;
    if (sqlite ? q.exec(QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'"))
               : q.exec(QStringLiteral("SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t "
                                       "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                                       "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'"))) {
        while (q.next())
            columns.append({q.value(0).toString(), q.value(1).toString()});
    }
    // The primary keys of the records themselves.
    columns += QList<QPair<QString, QString>>{{QStringLiteral("candidates"), QStringLiteral("id")},   {QStringLiteral("applications"), QStringLiteral("id")},
                {QStringLiteral("interviews"), QStringLiteral("id")},   {QStringLiteral("scorecards"), QStringLiteral("id")},
                {QStringLiteral("notes"), QStringLiteral("id")},        {QStringLiteral("attachments"), QStringLiteral("id")}};
    const QHash<QString, QString> primary = {
        {QStringLiteral("candidates"), QStringLiteral("candidate_id")},   {QStringLiteral("applications"), QStringLiteral("application_id")},
        {QStringLiteral("interviews"), QStringLiteral("interview_id")},   {QStringLiteral("scorecards"), QStringLiteral("scorecard_id")},
        {QStringLiteral("notes"), QStringLiteral("note_id")},             {QStringLiteral("attachments"), QStringLiteral("attachment_id")},
    };
    QStringList found;
    for (const auto &[table, column] : std::as_const(columns)) {
        const QString key = column == QLatin1String("id") ? primary.value(table) : column;
        if (!byColumn.contains(key) || table == QLatin1String("audit_log"))
            continue;
        const qint64 n = scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\" WHERE \"%2\" IN %3").arg(table, column, idList(byColumn.value(key))));
        if (n != 0)
            found << QStringLiteral("%1.%2 = %3").arg(table, column).arg(n);
    }
    const qint64 searchRows = sqlite ? scalar(db, QStringLiteral("SELECT count(*) FROM candidate_search WHERE rowid = %1").arg(r.candidates.at(0)))
                                     : scalar(db, QStringLiteral("SELECT count(*) FROM candidate_search WHERE candidate_id = %1").arg(r.candidates.at(0)));
    if (searchRows != 0)
        found << QStringLiteral("candidate_search = %1").arg(searchRows);
    return found;
}

// Applications whose metric summaries differ from a recomputation from
// their stage events (0008's definitions); 0 when consistent.
inline qint64 inconsistentSummaries(Database &db)
{
    return scalar(db, QStringLiteral(
        "SELECT count(*) FROM applications a WHERE "
        "a.furthest_stage_id IS DISTINCT FROM (SELECT s.id FROM stage_events e JOIN stages s ON s.id = e.to_stage_id "
        "  WHERE e.application_id = a.id AND s.category NOT IN ('rejected', 'withdrawn') ORDER BY s.position DESC LIMIT 1) "
        "OR a.exited_from_stage_id IS DISTINCT FROM (SELECT CASE WHEN s.category IN ('rejected', 'withdrawn') THEN e.from_stage_id END "
        "  FROM stage_events e JOIN stages s ON s.id = e.to_stage_id WHERE e.application_id = a.id ORDER BY e.at DESC, e.id DESC LIMIT 1) "
        "OR a.candidate_source IS DISTINCT FROM (SELECT c.source FROM candidates c WHERE c.id = a.candidate_id) "
        "OR a.candidate_referrer IS DISTINCT FROM (SELECT c.referrer FROM candidates c WHERE c.id = a.candidate_id)"));
}

} // namespace shortlist::test::privacy
