#include "matchrepository.h"

#include "auditrepository.h"
#include "metarepository.h"
#include "openingrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlitenative.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlError>
#include <QSet>

#include <memory>

#include <sqlite3.h>

namespace shortlist {

using namespace sqlvalues;

namespace {

MatchInput inputFrom(const QVariant &years, const QVariant &skills)
{
    MatchInput input;
    input.yearsExperience = toOptionalInt(years);
    input.skills = skills.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return input;
}

} // namespace

Result<SkillNormalizer> MatchRepository::normalizer() const
{
    SkillNormalizer normalizer = SkillNormalizer::builtin();
    Result<QList<SkillSynonym>> user = userSynonyms();
    if (!user)
        return user.error();
    for (const SkillSynonym &s : std::as_const(*user))
        normalizer.addSynonym(s.alias, s.canonical);
    return normalizer;
}

Result<RequirementMatcher> MatchRepository::matcherFor(qint64 openingId) const
{
    Result<SkillNormalizer> n = normalizer();
    if (!n)
        return n.error();
    Result<Opening> opening = OpeningRepository(m_db).load(openingId);
    if (!opening)
        return opening.error();
    return RequirementMatcher(opening->requirements, *n);
}

Error MatchRepository::updateWhere(const QString &condition, qint64 key, const RequirementMatcher *only, const Progress &progress)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<SkillNormalizer> n = normalizer();
    if (!n)
        return n.error();
    SqlQuery q(m_db);
    qint64 total = 0;
    if (progress) {
        q.prepare(QStringLiteral("SELECT count(*) FROM applications a WHERE ") + condition);
        q.bind(key);
        if (!q.exec() || !q.next())
            return q.failure();
        total = q.int64(0);
        if (!progress(0, total * 2))
            return makeError(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score was changed."));
    }
    q.prepare(QStringLiteral("SELECT a.id, a.opening_id, c.years_experience, c.skills, a.match_score, a.missing_must_haves "
                             "FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE ")
              + condition + QStringLiteral(" ORDER BY a.opening_id"));
    q.bind(key);
    if (!q.exec())
        return q.error();
    struct Change {
        qint64 id;
        std::optional<int> score;
        int missing;
    };
    std::vector<Change> changes;
    std::optional<RequirementMatcher> matcher;
    qint64 matcherOpening = 0;
    qint64 done = 0;
    while (q.next()) {
        const qint64 openingId = q.int64(1);
        if (only) {
            matcherOpening = openingId;
        } else if (!matcher || matcherOpening != openingId) {
            Result<Opening> opening = OpeningRepository(m_db).load(openingId);
            if (!opening)
                return opening.error();
            matcher.emplace(opening->requirements, *n);
            matcherOpening = openingId;
        }
        const RequirementMatcher &m = only ? *only : *matcher;
        std::optional<int> score;
        int missing = 0;
        if (!m.isEmpty()) {
            const MatchScore s = m.score(inputFrom(q.value(2), q.value(3)));
            score = s.score;
            missing = s.missingMustHaves;
        }
        if (score != toOptionalInt(q.value(4)) || missing != q.value(5).toInt())
            changes.push_back(Change{q.int64(0), score, missing});
        if (progress && ++done % 4096 == 0 && !progress(done, total * 2))
            return makeError(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score was changed."));
    }
    q.finish();
    // Rewriting many scores one index entry at a time is the slow part: past
    // a threshold the score indexes are dropped and rebuilt in one pass (inside
    // this transaction, so a failure restores them), with a larger page cache.
    QStringList rebuild;
    if (qint64(changes.size()) >= bulkRescoreThreshold) {
        const QStringList indexes = m_db.dialect().secondaryIndexDefinitions(m_db);
        for (const QString &definition : indexes) {
            const QString name = SqlDialect::indexName(definition);
            if (name.isEmpty() || !definition.contains(QLatin1String("match_score")))
                continue;
            if (!q.exec(QStringLiteral("DROP INDEX ") + name))
                return q.error();
            rebuild << definition;
        }
        for (const QString &statement : m_db.dialect().largeWriteSetup()) {
            if (!q.exec(statement))
                return q.error();
        }
    }
    const QString updateSql = QStringLiteral("UPDATE applications SET match_score = ?, missing_must_haves = ? WHERE id = ?");
    const auto cancelledAt = [&](qint64 written) {
        return progress && written % 4096 == 0 && !progress(total + written * total / qint64(changes.size()), total * 2);
    };
    qint64 written = 0;
    if (sqlite3 *handle = sqliteHandle(m_db)) {
        // SQLite: the C API, a few times faster per row than QtSql.
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = updateSql.toUtf8();
        if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &stmt, nullptr) != SQLITE_OK)
            return makeError(ErrorCode::Sql, tr("Cannot save the scores."), QString::fromUtf8(sqlite3_errmsg(handle)));
        const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> guard(stmt, sqlite3_finalize);
        for (const Change &c : changes) {
            if (c.score)
                sqlite3_bind_int(stmt, 1, *c.score);
            else
                sqlite3_bind_null(stmt, 1);
            sqlite3_bind_int(stmt, 2, c.missing);
            sqlite3_bind_int64(stmt, 3, c.id);
            const int rc = sqlite3_step(stmt);
            sqlite3_reset(stmt);
            if (rc != SQLITE_DONE)
                return m_db.dialect().translate(QSqlError(QString::fromUtf8(sqlite3_errmsg(handle)), {}, QSqlError::StatementError,
                                                          QString::number(sqlite3_extended_errcode(handle))),
                                                updateSql);
            if (cancelledAt(++written))
                return makeError(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score was changed."));
        }
    } else {
        SqlQuery update(m_db);
        update.prepare(updateSql);
        for (const Change &c : changes) {
            update.bind(optionalInt(c.score)).bind(c.missing).bind(c.id);
            if (!update.exec())
                return update.error();
            if (cancelledAt(++written))
                return makeError(ErrorCode::Cancelled, tr("Rescoring was cancelled; no score was changed."));
        }
    }
    for (const QString &definition : std::as_const(rebuild)) {
        if (!q.exec(definition))
            return q.error();
    }
    const bool committed = tx.commit();
    if (!rebuild.isEmpty()) {
        for (const QString &statement : m_db.dialect().largeWriteTeardown())
            q.exec(statement);
    }
    if (!committed)
        return tx.error();
    if (progress)
        progress(total * 2, total * 2);
    return {};
}

Error MatchRepository::updateApplication(qint64 applicationId)
{
    return updateWhere(QStringLiteral("a.id = ?"), applicationId, nullptr, {});
}

Error MatchRepository::updateCandidate(qint64 candidateId)
{
    return updateWhere(QStringLiteral("a.candidate_id = ?"), candidateId, nullptr, {});
}

Error MatchRepository::updateOpening(qint64 openingId, const Progress &progress)
{
    Result<RequirementMatcher> matcher = matcherFor(openingId);
    if (!matcher)
        return matcher.error();
    return updateWhere(QStringLiteral("a.opening_id = ?"), openingId, &*matcher, progress);
}

Error MatchRepository::updateAll(const Progress &progress)
{
    return updateWhere(QStringLiteral("a.id > ?"), 0, nullptr, progress);
}

namespace {
constexpr auto staleKey = "match_scores_stale";
}

Error MatchRepository::refreshIfStale(const Progress &progress)
{
    Result<bool> stale = MetaRepository(m_db).has(QString::fromLatin1(staleKey));
    if (!stale)
        return stale.error();
    if (!*stale)
        return {};
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    if (Error e = updateAll(progress))
        return e;
    if (Error e = markCurrent())
        return e;
    return tx.commit() ? Error{} : tx.error();
}

Error MatchRepository::markCurrent()
{
    return MetaRepository(m_db).remove(QString::fromLatin1(staleKey));
}

Result<MatchResult> MatchRepository::explain(qint64 applicationId) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT a.opening_id, c.years_experience, c.skills FROM applications a "
                             "JOIN candidates c ON c.id = a.candidate_id WHERE a.id = ?"));
    q.bind(applicationId);
    if (!q.exec() || !q.next())
        return q.failure();
    Result<RequirementMatcher> matcher = matcherFor(q.int64(0));
    if (!matcher)
        return matcher.error();
    return matcher->explain(inputFrom(q.value(1), q.value(2)));
}

