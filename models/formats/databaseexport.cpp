#include "databaseexport.h"

#include "repositories/bulkloader.h"
#include "storage/database.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

#include <cmath>
#include <map>
#include <memory>
#include <vector>

namespace shortlist {

namespace {

// The tables in file order: every table is after the tables it refers to.
// `orderBy` gives each table's rows a stable order (its key).
struct TableSpec {
    const char *name;
    const char *orderBy;
};

constexpr TableSpec tableSpecs[] = {
    {"meta", "key"},
    {"people", "id"},
    {"openings", "id"},
    {"rating_levels", "opening_id, level"},
    {"stages", "id"},
    {"requirements", "id"},
    {"competencies", "id"},
    {"competency_levels", "competency_id, level"},
    {"plan_interviews", "id"},
    {"plan_slots", "id"},
    {"plan_slot_competencies", "slot_id, competency_id"},
    {"plan_slot_requirements", "slot_id, requirement_id"},
    {"candidates", "id"},
    {"tags", "id"},
    {"candidate_tags", "candidate_id, tag_id"},
    {"applications", "id"},
    {"stage_events", "id"},
    {"notes", "id"},
    {"attachments", "id"},
    {"interviews", "id"},
    {"interview_panel", "interview_id, person_id"},
    {"panel_focus", "interview_id, person_id, competency_id"},
    {"scorecards", "id"},
    {"scorecard_ratings", "scorecard_id, competency_id"},
    {"decisions", "id"},
    {"saved_views", "id"},
    {"skill_synonyms", "alias"},
    {"import_batches", "id"},
    {"import_batch_items", "batch_id, candidate_id, kind, application_id"},
    {"audit_log", "id"},
};

// Columns the import rebuilds (0008's metric summaries, filled by
// BulkLoader::finish from the stage events and candidates).
QStringList derivedColumnsOf(const QString &table)
{
    if (table == QLatin1String("applications"))
        return {QStringLiteral("furthest_stage_id"), QStringLiteral("exited_from_stage_id"), QStringLiteral("candidate_source"),
                QStringLiteral("candidate_referrer")};
    if (table == QLatin1String("stage_events"))
        return {QStringLiteral("left_at"), QStringLiteral("stay_hours")};
    return {};
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

void removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// ------------------------------------------------------------------ writing

void appendJsonString(QByteArray &out, const QByteArray &utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    const char *p = utf8.constData();
    const char *const end = p + utf8.size();
    const char *run = p;
    for (; p < end; ++p) {
        const auto c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(run, p - run);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
            break;
        }
        run = p + 1;
    }
    out.append(run, end - run);
    out += '"';
}

void appendValue(QByteArray &out, const QVariant &v, bool blob)
{
    if (v.isNull()) {
        out += "null";
        return;
    }
    if (blob) {
        out += '"';
        out += v.toByteArray().toBase64();
        out += '"';
        return;
    }
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::Short:
        out += QByteArray::number(v.toLongLong());
        return;
    case QMetaType::ULongLong:
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::UShort:
        out += QByteArray::number(v.toULongLong());
        return;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            out += "null";   // JSON has no infinity; SQLite stores NaN as NULL
        else
            out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        return;
    }
    case QMetaType::Bool:
        out += v.toBool() ? "1" : "0";
        return;
    case QMetaType::QByteArray:
        appendJsonString(out, QString::fromUtf8(v.toByteArray()).toUtf8());   // text stored as bytes
        return;
    default:
        appendJsonString(out, v.toString().toUtf8());
        return;
    }
}

// Buffers the document and hands it to the device in large pieces.
class Output {
public:
    explicit Output(QIODevice &device) : m_device(device) { m_buffer.reserve(flushAt + 64 * 1024); }

    QByteArray &buffer() { return m_buffer; }
    qint64 written() const { return m_written + m_buffer.size(); }

    bool flushIfFull() { return m_buffer.size() < flushAt || flush(); }
    bool flush()
    {
        if (m_buffer.isEmpty())
            return true;
        if (m_device.write(m_buffer) != m_buffer.size())
            return false;
        m_written += m_buffer.size();
        m_buffer.clear();
        return true;
    }

private:
    static constexpr qsizetype flushAt = 512 * 1024;
    QIODevice &m_device;
    QByteArray m_buffer;
    qint64 m_written = 0;
};

