#include "csvreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>
#include <type_traits>
#include <vector>

namespace shortlist {
namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;
constexpr qsizetype HeadBytes = 64 * 1024;
constexpr int SampleRecords = 1000;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The five unassigned
// bytes map to the C1 control of the same value, as browsers decode them.
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

QString lineRange(qint64 first, qint64 last)
{
    return first == last ? CsvReader::tr("line %1").arg(number(first))
                         : CsvReader::tr("lines %1–%2").arg(number(first), number(last));
}

QString delimiterPlural(char16_t d)
{
    switch (d) {
    case u',': return CsvReader::tr("commas");
    case u';': return CsvReader::tr("semicolons");
    case u'\t': return CsvReader::tr("tabs");
    default: return CsvReader::tr("“%1”").arg(QChar(d));
    }
}

// Offset of the first byte that does not start a valid UTF-8 sequence (no
// overlongs, surrogates or code points above U+10FFFF), or -1 if all is valid.
// With allowCut, a sequence cut short by the end of the data counts as valid:
// the head of a file may end in the middle of a character.
qsizetype invalidUtf8At(const char *data, qsizetype n, bool allowCut = false)
{
    const auto *s = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    while (i < n) {
        // Most text is ASCII: skip it eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        const qsizetype available = std::min<qsizetype>(length, n - i);
        for (qsizetype k = 1; k < available; ++k) {
            const uchar b = s[i + k];
            if ((b & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (available < length)
            return allowCut ? -1 : i;
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return i;
        i += length;
    }
    return -1;
}

// Decodes UTF-8 that invalidUtf8At() has accepted; faster than QString::fromUtf8
// on the short strings CSV fields are.
QString fromValidUtf8(const char *data, qsizetype n)
{
    QString out(n, Qt::Uninitialized);   // never more UTF-16 units than bytes
    auto *dst = reinterpret_cast<char16_t *>(out.data());
    const auto *s = reinterpret_cast<const uchar *>(data);
    qsizetype o = 0;
    for (qsizetype i = 0; i < n;) {
        // ASCII eight bytes at a time (the compiler widens them in SIMD).
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, s + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            for (int k = 0; k < 8; ++k)
                dst[o + k] = s[i + k];
            i += 8;
            o += 8;
        }
        if (i >= n)
            break;
        const uchar c = s[i];
        if (c < 0x80) {
            dst[o++] = c;
            i += 1;
        } else if (c < 0xE0) {
            dst[o++] = char16_t(((c & 0x1F) << 6) | (s[i + 1] & 0x3F));
            i += 2;
        } else if (c < 0xF0) {
            dst[o++] = char16_t(((c & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F));
            i += 3;
        } else {
            const char32_t cp = (char32_t(c & 0x07) << 18) | (char32_t(s[i + 1] & 0x3F) << 12) | (char32_t(s[i + 2] & 0x3F) << 6)
                | char32_t(s[i + 3] & 0x3F);
            dst[o++] = QChar::highSurrogate(cp);
            dst[o++] = QChar::lowSurrogate(cp);
            i += 4;
        }
    }
    out.truncate(o);
    return out;
}

QString fromWindows1252(const char *data, qsizetype n)
{
    QString out(n, Qt::Uninitialized);
    auto *dst = reinterpret_cast<char16_t *>(out.data());
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<uchar>(data[i]);
        dst[i] = c >= 0x80 && c < 0xA0 ? Windows1252High[c - 0x80] : char16_t(c);
    }
    return out;
}

QString fromUtf16(const char *data, qsizetype n, bool bigEndian)
{
    const qsizetype units = n / 2;
    QString out(units, Qt::Uninitialized);
    if (bigEndian)
        qFromBigEndian<quint16>(data, units, out.data());
    else
        qFromLittleEndian<quint16>(data, units, out.data());
    return out;
}

bool isBlank(const QString &s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace(); });
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::Invalid, message);
}

Error emptyFileError()
{
    return invalid(CsvReader::tr("The file is empty: it has no header row and no data. Choose the CSV file that holds the "
                                 "candidates, or export it again from the spreadsheet or ATS."));
}

// --- Delimiter sniffing -------------------------------------------------------

struct SampleRecord {
    qint64 line = 0;
    int fields = 1;
};