Result<QList<SkillSynonym>> MatchRepository::userSynonyms() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT alias, canonical FROM skill_synonyms ORDER BY alias")))
        return q.error();
    QList<SkillSynonym> list;
    while (q.next())
        list << SkillSynonym{q.value(0).toString(), q.value(1).toString()};
    return list;
}

Error MatchRepository::setSynonym(const QString &alias, const QString &canonical, const Progress &progress)
{
    const QString a = SkillNormalizer::normalize(alias);
    const QString c = SkillNormalizer::normalize(canonical);
    if (a.isEmpty() || c.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A synonym needs both a spelling and the skill it stands for, with at least one letter or digit each."));
    if (a == c)
        return makeError(ErrorCode::Invalid, tr("“%1” and “%2” are already the same skill once case and punctuation are ignored.").arg(alias, canonical));
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM skill_synonyms WHERE alias = ?"));
    q.bind(a);
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral("INSERT INTO skill_synonyms (alias, canonical, created_at) VALUES (?, ?, ?)"));
    q.bind(a).bind(c).bind(QDateTime::currentSecsSinceEpoch());
    if (!q.exec())
        return q.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("update"), QStringLiteral("skill_synonym"), std::nullopt, a + QStringLiteral(" = ") + c))
        return e;
    if (Error e = updateAll(progress))
        return e;
    if (!tx.commit())
        return tx.error();
    return {};
}

