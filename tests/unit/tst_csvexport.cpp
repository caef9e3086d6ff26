// CSV export: RFC 4180 quoting, the spreadsheet-formula defence, write errors,
// and application exports compared with SQL written by hand. Every file is read
// back with a strict RFC 4180 reader below and, when python3 is installed, by
// Python's csv module as an independent check.

#include "../common/testdb.h"

#include "formats/applicationexport.h"
#include "formats/csvwriter.h"
#include "storage/transaction.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

using namespace shortlist;
using namespace shortlist::test;

namespace {

constexpr qint64 now = 1'780'000'000;
using Table = QList<QStringList>;

// A strict RFC 4180 reader: every record ends with CRLF, a quote inside a
// field only as a doubled quote in a quoted field. nullopt on any violation.
std::optional<Table> parseCsv(const QString &text, QChar delimiter = QLatin1Char(','))
{
    Table records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        field.clear();
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt;  // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != delimiter && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record << field;
        if (i < n && text.at(i) == delimiter) {
            ++i;
            if (i == n)
                return std::nullopt;  // a record must end with CRLF
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        return std::nullopt;  // garbage after a closing quote, lone CR, or no final CRLF
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

// The file's text without its byte-order mark; fails the test if the mark is missing.
QString readUtf8WithBom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("<unreadable>");
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("<no BOM>");
    return QString::fromUtf8(bytes.mid(3));
}

// Python's csv module on the same file, or nullopt when python3 is missing.
std::optional<Table> parseWithPython(const QString &path, bool *failed)
{
    *failed = false;
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral("import csv, json, sys\n"
                                                                "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                                                "    rows = list(csv.reader(f, strict=True))\n"
                                                                "sys.stdout.write(json.dumps(rows))\n"),
                           path});
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("python3 could not read %s: %s", qPrintable(path), process.readAllStandardError().constData());
        *failed = true;
        return std::nullopt;
    }
    Table rows;
    const QJsonArray array = QJsonDocument::fromJson(process.readAllStandardOutput()).array();
    for (const QJsonValue &row : array) {
        QStringList fields;
        const QJsonArray values = row.toArray();
        for (const QJsonValue &v : values)
            fields << v.toString();
        rows << fields;
    }
    return rows;
}

// The defence as the test understands it, written independently of CsvWriter.
QString defended(const QString &value)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && triggers.contains(value.at(0)) ? QStringLiteral("'") + value : value;
}

// A device that accepts `capacity` bytes, then fails like a full disk.
class FullDevice : public QIODevice {
public:
    explicit FullDevice(qint64 capacity) : m_capacity(capacity) {}
    QByteArray written;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        const qint64 room = m_capacity - written.size();
        if (size > room)
            setErrorString(QStringLiteral("No space left on device"));
        if (room <= 0)
            return -1;
        const qint64 taken = std::min(room, size);
        written.append(data, taken);
        return taken;
    }

private:
    qint64 m_capacity;
};

} // namespace

