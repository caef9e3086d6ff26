#include "importwriter.h"

#include "duplicaterepository.h"
#include "matchrepository.h"
#include "noterepository.h"
#include "sqlvalues.h"

#include "domain/textfold.h"
#include "storage/bulkstatement.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDate>
#include <QHash>
#include <QSet>

namespace shortlist {

using namespace sqlvalues;

namespace {

BulkValue text(const QString &s) { return s; }
BulkValue integer(qint64 n) { return n; }
BulkValue optionalInteger(const std::optional<qint64> &n) { return n ? BulkValue(*n) : BulkValue(); }
BulkValue isoDate(const QDate &d) { return d.isValid() ? BulkValue(d.toString(Qt::ISODate)) : BulkValue(); }

// The tables an import writes, whose indexes a large import rebuilds.
const QStringList writtenTables{QStringLiteral("candidates"), QStringLiteral("candidate_tags"), QStringLiteral("applications"),
                                QStringLiteral("stage_events"), QStringLiteral("notes")};

} // namespace

struct ImportWriter::Impl {
    Impl(Database &database, const Opening &o, qint64 time) : db(database), opening(o), now(time) {}

    Database &db;
    const Opening &opening;
    qint64 now = 0;
    QString actor;
    QString exitReason, rejectionReason;
    std::optional<RequirementMatcher> matcher;
    qint64 lastCandidateBefore = 0;
    QStringList droppedIndexes;
    QHash<QString, qint64> tagIds;
    QSet<qint64> touched, touchedNew;
    bool active = false;

    std::unique_ptr<BulkStatement> insertCandidate, selectTag, insertTag, linkTag, insertApplication, insertEvent, insertNote, applicationOf;

    Result<qint64> tagId(const QString &name)
    {
        const auto it = tagIds.constFind(name);
        if (it != tagIds.cend())
            return *it;
        // A tag a merged row added through the repositories meanwhile is not
        // in the cache yet.
        Result<std::optional<qint64>> id = selectTag->run({text(name)});
        if (id && !*id)
            id = insertTag->run({text(name)});
        if (!id)
            return id.error();
        tagIds.insert(name, **id);
        return **id;
    }

    Result<qint64> writeApplication(qint64 candidateId, const QString &source, const QString &referrer, const std::optional<int> &years,
                                    const QStringList &skills, const ImportedApplication &a);
    // The note (trimmed), if not empty: its id.
    Result<std::optional<qint64>> writeNote(qint64 candidateId, qint64 applicationId, const QString &body);
};

ImportWriter::ImportWriter(Database &db, const Opening &opening, qint64 now)
    : d(std::make_unique<Impl>(db, opening, now))
{
}

ImportWriter::~ImportWriter() = default;

Error ImportWriter::begin(bool rebuildIndexes, const QString &exitReason, const QString &rejectionReason)
{
    Database &db = d->db;
    if (d->opening.stages.isEmpty())
        return makeError(ErrorCode::Invalid, tr("%1 has no stages.").arg(d->opening.title));
    d->actor = db.actor();
    d->exitReason = exitReason;
    d->rejectionReason = rejectionReason;
    Result<RequirementMatcher> matcher = MatchRepository(db).matcherFor(d->opening.id);
    if (!matcher)
        return matcher.error();
    d->matcher = std::move(*matcher);

    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM candidates")) || !q.next())
        return q.failure();
    d->lastCandidateBefore = q.int64(0);
    if (!q.exec(QStringLiteral("SELECT id, name FROM tags")))
        return q.error();
    while (q.next())
        d->tagIds.insert(q.value(1).toString(), q.int64(0));
    // Pause the per-row search-index and metric triggers (0005, 0008); the key
    // never outlives this transaction.
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, '1')"));
    q.bind(QString::fromLatin1(SqlDialect::searchSuspendedKey));
    if (!q.exec())
        return q.error();
    if (rebuildIndexes) {
        const QStringList indexes = db.dialect().secondaryIndexDefinitions(db);
        for (const QString &definition : indexes) {
            const QString name = SqlDialect::indexName(definition);
            if (name.isEmpty() || !writtenTables.contains(SqlDialect::indexTable(definition)))
                continue;
            if (!q.exec(QStringLiteral("DROP INDEX ") + name))
                return q.error();
            d->droppedIndexes << definition;
        }
    }

