// The audit log viewer on PostgreSQL, against a throwaway PostgreSQL 15 server
// (tests/common/pgserver.h): the same portable SQL as on SQLite narrows each
// filter as hand-written PostgreSQL does, keyset pages (ties in time
// included) walk the log newest first, the loose index scan lists the same
// people, actions and items as SELECT DISTINCT, the item model pages under
// QAbstractItemModelTester, the export is audited, and 0010's indexes exist.

#include "../common/pgserver.h"
#include "../common/requiredtool.h"
#include "../common/testdb.h"

#include "formats/auditexport.h"
#include "itemmodels/auditlogmodel.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditrepository.h"
#include "repositories/privacyrepository.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace shortlist;
using namespace shortlist::test;

Q_DECLARE_METATYPE(shortlist::AuditQuery)

namespace {

constexpr qint64 base = 1709251200;   // 2024-03-01 00:00 UTC
constexpr qint64 day = 86400;

QList<qint64> ids(Database &db, const QString &where)
{
    QList<qint64> list;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM audit_log WHERE ") + where + QStringLiteral(" ORDER BY at DESC, id DESC")))
        return {-1};
    while (q.next())
        list << q.int64(0);
    return list;
}

QStringList strings(Database &db, const QString &sql)
{
    QStringList list;
    SqlQuery q(db);
    if (!q.exec(sql))
        return {QStringLiteral("error")};
    while (q.next())
        list << q.value(0).toString();
    return list;
}

QList<qint64> pagedIds(Database &db, const AuditQuery &query, int pageSize)
{
    QList<qint64> list;
    std::optional<AuditPosition> after;
    const AuditRepository repository(db);
    for (int guard = 0; guard < 100000; ++guard) {
        Result<QList<AuditEntry>> page = repository.entries(query, pageSize, after);
        if (!page) {
            qWarning("%s %s", qPrintable(page.error().message), qPrintable(page.error().detail));
            return {-1};
        }
        for (const AuditEntry &e : std::as_const(*page))
            list << e.id;
        if (page->size() < pageSize)
            break;
        after = AuditPosition{page->constLast().at, page->constLast().id};
    }
    return list;
}

} // namespace

