// The streaming CSV reader: encodings and delimiters as sniffed, RFC 4180
// quoting, line ends, state carried across reads of any size (down to one
// byte), and a clear refusal naming the line for every kind of bad input.
// Every file is built byte by byte here, so each encoding is exactly what the
// test says it is.

#include "formats/csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace shortlist;

namespace {

using Table = QList<QStringList>;

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList out;
    for (const char *f : fields)
        out.append(QString::fromUtf8(f));
    return out;
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (const QChar c : text) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out += bigEndian ? hi : lo;
        out += bigEndian ? lo : hi;
    }
    return out;
}

// Hands out at most `step` bytes per read, so every piece of reader state
// (a CRLF, a UTF-8 sequence, a doubled quote, a UTF-16 unit) gets split.
class TrickleDevice : public QIODevice {
public:
    TrickleDevice(QByteArray data, qint64 step)
        : m_data(std::move(data))
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_data.size()) - m_at});
        if (n <= 0)
            return 0;
        std::memcpy(out, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_step;
    qint64 m_at = 0;
};

struct Parsed {
    CsvDialect dialect;
    QStringList header;
    Table rows;
    QList<qint64> lines;   // line() of each data row
    Error error;
    qint64 bytesRead = 0;
};

// Sniffs the first 64 KB and reads everything, through a QBuffer or, with
// step > 0, through a device that returns `step` bytes at a time.
Parsed parse(const QByteArray &bytes, qint64 step = 0, CsvReader::Limits limits = {})
{
    Parsed p;
    Result<CsvDialect> dialect = CsvReader::sniff(bytes.left(64 * 1024));
    if (!dialect) {
        p.error = dialect.error();
        return p;
    }
    p.dialect = *dialect;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    TrickleDevice trickle(bytes, std::max<qint64>(step, 1));
    QIODevice &device = step > 0 ? static_cast<QIODevice &>(trickle) : static_cast<QIODevice &>(buffer);
    CsvReader reader(device, p.dialect, limits);
    for (;;) {
        Result<std::optional<QStringList>> record = reader.next();
        if (!record) {
            p.error = record.error();
            // Once refused, always refused.
            const auto again = reader.next();
            if (again.ok() || again.error().message != p.error.message)
                p.error.message = QStringLiteral("second call did not repeat the error");
            break;
        }
        if (!record->has_value())
            break;
        if (p.header.isEmpty()) {
            p.header = **record;
            if (reader.header() != p.header)
                p.error.message = QStringLiteral("header() differs from the first record");
        } else {
            p.rows.append(**record);
            p.lines.append(reader.line());
        }
    }
    p.bytesRead = reader.bytesRead();
    return p;
}

// A clean, padded comma-separated file bigger than the sniffed head.
QByteArray asciiRows(int count)
{
    QByteArray out = "name,email,notes\n";
    for (int i = 1; i <= count; ++i)
        out += "Person " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org,plain ascii text here\n";
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void encoding_isDetectedAndDecoded_data();
    void encoding_isDetectedAndDecoded();
    void windows1252_mapsTheC1RangeWithItsTable();
    void sniff_headCutInsideUtf8Character_isStillUtf8();
    void delimiter_isSniffedAndSplits_data();
    void delimiter_isSniffedAndSplits();
    void quoting_followsRfc4180Leniently_data();
    void quoting_followsRfc4180Leniently();
    void lineEnds_anyStyleAndBlankLinesSkipped_data();
    void lineEnds_anyStyleAndBlankLinesSkipped();
    void line_isWhereEachRecordStarts();
    void header_trimmedAndTrailingEmptyColumnDropped();
    void headerOnly_isNotAnError();
    void tinyReads_giveTheSameRecords_data();
    void tinyReads_giveTheSameRecords();
    void badInput_isRefusedNamingTheProblem_data();
    void badInput_isRefusedNamingTheProblem();
    void badInput_refusedThroughTinyReadsToo_data();
    void badInput_refusedThroughTinyReadsToo();
    void describe_namesEncodingAndDelimiter();
    void reader_refusesAnUnusableDelimiter();
    void manyRows_streamWithCorrectCount();
    void preview_readsTheFirstRowsOfAFile();
    void forcedEncoding_readsWhatTheHeadCannotTell_data();
    void forcedEncoding_readsWhatTheHeadCannotTell();
    void preview_readsInTheChosenEncoding();
    void encodingCodes_readBackCaseInsensitively();
};

