// Checks of what bulk writers (the CSV import) leave behind, on either backend:
// the derived data the per-row triggers keep up elsewhere — the search index
// (0005) and the metric summaries (0008) — recomputed independently here and
// compared with what is stored.
#pragma once

#include "import/candidateimport.h"
#include "pipeline/pipeline.h"
#include "repositories/candidaterepository.h"
#include "storage/database.h"
#include "storage/sqldialect.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QSqlRecord>
#include <QStringList>

#include <optional>

namespace shortlist::test::importchecks {

// Every row of `sql` as "v1|v2|…" (NULL as "∅"), in the query's order.
inline QStringList dump(Database &db, const QString &sql)
{
    QStringList rows;
    SqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error: ") + q.error().message + QLatin1Char(' ') + q.error().detail};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.raw().record().count(); ++i)
            values << (q.isNull(i) ? QStringLiteral("∅") : q.value(i).toString());
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

// Candidates whose search entry differs from what candidate_search_source
// says it must hold (or that have none, or an entry without a candidate).
inline QStringList searchMismatches(Database &db)
{
    const bool sqlite = db.dialect().kind() == SqlDialect::Kind::Sqlite;
    const QStringList stored = sqlite ? dump(db, QStringLiteral("SELECT rowid, name, email, work, skills, tags, notes, scope FROM candidate_search ORDER BY rowid"))
                                      : dump(db, QStringLiteral("SELECT candidate_id, document::text FROM candidate_search ORDER BY candidate_id"));
    const QStringList expected = sqlite ? dump(db, QStringLiteral("SELECT * FROM candidate_search_source ORDER BY candidate_id"))
                                        : dump(db, QStringLiteral("SELECT candidate_id, document::text FROM candidate_search_source ORDER BY candidate_id"));
    QStringList mismatches;
    for (qsizetype i = 0; i < std::max(stored.size(), expected.size()); ++i) {
        const QString s = stored.value(i), e = expected.value(i);
        if (s != e)
            mismatches << QStringLiteral("stored %1, expected %2").arg(s, e);
    }
    return mismatches;
}

// Applications and stage events whose metric summaries (furthest stage,
// stage exited from, candidate source and referrer; when each stay ended and
// how many hours it lasted) differ from a recomputation from the events.
inline QStringList summaryMismatches(Database &db)
{
    struct StageInfo {
        int position = 0;
        bool exit = false;
    };
    QHash<qint64, StageInfo> stages;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, position, category FROM stages")))
        return {q.error().message};
    while (q.next()) {
        const QString category = q.value(2).toString();
        stages.insert(q.int64(0), {q.value(1).toInt(), category == QLatin1String("rejected") || category == QLatin1String("withdrawn")});
    }
    struct Event {
        qint64 id = 0, at = 0;
        std::optional<qint64> from;
        qint64 to = 0;
        std::optional<qint64> leftAt, stay;
    };
    QHash<qint64, QList<Event>> events;
    const auto optional = [&q](int column) { return q.isNull(column) ? std::optional<qint64>() : std::optional<qint64>(q.int64(column)); };
    if (!q.exec(QStringLiteral("SELECT application_id, id, at, from_stage_id, to_stage_id, left_at, stay_hours FROM stage_events "
                               "ORDER BY application_id, at, id")))
        return {q.error().message};
    while (q.next())
        events[q.int64(0)].append(Event{q.int64(1), q.int64(2), optional(3), q.int64(4), optional(5), optional(6)});
    QStringList mismatches;
    const auto text = [](const std::optional<qint64> &v) { return v ? QString::number(*v) : QStringLiteral("∅"); };
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        const QList<Event> &list = *it;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const std::optional<qint64> leftAt = i + 1 < list.size() ? std::optional<qint64>(list.at(i + 1).at) : std::nullopt;
            const std::optional<qint64> stay = leftAt ? std::optional<qint64>((*leftAt - list.at(i).at) / 3600) : std::nullopt;
            if (list.at(i).leftAt != leftAt || list.at(i).stay != stay)
                mismatches << QStringLiteral("event %1: left %2 after %3 h, expected %4 after %5 h")
                                  .arg(list.at(i).id)
                                  .arg(text(list.at(i).leftAt), text(list.at(i).stay), text(leftAt), text(stay));
        }
    }
    if (!q.exec(QStringLiteral("SELECT a.id, a.furthest_stage_id, a.exited_from_stage_id, a.candidate_source, a.candidate_referrer, "
                               "c.source, c.referrer FROM applications a JOIN candidates c ON c.id = a.candidate_id ORDER BY a.id")))
        return {q.error().message};
    while (q.next()) {
        const qint64 id = q.int64(0);
        const QList<Event> list = events.value(id);
        std::optional<qint64> furthest, exitedFrom;
        for (const Event &e : list) {
            if (!stages.value(e.to).exit && (!furthest || stages.value(e.to).position > stages.value(*furthest).position))
                furthest = e.to;
        }
        if (!list.isEmpty() && stages.value(list.constLast().to).exit)
            exitedFrom = list.constLast().from;
        if (optional(1) != furthest || optional(2) != exitedFrom)
            mismatches << QStringLiteral("application %1: furthest %2, exited from %3; expected %4, %5")
                              .arg(id)
                              .arg(text(optional(1)), text(optional(2)), text(furthest), text(exitedFrom));
        if (q.value(3).toString() != q.value(5).toString() || q.value(4).toString() != q.value(6).toString() || q.isNull(3))
            mismatches << QStringLiteral("application %1: source “%2”/“%3”, the candidate's “%4”/“%5”")
                              .arg(id)
                              .arg(q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toString());
    }
    return mismatches;
}

