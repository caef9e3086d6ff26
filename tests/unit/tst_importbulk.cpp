// The import's bulk write path (ImportWriter): with the per-row triggers
// paused it must still leave the search index, the metric summaries and the
// match scores exactly as the triggers and repositories would, whether it
// keeps the indexes up row by row or rebuilds them at the end; and a cancel
// or an undo must leave nothing of it behind, the indexes included.

#include "../common/importchecks.h"
#include "../common/testdb.h"

#include "import/candidateimport.h"
#include "repositories/candidaterepository.h"
#include "repositories/matchrepository.h"
#include "repositories/metarepository.h"
#include "storage/sqldialect.h"

#include <QtTest>

using namespace shortlist;
using namespace shortlist::test;
namespace checks = shortlist::test::importchecks;
namespace scenario = shortlist::test::importchecks::scenario;

class TestImportBulk : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeCsv(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    struct Fixture {
        std::unique_ptr<Database> db;
        qint64 opening = 0, otherOpening = 0, existing = 0;
    };

    Fixture fixture()
    {
        Fixture f;
        f.db = createDatabase(m_dir.filePath(QStringLiteral("db-%1.shortlist").arg(++m_files)));
        if (!f.db)
            return f;
        f.opening = createOpening(*f.db);
        f.otherOpening = createOpening(*f.db, QStringLiteral("cloud-platform-tech-lead"));
        f.existing = scenario::prepare(*f.db, f.opening, f.otherOpening);
        return f;
    }

    // Everything the import writes, ids included, for comparing two imports.
    static QStringList contents(Database &db)
    {
        QStringList all;
        for (const QString &sql :
             {QStringLiteral("SELECT * FROM candidates ORDER BY id"), QStringLiteral("SELECT * FROM applications ORDER BY id"),
              QStringLiteral("SELECT * FROM stage_events ORDER BY id"), QStringLiteral("SELECT * FROM notes ORDER BY id"),
              QStringLiteral("SELECT * FROM candidate_tags ORDER BY candidate_id, tag_id"), QStringLiteral("SELECT * FROM tags ORDER BY id"),
              QStringLiteral("SELECT rowid, * FROM candidate_search ORDER BY rowid"),
              QStringLiteral("SELECT batch_id, candidate_id, application_id, kind, previous, version_after, note_id FROM import_batch_items "
                             "ORDER BY rowid")})
            all << sql << checks::dump(db, sql);
        return all;
    }

    static void addWriteModes()
    {
        QTest::addColumn<bool>("rebuildIndexes");
        QTest::newRow("indexes kept up row by row") << false;
        QTest::newRow("indexes rebuilt at the end") << true;
    }

    static QStringList schema(Database &db)
    {
        return checks::dump(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"));
    }

    static qint64 candidateNamed(Database &db, const QString &name)
    {
        SqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM candidates WHERE name = ?"));
        q.bind(name);
        return q.exec() && q.next() ? q.int64(0) : 0;
    }

    // Candidates the opening-scoped search finds for `text`.
    static QStringList found(Database &db, const QString &text, qint64 openingId)
    {
        const SqlFragment search = db.dialect().candidateSearch(text, openingId, false);
        SqlQuery q(db);
        q.prepare(QStringLiteral("SELECT c.name FROM candidates c JOIN (") + search.sql + QStringLiteral(") s ON s.candidate_id = c.id ORDER BY c.name"));
        for (const QVariant &v : search.values)
            q.bind(v);
        QStringList names;
        if (!q.exec())
            return {q.error().message};
        while (q.next())
            names << q.value(0).toString();
        return names;
    }

private Q_SLOTS:
    void writeModes_leaveDerivedDataAsTheTriggersWould_data()
    {
        addWriteModes();
    }

    void writeModes_leaveDerivedDataAsTheTriggersWould()
    {
        QFETCH(bool, rebuildIndexes);
        Fixture f = fixture();
        QVERIFY(f.existing > 0);
        Database &db = *f.db;
        const QStringList schemaBefore = schema(db);
        const ImportOptions options = scenario::options(f.opening, rebuildIndexes);
        for (ImportField field : {ImportField::FullName, ImportField::Email, ImportField::Skills, ImportField::Years, ImportField::Source,
                                  ImportField::Stage, ImportField::AppliedDate, ImportField::Tags, ImportField::Notes})
            QVERIFY2(options.mapping.has(field), qPrintable(toCode(field)));

        Result<ImportSummary> summary = CandidateImport::run(db, writeCsv(scenario::csv()), options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message + QLatin1Char(' ') + summary.error().detail));
        QVERIFY(summary->written);
        QCOMPARE(summary->created, 5);
        QCOMPARE(summary->merged, 3);

        QCOMPARE(schema(db), schemaBefore);
        QVERIFY(!MetaRepository(db).has(QString::fromLatin1(SqlDialect::searchSuspendedKey)).value());
        QCOMPARE(checks::searchMismatches(db), QStringList());
        QCOMPARE(checks::summaryMismatches(db), QStringList());
        QCOMPARE(checks::dump(db, QStringLiteral("PRAGMA integrity_check")), QStringList{QStringLiteral("ok")});
        QCOMPARE(checks::dump(db, QStringLiteral("PRAGMA foreign_key_check")), QStringList());
        // The scores written with the rows are the ones a rescore computes.
        const QString scores = QStringLiteral("SELECT id, match_score, missing_must_haves FROM applications ORDER BY id");
        const QStringList written = checks::dump(db, scores);
        QVERIFY(!MatchRepository(db).updateAll());
        QCOMPARE(checks::dump(db, scores), written);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score IS NULL")), 0);

        // Exit and hired rows: entered at the first stage, moved at the import.
        const auto statusOf = [&db, &f](const QString &name) {
            return checks::dump(db, QStringLiteral("SELECT a.status, s.name, a.rejection_reason, a.version, (SELECT count(*) FROM stage_events e "
                                                   "WHERE e.application_id = a.id) FROM applications a JOIN stages s ON s.id = a.stage_id "
                                                   "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = '%1' AND a.opening_id = %2")
                                        .arg(name)
                                        .arg(f.opening));
        };
        QCOMPARE(statusOf(QStringLiteral("Rex Rejected")), QStringList{QStringLiteral("rejected|Rejected|Imported as rejected|2|2")});
        QCOMPARE(statusOf(QStringLiteral("Wendy Withdrawn")), QStringList{QStringLiteral("withdrawn|Withdrawn||2|2")});
        QCOMPARE(statusOf(QStringLiteral("Harry Hired")), QStringList{QStringLiteral("hired|Hired||2|2")});
        QCOMPARE(statusOf(QStringLiteral("Ada Active")), QStringList{QStringLiteral("active|Recruiter screen||1|1")});
        QCOMPARE(statusOf(QStringLiteral("Nell Newcomer")), QStringList{QStringLiteral("active|Applied||1|1")});
        // Tags: existing and new, each once.
        QCOMPARE(checks::dump(db, QStringLiteral("SELECT t.name FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id JOIN candidates c "
                                                 "ON c.id = ct.candidate_id WHERE c.name = 'Ada Active' ORDER BY t.name")),
                 (QStringList{QStringLiteral("new-tag"), QStringLiteral("relocation")}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'new-tag'")), 1);
        // Merged: the database candidate gains the source, the skill and the
        // application; the earlier row's candidate gains the note; nothing doubles.
        Candidate existing = CandidateRepository(db).load(f.existing).value();
        QCOMPARE(existing.source, QStringLiteral("Referral"));
        QCOMPARE(existing.skills, (QStringList{QStringLiteral("Kafka"), QStringLiteral("Spark")}));
        QCOMPARE(checks::dump(db, QStringLiteral("SELECT candidate_source FROM applications WHERE candidate_id = %1 ORDER BY id").arg(f.existing)),
                 (QStringList{QStringLiteral("Referral"), QStringLiteral("Referral")}));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates WHERE email_key = 'ada@example.com'")), 1);
        const qint64 ada = candidateNamed(db, QStringLiteral("Ada Active"));
        QCOMPARE(checks::dump(db, QStringLiteral("SELECT body FROM notes WHERE candidate_id = %1 ORDER BY id").arg(ada)),
                 (QStringList{QStringLiteral("Strong on streaming"), QStringLiteral("Second application form")}));
        const qint64 already = candidateNamed(db, QStringLiteral("Already Applied"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = %1").arg(already)), 1);
        // Search: new candidates by their words, merged ones in the opening's scope.
        QCOMPARE(found(db, QStringLiteral("streaming"), f.opening), QStringList{QStringLiteral("Ada Active")});
        QCOMPARE(found(db, QStringLiteral("Existing"), f.opening), QStringList{QStringLiteral("Existing Person")});
        QCOMPARE(found(db, QStringLiteral("new-tag"), f.opening), (QStringList{QStringLiteral("Ada Active"), QStringLiteral("Harry Hired")}));

        // A note of a database candidate hung on an application the import
        // created (as merging two candidates can leave it): undo takes the
        // note with the application, and the candidate's search entry with it.
        SqlQuery note(db);
        note.prepare(QStringLiteral("INSERT INTO notes (candidate_id, application_id, author, created_at, body) "
                                    "SELECT ?, id, 'tester', 0, 'Zanzibar referee' FROM applications WHERE candidate_id = ?"));
        note.bind(already).bind(ada);
        QVERIFY(note.exec());
        QCOMPARE(found(db, QStringLiteral("Zanzibar"), 0), QStringList{QStringLiteral("Already Applied")});

        // Undo removes all of it and leaves the derived data consistent.
        QVERIFY(!ImportHistoryRepository(db).undo(summary->batchId));
        QCOMPARE(found(db, QStringLiteral("Zanzibar"), 0), QStringList());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications")), 2);
        existing = CandidateRepository(db).load(f.existing).value();
        QCOMPARE(existing.source, QString());
        QCOMPARE(existing.skills, QStringList{QStringLiteral("Kafka")});
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 0);
        QCOMPARE(checks::searchMismatches(db), QStringList());
        QCOMPARE(checks::summaryMismatches(db), QStringList());
        QCOMPARE(found(db, QStringLiteral("Existing"), f.opening), QStringList());
    }

    // What a merged row writes through the repositories (a new tag, a source
    // filled in) must be seen by the rows after it.
    void mergedRows_changesReachTheRowsAfterThem_data()
    {
        addWriteModes();
    }

    void mergedRows_changesReachTheRowsAfterThem()
    {
        QFETCH(bool, rebuildIndexes);
        Fixture f = fixture();
        QVERIFY(f.existing > 0);
        Database &db = *f.db;
        const QByteArray csv = "Name,Email,Tags,Source\n"
                               "Existing Person,exists@example.com,zzz-new-tag,\n"
                               "Brand New,new@example.com,zzz-new-tag,\n"
                               "Brand New,new@example.com,,Referral\n";
        Result<ImportSummary> summary =
            CandidateImport::run(db, writeCsv(csv), scenario::optionsFor(f.opening, csv, DuplicatePolicy::Merge, rebuildIndexes));
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
        QCOMPARE(summary->created, 1);
        QCOMPARE(summary->merged, 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM tags WHERE name = 'zzz-new-tag'")), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'zzz-new-tag'")), 2);
        const qint64 brandNew = candidateNamed(db, QStringLiteral("Brand New"));
        QCOMPARE(checks::dump(db, QStringLiteral("SELECT candidate_source FROM applications WHERE candidate_id = %1").arg(brandNew)),
                 QStringList{QStringLiteral("Referral")});
        QCOMPARE(checks::summaryMismatches(db), QStringList());
        QCOMPARE(checks::searchMismatches(db), QStringList());
    }

    void undo_severalRowsMergedIntoOneCandidate_restoresTheStateBefore()
    {
        Fixture f = fixture();
        QVERIFY(f.existing > 0);
        Database &db = *f.db;
        const Candidate before = CandidateRepository(db).load(f.existing).value();
        const QByteArray csv = "Name,Email,Source,Location,Notes\n"
                               "Existing Person,exists@example.com,Referral,,first form\n"
                               "Existing Person,exists@example.com,,Lisbon,second form\n";
        Result<ImportSummary> summary = CandidateImport::run(db, writeCsv(csv), scenario::optionsFor(f.opening, csv));
        QVERIFY(summary);
        QCOMPARE(summary->merged, 2);
        Candidate merged = CandidateRepository(db).load(f.existing).value();
        QCOMPARE(merged.source, QStringLiteral("Referral"));
        QCOMPARE(merged.location, QStringLiteral("Lisbon"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(f.existing)), 2);

        const Error undone = ImportHistoryRepository(db).undo(summary->batchId);
        QVERIFY2(!undone, qPrintable(undone.message));
        const Candidate after = CandidateRepository(db).load(f.existing).value();
        QCOMPARE(after.source, before.source);
        QCOMPARE(after.location, before.location);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(f.existing)), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = %1").arg(f.existing)), 1);
        QCOMPARE(checks::summaryMismatches(db), QStringList());
        QCOMPARE(checks::searchMismatches(db), QStringList());
    }

    void writeModes_writeTheSameRows()
    {
        Fixture kept = fixture();
        Fixture rebuilt = fixture();
        QVERIFY(kept.existing > 0 && rebuilt.existing > 0);
        const QString csv = writeCsv(scenario::csv());
        QVERIFY(CandidateImport::run(*kept.db, csv, scenario::options(kept.opening, false)));
        QVERIFY(CandidateImport::run(*rebuilt.db, csv, scenario::options(rebuilt.opening, true)));
        // Only the clock-stamped columns of the prepared rows may differ.
        const auto stable = [](QStringList rows) {
            static const QRegularExpression stamp(QStringLiteral("\\b17\\d{8}\\b"));
            for (QString &row : rows)
                row.replace(stamp, QStringLiteral("T"));
            return rows;
        };
        QCOMPARE(stable(contents(*rebuilt.db)), stable(contents(*kept.db)));
    }

    void cancelDuringWrite_leavesRowsAndIndexesAsBefore()
    {
        Fixture f = fixture();
        QVERIFY(f.existing > 0);
        Database &db = *f.db;
        QByteArray csv = "Name,Email,Skills,Stage,Notes\n";
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("Person %1,person%1@example.com,Spark,%2,note %1\n").arg(i).arg(i % 7 ? QStringLiteral("Applied") : QStringLiteral("Rejected")).toUtf8();
        const QString path = writeCsv(csv);
        const QStringList schemaBefore = schema(db);
        const QStringList contentsBefore = contents(db);
        const ImportOptions options = scenario::optionsFor(f.opening, csv, DuplicatePolicy::Skip, true);
        const qint64 size = QFileInfo(path).size();
        bool sawWriting = false;
        Result<ImportSummary> cancelled = CandidateImport::run(db, path, options, [&](qint64 done, qint64 total, qint64 rows) {
            Q_UNUSED(total);
            if (done > size && rows > 1500) {
                sawWriting = true;
                return false;
            }
            return true;
        });
        QVERIFY(sawWriting);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        QCOMPARE(schema(db), schemaBefore);
        QCOMPARE(contents(db), contentsBefore);
        QVERIFY(!MetaRepository(db).has(QString::fromLatin1(SqlDialect::searchSuspendedKey)).value());

        // And the same file imports afterwards, consistently.
        Result<ImportSummary> done = CandidateImport::run(db, path, options);
        QVERIFY(done);
        QCOMPARE(done->created, 3000);
        QCOMPARE(schema(db), schemaBefore);
        QCOMPARE(checks::searchMismatches(db), QStringList());
        QCOMPARE(checks::summaryMismatches(db), QStringList());
    }

    void undo_reportsProgressAndCancelsWholly()
    {
        Fixture f = fixture();
        QVERIFY(f.existing > 0);
        Database &db = *f.db;
        QByteArray csv = "Name,Email,Notes\n";
        for (int i = 0; i < 500; ++i)
            csv += QStringLiteral("Person %1,person%1@example.com,note %1\n").arg(i).toUtf8();
        csv += "Existing Person,exists@example.com,merged note\n";
        Result<ImportSummary> imported = CandidateImport::run(db, writeCsv(csv), scenario::optionsFor(f.opening, csv));
        QVERIFY(imported);
        const QStringList afterImport = contents(db);

        qint64 calls = 0;
        const Error cancelled = ImportHistoryRepository(db).undo(imported->batchId, [&calls](qint64 done, qint64 total) {
            return ++calls < 10 && done < total;
        });
        QCOMPARE(cancelled.code, ErrorCode::Cancelled);
        QCOMPARE(calls, 10);
        QCOMPARE(contents(db), afterImport);

        QList<std::pair<qint64, qint64>> reports;
        QVERIFY(!ImportHistoryRepository(db).undo(imported->batchId, [&reports](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        }));
        QVERIFY(reports.size() > 10);
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        QCOMPARE(reports.constFirst().second, 501);
        QVERIFY(reports.constLast().first >= 500);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates")), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM notes")), 0);
        QCOMPARE(checks::searchMismatches(db), QStringList());
    }

    void duplicateLookup_findsByEmailKeyOnly()
    {
        Fixture f = fixture();
        Database &db = *f.db;
        QCOMPARE(CandidateRepository(db).findByKeys(QStringLiteral("exists@example.com"), QString()).value(), std::optional<qint64>(f.existing));
        QCOMPARE(CandidateRepository(db).findByKeys(QStringLiteral("nobody@example.com"), QString()).value(), std::optional<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestImportBulk)
#include "tst_importbulk.moc"
