#include "candidaterepository.h"

#include "auditrepository.h"
#include "duplicaterepository.h"
#include "matchrepository.h"
#include "domain/textfold.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <algorithm>

namespace shortlist {

using namespace sqlvalues;

namespace {

void bindFields(SqlQuery &q, const Candidate &c)
{
    q.bind(c.name.trimmed()).bind(foldText(c.name)).bind(c.email.trimmed()).bind(c.phone.trimmed()).bind(c.location)
        .bind(c.currentTitle).bind(c.currentCompany).bind(optionalInt(c.yearsExperience)).bind(lines(c.skills))
        .bind(c.source).bind(c.referrer).bind(lines(c.links)).bind(date(c.consentOn)).bind(c.consentBasis).bind(date(c.retainUntil))
        .bind(DuplicateRepository::emailKey(c.email)).bind(DuplicateRepository::phoneKey(c.phone))
        .bind(DuplicateRepository::companyKey(c.currentCompany));
}

} // namespace

Result<qint64> CandidateRepository::add(const Candidate &candidate)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    SqlQuery q(m_db);
    const bool keepId = candidate.id > 0;
    q.prepare(QStringLiteral("INSERT INTO candidates (name, sort_name, email, phone, location, current_title, current_company, "
                             "years_experience, skills, source, referrer, links, consent_on, consent_basis, retain_until, "
                             "email_key, phone_key, company_key, version, created_at, updated_at%1) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?%2) RETURNING id")
                  .arg(keepId ? QStringLiteral(", id") : QString(), keepId ? QStringLiteral(", ?") : QString()));
    bindFields(q, candidate);
    q.bind(now).bind(now);
    if (keepId)
        q.bind(candidate.id);
    if (!q.exec() || !q.next())
        return q.failure();
    const qint64 id = q.int64(0);
    q.finish();
    if (Error e = writeTags(id, candidate.tags))
        return e;
    if (Error e = AuditRepository(m_db).append(QStringLiteral("create"), QStringLiteral("candidate"), id))
        return e;
    if (!tx.commit())
        return tx.error();
    return id;
}

Result<Candidate> CandidateRepository::load(qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, email, phone, location, current_title, current_company, years_experience, skills, "
                             "source, referrer, links, consent_on, consent_basis, retain_until, version FROM candidates WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Candidate %1 does not exist; they may have been deleted by another user.").arg(id));
    Candidate c;
    c.id = id;
    c.name = q.value(0).toString();
    c.email = q.value(1).toString();
    c.phone = q.value(2).toString();
    c.location = q.value(3).toString();
    c.currentTitle = q.value(4).toString();
    c.currentCompany = q.value(5).toString();
    c.yearsExperience = toOptionalInt(q.value(6));
    c.skills = fromLines(q.value(7));
    c.source = q.value(8).toString();
    c.referrer = q.value(9).toString();
    c.links = fromLines(q.value(10));
    c.consentOn = toDate(q.value(11));
    c.consentBasis = q.value(12).toString();
    c.retainUntil = toDate(q.value(13));
    c.version = q.value(14).toInt();

    q.prepare(QStringLiteral("SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = ? ORDER BY t.name"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    while (q.next())
        c.tags << q.value(0).toString();
    return c;
}

Result<int> CandidateRepository::update(const Candidate &candidate)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    // What is stored now decides what else must follow: tags rewritten only
    // when they changed, scores only when skills or years did.
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT skills, years_experience FROM candidates WHERE id = ?"));
    q.bind(candidate.id);
    if (!q.exec())
        return q.error();
    const bool found = q.next();
    const bool scoreInputsChanged = !found || q.value(0).toString() != lines(candidate.skills)
                                    || toOptionalInt(q.value(1)) != candidate.yearsExperience;
    q.finish();
    q.prepare(QStringLiteral("SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.candidate_id = ?"));
    q.bind(candidate.id);
    if (!q.exec())
        return q.error();
    QStringList storedTags;
    while (q.next())
        storedTags << q.value(0).toString();
    q.finish();
    QStringList wantedTags;
    for (const QString &tag : candidate.tags) {
        if (!tag.trimmed().isEmpty() && !wantedTags.contains(tag.trimmed()))
            wantedTags << tag.trimmed();
    }
    std::sort(storedTags.begin(), storedTags.end());
    std::sort(wantedTags.begin(), wantedTags.end());

    q.prepare(QStringLiteral("UPDATE candidates SET name = ?, sort_name = ?, email = ?, phone = ?, location = ?, current_title = ?, "
                             "current_company = ?, years_experience = ?, skills = ?, source = ?, referrer = ?, links = ?, "
                             "consent_on = ?, consent_basis = ?, retain_until = ?, email_key = ?, phone_key = ?, company_key = ?, "
                             "version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    bindFields(q, candidate);
    q.bind(QDateTime::currentSecsSinceEpoch()).bind(candidate.id).bind(candidate.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Stale, tr("%1’s profile was changed by someone else after you opened it, so your edit was not saved. "
                                              "The profile has been reloaded: check it and make your change again.").arg(candidate.name));
    if (storedTags != wantedTags) {
        q.prepare(QStringLiteral("DELETE FROM candidate_tags WHERE candidate_id = ?"));
        q.bind(candidate.id);
        if (!q.exec())
            return q.error();
        if (Error e = writeTags(candidate.id, candidate.tags))
            return e;
    }
    if (Error e = AuditRepository(m_db).append(QStringLiteral("update"), QStringLiteral("candidate"), candidate.id))
        return e;
    if (scoreInputsChanged) {
        if (Error e = MatchRepository(m_db).updateCandidate(candidate.id))
            return e;
    }
    if (!tx.commit())
        return tx.error();
    return candidate.version + 1;
}

Error CandidateRepository::remove(qint64 id, int expectedVersion)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM candidates WHERE id = ? AND version = ?"));
    q.bind(id).bind(expectedVersion);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Stale, tr("The candidate was changed or deleted by someone else, so they were not removed."));
    if (Error e = AuditRepository(m_db).append(QStringLiteral("delete"), QStringLiteral("candidate"), id))
        return e;
    if (!tx.commit())
        return tx.error();
    return {};
}

