#pragma once

#include <QString>
#include <QStringList>

namespace shortlist {

// Splits a migration script into statements: on ';' at the end of a line,
// except inside CREATE TRIGGER ... BEGIN ... END; (SQLite) and $$ ... $$
// bodies. A trigger without BEGIN (PostgreSQL's EXECUTE FUNCTION) ends at its
// ';' like any statement. Comment-only lines are dropped.
QStringList splitSqlScript(const QString &script);

} // namespace shortlist
