#include "filewriter.h"

#include <QDir>
#include <QSaveFile>

namespace shortlist {

Error FileWriter::write(const QString &path, const QByteArray &data)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        return makeError(ErrorCode::Io, tr("%1 cannot be written: %2. Choose a folder you can write to.")
                                            .arg(QDir::toNativeSeparators(path), out.errorString()));
    return {};
}

} // namespace shortlist