Result<qint64> CandidateRepository::count() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM candidates")) || !q.next())
        return q.failure();
    return q.int64(0);
}

Error CandidateRepository::writeTags(qint64 candidateId, const QStringList &tags)
{
    SqlQuery insertTag(m_db);
    insertTag.prepare(QStringLiteral("INSERT INTO tags (name) SELECT ? WHERE NOT EXISTS (SELECT 1 FROM tags WHERE name = ?)"));
    SqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) SELECT ?, id FROM tags WHERE name = ? "
                                "AND NOT EXISTS (SELECT 1 FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                                "WHERE ct.candidate_id = ? AND t.name = ?)"));
    for (const QString &raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty())
            continue;
        insertTag.bind(tag).bind(tag);
        if (!insertTag.exec())
            return insertTag.error();
        link.bind(candidateId).bind(tag).bind(candidateId).bind(tag);
        if (!link.exec())
            return link.error();
    }
    return {};
}

Result<QList<QPair<qint64, QString>>> CandidateRepository::findByIdOrEmail(const QString &idOrEmail) const
{
    const QString text = idOrEmail.trimmed();
    bool isNumber = false;
    const qint64 id = text.toLongLong(&isNumber);
    SqlQuery q(m_db);
    if (isNumber) {
        q.prepare(QStringLiteral("SELECT id, name FROM candidates WHERE id = ?"));
        q.bind(id);
    } else {
        q.prepare(QStringLiteral("SELECT id, name FROM candidates WHERE email_key = ? AND email_key <> '' ORDER BY id"));
        q.bind(DuplicateRepository::emailKey(text));
    }
    if (!q.exec())
        return q.failure();
    QList<QPair<qint64, QString>> found;
    while (q.next())
        found.append({q.int64(0), q.value(1).toString()});
    return found;
}

Result<std::optional<qint64>> CandidateRepository::findByKeys(const QString &emailKey, const QString &phoneKey) const
{
    for (const auto &[column, key] : {std::pair{QStringLiteral("email_key"), emailKey}, std::pair{QStringLiteral("phone_key"), phoneKey}}) {
        if (key.isEmpty())
            continue;
        SqlQuery q(m_db);
        // The "<> ''" lets SQLite use the partial index (0004); without it the lookup scans.
        q.prepare(QStringLiteral("SELECT id FROM candidates WHERE %1 = ? AND %1 <> '' ORDER BY id LIMIT 1").arg(column));
        q.bind(key);
        if (!q.exec())
            return q.failure();
        if (q.next())
            return std::optional<qint64>(q.int64(0));
    }
    return std::optional<qint64>();
}

Error CandidateRepository::readKeys(const std::function<void(const QString &, const QString &)> &visit) const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT email_key, phone_key FROM candidates WHERE email_key <> '' OR phone_key <> ''")))
        return q.error();
    while (q.next())
        visit(q.value(0).toString(), q.value(1).toString());
    return {};
}

} // namespace shortlist
