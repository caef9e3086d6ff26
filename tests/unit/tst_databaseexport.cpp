// DatabaseExport: a demo database with every table filled (and awkward
// values: escapes, control characters, emoji, 64-bit ids, doubles, NULLs,
// binary attachments) exported as JSON and imported into a new database is
// the same database, table by table and row by row; the derived data the
// import rebuilds (metric summaries, full-text index, indexes) gives the same
// metrics and search results; exporting the import gives the same document.
// Bad input — not JSON, another format, newer versions, a cut-off file,
// unknown or missing columns, wrong types, dangling references, an existing
// target, cancel — is refused with its own message and leaves no file.
// A 20,000-candidate round trip keeps memory flat.

#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "formats/databaseexport.h"
#include "formats/metricsexport.h"
#include "storage/migrations.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <QTimeZone>

#include <malloc.h>
#include <unistd.h>

using namespace shortlist;
using namespace shortlist::test;

namespace {

const QDateTime asOf(QDate(2026, 11, 20), QTime(17, 0), QTimeZone::utc());

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(data), data.size());
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Every user table of an SQLite database (not the full-text index's, SQLite's
// own or the migration log).
QStringList userTables(Database &db)
{
    QStringList tables;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE 'candidate_search%' AND name <> 'schema_migrations' ORDER BY name")))
        return {};
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

// Every row of `table`, every column with its storage class, in the order of
// all its columns: `SELECT * ORDER BY 1, 2, ...`.
QStringList rows(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    QStringList select;
    QStringList order;
    for (int i = 0; i < record.count(); ++i) {
        select << QStringLiteral("typeof(%1), %1").arg(record.fieldName(i));
        order << QString::number(i + 1);
    }
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM (SELECT * FROM %2 ORDER BY %3)").arg(select.join(QStringLiteral(", ")), table, order.join(QStringLiteral(", ")))))
        return {q.error().detail};
    QStringList out;
    while (q.next()) {
        QString row;
        for (int i = 0; i < record.count(); ++i) {
            const QString type = q.value(2 * i).toString();
            const QVariant v = q.value(2 * i + 1);
            row += record.fieldName(i) + QLatin1Char('=') + type + QLatin1Char(':');
            if (type == QLatin1String("real"))
                row += QString::number(v.toDouble(), 'g', 17);
            else if (type == QLatin1String("blob"))
                row += QString::fromLatin1(v.toByteArray().toHex());
            else
                row += v.toString();
            row += QLatin1Char('|');
        }
        out << row;
    }
    return out;
}

// The schema objects (tables, indexes, triggers, views) with their SQL.
QStringList schema(Database &db)
{
    QStringList out;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name")))
        return {q.error().detail};
    while (q.next())
        out << QStringLiteral("%1 %2 %3 %4").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
    return out;
}

QList<qint64> search(Database &db, const QString &text, qint64 openingId = 0, bool activeOnly = false)
{
    const SqlFragment f = db.dialect().candidateSearch(text, openingId, activeOnly);
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT candidate_id FROM (%1) ORDER BY candidate_id").arg(f.sql));
    for (const QVariant &v : f.values)
        q.bind(v);
    QList<qint64> ids;
    if (!q.exec())
        return {-1};
    while (q.next())
        ids << q.int64(0);
    return ids;
}

QJsonObject metricsJson(Database &db)
{
    MetricsFilter filter;
    filter.now = asOf.toSecsSinceEpoch();
    ForecastOptions forecast;
    forecast.now = filter.now;
    forecast.draws = 300;
    Result<MetricsReport> report = MetricsExport::build(db, filter, forecast);
    if (!report)
        return QJsonObject{{QStringLiteral("error"), QString(report.error().message + report.error().detail)}};
    report->generated = asOf;
    report->database.clear();
    return MetricsExport::toJson(*report);
}

bool exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    SqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.bind(v);
    if (!q.exec()) {
        qWarning("%s", qPrintable(q.error().detail));
        return false;
    }
    return true;
}

// Resident memory of this process in bytes.
qint64 residentBytes()
{
    ::malloc_trim(0);   // what earlier steps freed does not hide what the next one needs
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * ::sysconf(_SC_PAGESIZE) : 0;
}

// The export without its time stamp (the one line that differs between two exports).
QByteArray withoutTime(QByteArray json)
{
    const qsizetype at = json.indexOf("\n\"exportedAt\": ");
    const qsizetype end = json.indexOf('\n', at + 1);
    if (at >= 0 && end > at)
        json.remove(at, end - at);
    return json;
}

// The line index of the first row of `table` in an export.
qsizetype firstRowLine(const QList<QByteArray> &lines, const QByteArray &table)
{
    const qsizetype at = lines.indexOf("\"" + table + "\": [");
    return at < 0 ? -1 : at + 1;
}

// A row line as an object (its trailing comma set aside) and back.
QJsonObject rowOf(const QByteArray &line)
{
    QByteArray text = line;
    if (text.endsWith(','))
        text.chop(1);
    return QJsonDocument::fromJson(text).object();
}

QByteArray lineOf(const QJsonObject &row, bool comma)
{
    QByteArray text = QJsonDocument(row).toJson(QJsonDocument::Compact);
    if (comma)
        text += ',';
    return text;
}

} // namespace

class TestDatabaseExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;      // demo + a row in every table the demo leaves empty
    QString m_export;      // its export
    QString m_imported;    // the export imported
    QString m_small;       // a small export for the bad-input cases
    int m_n = 0;

    QString fresh(const QString &name) { return m_dir.filePath(QStringLiteral("%1-%2").arg(++m_n).arg(name)); }

    // Imports `json` and expects `code` with `phrase` in the message, and no file left behind.
    void expectRefused(const QString &json, ErrorCode code, const QString &phrase)
    {
        const QString target = fresh(QStringLiteral("refused.shortlist"));
        const QStringList before = entries(m_dir.path());
        Result<DatabaseExportSummary> result = DatabaseExport::read(json, target);
        QVERIFY2(!result, "the import should have been refused");
        QVERIFY2(result.error().message.contains(phrase, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("“%1” not in: %2 (%3)").arg(phrase, result.error().message, result.error().detail)));
        QCOMPARE(int(result.error().code), int(code));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(entries(m_dir.path()), before);   // no temporary file either
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = m_dir.filePath(QStringLiteral("source.shortlist"));
        DemoOptions options;
        options.candidates = 1500;
        options.seed = 3;
        options.asOf = asOf;
        QVERIFY(DemoGenerator::generate(m_source, options));

        auto db = openOrFail(m_source);
        QVERIFY(db);
        const qint64 at = asOf.toSecsSinceEpoch();
        // Text that needs every JSON escape, and more.
        const QString awkward = QStringLiteral("Quote \" backslash \\ slash / tab \t newline \n return \r ctrl \x01\x1f "
                                               "é ß 王伟 Дмитрий עברית 😀 \u2028 end");
        QVERIFY(exec(*db, QStringLiteral("UPDATE candidates SET current_company = ?, years_experience = NULL, consent_on = '2026-01-02', "
                                         "consent_basis = 'consent', retain_until = '2028-01-02' WHERE id = 7"),
                     {awkward}));
        QVERIFY(exec(*db, QStringLiteral("UPDATE candidates SET name = ?, email = 'zoe@example.com' WHERE id = 8"), {QStringLiteral("Zoë Ångström-Zebracorn")}));
        // Notes (one about an application), also indexed for search.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO notes (candidate_id, application_id, author, created_at, body) VALUES "
                                         "(7, NULL, 'Ana', ?, ?), (8, (SELECT min(id) FROM applications WHERE candidate_id = 8), 'Bo', ?, 'Spoke about quokkas')"),
                     {at, awkward, at + 1}));
        // Attachments: every byte value, and an empty file.
        QByteArray bytes;
        for (int i = 0; i < 256 * 4; ++i)
            bytes += char(i % 256);
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO attachments (candidate_id, file_name, mime_type, size_bytes, content, added_at) VALUES (7, 'cv.pdf', 'application/pdf', ?, ?, ?)"),
                     {bytes.size(), bytes, at}));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO attachments (candidate_id, file_name, size_bytes, content, added_at) VALUES (8, 'empty.txt', 0, ?, ?)"),
                     {QByteArray(""), at}));
        // Tags beyond the demo's, synonyms, saved views (one for any opening).
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO tags (name) VALUES ('wombat-lover')")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) SELECT 9, id FROM tags WHERE name = 'wombat-lover'")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO skill_synonyms (alias, canonical, created_at) VALUES ('pyspark', 'spark', ?), ('k8s', 'kubernetes', ?)"), {at, at}));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO saved_views (name, opening_id, definition, created_at, updated_at) VALUES "
                                         "('Strong seniors', 1, '{\"format\":1,\"search\":\"spark\"}', ?, ?), ('Everywhere', NULL, '{}', ?, ?)"),
                     {at, at, at, at}));
        // Decisions with doubles that need all 17 digits, and one without a score.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO decisions (application_id, decided_at, actor, decision, rationale, formula_score, formula_advice, weights, override) "
                                         "VALUES (1, ?, 'Ana', 'advance', '', ?, 'yes', '{\"1\":0.1}', 0), (2, ?, 'Bo', 'reject', ?, NULL, NULL, '', 1)"),
                     {at, 1.0 / 3.0, at, awkward}));
        QVERIFY(exec(*db, QStringLiteral("UPDATE competencies SET weight = 0.1 WHERE id = 1")));
        QVERIFY(exec(*db, QStringLiteral("UPDATE competencies SET weight = 2.5e-7 WHERE id = 2")));
        // An amended scorecard: revision 2 with its ratings.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO scorecards (interview_id, person_id, revision, status, overall, summary, amend_reason, submitted_at, updated_at) "
                                         "SELECT interview_id, person_id, 2, 'submitted', 'strong_yes', 'Amended', 'Typo in rating', ?, ? FROM scorecards "
                                         "WHERE status = 'submitted' ORDER BY id LIMIT 1"),
                     {at, at}));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO scorecard_ratings (scorecard_id, competency_id, rating, not_assessed, evidence) "
                                         "SELECT (SELECT max(id) FROM scorecards), competency_id, NULL, 1, '' FROM scorecard_ratings "
                                         "WHERE scorecard_id = (SELECT min(id) FROM scorecards WHERE status = 'submitted')")));
        // An interview plan.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO plan_interviews (opening_id, stage_id, position, title, duration_minutes) "
                                         "SELECT 1, id, 1, 'Deep dive', 90 FROM stages WHERE opening_id = 1 AND category = 'interview' ORDER BY position LIMIT 1")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO plan_slots (plan_interview_id, position, role, questions) VALUES (1, 1, 'Architect', ?)"), {awkward}));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO plan_slot_competencies (slot_id, competency_id) VALUES (1, 1), (1, 2)")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO plan_slot_requirements (slot_id, requirement_id) SELECT 1, id FROM requirements WHERE opening_id = 1 LIMIT 2")));
        // An import batch (one undone) with its items, one without application.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO import_batches (opening_id, file_name, actor, started_at, rows_read, created, merged, skipped, undone_at) "
                                         "VALUES (1, 'ats.csv', 'Ana', ?, 3, 1, 1, 1, NULL), (NULL, 'old.csv', 'Bo', ?, 1, 1, 0, 0, ?)"),
                     {at, at, at + 60}));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO import_batch_items (batch_id, candidate_id, application_id, kind, previous, version_after) VALUES "
                                         "(1, 10, 10, 'created', '', 1), (1, 11, NULL, 'merged', '{\"email\":\"old@example.com\"}', 2), (2, 999999, NULL, 'created', '', 0)")));
        // Settings and an audit entry with an id beyond a double's precision.
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('retention_months', '24')")));
        QVERIFY(exec(*db, QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, 'Ana', 'edit', 'candidate', 9007199254740993, ?)"),
                     {at, awkward}));

        // Every table has rows.
        for (const QString &table : userTables(*db))
            QVERIFY2(scalar(*db, QStringLiteral("SELECT count(*) FROM ") + table) > 0, qPrintable(table + QStringLiteral(" is empty")));
        db.reset();

        m_export = m_dir.filePath(QStringLiteral("source.json"));
        {
            auto source = openOrFail(m_source);
            QVERIFY(source);
            Result<DatabaseExportSummary> written = DatabaseExport::writeFile(*source, m_export);
            QVERIFY2(written, qPrintable(written.error().message + written.error().detail));
        }
        m_imported = m_dir.filePath(QStringLiteral("imported.shortlist"));
        Result<DatabaseExportSummary> read = DatabaseExport::read(m_export, m_imported);
        QVERIFY2(read, qPrintable(read.error().message + read.error().detail));

        // A small database for the bad-input cases.
        const QString small = fresh(QStringLiteral("small.shortlist"));
        {
            auto s = createDatabase(small);
            QVERIFY(s);
            const qint64 opening = createOpening(*s);
            for (int i = 0; i < 3; ++i)
                addCandidate(*s, opening, QStringLiteral("Person %1").arg(i));
            m_small = m_dir.filePath(QStringLiteral("small.json"));
            QVERIFY(DatabaseExport::writeFile(*s, m_small));
        }
    }

    void schema_everyTableIsExportedOrDerived()
    {
        auto db = openOrFail(m_source);
        QVERIFY(db);
        QStringList exported = DatabaseExport::tables();
        exported.sort();
        QCOMPARE(userTables(*db), exported);
        QCOMPARE(DatabaseExport::derivedColumns(QStringLiteral("applications")),
                 (QStringList{QStringLiteral("furthest_stage_id"), QStringLiteral("exited_from_stage_id"), QStringLiteral("candidate_source"),
                              QStringLiteral("candidate_referrer")}));
    }

    void export_isValidJsonWithTheDocumentedHeader()
    {
        const QByteArray json = readAll(m_export);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.errorString(), QJsonParseError().errorString());
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("shortlist-database"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("schemaVersion")).toInt(), Migrations::latestVersion());
        auto db = openOrFail(m_source);
        QVERIFY(db);
        QCOMPARE(root.value(QLatin1String("databaseId")).toString(), text(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")));
        const QJsonObject tables = root.value(QLatin1String("tables")).toObject();
        QCOMPARE(tables.size(), DatabaseExport::tables().size());
        const QJsonObject counts = root.value(QLatin1String("rowCounts")).toObject();
        for (const QString &table : DatabaseExport::tables()) {
            QCOMPARE(tables.value(table).toArray().size(), scalar(*db, QStringLiteral("SELECT count(*) FROM ") + table));
            QCOMPARE(counts.value(table).toInteger(), scalar(*db, QStringLiteral("SELECT count(*) FROM ") + table));
        }
        // Derived columns are not in the file; blobs are base64; one row per line.
        const QJsonObject application = tables.value(QLatin1String("applications")).toArray().at(0).toObject();
        QVERIFY(application.contains(QLatin1String("match_score")));
        QVERIFY(!application.contains(QLatin1String("furthest_stage_id")));
        QVERIFY(!tables.value(QLatin1String("stage_events")).toArray().at(0).toObject().contains(QLatin1String("stay_hours")));
        const QJsonObject attachment = tables.value(QLatin1String("attachments")).toArray().at(0).toObject();
        QCOMPARE(QByteArray::fromBase64(attachment.value(QLatin1String("content")).toString().toLatin1()).size(), 1024);
        const qsizetype lines = json.count('\n');
        QVERIFY(lines >= root.value(QLatin1String("rowCounts")).toObject().size() + scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events")));
        // Private, like the database.
        QCOMPARE(QFileInfo(m_export).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther), QFileDevice::Permissions());
    }

    void roundTrip_everyTableEqualRowByRow()
    {
        auto a = openOrFail(m_source);
        auto b = openOrFail(m_imported);
        QVERIFY(a && b);
        const QStringList tables = userTables(*a);
        QCOMPARE(userTables(*b), tables);
        for (const QString &table : tables) {
            const QStringList left = rows(*a, table);
            const QStringList right = rows(*b, table);
            QVERIFY2(!left.isEmpty(), qPrintable(table));
            if (left != right) {
                for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
                    if (left.at(i) != right.at(i))
                        qWarning("%s row %lld:\n  %s\n  %s", qPrintable(table), qlonglong(i), qPrintable(left.at(i)), qPrintable(right.at(i)));
                }
            }
            QCOMPARE(right.size(), left.size());
            QVERIFY2(left == right, qPrintable(table));
        }
        // Same schema (every index the bulk load dropped is back), same version.
        QCOMPARE(schema(*b), schema(*a));
        QCOMPARE(b->schemaVersion(), a->schemaVersion());
        QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'search_index_suspended'")), 0);
        QCOMPARE(text(*b, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QCOMPARE(scalar(*b, QStringLiteral("SELECT entity_id FROM audit_log WHERE action = 'edit'")), Q_INT64_C(9007199254740993));
        QCOMPARE(QFileInfo(m_imported).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther), QFileDevice::Permissions());
    }

    void roundTrip_derivedDataRebuiltEqual()
    {
        auto a = openOrFail(m_source);
        auto b = openOrFail(m_imported);
        QVERIFY(a && b);
        // The metric summaries are not in the file, yet equal after the rebuild.
        for (const QString &sql : {QStringLiteral("SELECT count(*) FROM applications WHERE furthest_stage_id IS NOT NULL"),
                                   QStringLiteral("SELECT count(*) FROM stage_events WHERE stay_hours IS NOT NULL"),
                                   QStringLiteral("SELECT sum(stay_hours) FROM stage_events")})
            QCOMPARE(scalar(*b, sql), scalar(*a, sql));
        QVERIFY(scalar(*a, QStringLiteral("SELECT count(*) FROM applications WHERE furthest_stage_id IS NOT NULL")) > 1000);
        // Every pipeline metric, forecast and calibration figure.
        const QJsonObject left = metricsJson(*a);
        QVERIFY(!left.contains(QLatin1String("error")));
        QVERIFY(left.value(QLatin1String("applications")).toInteger() > 1000);
        QCOMPARE(metricsJson(*b), left);
        // The full-text index: same candidates for names, notes, tags, skills, scope.
        QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM candidate_search")), scalar(*a, QStringLiteral("SELECT count(*) FROM candidates")));
        const QStringList queries{QStringLiteral("zebracorn"), QStringLiteral("quokkas"), QStringLiteral("wombat"), QStringLiteral("spark"),
                                  QStringLiteral("relocation"), QStringLiteral("zoe angstrom"), QStringLiteral("王伟"), QStringLiteral("backslash")};
        for (const QString &query : queries) {
            const QList<qint64> found = search(*a, query);
            QVERIFY2(!found.isEmpty() && found.constFirst() > 0, qPrintable(query));
            QCOMPARE(search(*b, query), found);
        }
        QCOMPARE(search(*b, QStringLiteral("spark"), 1, true), search(*a, QStringLiteral("spark"), 1, true));
    }

    void roundTrip_exportOfTheImportIsTheSameDocument()
    {
        auto b = openOrFail(m_imported);
        QVERIFY(b);
        QBuffer again;
        QVERIFY(again.open(QIODevice::WriteOnly));
        Result<DatabaseExportSummary> written = DatabaseExport::write(*b, again);
        QVERIFY(written);
        QCOMPARE(written->bytes, again.data().size());
        const QByteArray original = withoutTime(readAll(m_export));
        QVERIFY(original.size() > 1000000);
        QVERIFY(withoutTime(again.data()) == original);
    }

    void import_opensAsANormalDatabase()
    {
        auto b = openOrFail(m_imported);
        QVERIFY(b);
        QVERIFY(b->quickCheckRan() || QFileInfo(m_imported).size() > 64 * 1024 * 1024);
        // New rows get new ids after the imported ones.
        const qint64 opening = scalar(*b, QStringLiteral("SELECT min(id) FROM openings"));
        const qint64 before = scalar(*b, QStringLiteral("SELECT max(id) FROM candidates"));
        const NewApplication added = addCandidate(*b, opening, QStringLiteral("After Import"));
        QVERIFY(added.candidateId > before);
        QCOMPARE(search(*b, QStringLiteral("After Import")), QList<qint64>{added.candidateId});
        // Nothing beside it: no temporary file, no journal.
        QVERIFY(entries(m_dir.path()).filter(QStringLiteral(".importing")).isEmpty());
    }

    void import_minimalHandWrittenFile_usesDefaults()
    {
        const QString json = fresh(QStringLiteral("minimal.json"));
        writeAll(json, QByteArrayLiteral(
            "{\"format\": \"shortlist-database\", \"version\": 1, \"schemaVersion\": 1,\n"
            " \"tables\": {\"people\": [{\"id\": 5, \"name\": \"Ana\", \"role\": \"recruiter\", \"created_at\": 0}],\n"
            "  \"candidates\": [{\"id\": 3, \"name\": \"Bo Li\", \"sort_name\": \"bo li\", \"created_at\": 1, \"updated_at\": 1}]}}"));
        const QString target = fresh(QStringLiteral("minimal.shortlist"));
        Result<DatabaseExportSummary> read = DatabaseExport::read(json, target);
        QVERIFY2(read, qPrintable(read.error().message + read.error().detail));
        QCOMPARE(read->rows, 2);
        auto db = openOrFail(target);
        QVERIFY(db);
        QCOMPARE(text(*db, QStringLiteral("SELECT email || '|' || title || '|' || role FROM people WHERE id = 5")), QStringLiteral("||recruiter"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM candidates WHERE id = 3")), 1);
        QCOMPARE(search(*db, QStringLiteral("bo")), QList<qint64>{3});
        // A database of its own, told to recompute what the file could not carry.
        QVERIFY(!text(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")).isEmpty());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('match_scores_stale', 'duplicate_keys_stale')")), 2);
    }

    void import_olderSchemaVersion_marksRecomputation()
    {
        QByteArray json = readAll(m_small);
        const QByteArray current = QByteArray("\"schemaVersion\": " + QByteArray::number(Migrations::latestVersion()));
        QVERIFY(json.contains(current));
        json.replace(current, QByteArray("\"schemaVersion\": " + QByteArray::number(Migrations::latestVersion() - 1)));
        const QString path = fresh(QStringLiteral("older.json"));
        writeAll(path, json);
        const QString target = fresh(QStringLiteral("older.shortlist"));
        QVERIFY(DatabaseExport::read(path, target));
        auto db = openOrFail(target);
        QVERIFY(db);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('match_scores_stale', 'duplicate_keys_stale')")), 2);
    }

    void import_badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("phrase");

        const QByteArray good = readAll(m_small);
        QVERIFY(good.size() > 1000);
        QList<QByteArray> lines = good.split('\n');
        const auto edited = [&lines](const QByteArray &table, const std::function<void(QJsonObject &)> &edit) {
            QList<QByteArray> copy = lines;
            const qsizetype at = firstRowLine(copy, table);
            if (at < 0)
                return QByteArray("table not found");
            QJsonObject row = rowOf(copy.at(at));
            edit(row);
            copy[at] = lineOf(row, copy.at(at).endsWith(','));
            return copy.join('\n');
        };
        const int invalid = int(ErrorCode::Invalid);

        QTest::newRow("empty file") << QByteArray() << int(ErrorCode::EmptyFile) << QStringLiteral("is empty");
        QTest::newRow("not JSON") << QByteArray("name,email\nAna,ana@example.com\n") << int(ErrorCode::NotADatabase)
                                  << QStringLiteral("not a Shortlist database export");
        QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << int(ErrorCode::NotADatabase)
                                     << QStringLiteral("not a Shortlist database export");
        QTest::newRow("a JSON array") << QByteArray("[1, 2, 3]") << int(ErrorCode::NotADatabase) << QStringLiteral("not a Shortlist database export");
        QTest::newRow("another format") << QByteArray("{\"format\": \"shortlist-metrics\", \"version\": 1, \"tables\": {}}") << int(ErrorCode::NotADatabase)
                                        << QStringLiteral("not a Shortlist database export");
        QTest::newRow("no format") << QByteArray("{\"name\": \"x\"}") << int(ErrorCode::NotADatabase) << QStringLiteral("not a Shortlist database export");
        QByteArray newer = good;
        newer.replace("\"version\": 1,", "\"version\": 2,");
        QTest::newRow("newer format version") << newer << int(ErrorCode::NewerSchema) << QStringLiteral("newer Shortlist");
        QByteArray newerSchema = good;
        newerSchema.replace(QByteArray("\"schemaVersion\": " + QByteArray::number(Migrations::latestVersion())), "\"schemaVersion\": 999");
        QTest::newRow("newer schema") << newerSchema << int(ErrorCode::NewerSchema) << QStringLiteral("version 999");
        QByteArray noVersion = good;
        noVersion.replace("\"version\": 1,", "\"versio\": 1,");
        QTest::newRow("no version") << noVersion << invalid << QStringLiteral("no valid format version");
        QTest::newRow("truncated in a row") << good.left(good.size() * 2 / 3) << int(ErrorCode::Truncated) << QStringLiteral("ends early");
        QTest::newRow("truncated after a row") << good.left(good.indexOf("\n]") ) << int(ErrorCode::Truncated) << QStringLiteral("ends early");
        QTest::newRow("truncated before the end") << good.left(good.lastIndexOf('}')) << int(ErrorCode::Truncated) << QStringLiteral("ends early");
        QTest::newRow("unknown column") << edited("candidates", [](QJsonObject &row) { row.insert(QStringLiteral("nickname"), QStringLiteral("Bo")); })
                                        << invalid << QStringLiteral("no column “nickname”");
        QTest::newRow("missing required column") << edited("candidates", [](QJsonObject &row) { row.remove(QStringLiteral("sort_name")); })
                                                 << invalid << QStringLiteral("required column “sort_name” is missing");
        QTest::newRow("missing id") << edited("stages", [](QJsonObject &row) { row.remove(QStringLiteral("id")); })
                                    << invalid << QStringLiteral("required column “id” is missing");
        QTest::newRow("text for a number") << edited("openings", [](QJsonObject &row) { row.insert(QStringLiteral("headcount"), QStringLiteral("two")); })
                                           << invalid << QStringLiteral("“headcount” must be a whole number");
        QTest::newRow("fraction for a whole number") << edited("openings", [](QJsonObject &row) { row.insert(QStringLiteral("headcount"), 1.5); })
                                                     << invalid << QStringLiteral("“headcount” must be a whole number");
        QTest::newRow("number for text") << edited("candidates", [](QJsonObject &row) { row.insert(QStringLiteral("email"), 42); })
                                         << invalid << QStringLiteral("“email” must be text");
        QTest::newRow("check constraint") << edited("openings", [](QJsonObject &row) { row.insert(QStringLiteral("status"), QStringLiteral("maybe")); })
                                          << invalid << QStringLiteral("cannot be stored");
        QTest::newRow("dangling reference") << edited("applications", [](QJsonObject &row) { row.insert(QStringLiteral("candidate_id"), 424242); })
                                            << invalid << QStringLiteral("refers to a row of “candidates”");
        QTest::newRow("duplicate id") << edited("stages", [](QJsonObject &row) { row.insert(QStringLiteral("id"), 2); })
                                      << invalid << QStringLiteral("cannot be stored");
        QByteArray unknownTable = good;
        unknownTable.replace("\"people\": [", "\"persons\": [");
        QTest::newRow("unknown table") << unknownTable << invalid << QStringLiteral("“persons” is not a Shortlist table");
        QByteArray twice = good;
        twice.replace("\"tags\": [", "\"people\": [");
        QTest::newRow("table twice") << twice << invalid << QStringLiteral("appears twice");
        QList<QByteArray> fewer = lines;
        fewer.removeAt(firstRowLine(fewer, "stage_events"));
        QTest::newRow("a row removed") << fewer.join('\n') << invalid << QStringLiteral("holds 2");
        QByteArray syntax = good;
        syntax.replace("\"tables\": {", "\"tables\": {,");
        QTest::newRow("syntax error") << syntax << invalid << QStringLiteral("not valid JSON at line");
        QByteArray badRow = good;
        badRow.replace("\"sort_name\":", "\"sort_name\" ");
        QTest::newRow("row not JSON") << badRow << invalid << QStringLiteral("is not valid JSON");
        QTest::newRow("more after the end") << good + "{}" << invalid << QStringLiteral("more after its end");
        QTest::newRow("no tables") << QByteArray("{\"format\": \"shortlist-database\", \"version\": 1, \"schemaVersion\": 1}") << invalid
                                   << QStringLiteral("no “tables”");
    }

    void import_badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        QFETCH(QString, phrase);
        const QString json = fresh(QStringLiteral("bad.json"));
        writeAll(json, content);
        expectRefused(json, ErrorCode(code), phrase);
    }

    void import_badBase64_isRefused()
    {
        QByteArray json = readAll(m_export);
        const qsizetype at = json.indexOf("\"content\":\"");
        QVERIFY(at > 0);
        json.insert(at + 11, "%%");
        const QString path = fresh(QStringLiteral("base64.json"));
        writeAll(path, json);
        expectRefused(path, ErrorCode::Invalid, QStringLiteral("“content” must be base64"));
    }

    void import_targetExists_isRefusedAndUntouched()
    {
        const QString target = fresh(QStringLiteral("existing.shortlist"));
        writeAll(target, "precious");
        Result<DatabaseExportSummary> result = DatabaseExport::read(m_small, target);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY(result.error().message.contains(QStringLiteral("already exists")));
        QCOMPARE(readAll(target), QByteArray("precious"));
        // Nor next to a stale write-ahead log of a deleted database.
        const QString walOnly = fresh(QStringLiteral("wal.shortlist"));
        writeAll(walOnly + QStringLiteral("-wal"), "old frames");
        QVERIFY(!DatabaseExport::read(m_small, walOnly));
        QVERIFY(!QFileInfo::exists(walOnly));
        // A missing file or folder.
        QCOMPARE(DatabaseExport::read(fresh(QStringLiteral("missing.json")), fresh(QStringLiteral("x.shortlist"))).error().code, ErrorCode::NotFound);
        QCOMPARE(DatabaseExport::read(m_small, m_dir.filePath(QStringLiteral("no/such/folder.shortlist"))).error().code, ErrorCode::NotFound);
    }

    void cancel_leavesNothing()
    {
        // Import: cancelled half-way through the file.
        const QString target = fresh(QStringLiteral("cancelled.shortlist"));
        const QStringList before = entries(m_dir.path());
        int calls = 0;
        Result<DatabaseExportSummary> read = DatabaseExport::read(m_export, target, [&calls](qint64 done, qint64 total) {
            ++calls;
            return done < total / 2;
        });
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Cancelled);
        QVERIFY(calls > 1);
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(entries(m_dir.path()), before);
        // Export to a file: no file.
        auto db = openOrFail(m_source);
        QVERIFY(db);
        const QString out = fresh(QStringLiteral("cancelled.json"));
        Result<DatabaseExportSummary> written = DatabaseExport::writeFile(*db, out, [](qint64 done, qint64) { return done < 10000; });
        QCOMPARE(written.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFileInfo::exists(out));
        // Never over the database itself.
        QCOMPARE(DatabaseExport::writeFile(*db, m_source).error().code, ErrorCode::Invalid);
    }

    void export_isOneSnapshotWhileAnotherConnectionWrites()
    {
        auto reader = openOrFail(m_source);
        auto writer = openOrFail(m_source);
        QVERIFY(reader && writer);
        const qint64 candidates = scalar(*reader, QStringLiteral("SELECT count(*) FROM candidates"));
        const qint64 opening = scalar(*writer, QStringLiteral("SELECT min(id) FROM openings"));
        QBuffer out;
        QVERIFY(out.open(QIODevice::WriteOnly));
        bool wrote = false;
        Result<DatabaseExportSummary> written = DatabaseExport::write(*reader, out, [&](qint64 done, qint64) {
            if (done > 0 && !wrote) {
                wrote = addCandidate(*writer, opening, QStringLiteral("Written Meanwhile")).candidateId > 0;
            }
            return true;
        });
        QVERIFY(written);
        QVERIFY(wrote);
        const QJsonObject root = QJsonDocument::fromJson(out.data()).object();
        QCOMPARE(root.value(QLatin1String("rowCounts")).toObject().value(QLatin1String("candidates")).toInteger(), candidates);
        QCOMPARE(root.value(QLatin1String("tables")).toObject().value(QLatin1String("candidates")).toArray().size(), candidates);
        QVERIFY(!out.data().contains("Written Meanwhile"));
    }

    void largeRoundTrip_keepsMemoryFlat()
    {
        // 20,000 candidates: about 200,000 rows and a JSON file many times the
        // memory the export and the import may grow by.
        const QString source = fresh(QStringLiteral("large.shortlist"));
        DemoOptions options;
        options.candidates = 20000;
        options.asOf = asOf;
        QVERIFY(DemoGenerator::generate(source, options));
        const QString json = fresh(QStringLiteral("large.json"));
        qint64 base = residentBytes();
        qint64 peak = base;
        const auto watch = [&peak](qint64, qint64) {
            peak = std::max(peak, residentBytes());
            return true;
        };
        QElapsedTimer timer;
        timer.start();
        {
            auto db = openOrFail(source);
            QVERIFY(db);
            base = residentBytes();
            peak = base;
            QVERIFY(DatabaseExport::writeFile(*db, json, watch));
        }
        const qint64 exportGrowth = peak - base;
        const qint64 exportMs = timer.restart();
        const qint64 jsonBytes = QFileInfo(json).size();

        const QString target = fresh(QStringLiteral("large-imported.shortlist"));
        base = residentBytes();
        peak = base;
        Result<DatabaseExportSummary> read = DatabaseExport::read(json, target, watch);
        QVERIFY2(read, qPrintable(read.error().message + read.error().detail));
        const qint64 importGrowth = peak - base;
        const qint64 importMs = timer.elapsed();
        qInfo("20,000 candidates, %lld rows, %.1f MB of JSON: export %lld ms (+%.1f MB), import %lld ms (+%.1f MB)", read->rows,
              double(jsonBytes) / 1e6, exportMs, double(exportGrowth) / 1e6, importMs, double(importGrowth) / 1e6);
        QVERIFY(read->rows > 150000);
        QVERIFY(jsonBytes > 40 * 1024 * 1024);
        // Streaming: the export holds a row and a 512 KB buffer; the import a
        // row, a 1 MB read buffer and SQLite's 64 MB page cache.
        QVERIFY2(exportGrowth < 16 * 1024 * 1024, qPrintable(QString::number(exportGrowth)));
        QVERIFY2(importGrowth < 96 * 1024 * 1024, qPrintable(QString::number(importGrowth)));
        QVERIFY2(importGrowth < jsonBytes, qPrintable(QString::number(importGrowth)));
        auto a = openOrFail(source);
        auto b = openOrFail(target);
        QVERIFY(a && b);
        // (The small round trip compares every row; here the counts and one table.)
        for (const QString &table : DatabaseExport::tables())
            QCOMPARE(scalar(*b, QStringLiteral("SELECT count(*) FROM ") + table), scalar(*a, QStringLiteral("SELECT count(*) FROM ") + table));
        QCOMPARE(rows(*b, QStringLiteral("applications")), rows(*a, QStringLiteral("applications")));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseExport)
#include "tst_databaseexport.moc"
