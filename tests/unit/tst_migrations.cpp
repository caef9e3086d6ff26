// Versioned migrations: each step, fresh == replay, refusal of newer files,
// and the backup made before an upgrade.

#include "../common/testdb.h"

#include "storage/migrations.h"
#include "storage/sqlscript.h"

#include <QDir>

using namespace shortlist;
using namespace shortlist::test;

namespace {

// Every table, index and trigger definition, normalised, in name order.
QStringList schemaOf(Database &db)
{
    QStringList schema;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name <> 'sqlite_stat1' ORDER BY type, name")))
        return {QStringLiteral("<error>")};
    while (q.next())
        schema << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString() + QLatin1String(": ") + q.value(2).toString().simplified();
    return schema;
}

} // namespace

// A candidate with an application written as version 1 stored them: today's
// repositories write columns that an old schema does not have yet.
bool insertV1Candidate(Database &db, qint64 openingId, const QString &name)
{
    SqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO candidates (name, sort_name, version, created_at, updated_at) VALUES (?, ?, 1, 0, 0)"));
    q.bind(name).bind(name.toLower());
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO applications (candidate_id, opening_id, stage_id, applied_at, stage_entered_at, updated_at) "
                             "SELECT (SELECT max(id) FROM candidates), ?, id, 0, 0, 0 FROM stages WHERE opening_id = ? AND position = 0"));
    q.bind(openingId).bind(openingId);
    return q.exec() && q.numRowsAffected() == 1;
}

