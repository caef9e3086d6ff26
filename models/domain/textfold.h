#pragma once

#include <QString>

namespace shortlist {

// Lower case without diacritics ("José Núñez" -> "jose nunez"): sort keys and
// accent-insensitive comparison, computed once when a record is written.
QString foldText(const QString &text);

} // namespace shortlist
