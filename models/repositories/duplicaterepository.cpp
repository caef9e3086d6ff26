#include "duplicaterepository.h"

#include "auditrepository.h"
#include "metarepository.h"
#include "candidaterepository.h"
#include "matchrepository.h"
#include "domain/textfold.h"
#include "domain/validation.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlRecord>

#include <algorithm>
#include <array>
#include <vector>

namespace shortlist {

using namespace sqlvalues;
using Reason = DuplicateMatch::Reason;

namespace {

constexpr auto staleKey = "duplicate_keys_stale";
constexpr int refreshBatch = 2000;

// keepId's profile with its empty fields filled from mergeId's, skills
// (case-insensitively) and links unioned. Consent, its basis and the retention
// date belong together: taken as a whole, only when keepId has none of them.
Candidate mergedProfile(const Candidate &keep, const Candidate &merge)
{
    Candidate c = keep;
    const auto fill = [](QString &into, const QString &from) {
        if (into.trimmed().isEmpty())
            into = from;
    };
    fill(c.email, merge.email);
    fill(c.phone, merge.phone);
    fill(c.location, merge.location);
    fill(c.currentTitle, merge.currentTitle);
    fill(c.currentCompany, merge.currentCompany);
    fill(c.referrer, merge.referrer);
    fill(c.source, merge.source);
    if (!c.yearsExperience)
        c.yearsExperience = merge.yearsExperience;
    if (!keep.consentOn.isValid() && keep.consentBasis.trimmed().isEmpty() && !keep.retainUntil.isValid()) {
        c.consentOn = merge.consentOn;
        c.consentBasis = merge.consentBasis;
        c.retainUntil = merge.retainUntil;
    }
    for (const QString &skill : merge.skills) {
        if (!c.skills.contains(skill, Qt::CaseInsensitive))
            c.skills << skill;
    }
    for (const QString &link : merge.links) {
        if (!c.links.contains(link))
            c.links << link;
    }
    return c;
}

Error notFound(qint64 id)
{
    return makeError(ErrorCode::NotFound, DuplicateRepository::tr("Candidate %1 does not exist (they may have been deleted by another user), "
                                                                  "so nothing was merged. Reload the list and try again.").arg(id));
}

Error keptChanged()
{
    return makeError(ErrorCode::Stale, DuplicateRepository::tr("The merge can no longer be undone because the kept candidate was edited or "
                                                               "deleted since. Nothing was changed; edit the candidates by hand if they "
                                                               "need separating."));
}

Error idTaken(qint64 id)
{
    return makeError(ErrorCode::Stale, DuplicateRepository::tr("The merge can no longer be undone because candidate number %1 now belongs "
                                                               "to another candidate. Nothing was changed; edit the candidates by hand if "
                                                               "they need separating.").arg(id));
}

Error movedChanged()
{
    return makeError(ErrorCode::Stale, DuplicateRepository::tr("The merge can no longer be undone because applications, notes or "
                                                               "attachments it moved were changed or deleted since. Nothing was changed; "
                                                               "edit the candidates by hand if they need separating."));
}

} // namespace

QVariant StoredRow::value(const QString &column) const
{
    const qsizetype at = columns.indexOf(column);
    return at >= 0 ? values.at(at) : QVariant();
}

QString DuplicateRepository::emailKey(const QString &email)
{
    return email.trimmed().toLower();
}

QString DuplicateRepository::phoneKey(const QString &phone)
{
    const QString key = Validation::normalizedPhone(phone);
    // A lone '+' is no number, and must not match another one.
    return key == QLatin1String("+") ? QString() : key;
}

QString DuplicateRepository::companyKey(const QString &company)
{
    // Plain ASCII folds to lower case alone: skips the Unicode decomposition
    // for almost every company name (the demo writes a million of them).
    const bool ascii = std::all_of(company.cbegin(), company.cend(), [](QChar c) { return c.unicode() < 0x80; });
    return ascii ? company.toLower().simplified() : foldText(company);
}

QString DuplicateRepository::describe(Reason reason)
{
    switch (reason) {
    case Reason::SameEmail: return tr("Same email address");
    case Reason::SamePhone: return tr("Same phone number");
    case Reason::SameNameAndCompany: return tr("Same name and current company");
    }
    return {};
}

QString DuplicateRepository::findSql(Reason reason)
{
    // The "<> ''" terms repeat the partial indexes' conditions so that the
    // planners may use them.
    const QString select = QStringLiteral("SELECT id, name, email, phone, current_title, current_company FROM candidates WHERE ");
    const QString rest = QStringLiteral(" AND id <> ? ORDER BY id LIMIT ?");
    switch (reason) {
    case Reason::SameEmail: return select + QStringLiteral("email_key = ? AND email_key <> ''") + rest;
    case Reason::SamePhone: return select + QStringLiteral("phone_key = ? AND phone_key <> ''") + rest;
    case Reason::SameNameAndCompany: return select + QStringLiteral("sort_name = ? AND company_key = ? AND company_key <> ''") + rest;
    }
    return {};
}

Result<QList<DuplicateMatch>> DuplicateRepository::find(const Candidate &candidate, int limitPerReason) const
{
    const QString company = companyKey(candidate.currentCompany);
    const std::array<std::pair<Reason, QStringList>, 3> lookups{{
        {Reason::SameEmail, {emailKey(candidate.email)}},
        {Reason::SamePhone, {phoneKey(candidate.phone)}},
        {Reason::SameNameAndCompany, {company.isEmpty() ? QString() : foldText(candidate.name), company}},
    }};
    QList<DuplicateMatch> matches;
    QSet<qint64> seen;
    SqlQuery q(m_db);
    for (const auto &[reason, keys] : lookups) {
        if (keys.contains(QString()))
            continue;
        q.prepare(findSql(reason));
        for (const QString &key : keys)
            q.bind(key);
        q.bind(candidate.id).bind(limitPerReason);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            const qint64 id = q.int64(0);
            if (seen.contains(id))
                continue;  // already listed with a stronger reason
            seen.insert(id);
            matches.append(DuplicateMatch{id, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                          q.value(4).toString(), q.value(5).toString(), reason});
        }
        q.finish();
    }
    return matches;
}