void TestCsvReader::encoding_isDetectedAndDecoded_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QStringList>("expectedRow");

    const QString text = QString::fromUtf8("Name,City\nRenée Žák,Kraków €\n");
    const QStringList decoded = row({"Renée Žák", "Kraków €"});
    const auto utf8 = int(CsvDialect::Encoding::Utf8);
    QTest::newRow("utf8 without BOM") << text.toUtf8() << utf8 << false << decoded;
    QTest::newRow("utf8 with BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << utf8 << true << decoded;
    QTest::newRow("utf16 LE with BOM") << utf16(text, false, true) << int(CsvDialect::Encoding::Utf16LE) << true << decoded;
    QTest::newRow("utf16 BE with BOM") << utf16(text, true, true) << int(CsvDialect::Encoding::Utf16BE) << true << decoded;
    QTest::newRow("utf16 LE without BOM") << utf16(text, false, false) << int(CsvDialect::Encoding::Utf16LE) << false << decoded;
    QTest::newRow("utf16 BE without BOM") << utf16(text, true, false) << int(CsvDialect::Encoding::Utf16BE) << false << decoded;
    const QString astral = QString::fromUtf8("Name,Note\nAda,\xF0\x9F\x98\x80 ok\n");
    QTest::newRow("utf16 LE surrogate pair") << utf16(astral, false, true) << int(CsvDialect::Encoding::Utf16LE) << true
                                             << row({"Ada", "\xF0\x9F\x98\x80 ok"});
    QTest::newRow("utf8 four-byte character") << astral.toUtf8() << utf8 << false << row({"Ada", "\xF0\x9F\x98\x80 ok"});
    // é = E9 (Latin-1), € = 80, ’ = 92, – = 96 (the Windows-1252 table).
    QTest::newRow("windows-1252") << QByteArray("Name,City\nRen\xE9\x92s,M\xFCnchen \x80\x96\n")
                                  << int(CsvDialect::Encoding::Windows1252) << false
                                  << row({"Ren\xC3\xA9\xE2\x80\x99s", "M\xC3\xBCnchen \xE2\x82\xAC\xE2\x80\x93"});
}

void TestCsvReader::encoding_isDetectedAndDecoded()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(QStringList, expectedRow);

    const Parsed p = parse(bytes);
    QVERIFY2(!p.error, qPrintable(p.error.message));
    QCOMPARE(int(p.dialect.encoding), encoding);
    QCOMPARE(p.dialect.byteOrderMark, bom);
    QCOMPARE(p.dialect.delimiter, QLatin1Char(','));
    QCOMPARE(p.header.first(), QStringLiteral("Name"));
    QCOMPARE(p.rows, Table{expectedRow});
    QCOMPARE(p.bytesRead, qint64(bytes.size()));
}

void TestCsvReader::windows1252_mapsTheC1RangeWithItsTable()
{
    // Not valid UTF-8 (a lone 0x80), so the whole file is Windows-1252.
    QByteArray bytes = "Code,Char\n";
    for (int b = 0x80; b <= 0xFF; ++b)
        bytes += QByteArray::number(b, 16) + ',' + char(b) + '\n';
    const Parsed p = parse(bytes);
    QVERIFY2(!p.error, qPrintable(p.error.message));
    QCOMPARE(p.dialect.encoding, CsvDialect::Encoding::Windows1252);
    QCOMPARE(p.rows.size(), 128);
    const QHash<int, char16_t> expected = {
        {0x80, u'€'}, {0x81, 0x81}, {0x82, u'‚'}, {0x83, u'ƒ'}, {0x84, u'„'}, {0x85, u'…'}, {0x86, u'†'}, {0x87, u'‡'},
        {0x88, u'ˆ'}, {0x89, u'‰'}, {0x8A, u'Š'}, {0x8B, u'‹'}, {0x8C, u'Œ'}, {0x8D, 0x8D}, {0x8E, u'Ž'}, {0x8F, 0x8F},
        {0x90, 0x90}, {0x91, u'‘'}, {0x92, u'’'}, {0x93, u'“'}, {0x94, u'”'}, {0x95, u'•'}, {0x96, u'–'}, {0x97, u'—'},
        {0x98, u'˜'}, {0x99, u'™'}, {0x9A, u'š'}, {0x9B, u'›'}, {0x9C, u'œ'}, {0x9D, 0x9D}, {0x9E, u'ž'}, {0x9F, u'Ÿ'},
    };
    for (const QStringList &r : p.rows) {
        const int b = r.at(0).toInt(nullptr, 16);
        const char16_t want = b < 0xA0 ? expected.value(b) : char16_t(b);   // the rest is Latin-1
        QCOMPARE(r.at(1), QString(QChar(want)));
    }
}

void TestCsvReader::sniff_headCutInsideUtf8Character_isStillUtf8()
{
    // 64 KB of head ending with the first byte of "é": a cut, not an error.
    QByteArray bytes = "Name,Note\n";
    while (bytes.size() < 64 * 1024 - 100)
        bytes += "Zoe,plain\n";
    bytes += "A,";
    bytes += QByteArray(64 * 1024 - 1 - bytes.size(), 'x');
    bytes += "\xC3\xA9\n";
    QCOMPARE(bytes.mid(64 * 1024 - 1, 1), QByteArray("\xC3"));
    const Result<CsvDialect> dialect = CsvReader::sniff(bytes.left(64 * 1024));
    QVERIFY2(dialect.ok(), qPrintable(dialect.error().message));
    QCOMPARE(dialect->encoding, CsvDialect::Encoding::Utf8);
    const Parsed p = parse(bytes);
    QVERIFY2(!p.error, qPrintable(p.error.message));
    QCOMPARE(p.rows.last().at(1).right(2), QStringLiteral("xé"));
}

