#include "csvwriter.h"

#include <QDir>
#include <QFileDevice>
#include <QIODevice>

namespace shortlist {

CsvWriter::CsvWriter(QIODevice &device)
    : CsvWriter(device, Options{})
{
}

CsvWriter::CsvWriter(QIODevice &device, const Options &options)
    : m_device(device)
    , m_options(options)
{
}

bool CsvWriter::looksLikeFormula(const QString &value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::escapeField(const QString &value, const Options &options)
{
    QString field = options.formulaDefence && looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool needsQuotes = field.contains(options.delimiter) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\r'))
        || field.contains(QLatin1Char('\n')) || (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    field.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

Error CsvWriter::writeRow(const QStringList &fields)
{
    if (m_error)
        return m_error;
    const QChar d = m_options.delimiter;
    if (d == QLatin1Char('"') || d == QLatin1Char('\r') || d == QLatin1Char('\n') || d.isNull()) {
        m_error = makeError(ErrorCode::Invalid, tr("“%1” cannot separate CSV fields; use a comma, semicolon or tab.").arg(d));
        return m_error;
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += d;
        line += escapeField(fields.at(i), m_options);
    }
    line += QLatin1String("\r\n");
    QByteArray bytes = line.toUtf8();
    if (!m_started && m_options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    m_started = true;
    // One write per record: a short write means the device could not take it all.
    if (m_device.write(bytes) != bytes.size()) {
        const auto *file = qobject_cast<const QFileDevice *>(&m_device);
        const QString what = file && !file->fileName().isEmpty() ? QDir::toNativeSeparators(file->fileName()) : tr("the CSV file");
        const ErrorCode code = file && file->error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io;
        m_error = makeError(code, tr("Could not write to %1: %2. Check that the disk has free space and that you may write there.")
                                      .arg(what, m_device.errorString()));
        return m_error;
    }
    ++m_rows;
    return {};
}

} // namespace shortlist