class TestMigrations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void steps_areNumberedWithoutGaps()
    {
        const QList<MigrationStep> steps = Migrations::steps();
        QVERIFY(steps.size() >= 2);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i).version, int(i + 1));
            QVERIFY(!steps.at(i).commonSql.isEmpty());
        }
        QCOMPARE(Migrations::latestVersion(), steps.last().version);
    }

    void eachStep_appliesAndRecordsItsVersion_data()
    {
        QTest::addColumn<int>("version");
        for (const MigrationStep &step : Migrations::steps())
            QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(step.version).arg(step.name))) << step.version;
    }

    void eachStep_appliesAndRecordsItsVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        OpenOptions options;
        options.mode = OpenOptions::Mode::CreateIfMissing;
        options.targetVersion = version;
        auto db = openOrFail(dir.filePath(QStringLiteral("step.shortlist")), options);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), version);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM schema_migrations")), version);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT max(version) FROM schema_migrations")), version);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")), 0);
    }

    void upgradeWithData_equalsFreshSchema_andKeepsData()
    {
        QTemporaryDir dir;
        const QString oldPath = dir.filePath(QStringLiteral("old.shortlist"));
        {
            OpenOptions v1;
            v1.mode = OpenOptions::Mode::CreateIfMissing;
            v1.targetVersion = 1;
            auto db = openOrFail(oldPath, v1);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 1);
            const qint64 opening = createOpening(*db);
            QVERIFY(opening > 0);
            QVERIFY(insertV1Candidate(*db, opening, QStringLiteral("Mei Chen")));
        }
        auto upgraded = openOrFail(oldPath);
        QVERIFY(upgraded);
        QCOMPARE(upgraded->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(text(*upgraded, QStringLiteral("SELECT name FROM candidates")), QStringLiteral("Mei Chen"));

        auto fresh = createDatabase(dir.filePath(QStringLiteral("fresh.shortlist")));
        QVERIFY(fresh);
        QCOMPARE(schemaOf(*upgraded), schemaOf(*fresh));
    }

    void upgrade_backsUpTheOldFileFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("backup-me.shortlist"));
        {
            OpenOptions v1;
            v1.mode = OpenOptions::Mode::CreateIfMissing;
            v1.targetVersion = 1;
            auto db = openOrFail(path, v1);
            QVERIFY(db);
            QVERIFY(insertV1Candidate(*db, createOpening(*db), QStringLiteral("Olu Adeyemi")));
        }
        auto db = openOrFail(path);
        QVERIFY(db);
        const QString backup = db->migrationBackupPath();
        QVERIFY2(QFileInfo::exists(backup), qPrintable(backup));
        QVERIFY(backup.contains(QStringLiteral(".v1-")));
        OpenOptions asIs;
        asIs.migrate = false;
        auto old = openOrFail(backup, asIs);
        QVERIFY(old);
        QCOMPARE(old->schemaVersion(), 1);
        QCOMPARE(text(*old, QStringLiteral("SELECT name FROM candidates")), QStringLiteral("Olu Adeyemi"));
    }

    void freshDatabase_makesNoBackup()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("new.shortlist")));
        QVERIFY(db);
        QVERIFY(db->migrationBackupPath().isEmpty());
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.bak")}, QDir::Files).size(), 0);
    }

    void auditLog_refusesUpdateAndDelete()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("audit.shortlist")));
        QVERIFY(db);
        createOpening(*db);
        const qint64 entries = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        QVERIFY(entries > 0);
        SqlQuery q(*db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QVERIFY(q.error().detail.contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), entries);
        QCOMPARE(text(*db, QStringLiteral("SELECT actor FROM audit_log LIMIT 1")), QStringLiteral("tester"));
    }

    // A foreign key without an index makes every delete of a parent row scan
    // the child table (ON DELETE CASCADE, and the check itself): deleting or
    // undoing many candidates on a large database then never ends (it did:
    // notes.application_id). Keys to the per-candidate tables must lead an
    // index; keys to configuration (stages, competencies, requirements,
    // people), deleted rarely and one at a time, need not — an index there
    // would tax every insert into million-row tables.
    void foreignKeysToCandidateData_leadAnIndex()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("keys.shortlist")));
        QVERIFY(db);
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("SELECT m.name, f.\"from\", f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f "
                                      "WHERE m.type = 'table' AND f.\"table\" IN ('candidates', 'applications', 'interviews', 'scorecards', "
                                      "'notes', 'stage_events', 'import_batches', 'openings') ORDER BY m.name, f.\"from\"")));
        QList<std::pair<QString, QString>> keys;
        QStringList unindexed;
        while (q.next())
            keys.append({q.value(0).toString(), q.value(1).toString()});
        QVERIFY(keys.size() > 15);
        for (const auto &[table, column] : std::as_const(keys)) {
            SqlQuery leads(*db);
            leads.prepare(QStringLiteral("SELECT count(*) FROM pragma_index_list(?) l, pragma_index_info(l.name) i WHERE i.seqno = 0 AND i.name = ?"));
            leads.bind(table).bind(column);
            QVERIFY(leads.exec() && leads.next());
            SqlQuery key(*db);
            key.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE pk = 1 AND name = ?"));
            key.bind(table).bind(column);
            QVERIFY(key.exec() && key.next());
            if (leads.int64(0) == 0 && key.int64(0) == 0)
                unindexed << table + QLatin1Char('.') + column;
        }
        QVERIFY2(unindexed.isEmpty(), qPrintable(unindexed.join(QStringLiteral(", "))));
    }

    void scriptSplitter_keepsTriggerAndFunctionBodiesWhole_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("statements");
        QTest::addColumn<QString>("lastStartsWith");
        QTest::newRow("plain statements") << "CREATE TABLE a (x INT);\n-- comment\nCREATE TABLE b (y INT);\n" << 2 << "CREATE TABLE b";
        QTest::newRow("trigger body") << "CREATE TABLE t (x INT);\nCREATE TRIGGER t1 BEFORE UPDATE ON t\nBEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
                                      << 2 << "CREATE TRIGGER";
        QTest::newRow("dollar-quoted function") << "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'x';\nEND;\n$$ LANGUAGE plpgsql;\nSELECT 1;\n"
                                                << 2 << "SELECT 1";
    }

    void scriptSplitter_keepsTriggerAndFunctionBodiesWhole()
    {
        QFETCH(QString, script);
        QFETCH(int, statements);
        QFETCH(QString, lastStartsWith);
        const QStringList split = splitSqlScript(script);
        QCOMPARE(split.size(), statements);
        QVERIFY2(split.last().startsWith(lastStartsWith), qPrintable(split.last()));
        QVERIFY(!split.first().endsWith(QLatin1Char(';')) || split.first().startsWith(QLatin1String("CREATE TRIGGER")));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
