#include "migrations.h"

#include "database.h"
#include "sqlquery.h"
#include "sqlscript.h"
#include "transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace shortlist {

namespace {

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QList<MigrationStep> Migrations::steps()
{
    static const QList<MigrationStep> cached = [] {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        QMap<int, MigrationStep> byVersion;
        const QDir dir(QStringLiteral(":/migrations"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QRegularExpressionMatch m = pattern.match(file);
            if (!m.hasMatch())
                continue;  // a backend-specific part, read with its step below
            MigrationStep step;
            step.version = m.captured(1).toInt();
            step.name = m.captured(2);
            step.commonSql = readResource(dir.filePath(file));
            byVersion.insert(step.version, step);
        }
        return byVersion.values();
    }();
    return cached;
}

int Migrations::latestVersion()
{
    const QList<MigrationStep> all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

Error Migrations::migrate(Database &db, int fromVersion, int toVersion)
{
    const SqlDialect &dialect = db.dialect();
    for (const MigrationStep &step : steps()) {
        if (step.version <= fromVersion || step.version > toVersion)
            continue;
        const QString dialectFile = QStringLiteral(":/migrations/%1_%2.%3.sql")
                                        .arg(step.version, 4, 10, QLatin1Char('0'))
                                        .arg(step.name, dialect.name());
        QStringList statements = splitSqlScript(dialect.expandTokens(step.commonSql));
        statements += splitSqlScript(readResource(dialectFile));

        WriteTransaction tx(db);
        if (!tx.ok())
            return tx.error();
        SqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)")))
            return q.error();
        for (const QString &statement : std::as_const(statements)) {
            if (!q.exec(statement)) {
                Error error = q.error();
                error.message = QCoreApplication::translate("shortlist::Migrations",
                                                            "Upgrading the database to version %1 failed, so it was left at version %2: %3")
                                    .arg(step.version)
                                    .arg(fromVersion)
                                    .arg(error.message);
                return error;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"));
        q.bind(step.version).bind(step.name).bind(QDateTime::currentSecsSinceEpoch());
        if (!q.exec())
            return q.error();
        if (!tx.commit())
            return tx.error();
        fromVersion = step.version;
    }
    return {};
}

} // namespace shortlist