// Splits `text` into records the way the reader would with delimiter `d`
// (quotes respected), counting fields. Empty lines are left out; so is a last
// record the head may have cut short, unless it is the only one.
std::vector<SampleRecord> sampleRecords(QStringView text, char16_t d)
{
    std::vector<SampleRecord> records;
    const qsizetype n = text.size();
    qsizetype i = 0;
    qint64 line = 1;
    bool lastComplete = true;
    while (i < n && records.size() < SampleRecords) {
        SampleRecord r{line, 1};
        const qsizetype begin = i;
        bool fieldStart = true;
        bool quoted = false;
        bool complete = false;
        qsizetype end = n;
        while (i < n) {
            const char16_t c = text[i].unicode();
            if (quoted) {
                if (c == u'"') {
                    if (i + 1 < n && text[i + 1] == u'"')
                        ++i;
                    else
                        quoted = false;
                } else if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text[i + 1] == u'\n'))) {
                    ++line;
                }
                ++i;
                continue;
            }
            if (fieldStart && c == u'"') {
                quoted = true;
                fieldStart = false;
                ++i;
                continue;
            }
            fieldStart = false;
            if (c == d) {
                ++r.fields;
                fieldStart = true;
                ++i;
                continue;
            }
            if (c == u'\r' || c == u'\n') {
                end = i;
                ++i;
                if (c == u'\r' && i < n && text[i] == u'\n')
                    ++i;
                ++line;
                complete = true;
                break;
            }
            ++i;
        }
        lastComplete = complete;
        if (end > begin)
            records.push_back(r);
    }
    if (!lastComplete && records.size() > 1)
        records.pop_back();
    return records;
}

Result<char16_t> sniffDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 3> Candidates = {u',', u';', u'\t'};
    std::array<std::vector<SampleRecord>, 3> split;
    std::array<QHash<qint64, int>, 3> fieldsByLine;
    for (size_t k = 0; k < Candidates.size(); ++k) {
        split[k] = sampleRecords(text, Candidates[k]);
        for (const SampleRecord &r : split[k])
            fieldsByLine[k].insert(r.line, r.fields);
    }

    // The best delimiter splits the header into >= 2 fields and most lines
    // into as many; ties go to more fields, then to the order above.
    int best = -1;
    qsizetype bestAgree = -1;
    for (size_t k = 0; k < Candidates.size(); ++k) {
        const auto &records = split[k];
        if (records.empty() || records.front().fields < 2)
            continue;
        const int headerFields = records.front().fields;
        const auto agree = std::count_if(records.begin(), records.end(), [&](const SampleRecord &r) { return r.fields == headerFields; });
        if (agree > bestAgree || (agree == bestAgree && headerFields > split[size_t(best)].front().fields)) {
            best = int(k);
            bestAgree = agree;
        }
    }
    if (best < 0) {
        // A single column, or a header that no delimiter splits: take what the
        // other lines use most, so the reader names the first ragged line.
        std::array<int, 3> votes{};
        for (size_t k = 0; k < Candidates.size(); ++k)
            for (const SampleRecord &r : split[k])
                votes[k] += r.fields >= 2 ? 1 : 0;
        const auto most = std::max_element(votes.begin(), votes.end());
        return *most > 0 ? Candidates[size_t(most - votes.begin())] : Candidates[0];
    }

    // Lines the best delimiter does not fit are ragged rows (the reader says
    // which) unless another delimiter splits them into more fields: then the
    // file mixes delimiters.
    const auto &records = split[size_t(best)];
    const int headerFields = records.front().fields;
    auto foreign = [&](const SampleRecord &r) -> std::pair<int, int> {
        if (r.fields == headerFields)
            return {-1, 0};
        int most = -1;
        int mostFields = r.fields;
        for (size_t k = 0; k < Candidates.size(); ++k) {
            const int f = fieldsByLine[k].value(r.line, 1);
            if (int(k) != best && f >= 2 && f > mostFields) {
                most = int(k);
                mostFields = f;
            }
        }
        return {most, mostFields};
    };
    const auto firstForeign = std::find_if(records.begin(), records.end(), [&](const SampleRecord &r) { return foreign(r).first >= 0; });
    if (firstForeign == records.end())
        return Candidates[size_t(best)];

    auto lastAgreeing = records.begin();
    while (lastAgreeing + 1 != records.end() && (lastAgreeing + 1)->fields == headerFields)
        ++lastAgreeing;
    const auto [other, otherFields] = foreign(*firstForeign);
    auto lastForeign = firstForeign;
    while (lastForeign + 1 != records.end() && foreign(*(lastForeign + 1)) == std::pair(other, otherFields))
        ++lastForeign;

    const QString first = lineRange(records.front().line, lastAgreeing->line);
    const QString second = lineRange(firstForeign->line, lastForeign->line);
    const QString delimiter = delimiterPlural(Candidates[size_t(best)]);
    const QString otherDelimiter = delimiterPlural(Candidates[size_t(other)]);
    const QString what = records.front().line == lastAgreeing->line
        ? CsvReader::tr("%1 splits on %2 into %3 fields but %4 on %5 into %6")
              .arg(first, delimiter, number(headerFields), second, otherDelimiter, number(otherFields))
        : CsvReader::tr("%1 split on %2 into %3 fields but %4 on %5 into %6")
              .arg(first, delimiter, number(headerFields), second, otherDelimiter, number(otherFields));
    return invalid(CsvReader::tr("The file mixes delimiters: %1. Save it again with one delimiter throughout (in the "
                                 "spreadsheet, File › Save As › CSV) and import that file.")
                       .arg(what));
}

} // namespace

