// DatabaseExport from PostgreSQL: a database with rows in most tables (the
// privacy fixture's subject: notes, an attachment, interviews, scorecards
// with an amendment, a decision, an import item; other candidates moved
// through the pipeline) exported as JSON and imported into a new SQLite file
// holds the same rows, column by column, and gives the same metrics.

#include "../common/pgserver.h"
#include "../common/privacyfixture.h"
#include "../common/requiredtool.h"

#include "formats/databaseexport.h"
#include "formats/metricsexport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <algorithm>

using namespace shortlist;
using namespace shortlist::test;
namespace subject = shortlist::test::privacy;

namespace {

// The tables holding data (not the search index or the migration log).
QStringList dataTables(Database &db)
{
    const bool postgres = db.dialect().kind() == SqlDialect::Kind::Postgres;
    SqlQuery q(db);
    const QString sql = postgres
        ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                         "AND table_name NOT IN ('candidate_search', 'schema_migrations') ORDER BY table_name")
        : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "AND name NOT LIKE 'candidate_search%' AND name <> 'schema_migrations' ORDER BY name");
    QStringList tables;
    if (q.exec(sql)) {
        while (q.next())
            tables << q.value(0).toString();
    }
    return tables;
}

// Every row of a table as text, column by column (the same on both
// backends: whole numbers, doubles to 17 digits, bytes in hex), sorted.
QStringList rows(Database &db, const QString &table)
{
    const QSqlRecord record = db.connection().record(table);
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
        return {q.error().detail};
    QStringList out;
    while (q.next()) {
        QString row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            row += record.fieldName(i) + QLatin1Char('=');
            if (v.isNull())
                row += QStringLiteral("NULL");
            else if (v.typeId() == QMetaType::Double)
                row += QString::number(v.toDouble(), 'g', 17);
            else if (v.typeId() == QMetaType::QByteArray)
                row += QString::fromLatin1(v.toByteArray().toHex());
            else
                row += v.toString();
            row += QLatin1Char('|');
        }
        out << row;
    }
    out.sort();
    return out;
}

QJsonObject metrics(Database &db, qint64 now)
{
    MetricsFilter filter;
    filter.now = now;
    Result<MetricsReport> report = MetricsExport::build(db, filter, {}, true, false);
    if (!report)
        return QJsonObject{{QStringLiteral("error"), report.error().message}};
    QJsonObject json = MetricsExport::toJson(*report);
    json.remove(QStringLiteral("generated"));
    json.remove(QStringLiteral("database"));
    return json;
}

} // namespace

class TestPostgresDatabaseExport : public QObject {
    Q_OBJECT

private:
    PgServer m_server;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!m_server.start()) {
            SHORTLIST_REQUIRE_TOOL(!m_server.unavailable(), m_server.errorString());
            QFAIL(qPrintable(m_server.errorString()));
        }
        QVERIFY2(m_server.createDatabase(QStringLiteral("shortlist_export")), qPrintable(m_server.errorString()));
    }

    void cleanupTestCase() { m_server.stop(); }

    void exportFromPostgres_importsIntoSqliteUnchanged()
    {
        OpenOptions options;
        options.actor = QStringLiteral("tester");
        Result<std::unique_ptr<Database>> opened = Database::openPostgres(m_server.params(QStringLiteral("shortlist_export")), options);
        QVERIFY2(opened, qPrintable(opened.error().message + opened.error().detail));
        Database &pg = **opened;
        const qint64 opening = createOpening(pg);
        QVERIFY(opening > 0);
        subject::Subject s;
        const QString problem = subject::buildSubject(pg, opening, s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (int i = 0; i < 5; ++i) {
            const NewApplication added = addCandidate(pg, opening, QStringLiteral("Person %1").arg(i), 1'770'000'000 + i * 86400);
            QVERIFY(added.applicationId > 0);
        }
        SqlQuery q(pg);
        QVERIFY(q.exec(QStringLiteral("UPDATE competencies SET weight = 0.1 WHERE id = (SELECT min(id) FROM competencies)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO skill_synonyms (alias, canonical, created_at) VALUES ('pyspark', 'spark', 1)")));

        QStringList exported = DatabaseExport::tables();
        exported.sort();
        QCOMPARE(dataTables(pg), exported);

        const QString json = m_dir.filePath(QStringLiteral("pg.json"));
        Result<DatabaseExportSummary> written = DatabaseExport::writeFile(pg, json);
        QVERIFY2(written, qPrintable(written.error().message + written.error().detail));
        QVERIFY(written->rows > 100);
        const QString target = m_dir.filePath(QStringLiteral("from-pg.shortlist"));
        Result<DatabaseExportSummary> read = DatabaseExport::read(json, target);
        QVERIFY2(read, qPrintable(read.error().message + read.error().detail));
        QCOMPARE(read->rows, written->rows);

        auto copy = openOrFail(target);
        QVERIFY(copy);
        QCOMPARE(dataTables(*copy), exported);
        int filled = 0;
        for (const QString &table : std::as_const(exported)) {
            const QStringList left = rows(pg, table);
            filled += left.isEmpty() ? 0 : 1;
            QCOMPARE(rows(*copy, table), left);
        }
        QVERIFY(filled >= 20);
        const QJsonObject before = metrics(pg, 1'780'000'000);
        QVERIFY(!before.contains(QLatin1String("error")));
        QCOMPARE(metrics(*copy, 1'780'000'000), before);

        // And back out of SQLite: the same document (but its time stamp).
        QBuffer again;
        QVERIFY(again.open(QIODevice::WriteOnly));
        QVERIFY(DatabaseExport::write(*copy, again));
        QFile original(json);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QList<QByteArray> a = original.readAll().split('\n');
        QList<QByteArray> b = again.data().split('\n');
        const auto stamp = [](const QByteArray &line) { return line.startsWith("\"exportedAt\""); };
        a.removeIf(stamp);
        b.removeIf(stamp);
        QCOMPARE(b.size(), a.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(b.at(i), a.at(i));
    }
};

QTEST_GUILESS_MAIN(TestPostgresDatabaseExport)
#include "tst_postgres_databaseexport.moc"
