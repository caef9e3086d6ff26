// The CSV import on PostgreSQL (a throwaway PostgreSQL 15 server,
// tests/common/pgserver.h): the bulk write path (ImportWriter, with the
// triggers paused and, for large files, the indexes rebuilt) leaves the
// search documents, the metric summaries and the match scores as the
// triggers and a rescore would, and undo takes it all back — the same
// scenario tst_importbulk runs on SQLite.

#include "../common/importchecks.h"
#include "../common/pgserver.h"
#include "../common/requiredtool.h"
#include "../common/testdb.h"

#include "import/candidateimport.h"
#include "repositories/matchrepository.h"
#include "repositories/metarepository.h"

using namespace shortlist;
using namespace shortlist::test;
namespace checks = shortlist::test::importchecks;
namespace scenario = shortlist::test::importchecks::scenario;

class TestPostgresImport : public QObject {
    Q_OBJECT

private:
    PgServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;

    std::unique_ptr<Database> freshDatabase()
    {
        const QString name = QStringLiteral("shortlist_import_%1").arg(++m_databases);
        if (!m_server.createDatabase(name))
            return {};
        Result<std::unique_ptr<Database>> opened = Database::openPostgres(m_server.params(name), OpenOptions{});
        return opened ? std::move(opened).value() : nullptr;
    }

    static QStringList indexes(Database &db)
    {
        return checks::dump(db, QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_server.start()) {
            SHORTLIST_REQUIRE_TOOL(!m_server.unavailable(), m_server.errorString());
            QFAIL(qPrintable(m_server.errorString()));
        }
    }

    void cleanupTestCase() { m_server.stop(); }

    void writeModes_leaveDerivedDataAsTheTriggersWould_data()
    {
        QTest::addColumn<bool>("rebuildIndexes");
        QTest::newRow("indexes kept up row by row") << false;
        QTest::newRow("indexes rebuilt at the end") << true;
    }

    void writeModes_leaveDerivedDataAsTheTriggersWould()
    {
        QFETCH(bool, rebuildIndexes);
        std::unique_ptr<Database> db = freshDatabase();
        QVERIFY2(db, qPrintable(m_server.errorString()));
        const qint64 opening = createOpening(*db);
        const qint64 other = createOpening(*db, QStringLiteral("cloud-platform-tech-lead"));
        const qint64 existing = scenario::prepare(*db, opening, other);
        QVERIFY(existing > 0);
        const QStringList indexesBefore = indexes(*db);
        const QString csv = m_dir.filePath(QStringLiteral("scenario-%1.csv").arg(m_databases));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(scenario::csv());
        file.close();

        Result<ImportSummary> summary = CandidateImport::run(*db, csv, scenario::options(opening, rebuildIndexes));
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message + QLatin1Char(' ') + summary.error().detail));
        QCOMPARE(summary->created, 5);
        QCOMPARE(summary->merged, 3);
        QCOMPARE(indexes(*db), indexesBefore);
        QVERIFY(!MetaRepository(*db).has(QString::fromLatin1(SqlDialect::searchSuspendedKey)).value());
        QCOMPARE(checks::searchMismatches(*db), QStringList());
        QCOMPARE(checks::summaryMismatches(*db), QStringList());
        const QString scores = QStringLiteral("SELECT id, match_score, missing_must_haves FROM applications ORDER BY id");
        const QStringList written = checks::dump(*db, scores);
        QVERIFY(!MatchRepository(*db).updateAll());
        QCOMPARE(checks::dump(*db, scores), written);
        QCOMPARE(checks::dump(*db, QStringLiteral("SELECT candidate_source FROM applications WHERE candidate_id = %1 ORDER BY id").arg(existing)),
                 (QStringList{QStringLiteral("Referral"), QStringLiteral("Referral")}));
        QCOMPARE(checks::dump(*db, QStringLiteral("SELECT a.status, a.rejection_reason FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                  "WHERE c.name = 'Rex Rejected'")),
                 QStringList{QStringLiteral("rejected|Imported as rejected")});

        QVERIFY(!ImportHistoryRepository(*db).undo(summary->batchId));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 2);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM notes")), 0);
        QCOMPARE(checks::searchMismatches(*db), QStringList());
        QCOMPARE(checks::summaryMismatches(*db), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestPostgresImport)
#include "tst_postgres_import.moc"
