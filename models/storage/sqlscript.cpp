#include "sqlscript.h"

#include <QRegularExpression>

namespace shortlist {

QStringList splitSqlScript(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    bool triggerHasBody = false;  // SQLite's BEGIN ... END; PostgreSQL's EXECUTE FUNCTION f(); has none
    bool inDollarBody = false;
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression beginWord(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);

    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (current.isEmpty() && triggerStart.match(line).hasMatch())
            inTrigger = true;
        if (inTrigger && beginWord.match(line).hasMatch())
            triggerHasBody = true;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollarBody = !inDollarBody;
        current += line + QLatin1Char('\n');

        bool ends = false;
        if (inTrigger && triggerHasBody)
            ends = triggerEnd.match(line).hasMatch();
        else if (!inDollarBody)
            ends = trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            QString statement = current.trimmed();
            if (!triggerHasBody)
                statement.chop(1);  // the closing ';' (a trigger keeps its END;)
            statements << statement.trimmed();
            current.clear();
            inTrigger = false;
            triggerHasBody = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

} // namespace shortlist
