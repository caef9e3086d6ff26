// The audit log viewer's data side on a demo database: each filter of
// AuditRepository narrows exactly as hand-written SQL does, keyset pages
// walk the whole log newest first without gaps or repeats (ties in time
// included), the item model pages with fetchMore under
// QAbstractItemModelTester and pins a snapshot, every action written has a
// readable name, the CSV export writes what the filters select (formula
// defence on) and is itself audited, and an erasure is logged without the
// erased data.

#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "formats/auditexport.h"
#include "formats/csvreader.h"
#include "itemmodels/auditlogmodel.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/privacyrepository.h"
#include "repositories/tagrepository.h"

#include <QAbstractItemModelTester>
#include <QFile>

using namespace shortlist;
using namespace shortlist::test;

Q_DECLARE_METATYPE(shortlist::AuditQuery)

namespace {

// 2024-03-01 00:00 UTC: the synthetic entries lie in the past, before every real one.
constexpr qint64 base = 1709251200;
constexpr qint64 day = 86400;
constexpr int synthetic = 600;

const QStringList syntheticActors = {QStringLiteral("Ana Lima"), QStringLiteral("Bruno Costa"), QStringLiteral("Çelik Öz"), QString()};
const QStringList syntheticActions = {QStringLiteral("move"), QStringLiteral("update"), QStringLiteral("export"), QStringLiteral("import"),
                                      QStringLiteral("report")};
const QStringList syntheticEntities = {QStringLiteral("application"), QStringLiteral("candidate"), QStringLiteral("opening")};
// Details with what a LIKE pattern would misread (% _ and the escape
// character), a formula, and letters beyond ASCII.
const QStringList syntheticDetails = {QStringLiteral("stage 3 -> 4, status active"), QStringLiteral("50% done"), QStringLiteral("500 rows"),
                                      QStringLiteral("under_score"), QStringLiteral("underXscore"), QStringLiteral("bang! here"),
                                      QStringLiteral("ÄRGER im Büro"), QStringLiteral("=cmd|' /C calc'!A0"), QString()};

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

// Every entry of `query`, read `pageSize` at a time.
QList<qint64> pagedIds(Database &db, const AuditQuery &query, int pageSize)
{
    QList<qint64> list;
    std::optional<AuditPosition> after;
    const AuditRepository repository(db);
    for (int guard = 0; guard < 100000; ++guard) {
        Result<QList<AuditEntry>> page = repository.entries(query, pageSize, after);
        if (!page)
            return {-1};
        for (const AuditEntry &e : std::as_const(*page))
            list << e.id;
        if (page->size() < pageSize)
            break;
        after = AuditPosition{page->constLast().at, page->constLast().id};
    }
    return list;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvDialect dialect;
    dialect.byteOrderMark = true;
    CsvReader reader(file, dialect);
    QList<QStringList> rows;
    while (true) {
        Result<std::optional<QStringList>> record = reader.next();
        if (!record || !*record)
            break;
        rows << **record;
    }
    return rows;
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_erased = 0;
    QList<qint64> m_anonymised;

    static AuditQuery byActor(const QString &actor)
    {
        AuditQuery q;
        q.actor = actor;
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions options;
        options.candidates = 300;
        options.seed = 11;
        options.asOf = QDateTime(QDate(2026, 11, 1), QTime(17, 0), QTimeZone::utc());
        Result<DemoSummary> demo = DemoGenerator::generate(m_path, options);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
        m_db = openOrFail(m_path);
        QVERIFY(m_db);
        Database &db = *m_db;

        // Real activity, as four people.
        db.setActor(QStringLiteral("Ana Lima"));
        const QList<qint64> active = [&] {
            QList<qint64> list;
            SqlQuery q(db);
            q.exec(QStringLiteral("SELECT a.id FROM applications a JOIN stages s ON s.id = a.stage_id "
                                  "WHERE a.status = 'active' AND s.category IN ('applied', 'screen') ORDER BY a.id LIMIT 6"));
            while (q.next())
                list << q.int64(0);
            return list;
        }();
        QCOMPARE(active.size(), 6);
        for (qint64 id : active) {
            Result<Application> app = ApplicationRepository(db).load(id);
            QVERIFY(app);
            Result<StageMove> moved = Pipeline(db).moveToNextStage(id, app->version);
            QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().message));
        }
        db.setActor(QStringLiteral("Bruno Costa"));
        const qint64 opening = scalar(db, QStringLiteral("SELECT min(id) FROM openings"));
        const QList<qint64> candidates = {scalar(db, QStringLiteral("SELECT min(id) FROM candidates")),
                                          scalar(db, QStringLiteral("SELECT min(id) + 1 FROM candidates"))};
        QVERIFY(TagRepository(db).addToCandidates(candidates, QStringLiteral("shortlisted")));
        Result<Candidate> edited = CandidateRepository(db).load(candidates.first());
        QVERIFY(edited);
        edited->currentTitle = QStringLiteral("Principal Engineer");
        QVERIFY(CandidateRepository(db).update(*edited));
        db.setActor(QString());
        Result<Application> unnamed = ApplicationRepository(db).load(active.first());
        QVERIFY(Pipeline(db).moveToNextStage(active.first(), unnamed->version));