class TestPostgresAudit : public QObject {
    Q_OBJECT

private:
    PgServer m_server;
    std::unique_ptr<Database> m_db;
    QTemporaryDir m_dir;
    qint64 m_erased = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start()) {
            SHORTLIST_REQUIRE_TOOL(!m_server.unavailable(), m_server.errorString());
            QFAIL(qPrintable(m_server.errorString()));
        }
        QVERIFY2(m_server.createDatabase(QStringLiteral("shortlist_audit")), qPrintable(m_server.errorString()));
        OpenOptions options;
        options.actor = QStringLiteral("Ana Lima");
        Result<std::unique_ptr<Database>> opened = Database::openPostgres(m_server.params(QStringLiteral("shortlist_audit")), options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message + QLatin1Char(' ') + opened.error().detail));
        m_db = std::move(opened).value();
        Database &db = *m_db;

        const qint64 opening = createOpening(db);
        QVERIFY(opening > 0);
        QList<NewApplication> added;
        for (const QString &name : {QStringLiteral("Carla Dias"), QStringLiteral("Davi Rocha"), QStringLiteral("Zebulon Quartermaine")})
            added << addCandidate(db, opening, name);
        db.setActor(QStringLiteral("Bruno Costa"));
        for (const NewApplication &a : std::as_const(added)) {
            Result<Application> app = ApplicationRepository(db).load(a.applicationId);
            QVERIFY(app);
            QVERIFY(Pipeline(db).moveToNextStage(a.applicationId, app->version));
        }
        db.setActor(QStringLiteral("Data Protection Officer"));
        m_erased = added.last().candidateId;
        Result<PrivacyResult> erased = PrivacyRepository(db).erase(m_erased, db.actor());
        QVERIFY2(erased, qPrintable(erased ? QString() : erased.error().message));

        SqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
        const QStringList actors = {QStringLiteral("Ana Lima"), QStringLiteral("Bruno Costa"), QStringLiteral("Çelik Öz"), QString()};
        const QStringList actions = {QStringLiteral("move"), QStringLiteral("update"), QStringLiteral("export"), QStringLiteral("import")};
        const QStringList details = {QStringLiteral("stage 3 -> 4, status active"), QStringLiteral("50% done"), QStringLiteral("500 rows"),
                                     QStringLiteral("under_score"), QStringLiteral("underXscore"), QStringLiteral("bang! here"),
                                     QStringLiteral("ÄRGER im Büro"), QString()};
        for (int i = 0; i < 300; ++i) {
            q.bind(base + (i / 3) * (day / 2) + (i % 3 == 2 ? 1 : 0))
                .bind(actors.at(i % actors.size()))
                .bind(actions.at(i % actions.size()))
                .bind(i % 2 ? QStringLiteral("application") : QStringLiteral("candidate"))
                .bind(qint64(i % 30 + 1))
                .bind(details.at(i % details.size()));
            QVERIFY2(q.exec(), qPrintable(q.error().message + QLatin1Char(' ') + q.error().detail));
        }
        db.setActor(QStringLiteral("tester"));
    }

    void cleanupTestCase()
    {
        m_db.reset();
        m_server.stop();
    }

    void migration_indexesTheLog()
    {
        QCOMPARE(strings(*m_db, QStringLiteral("SELECT indexname FROM pg_indexes WHERE tablename = 'audit_log' AND indexname LIKE 'audit_log_%' "
                                               "AND indexname NOT LIKE '%_pkey' ORDER BY indexname")),
                 (QStringList{QStringLiteral("audit_log_action"), QStringLiteral("audit_log_actor"), QStringLiteral("audit_log_at"),
                              QStringLiteral("audit_log_entity")}));
    }

    void filter_narrowsLikeHandWrittenSql_data()
    {
        QTest::addColumn<AuditQuery>("query");
        QTest::addColumn<QString>("where");
        QTest::newRow("everything") << AuditQuery{} << QStringLiteral("true");
        AuditQuery q;
        q.from = base + 10 * day;
        q.to = base + 40 * day;
        QTest::newRow("between") << q << QStringLiteral("at >= %1 AND at < %2").arg(base + 10 * day).arg(base + 40 * day);
        q = {};
        q.actor = QStringLiteral("Çelik Öz");
        QTest::newRow("actor") << q << QStringLiteral("actor = 'Çelik Öz'");
        q.actor = QString();
        QTest::newRow("actor without a name") << q << QStringLiteral("actor = ''");
        q = {};
        q.actions = {QStringLiteral("erase"), QStringLiteral("export")};
        QTest::newRow("actions") << q << QStringLiteral("action IN ('erase', 'export')");
        q = {};
        q.entity = QStringLiteral("application");
        q.entityId = 8;
        QTest::newRow("item") << q << QStringLiteral("entity = 'application' AND entity_id = 8");
        q = {};
        q.text = QStringLiteral("STAGE 3");
        QTest::newRow("text, any case") << q << QStringLiteral("strpos(lower(detail), 'stage 3') > 0");
        q.text = QStringLiteral("50%");
        QTest::newRow("percent is literal") << q << QStringLiteral("strpos(detail, '50%') > 0");
        q.text = QStringLiteral("under_");
        QTest::newRow("underscore is literal") << q << QStringLiteral("strpos(detail, 'under_') > 0");
        q.text = QStringLiteral("bang!");
        QTest::newRow("escape character is literal") << q << QStringLiteral("strpos(detail, 'bang!') > 0");
        // PostgreSQL lowers all of Unicode (SQLite only ASCII).
        q.text = QStringLiteral("ärger");
        QTest::newRow("text beyond ASCII, any case") << q << QStringLiteral("strpos(detail, 'ÄRGER') > 0");
        q.text = QStringLiteral("Quartermaine");
        QTest::newRow("erased name") << q << QStringLiteral("false");
        q = {};
        q.from = base + 5 * day;
        q.to = base + 100 * day;
        q.actor = QStringLiteral("Ana Lima");
        q.actions = {QStringLiteral("move")};
        q.entity = QStringLiteral("candidate");
        q.text = QStringLiteral("status");
        QTest::newRow("all at once") << q
                                     << QStringLiteral("at >= %1 AND at < %2 AND actor = 'Ana Lima' AND action = 'move' AND entity = 'candidate' "
                                                       "AND strpos(detail, 'status') > 0")
                                            .arg(base + 5 * day)
                                            .arg(base + 100 * day);
    }

    void filter_narrowsLikeHandWrittenSql()
    {
        QFETCH(AuditQuery, query);
        QFETCH(QString, where);
        const QList<qint64> expected = ids(*m_db, where);
        QVERIFY(!expected.contains(-1));
        if (where != QLatin1String("true") && where != QLatin1String("false"))
            QVERIFY2(!expected.isEmpty(), qPrintable(where));
        Result<qint64> counted = AuditRepository(*m_db).count(query);
        QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().message + QLatin1Char(' ') + counted.error().detail));
        QCOMPARE(*counted, qint64(expected.size()));
        QCOMPARE(pagedIds(*m_db, query, 1000), expected);
    }

    void pages_walkTheLogNewestFirst()
    {
        const QList<qint64> expected = ids(*m_db, QStringLiteral("true"));
        for (int pageSize : {1, 2, 7, 200})
            QCOMPARE(pagedIds(*m_db, {}, pageSize), expected);
        AuditQuery q;
        q.upToId = expected.at(expected.size() / 2);
        QCOMPARE(pagedIds(*m_db, q, 5), ids(*m_db, QStringLiteral("id <= %1").arg(q.upToId)));
    }

    void choices_listWhatTheLogHolds()
    {
        QCOMPARE(AuditRepository(*m_db).actors().value(), strings(*m_db, QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor")));
        QCOMPARE(AuditRepository(*m_db).actions().value(), strings(*m_db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")));
        QCOMPARE(AuditRepository(*m_db).entities().value(), strings(*m_db, QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity")));
        QVERIFY(AuditRepository(*m_db).actors()->contains(QString()));
    }

    void model_passesModelTester()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        const QList<qint64> expected = ids(*m_db, QStringLiteral("true"));
        QCOMPARE(model.totalCount(), qint64(expected.size()));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(expected.size()));
        QList<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.index(row, 0).data(AuditLogModel::EntryIdRole).toLongLong();
        QCOMPARE(shown, expected);
        AuditQuery erase;
        erase.actions = {QStringLiteral("erase")};
        model.setQuery(erase);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AuditLogModel::Item).data().toString(), QStringLiteral("Candidate %1").arg(m_erased));
    }

    void export_isAudited()
    {
        AuditQuery q;
        q.actor = QStringLiteral("Bruno Costa");
        const qint64 expected = ids(*m_db, QStringLiteral("actor = 'Bruno Costa'")).size();
        const qint64 last = AuditRepository(*m_db).lastId().value();
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        AuditExport exporter(*m_db);
        exporter.setPageSize(10);
        Result<AuditExport::Outcome> done = exporter.exportQuery(q, path);
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message + QLatin1Char(' ') + done.error().detail));
        QCOMPARE(done->rows, expected);
        QVERIFY(done->logged);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), expected + 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export' AND entity = 'audit_log' AND actor = 'tester'")),
                 QStringLiteral("csv rows=%1; actor=Bruno Costa; up_to=%2").arg(expected).arg(last));
    }
};

QTEST_GUILESS_MAIN(TestPostgresAudit)
#include "tst_postgres_audit.moc"