// A read transaction around the whole export: every table from the same
// snapshot, whatever other connections commit meanwhile.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database &db) : m_db(db) {}
    ~ReadSnapshot()
    {
        if (m_active) {
            SqlQuery q(m_db);
            q.exec(QStringLiteral("COMMIT"));
        }
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Error begin()
    {
        if (m_db.transactionDepth > 0)
            return {};   // the caller's transaction is the snapshot
        SqlQuery q(m_db);
        const bool postgres = m_db.dialect().kind() == SqlDialect::Kind::Postgres;
        if (!q.exec(postgres ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY") : QStringLiteral("BEGIN")))
            return q.error();
        m_active = true;
        return {};
    }

private:
    Database &m_db;
    bool m_active = false;
};

struct ExportTable {
    QString name;
    QString orderBy;
    QStringList columns;
    QList<bool> blob;
    QList<QByteArray> keys;   // "\"column\":" ready to append
    qint64 count = 0;
};

// ------------------------------------------------------------------ reading

// The bytes of a JSON document read in pieces: whitespace skipped, one value
// at a time returned as its text, so that only one row is ever in memory.
class JsonStream {
public:
    JsonStream(QFile &in, const DatabaseExport::Progress &progress)
        : m_in(in), m_size(in.size()), m_progress(progress) {}

    // The next byte that is not whitespace (not consumed), or -1 at the end
    // of the input (or on a read error or cancel: see failed(), cancelled()).
    int peek()
    {
        for (;;) {
            if (m_pos >= m_buffer.size() && !refill())
                return -1;
            const char *const begin = m_buffer.constData();
            const char *p = begin + m_pos;
            const char *const end = begin + m_buffer.size();
            while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) {
                if (*p == '\n')
                    ++m_line;
                ++p;
            }
            m_pos = p - begin;
            if (p < end)
                return static_cast<unsigned char>(*p);
        }
    }
    void skip() { ++m_pos; }   // the byte peek() returned

    enum class Raw { Ok, End, TooLarge };
    // The text of the JSON value starting at the next byte that is not
    // whitespace: an object or array up to its matching bracket, a string, or
    // a number or literal. Not validated here (QJsonDocument does that).
    Raw readValue(QByteArray &out)
    {
        out.clear();
        const int first = peek();
        if (first < 0)
            return Raw::End;
        const bool scalar = first != '{' && first != '[' && first != '"';
        int depth = 0;
        bool inString = false;
        bool escape = false;
        for (;;) {
            if (m_pos >= m_buffer.size() && !refill())
                return scalar && !out.isEmpty() && !m_failed && !m_cancelled ? Raw::Ok : Raw::End;
            const char *const base = m_buffer.constData();
            const char *const begin = base + m_pos;
            const char *const end = base + m_buffer.size();
            const char *p = begin;
            bool done = false;
            for (; p < end && !done; ++p) {
                const char c = *p;
                if (scalar) {
                    if (!isScalarByte(c)) {
                        done = true;
                        break;   // not part of the value
                    }
                    continue;
                }
                if (inString) {
                    if (escape)
                        escape = false;
                    else if (c == '\\')
                        escape = true;
                    else if (c == '"') {
                        inString = false;
                        done = depth == 0;
                    } else if (c == '\n')
                        ++m_line;
                    continue;
                }
                switch (c) {
                case '"': inString = true; break;
                case '{':
                case '[': ++depth; break;
                case '}':
                case ']': done = --depth == 0; break;
                case '\n': ++m_line; break;
                default: break;
                }
            }
            out.append(begin, p - begin);
            m_pos = p - base;
            if (done)
                return Raw::Ok;
            if (out.size() > maxValueBytes)
                return Raw::TooLarge;
        }
    }

    qint64 offset() const { return m_consumed + m_pos; }
    qint64 size() const { return m_size; }
    int line() const { return m_line; }
    bool failed() const { return m_failed; }
    bool cancelled() const { return m_cancelled; }
    QString errorString() const { return m_in.errorString(); }

    static constexpr qsizetype maxValueBytes = qsizetype(512) * 1024 * 1024;

private:
    static bool isScalarByte(char c)
    {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+' || c == '.';
    }

    bool refill()
    {
        if (m_failed || m_cancelled)
            return false;
        m_consumed += m_buffer.size();
        m_buffer = m_in.read(chunkBytes);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            m_failed = m_in.error() != QFileDevice::NoError;
            return false;
        }
        if (m_progress && !m_progress(m_consumed, m_size)) {
            m_cancelled = true;
            m_buffer.clear();
            return false;
        }
        return true;
    }

    static constexpr qint64 chunkBytes = 1024 * 1024;
    QFile &m_in;
    qint64 m_size = 0;
    const DatabaseExport::Progress &m_progress;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    int m_line = 1;
    bool m_failed = false;
    bool m_cancelled = false;
};

enum class ColumnType { Integer, Real, Text, Blob };

ColumnType columnTypeOf(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return ColumnType::Integer;
    if (type.contains(QLatin1String("BLOB")) || type.contains(QLatin1String("BYTEA")))
        return ColumnType::Blob;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("DOUB")) || type.contains(QLatin1String("FLOA")))
        return ColumnType::Real;
    return ColumnType::Text;
}

struct ImportColumn {
    QString name;
    ColumnType type = ColumnType::Text;
    bool required = false;
};

struct ImportTable {
    QString name;
    QList<ImportColumn> columns;
    QHash<QString, int> index;
    QStringList derived;
    quint64 requiredMask = 0;
    quint64 seenMasks = 0;           // union of the columns rows had
    quint64 missingMasks = 0;        // union of the columns some row lacked
    bool hasBlob = false;
    std::map<quint64, int> statements;              // by the columns present: bulk loader handle
    std::map<quint64, QString> blobStatements;      // tables with a blob column: SQL for SqlQuery
    qint64 rows = 0;                 // read from the file
    qint64 stored = 0;               // inserted
};

struct Header {
    QJsonValue format{QJsonValue::Undefined};
    QJsonValue version{QJsonValue::Undefined};
    QJsonValue schemaVersion{QJsonValue::Undefined};
    QJsonValue databaseId{QJsonValue::Undefined};
};

} // namespace

// ================================================================ the API

QStringList DatabaseExport::tables()
{
    QStringList names;
    for (const TableSpec &spec : tableSpecs)
        names << QLatin1String(spec.name);
    return names;
}

QStringList DatabaseExport::derivedColumns(const QString &table)
{
    return derivedColumnsOf(table);
}