Result<MergeRecord> DuplicateRepository::merge(qint64 keepId, qint64 mergeId)
{
    if (keepId == mergeId)
        return makeError(ErrorCode::Invalid, tr("A candidate cannot be merged into themselves; choose two different candidates."));
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    CandidateRepository candidates(m_db);
    Result<Candidate> keep = candidates.load(keepId);
    if (!keep)
        return keep.error().code == ErrorCode::NotFound ? notFound(keepId) : keep.error();
    Result<Candidate> merged = candidates.load(mergeId);
    if (!merged)
        return merged.error().code == ErrorCode::NotFound ? notFound(mergeId) : merged.error();

    MergeRecord record;
    record.keepId = keepId;
    record.mergeId = mergeId;
    Result<StoredRow> row = readRow(QStringLiteral("candidates"), mergeId);
    if (!row)
        return row.error();
    record.merged = std::move(row).value();
    row = readRow(QStringLiteral("candidates"), keepId);
    if (!row)
        return row.error();
    record.keptBefore = std::move(row).value();

    // Applications to openings keepId has not applied to move as they are.
    Result<QList<qint64>> found = ids(QStringLiteral("SELECT id FROM applications WHERE candidate_id = ? AND opening_id NOT IN "
                                                     "(SELECT opening_id FROM applications WHERE candidate_id = ?) ORDER BY id"),
                                      {mergeId, keepId});
    if (!found)
        return found.error();
    record.movedApplicationIds = *found;
    if (Result<int> n = reparent(QStringLiteral("applications"), QStringLiteral("candidate_id"), record.movedApplicationIds, mergeId, keepId); !n)
        return n.error();

    // Both applied to the same opening (one application per candidate and
    // opening): the history moves to keepId's application, the row goes.
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT m.id, k.id FROM applications m JOIN applications k ON k.opening_id = m.opening_id AND k.candidate_id = ? "
                             "WHERE m.candidate_id = ? ORDER BY m.id"));
    q.bind(keepId).bind(mergeId);
    if (!q.exec())
        return q.error();
    QList<std::pair<qint64, qint64>> pairs;
    while (q.next())
        pairs.append({q.int64(0), q.int64(1)});
    q.finish();
    for (const auto &[from, into] : std::as_const(pairs)) {
        FoldedApplication folded;
        folded.intoApplicationId = into;
        row = readRow(QStringLiteral("applications"), from);
        if (!row)
            return row.error();
        folded.row = std::move(row).value();
        const std::array<std::pair<QString, QList<qint64> *>, 3> children{{
            {QStringLiteral("stage_events"), &folded.stageEventIds},
            {QStringLiteral("interviews"), &folded.interviewIds},
            {QStringLiteral("notes"), &folded.noteIds},
        }};
        for (const auto &[table, list] : children) {
            found = ids(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE application_id = ? ORDER BY id"), {from});
            if (!found)
                return found.error();
            *list = *found;
            Result<int> n = reparent(table, QStringLiteral("application_id"), *list, from, into);
            if (!n)
                return n.error();
        }
        q.prepare(QStringLiteral("DELETE FROM applications WHERE id = ?"));
        q.bind(from);
        if (!q.exec())
            return q.error();
        record.foldedApplications.append(folded);
    }

    const std::array<std::pair<QString, QList<qint64> *>, 2> owned{{
        {QStringLiteral("notes"), &record.movedNoteIds},
        {QStringLiteral("attachments"), &record.movedAttachmentIds},
    }};
    for (const auto &[table, list] : owned) {
        found = ids(QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE candidate_id = ? ORDER BY id"), {mergeId});
        if (!found)
            return found.error();
        *list = *found;
        Result<int> n = reparent(table, QStringLiteral("candidate_id"), *list, mergeId, keepId);
        if (!n)
            return n.error();
    }

    found = ids(QStringLiteral("SELECT tag_id FROM candidate_tags WHERE candidate_id = ? ORDER BY tag_id"), {mergeId});
    if (!found)
        return found.error();
    record.mergedTagIds = *found;
    found = ids(QStringLiteral("SELECT tag_id FROM candidate_tags WHERE candidate_id = ? AND tag_id NOT IN "
                               "(SELECT tag_id FROM candidate_tags WHERE candidate_id = ?) ORDER BY tag_id"),
                {mergeId, keepId});
    if (!found)
        return found.error();
    record.addedTagIds = *found;
    q.prepare(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"));
    for (qint64 tagId : std::as_const(record.addedTagIds)) {
        q.bind(keepId).bind(tagId);
        if (!q.exec())
            return q.error();
    }

    const Candidate c = mergedProfile(*keep, *merged);
    q.prepare(QStringLiteral("UPDATE candidates SET email = ?, phone = ?, location = ?, current_title = ?, current_company = ?, "
                             "years_experience = ?, skills = ?, source = ?, referrer = ?, links = ?, consent_on = ?, consent_basis = ?, "
                             "retain_until = ?, email_key = ?, phone_key = ?, company_key = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    q.bind(c.email).bind(c.phone).bind(c.location).bind(c.currentTitle).bind(c.currentCompany).bind(optionalInt(c.yearsExperience))
        .bind(lines(c.skills)).bind(c.source).bind(c.referrer).bind(lines(c.links)).bind(date(c.consentOn)).bind(c.consentBasis)
        .bind(date(c.retainUntil)).bind(emailKey(c.email)).bind(phoneKey(c.phone)).bind(companyKey(c.currentCompany))
        .bind(QDateTime::currentSecsSinceEpoch()).bind(keepId).bind(keep->version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return notFound(keepId);
    record.keptVersionAfter = keep->version + 1;

    // Everything of mergeId has moved; its tag links go with the row.
    q.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ?"));
    q.bind(mergeId);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return notFound(mergeId);

    if (Error e = MatchRepository(m_db).updateCandidate(keepId))
        return e;
    if (Error e = AuditRepository(m_db).append(QStringLiteral("merge"), QStringLiteral("candidate"), keepId,
                                               QStringLiteral("merged candidate %1 into %2").arg(mergeId).arg(keepId)))
        return e;
    if (!tx.commit())
        return tx.error();
    return record;
}

Error DuplicateRepository::unmerge(const MergeRecord &record)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const qint64 keepId = record.keepId;
    const qint64 mergeId = record.mergeId;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT version FROM candidates WHERE id = ?"));
    q.bind(keepId);
    if (!q.exec())
        return q.error();
    if (!q.next() || q.value(0).toInt() != record.keptVersionAfter)
        return keptChanged();
    q.finish();
    q.prepare(QStringLiteral("SELECT count(*) FROM candidates WHERE id = ?"));
    q.bind(mergeId);
    if (!q.exec() || !q.next())
        return q.failure();
    if (q.int64(0) != 0)
        return idTaken(mergeId);
    q.finish();

    if (Error e = insertRow(QStringLiteral("candidates"), record.merged))
        return e;
    if (Error e = restoreRow(QStringLiteral("candidates"), keepId, record.keptBefore))
        return e;

    q.prepare(QStringLiteral("DELETE FROM candidate_tags WHERE candidate_id = ? AND tag_id = ?"));
    for (qint64 tagId : record.addedTagIds) {
        q.bind(keepId).bind(tagId);
        if (!q.exec())
            return q.error();
    }
    // A tag deleted since stays deleted.
    q.prepare(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) SELECT ?, id FROM tags WHERE id = ?"));
    for (qint64 tagId : record.mergedTagIds) {
        q.bind(mergeId).bind(tagId);
        if (!q.exec())
            return q.error();
    }

    // Each move back must find every row where the merge left it.
    const auto moveBack = [this](const QString &table, const QString &column, const QList<qint64> &list, qint64 from, qint64 to) -> Error {
        Result<int> n = reparent(table, column, list, from, to);
        if (!n)
            return n.error();
        if (*n != list.size())
            return movedChanged();
        return {};
    };
    for (const FoldedApplication &folded : record.foldedApplications) {
        if (Error e = insertRow(QStringLiteral("applications"), folded.row))
            return e;
        const qint64 id = folded.row.value(QStringLiteral("id")).toLongLong();
        if (Error e = moveBack(QStringLiteral("stage_events"), QStringLiteral("application_id"), folded.stageEventIds, folded.intoApplicationId, id))
            return e;
        if (Error e = moveBack(QStringLiteral("interviews"), QStringLiteral("application_id"), folded.interviewIds, folded.intoApplicationId, id))
            return e;
        if (Error e = moveBack(QStringLiteral("notes"), QStringLiteral("application_id"), folded.noteIds, folded.intoApplicationId, id))
            return e;
    }
    if (Error e = moveBack(QStringLiteral("applications"), QStringLiteral("candidate_id"), record.movedApplicationIds, keepId, mergeId))
        return e;
    if (Error e = moveBack(QStringLiteral("notes"), QStringLiteral("candidate_id"), record.movedNoteIds, keepId, mergeId))
        return e;
    if (Error e = moveBack(QStringLiteral("attachments"), QStringLiteral("candidate_id"), record.movedAttachmentIds, keepId, mergeId))
        return e;

    MatchRepository match(m_db);
    if (Error e = match.updateCandidate(keepId))
        return e;
    if (Error e = match.updateCandidate(mergeId))
        return e;
    if (Error e = AuditRepository(m_db).append(QStringLiteral("unmerge"), QStringLiteral("candidate"), keepId,
                                               QStringLiteral("separated candidate %1 from %2").arg(mergeId).arg(keepId)))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

Error DuplicateRepository::refreshKeysIfStale(const Progress &progress)
{
    Result<bool> stale = MetaRepository(m_db).has(QString::fromLatin1(staleKey));
    if (!stale)
        return stale.error();
    if (!*stale)
        return {};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM candidates")) || !q.next())
        return q.failure();
    const qint64 total = q.int64(0);
    q.finish();

    struct Keys {
        qint64 id;
        QString email, phone, company;
    };
    std::vector<Keys> batch;
    batch.reserve(refreshBatch);
    SqlQuery write(m_db);
    write.prepare(QStringLiteral("UPDATE candidates SET email_key = ?, phone_key = ?, company_key = ? WHERE id = ?"));
    qint64 after = 0;
    qint64 done = 0;
    // In batches by id, so that no read is open on the table being written.
    for (;;) {
        q.prepare(QStringLiteral("SELECT id, email, phone, current_company, email_key, phone_key, company_key FROM candidates "
                                 "WHERE id > ? ORDER BY id LIMIT ?"));
        q.bind(after).bind(refreshBatch);
        if (!q.exec())
            return q.error();
        batch.clear();
        int read = 0;
        while (q.next()) {
            Keys k{q.int64(0), emailKey(q.value(1).toString()), phoneKey(q.value(2).toString()), companyKey(q.value(3).toString())};
            if (k.email != q.value(4).toString() || k.phone != q.value(5).toString() || k.company != q.value(6).toString())
                batch.push_back(std::move(k));
            after = q.int64(0);
            ++read;
        }
        q.finish();
        for (const Keys &k : batch) {
            write.bind(k.email).bind(k.phone).bind(k.company).bind(k.id);
            if (!write.exec())
                return write.error();
        }
        done += read;
        if (progress && !progress(std::min(done, total), total))
            return makeError(ErrorCode::Cancelled, tr("Preparing the duplicate check was cancelled, so nothing was changed; "
                                                      "it starts again the next time this database is opened."));
        if (read < refreshBatch)
            break;
    }
    if (Error e = markKeysCurrent())
        return e;
    return tx.commit() ? Error{} : tx.error();
}

Error DuplicateRepository::markKeysCurrent()
{
    return MetaRepository(m_db).remove(QString::fromLatin1(staleKey));
}

Result<StoredRow> DuplicateRepository::readRow(const QString &table, qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.bind(id);
    if (!q.exec() || !q.next())
        return q.failure();
    StoredRow row;
    const QSqlRecord record = q.raw().record();
    for (int i = 0; i < record.count(); ++i) {
        row.columns << record.fieldName(i);
        row.values << q.value(i);
    }
    return row;
}

Error DuplicateRepository::insertRow(const QString &table, const StoredRow &row)
{
    const QSqlDriver *driver = m_db.connection().driver();
    QStringList names;
    for (const QString &column : row.columns)
        names << driver->escapeIdentifier(column, QSqlDriver::FieldName);
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (") + names.join(QStringLiteral(", ")) + QStringLiteral(") VALUES (")
              + QStringList(row.values.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + QLatin1Char(')'));
    for (const QVariant &value : row.values)
        q.bind(value);
    return q.exec() ? Error{} : q.error();
}

Error DuplicateRepository::restoreRow(const QString &table, qint64 id, const StoredRow &row)
{
    const QSqlDriver *driver = m_db.connection().driver();
    QStringList assignments;
    QVariantList values;
    for (qsizetype i = 0; i < row.columns.size(); ++i) {
        if (row.columns.at(i) == QLatin1String("id"))
            continue;
        assignments << driver->escapeIdentifier(row.columns.at(i), QSqlDriver::FieldName) + QStringLiteral(" = ?");
        values << row.values.at(i);
    }
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + assignments.join(QStringLiteral(", ")) + QStringLiteral(" WHERE id = ?"));
    for (const QVariant &value : std::as_const(values))
        q.bind(value);
    q.bind(id);
    if (!q.exec())
        return q.error();
    return q.numRowsAffected() == 1 ? Error{} : keptChanged();
}

Result<QList<qint64>> DuplicateRepository::ids(const QString &sql, const QVariantList &keys) const
{
    SqlQuery q(m_db);
    q.prepare(sql);
    for (const QVariant &key : keys)
        q.bind(key);
    if (!q.exec())
        return q.error();
    QList<qint64> list;
    while (q.next())
        list << q.int64(0);
    return list;
}

Result<int> DuplicateRepository::reparent(const QString &table, const QString &column, const QList<qint64> &list, qint64 from, qint64 to)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ") + column + QStringLiteral(" = ? WHERE id = ? AND ") + column
              + QStringLiteral(" = ?"));
    int changed = 0;
    for (qint64 id : list) {
        q.bind(to).bind(id).bind(from);
        if (!q.exec())
            return q.error();
        changed += q.numRowsAffected();
    }
    return changed;
}

} // namespace shortlist