// The import every backend and write mode is checked with: new candidates in
// active, exit and hired stages with tags (new, existing, repeated) and notes;
// rows merged into database candidates (one gains an application and a
// source, one already applied) and into an earlier row of the file.
namespace scenario {

inline const qint64 now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();

inline QByteArray csv()
{
    return "Name,Email,Phone,Skills,Years,Source,Stage,Applied Date,Tags,Notes\n"
           "Ada Active,ada@example.com,+44 20 7000 0001,\"Spark, Scala\",9,LinkedIn,Recruiter screen,2026-03-04,\"relocation, new-tag, new-tag\","
           "Strong on streaming\n"
           "Rex Rejected,rex@example.com,,Hadoop,4,Agency,Rejected,2026-02-01,,\n"
           "Wendy Withdrawn,wendy@example.com,,Kafka,7,,Withdrawn,2026-01-15,,Moved abroad\n"
           "Harry Hired,harry@example.com,,\"Spark, Kafka, AWS\",12,Referral,Hired,2025-12-01,new-tag,\n"
           "Existing Person,exists@example.com,,Spark,,Referral,Applied,2026-04-01,,\n"
           "Already Applied,already@example.com,,,,,Technical deep-dive,2026-04-02,,\n"
           "Ada Again,ADA@example.com,,Python,,,Applied,2026-05-05,,Second application form\n"
           "Nell Newcomer,nell@example.com,,,,,,,,\n";
}

// The database the scenario starts from: the opening (returned), another
// opening "Existing Person" applied to, and "Already Applied" in this one.
inline qint64 prepare(Database &db, qint64 openingId, qint64 otherOpeningId)
{
    Candidate existing;
    existing.name = QStringLiteral("Existing Person");
    existing.email = QStringLiteral("exists@example.com");
    existing.skills = {QStringLiteral("Kafka")};
    existing.tags = {QStringLiteral("relocation")};
    Result<NewApplication> added = Pipeline(db).addCandidate(existing, otherOpeningId, now - 86400 * 30);
    if (!added)
        return 0;
    Candidate already;
    already.name = QStringLiteral("Already Applied");
    already.email = QStringLiteral("already@example.com");
    Result<NewApplication> applied = Pipeline(db).addCandidate(already, openingId, now - 86400 * 10);
    return applied ? added->candidateId : 0;
}

// Options for importing `file` (CSV text) at the scenario's time, the columns
// mapped as suggested from its header.
inline ImportOptions optionsFor(qint64 openingId, const QByteArray &file, DuplicatePolicy onDuplicate = DuplicatePolicy::Merge,
                                std::optional<bool> rebuildIndexes = std::nullopt)
{
    ImportOptions o;
    o.openingId = openingId;
    o.now = now;
    o.onDuplicate = onDuplicate;
    o.rebuildIndexes = rebuildIndexes;
    o.mapping = ImportSuggestions::suggest(QString::fromUtf8(file.left(file.indexOf('\n'))).split(QLatin1Char(',')));
    return o;
}

inline ImportOptions options(qint64 openingId, bool rebuildIndexes)
{
    return optionsFor(openingId, csv(), DuplicatePolicy::Merge, rebuildIndexes);
}

} // namespace scenario

} // namespace shortlist::test::importchecks