    d->insertCandidate = std::make_unique<BulkStatement>(
        db, QStringLiteral("INSERT INTO candidates (name, sort_name, email, phone, location, current_title, current_company, "
                           "years_experience, skills, source, referrer, links, consent_on, consent_basis, retain_until, "
                           "email_key, phone_key, company_key, version, created_at, updated_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    d->selectTag = std::make_unique<BulkStatement>(db, QStringLiteral("SELECT id FROM tags WHERE name = ?"));
    d->insertTag = std::make_unique<BulkStatement>(db, QStringLiteral("INSERT INTO tags (name) VALUES (?) RETURNING id"));
    d->linkTag = std::make_unique<BulkStatement>(db, QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"));
    d->insertApplication = std::make_unique<BulkStatement>(
        db, QStringLiteral("INSERT INTO applications (candidate_id, opening_id, stage_id, status, rejection_reason, applied_at, "
                           "stage_entered_at, version, updated_at, match_score, missing_must_haves, furthest_stage_id, "
                           "exited_from_stage_id, candidate_source, candidate_referrer) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    d->insertEvent = std::make_unique<BulkStatement>(
        db, QStringLiteral("INSERT INTO stage_events (application_id, at, from_stage_id, to_stage_id, actor, reason, left_at, stay_hours) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    d->insertNote = std::make_unique<BulkStatement>(
        db, QStringLiteral("INSERT INTO notes (candidate_id, application_id, author, created_at, body) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    d->applicationOf = std::make_unique<BulkStatement>(
        db, QStringLiteral("SELECT id FROM applications WHERE candidate_id = ? AND opening_id = ?"));
    d->active = true;
    return {};
}

Result<qint64> ImportWriter::Impl::writeApplication(qint64 candidateId, const QString &source, const QString &referrer,
                                                    const std::optional<int> &years, const QStringList &skills, const ImportedApplication &a)
{
    const Stage &first = opening.stages.constFirst();
    const Stage *target = opening.stage(a.stageId);
    if (!target)
        return makeError(ErrorCode::Invalid, ImportWriter::tr("That stage does not belong to the opening; choose one of the opening's stages."));
    // A row in an exit stage (or hired) enters at the first stage and is moved
    // there at the import, as a person would have moved it.
    const bool moved = isExit(a.category) || a.category == StageCategory::Hired;
    const qint64 movedAt = std::max(now, a.appliedAt);
    ApplicationStatus status = ApplicationStatus::Active;
    if (moved) {
        status = a.category == StageCategory::Hired ? ApplicationStatus::Hired
                 : a.category == StageCategory::Withdrawn ? ApplicationStatus::Withdrawn
                                                          : ApplicationStatus::Rejected;
    }
    // The metric summaries the paused triggers would have written (0008).
    qint64 furthest = target->id;
    if (isExit(a.category) || (moved && target->position <= first.position))
        furthest = first.id;
    const std::optional<qint64> exitedFrom = moved && isExit(a.category) ? std::optional<qint64>(first.id) : std::nullopt;
    BulkValue score, missing = integer(0);
    if (!matcher->isEmpty()) {
        MatchInput input;
        input.yearsExperience = years;
        for (const QString &skill : skills) {
            if (!skill.isEmpty())
                input.skills << skill;
        }
        const MatchScore s = matcher->score(input);
        score = integer(s.score);
        missing = integer(s.missingMustHaves);
    }
    Result<std::optional<qint64>> application = insertApplication->run(
        {integer(candidateId), integer(opening.id), integer(moved ? target->id : a.stageId), text(toCode(status)),
         text(status == ApplicationStatus::Rejected ? rejectionReason : QString()), integer(a.appliedAt), integer(moved ? movedAt : a.appliedAt),
         integer(moved ? 2 : 1), integer(now), score, missing, integer(furthest), optionalInteger(exitedFrom), text(source), text(referrer)});
    if (!application) {
        Error e = application.error();
        if (e.code == ErrorCode::Invalid)
            e.message = ImportWriter::tr("This candidate has already applied to this opening.");
        return e;
    }
    const qint64 applicationId = **application;
    const qint64 firstStage = moved ? first.id : a.stageId;
    Result<std::optional<qint64>> entered =
        insertEvent->run({integer(applicationId), integer(a.appliedAt), BulkValue(), integer(firstStage), text(actor), text(QString()),
                          moved ? integer(movedAt) : BulkValue(), moved ? integer((movedAt - a.appliedAt) / 3600) : BulkValue()});
    if (!entered)
        return entered.error();
    if (moved) {
        Result<std::optional<qint64>> left = insertEvent->run({integer(applicationId), integer(movedAt), integer(first.id), integer(target->id),
                                                               text(actor), text(exitReason), BulkValue(), BulkValue()});
        if (!left)
            return left.error();
    }
    if (Result<std::optional<qint64>> note = writeNote(candidateId, applicationId, a.note); !note)
        return note.error();
    return applicationId;
}

Result<std::optional<qint64>> ImportWriter::Impl::writeNote(qint64 candidateId, qint64 applicationId, const QString &body)
{
    const QString note = body.trimmed();
    if (note.isEmpty())
        return std::optional<qint64>();
    if (note.size() > NoteRepository::maxLength)
        return makeError(ErrorCode::Invalid, ImportWriter::tr("The note is %1 characters long; keep it under %2.")
                                                 .arg(note.size())
                                                 .arg(NoteRepository::maxLength));
    return insertNote->run({integer(candidateId), integer(applicationId), text(actor), integer(now), text(note)});
}

Result<std::pair<qint64, qint64>> ImportWriter::addCandidate(const Candidate &c, const ImportedApplication &application)
{
    if (!d->active)
        return makeError(ErrorCode::Sql, tr("The import writer was not started."));
    Result<std::optional<qint64>> inserted = d->insertCandidate->run(
        {text(c.name.trimmed()), text(foldText(c.name)), text(c.email.trimmed()), text(c.phone.trimmed()), text(c.location),
         text(c.currentTitle), text(c.currentCompany), c.yearsExperience ? integer(*c.yearsExperience) : BulkValue(), text(lines(c.skills)),
         text(c.source), text(c.referrer), text(lines(c.links)), isoDate(c.consentOn), text(c.consentBasis), isoDate(c.retainUntil),
         text(DuplicateRepository::emailKey(c.email)), text(DuplicateRepository::phoneKey(c.phone)),
         text(DuplicateRepository::companyKey(c.currentCompany)), integer(d->now), integer(d->now)});
    if (!inserted)
        return inserted.error();
    const qint64 candidateId = **inserted;
    QSet<qint64> linked;
    for (const QString &raw : c.tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        Result<qint64> tagId = d->tagId(tag);
        if (!tagId)
            return tagId.error();
        if (linked.contains(*tagId))
            continue;
        linked.insert(*tagId);
        if (Result<std::optional<qint64>> link = d->linkTag->run({integer(candidateId), integer(*tagId)}); !link)
            return link.error();
    }
    Result<qint64> applicationId = d->writeApplication(candidateId, c.source, c.referrer, c.yearsExperience, c.skills, application);
    if (!applicationId)
        return applicationId.error();
    return std::pair{candidateId, *applicationId};
}

Result<ImportWriter::Merged> ImportWriter::addApplication(qint64 candidateId, const ImportedApplication &application)
{
    if (!d->active)
        return makeError(ErrorCode::Sql, tr("The import writer was not started."));
    Result<std::optional<qint64>> existing = d->applicationOf->run({integer(candidateId), integer(d->opening.id)});
    if (!existing)
        return existing.error();
    if (*existing) {
        Merged merged{**existing, false, 0};
        Result<std::optional<qint64>> note = d->writeNote(candidateId, **existing, application.note);
        if (!note)
            return note.error();
        merged.noteId = note->value_or(0);
        if (merged.noteId)
            touched(candidateId);
        return merged;
    }
    SqlQuery q(d->db);
    q.prepare(QStringLiteral("SELECT source, referrer, years_experience, skills FROM candidates WHERE id = ?"));
    q.bind(candidateId);
    if (!q.exec() || !q.next())
        return q.failure();
    const QString source = q.value(0).toString(), referrer = q.value(1).toString();
    const std::optional<int> years = toOptionalInt(q.value(2));
    const QStringList skills = q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    q.finish();
    Result<qint64> applicationId = d->writeApplication(candidateId, source, referrer, years, skills, application);
    if (!applicationId)
        return applicationId.error();
    touched(candidateId);
    return Merged{*applicationId, true, 0};
}

void ImportWriter::touched(qint64 candidateId)
{
    // New candidates are indexed at the end anyway; their source may still
    // have changed (a later row merged into one).
    (candidateId <= d->lastCandidateBefore ? d->touched : d->touchedNew).insert(candidateId);
}

Error ImportWriter::finish()
{
    if (!d->active)
        return makeError(ErrorCode::Sql, tr("The import writer was not started."));
    d->active = false;
    for (auto *statement : {&d->insertCandidate, &d->selectTag, &d->insertTag, &d->linkTag, &d->insertApplication, &d->insertEvent, &d->insertNote,
                            &d->applicationOf})
        statement->reset();
    Database &db = d->db;
    SqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    q.bind(QString::fromLatin1(SqlDialect::searchSuspendedKey));
    if (!q.exec())
        return q.error();
    // The indexes first: the search entries below read notes and tags through them.
    for (const QString &definition : std::as_const(d->droppedIndexes)) {
        if (!q.exec(definition))
            return q.error();
    }
    const QStringList indexNew = db.dialect().indexCandidatesAfter();
    for (const QString &statement : indexNew) {
        q.prepare(statement);
        q.bind(d->lastCandidateBefore);
        if (!q.exec())
            return q.error();
    }
    // Candidates merged into: their search entry and the source the metrics
    // keep on their applications (the triggers were paused for them too).
    std::vector<std::unique_ptr<BulkStatement>> indexOne;
    for (const QString &statement : db.dialect().indexCandidate())
        indexOne.push_back(std::make_unique<BulkStatement>(db, statement));
    BulkStatement source(db, QStringLiteral("UPDATE applications SET candidate_source = (SELECT source FROM candidates WHERE id = ?), "
                                            "candidate_referrer = (SELECT referrer FROM candidates WHERE id = ?) WHERE candidate_id = ?"));
    QList<qint64> touched = d->touched.values();
    std::sort(touched.begin(), touched.end());
    for (const qint64 id : std::as_const(touched)) {
        for (const auto &statement : indexOne) {
            if (Result<std::optional<qint64>> done = statement->run({integer(id)}); !done)
                return done.error();
        }
    }
    for (const QSet<qint64> *set : {&d->touched, &d->touchedNew}) {
        for (const qint64 id : *set) {
            if (Result<std::optional<qint64>> done = source.run({integer(id), integer(id), integer(id)}); !done)
                return done.error();
        }
    }
    // Fresh planner statistics after rebuilding the indexes over many new rows.
    if (!d->droppedIndexes.isEmpty() && !q.exec(QStringLiteral("ANALYZE")))
        return q.error();
    return {};
}

} // namespace shortlist
