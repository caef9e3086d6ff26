#pragma once

#include "storage/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace shortlist {

// Writes a whole file through QSaveFile: it appears complete or not at all,
// and an existing file is only replaced once the new one is written.
class FileWriter {
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    static Error write(const QString &path, const QByteArray &data);
};

} // namespace shortlist