class TestCsvExport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    QList<qint64> m_applications;  // in insertion order

    // The export's rows written by hand in SQL (SQLite), defended like the file.
    Table expected(const QString &where, const QString &orderBy)
    {
        SqlQuery q(*m_db);
        const QString sql = QStringLiteral(
            "SELECT c.name, c.email, c.phone, c.current_title, c.current_company, c.years_experience, "
            "replace(c.skills, char(10), '; '), "
            "coalesce((SELECT group_concat(name, '; ') FROM (SELECT t.name AS name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
            "          WHERE ct.candidate_id = c.id ORDER BY t.name)), ''), "
            "c.source, s.name, a.status, max(0, (%1 - a.stage_entered_at) / 86400), a.match_score, a.missing_must_haves, "
            "date(a.applied_at, 'unixepoch', 'localtime') "
            "FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN stages s ON s.id = a.stage_id "
            "WHERE a.opening_id = %2 AND (%3) ORDER BY %4")
                                .arg(now)
                                .arg(m_opening)
                                .arg(where, orderBy);
        Table rows;
        if (!q.exec(sql)) {
            qWarning("%s", qPrintable(q.error().detail));
            return {{QStringLiteral("<sql error>")}};
        }
        while (q.next()) {
            QStringList fields;
            for (int column = 0; column < 15; ++column) {
                QString value = q.value(column).toString();
                if (column == 10)
                    value = displayName(applicationStatusFromCode(value).value_or(ApplicationStatus::Active));
                fields << defended(value);
            }
            rows << fields;
        }
        return rows;
    }

    // Reads an exported file both ways and checks they agree.
    Table readBack(const QString &path)
    {
        const std::optional<Table> parsed = parseCsv(readUtf8WithBom(path));
        if (!parsed) {
            qWarning("%s is not strict RFC 4180 CSV", qPrintable(path));
            return {{QStringLiteral("<invalid CSV>")}};
        }
        bool pythonFailed = false;
        const std::optional<Table> python = parseWithPython(path, &pythonFailed);
        if (pythonFailed)
            return {{QStringLiteral("<python could not read it>")}};
        if (python && *python != *parsed)
            return {{QStringLiteral("<python reads it differently>")}};
        return *parsed;
    }

    QList<QStringList> withHeader(Table rows)
    {
        rows.prepend(ApplicationExport::headers());
        return rows;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("export.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        QVERIFY(m_opening > 0);
        // Names a spreadsheet would run, quoting trouble, and scripts beyond Latin.
        const QStringList names = {QStringLiteral("-Ann Dash"),
                                   QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
                                   QStringLiteral("+Plus Person"),
                                   QStringLiteral("@Sum Person"),
                                   QStringLiteral("Zoë \"Zed\" Ångström, PhD"),
                                   QStringLiteral("王伟"),
                                   QStringLiteral("Дмитрий Иванов"),
                                   QStringLiteral("José Núñez"),
                                   QStringLiteral("Siobhán O'Brien")};
        const QStringList sources = {QStringLiteral("Referral"), QStringLiteral("LinkedIn"), QStringLiteral("Job board")};
        WriteTransaction tx(*m_db);
        for (int i = 0; i < 40; ++i) {
            Candidate c = makeCandidate(i < names.size() ? names.at(i) : QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("person%1@example.com").arg(i));
            c.source = sources.at(i % sources.size());
            c.yearsExperience = i % 6 == 0 ? std::nullopt : std::optional<int>(i % 25);
            c.phone = i % 2 ? QStringLiteral("+44 20 7946 %1").arg(1000 + i) : QStringLiteral("020 7946 %1").arg(1000 + i);
            c.currentTitle = i % 3 ? QStringLiteral("Senior Data Engineer") : QStringLiteral("  Lead, Platform  ");
            c.currentCompany = i % 4 == 1 ? QStringLiteral("Acme \"Data\", Inc.\nEMEA") : QStringLiteral("Globex");
            c.skills = i % 2 ? QStringList{QStringLiteral("Apache Spark"), QStringLiteral("C++"), QStringLiteral("Kafka")}
                             : QStringList{QStringLiteral("Go")};
            if (i % 5 == 0)
                c.tags << QStringLiteral("relocation") << QStringLiteral("=cmd|' /C calc'!A0");
            if (i % 7 == 0)
                c.tags << QStringLiteral("silver-medal");
            Result<NewApplication> added = Pipeline(*m_db).addCandidate(c, m_opening, now - (i + 1) * 86400 * 2);
            QVERIFY2(added, qPrintable(added.error().message));
            m_applications << added->applicationId;
            int version = 1;
            for (int step = 0; step < i % 3; ++step) {
                Result<StageMove> moved = Pipeline(*m_db).moveToNextStage(added->applicationId, version);
                QVERIFY2(moved, qPrintable(moved.error().message));
                version = moved->after.version;
            }
            if (i % 8 == 0)
                QVERIFY(Pipeline(*m_db).reject(added->applicationId, version, QStringLiteral("Compensation mismatch")));
        }
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = CASE WHEN id % 9 = 0 THEN NULL ELSE (id * 37) % 101 END, "
                                      "missing_must_haves = id % 3")));
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET stage_entered_at = %1 - (id % 30) * 86400 - 3600").arg(now)));
        QVERIFY(tx.commit());
    }

    void escape_rfc4180_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Spark") << QStringLiteral("Spark");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << QStringLiteral("Acme, Inc.") << QStringLiteral("\"Acme, Inc.\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("LF") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
        QTest::newRow("CR") << QStringLiteral("cr\rhere") << QStringLiteral("\"cr\rhere\"");
        QTest::newRow("CRLF") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("leading space kept") << QStringLiteral("  lead") << QStringLiteral("\"  lead\"");
        QTest::newRow("trailing space kept") << QStringLiteral("trail ") << QStringLiteral("\"trail \"");
        QTest::newRow("inner space") << QStringLiteral("Big Data") << QStringLiteral("Big Data");
        QTest::newRow("semicolon with comma delimiter") << QStringLiteral("a; b") << QStringLiteral("a; b");
        QTest::newRow("accents") << QStringLiteral("José Núñez") << QStringLiteral("José Núñez");
        QTest::newRow("CJK") << QStringLiteral("王伟") << QStringLiteral("王伟");
        QTest::newRow("emoji") << QStringLiteral("🚀 rocket") << QStringLiteral("🚀 rocket");
        QTest::newRow("apostrophe inside") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
    }

    void escape_rfc4180()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escapeField(value), written);
    }

    void escape_formulaDefence_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("equals alone") << QStringLiteral("=") << QStringLiteral("'=");
        QTest::newRow("plus") << QStringLiteral("+44 20 7946 0000") << QStringLiteral("'+44 20 7946 0000");
        QTest::newRow("minus name") << QStringLiteral("-Ann") << QStringLiteral("'-Ann");
        // Decided: "-" alone and negative numbers are defended too; the export
        // never writes a negative number, so no value changes meaning.
        QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("negative number") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::newRow("tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
        QTest::newRow("carriage return, then quoted") << QStringLiteral("\r=cmd") << QStringLiteral("\"'\r=cmd\"");
        QTest::newRow("DDE with quotes and comma") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                                  << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("DDE pipe") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("harmless hyphen inside") << QStringLiteral("Ann-Marie") << QStringLiteral("Ann-Marie");
        QTest::newRow("harmless equals inside") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("harmless email") << QStringLiteral("ann@example.com") << QStringLiteral("ann@example.com");
        QTest::newRow("harmless number") << QStringLiteral("12") << QStringLiteral("12");
        QTest::newRow("harmless date") << QStringLiteral("2026-06-01") << QStringLiteral("2026-06-01");
        QTest::newRow("harmless leading quote") << QStringLiteral("'quoted") << QStringLiteral("'quoted");
        QTest::newRow("fullwidth equals is text") << QStringLiteral("＝1+1") << QStringLiteral("＝1+1");
    }

    void escape_formulaDefence()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::escapeField(value), written);
        // The defence is the only difference it makes, and it can be turned off.
        CsvWriter::Options off;
        off.formulaDefence = false;
        QCOMPARE(CsvWriter::looksLikeFormula(value), CsvWriter::escapeField(value, off) != written);
        const std::optional<Table> plain = parseCsv(CsvWriter::escapeField(value, off) + QLatin1String("\r\n"));
        QVERIFY(plain);
        QCOMPARE(*plain, Table{{value}});
    }

    void writer_bomLineEndsAndDelimiter()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(buffer);
        QVERIFY(!writer.writeRow({QStringLiteral("a"), QStringLiteral("b,c")}));
        QVERIFY(!writer.writeRow({QStringLiteral("Zoë"), QString()}));
        QVERIFY(!writer.writeRow({}));
        QCOMPARE(writer.rowsWritten(), 2 + 1);
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF" "a,\"b,c\"\r\nZo\xC3\xAB,\r\n\r\n"));

        QBuffer semicolons;
        QVERIFY(semicolons.open(QIODevice::WriteOnly));
        CsvWriter::Options options;
        options.delimiter = QLatin1Char(';');
        options.byteOrderMark = false;
        CsvWriter other(semicolons, options);
        QVERIFY(!other.writeRow({QStringLiteral("a;b"), QStringLiteral("c,d"), QStringLiteral("-1")}));
        QCOMPARE(semicolons.data(), QByteArray("\"a;b\";c,d;'-1\r\n"));
        QCOMPARE(parseCsv(QString::fromUtf8(semicolons.data()), QLatin1Char(';')),
                 std::optional<Table>(Table{{QStringLiteral("a;b"), QStringLiteral("c,d"), QStringLiteral("'-1")}}));

        QBuffer quoteDelimited;
        QVERIFY(quoteDelimited.open(QIODevice::WriteOnly));
        options.delimiter = QLatin1Char('"');
        CsvWriter refused(quoteDelimited, options);
        QCOMPARE(refused.writeRow({QStringLiteral("a")}).code, ErrorCode::Invalid);
        QVERIFY(quoteDelimited.data().isEmpty());
    }

    void writer_roundTripsThroughAStrictReader()
    {
        const QStringList tricky = {QStringLiteral("plain"),      QStringLiteral("Acme, Inc."), QStringLiteral("say \"hi\""),
                                    QStringLiteral("a\r\nb\nc\rd"), QStringLiteral("  spaced  "), QString(),
                                    QStringLiteral("王伟"),         QStringLiteral("Дмитрий"),     QStringLiteral("=1+1"),
                                    QStringLiteral("-Ann"),        QStringLiteral("\"\""),       QStringLiteral(",")};
        const QString path = m_dir.filePath(QStringLiteral("tricky.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(file);
        QVERIFY(!writer.writeRow(tricky));
        QStringList reversed(tricky.crbegin(), tricky.crend());
        QVERIFY(!writer.writeRow(reversed));
        file.close();
        Table expectedRows;
        QStringList defendedRow;
        for (const QString &v : tricky)
            defendedRow << defended(v);
        expectedRows << defendedRow << QStringList(defendedRow.crbegin(), defendedRow.crend());
        QCOMPARE(readBack(path), expectedRows);
    }

    void writer_reportsWriteErrors()
    {
        FullDevice full(10);
        QVERIFY(full.open(QIODevice::WriteOnly));
        CsvWriter writer(full);
        QVERIFY(!writer.writeRow({QStringLiteral("ok")}));  // BOM + "ok\r\n" = 7 bytes
        Error e = writer.writeRow({QStringLiteral("this row does not fit")});
        QCOMPARE(e.code, ErrorCode::Io);
        QVERIFY2(e.message.contains(QStringLiteral("No space left on device")), qPrintable(e.message));
        QCOMPARE(writer.writeRow({QStringLiteral("x")}).code, ErrorCode::Io);
        QCOMPARE(writer.rowsWritten(), 1);

        QBuffer readOnly;
        QVERIFY(readOnly.open(QIODevice::ReadOnly));
        CsvWriter refused(readOnly);
        QCOMPARE(refused.writeRow({QStringLiteral("a")}).code, ErrorCode::Io);
    }

    void export_filteredQuery_equalsHandWrittenSql_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("one page") << ApplicationExport::maxPageSize;
        QTest::newRow("pages of 4") << 4;
        QTest::newRow("pages of 1") << 1;
    }

    void export_filteredQuery_equalsHandWrittenSql()
    {
        QFETCH(int, pageSize);
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.sort = ApplicationSort::Name;
        query.order = Qt::AscendingOrder;
        FilterCondition source;
        source.field = FilterField::Source;
        source.values = {QStringLiteral("Referral"), QStringLiteral("Job board")};
        FilterCondition years;
        years.field = FilterField::Years;
        years.minimum = 3;
        years.negate = true;  // fewer than 3 years, or unknown
        FilterGroup either;
        either.any = true;
        either.conditions = {years, FilterCondition{FilterField::Tag, false, {QStringLiteral("relocation")}, {}, {}}};
        query.filter.conditions = {source};
        query.filter.groups = {either};

        ApplicationExport exporter(*m_db);
        exporter.setNow(now);
        exporter.setPageSize(pageSize);
        QList<std::pair<qint64, qint64>> progress;
        const QString path = m_dir.filePath(QStringLiteral("filtered-%1.csv").arg(pageSize));
        Result<qint64> written = exporter.exportQuery(query, path, [&](qint64 done, qint64 total) {
            progress.append({done, total});
            return true;
        });
        QVERIFY2(written, qPrintable(written.error().message));

        const Table rows = expected(QStringLiteral("c.source IN ('Referral', 'Job board') AND (c.years_experience IS NULL OR c.years_experience < 3 "
                                                   "OR c.id IN (SELECT ct.candidate_id FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                                                   "WHERE t.name = 'relocation'))"),
                                    QStringLiteral("c.sort_name ASC, a.id ASC"));
        QVERIFY(rows.size() >= 5);
        QVERIFY2(rows.size() < 40, "a filter that keeps everything proves nothing");
        QCOMPARE(*written, qint64(rows.size()));
        QCOMPARE(readBack(path), withHeader(rows));

        // Progress: from 0 to the total, never backwards, one call per page.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.constFirst().first, 0);
        QCOMPARE(progress.constLast().first, qint64(rows.size()));
        for (qsizetype i = 1; i < progress.size(); ++i) {
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
            QCOMPARE(progress.at(i).second, qint64(rows.size()));
        }
        QCOMPARE(progress.size(), qsizetype(1 + rows.size() / pageSize + 1));
        // Personal data: only the owner may read a new export.
        QVERIFY(!(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup)));
    }

    void export_everyRowAndFormulaDefenceInTheFile()
    {
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        query.sort = ApplicationSort::Applied;
        query.order = Qt::DescendingOrder;
        ApplicationExport exporter(*m_db);
        exporter.setNow(now);
        exporter.setPageSize(7);
        const QString path = m_dir.filePath(QStringLiteral("all.csv"));
        Result<qint64> written = exporter.exportQuery(query, path);
        QVERIFY2(written, qPrintable(written.error().message));
        QCOMPARE(*written, 40);
        const Table rows = readBack(path);
        QCOMPARE(rows, withHeader(expected(QStringLiteral("1 = 1"), QStringLiteral("a.applied_at DESC, a.id DESC"))));
        // Spot checks, independent of the hand-written SQL.
        const auto rowOf = [&](const QString &name) -> QStringList {
            for (const QStringList &r : rows) {
                if (r.at(0) == name)
                    return r;
            }
            return {};
        };
        QCOMPARE(rowOf(QStringLiteral("'-Ann Dash")).value(5), QString());  // unknown years: empty
        QCOMPARE(rowOf(QStringLiteral("'-Ann Dash")).value(7), QStringLiteral("'=cmd|' /C calc'!A0; relocation; silver-medal"));
        QVERIFY(!rowOf(QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")")).isEmpty());
        QVERIFY(!rowOf(QStringLiteral("'+Plus Person")).isEmpty());
        QVERIFY(!rowOf(QStringLiteral("'@Sum Person")).isEmpty());
        QCOMPARE(rowOf(QStringLiteral("'+Plus Person")).value(2), QStringLiteral("020 7946 1002"));
        QCOMPARE(rowOf(QStringLiteral("Zoë \"Zed\" Ångström, PhD")).value(4), QStringLiteral("Globex"));
        QCOMPARE(rowOf(QStringLiteral("Zoë \"Zed\" Ångström, PhD")).value(1), QStringLiteral("person4@example.com"));
        QCOMPARE(rowOf(QStringLiteral("王伟")).value(4), QStringLiteral("Acme \"Data\", Inc.\nEMEA"));
        QCOMPARE(rowOf(QStringLiteral("王伟")).value(2), QStringLiteral("'+44 20 7946 1005"));
        QCOMPARE(rowOf(QStringLiteral("王伟")).value(6), QStringLiteral("Apache Spark; C++; Kafka"));
        QCOMPARE(rowOf(QStringLiteral("Дмитрий Иванов")).value(3), QStringLiteral("  Lead, Platform  "));
        QCOMPARE(rowOf(QStringLiteral("'-Ann Dash")).value(10), displayName(ApplicationStatus::Rejected));
        QCOMPARE(rowOf(QStringLiteral("Person 10")).value(14),
                 QDateTime::fromSecsSinceEpoch(now - 11 * 86400 * 2).date().toString(Qt::ISODate));
        // No negative number in a numeric column, so none is defended.
        for (const QStringList &r : rows.mid(1)) {
            for (int column : {5, 11, 12, 13})
                QVERIFY2(!r.at(column).startsWith(QLatin1Char('\'')), qPrintable(r.join(QLatin1Char('|'))));
        }
    }

    void export_byIds_inTheOrderGiven()
    {
        const QList<qint64> ids = {m_applications.at(5), m_applications.at(2), 999'999, m_applications.at(5), m_applications.at(30),
                                   m_applications.at(0)};
        ApplicationExport exporter(*m_db);
        exporter.setNow(now);
        exporter.setPageSize(2);
        qint64 lastTotal = -1;
        const QString path = m_dir.filePath(QStringLiteral("ids.csv"));
        Result<qint64> written = exporter.exportApplications(ids, path, [&](qint64, qint64 total) {
            lastTotal = total;
            return true;
        });
        QVERIFY2(written, qPrintable(written.error().message));
        QCOMPARE(*written, 4);
        QCOMPARE(lastTotal, 5);  // distinct ids asked for
        Table rows;
        for (int index : {5, 2, 30, 0})
            rows += expected(QStringLiteral("a.id = %1").arg(m_applications.at(index)), QStringLiteral("a.id"));
        QCOMPARE(readBack(path), withHeader(rows));

        // No ids: a file with the header only.
        Result<qint64> none = exporter.exportApplications({}, path);
        QVERIFY(none);
        QCOMPARE(*none, 0);
        QCOMPARE(readBack(path), withHeader({}));
    }

    void export_cancelLeavesNoFile()
    {
        ApplicationQuery query;
        query.openingId = m_opening;
        query.includeClosed = true;
        ApplicationExport exporter(*m_db);
        exporter.setPageSize(5);
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        int calls = 0;
        Result<qint64> cancelled = exporter.exportQuery(query, path, [&](qint64, qint64) { return ++calls < 3; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(calls, 3);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled*")}, QDir::Files | QDir::Hidden), QStringList());

        // An existing file is left as it was.
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("previous export\r\n");
        }
        cancelled = exporter.exportApplications(m_applications, path, [](qint64 done, qint64) { return done == 0; });
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QFile old(path);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("previous export\r\n"));

        // A refused query (an invalid filter) leaves no file either.
        const QString failedPath = m_dir.filePath(QStringLiteral("failed.csv"));
        query.filter.conditions = {FilterCondition{FilterField::Stage, false, {}, {}, {}}};
        Result<qint64> failed = exporter.exportQuery(query, failedPath);
        QCOMPARE(failed.error().code, ErrorCode::Invalid);
        QVERIFY(!QFile::exists(failedPath));
    }

    void export_unwritablePath_namesThePath()
    {
        ApplicationExport exporter(*m_db);
        const QString missingFolder = m_dir.filePath(QStringLiteral("no such folder/out.csv"));
        Result<qint64> result = exporter.exportApplications(m_applications.mid(0, 3), missingFolder);
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Io);
        QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(missingFolder)), qPrintable(result.error().message));

        ApplicationQuery query;
        query.openingId = m_opening;
        result = exporter.exportQuery(query, m_dir.path());  // a folder, not a file
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Io);
        QVERIFY2(result.error().message.contains(QDir::toNativeSeparators(m_dir.path())), qPrintable(result.error().message));

        QCOMPARE(exporter.exportQuery(query, QString()).error().code, ErrorCode::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