Result<DatabaseExportSummary> DatabaseExport::write(Database &db, QIODevice &device, const Progress &progress)
{
    if (!device.isOpen() || !device.isWritable())
        return makeError(ErrorCode::Io, tr("The export cannot be written: its file is not open for writing."));
    const auto writeFailed = [&device]() -> Error {
        return makeError(ErrorCode::Io, tr("Writing the export failed: %1. Check that the disk has room and try again.").arg(device.errorString()));
    };

    ReadSnapshot snapshot(db);
    if (Error e = snapshot.begin())
        return e;

    DatabaseExportSummary summary;
    summary.schemaVersion = db.schemaVersion();
    QList<ExportTable> plan;
    qint64 total = 0;
    {
        const QSqlDatabase connection = db.connection();
        SqlQuery q(db);
        for (const TableSpec &spec : tableSpecs) {
            ExportTable t;
            t.name = QLatin1String(spec.name);
            t.orderBy = QLatin1String(spec.orderBy);
            if (!db.dialect().tableExists(db, t.name))
                continue;   // a database of an older schema, opened without upgrading
            const QSqlRecord record = connection.record(t.name);
            const QStringList derived = derivedColumnsOf(t.name);
            for (int i = 0; i < record.count(); ++i) {
                const QSqlField field = record.field(i);
                if (derived.contains(field.name()))
                    continue;
                t.columns << field.name();
                t.blob << (field.metaType().id() == QMetaType::QByteArray);
                QByteArray key;
                appendJsonString(key, field.name().toUtf8());
                key += ':';
                t.keys << key;
            }
            if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + t.name) || !q.next())
                return q.failure();
            t.count = q.int64(0);
            total += t.count;
            plan << t;
        }
        q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
        if (!q.exec())
            return q.error();
        if (q.next())
            summary.databaseId = q.value(0).toString();
    }

    Output out(device);
    QByteArray &buffer = out.buffer();
    buffer += "{\n\"format\": ";
    appendJsonString(buffer, format);
    buffer += ",\n\"version\": " + QByteArray::number(version);
    buffer += ",\n\"schemaVersion\": " + QByteArray::number(summary.schemaVersion);
    buffer += ",\n\"databaseId\": ";
    appendValue(buffer, summary.databaseId.isEmpty() ? QVariant() : QVariant(summary.databaseId), false);
    buffer += ",\n\"exportedAt\": ";
    appendJsonString(buffer, QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8());
    buffer += ",\n\"exportedBy\": ";
    appendJsonString(buffer, QByteArrayLiteral("Shortlist " SHORTLIST_VERSION));
    buffer += ",\n\"tables\": {";

    qint64 done = 0;
    if (progress && !progress(0, total))
        return makeError(ErrorCode::Cancelled, tr("The export was cancelled."));
    for (qsizetype ti = 0; ti < plan.size(); ++ti) {
        const ExportTable &t = plan.at(ti);
        buffer += ti == 0 ? "\n" : ",\n";
        appendJsonString(buffer, t.name.toUtf8());
        buffer += ": [";
        SqlQuery q(db);
        q.raw().setForwardOnly(true);   // one row at a time, whatever the table's size
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(t.columns.join(QStringLiteral(", ")), t.name, t.orderBy)))
            return q.error();
        qint64 rows = 0;
        const qsizetype columnCount = t.columns.size();
        while (q.next()) {
            buffer += rows == 0 ? "\n{" : ",\n{";
            for (qsizetype c = 0; c < columnCount; ++c) {
                if (c > 0)
                    buffer += ',';
                buffer += t.keys.at(c);
                appendValue(buffer, q.value(int(c)), t.blob.at(c));
            }
            buffer += '}';
            ++rows;
            ++done;
            if (!out.flushIfFull())
                return writeFailed();
            if (progress && done % 4096 == 0 && !progress(done, total))
                return makeError(ErrorCode::Cancelled, tr("The export was cancelled."));
        }
        if (q.raw().lastError().isValid())
            return makeError(ErrorCode::Sql, tr("Reading the table “%1” failed: %2").arg(t.name, q.raw().lastError().text()));
        buffer += rows == 0 ? "]" : "\n]";
        summary.rowsPerTable.append({t.name, rows});
        summary.rows += rows;
    }
    buffer += "\n},\n\"rowCounts\": {";
    for (qsizetype ti = 0; ti < summary.rowsPerTable.size(); ++ti) {
        buffer += ti == 0 ? "\n" : ",\n";
        appendJsonString(buffer, summary.rowsPerTable.at(ti).first.toUtf8());
        buffer += ": " + QByteArray::number(summary.rowsPerTable.at(ti).second);
    }
    buffer += "\n}\n}\n";
    if (!out.flush())
        return writeFailed();
    if (progress)
        progress(total, total);
    summary.bytes = out.written();
    return summary;
}