void TestCsvReader::delimiter_isSniffedAndSplits_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<Table>("rows");

    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',') << Table{row({"1", "2", "3"})};
    QTest::newRow("semicolon") << QByteArray("a;b;c\n1;2;3\n") << QChar(u';') << Table{row({"1", "2", "3"})};
    QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar(u'\t') << Table{row({"1", "2", "3"})};
    QTest::newRow("semicolon with decimal commas")
        << QByteArray("name;salary;bonus\nAda;1,5;2,25\nBob;3;4,5\n") << QChar(u';')
        << Table{row({"Ada", "1,5", "2,25"}), row({"Bob", "3", "4,5"})};
    QTest::newRow("tab with commas in fields")
        << QByteArray("Name\tLocation\nAda\tBerlin, DE\nBob\tParis, FR\n") << QChar(u'\t')
        << Table{row({"Ada", "Berlin, DE"}), row({"Bob", "Paris, FR"})};
    QTest::newRow("comma with quoted semicolons")
        << QByteArray("a,b\n\"x;y;z\",\"1;2\"\n") << QChar(u',') << Table{row({"x;y;z", "1;2"})};
    QTest::newRow("semicolon with quoted commas")
        << QByteArray("a;b\n\"Smith, Ada\";\"x,y,z\"\n") << QChar(u';') << Table{row({"Smith, Ada", "x,y,z"})};
    QTest::newRow("single column") << QByteArray("email\nada@example.org\n") << QChar(u',') << Table{row({"ada@example.org"})};
}

void TestCsvReader::delimiter_isSniffedAndSplits()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QChar, delimiter);
    QFETCH(Table, rows);
    const Parsed p = parse(bytes);
    QVERIFY2(!p.error, qPrintable(p.error.message));
    QCOMPARE(p.dialect.delimiter, delimiter);
    QCOMPARE(p.rows, rows);
}

void TestCsvReader::quoting_followsRfc4180Leniently_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Table>("rows");

    QTest::newRow("embedded delimiter") << QByteArray("a,b\n\"1,5\",x\n") << Table{row({"1,5", "x"})};
    QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",\"\"\"\"\n") << Table{row({"say \"hi\"", "\""})};
    QTest::newRow("embedded LF") << QByteArray("a,b\n\"line 1\nline 2\",x\n") << Table{row({"line 1\nline 2", "x"})};
    QTest::newRow("embedded CRLF") << QByteArray("a,b\r\n\"line 1\r\nline 2\",x\r\n") << Table{row({"line 1\r\nline 2", "x"})};
    QTest::newRow("embedded CR") << QByteArray("a,b\r\"line 1\rline 2\",x\r") << Table{row({"line 1\rline 2", "x"})};
    QTest::newRow("empty quoted field") << QByteArray("a,b\n\"\",x\n") << Table{row({"", "x"})};
    QTest::newRow("spaces kept") << QByteArray("a,b\n  padded , \" quoted \"\n") << Table{row({"  padded ", " \" quoted \""})};
    QTest::newRow("quote inside unquoted field kept") << QByteArray("a,b\n5'11\",O\"Brien\n") << Table{row({"5'11\"", "O\"Brien"})};
    QTest::newRow("text after closing quote appended") << QByteArray("a,b\n\"Ada\" Lovelace,x\n") << Table{row({"Ada Lovelace", "x"})};
    QTest::newRow("quote after closing quote literal") << QByteArray("a,b\n\"x\"y\"z,w\n") << Table{row({"xy\"z", "w"})};
    QTest::newRow("quoted last field at end of file") << QByteArray("a,b\n1,\"two\"") << Table{row({"1", "two"})};
    QTest::newRow("quoted delimiter-only field") << QByteArray("a\tb\n\"\t\"\tx\n") << Table{row({"\t", "x"})};
    QTest::newRow("utf8 inside quotes") << QByteArray("a,b\n\"Zo\xC3\xAB \"\"Z\"\"\",\xE2\x82\xAC\n") << Table{row({"Zoë \"Z\"", "€"})};
}

void TestCsvReader::quoting_followsRfc4180Leniently()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Table, rows);
    const Parsed p = parse(bytes);
    QVERIFY2(!p.error, qPrintable(p.error.message));
    QCOMPARE(p.rows, rows);
}