Error MatchRepository::removeSynonym(const QString &alias, const Progress &progress)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM skill_synonyms WHERE alias = ?"));
    q.bind(SkillNormalizer::normalize(alias));
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, tr("“%1” is not one of your synonyms.").arg(alias));
    if (Error e = AuditRepository(m_db).append(QStringLiteral("delete"), QStringLiteral("skill_synonym"), std::nullopt, alias))
        return e;
    if (Error e = updateAll(progress))
        return e;
    if (!tx.commit())
        return tx.error();
    return {};
}

Error MatchRepository::replaceSynonyms(const QList<SkillSynonym> &synonyms, const Progress &progress)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM skill_synonyms")))
        return q.error();
    q.prepare(QStringLiteral("INSERT INTO skill_synonyms (alias, canonical, created_at) VALUES (?, ?, ?)"));
    QSet<QString> seen;
    for (const SkillSynonym &s : synonyms) {
        const QString a = SkillNormalizer::normalize(s.alias);
        const QString c = SkillNormalizer::normalize(s.canonical);
        if (a.isEmpty() || c.isEmpty() || a == c)
            return makeError(ErrorCode::Invalid, tr("“%1” = “%2” is not a usable synonym: both need a letter or digit, and they must differ.")
                                                     .arg(s.alias, s.canonical));
        if (seen.contains(a))
            return makeError(ErrorCode::Invalid, tr("“%1” is listed twice; keep one meaning.").arg(s.alias));
        seen.insert(a);
        q.bind(a).bind(c).bind(QDateTime::currentSecsSinceEpoch());
        if (!q.exec())
            return q.error();
    }
    if (Error e = AuditRepository(m_db).append(QStringLiteral("update"), QStringLiteral("skill_synonyms"), std::nullopt,
                                               QStringLiteral("count=%1").arg(synonyms.size())))
        return e;
    if (Error e = updateAll(progress))
        return e;
    return tx.commit() ? Error{} : tx.error();
}

} // namespace shortlist
