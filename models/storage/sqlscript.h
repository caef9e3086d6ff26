#pragma once

#include <QString>
#include <QStringList>

namespace shortlist {

// Splits a migration script into statements: on ';' at the end of a line,
// except inside CREATE TRIGGER ... END; and $$ ... $$ bodies. Comment-only
// lines are dropped.
QStringList splitSqlScript(const QString &script);

} // namespace shortlist