void TestCsvReader::lineEnds_anyStyleAndBlankLinesSkipped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Table>("rows");

    const Table two{row({"1", "2"}), row({"3", "4"})};
    QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n") << two;
    QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << two;
    QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r") << two;
    QTest::newRow("mixed") << QByteArray("a,b\r\n1,2\n3,4\r") << two;
    QTest::newRow("no final newline") << QByteArray("a,b\n1,2\n3,4") << two;
    QTest::newRow("empty last field at end") << QByteArray("a,b\n1,2\n3,") << Table{row({"1", "2"}), row({"3", ""})};
    QTest::newRow("blank lines skipped") << QByteArray("\n\r\na,b\n\n1,2\r\n\r\n\r\n3,4\n\n\n") << two;
    QTest::newRow("whitespace and delimiter-only lines skipped") << QByteArray("a,b\n1,2\n  \n,\n , \n3,4\n") << two;
    QTest::newRow("blank CR lines skipped") << QByteArray("a,b\r\r1,2\r\r\r3,4") << two;
}

void TestCsvReader::lineEnds_anyStyleAndBlankLinesSkipped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Table, rows);
    const Parsed p = parse(bytes);
    QVERIFY2(!p.error, qPrintable(p.error.message));
    QCOMPARE(p.header, row({"a", "b"}));
    QCOMPARE(p.rows, rows);
}

void TestCsvReader::line_isWhereEachRecordStarts()
{
    for (const QByteArray &end : {QByteArray("\n"), QByteArray("\r\n"), QByteArray("\r")}) {
        QByteArray bytes = "\na,b\n1,\"x\n\ny\"\n\n2,z\n3,\"\"\"\n\"\n4,w";
        bytes.replace("\n", end);
        for (const qint64 step : {qint64(0), qint64(1), qint64(2)}) {
            const Parsed p = parse(bytes, step);
            QVERIFY2(!p.error, qPrintable(p.error.message));
            QCOMPARE(p.rows.size(), 4);
            QCOMPARE(p.lines, (QList<qint64>{3, 7, 8, 10}));
            QCOMPARE(p.rows.at(0).at(1), QString(QStringLiteral("x") + QString::fromLatin1(end + end) + QStringLiteral("y")));
        }
    }
}

void TestCsvReader::header_trimmedAndTrailingEmptyColumnDropped()
{
    // Every line ends with a delimiter, as many exports write them.
    const Parsed p = parse("  Name , Email ,\nAda,ada@example.org,\nBob,bob@example.org\n");
    QVERIFY2(!p.error, qPrintable(p.error.message));
    QCOMPARE(p.header, row({"Name", "Email"}));
    QCOMPARE(p.rows, (Table{row({"Ada", "ada@example.org"}), row({"Bob", "bob@example.org"})}));

    // Rows may end with a delimiter the header does not have.
    const Parsed rowsOnly = parse("Name,Email\nAda,ada@example.org,\n");
    QVERIFY2(!rowsOnly.error, qPrintable(rowsOnly.error.message));
    QCOMPARE(rowsOnly.rows, Table{row({"Ada", "ada@example.org"})});

    // A name-less column in the middle is kept (the mapping ignores it).
    const Parsed middle = parse("Name,,Email\nAda,1,a@x.org\n");
    QVERIFY2(!middle.error, qPrintable(middle.error.message));
    QCOMPARE(middle.header, row({"Name", "", "Email"}));
}

void TestCsvReader::headerOnly_isNotAnError()
{
    for (const QByteArray &bytes : {QByteArray("name,email\n"), QByteArray("name,email"), QByteArray("name,email\n\n\n")}) {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        const Result<CsvDialect> dialect = CsvReader::sniff(bytes);
        QVERIFY(dialect.ok());
        CsvReader reader(buffer, *dialect);
        const auto header = reader.next();
        QVERIFY(header.ok() && header->has_value());
        QCOMPARE(reader.header(), row({"name", "email"}));
        const auto end = reader.next();
        QVERIFY2(end.ok(), qPrintable(end.error().message));
        QVERIFY(!end->has_value());
        QCOMPARE(reader.records(), 0);
        QVERIFY(!reader.next()->has_value());
    }
}

void TestCsvReader::tinyReads_giveTheSameRecords_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QString text = QString::fromUtf8("Näme,\"Nö,te\"\r\n\"Zoë\r\n\"\"Z\"\"\",€ and \xF0\x9F\x98\x80\r\n\r\nÅsa,\"\"\r\nlast,row");
    QTest::newRow("utf8 CRLF quotes multibyte") << text.toUtf8();
    QTest::newRow("utf8 BOM") << QByteArray("\xEF\xBB\xBF" + text.toUtf8());
    QTest::newRow("utf16 LE BOM") << utf16(text, false, true);
    QTest::newRow("utf16 BE BOM") << utf16(text, true, true);
    QTest::newRow("utf16 LE no BOM") << utf16(text, false, false);
    QTest::newRow("windows-1252 CR") << QByteArray("Name;Note\r\"Ren\xE9\r\"\"x\"\"\";\x80\r\rB;\"\"\"\"\r");
    QTest::newRow("long rows") << asciiRows(3000);
}

