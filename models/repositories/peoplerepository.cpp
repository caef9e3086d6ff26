#include "peoplerepository.h"

#include "auditrepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/transaction.h"

namespace shortlist {

Result<qint64> PeopleRepository::add(const Person &person)
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    Result<qint64> id = insert(person, QDateTime::currentSecsSinceEpoch());
    if (!id)
        return id.error();
    if (Error e = AuditRepository(m_db).append(QStringLiteral("create"), QStringLiteral("person"), *id))
        return e;
    if (!tx.commit())
        return tx.error();
    return id;
}

Result<qint64> PeopleRepository::insert(const Person &person, qint64 createdAt)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO people (name, email, role, title, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.bind(person.name).bind(person.email).bind(toCode(person.role)).bind(person.title).bind(createdAt);
    if (!q.exec() || !q.next())
        return q.failure();
    return q.int64(0);
}

Result<QList<Person>> PeopleRepository::all() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name, email, role, title FROM people ORDER BY name, id")))
        return q.error();
    QList<Person> people;
    while (q.next()) {
        people.append(Person{q.int64(0), q.value(1).toString(), q.value(2).toString(),
                             personRoleFromCode(q.value(3).toString()).value_or(PersonRole::Interviewer), q.value(4).toString()});
    }
    return people;
}

Result<QHash<qint64, QString>> PeopleRepository::names() const
{
    SqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, name FROM people")))
        return q.error();
    QHash<qint64, QString> names;
    while (q.next())
        names.insert(q.int64(0), q.value(1).toString());
    return names;
}

} // namespace shortlist