        db.setActor(QStringLiteral("Data Protection Officer"));
        const NewApplication erased = addCandidate(db, opening, QStringLiteral("Zebulon Quartermaine"));
        QVERIFY(erased.candidateId > 0);
        m_erased = erased.candidateId;
        m_anonymised = {candidates.last(), scalar(db, QStringLiteral("SELECT max(id) - 1 FROM candidates"))};
        QVERIFY(PrivacyRepository(db).anonymise(m_anonymised, db.actor(), QStringLiteral("retention review")));
        QVERIFY(PrivacyRepository(db).erase(m_erased, db.actor()));

        // Synthetic history: three entries a second apart at every half day
        // (ties in time), spread over the people, actions, items and details.
        SqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("BEGIN")));
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < synthetic; ++i) {
            q.bind(base + (i / 3) * (day / 2) + (i % 3 == 2 ? 1 : 0))
                .bind(syntheticActors.at(i % syntheticActors.size()))
                .bind(syntheticActions.at(i % syntheticActions.size()))
                .bind(syntheticEntities.at(i % syntheticEntities.size()))
                .bind(qint64(i % 40 + 1))
                .bind(syntheticDetails.at(i % syntheticDetails.size()));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("COMMIT")));
        db.setActor(QStringLiteral("tester"));
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")) > synthetic + 10);
    }

    void migration_indexesTheLogForTheViewer()
    {
        const QStringList indexes = strings(*m_db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'audit_log' "
                                                                  "ORDER BY name"));
        QCOMPARE(indexes, (QStringList{QStringLiteral("audit_log_action"), QStringLiteral("audit_log_actor"), QStringLiteral("audit_log_at"),
                                       QStringLiteral("audit_log_entity")}));
        // Newest first walks the (at, id) index: no sort of the whole log.
        QStringList plan;
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id, detail FROM audit_log WHERE actor = 'Ana Lima' "
                                      "ORDER BY at DESC, id DESC LIMIT 200")));
        while (q.next())
            plan << q.value(3).toString();
        QVERIFY(!plan.isEmpty());
        QVERIFY2(!plan.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")), qPrintable(plan.join(QLatin1Char('\n'))));
    }

    void filter_narrowsLikeHandWrittenSql_data()
    {
        QTest::addColumn<AuditQuery>("query");
        QTest::addColumn<QString>("where");

        QTest::newRow("everything") << AuditQuery{} << QStringLiteral("1 = 1");
        AuditQuery q;
        q.from = base + 30 * day;
        QTest::newRow("from") << q << QStringLiteral("at >= %1").arg(base + 30 * day);
        q = {};
        q.to = base + 30 * day;
        QTest::newRow("before") << q << QStringLiteral("at < %1").arg(base + 30 * day);
        q.from = base + 10 * day;
        QTest::newRow("between") << q << QStringLiteral("at >= %1 AND at < %2").arg(base + 10 * day).arg(base + 30 * day);
        q = {};
        q.from = base + day / 2;   // exactly one tie group's time: included
        q.to = base + day / 2 + 1;
        QTest::newRow("one second") << q << QStringLiteral("at = %1").arg(base + day / 2);
        QTest::newRow("actor") << byActor(QStringLiteral("Bruno Costa")) << QStringLiteral("actor = 'Bruno Costa'");
        QTest::newRow("actor beyond ASCII") << byActor(QStringLiteral("Çelik Öz")) << QStringLiteral("actor = 'Çelik Öz'");
        QTest::newRow("actor without a name") << byActor(QString()) << QStringLiteral("actor = ''");
        QTest::newRow("actor nobody") << byActor(QStringLiteral("Nobody")) << QStringLiteral("0 = 1");
        q = {};
        q.actions = {QStringLiteral("move")};
        QTest::newRow("one action") << q << QStringLiteral("action = 'move'");
        q.actions = {QStringLiteral("anonymise"), QStringLiteral("erase"), QStringLiteral("export")};
        QTest::newRow("actions") << q << QStringLiteral("action IN ('anonymise', 'erase', 'export')");
        q = {};
        q.entity = QStringLiteral("candidate");
        QTest::newRow("entity") << q << QStringLiteral("entity = 'candidate'");
        q.entityId = 7;
        QTest::newRow("entity and id") << q << QStringLiteral("entity = 'candidate' AND entity_id = 7");
        q = {};
        q.entityId = 7;
        QTest::newRow("id alone") << q << QStringLiteral("entity_id = 7");
        q = {};
        q.text = QStringLiteral("STAGE 3");
        QTest::newRow("text, any case") << q << QStringLiteral("instr(lower(detail), 'stage 3') > 0");
        q.text = QStringLiteral("  stage 3 ");
        QTest::newRow("text, trimmed") << q << QStringLiteral("instr(lower(detail), 'stage 3') > 0");
        q.text = QStringLiteral("50%");
        QTest::newRow("percent is literal") << q << QStringLiteral("instr(detail, '50%') > 0");
        q.text = QStringLiteral("under_");
        QTest::newRow("underscore is literal") << q << QStringLiteral("instr(detail, 'under_') > 0");
        q.text = QStringLiteral("bang!");
        QTest::newRow("escape character is literal") << q << QStringLiteral("instr(detail, 'bang!') > 0");
        q.text = QStringLiteral("ÄRGER");
        QTest::newRow("text beyond ASCII") << q << QStringLiteral("instr(detail, 'ÄRGER') > 0");
        q.text = QStringLiteral("Quartermaine");
        QTest::newRow("erased name") << q << QStringLiteral("0 = 1");
        q = {};
        q.from = base + 20 * day;
        q.to = base + 200 * day;
        q.actor = QStringLiteral("Ana Lima");
        q.actions = {QStringLiteral("move"), QStringLiteral("report")};
        q.entity = QStringLiteral("application");
        q.text = QStringLiteral("status");
        QTest::newRow("all at once") << q
                                     << QStringLiteral("at >= %1 AND at < %2 AND actor = 'Ana Lima' AND action IN ('move', 'report') "
                                                       "AND entity = 'application' AND instr(detail, 'status') > 0")
                                            .arg(base + 20 * day)
                                            .arg(base + 200 * day);
    }

    void filter_narrowsLikeHandWrittenSql()
    {
        QFETCH(AuditQuery, query);
        QFETCH(QString, where);
        const QList<qint64> expected = ids(*m_db, where);
        QVERIFY(!expected.contains(-1));
        Result<qint64> counted = AuditRepository(*m_db).count(query);
        QVERIFY2(counted, qPrintable(counted ? QString() : counted.error().message + counted.error().detail));
        QCOMPARE(*counted, qint64(expected.size()));
        QCOMPARE(pagedIds(*m_db, query, 1000), expected);
        // Narrowing: nothing outside the whole log, and a non-trivial filter leaves something out.
        if (where != QLatin1String("1 = 1"))
            QVERIFY(expected.size() < scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")));
    }

    void filters_narrowToSomething()
    {
        // The data above would pass with filters that match nothing: these must not.
        for (const QString &where : {QStringLiteral("actor = 'Bruno Costa'"), QStringLiteral("actor = ''"), QStringLiteral("action = 'erase'"),
                                     QStringLiteral("action = 'anonymise'"), QStringLiteral("instr(detail, '50%') > 0"),
                                     QStringLiteral("instr(detail, 'under_') > 0"), QStringLiteral("instr(detail, 'ÄRGER') > 0"),
                                     QStringLiteral("entity = 'candidate' AND entity_id = 7")})
            QVERIFY2(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where) > 0, qPrintable(where));
        QVERIFY(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(detail, '50%') > 0"))
                < scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%50%'")));
    }

    void pages_walkTheLogNewestFirst_withoutGapsOrRepeats_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::newRow("1") << 1;
        QTest::newRow("2 (splits ties)") << 2;
        QTest::newRow("7") << 7;
        QTest::newRow("200") << 200;
    }

    void pages_walkTheLogNewestFirst_withoutGapsOrRepeats()
    {
        QFETCH(int, pageSize);
        const QList<qint64> expected = ids(*m_db, QStringLiteral("1 = 1"));
        QCOMPARE(pagedIds(*m_db, {}, pageSize), expected);
        AuditQuery q;
        q.actor = QStringLiteral("Ana Lima");
        QCOMPARE(pagedIds(*m_db, q, pageSize), ids(*m_db, QStringLiteral("actor = 'Ana Lima'")));
        // A snapshot leaves out what came after it.
        q = {};
        q.upToId = expected.at(expected.size() / 2);
        QCOMPARE(pagedIds(*m_db, q, pageSize), ids(*m_db, QStringLiteral("id <= %1").arg(q.upToId)));
    }

    void choices_listWhatTheLogHolds()
    {
        QCOMPARE(AuditRepository(*m_db).actors().value(), strings(*m_db, QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor")));
        QCOMPARE(AuditRepository(*m_db).actions().value(), strings(*m_db, QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")));
        QCOMPARE(AuditRepository(*m_db).entities().value(), strings(*m_db, QStringLiteral("SELECT DISTINCT entity FROM audit_log ORDER BY entity")));
        QVERIFY(AuditRepository(*m_db).actors()->contains(QString()));
        QVERIFY(AuditRepository(*m_db).actions()->contains(QStringLiteral("erase")));
    }

    void everyActionAndItem_hasReadableWords()
    {
        const QStringList actions = AuditRepository(*m_db).actions().value();
        QVERIFY(actions.size() >= 10);
        for (const QString &action : actions)
            QVERIFY2(AuditLogModel::actionText(action) != action, qPrintable(action));
        const QStringList entities = AuditRepository(*m_db).entities().value();
        for (const QString &entity : entities)
            QVERIFY2(AuditLogModel::entityText(entity) != entity, qPrintable(entity));
        QCOMPARE(AuditLogModel::actionText(QStringLiteral("move")), QStringLiteral("Moved stage"));
        QCOMPARE(AuditLogModel::actionText(QStringLiteral("from-the-future")), QStringLiteral("from-the-future"));
        QCOMPARE(AuditLogModel::itemText(QStringLiteral("application"), 42), QStringLiteral("Application 42"));
        QCOMPARE(AuditLogModel::itemText(QStringLiteral("requirements"), 3), QStringLiteral("Requirements of opening 3"));
        QCOMPARE(AuditLogModel::itemText(QStringLiteral("database"), std::nullopt), QStringLiteral("Database"));
        QCOMPARE(AuditLogModel::whoText(QString()), QStringLiteral("(no name)"));
    }

    void model_passesModelTester_andFetchesPageByPage()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setDatabase(m_db.get());
        const QList<qint64> expected = ids(*m_db, QStringLiteral("1 = 1"));
        QVERIFY(expected.size() > 2 * AuditLogModel::pageSize);
        QCOMPARE(model.totalCount(), qint64(expected.size()));
        QCOMPARE(model.rowCount(), AuditLogModel::pageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * AuditLogModel::pageSize);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(expected.size()));
        QList<qint64> shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << model.data(model.index(row, 0), AuditLogModel::EntryIdRole).toLongLong();
        QCOMPARE(shown, expected);

        // The cells say what the entry says.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log "
                                      "WHERE action = 'erase' ORDER BY id DESC LIMIT 1")));
        QVERIFY(q.next());
        const int row = int(expected.indexOf(q.int64(0)));
        QCOMPARE(model.data(model.index(row, AuditLogModel::When)).toString(), AuditLogModel::whenText(q.int64(1)));
        QCOMPARE(model.data(model.index(row, AuditLogModel::Who)).toString(), QStringLiteral("Data Protection Officer"));
        QCOMPARE(model.data(model.index(row, AuditLogModel::Action)).toString(), QStringLiteral("Erased"));
        QCOMPARE(model.data(model.index(row, AuditLogModel::Item)).toString(), QStringLiteral("Candidate %1").arg(m_erased));
        QCOMPARE(model.data(model.index(row, AuditLogModel::Details)).toString(), q.value(6).toString());
        QCOMPARE(model.data(model.index(row, 0), AuditLogModel::TimestampRole).toLongLong(), q.int64(1));
        QCOMPARE(model.data(model.index(row, 0), AuditLogModel::ActionCodeRole).toString(), QStringLiteral("erase"));
        QCOMPARE(model.data(model.index(row, 0), AuditLogModel::EntityRole).toString(), QStringLiteral("candidate"));
        QCOMPARE(model.data(model.index(row, 0), AuditLogModel::EntityIdRole).toLongLong(), m_erased);
        QCOMPARE(model.headerData(AuditLogModel::Details, Qt::Horizontal).toString(), QStringLiteral("Details"));

        // Filtering resets to the first page of the narrower list.
        AuditQuery narrow;
        narrow.actor = QStringLiteral("Bruno Costa");
        model.setQuery(narrow);
        const QList<qint64> bruno = ids(*m_db, QStringLiteral("actor = 'Bruno Costa'"));
        QCOMPARE(model.totalCount(), qint64(bruno.size()));
        QCOMPARE(model.rowCount(), std::min<int>(AuditLogModel::pageSize, int(bruno.size())));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), int(bruno.size()));
        model.setQuery(byActor(QStringLiteral("Nobody")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void model_pinsASnapshot_untilReloaded()
    {
        AuditLogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        const qint64 before = model.totalCount();
        QVERIFY(!AuditRepository(*m_db).append(QStringLiteral("update"), QStringLiteral("opening"), 1));
        const qint64 added = AuditRepository(*m_db).lastId().value();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(qint64(model.rowCount()), before);
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.entry(row)->id != added);
        QVERIFY(!model.reload());
        QCOMPARE(model.totalCount(), before + 1);
        QCOMPARE(model.snapshotId(), added);
    }

    void erasure_isLoggedWithoutTheErasedData()
    {
        // The erase entry names the candidate by number, and a code.
        AuditQuery q;
        q.actions = {QStringLiteral("erase")};
        Result<QList<AuditEntry>> erased = AuditRepository(*m_db).entries(q, 10);
        QVERIFY(erased);
        QCOMPARE(erased->size(), 1);
        QCOMPARE(erased->first().entity, QStringLiteral("candidate"));
        QCOMPARE(erased->first().entityId, std::optional<qint64>(m_erased));
        QCOMPARE(erased->first().actor, QStringLiteral("Data Protection Officer"));
        QVERIFY(!erased->first().detail.contains(QLatin1String("Quartermaine")));
        // Their earlier entries are still there, and none holds the name.
        q = {};
        q.entity = QStringLiteral("candidate");
        q.entityId = m_erased;
        QVERIFY(AuditRepository(*m_db).count(q).value() >= 2);   // created, erased
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE '%Quartermaine%' OR detail LIKE '%Zebulon%'")), 0);
        q = {};
        q.actions = {QStringLiteral("anonymise")};
        QCOMPARE(AuditRepository(*m_db).count(q).value(), qint64(m_anonymised.size()));
    }

    void export_writesTheSelectedEntries_andIsAudited()
    {
        AuditQuery q;
        q.actor = QStringLiteral("Bruno Costa");
        q.text = QStringLiteral("=cmd");   // the formula rows
        const QList<qint64> expected = ids(*m_db, QStringLiteral("actor = 'Bruno Costa' AND instr(detail, '=cmd') > 0"));
        QVERIFY(!expected.isEmpty());
        const qint64 entriesBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        AuditExport exporter(*m_db);
        exporter.setPageSize(3);   // several pages
        qint64 lastDone = -1;
        Result<AuditExport::Outcome> done = exporter.exportQuery(q, path, [&lastDone](qint64 doneRows, qint64) {
            lastDone = doneRows;
            return true;
        });
        QVERIFY2(done, qPrintable(done ? QString() : done.error().message));
        QCOMPARE(done->rows, qint64(expected.size()));
        QCOMPARE(lastDone, qint64(expected.size()));
        QVERIFY(done->logged);
        QVERIFY(QFile(path).permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!QFile(path).permissions().testFlag(QFileDevice::ReadOther));

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), expected.size() + 1);
        QCOMPARE(rows.first(), AuditExport::headers());
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("When"), QStringLiteral("Who"), QStringLiteral("Action"), QStringLiteral("Item"),
                                            QStringLiteral("Details")}));
        for (int i = 0; i < expected.size(); ++i) {
            SqlQuery e(*m_db);
            e.prepare(QStringLiteral("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log WHERE id = ?"));
            e.bind(expected.at(i));
            QVERIFY(e.exec() && e.next());
            const AuditEntry entry{e.int64(0), e.int64(1), e.value(2).toString(), e.value(3).toString(), e.value(4).toString(),
                                   e.int64(5), e.value(6).toString()};
            QStringList shown = AuditLogModel::rowTexts(entry);
            shown[AuditLogModel::When] = AuditExport::isoTime(entry.at);
            // Formula defence: the spreadsheet sees text.
            shown[AuditLogModel::Details] = QLatin1Char('\'') + entry.detail;
            QCOMPARE(rows.at(i + 1), shown);
            QCOMPARE(QDateTime::fromString(rows.at(i + 1).first(), Qt::ISODate).toSecsSinceEpoch(), entry.at);
        }

        // The export is in the log: who, how many, which filters; not the search words.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), entriesBefore + 1);
        const AuditEntry logged = AuditRepository(*m_db).recent(1).value().first();
        QCOMPARE(logged.action, QStringLiteral("export"));
        QCOMPARE(logged.entity, QStringLiteral("audit_log"));
        QCOMPARE(logged.actor, QStringLiteral("tester"));
        QVERIFY2(logged.detail.startsWith(QStringLiteral("csv rows=%1; actor=Bruno Costa; text filter; up_to=").arg(expected.size())),
                 qPrintable(logged.detail));
        QVERIFY(!logged.detail.contains(QLatin1String("cmd")));
    }

    void export_fromAReadOnlyDatabase_writesTheFile_butCannotLogIt()
    {
        OpenOptions options;
        options.forceReadOnly = true;
        options.actor = QStringLiteral("auditor");
        auto readOnly = openOrFail(m_path, options);
        QVERIFY(readOnly);
        QVERIFY(readOnly->isReadOnly());
        const qint64 before = scalar(*readOnly, QStringLiteral("SELECT count(*) FROM audit_log"));
        AuditQuery q;
        q.actions = {QStringLiteral("erase"), QStringLiteral("anonymise")};
        const QString path = m_dir.filePath(QStringLiteral("readonly.csv"));
        Result<AuditExport::Outcome> done = AuditExport(*readOnly).exportQuery(q, path);
        QVERIFY(done);
        QCOMPARE(done->rows, qint64(1 + m_anonymised.size()));
        QVERIFY(!done->logged);
        QCOMPARE(done->logError.code, ErrorCode::ReadOnly);
        QCOMPARE(readCsv(path).size(), 1 + m_anonymised.size() + 1);
        QCOMPARE(scalar(*readOnly, QStringLiteral("SELECT count(*) FROM audit_log")), before);
    }

    void export_cancelled_writesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
        const qint64 before = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        AuditExport exporter(*m_db);
        exporter.setPageSize(50);
        Result<AuditExport::Outcome> done = exporter.exportQuery({}, path, [](qint64 rows, qint64) { return rows < 100; });
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), before);
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