Result<DatabaseExportSummary> DatabaseExport::writeFile(Database &db, const QString &path, const Progress &progress)
{
    if (path.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a file name for the export."));
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return makeError(ErrorCode::Invalid, tr("%1 is the database itself; choose another file name for the export.").arg(shown(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2. Choose a folder you can write to.").arg(shown(path), file.errorString()));
    // Candidates' personal data: private to the user, like the database.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Result<DatabaseExportSummary> summary = write(db, file, progress);
    if (!summary) {
        file.cancelWriting();
        return summary;
    }
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2. Check that the disk has room and try again.").arg(shown(path), file.errorString()));
    return summary;
}

namespace {

// Loads rows into a new database through the bulk loader, keeping their ids.
class Importer {
public:
    Importer(const QString &path, const QString &shownJson) : m_path(path), m_json(shownJson) {}
    ~Importer() { close(); }
    Importer(const Importer &) = delete;
    Importer &operator=(const Importer &) = delete;

    Error open()
    {
        OpenOptions options;
        options.mode = OpenOptions::Mode::CreateIfMissing;
        options.actor = QStringLiteral("import");
        Result<std::unique_ptr<Database>> db = Database::openSqlite(m_path, options);
        if (!db)
            return db.error();
        m_db = std::move(db).value();
        SqlQuery q(*m_db);
        // A new private file nobody else sees until it is renamed: no journal
        // per page and no fsync per commit (one at the end, see finish()).
        for (const char *pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -65536",
                                   "PRAGMA temp_store = MEMORY"}) {
            if (!q.exec(QLatin1String(pragma)))
                return q.error();
        }
        m_loader = std::make_unique<BulkLoader>(*m_db);
        if (Error e = m_loader->begin())
            return e;
        // Rows may come in any order of tables: foreign keys are checked once
        // everything is in (check()), and by SQLite again at the commit.
        if (!q.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON")))
            return q.error();
        return {};
    }

    Result<ImportTable *> table(const QString &name, int line)
    {
        if (!DatabaseExport::tables().contains(name))
            return makeError(ErrorCode::Invalid, DatabaseExport::tr("%1, line %2: the table “%3” is not a Shortlist table (or not one this version of Shortlist knows).")
                                                     .arg(m_json).arg(line).arg(name));
        if (m_tables.contains(name))
            return makeError(ErrorCode::Invalid, DatabaseExport::tr("%1, line %2: the table “%3” appears twice.").arg(m_json).arg(line).arg(name));
        auto t = std::make_unique<ImportTable>();
        t->name = name;
        t->derived = derivedColumnsOf(name);
        SqlQuery q(*m_db);
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(name)))
            return q.error();
        while (q.next()) {
            ImportColumn column;
            column.name = q.value(1).toString();
            if (t->derived.contains(column.name))
                continue;
            column.type = columnTypeOf(q.value(2).toString());
            const bool notNull = q.int64(3) != 0;
            const bool hasDefault = !q.isNull(4);
            column.required = q.int64(5) > 0 || (notNull && !hasDefault);
            const int at = int(t->columns.size());
            if (at >= 64)
                return makeError(ErrorCode::Sql, DatabaseExport::tr("The table “%1” has too many columns to import.").arg(name));
            if (column.required)
                t->requiredMask |= quint64(1) << at;
            if (column.type == ColumnType::Blob)
                t->hasBlob = true;
            t->index.insert(column.name, at);
            t->columns << column;
        }
        if (t->columns.isEmpty())
            return makeError(ErrorCode::Invalid, DatabaseExport::tr("%1, line %2: the table “%3” is not in this Shortlist's database.").arg(m_json).arg(line).arg(name));
        if (name == QLatin1String("meta")) {
            // The file's settings and identity replace the new database's own.
            if (!q.exec(QStringLiteral("DELETE FROM meta WHERE key <> '%1'").arg(QLatin1String(SqlDialect::searchSuspendedKey))))
                return q.error();
        }
        ImportTable *raw = t.get();
        m_tables.insert(name, raw);
        m_owned.push_back(std::move(t));
        return raw;
    }

    Error insert(ImportTable &t, const QJsonObject &row, int line)
    {
        ++t.rows;
        const auto rowError = [&](const QString &problem) -> Error {
            return makeError(ErrorCode::Invalid, DatabaseExport::tr("%1, line %2 (table “%3”, row %4): %5").arg(m_json).arg(line).arg(t.name).arg(t.rows).arg(problem));
        };
        if (t.name == QLatin1String("meta") && row.value(QLatin1String("key")).toString() == QLatin1String(SqlDialect::searchSuspendedKey))
            return {};   // a bulk load's transient mark, never meant to be kept

        quint64 mask = 0;
        m_values.resize(std::size_t(t.columns.size()));
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            const QString key = it.key();
            const auto found = t.index.constFind(key);
            if (found == t.index.constEnd()) {
                if (t.derived.contains(key))
                    continue;   // rebuilt after the load
                return rowError(DatabaseExport::tr("the table has no column “%1”.").arg(key));
            }
            const int c = found.value();
            const ImportColumn &column = t.columns.at(c);
            const QJsonValue v = it.value();
            QVariant &slot = m_values[std::size_t(c)];
            mask |= quint64(1) << c;
            if (v.isNull()) {
                slot = QVariant();
                continue;
            }
            switch (column.type) {
            case ColumnType::Integer: {
                const qint64 n = v.toInteger();
                if (!v.isDouble() || double(n) != v.toDouble())
                    return rowError(DatabaseExport::tr("the column “%1” must be a whole number or null.").arg(key));
                slot = n;
                break;
            }
            case ColumnType::Real:
                if (!v.isDouble())
                    return rowError(DatabaseExport::tr("the column “%1” must be a number or null.").arg(key));
                slot = v.toDouble();
                break;
            case ColumnType::Text:
                if (!v.isString())
                    return rowError(DatabaseExport::tr("the column “%1” must be text (a JSON string) or null.").arg(key));
                slot = v.toString();
                break;
            case ColumnType::Blob: {
                QByteArray::FromBase64Result bytes;
                if (v.isString())
                    bytes = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
                if (!v.isString() || bytes.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
                    return rowError(DatabaseExport::tr("the column “%1” must be base64 text or null.").arg(key));
                slot = bytes.decoded;
                break;
            }
            }
        }
        if ((mask & t.requiredMask) != t.requiredMask) {
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                if ((t.requiredMask >> c & 1) && !(mask >> c & 1))
                    return rowError(DatabaseExport::tr("the required column “%1” is missing.").arg(t.columns.at(c).name));
            }
        }
        t.seenMasks |= mask;
        t.missingMasks |= ~mask;

        if (t.hasBlob) {
            auto found = t.blobStatements.find(mask);
            if (found == t.blobStatements.end())
                found = t.blobStatements.emplace(mask, insertSql(t, mask)).first;
            SqlQuery q(*m_db);
            if (!q.prepare(found->second))
                return q.error();
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                if (mask >> c & 1) {
                    const QVariant &value = m_values[std::size_t(c)];
                    q.bind(value.isValid() ? value : QVariant(QMetaType(QMetaType::QString)));
                }
            }
            if (!q.exec())
                return rowError(DatabaseExport::tr("it cannot be stored: %1").arg(q.error().message));
        } else {
            auto found = t.statements.find(mask);
            if (found == t.statements.end())
                found = t.statements.emplace(mask, m_loader->prepare(insertSql(t, mask))).first;
            m_bulk.clear();
            for (qsizetype c = 0; c < t.columns.size(); ++c) {
                if (!(mask >> c & 1))
                    continue;
                const QVariant &value = m_values[std::size_t(c)];
                switch (value.typeId()) {
                case QMetaType::LongLong: m_bulk.emplace_back(value.toLongLong()); break;
                case QMetaType::Double: m_bulk.emplace_back(value.toDouble()); break;
                case QMetaType::QString: m_bulk.emplace_back(value.toString()); break;
                default: m_bulk.emplace_back(std::monostate{}); break;
                }
            }
            if (Error e = m_loader->insert(found->second, m_bulk))
                return rowError(DatabaseExport::tr("it cannot be stored: %1").arg(e.message));
        }
        ++t.stored;
        return {};
    }

    // After the last row: the file's own counts, foreign keys, the marks for
    // what the application must recompute, then the derived data.
    Error finish(int schemaVersion, const QJsonObject &rowCounts)
    {
        for (auto it = rowCounts.constBegin(); it != rowCounts.constEnd(); ++it) {
            const ImportTable *t = m_tables.value(it.key());
            const qint64 read = t ? t->rows : 0;
            if (!it.value().isDouble() || it.value().toInteger(-1) != read)
                return makeError(ErrorCode::Invalid, DatabaseExport::tr("%1 says the table “%2” has %3 rows, but it holds %4: the file is incomplete or was edited. "
                                                        "Nothing was imported.")
                                                         .arg(m_json, it.key(), it.value().toVariant().toString())
                                                         .arg(read));
        }
        SqlQuery q(*m_db);
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
            return q.error();
        if (q.next()) {
            const QString table = q.value(0).toString();
            const QString parent = q.value(2).toString();
            const QString rowId = q.value(1).toString();
            return makeError(ErrorCode::Invalid, DatabaseExport::tr("%1 is inconsistent: a row of “%2” (row id %3) refers to a row of “%4” that is not in the file. "
                                                    "Nothing was imported.")
                                                     .arg(m_json, table, rowId, parent));
        }
        q.finish();
        for (const ImportTable *t : std::as_const(m_tables)) {
            if (t->name == QLatin1String("meta"))
                continue;
            if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + t->name) || !q.next())
                return q.failure();
            if (q.int64(0) != t->stored)
                return makeError(ErrorCode::Sql, DatabaseExport::tr("The table “%1” holds %2 rows after the import instead of %3.").arg(t->name).arg(q.int64(0)).arg(t->stored));
        }

        // What the application computes itself (not SQL) travels in the file;
        // when it may be missing or from an older schema, mark it for
        // recomputing on the next open.
        const auto lacks = [this](const QString &table, const QStringList &columns) {
            const ImportTable *t = m_tables.value(table);
            if (!t || t->rows == 0)
                return false;
            for (const QString &column : columns) {
                const int c = t->index.value(column, -1);
                if (c >= 0 && (t->missingMasks >> c & 1))
                    return true;
            }
            return false;
        };
        const bool older = schemaVersion < Migrations::latestVersion();
        QStringList stale;
        if (older || lacks(QStringLiteral("applications"), {QStringLiteral("match_score"), QStringLiteral("missing_must_haves")}))
            stale << QStringLiteral("match_scores_stale");
        if (older || lacks(QStringLiteral("candidates"), {QStringLiteral("email_key"), QStringLiteral("phone_key"), QStringLiteral("company_key")}))
            stale << QStringLiteral("duplicate_keys_stale");
        for (const QString &key : std::as_const(stale)) {
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, '1')"));
            q.bind(key);
            if (!q.exec())
                return q.error();
        }
        // Every database has an identity; a file without one gets a new one.
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('database_id', ?)"));
        q.bind(QUuid::createUuid().toString(QUuid::WithoutBraces));
        if (!q.exec())
            return q.error();

        // The metric summaries (0008), set-based: BulkLoader::finish fills
        // those of applications left without them one correlated subquery
        // each, and without the stage-event index it dropped — fine for the
        // few applications of a CSV import, minutes for a whole database.
        // Afterwards it has only the applications with no pipeline event left.
        const QStringList summaries{
            QStringLiteral("UPDATE stage_events SET left_at = n.next_at, stay_hours = (n.next_at - stage_events.at) / 3600 "
                           "FROM (SELECT id, LEAD(at) OVER (PARTITION BY application_id ORDER BY at, id) AS next_at FROM stage_events) n "
                           "WHERE n.id = stage_events.id AND n.next_at IS NOT NULL"),
            QStringLiteral("UPDATE applications SET furthest_stage_id = f.stage_id "
                           "FROM (SELECT application_id, stage_id FROM ("
                           "SELECT e.application_id, s.id AS stage_id, "
                           "ROW_NUMBER() OVER (PARTITION BY e.application_id ORDER BY s.position DESC) AS place "
                           "FROM stage_events e JOIN stages s ON s.id = e.to_stage_id "
                           "WHERE s.category NOT IN ('rejected', 'withdrawn')) ranked WHERE place = 1) f "
                           "WHERE f.application_id = applications.id"),
            QStringLiteral("UPDATE applications SET exited_from_stage_id = x.from_stage_id "
                           "FROM (SELECT application_id, from_stage_id FROM ("
                           "SELECT e.application_id, e.from_stage_id, s.category, "
                           "ROW_NUMBER() OVER (PARTITION BY e.application_id ORDER BY e.at DESC, e.id DESC) AS place "
                           "FROM stage_events e JOIN stages s ON s.id = e.to_stage_id) latest "
                           "WHERE place = 1 AND category IN ('rejected', 'withdrawn')) x "
                           "WHERE x.application_id = applications.id"),
            QStringLiteral("UPDATE applications SET candidate_source = c.source, candidate_referrer = c.referrer "
                           "FROM candidates c WHERE c.id = applications.candidate_id"),
        };
        for (const QString &statement : summaries) {
            if (!q.exec(statement))
                return q.error();
        }

        if (Error e = m_loader->finish())
            return e;
        m_loader.reset();

        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (!q.exec(QLatin1String(pragma)))
                return q.error();
        }
        // The whole file, and the rebuilt search index against the candidates.
        if (!q.exec(QStringLiteral("PRAGMA quick_check")))
            return q.error();
        QStringList problems;
        while (q.next())
            problems << q.value(0).toString();
        if (problems != QStringList{QStringLiteral("ok")})
            return makeError(ErrorCode::Corrupt, DatabaseExport::tr("The new database failed its integrity check, so it was removed."),
                             problems.mid(0, 10).join(QLatin1Char('\n')));
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM candidates) - (SELECT count(*) FROM candidate_search)")) || !q.next())
            return q.failure();
        if (q.int64(0) != 0)
            return makeError(ErrorCode::Sql, DatabaseExport::tr("The search index of the new database does not match its candidates, so it was removed."));
        return {};
    }

    void close()
    {
        m_loader.reset();   // rolls back unless finished
        m_db.reset();
    }

