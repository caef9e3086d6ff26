#pragma once

#include "storage/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QIODevice;

namespace shortlist {

// How a CSV file is written, as sniffed from its first bytes.
struct CsvDialect {
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };
    Encoding encoding = Encoding::Utf8;
    bool byteOrderMark = false;
    QChar delimiter = QLatin1Char(',');   // ',', ';' or '\t'

    QString describe() const;   // "UTF-8 with BOM, semicolon-separated"
    static QString encodingName(Encoding encoding);   // "UTF-16 little-endian"
    static QList<Encoding> encodings();               // every one, in menu order
};

// The command line's names for the encodings: "utf-8", "utf-16le", "utf-16be",
// "windows-1252" (case-insensitive when read).
QString toCode(CsvDialect::Encoding encoding);
std::optional<CsvDialect::Encoding> csvEncodingFromCode(const QString &code);

// Reads RFC 4180 CSV as a stream of records, one at a time (memory stays flat
// for a million rows): quoted fields with embedded delimiters, doubled quotes
// and line breaks; CRLF, LF or CR line ends; a final line with or without an
// end. Every refusal is an Error (ErrorCode::Invalid) whose message names the
// problem, the line (and column where it helps) and what to do about it:
// empty file, a file that is really a spreadsheet (.xlsx/.ods zip, .xls), binary
// junk (NUL bytes outside UTF-16), invalid UTF-8, an unterminated quote, a field
// over maxFieldBytes, more than maxColumns columns, ragged rows (a record with
// a different number of fields than the header; empty lines are skipped).
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Limits {
        qsizetype maxFieldBytes = 1024 * 1024;
        int maxColumns = 256;
    };

    // Sniffs encoding (BOM; else valid UTF-8; else Windows-1252) and the
    // delimiter (the one of , ; TAB that splits the first lines, outside
    // quotes, into the same number of fields >= 2) from `head`, the first
    // bytes of the file (64 KB is plenty). Refuses empty files, spreadsheets
    // and binary files here already. A file whose lines disagree on every
    // delimiter (mixed delimiters) is refused with the counts it found.
    static Result<CsvDialect> sniff(const QByteArray &head);
    // The same with the encoding chosen by the user (a byte-order mark that
    // matches it is still skipped): for files whose first 64 KB are plain
    // ASCII but whose later rows are in Windows-1252, or the reverse.
    static Result<CsvDialect> sniff(const QByteArray &head, CsvDialect::Encoding encoding);

    // `device` must be open for reading and outlive the reader; reading starts
    // at its current position (the byte-order mark, if any, is skipped).
    CsvReader(QIODevice &device, const CsvDialect &dialect, const Limits &limits);
    CsvReader(QIODevice &device, const CsvDialect &dialect) : CsvReader(device, dialect, Limits{}) {}
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // The next record, or std::nullopt at the end. The first record is the
    // header: it must not be empty, and duplicate (case-insensitive, trimmed)
    // header names are refused naming them. After an error every later call
    // returns the same error.
    Result<std::optional<QStringList>> next();

    // The header (after the first next()).
    const QStringList &header() const;
    // 1-based physical line where the last record returned started.
    qint64 line() const;
    // Records returned after the header.
    qint64 records() const;
    // Bytes consumed from the device so far (progress against its size).
    qint64 bytesRead() const;

    struct Impl;

private:
    static Result<CsvDialect> sniffDialect(const QByteArray &head, std::optional<CsvDialect::Encoding> forced);
    std::unique_ptr<Impl> d;
};

// The first rows of a file for the import wizard's preview: the dialect, the
// header, up to `rows` records, and the file's first refusal if it has one
// within those rows. `encoding`: the one the user chose, else sniffed.
struct CsvPreview {
    CsvDialect dialect;
    QStringList header;
    QList<QStringList> rows;
    Error error;
};
CsvPreview previewCsv(const QString &path, int rows = 20, std::optional<CsvDialect::Encoding> encoding = std::nullopt);

} // namespace shortlist