void TestCsvReader::tinyReads_giveTheSameRecords()
{
    QFETCH(QByteArray, bytes);
    const Parsed whole = parse(bytes);
    QVERIFY2(!whole.error, qPrintable(whole.error.message));
    QVERIFY(whole.rows.size() >= 2);
    const QList<qint64> steps = bytes.size() > 10000 ? QList<qint64>{1, 7, 4099} : QList<qint64>{1, 2, 3, 5, 7};
    for (const qint64 step : steps) {
        const Parsed trickled = parse(bytes, step);
        QVERIFY2(!trickled.error, qPrintable(QStringLiteral("step %1: %2").arg(step).arg(trickled.error.message)));
        QCOMPARE(trickled.header, whole.header);
        QCOMPARE(trickled.rows, whole.rows);
        QCOMPARE(trickled.lines, whole.lines);
        QCOMPARE(trickled.bytesRead, qint64(bytes.size()));
    }
}

void TestCsvReader::badInput_isRefusedNamingTheProblem_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("maxFieldBytes");
    QTest::addColumn<int>("maxColumns");
    QTest::addColumn<QStringList>("keywords");
    QTest::addColumn<int>("rowsBefore");   // records read before the refusal

    const int mb = 1024 * 1024;
    QTest::newRow("empty file") << QByteArray() << mb << 256 << row({"empty"}) << 0;
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << mb << 256 << row({"empty"}) << 0;
    QTest::newRow("only a UTF-16 BOM") << QByteArray("\xFF\xFE") << mb << 256 << row({"empty"}) << 0;
    QTest::newRow("only whitespace") << QByteArray(" \r\n\t\n\n") << mb << 256 << row({"empty"}) << 0;
    QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 16) << mb << 256
                          << row({"xlsx", "not CSV", "Save As"}) << 0;
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00\x00\x00", 12) << mb << 256
                         << row({".xls", "not CSV", "Save As"}) << 0;
    QTest::newRow("NUL bytes") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR\x00\x00\x01", 19) << mb << 256
                               << row({"NUL", "binary"}) << 0;
    QTest::newRow("control characters") << QByteArray("\x1B\x02\x03name\x04,\x05\x06\x07\x08x\x0E\x0F\x10\x11\n") << mb << 256
                                        << row({"binary", "control"}) << 0;
    QTest::newRow("unterminated quote")
        << QByteArray("name,notes\nAda,\"ok\"\nBob,\"never closed\nCarl,x\n") << mb << 256
        << row({"line 3", "column 2", "“notes”", "unterminated", "closing quote"}) << 1;
    QTest::newRow("unterminated quote past the field limit")
        << QByteArray("name,notes\nAda,\"runs on\n" + QByteArray(200, 'x')) << 100 << 256
        << row({"line 2", "column 2", "unterminated", "100 bytes"}) << 0;
    QTest::newRow("field over the limit")
        << QByteArray("name,notes\nAda,short\nBob," + QByteArray(101, 'x') + "\n") << 100 << 256
        << row({"line 3", "column 2", "“notes”", "longer than 100 bytes"}) << 1;
    QTest::newRow("10 MB field") << QByteArray("name,notes\nAda," + QByteArray(10 * mb, 'x') + "\n") << mb << 256
                                 << row({"line 2", "column 2", "longer than 1 MB"}) << 0;
    QTest::newRow("too many columns") << QByteArray("a,b,c,d,e,f\n1,2,3,4,5,6\n") << mb << 5
                                      << row({"line 1", "more than 5 columns"}) << 0;
    QByteArray thousand;
    for (int i = 0; i < 1000; ++i)
        thousand += (i ? "," : "") + QByteArray("col") + QByteArray::number(i);
    QTest::newRow("1,000 columns") << QByteArray(thousand + "\n" + thousand + "\n") << mb << 256
                                   << row({"line 1", "more than 256 columns"}) << 0;
    QTest::newRow("ragged row with fewer fields")
        << QByteArray("a,b,c\n1,2,3\n4,5,6\n7,8\n9,10,11\n") << mb << 256 << row({"line 4", "only 2 of the header's 3 columns"}) << 2;
    QTest::newRow("ragged row with more fields")
        << QByteArray("a,b,c\r\n1,2,3\r\n4,5,6,7\r\n") << mb << 256 << row({"line 3", "4 fields, more than the header's 3 columns", "quoted"}) << 1;
    QTest::newRow("ragged row after a multi-line field")
        << QByteArray("a,b\n1,\"x\ny\"\n3\n") << mb << 256 << row({"line 4", "only 1 of the header's 2 columns"}) << 1;
    QTest::newRow("mixed delimiters")
        << QByteArray("a,b,c,d,e\n1,2,3,4,5\n6,7,8,9,10\nf;g;h;i\n1;2;3;4\n5;6;7;8\n") << mb << 256
        << row({"mixes delimiters", "lines 1–3 split on commas into 5 fields", "lines 4–6 on semicolons into 4"}) << 0;
    QTest::newRow("mixed delimiters, header odd")
        << QByteArray("a;b;c\n1,2,3,4\n5,6,7,8\n") << mb << 256
        << row({"line 1 splits on semicolons into 3 fields", "lines 2–3 on commas into 4"}) << 0;
    QTest::newRow("duplicate headers")
        << QByteArray("Name,Email,name , EMAIL,Phone\n1,2,3,4,5\n") << mb << 256
        << QStringList{QStringLiteral("line 1"), QStringLiteral("repeats"),
                       QStringLiteral("“Name” (columns ") + QLocale().createSeparatedList({QStringLiteral("1"), QStringLiteral("3")}),
                       QStringLiteral("“Email” (columns ") + QLocale().createSeparatedList({QStringLiteral("2"), QStringLiteral("4")})}
        << 0;
    QTest::newRow("empty header row") << QByteArray(",,\n1,2,3\n") << mb << 256 << row({"line 1", "no column names"}) << 0;
    QTest::newRow("empty header row after blank lines")
        << QByteArray("\n\n ; ; \n1;2;3\n") << mb << 256 << row({"line 3", "no column names"}) << 0;
    // Valid UTF-8 for the sniffed 64 KB, then a Latin-1 byte.
    QByteArray lateLatin1 = asciiRows(2000);
    const qint64 badLine = lateLatin1.count('\n') + 1;
    const QString atBadLine = QStringLiteral("line ") + QLocale().toString(badLine);
    const QString twoBelow = QStringLiteral("line ") + QLocale().toString(badLine + 2);
    lateLatin1 += "Ren\xE9,r@example.org,x\n";
    QTest::newRow("invalid UTF-8 after the head")
        << lateLatin1 << mb << 256 << QStringList{atBadLine, QStringLiteral("not valid UTF-8"), QStringLiteral("Save it again as UTF-8")}
        << 2000;
    QByteArray lateMultiLine = asciiRows(2000) + "A,\"one\ntwo\nth\xC3\x28ree\",x\n";
    QTest::newRow("invalid UTF-8 inside a multi-line field")
        << lateMultiLine << mb << 256 << QStringList{twoBelow, QStringLiteral("not valid UTF-8")} << 2000;
    QByteArray lateNul = asciiRows(2000) + QByteArray("A,b\0c,d\n", 8);
    QTest::newRow("NUL after the head") << lateNul << mb << 256 << QStringList{atBadLine, QStringLiteral("NUL"), QStringLiteral("binary")}
                                        << 2000;
    QTest::newRow("overlong UTF-8 after the head")
        << QByteArray(asciiRows(2000) + "A,\xC0\xAF,x\n") << mb << 256 << QStringList{atBadLine, QStringLiteral("UTF-8")} << 2000;
}

