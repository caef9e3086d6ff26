#include "openingrepository.h"

#include "auditrepository.h"
#include "matchrepository.h"
#include "sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

#include <QHash>

namespace shortlist {

using namespace sqlvalues;

Result<qint64> OpeningRepository::create(const Opening &opening)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<qint64> id = insert(opening, QDateTime::currentSecsSinceEpoch());
    if (!id)
        return id.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("create"), QStringLiteral("opening"), *id,
                                               QStringLiteral("template=%1").arg(opening.templateKey)))
        return e;
    if (!tx.commit())
        return tx.error();
    return id;
}

Result<qint64> OpeningRepository::insert(const Opening &opening, qint64 createdAt)
{
    const qint64 now = createdAt;
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO openings (title, team, location, headcount, hiring_manager_id, status, created_on, "
                             "target_on, description, template_key, version, created_at, updated_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id"));
    q.bind(opening.title).bind(opening.team).bind(opening.location).bind(opening.headcount)
        .bind(optionalId(opening.hiringManagerId)).bind(toCode(opening.status))
        .bind(date(opening.createdOn.isValid() ? opening.createdOn : QDate::currentDate()))
        .bind(date(opening.targetOn)).bind(opening.description).bind(opening.templateKey).bind(now).bind(now);
    if (!q.exec() || !q.next())
        return q.failure();
    const qint64 id = q.int64(0);
    q.finish();

    q.prepare(QStringLiteral("INSERT INTO rating_levels (opening_id, level, name) VALUES (?, ?, ?)"));
    for (int level = 1; level <= 4; ++level) {
        q.bind(id).bind(level).bind(opening.ratingLevels.at(std::size_t(level - 1)));
        if (!q.exec())
            return q.error();
    }
    q.prepare(QStringLiteral("INSERT INTO stages (opening_id, position, name, category, stall_days) VALUES (?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < opening.stages.size(); ++i) {
        const Stage &s = opening.stages.at(i);
        q.bind(id).bind(int(i)).bind(s.name).bind(toCode(s.category)).bind(s.stallDays);
        if (!q.exec())
            return q.error();
    }
    q.prepare(QStringLiteral("INSERT INTO requirements (opening_id, position, skill, detail, weight, must_have, min_years, keywords) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < opening.requirements.size(); ++i) {
        const Requirement &r = opening.requirements.at(i);
        q.bind(id).bind(int(i)).bind(r.skill).bind(r.detail).bind(r.weight).bind(r.mustHave ? 1 : 0).bind(r.minYears).bind(lines(r.keywords));
        if (!q.exec())
            return q.error();
    }
    SqlQuery levels(m_db);
    levels.prepare(QStringLiteral("INSERT INTO competency_levels (competency_id, level, description) VALUES (?, ?, ?)"));
    for (qsizetype i = 0; i < opening.competencies.size(); ++i) {
        const Competency &c = opening.competencies.at(i);
        q.prepare(QStringLiteral("INSERT INTO competencies (opening_id, position, name, description, weight) VALUES (?, ?, ?, ?, ?) RETURNING id"));
        q.bind(id).bind(int(i)).bind(c.name).bind(c.description).bind(c.weight);
        if (!q.exec() || !q.next())
            return q.failure();
        const qint64 competencyId = q.int64(0);
        q.finish();
        for (int level = 1; level <= 4; ++level) {
            levels.bind(competencyId).bind(level).bind(c.levels.at(std::size_t(level - 1)));
            if (!levels.exec())
                return levels.error();
        }
    }
    return id;
}

Result<Opening> OpeningRepository::load(qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title, team, location, headcount, hiring_manager_id, status, created_on, target_on, "
                             "description, template_key, version FROM openings WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Opening %1 does not exist; it may have been deleted.").arg(id));
    Opening o;
    o.id = id;
    o.title = q.value(0).toString();
    o.team = q.value(1).toString();
    o.location = q.value(2).toString();
    o.headcount = q.value(3).toInt();
    o.hiringManagerId = toOptionalId(q.value(4));
    o.status = openingStatusFromCode(q.value(5).toString()).value_or(OpeningStatus::Open);
    o.createdOn = toDate(q.value(6));
    o.targetOn = toDate(q.value(7));
    o.description = q.value(8).toString();
    o.templateKey = q.value(9).toString();
    o.version = q.value(10).toInt();

    q.prepare(QStringLiteral("SELECT level, name FROM rating_levels WHERE opening_id = ? ORDER BY level"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        const int level = q.value(0).toInt();
        if (level >= 1 && level <= 4)
            o.ratingLevels.at(std::size_t(level - 1)) = q.value(1).toString();
    }

    if (Error e = readStages(id, o.stages))
        return e;

    q.prepare(QStringLiteral("SELECT id, skill, detail, weight, must_have, min_years, keywords FROM requirements "
                             "WHERE opening_id = ? ORDER BY position"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        o.requirements.append(Requirement{q.int64(0), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                                          q.value(4).toInt() != 0, q.value(5).toInt(), fromLines(q.value(6))});
    }

    q.prepare(QStringLiteral("SELECT c.id, c.name, c.description, c.weight, l.level, l.description FROM competencies c "
                             "LEFT JOIN competency_levels l ON l.competency_id = c.id WHERE c.opening_id = ? ORDER BY c.position, l.level"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        if (o.competencies.isEmpty() || o.competencies.last().id != q.int64(0))
            o.competencies.append(Competency{q.int64(0), q.value(1).toString(), q.value(2).toString(), q.value(3).toDouble(), {}});
        const int level = q.value(4).toInt();
        if (level >= 1 && level <= 4)
            o.competencies.last().levels.at(std::size_t(level - 1)) = q.value(5).toString();
    }
    return o;
}

Error OpeningRepository::readStages(qint64 openingId, QList<Stage> &stages) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, position, name, category, stall_days FROM stages WHERE opening_id = ? ORDER BY position"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        stages.append(Stage{q.int64(0), q.value(1).toInt(), q.value(2).toString(),
                            stageCategoryFromCode(q.value(3).toString()).value_or(StageCategory::Applied), q.value(4).toInt()});
    }
    return {};
}

