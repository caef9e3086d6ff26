// libFuzzer target for the CSV reader (scripts/fuzz): sniffs the input and
// reads every record, once through a QBuffer and once a few bytes at a time;
// the two must agree, every record must have the header's width, and nothing
// may crash, hang or trip ASan/UBSan. A second pass forces a dialect chosen
// from the input, so the reader also sees what sniff would have refused.

#include "formats/csvreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace shortlist;

namespace {

class TrickleDevice : public QIODevice {
public:
    TrickleDevice(const QByteArray &data, qint64 step)
        : m_data(data)
        , m_step(step)
    {
        open(QIODevice::ReadOnly);
    }

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
    const QByteArray &m_data;
    qint64 m_step;
    qint64 m_at = 0;
};

struct Outcome {
    QList<QStringList> records;
    QString error;
    qint64 bytesRead = 0;
};

Outcome readAll(QIODevice &device, const CsvDialect &dialect)
{
    const CsvReader::Limits limits{1024, 16};
    CsvReader reader(device, dialect, limits);
    Outcome out;
    for (;;) {
        auto record = reader.next();
        if (!record) {
            out.error = record.error().message;
            if (out.error.isEmpty() || reader.next().ok())
                std::abort();   // a refusal must say why, and stick
            break;
        }
        if (!record->has_value())
            break;
        const QStringList &fields = **record;
        if (!out.records.isEmpty() && fields.size() != reader.header().size())
            std::abort();       // ragged rows are refused, never returned
        if (out.records.size() < 64)
            out.records.append(fields);
    }
    out.bytesRead = reader.bytesRead();
    return out;
}

void compare(const QByteArray &bytes, const CsvDialect &dialect, qint64 step)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const Outcome whole = readAll(buffer, dialect);
    TrickleDevice trickle(bytes, step);
    const Outcome trickled = readAll(trickle, dialect);
    if (whole.records != trickled.records || whole.error != trickled.error)
        std::abort();           // the state carried across reads lost something
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qint64 step = size > 0 ? 1 + data[size - 1] % 7 : 1;
    const Result<CsvDialect> sniffed = CsvReader::sniff(bytes.left(64 * 1024));
    if (sniffed) {
        (void)sniffed->describe();
        compare(bytes, *sniffed, step);
    } else if (sniffed.error().message.isEmpty()) {
        std::abort();
    }
    if (size > 0) {
        CsvDialect forced;
        forced.encoding = CsvDialect::Encoding(data[0] % 4);
        forced.delimiter = QLatin1Char(",;\t"[(data[0] / 4) % 3]);
        compare(bytes, forced, step);
    }
    return 0;
}
