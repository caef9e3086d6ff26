#pragma once

// Shared fixtures for Shortlist's tests: a database in a temporary folder with
// an opening from a template and a few candidates added through the pipeline.

#include "pipeline/pipeline.h"
#include "repositories/openingrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "templates/openingtemplates.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace shortlist::test {

inline std::unique_ptr<Database> openOrFail(const QString &path, OpenOptions options = {})
{
    if (options.actor.isEmpty())
        options.actor = QStringLiteral("tester");
    Result<std::unique_ptr<Database>> db = Database::openSqlite(path, options);
    if (!db) {
        qWarning("open %s failed: %s (%s)", qPrintable(path), qPrintable(db.error().message), qPrintable(db.error().detail));
        return nullptr;
    }
    return std::move(db).value();
}

inline std::unique_ptr<Database> createDatabase(const QString &path)
{
    OpenOptions options;
    options.mode = OpenOptions::Mode::CreateIfMissing;
    return openOrFail(path, options);
}

inline qint64 createOpening(Database &db, const QString &templateKey = QStringLiteral("big-data-tech-lead"))
{
    const std::optional<OpeningTemplate> tmpl = OpeningTemplates::byKey(templateKey);
    if (!tmpl)
        return 0;
    Result<qint64> id = OpeningRepository(db).create(OpeningTemplates::instantiate(*tmpl, QDate(2026, 6, 1)));
    return id ? *id : 0;
}

inline Candidate makeCandidate(const QString &name, const QString &email = {})
{
    Candidate c;
    c.name = name;
    c.email = email;
    c.source = QStringLiteral("LinkedIn");
    c.yearsExperience = 10;
    c.skills = {QStringLiteral("spark"), QStringLiteral("kafka")};
    return c;
}

inline NewApplication addCandidate(Database &db, qint64 openingId, const QString &name, qint64 appliedAt = 0)
{
    Result<NewApplication> created = Pipeline(db).addCandidate(makeCandidate(name), openingId, appliedAt);
    return created ? *created : NewApplication{};
}

// A person in the directory (an interviewer unless said otherwise); 0 on failure.
inline qint64 addPerson(Database &db, const QString &name, const QString &email = {}, const QString &role = QStringLiteral("interviewer"))
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO people (name, email, role, created_at) VALUES (?, ?, ?, 0) RETURNING id"));
    q.bind(name).bind(email).bind(role);
    return q.exec() && q.next() ? q.int64(0) : 0;
}

inline qint64 scalar(Database &db, const QString &sql)
{
    SqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.int64(0);
}

inline QString text(Database &db, const QString &sql)
{
    SqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("<error: %1>").arg(q.error().detail);
    return q.value(0).toString();
}

} // namespace shortlist::test