Result<Opening> OpeningRepository::loadStagePlan(qint64 id) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT title FROM openings WHERE id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, tr("Opening %1 does not exist; it may have been deleted.").arg(id));
    Opening o;
    o.id = id;
    o.title = q.value(0).toString();
    if (Error e = readStages(id, o.stages))
        return e;
    return o;
}

Result<int> OpeningRepository::updateDetails(const Opening &opening)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE openings SET title = ?, team = ?, location = ?, headcount = ?, hiring_manager_id = ?, status = ?, "
                             "created_on = ?, target_on = ?, description = ?, version = version + 1, updated_at = ? "
                             "WHERE id = ? AND version = ?"));
    q.bind(opening.title).bind(opening.team).bind(opening.location).bind(opening.headcount)
        .bind(optionalId(opening.hiringManagerId)).bind(toCode(opening.status)).bind(date(opening.createdOn))
        .bind(date(opening.targetOn)).bind(opening.description).bind(QDateTime::currentSecsSinceEpoch())
        .bind(opening.id).bind(opening.version);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Stale, tr("“%1” was changed by someone else since you opened it; your edit was not saved. "
                                              "The opening has been reloaded: check it and edit again.").arg(opening.title));
    if (Error e = AuditRepository(m_db).append(QStringLiteral("update"), QStringLiteral("opening"), opening.id))
        return e;
    if (!tx.commit())
        return tx.error();
    return opening.version + 1;
}

Error OpeningRepository::validateRequirements(const QList<Requirement> &requirements)
{
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const Requirement &r = requirements.at(i);
        if (r.skill.trimmed().isEmpty())
            return makeError(ErrorCode::Invalid, tr("Requirement %1 has no name; name the skill or remove the row.").arg(i + 1));
        if (r.weight < 1 || r.weight > 10)
            return makeError(ErrorCode::Invalid, tr("“%1” has weight %2; use a weight from 1 to 10.").arg(r.skill).arg(r.weight));
        if (r.minYears < 0 || r.minYears > 60)
            return makeError(ErrorCode::Invalid, tr("“%1” asks for %2 years; use 0 to 60.").arg(r.skill).arg(r.minYears));
    }
    return {};
}