void TestCsvReader::badInput_isRefusedNamingTheProblem()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxFieldBytes);
    QFETCH(int, maxColumns);
    QFETCH(QStringList, keywords);
    QFETCH(int, rowsBefore);

    const Parsed p = parse(bytes, 0, CsvReader::Limits{maxFieldBytes, maxColumns});
    QVERIFY2(p.error, "the file was accepted");
    QCOMPARE(p.error.code, ErrorCode::Invalid);
    for (const QString &word : std::as_const(keywords))
        QVERIFY2(p.error.message.contains(word, Qt::CaseInsensitive), qPrintable(QStringLiteral("“%1” not in: %2").arg(word, p.error.message)));
    QCOMPARE(p.rows.size(), rowsBefore);
    // Messages are sentences that say what to do, not codes.
    QVERIFY(p.error.message.endsWith(QLatin1Char('.')));
}

void TestCsvReader::badInput_refusedThroughTinyReadsToo_data()
{
    badInput_isRefusedNamingTheProblem_data();
}

void TestCsvReader::badInput_refusedThroughTinyReadsToo()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, maxFieldBytes);
    QFETCH(int, maxColumns);
    const CsvReader::Limits limits{maxFieldBytes, maxColumns};
    const Parsed whole = parse(bytes, 0, limits);
    // Three bytes at a time, but not through all of the 10 MB field.
    const Parsed trickled = parse(bytes, bytes.size() > 1024 * 1024 ? 4097 : 3, limits);
    QCOMPARE(trickled.error.message, whole.error.message);
    QCOMPARE(trickled.rows, whole.rows);
}

void TestCsvReader::describe_namesEncodingAndDelimiter()
{
    CsvDialect d;
    QCOMPARE(d.describe(), QStringLiteral("UTF-8, comma-separated"));
    d.byteOrderMark = true;
    d.delimiter = QLatin1Char(';');
    QCOMPARE(d.describe(), QStringLiteral("UTF-8 with BOM, semicolon-separated"));
    d.encoding = CsvDialect::Encoding::Utf16LE;
    d.delimiter = QLatin1Char('\t');
    QCOMPARE(d.describe(), QStringLiteral("UTF-16 little-endian with BOM, tab-separated"));
    d.encoding = CsvDialect::Encoding::Windows1252;
    d.byteOrderMark = false;
    QCOMPARE(d.describe(), QStringLiteral("Windows-1252, tab-separated"));
}

