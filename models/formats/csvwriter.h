#pragma once

#include "storage/error.h"

#include <QCoreApplication>
#include <QStringList>

class QIODevice;

namespace shortlist {

// RFC 4180 CSV: a field holding the delimiter, a double quote, CR or LF is
// quoted with its quotes doubled, and lines end with CRLF. Fields with leading
// or trailing spaces are quoted too, so readers that trim unquoted fields keep
// them. UTF-8, by default with a byte-order mark so spreadsheets read accents.
//
// Formula defence (OWASP "CSV injection"): a field starting with = + - @, tab or
// carriage return is written with a leading single quote, so a spreadsheet
// shows it as text instead of running it. This applies to every such field,
// "-" alone and "+44 20 7946 0000" included: telling harmless ones apart is
// exactly what the attack exploits. Callers that write numbers never write
// negative ones, so no number is altered.
class CsvWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    struct Options {
        QChar delimiter = QLatin1Char(',');
        bool byteOrderMark = true;
        bool formulaDefence = true;
    };

    // `device` must be open for writing and outlive the writer.
    explicit CsvWriter(QIODevice &device);
    CsvWriter(QIODevice &device, const Options &options);

    // Writes one record (the byte-order mark first, before the first record).
    // After an error every later call returns the same error.
    Error writeRow(const QStringList &fields);
    qint64 rowsWritten() const { return m_rows; }
    const Error &error() const { return m_error; }

    // One field as written: formula defence, then quoting.
    static QString escapeField(const QString &value, const Options &options);
    static QString escapeField(const QString &value) { return escapeField(value, Options{}); }
    // True when a spreadsheet would treat `value` as a formula.
    static bool looksLikeFormula(const QString &value);

private:
    QIODevice &m_device;
    Options m_options;
    bool m_started = false;
    qint64 m_rows = 0;
    Error m_error;
};

} // namespace shortlist