Result<int> OpeningRepository::updateRequirements(qint64 openingId, int expectedVersion, const QList<Requirement> &requirements,
                                                  const std::function<bool(qint64, qint64)> &progress)
{
    if (Error e = validateRequirements(requirements))
        return e;
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE openings SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?"));
    q.bind(QDateTime::currentSecsSinceEpoch()).bind(openingId).bind(expectedVersion);
    if (!q.exec())
        return q.error();
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Stale, tr("The opening was changed by someone else since you opened it; the requirements were not saved. "
                                              "Reopen them and edit again."));
    // Requirements keep their ids (interview plans refer to them): removed
    // ones go, kept ones are updated in place, new ones are added. Positions
    // are parked below zero first so the new order never collides.
    QStringList kept;
    for (const Requirement &r : requirements) {
        if (r.id > 0)
            kept << QString::number(r.id);
    }
    q.prepare(QStringLiteral("DELETE FROM requirements WHERE opening_id = ?")
              + (kept.isEmpty() ? QString() : QStringLiteral(" AND id NOT IN (%1)").arg(kept.join(QLatin1Char(',')))));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    q.prepare(QStringLiteral("UPDATE requirements SET position = -position - 1 WHERE opening_id = ?"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    SqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE requirements SET position = ?, skill = ?, detail = ?, weight = ?, must_have = ?, min_years = ?, "
                                  "keywords = ? WHERE id = ? AND opening_id = ?"));
    q.prepare(QStringLiteral("INSERT INTO requirements (opening_id, position, skill, detail, weight, must_have, min_years, keywords) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (qsizetype i = 0; i < requirements.size(); ++i) {
        const Requirement &r = requirements.at(i);
        if (r.id > 0) {
            update.bind(int(i)).bind(r.skill.trimmed()).bind(r.detail).bind(r.weight).bind(r.mustHave ? 1 : 0).bind(r.minYears)
                .bind(lines(r.keywords)).bind(r.id).bind(openingId);
            if (!update.exec())
                return update.error();
            if (update.numRowsAffected() == 1)
                continue;
        }
        q.bind(openingId).bind(int(i)).bind(r.skill.trimmed()).bind(r.detail).bind(r.weight).bind(r.mustHave ? 1 : 0).bind(r.minYears)
            .bind(lines(r.keywords));
        if (!q.exec())
            return q.error();
    }
    if (Error e = AuditRepository(m_db).append(QStringLiteral("update"), QStringLiteral("requirements"), openingId,
                                               QStringLiteral("count=%1").arg(requirements.size())))
        return e;
    if (Error e = MatchRepository(m_db).updateOpening(openingId, progress))
        return e;
    if (!tx.commit())
        return tx.error();
    return expectedVersion + 1;
}

Result<QList<OpeningSummary>> OpeningRepository::summaries() const
{
    QList<OpeningSummary> result;
    QHash<qint64, qsizetype> index;
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, title, headcount, status FROM openings ORDER BY status = 'closed', title, id")))
        return q.error();
    while (q.next()) {
        OpeningSummary s;
        s.id = q.int64(0);
        s.title = q.value(1).toString();
        s.headcount = q.value(2).toInt();
        s.status = openingStatusFromCode(q.value(3).toString()).value_or(OpeningStatus::Open);
        index.insert(s.id, result.size());
        result.append(s);
    }
    // Counts come from the (opening_id, status, stage_id) index: no table scan.
    // min(): a stage has one category, and PostgreSQL wants every column grouped or aggregated.
    if (!q.exec(QStringLiteral("SELECT a.opening_id, a.status, min(s.category), count(*) FROM applications a "
                               "JOIN stages s ON s.id = a.stage_id GROUP BY a.opening_id, a.status, a.stage_id")))
        return q.error();
    while (q.next()) {
        const auto it = index.constFind(q.int64(0));
        if (it == index.constEnd())
            continue;
        OpeningSummary &s = result[*it];
        const int count = q.value(3).toInt();
        const auto status = applicationStatusFromCode(q.value(1).toString());
        const auto category = stageCategoryFromCode(q.value(2).toString());
        s.total += count;
        if (status == ApplicationStatus::Hired)
            s.hired += count;
        if (status == ApplicationStatus::Active && category && !isExit(*category))
            s.activeByCategory.at(std::size_t(*category)) += count;
    }
    return result;
}

Result<std::optional<qint64>> OpeningRepository::findByTitle(const QString &title) const
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM openings WHERE lower(title) = lower(?) ORDER BY id LIMIT 1"));
    q.bind(title);
    if (!q.exec())
        return q.error();
    return q.next() ? std::optional<qint64>(q.int64(0)) : std::nullopt;
}

Result<QList<QPair<qint64, QString>>> OpeningRepository::titles() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, title FROM openings ORDER BY id")))
        return q.error();
    QList<QPair<qint64, QString>> list;
    while (q.next())
        list << qMakePair(q.int64(0), q.value(1).toString());
    return list;
}

} // namespace shortlist