void TestCsvReader::reader_refusesAnUnusableDelimiter()
{
    QBuffer buffer;
    buffer.setData("a\"b\n1\"2\n");
    buffer.open(QIODevice::ReadOnly);
    CsvDialect dialect;
    dialect.delimiter = QLatin1Char('"');
    CsvReader reader(buffer, dialect);
    const auto record = reader.next();
    QVERIFY(!record.ok());
    QCOMPARE(record.error().code, ErrorCode::Invalid);
    QVERIFY(record.error().message.contains(QStringLiteral("comma, semicolon or tab")));
}

void TestCsvReader::manyRows_streamWithCorrectCount()
{
    constexpr int rows = 200'000;
    QByteArray bytes;
    bytes.reserve(rows * 70);
    bytes += "id,name,email,phone,city,years,notes\r\n";
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += n + ",Person " + n + ",p" + n + "@example.org,+49 30 " + n + ",Berlin," + QByteArray::number(i % 30);
        bytes += i % 10 == 0 ? ",\"Said \"\"yes\"\", then\nleft\"\r\n" : ",Zoë\r\n";
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const Result<CsvDialect> dialect = CsvReader::sniff(bytes.left(64 * 1024));
    QVERIFY(dialect.ok());
    CsvReader reader(buffer, *dialect);
    qint64 count = -1;
    QStringList last;
    // Streaming: the header comes from the first read, not the whole file.
    QVERIFY(reader.next().ok());
    QVERIFY(reader.bytesRead() <= 64 * 1024);
    ++count;
    for (;;) {
        auto record = reader.next();
        QVERIFY2(record.ok(), qPrintable(record.error().message));
        if (!record->has_value())
            break;
        ++count;
        last = std::move(**record);
    }
    QCOMPARE(count, rows);
    QCOMPARE(reader.records(), rows);
    QCOMPARE(last.at(0), QString::number(rows));
    QCOMPARE(last.at(6), QStringLiteral("Said \"yes\", then\nleft"));
    QCOMPARE(reader.line(), 1 + rows + (rows - 1) / 10);   // one more line per multi-line note before the last row
    QCOMPARE(reader.bytesRead(), bytes.size());
}

void TestCsvReader::preview_readsTheFirstRowsOfAFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    QFile file(good);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(utf16(QStringLiteral("Name;Email\r\nAda;a@x.org\r\nBob;b@x.org\r\nCy;c@x.org\r\n"), false, true));
    file.close();
    const CsvPreview preview = previewCsv(good, 2);
    QVERIFY2(!preview.error, qPrintable(preview.error.message));
    QCOMPARE(preview.dialect.encoding, CsvDialect::Encoding::Utf16LE);
    QCOMPARE(preview.dialect.delimiter, QLatin1Char(';'));
    QCOMPARE(preview.header, row({"Name", "Email"}));
    QCOMPARE(preview.rows, (Table{row({"Ada", "a@x.org"}), row({"Bob", "b@x.org"})}));

    // A refusal within the previewed rows comes with the rows before it.
    const QString ragged = dir.filePath(QStringLiteral("ragged.csv"));
    QFile raggedFile(ragged);
    QVERIFY(raggedFile.open(QIODevice::WriteOnly));
    raggedFile.write("a,b\n1,2\n3\n");
    raggedFile.close();
    const CsvPreview partial = previewCsv(ragged);
    QCOMPARE(partial.rows, Table{row({"1", "2"})});
    QVERIFY(partial.error.message.contains(QStringLiteral("line 3"), Qt::CaseInsensitive));

    const CsvPreview missing = previewCsv(dir.filePath(QStringLiteral("missing.csv")));
    QCOMPARE(missing.error.code, ErrorCode::NotFound);
    QVERIFY(missing.error.message.contains(QStringLiteral("missing.csv")));
}

