#pragma once

#include <QString>
#include <QStringList>

namespace shortlist {

// Lower case without diacritics ("José Núñez" -> "jose nunez"): sort keys and
// accent-insensitive comparison, computed once when a record is written.
QString foldText(const QString &text);

// The words of a user's search text, split the way the full-text index splits
// documents: runs of letters, digits and combining marks; everything else
// (quotes, '*', '-', ':', parentheses, '@', ...) separates words.
QStringList searchWords(const QString &text);

} // namespace shortlist