// --- CsvDialect ----------------------------------------------------------------

QString CsvDialect::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return CsvReader::tr("UTF-8");
    case Encoding::Utf16LE: return CsvReader::tr("UTF-16 little-endian");
    case Encoding::Utf16BE: return CsvReader::tr("UTF-16 big-endian");
    case Encoding::Windows1252: return CsvReader::tr("Windows-1252");
    }
    return {};
}

QList<CsvDialect::Encoding> CsvDialect::encodings()
{
    return {Encoding::Utf8, Encoding::Utf16LE, Encoding::Utf16BE, Encoding::Windows1252};
}

QString toCode(CsvDialect::Encoding encoding)
{
    switch (encoding) {
    case CsvDialect::Encoding::Utf8: return QStringLiteral("utf-8");
    case CsvDialect::Encoding::Utf16LE: return QStringLiteral("utf-16le");
    case CsvDialect::Encoding::Utf16BE: return QStringLiteral("utf-16be");
    case CsvDialect::Encoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<CsvDialect::Encoding> csvEncodingFromCode(const QString &code)
{
    for (const CsvDialect::Encoding e : CsvDialect::encodings()) {
        if (code.compare(toCode(e), Qt::CaseInsensitive) == 0)
            return e;
    }
    return std::nullopt;
}

QString CsvDialect::describe() const
{
    QString name = encodingName(encoding);
    if (byteOrderMark)
        name = CsvReader::tr("%1 with BOM").arg(name);
    QString separated;
    switch (delimiter.unicode()) {
    case u',': separated = CsvReader::tr("comma-separated"); break;
    case u';': separated = CsvReader::tr("semicolon-separated"); break;
    case u'\t': separated = CsvReader::tr("tab-separated"); break;
    default: separated = CsvReader::tr("separated by “%1”").arg(delimiter); break;
    }
    return CsvReader::tr("%1, %2").arg(name, separated);
}

// --- Sniffing ------------------------------------------------------------------

Result<CsvDialect> CsvReader::sniff(const QByteArray &head)
{
    return sniffDialect(head, std::nullopt);
}

Result<CsvDialect> CsvReader::sniff(const QByteArray &head, CsvDialect::Encoding encoding)
{
    return sniffDialect(head, encoding);
}

Result<CsvDialect> CsvReader::sniffDialect(const QByteArray &head, std::optional<CsvDialect::Encoding> forced)
{
    if (head.isEmpty())
        return emptyFileError();
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06"))
        return invalid(tr("This is an Excel/OpenDocument spreadsheet (.xlsx/.ods), not CSV: in the spreadsheet use "
                          "File › Save As › CSV and import that file."));
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return invalid(tr("This is an old Excel spreadsheet (.xls), not CSV: in the spreadsheet use File › Save As › CSV "
                          "and import that file."));
    if (head.startsWith("%PDF-"))
        return invalid(tr("This is a PDF document, not CSV: export the candidates from the program that made it as CSV "
                          "and import that file."));

    CsvDialect dialect;
    QString text;
    if (forced) {
        dialect.encoding = *forced;
        switch (*forced) {
        case CsvDialect::Encoding::Utf8:
            dialect.byteOrderMark = head.startsWith("\xEF\xBB\xBF");
            text = QString::fromUtf8(head.mid(dialect.byteOrderMark ? 3 : 0));
            break;
        case CsvDialect::Encoding::Utf16LE:
        case CsvDialect::Encoding::Utf16BE: {
            const bool bigEndian = *forced == CsvDialect::Encoding::Utf16BE;
            dialect.byteOrderMark = head.startsWith(bigEndian ? "\xFE\xFF" : "\xFF\xFE");
            const qsizetype skip = dialect.byteOrderMark ? 2 : 0;
            text = fromUtf16(head.constData() + skip, head.size() - skip, bigEndian);
            break;
        }
        case CsvDialect::Encoding::Windows1252:
            text = fromWindows1252(head.constData(), head.size());
            break;
        }
    } else if (head.startsWith("\xEF\xBB\xBF")) {
        dialect.byteOrderMark = true;
        text = QString::fromUtf8(head.constData() + 3, head.size() - 3);
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        dialect.byteOrderMark = true;
        dialect.encoding = head.startsWith("\xFF\xFE") ? CsvDialect::Encoding::Utf16LE : CsvDialect::Encoding::Utf16BE;
        text = fromUtf16(head.constData() + 2, head.size() - 2, dialect.encoding == CsvDialect::Encoding::Utf16BE);
    } else {
        // UTF-16 without a BOM: ASCII characters leave a NUL in every other byte.
        const qsizetype probe = std::min<qsizetype>(head.size(), 4096) & ~qsizetype(1);
        qsizetype evenNuls = 0;
        qsizetype oddNuls = 0;
        for (qsizetype i = 0; i < probe; i += 2) {
            evenNuls += head[i] == '\0' ? 1 : 0;
            oddNuls += head[i + 1] == '\0' ? 1 : 0;
        }
        const qsizetype pairs = probe / 2;
        if (pairs > 0 && oddNuls * 4 >= pairs && evenNuls * 10 < oddNuls) {
            dialect.encoding = CsvDialect::Encoding::Utf16LE;
            text = fromUtf16(head.constData(), head.size(), false);
        } else if (pairs > 0 && evenNuls * 4 >= pairs && oddNuls * 10 < evenNuls) {
            dialect.encoding = CsvDialect::Encoding::Utf16BE;
            text = fromUtf16(head.constData(), head.size(), true);
        } else if (head.contains('\0')) {
            return invalid(tr("This file contains NUL bytes, so it is binary data, not a CSV text file. Export the "
                              "candidates from the source program as CSV (UTF-8) and import that file."));
        } else if (invalidUtf8At(head.constData(), head.size(), true) < 0) {
            text = QString::fromUtf8(head);
        } else {
            dialect.encoding = CsvDialect::Encoding::Windows1252;
            text = fromWindows1252(head.constData(), head.size());
        }
    }

    if (isBlank(text))
        return emptyFileError();
    // Text files have few control characters; binary files (images, archives,
    // databases) that slipped past the checks above have many.
    qsizetype controls = 0;
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        controls += (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7F ? 1 : 0;
    }
    if (controls >= 2 && controls * 100 > text.size() * 3)
        return invalid(tr("This file is mostly binary data (control characters), not CSV text. Export the candidates "
                          "from the source program as CSV (UTF-8) and import that file."));

    const Result<char16_t> delimiter = sniffDelimiter(text);
    if (!delimiter)
        return delimiter.error();
    dialect.delimiter = QChar(*delimiter);
    return dialect;
}

// --- Reader --------------------------------------------------------------------

struct CsvReader::Impl {
    enum class State { FieldStart, Unquoted, Quoted, QuoteSeen };
    enum class Step { Record, NeedMore, End, Failed };
    enum Stop : quint8 { StopUnquoted = 1, StopQuoted = 2 };
    // A field in the buffer; a quoted one starts after its opening quote and
    // ends before the delimiter, so it holds the closing quote.
    struct Span {
        qsizetype begin;
        qsizetype end;
        bool quoted;
    };

    Impl(QIODevice &dev, const CsvDialect &dia, const Limits &lim);

    template <typename Char> std::vector<Char> &buffer();
    template <typename Char> std::vector<Char> &scratchFor();
    template <typename Char> Result<std::optional<QStringList>> nextRecord();
    template <typename Char> Step scan(const Char *data);
    template <typename Char> bool endField(qsizetype end);
    template <typename Char> Step needMore(qsizetype p);
    template <typename Char> Error fill();
    template <typename Char> Error materialize(const Char *data, QStringList &fields);
    Result<std::optional<QStringList>> accept(QStringList fields);

    template <typename Char> bool isStop(Char c, quint8 which) const
    {
        if constexpr (std::is_same_v<Char, char>)
            return stops[static_cast<uchar>(c)] & which;
        else
            return c < 0x80 && (stops[c] & which);
    }
    Step fail(Error e)
    {
        error = std::move(e);
        return Step::Failed;
    }
    QString columnName(qsizetype column) const;
    qint64 lineAt(qsizetype offset) const;
    Error tooLong(qsizetype column) const;

    QIODevice &device;
    const CsvDialect dialect;
    const Limits limits;
    const bool wide;
    const char16_t delimiter;
    std::array<quint8, 256> stops{};

    std::vector<char> bytes;      // UTF-8 and Windows-1252: the bytes as read
    std::vector<char16_t> units;  // UTF-16: the decoded code units
    QByteArray raw;               // UTF-16: one read, after an odd byte carried over
    qsizetype carry = 0;
    qsizetype size = 0;           // valid elements in the buffer
    qsizetype pos = 0;            // where scanning resumes
    qsizetype recStart = 0;
    qsizetype fieldStart = 0;
    bool eof = false;
    bool started = false;
    bool inRecord = false;
    bool pendingLf = false;       // the last record ended with CR: skip a LF after it
    bool fieldQuoted = false;
    State state = State::FieldStart;
    std::vector<Span> spans;
    std::vector<char> scratch;    // a quoted field with doubled quotes, unescaped
    std::vector<char16_t> unitScratch;
    qint64 lineNo = 1;            // physical line at `pos`
    qint64 recLine = 1;
    qint64 fieldLine = 1;
    qint64 total = 0;

    QStringList header;
    qsizetype columns = 0;
    bool haveHeader = false;
    qint64 records = 0;
    qint64 lastLine = 0;
    Error error;
};

CsvReader::Impl::Impl(QIODevice &dev, const CsvDialect &dia, const Limits &lim)
    : device(dev)
    , dialect(dia)
    , limits(lim)
    , wide(dia.encoding == CsvDialect::Encoding::Utf16LE || dia.encoding == CsvDialect::Encoding::Utf16BE)
    , delimiter(dia.delimiter.unicode())
{
    if (delimiter >= 0x80 || delimiter == u'"' || delimiter == u'\r' || delimiter == u'\n' || delimiter == 0) {
        error = invalid(CsvReader::tr("“%1” cannot separate CSV fields; use a comma, semicolon or tab.").arg(dia.delimiter));
        return;
    }
    stops[delimiter] |= StopUnquoted;
    for (const char c : {'\r', '\n', '\0'}) {
        stops[uchar(c)] |= StopUnquoted | StopQuoted;
    }
    stops[uchar('"')] |= StopQuoted;
}

template <> std::vector<char> &CsvReader::Impl::buffer<char>() { return bytes; }
template <> std::vector<char16_t> &CsvReader::Impl::buffer<char16_t>() { return units; }
template <> std::vector<char> &CsvReader::Impl::scratchFor<char>() { return scratch; }
template <> std::vector<char16_t> &CsvReader::Impl::scratchFor<char16_t>() { return unitScratch; }

QString CsvReader::Impl::columnName(qsizetype column) const
{
    if (column < header.size() && !header.at(column).isEmpty())
        return CsvReader::tr("column %1 (“%2”)").arg(number(column + 1), header.at(column));
    return CsvReader::tr("column %1").arg(number(column + 1));
}

// The physical line of a buffer offset inside the current record.
qint64 CsvReader::Impl::lineAt(qsizetype offset) const
{
    qint64 line = recLine;
    for (qsizetype i = recStart; i < offset; ++i) {
        const char16_t c = wide ? units[size_t(i)] : char16_t(uchar(bytes[size_t(i)]));
        const char16_t nextChar = i + 1 < size ? (wide ? units[size_t(i + 1)] : char16_t(uchar(bytes[size_t(i + 1)]))) : 0;
        if (c == u'\n' || (c == u'\r' && nextChar != u'\n'))
            ++line;
    }
    return line;
}

Error CsvReader::Impl::tooLong(qsizetype column) const
{
    if (fieldQuoted)
        return invalid(CsvReader::tr("The quoted field that starts on line %1, %2 runs on for more than %3: its closing quote "
                                     "is probably missing (unterminated quote). Add the closing quote (\") or shorten the "
                                     "field, then import again.")
                           .arg(number(fieldLine), columnName(column), sizeText(limits.maxFieldBytes)));
    return invalid(CsvReader::tr("Line %1, %2 holds a field longer than %3, the most Shortlist reads. Shorten that field "
                                 "(or check the file really is a list of candidates) and import again.")
                       .arg(number(recLine), columnName(column), sizeText(limits.maxFieldBytes)));
}

template <typename Char>
bool CsvReader::Impl::endField(qsizetype end)
{
    if ((end - fieldStart) * qsizetype(sizeof(Char)) > limits.maxFieldBytes) {
        fail(tooLong(qsizetype(spans.size())));
        return false;
    }
    spans.push_back(Span{fieldStart, end, fieldQuoted});
    if (spans.size() > size_t(limits.maxColumns)) {
        fail(invalid(CsvReader::tr("Line %1 has more than %2 columns, the most Shortlist reads. Check that the file is "
                                   "%3 (the delimiter may be wrong), or delete the columns you do not need and import again.")
                         .arg(number(recLine), number(limits.maxColumns), dialect.describe())));
        return false;
    }
    return true;
}

template <typename Char>
CsvReader::Impl::Step CsvReader::Impl::needMore(qsizetype p)
{
    pos = p;
    // Bound the memory a runaway field (a stray quote, binary data) can take.
    if (state != State::FieldStart && (p - fieldStart) * qsizetype(sizeof(Char)) > limits.maxFieldBytes)
        return fail(tooLong(qsizetype(spans.size())));
    return Step::NeedMore;
}

// Scans from `pos` to the end of the current record, resuming where the last
// call ran out of data. Fields are recorded as spans; nothing is copied.
template <typename Char>
CsvReader::Impl::Step CsvReader::Impl::scan(const Char *data)
{
    const qsizetype n = size;
    qsizetype p = pos;
    if (!inRecord) {
        if (pendingLf) {
            if (p == n)
                return eof ? Step::End : Step::NeedMore;
            if (data[p] == Char('\n'))
                ++p;
            pendingLf = false;
        }
        pos = p;
        if (p == n)
            return eof ? Step::End : Step::NeedMore;
        inRecord = true;
        recStart = p;
        recLine = lineNo;
        spans.clear();
        state = State::FieldStart;
    }
    const Char delim = Char(delimiter);
    for (;;) {
        switch (state) {
        case State::FieldStart:
            if (p == n) {
                if (!eof)
                    return needMore<Char>(p);
                // A delimiter just before the end: one more, empty field.
                fieldStart = p;
                fieldQuoted = false;
                pos = p;
                return endField<Char>(p) ? Step::Record : Step::Failed;
            }
            if (data[p] == Char('"')) {
                fieldQuoted = true;
                fieldLine = lineNo;
                fieldStart = ++p;
                state = State::Quoted;
            } else {
                fieldQuoted = false;
                fieldStart = p;
                state = State::Unquoted;
            }
            break;
        case State::Unquoted: {
            while (p < n && !isStop(data[p], StopUnquoted))
                ++p;
            // Checked wherever the scan stops, so the refusal is the same
            // however the file arrives in reads.
            if ((p - fieldStart) * qsizetype(sizeof(Char)) > limits.maxFieldBytes)
                return fail(tooLong(qsizetype(spans.size())));
            if (p == n) {
                if (!eof)
                    return needMore<Char>(p);
                pos = p;
                return endField<Char>(p) ? Step::Record : Step::Failed;
            }
            const Char c = data[p];
            if (c == delim) {
                if (!endField<Char>(p))
                    return Step::Failed;
                ++p;
                state = State::FieldStart;
                break;
            }
            if (c == Char('\n') || c == Char('\r')) {
                if (!endField<Char>(p))
                    return Step::Failed;
                ++lineNo;
                pendingLf = c == Char('\r');
                pos = p + 1;
                return Step::Record;
            }
            return fail(invalid(CsvReader::tr("Line %1 contains a NUL character, so the file is binary data, not CSV text. "
                                              "Export the candidates again as CSV (UTF-8) and import that file.")
                                    .arg(number(lineAt(p)))));
        }
        case State::Quoted: {
            while (p < n && !isStop(data[p], StopQuoted))
                ++p;
            if ((p - fieldStart) * qsizetype(sizeof(Char)) > limits.maxFieldBytes)
                return fail(tooLong(qsizetype(spans.size())));
            if (p == n) {
                if (!eof)
                    return needMore<Char>(p);
                return fail(invalid(CsvReader::tr("The quoted field that starts on line %1, %2 is never closed "
                                                  "(unterminated quote). Add the missing closing quote (\") or remove the "
                                                  "stray one, then import again.")
                                        .arg(number(fieldLine), columnName(qsizetype(spans.size())))));
            }
            const Char c = data[p];
            if (c == Char('"')) {
                ++p;
                state = State::QuoteSeen;
            } else if (c == Char('\n')) {
                if (data[p - 1] != Char('\r'))
                    ++lineNo;
                ++p;
            } else if (c == Char('\r')) {
                ++lineNo;
                ++p;
            } else {
                return fail(invalid(CsvReader::tr("Line %1 contains a NUL character, so the file is binary data, not CSV "
                                                  "text. Export the candidates again as CSV (UTF-8) and import that file.")
                                        .arg(number(lineAt(p)))));
            }
            break;
        }
        case State::QuoteSeen:
            if (p == n) {
                if (!eof)
                    return needMore<Char>(p);
                pos = p;
                return endField<Char>(p) ? Step::Record : Step::Failed;
            }
            if (data[p] == Char('"')) {
                ++p;   // a doubled quote stands for one
                state = State::Quoted;
            } else {
                // The closing quote. Text after it up to the delimiter is kept,
                // as spreadsheets do, rather than refusing the file.
                state = State::Unquoted;
            }
            break;
        }
    }
}

template <typename Char>
Error CsvReader::Impl::fill()
{
    std::vector<Char> &buf = buffer<Char>();
    // No bigger reads (and buffer) than what is left of a small file.
    qint64 want = ChunkBytes;
    if (!device.isSequential())
        want = std::clamp<qint64>(device.size() - device.pos(), 1, ChunkBytes);
    // Keep only the record being scanned; move it to the front only when the
    // space behind it runs short, so tiny reads stay linear.
    if (qsizetype(buf.size()) - size < want) {
        const qsizetype keep = inRecord ? recStart : pos;
        if (keep > 0) {
            std::memmove(buf.data(), buf.data() + keep, size_t(size - keep) * sizeof(Char));
            size -= keep;
            pos -= keep;
            recStart -= keep;
            fieldStart -= keep;
            for (Span &s : spans) {
                s.begin -= keep;
                s.end -= keep;
            }
        }
        if (qsizetype(buf.size()) - size < want)
            buf.resize(size_t(std::max<qsizetype>(size + want, qsizetype(buf.size()) * 2)));
    }
    qint64 got = 0;
    if constexpr (std::is_same_v<Char, char>) {
        got = device.read(buf.data() + size, want);
        if (got > 0)
            size += got;
    } else {
        if (raw.size() < carry + want)
            raw.resize(carry + want);
        got = device.read(raw.data() + carry, want);
        if (got > 0) {
            const qsizetype available = carry + got;
            const qsizetype count = available / 2;
            if (dialect.encoding == CsvDialect::Encoding::Utf16BE)
                qFromBigEndian<quint16>(raw.constData(), count, buf.data() + size);
            else
                qFromLittleEndian<quint16>(raw.constData(), count, buf.data() + size);
            size += count;
            carry = available % 2;
            if (carry)
                raw[0] = raw[available - 1];
        }
    }
    if (got < 0)
        return makeError(ErrorCode::Io, CsvReader::tr("Could not read the CSV file: %1. Check that it is still there and "
                                                      "readable, then try again.")
                                            .arg(device.errorString()));
    total += got;
    // A UTF-16 file with an odd byte count: the half character at the end is dropped.
    if (got == 0)
        eof = true;
    return {};
}

template <typename Char>
Error CsvReader::Impl::materialize(const Char *data, QStringList &fields)
{
    if constexpr (std::is_same_v<Char, char>) {
        // The whole record at once: delimiters, quotes and line breaks are
        // ASCII, so this is the same as checking each field, and faster.
        if (dialect.encoding == CsvDialect::Encoding::Utf8 && !spans.empty()) {
            const qsizetype bad = invalidUtf8At(data + recStart, spans.back().end - recStart);
            if (bad >= 0)
                return invalid(CsvReader::tr("Line %1 is not valid UTF-8, though the lines before it are: the file mixes "
                                             "encodings. Save it again as UTF-8 from the program that made it and import that file.")
                                   .arg(number(lineAt(recStart + bad))));
        }
    }
    fields.reserve(qsizetype(spans.size()));
    for (const Span &s : spans) {
        const Char *begin = data + s.begin;
        qsizetype length = s.end - s.begin;
        if (s.quoted) {
            const Char *quote = std::find(begin, begin + length, Char('"'));
            if (quote == begin + length - 1) {
                --length;   // "text": only the closing quote to drop
            } else {
                // Doubled quotes, or text after the closing quote: copy.
                std::vector<Char> &out = scratchFor<Char>();
                out.clear();
                bool inQuotes = true;
                for (qsizetype i = 0; i < length; ++i) {
                    const Char c = begin[i];
                    if (inQuotes && c == Char('"')) {
                        if (i + 1 < length && begin[i + 1] == Char('"'))
                            out.push_back(begin[++i]);
                        else
                            inQuotes = false;
                        continue;
                    }
                    out.push_back(c);
                }
                begin = out.data();
                length = qsizetype(out.size());
            }
        }
        if constexpr (std::is_same_v<Char, char>) {
            if (dialect.encoding == CsvDialect::Encoding::Utf8)
                fields.append(fromValidUtf8(begin, length));   // validated with the record above
            else
                fields.append(fromWindows1252(begin, length));
        } else {
            fields.append(QString(reinterpret_cast<const QChar *>(begin), length));
        }
    }
    return {};
}

Result<std::optional<QStringList>> CsvReader::Impl::accept(QStringList fields)
{
    const bool blank = std::all_of(fields.cbegin(), fields.cend(), isBlank);
    if (!haveHeader) {
        if (blank && fields.size() == 1)
            return std::optional<QStringList>();   // a blank line before the header: skipped by the caller
        for (QString &name : fields)
            name = name.trimmed();
        // Exports often end every line with a delimiter: the unnamed last
        // column goes, and with it the empty field each row ends with.
        while (!fields.isEmpty() && fields.last().isEmpty())
            fields.removeLast();
        if (fields.isEmpty())
            return invalid(CsvReader::tr("The first row (line %1) has no column names. The first row of the file must name "
                                         "the columns (for example Name, Email): add such a row and import again.")
                               .arg(number(recLine)));
        QHash<QString, QList<qsizetype>> seen;
        QStringList order;
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (fields.at(i).isEmpty())
                continue;
            const QString key = fields.at(i).toCaseFolded();
            auto &columnsOfName = seen[key];
            if (columnsOfName.size() == 1)
                order.append(key);
            columnsOfName.append(i);
        }
        if (!order.isEmpty()) {
            QStringList names;
            for (const QString &key : std::as_const(order)) {
                const QList<qsizetype> &where = seen.value(key);
                QStringList numbers;
                for (const qsizetype column : where)
                    numbers.append(number(column + 1));
                names.append(CsvReader::tr("“%1” (columns %2)").arg(fields.at(where.front()), QLocale().createSeparatedList(numbers)));
            }
            return invalid(CsvReader::tr("The header (line %1) repeats column names: %2. Give each column a different name "
                                         "in the first row and import again.")
                               .arg(number(recLine), names.join(QLatin1String("; "))));
        }
        header = fields;
        columns = fields.size();
        haveHeader = true;
        lastLine = recLine;
        return std::optional<QStringList>(std::move(fields));
    }
    if (blank)
        return std::optional<QStringList>();
    while (fields.size() > columns && fields.last().isEmpty())
        fields.removeLast();
    if (fields.size() < columns)
        return invalid(CsvReader::tr("Line %1 has only %2 of the header's %3 columns: a delimiter may be missing, or a value "
                                     "with a line break may not be quoted. Fix that line and import again.")
                           .arg(number(recLine), number(fields.size()), number(columns)));
    if (fields.size() > columns) {
        const QString what = columns == 1
            ? CsvReader::tr("Line %1 has %2 fields but the header has one column").arg(number(recLine), number(fields.size()))
            : CsvReader::tr("Line %1 has %2 fields, more than the header's %3 columns")
                  .arg(number(recLine), number(fields.size()), number(columns));
        return invalid(CsvReader::tr("%1: a value containing the delimiter may not be quoted. Fix that line and import again.")
                           .arg(what));
    }
    ++records;
    lastLine = recLine;
    return std::optional<QStringList>(std::move(fields));
}

template <typename Char>
Result<std::optional<QStringList>> CsvReader::Impl::nextRecord()
{
    std::vector<Char> &buf = buffer<Char>();
    if (!started) {
        // Enough bytes to recognise the BOM, however small the reads.
        const qsizetype bomUnits = wide ? 1 : 3;
        while (size < bomUnits && !eof)
            if (Error e = fill<Char>())
                return e;
        started = true;
        if constexpr (std::is_same_v<Char, char>) {
            if (dialect.encoding == CsvDialect::Encoding::Utf8 && size >= 3 && std::memcmp(buf.data(), "\xEF\xBB\xBF", 3) == 0)
                pos = 3;
        } else {
            if (size >= 1 && buf[0] == 0xFEFF)
                pos = 1;
        }
    }
    for (;;) {
        const Step step = scan<Char>(buf.data());
        if (step == Step::Failed)
            return error;
        if (step == Step::NeedMore) {
            if (Error e = fill<Char>())
                return e;
            continue;
        }
        if (step == Step::End) {
            if (!haveHeader)
                return emptyFileError();
            return std::optional<QStringList>();
        }
        QStringList fields;
        if (Error e = materialize<Char>(buf.data(), fields))
            return e;
        inRecord = false;
        Result<std::optional<QStringList>> record = accept(std::move(fields));
        if (!record || record->has_value())
            return record;
        // A blank line: skipped.
    }
}

CsvReader::CsvReader(QIODevice &device, const CsvDialect &dialect, const Limits &limits)
    : d(std::make_unique<Impl>(device, dialect, limits))
{
}

CsvReader::~CsvReader() = default;

Result<std::optional<QStringList>> CsvReader::next()
{
    if (d->error)
        return d->error;
    Result<std::optional<QStringList>> record = d->wide ? d->nextRecord<char16_t>() : d->nextRecord<char>();
    if (!record)
        d->error = record.error();
    return record;
}

const QStringList &CsvReader::header() const
{
    return d->header;
}

qint64 CsvReader::line() const
{
    return d->lastLine;
}

qint64 CsvReader::records() const
{
    return d->records;
}

qint64 CsvReader::bytesRead() const
{
    return d->total;
}

// --- Preview -------------------------------------------------------------------

CsvPreview previewCsv(const QString &path, int rows, std::optional<CsvDialect::Encoding> encoding)
{
    CsvPreview preview;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const ErrorCode code = QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound;
        preview.error = makeError(code, CsvReader::tr("Could not open “%1”: %2. Check the file name and that you may read it.")
                                            .arg(QDir::toNativeSeparators(path), file.errorString()));
        return preview;
    }
    const QByteArray head = file.read(HeadBytes);
    Result<CsvDialect> dialect = encoding ? CsvReader::sniff(head, *encoding) : CsvReader::sniff(head);
    if (!dialect) {
        preview.error = dialect.error();
        return preview;
    }
    preview.dialect = *dialect;
    if (!file.seek(0)) {
        preview.error = makeError(ErrorCode::Io, CsvReader::tr("Could not read “%1”: %2.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return preview;
    }
    CsvReader reader(file, preview.dialect);
    while (preview.header.isEmpty() || preview.rows.size() < rows) {
        Result<std::optional<QStringList>> record = reader.next();
        if (!record) {
            preview.error = record.error();
            break;
        }
        if (!record->has_value())
            break;
        if (preview.header.isEmpty())
            preview.header = std::move(**record);
        else
            preview.rows.append(std::move(**record));
    }
    return preview;
}

} // namespace shortlist