private:
    static QString insertSql(const ImportTable &t, quint64 mask)
    {
        QStringList names;
        QStringList marks;
        for (qsizetype c = 0; c < t.columns.size(); ++c) {
            if (mask >> c & 1) {
                names << t.columns.at(c).name;
                marks << QStringLiteral("?");
            }
        }
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(t.name, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }

    QString m_path;
    QString m_json;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<BulkLoader> m_loader;
    QHash<QString, ImportTable *> m_tables;
    std::vector<std::unique_ptr<ImportTable>> m_owned;
    std::vector<QVariant> m_values;
    std::vector<BulkValue> m_bulk;
};

// Parses one JSON value's text (a scalar, string, array or object).
QJsonValue parseValue(const QByteArray &raw, QJsonParseError *error)
{
    QByteArray wrapped;
    wrapped.reserve(raw.size() + 2);
    wrapped += '[';
    wrapped += raw;
    wrapped += ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, error);
    if (error->error != QJsonParseError::NoError || doc.array().size() != 1) {
        if (error->error == QJsonParseError::NoError)
            error->error = QJsonParseError::IllegalValue;
        return {};
    }
    return doc.array().at(0);
}

} // namespace

Result<DatabaseExportSummary> DatabaseExport::read(const QString &jsonPath, const QString &newDatabasePath, const Progress &progress)
{
    const QString json = shown(jsonPath);
    const QString target = shown(newDatabasePath);
    if (newDatabasePath.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a file name for the new database."));
    for (const char *suffix : {"", "-wal", "-journal"}) {
        const QString path = newDatabasePath + QLatin1String(suffix);
        if (QFileInfo::exists(path))
            return makeError(ErrorCode::Invalid, tr("%1 already exists. An import always creates a new database: choose another name, "
                                                    "or move the existing file away first.")
                                                     .arg(shown(path)));
    }
    const QFileInfo targetInfo(newDatabasePath);
    if (!QFileInfo(targetInfo.absolutePath()).isDir())
        return makeError(ErrorCode::NotFound, tr("Cannot create %1: the folder %2 does not exist.").arg(target, QDir::toNativeSeparators(targetInfo.absolutePath())));
    if (!QFileInfo(targetInfo.absolutePath()).isWritable())
        return makeError(ErrorCode::ReadOnly, tr("Cannot create %1: the folder is read-only. Choose a folder you can write to.").arg(target));

    QFile in(jsonPath);
    if (!QFileInfo::exists(jsonPath))
        return makeError(ErrorCode::NotFound, tr("%1 does not exist. Check the path.").arg(json));
    if (QFileInfo(jsonPath).isDir() || !in.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2. Check that the file exists and that you may read it.").arg(json, in.errorString()));

    JsonStream s(in, progress);
    DatabaseExportSummary summary;

    // The database is built under a temporary name and renamed when whole.
    QString temp;
    do {
        temp = targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName()
             + QStringLiteral(".%1.importing").arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    } while (QFileInfo::exists(temp));
    Importer importer(temp, json);
    bool created = false;
    auto cleanup = qScopeGuard([&] {
        importer.close();
        if (created)
            removeDatabaseFiles(temp);
    });

    // Why the input stopped: cancel, read error, or the end of a file cut short.
    const auto stopped = [&]() -> Error {
        if (s.cancelled())
            return makeError(ErrorCode::Cancelled, tr("The import was cancelled; no database was created."));
        if (s.failed())
            return makeError(ErrorCode::Io, tr("Reading %1 failed: %2").arg(json, s.errorString()));
        return makeError(ErrorCode::Truncated, tr("%1 ends early (at line %2): it is incomplete, perhaps cut off while copying. "
                                                  "Nothing was imported.")
                                                   .arg(json)
                                                   .arg(s.line()));
    };
    const auto syntax = [&](const QString &expected) -> Error {
        return makeError(ErrorCode::Invalid, tr("%1 is not valid JSON at line %2: %3 was expected. Nothing was imported.").arg(json).arg(s.line()).arg(expected));
    };
    const auto notOurs = [&]() -> Error {
        return makeError(ErrorCode::NotADatabase, tr("%1 is not a Shortlist database export (a JSON file of format “%2”). "
                                                     "Choose a file written by Shortlist's database export.")
                                                      .arg(json, QLatin1String(format)));
    };
    QByteArray raw;
    // Reads a JSON string (a key); the error when there is none.
    const auto readKey = [&](QString *key) -> Error {
        const int c = s.peek();
        if (c < 0)
            return stopped();
        if (c != '"')
            return syntax(tr("a quoted name"));
        if (s.readValue(raw) != JsonStream::Raw::Ok)
            return stopped();
        QJsonParseError error;
        const QJsonValue value = parseValue(raw, &error);
        if (!value.isString())
            return syntax(tr("a quoted name"));
        *key = value.toString();
        const int colon = s.peek();
        if (colon < 0)
            return stopped();
        if (colon != ':')
            return syntax(QStringLiteral("“:”"));
        s.skip();
        return {};
    };
    // After a member or element: true at the closing bracket, false after a comma.
    const auto next = [&](char close, bool *closed) -> Error {
        const int c = s.peek();
        if (c < 0)
            return stopped();
        if (c == ',') {
            s.skip();
            *closed = false;
            return {};
        }
        if (c == close) {
            s.skip();
            *closed = true;
            return {};
        }
        return syntax(close == '}' ? tr("“,” or “}”") : tr("“,” or “]”"));
    };

    const int first = s.peek();
    if (first < 0) {
        if (s.cancelled() || s.failed())
            return stopped();
        return makeError(ErrorCode::EmptyFile, tr("%1 is empty: it is not a Shortlist database export.").arg(json));
    }
    if (first != '{')
        return notOurs();
    s.skip();

    Header header;
    bool sawTables = false;
    QJsonObject rowCounts;
    bool closed = s.peek() == '}';
    if (closed)
        s.skip();
    while (!closed) {
        QString key;
        if (Error e = readKey(&key))
            return e;
        if (key == QLatin1String("tables")) {
            if (sawTables)
                return makeError(ErrorCode::Invalid, tr("%1 holds “tables” twice.").arg(json));
            sawTables = true;
            // The header comes first: check it before anything is created.
            if (!header.format.isString() || header.format.toString() != QLatin1String(format))
                return notOurs();
            const qint64 fileVersion = header.version.toInteger(-1);
            if (!header.version.isDouble() || fileVersion < 1 || double(fileVersion) != header.version.toDouble())
                return makeError(ErrorCode::Invalid, tr("%1 has no valid format version before its tables. Nothing was imported.").arg(json));
            if (fileVersion > version)
                return makeError(ErrorCode::NewerSchema, tr("%1 was written by a newer Shortlist (database export version %2; this Shortlist %3 reads version %4). "
                                                            "Install the newer Shortlist to import it.")
                                                             .arg(json)
                                                             .arg(fileVersion)
                                                             .arg(QStringLiteral(SHORTLIST_VERSION))
                                                             .arg(version));
            const qint64 schema = header.schemaVersion.toInteger(-1);
            if (!header.schemaVersion.isDouble() || schema < 1 || double(schema) != header.schemaVersion.toDouble())
                return makeError(ErrorCode::Invalid, tr("%1 has no valid schema version before its tables. Nothing was imported.").arg(json));
            if (schema > Migrations::latestVersion())
                return makeError(ErrorCode::NewerSchema, tr("%1 holds a database of version %2, written by a newer Shortlist (this Shortlist %3 reads up to "
                                                            "version %4). Install the newer Shortlist to import it.")
                                                             .arg(json)
                                                             .arg(schema)
                                                             .arg(QStringLiteral(SHORTLIST_VERSION))
                                                             .arg(Migrations::latestVersion()));
            summary.schemaVersion = int(schema);
            summary.databaseId = header.databaseId.toString();

            created = true;
            if (Error e = importer.open())
                return e;

            int c = s.peek();
            if (c < 0)
                return stopped();
            if (c != '{')
                return syntax(tr("an object of tables"));
            s.skip();
            bool tablesClosed = s.peek() == '}';
            if (tablesClosed)
                s.skip();
            while (!tablesClosed) {
                QString name;
                if (Error e = readKey(&name))
                    return e;
                Result<ImportTable *> table = importer.table(name, s.line());
                if (!table)
                    return table.error();
                ImportTable &t = **table;
                c = s.peek();
                if (c < 0)
                    return stopped();
                if (c != '[')
                    return syntax(tr("an array of rows for the table “%1”").arg(name));
                s.skip();
                bool rowsClosed = s.peek() == ']';
                if (rowsClosed)
                    s.skip();
                while (!rowsClosed) {
                    c = s.peek();
                    if (c < 0)
                        return stopped();
                    const int line = s.line();
                    if (c != '{')
                        return syntax(tr("a row (an object) of the table “%1”").arg(name));
                    const JsonStream::Raw got = s.readValue(raw);
                    if (got == JsonStream::Raw::TooLarge)
                        return makeError(ErrorCode::Invalid, tr("%1, line %2: a row of the table “%3” is larger than %4 MB; it cannot be imported.")
                                                                 .arg(json).arg(line).arg(name).arg(JsonStream::maxValueBytes / (1024 * 1024)));
                    if (got != JsonStream::Raw::Ok)
                        return stopped();
                    QJsonParseError error;
                    const QJsonDocument doc = QJsonDocument::fromJson(raw, &error);
                    if (error.error != QJsonParseError::NoError || !doc.isObject())
                        return makeError(ErrorCode::Invalid, tr("%1, line %2: row %3 of the table “%4” is not valid JSON (%5). Nothing was imported.")
                                                                 .arg(json).arg(line).arg(t.rows + 1).arg(name, error.errorString()));
                    if (Error e = importer.insert(t, doc.object(), line))
                        return e;
                    if (Error e = next(']', &rowsClosed))
                        return e;
                }
                summary.rowsPerTable.append({name, t.rows});
                summary.rows += t.rows;
                if (Error e = next('}', &tablesClosed))
                    return e;
            }
        } else {
            const int c = s.peek();
            if (c < 0)
                return stopped();
            const JsonStream::Raw got = s.readValue(raw);
            if (got == JsonStream::Raw::TooLarge)
                return syntax(tr("a smaller value"));
            if (got != JsonStream::Raw::Ok)
                return stopped();
            QJsonParseError error;
            const QJsonValue value = parseValue(raw, &error);
            if (error.error != QJsonParseError::NoError) {
                if (!sawTables && header.format.isUndefined())
                    return notOurs();
                return makeError(ErrorCode::Invalid, tr("%1 is not valid JSON at line %2 (%3). Nothing was imported.").arg(json).arg(s.line()).arg(error.errorString()));
            }
            if (!sawTables) {
                if (key == QLatin1String("format"))
                    header.format = value;
                else if (key == QLatin1String("version"))
                    header.version = value;
                else if (key == QLatin1String("schemaVersion"))
                    header.schemaVersion = value;
                else if (key == QLatin1String("databaseId"))
                    header.databaseId = value;
                // Other keys (exportedAt, exportedBy, ...) are for people.
            } else if (key == QLatin1String("rowCounts")) {
                if (!value.isObject())
                    return syntax(tr("an object of row counts"));
                rowCounts = value.toObject();
            }
        }
        if (Error e = next('}', &closed))
            return e;
    }
    if (s.peek() >= 0)
        return makeError(ErrorCode::Invalid, tr("%1 has more after its end (line %2). Nothing was imported.").arg(json).arg(s.line()));
    if (s.cancelled() || s.failed())
        return stopped();
    if (!sawTables) {
        if (!header.format.isString() || header.format.toString() != QLatin1String(format))
            return notOurs();
        return makeError(ErrorCode::Invalid, tr("%1 holds no “tables”: there is nothing to import.").arg(json));
    }
    if (Error e = importer.finish(summary.schemaVersion, rowCounts))
        return e;
    importer.close();

    // Durable before it gets its name; then the name, never over another file.
    {
        const int fd = ::open(QFile::encodeName(temp).constData(), O_RDONLY);
        const bool synced = fd >= 0 && ::fsync(fd) == 0;
        if (fd >= 0)
            ::close(fd);
        if (!synced)
            return makeError(ErrorCode::Io, tr("Cannot sync the new database to disk. Check that the disk is available and try again."));
    }
    if (QFileInfo::exists(newDatabasePath))
        return makeError(ErrorCode::Invalid, tr("%1 appeared while the import ran; it was left alone and nothing was imported.").arg(target));
    QFile built(temp);
    if (!built.rename(newDatabasePath))
        return makeError(ErrorCode::Io, tr("Cannot create %1: %2.").arg(target, built.errorString()));
    created = false;
    if (progress)
        progress(s.size(), s.size());
    summary.bytes = s.offset();
    return summary;
}

} // namespace shortlist