void TestCsvReader::forcedEncoding_readsWhatTheHeadCannotTell_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("forced");   // -1: sniffed
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("lastRow");
    QTest::addColumn<QStringList>("errorWords");   // empty: read to the end

    const int detected = -1;
    const auto utf8 = int(CsvDialect::Encoding::Utf8);
    const auto cp1252 = int(CsvDialect::Encoding::Windows1252);
    // The first 64 KB are plain ASCII (so sniffed as UTF-8); then Windows-1252.
    QByteArray late = asciiRows(2000);
    QVERIFY(late.size() > 64 * 1024);
    const qint64 lateLine = late.count('\n') + 1;
    late += "M\xFCller,mueller@example.org,Jos\xE9 says hi\n";
    const QStringList header = row({"name", "email", "notes"});
    QTest::newRow("windows-1252 after an ASCII head, detected: refused further down")
        << late << detected << utf8 << false << header << row({"Person 2000", "p2000@example.org", "plain ascii text here"})
        << QStringList{QStringLiteral("line ") + QLocale().toString(lateLine), QStringLiteral("not valid UTF-8")};
    QTest::newRow("windows-1252 after an ASCII head, chosen: read to the end")
        << late << cp1252 << cp1252 << false << header << row({"M\xC3\xBCller", "mueller@example.org", "Jos\xC3\xA9 says hi"})
        << QStringList{};
    const QByteArray withBom = "\xEF\xBB\xBFName;City\nZo\xC3\xAB;M\xC3\xBCnchen\n";
    QTest::newRow("utf-8 chosen: its byte-order mark is skipped")
        << withBom << utf8 << utf8 << true << row({"Name", "City"}) << row({"Zo\xC3\xAB", "M\xC3\xBCnchen"}) << QStringList{};
    QTest::newRow("utf-16 LE chosen: its byte-order mark is skipped")
        << utf16(QStringLiteral("Name,City\nAda,Paris\n"), false, true) << int(CsvDialect::Encoding::Utf16LE)
        << int(CsvDialect::Encoding::Utf16LE) << true << row({"Name", "City"}) << row({"Ada", "Paris"}) << QStringList{};
    QTest::newRow("windows-1252 chosen for UTF-8 text: read as chosen")
        << QByteArray("Name,City\nZo\xC3\xAB,Oslo\n") << cp1252 << cp1252 << false << row({"Name", "City"})
        << row({"Zo\xC3\x83\xC2\xAB", "Oslo"}) << QStringList{};
}

void TestCsvReader::forcedEncoding_readsWhatTheHeadCannotTell()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, forced);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    QFETCH(QStringList, header);
    QFETCH(QStringList, lastRow);
    QFETCH(QStringList, errorWords);

    const QByteArray head = bytes.left(64 * 1024);
    const Result<CsvDialect> dialect = forced < 0 ? CsvReader::sniff(head) : CsvReader::sniff(head, CsvDialect::Encoding(forced));
    QVERIFY2(dialect.ok(), qPrintable(dialect.error().message));
    QCOMPARE(int(dialect->encoding), encoding);
    QCOMPARE(dialect->byteOrderMark, bom);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, *dialect);
    QStringList last;
    Error error;
    for (;;) {
        Result<std::optional<QStringList>> record = reader.next();
        if (!record) {
            error = record.error();
            break;
        }
        if (!*record)
            break;
        if (reader.records() > 0)
            last = **record;
    }
    QCOMPARE(reader.header(), header);
    QCOMPARE(last, lastRow);
    if (errorWords.isEmpty()) {
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
    } else {
        QVERIFY2(error, "the file was read to the end");
        for (const QString &word : std::as_const(errorWords))
            QVERIFY2(error.message.contains(word, Qt::CaseInsensitive), qPrintable(QStringLiteral("“%1” not in: %2").arg(word, error.message)));
    }
}

void TestCsvReader::preview_readsInTheChosenEncoding()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("names.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,City\nJos\xE9,M\xFCnchen\n");
    file.close();
    // Sniffed: not UTF-8, so Windows-1252.
    const CsvPreview sniffed = previewCsv(path, 5);
    QCOMPARE(sniffed.dialect.encoding, CsvDialect::Encoding::Windows1252);
    QCOMPARE(sniffed.rows, Table{row({"Jos\xC3\xA9", "M\xC3\xBCnchen"})});
    // Chosen: UTF-8, so the same bytes are refused as such.
    const CsvPreview asUtf8 = previewCsv(path, 5, CsvDialect::Encoding::Utf8);
    QCOMPARE(asUtf8.dialect.encoding, CsvDialect::Encoding::Utf8);
    QVERIFY2(asUtf8.error.message.contains(QStringLiteral("not valid UTF-8")), qPrintable(asUtf8.error.message));
    QVERIFY(asUtf8.rows.isEmpty());
}

void TestCsvReader::encodingCodes_readBackCaseInsensitively()
{
    QStringList codes;
    for (const CsvDialect::Encoding e : CsvDialect::encodings()) {
        codes << toCode(e);
        QCOMPARE(csvEncodingFromCode(toCode(e)).value_or(CsvDialect::Encoding(-1)), e);
        QCOMPARE(csvEncodingFromCode(toCode(e).toUpper()).value_or(CsvDialect::Encoding(-1)), e);
        QVERIFY(!CsvDialect::encodingName(e).isEmpty());
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("utf-8"), QStringLiteral("utf-16le"), QStringLiteral("utf-16be"), QStringLiteral("windows-1252")}));
    QVERIFY(!csvEncodingFromCode(QStringLiteral("latin-1")));
    QVERIFY(!csvEncodingFromCode(QString()));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
