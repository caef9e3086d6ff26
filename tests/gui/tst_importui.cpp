// The import wizard as a user drives it: the file's problems named on the
// first page, its encoding chosen when the detected one is wrong, columns
// suggested, stage values and an ambiguous date order asked for, the check
// run in the background before anything is written, duplicates decided for
// all rows and row by row in the check's table, the import with its summary,
// and Import History undoing it in the background (progress, Cancel, closing
// while it runs).

#include "../common/testdb.h"

#include "dialogs/importwizard.h"
#include "dialogs/prompts.h"
#include "repositories/candidaterepository.h"
#include "repositories/openingrepository.h"
#include "settings.h"
#include "translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QThread>
#include <QtTest>

#include <atomic>
#include <functional>

using namespace shortlist;
using namespace shortlist::test;

class TestImportUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeFile(const QByteArray &content, const QString &suffix = QStringLiteral("csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("file-%1.%2").arg(++m_files).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    // The check page's duplicates table: line -> row.
    static int rowOfLine(QTableWidget *table, qint64 line)
    {
        for (int r = 0; r < table->rowCount(); ++r) {
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == line)
                return r;
        }
        return -1;
    }

    // Decides a duplicate as a user does: opens the row's Decision editor,
    // picks the decision in its list and presses Enter.
    static bool chooseInTable(QTableWidget *table, qint64 line, DuplicatePolicy decision)
    {
        const int row = rowOfLine(table, line);
        if (row < 0)
            return false;
        const QModelIndex index = table->model()->index(row, table->columnCount() - 1);
        table->setCurrentIndex(index);
        table->edit(index);
        auto *combo = qobject_cast<QComboBox *>(table->indexWidget(index));
        if (!combo)
            return false;
        combo->setCurrentIndex(combo->findData(int(decision)));
        QTest::keyClick(combo, Qt::Key_Return);
        return true;
    }

    static QHash<qint64, DuplicatePolicy> decisionsOf(const ImportSummary &summary)
    {
        QHash<qint64, DuplicatePolicy> out;
        for (const ImportDuplicate &d : summary.duplicates)
            out.insert(d.line, d.decision);
        return out;
    }

    struct DuplicateFixture {
        std::unique_ptr<Database> db;
        qint64 opening = 0;
        qint64 ana = 0, ben = 0, cleo = 0;
        QString path;
    };

    // Three candidates in the database and a file whose lines 2-4 match them
    // and whose line 6 repeats line 5's email.
    DuplicateFixture duplicateFixture()
    {
        DuplicateFixture f;
        f.db = createDatabase(m_dir.filePath(QStringLiteral("dups-%1.shortlist").arg(++m_files)));
        if (!f.db)
            return f;
        f.opening = createOpening(*f.db);
        CandidateRepository candidates(*f.db);
        const auto add = [&candidates](const char *name, const char *email) -> qint64 {
            Result<qint64> id = candidates.add(makeCandidate(QString::fromUtf8(name), QString::fromUtf8(email)));
            return id ? *id : 0;
        };
        f.ana = add("Ana Existing", "ana@example.org");
        f.ben = add("Ben Existing", "ben@example.org");
        f.cleo = add("Cleo Existing", "cleo@example.org");
        f.path = writeFile("Name,Email,Location\n"
                           "Ana Again,ana@example.org,Porto\n"
                           "Ben Again,ben@example.org,Oslo\n"
                           "Cleo Again,cleo@example.org,Rome\n"
                           "Dan New,dan@example.org,\n"
                           "Dan Twin,dan@example.org,Berlin\n");
        return f;
    }

    struct BatchFixture {
        std::unique_ptr<Database> db;
        qint64 existing = 0;
        qint64 batchId = 0;
    };

    // An import of `rows` new candidates with a note each, and one row merged
    // into the candidate the database had: an undo of some 50 steps.
    BatchFixture importedBatch(int rows)
    {
        BatchFixture f;
        f.db = createDatabase(m_dir.filePath(QStringLiteral("batch-%1.shortlist").arg(++m_files)));
        if (!f.db)
            return f;
        const qint64 opening = createOpening(*f.db);
        Result<qint64> existing =
            CandidateRepository(*f.db).add(makeCandidate(QStringLiteral("Existing Person"), QStringLiteral("exists@example.com")));
        f.existing = existing ? *existing : 0;
        QByteArray csv = "Name,Email,Notes\n";
        for (int i = 0; i < rows; ++i)
            csv += QStringLiteral("Person %1,person%1@example.com,note %1\n").arg(i).toUtf8();
        csv += "Existing Person,exists@example.com,merged note\n";
        ImportOptions options;
        options.openingId = opening;
        options.onDuplicate = DuplicatePolicy::Merge;
        options.mapping = ImportSuggestions::suggest({QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Notes")});
        Result<ImportSummary> imported = CandidateImport::run(*f.db, writeFile(csv), options);
        f.batchId = imported && imported->written ? imported->batchId : 0;
        return f;
    }

    // What an undo changes, and the batch's own state.
    static QList<qint64> contents(Database &db)
    {
        QList<qint64> out;
        for (const char *table : {"candidates", "applications", "notes", "stage_events", "audit_log", "import_batch_items"})
            out << scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        out << scalar(db, QStringLiteral("SELECT count(*) FROM import_batches WHERE undone_at IS NULL"));
        out << scalar(db, QStringLiteral("SELECT version FROM candidates WHERE email = 'exists@example.com'"));
        return out;
    }

    // Holds the undo's worker at its first step past the start until released.
    struct Gate {
        std::atomic_bool reached{false};
        std::atomic_bool released{false};
        std::function<void(qint64, qint64)> observer()
        {
            return [this](qint64 done, qint64) {
                if (done == 0 || reached.exchange(true))
                    return;
                QDeadlineTimer deadline(20000);
                while (!released && !deadline.hasExpired())
                    QThread::msleep(5);
            };
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        installTranslators(*QCoreApplication::instance());   // "1 row", as users read it
    }

    void filePage_namesWhatIsWrongWithTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("a spreadsheet") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(200, 'x') << QStringLiteral("xlsx");
        QTest::newRow("unterminated quote") << QByteArray("Name,Email\n\"Ada,ada@example.org\n") << QStringLiteral("line 2");
    }

    void filePage_namesWhatIsWrongWithTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        auto db = createDatabase(m_dir.filePath(QStringLiteral("bad-%1.shortlist").arg(++m_files)));
        QVERIFY(db);
        const qint64 opening = createOpening(*db);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        ImportWizard wizard(*db, settings, opening);
        QVERIFY(!wizard.setFile(writeFile(content)));
        QVERIFY2(wizard.fileStatus().contains(expected, Qt::CaseInsensitive), qPrintable(wizard.fileStatus()));
        QVERIFY(!wizard.page(ImportWizard::FilePage)->isComplete());
    }

    void wizard_checksThenImports_andHistoryUndoes()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("import.shortlist"));
        auto db = createDatabase(dbPath);
        QVERIFY(db);
        const qint64 opening = createOpening(*db);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        const QString path = writeFile("Full Name;E-mail;Current Stage;Date Applied\n"
                                       "Ada Lovelace;ada@example.org;Phone screen;03/04/2026\n"
                                       "Grace Hopper;grace@example.org;Applied;04/05/2026\n"
                                       "Nameless;not-an-email;Applied;01/02/2026\n");
        ImportWizard wizard(*db, settings, opening, path);
        wizard.show();
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(wizard.fileStatus().contains(QStringLiteral("semicolon")));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ColumnsPage));
        const ImportMapping suggested = wizard.mapping();
        QCOMPARE(suggested.columns, (QList<ImportField>{ImportField::FullName, ImportField::Email, ImportField::Stage, ImportField::AppliedDate}));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::StagesPage));
        QCOMPARE(wizard.stageValues(), (QStringList{QStringLiteral("Phone screen"), QStringLiteral("Applied")}));
        // Every date fits day-first and month-first: the wizard asks and will not go on without an answer.
        QVERIFY(wizard.dateOrderAsked());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::StagesPage));
        const Opening plan = OpeningRepository(*db).loadStagePlan(opening).value();
        wizard.setStageFor(QStringLiteral("Phone screen"), plan.stages.at(1).name);
        wizard.setDateOrder(DateOrder::DayFirst);
        QSignalSpy checked(&wizard, &ImportWizard::checked);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard.checkSummary().created, 2);
        QCOMPARE(wizard.checkSummary().invalid, 1);
        QCOMPARE(wizard.checkSummary().problems.first().line, 4);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 0);   // checked, not written
        // Rows with problems must be left out knowingly.
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.setAllowPartial(true);
        QVERIFY(wizard.currentPage()->isComplete());
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QVERIFY(imported.wait(20000));
        QCOMPARE(wizard.result().created, 2);
        QVERIFY2(wizard.runStatus().contains(QStringLiteral("Imported 2 new candidates")), qPrintable(wizard.runStatus()));
        QVERIFY(wizard.runStatus().contains(QStringLiteral("left out 1 row with problems")));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 2);
        QCOMPARE(text(*db, QStringLiteral("SELECT s.name FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN stages s "
                                          "ON s.id = a.stage_id WHERE c.email = 'ada@example.org'")),
                 plan.stages.at(1).name);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT a.applied_at FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                            "WHERE c.email = 'ada@example.org'")),
                 QDateTime(QDate(2026, 4, 3), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());

        ImportHistoryDialog history(*db);
        QCOMPARE(history.batchCount(), 1);
        QSignalSpy undone(&history, &ImportHistoryDialog::undone);
        QSignalSpy failed(&history, &ImportHistoryDialog::undoFailed);
        QVERIFY(history.undoRow(0));
        QVERIFY(undone.wait(20000));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 0);
        QVERIFY(history.undoRow(0));   // already undone: refused
        QVERIFY(failed.wait(20000));
        QCOMPARE(history.lastError().code, ErrorCode::Invalid);
        QCOMPARE(undone.size(), 1);
    }

    void history_undoRunsInTheBackground_withProgress_thenRemovesTheRows()
    {
        BatchFixture f = importedBatch(3000);
        QVERIFY(f.batchId > 0);
        const qint64 candidatesBefore = scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates"));
        QCOMPARE(candidatesBefore, 3001);
        Gate gate;   // outlives the dialog, whose end waits for the worker
        ImportHistoryDialog history(*f.db);
        history.show();
        auto *table = history.findChild<QTableWidget *>(QStringLiteral("importBatches"));
        auto *undo = history.findChild<QPushButton *>(QStringLiteral("undoImport"));
        auto *progress = history.findChild<QProgressBar *>(QStringLiteral("undoProgress"));
        auto *cancel = history.findChild<QPushButton *>(QStringLiteral("cancelUndo"));
        auto *buttons = history.findChild<QDialogButtonBox *>();
        QVERIFY(table && undo && progress && cancel && buttons);
        QPushButton *close = buttons->button(QDialogButtonBox::Close);
        // Idle: no progress bar, no Cancel, Undo only for a chosen batch.
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(!undo->isEnabled());
        table->selectRow(0);
        QVERIFY(undo->isEnabled());

        auto release = qScopeGuard([&gate] { gate.released = true; });
        history.setStepObserver(gate.observer());
        QSignalSpy undone(&history, &ImportHistoryDialog::undone);
        Prompts::setNextAnswer(QMessageBox::Yes);
        undo->click();
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("Undo the import of")), qPrintable(Prompts::lastMessage()));
        // Back at once, busy: the work is on a worker.
        QVERIFY(history.isUndoing());
        QVERIFY(undone.isEmpty());
        QVERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QVERIFY(!undo->isEnabled());
        QVERIFY(!close->isEnabled());
        QVERIFY2(history.statusText().contains(QStringLiteral("Undoing the import")), qPrintable(history.statusText()));
        // The window keeps painting and the bar moves while the worker holds.
        QTRY_VERIFY_WITH_TIMEOUT(gate.reached.load(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 5000);
        QVERIFY(progress->value() < progress->maximum());
        QVERIFY(history.isUndoing());
        gate.released = true;

        QVERIFY(undone.wait(30000));
        QCOMPARE(undone.constFirst().at(0).toLongLong(), f.batchId);
        QVERIFY(!history.isUndoing());
        QVERIFY(!progress->isVisible());
        QVERIFY(!cancel->isVisible());
        QVERIFY(close->isEnabled());
        QVERIFY2(history.statusText().contains(QStringLiteral("was undone")), qPrintable(history.statusText()));
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates")), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM notes")), 0);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM import_batches WHERE undone_at IS NOT NULL")), 1);
        QVERIFY(!table->item(0, 5)->text().isEmpty());   // the list shows it undone
        table->selectRow(0);
        QVERIFY(!undo->isEnabled());
    }

    void history_cancelledUndo_leavesEverythingAsItWas()
    {
        BatchFixture f = importedBatch(3000);
        QVERIFY(f.batchId > 0);
        const QList<qint64> before = contents(*f.db);
        Gate gate;   // outlives the dialog, whose end waits for the worker
        ImportHistoryDialog history(*f.db);
        history.show();
        auto *progress = history.findChild<QProgressBar *>(QStringLiteral("undoProgress"));
        auto *cancel = history.findChild<QPushButton *>(QStringLiteral("cancelUndo"));
        QVERIFY(progress && cancel);
        auto release = qScopeGuard([&gate] { gate.released = true; });
        history.setStepObserver(gate.observer());
        QSignalSpy undone(&history, &ImportHistoryDialog::undone);
        QSignalSpy failed(&history, &ImportHistoryDialog::undoFailed);
        QVERIFY(history.undoRow(0));
        // Part of the way: some slices deleted inside the worker's transaction.
        QTRY_VERIFY_WITH_TIMEOUT(gate.reached.load(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 5000);
        Prompts::clearLastMessage();
        cancel->click();
        QVERIFY(!cancel->isEnabled());
        QVERIFY(history.isUndoing());   // until the worker has rolled back
        gate.released = true;
        QVERIFY(failed.wait(30000));
        QCOMPARE(history.lastError().code, ErrorCode::Cancelled);
        QVERIFY(undone.isEmpty());
        QVERIFY(!history.isUndoing());
        QVERIFY(!progress->isVisible());
        QVERIFY2(history.statusText().contains(QStringLiteral("nothing was undone")), qPrintable(history.statusText()));
        QVERIFY(Prompts::lastMessage().isEmpty());   // a cancel is no error to report
        QCOMPARE(contents(*f.db), before);

        // Still undoable, wholly.
        history.setStepObserver({});
        QVERIFY(history.undoRow(0));
        QVERIFY(undone.wait(30000));
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates")), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM import_batches WHERE undone_at IS NULL")), 0);
    }

    void history_closingWhileUndoing_asksThenCancels()
    {
        BatchFixture f = importedBatch(2000);
        QVERIFY(f.batchId > 0);
        const QList<qint64> before = contents(*f.db);
        Gate gate;   // outlives the dialog, whose end waits for the worker
        ImportHistoryDialog history(*f.db);
        history.show();
        auto release = qScopeGuard([&gate] { gate.released = true; });
        history.setStepObserver(gate.observer());
        QSignalSpy failed(&history, &ImportHistoryDialog::undoFailed);
        QVERIFY(history.undoRow(0));
        QTRY_VERIFY_WITH_TIMEOUT(gate.reached.load(), 20000);
        // Escape, then "Keep Undoing": nothing changes.
        Prompts::setNextAnswer(QMessageBox::No);
        QTest::keyClick(&history, Qt::Key_Escape);
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("Stop undoing")), qPrintable(Prompts::lastMessage()));
        QVERIFY(history.isVisible());
        QVERIFY(history.isUndoing());
        // Closed again, and stopped: the dialog goes once the worker has rolled back.
        Prompts::setNextAnswer(QMessageBox::Yes);
        history.reject();
        QVERIFY(history.isVisible());
        gate.released = true;
        QVERIFY(failed.wait(30000));
        QCOMPARE(history.lastError().code, ErrorCode::Cancelled);
        QVERIFY(!history.isVisible());
        QCOMPARE(contents(*f.db), before);
    }

    void history_mergedCandidateEditedSince_refusedAndShown()
    {
        BatchFixture f = importedBatch(10);
        QVERIFY(f.batchId > 0);
        CandidateRepository candidates(*f.db);
        Candidate edited = candidates.load(f.existing).value();
        edited.location = QStringLiteral("Lisbon");
        QVERIFY(candidates.update(edited));
        const QList<qint64> before = contents(*f.db);
        ImportHistoryDialog history(*f.db);
        history.show();
        auto *table = history.findChild<QTableWidget *>(QStringLiteral("importBatches"));
        auto *undo = history.findChild<QPushButton *>(QStringLiteral("undoImport"));
        QVERIFY(table && undo);
        table->selectRow(0);
        QSignalSpy failed(&history, &ImportHistoryDialog::undoFailed);
        Prompts::setNextAnswer(QMessageBox::Yes);
        undo->click();
        QVERIFY(failed.wait(30000));
        QCOMPARE(history.lastError().code, ErrorCode::Stale);
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("Existing Person")), qPrintable(Prompts::lastMessage()));
        QVERIFY2(history.statusText().contains(QStringLiteral("edited since")), qPrintable(history.statusText()));
        QCOMPARE(contents(*f.db), before);
        QVERIFY(undo->isEnabled());
    }

    void checkPage_duplicatesDecidedRowByRowInTheTable()
    {
        DuplicateFixture f = duplicateFixture();
        QVERIFY(f.db && f.ana && f.ben && f.cleo);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        ImportWizard wizard(*f.db, settings, f.opening, f.path);
        wizard.show();
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::StagesPage));
        QSignalSpy checked(&wizard, &ImportWizard::checked);
        wizard.next();
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard.checkSummary().created, 1);
        QCOMPARE(wizard.checkSummary().skipped, 4);

        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("duplicateRows"));
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 4);
        const int anaRow = rowOfLine(table, 2);
        QVERIFY(anaRow >= 0);
        QCOMPARE(table->item(anaRow, 1)->text(), QStringLiteral("Ana Again"));
        QCOMPARE(table->item(anaRow, 2)->text(), QStringLiteral("ana@example.org"));
        QCOMPARE(table->item(anaRow, 3)->text(), QStringLiteral("candidate Ana Existing (id %1)").arg(f.ana));
        QCOMPARE(table->item(anaRow, 4)->text(), QStringLiteral("Skip"));
        QCOMPARE(table->item(rowOfLine(table, 6), 3)->text(), QStringLiteral("same email or phone as line 5"));

        // Decided in the table: each change checks again, with the new counts.
        QVERIFY(chooseInTable(table, 2, DuplicatePolicy::Create));
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard.rowDecisions(), (QHash<qint64, DuplicatePolicy>{{2, DuplicatePolicy::Create}}));
        QCOMPARE(wizard.checkSummary().created, 2);
        QVERIFY(chooseInTable(table, 3, DuplicatePolicy::Merge));
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard.rowDecisions(), (QHash<qint64, DuplicatePolicy>{{2, DuplicatePolicy::Create}, {3, DuplicatePolicy::Merge}}));
        QCOMPARE(table->item(rowOfLine(table, 3), 4)->text(), QStringLiteral("Merge"));
        QVERIFY(table->item(rowOfLine(table, 3), 4)->font().bold());
        QVERIFY(!table->item(rowOfLine(table, 4), 4)->font().bold());
        QCOMPARE(wizard.checkSummary().created, 2);
        QCOMPARE(wizard.checkSummary().merged, 1);
        QCOMPARE(wizard.checkSummary().skipped, 2);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates")), 3);   // checked, not written

        // Back and on again: the check runs again and keeps the decisions.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::StagesPage));
        wizard.next();
        QVERIFY(checked.wait(20000));
        const QHash<qint64, DuplicatePolicy> decided = decisionsOf(wizard.checkSummary());
        QCOMPARE(decided.value(2), DuplicatePolicy::Create);
        QCOMPARE(decided.value(3), DuplicatePolicy::Merge);
        QCOMPARE(decided.value(4), DuplicatePolicy::Skip);
        QCOMPARE(decided.value(6), DuplicatePolicy::Skip);

        QVERIFY(wizard.currentPage()->isComplete());
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QVERIFY(imported.wait(20000));
        QCOMPARE(wizard.result().created, 2);
        QCOMPARE(wizard.result().merged, 1);
        QCOMPARE(wizard.result().skipped, 2);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates")), 5);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates WHERE email = 'ana@example.org'")), 2);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE name = 'Ana Again'")), QStringLiteral("Porto"));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE id = %1").arg(f.ben)), QStringLiteral("Oslo"));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE id = %1").arg(f.cleo)), QString());
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates WHERE email = 'dan@example.org'")), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = %1").arg(f.ben)), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id IN (%1, %2)").arg(f.ana).arg(f.cleo)), 0);
    }

    void checkPage_choiceForAllLeavesRowDecisions_applyToAllDoesNot()
    {
        DuplicateFixture f = duplicateFixture();
        QVERIFY(f.db);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        ImportWizard wizard(*f.db, settings, f.opening, f.path);
        wizard.show();
        wizard.next();
        wizard.next();
        QSignalSpy checked(&wizard, &ImportWizard::checked);
        wizard.next();
        QVERIFY(checked.wait(20000));
        auto *applyToAll = wizard.findChild<QPushButton *>(QStringLiteral("applyToAll"));
        QVERIFY(applyToAll);
        QVERIFY(!applyToAll->isEnabled());   // nothing decided row by row yet
        QVERIFY(wizard.setRowDecision(2, DuplicatePolicy::Create));
        QVERIFY(!wizard.setRowDecision(5, DuplicatePolicy::Create));   // not a duplicate
        QVERIFY(checked.wait(20000));
        QVERIFY(applyToAll->isEnabled());

        // The choice for all: every row but the one decided on its own.
        wizard.setDuplicatePolicy(DuplicatePolicy::Merge);
        QVERIFY(checked.wait(20000));
        QHash<qint64, DuplicatePolicy> decided = decisionsOf(wizard.checkSummary());
        QCOMPARE(decided.value(2), DuplicatePolicy::Create);
        QCOMPARE(decided.value(3), DuplicatePolicy::Merge);
        QCOMPARE(decided.value(4), DuplicatePolicy::Merge);
        QCOMPARE(decided.value(6), DuplicatePolicy::Merge);
        auto *table = wizard.findChild<QTableWidget *>(QStringLiteral("duplicateRows"));
        QCOMPARE(table->item(rowOfLine(table, 2), 4)->text(), QStringLiteral("Create new"));
        QCOMPARE(table->item(rowOfLine(table, 4), 4)->text(), QStringLiteral("Merge"));

        // Apply to All Rows: that one too.
        applyToAll->click();
        QVERIFY(checked.wait(20000));
        QVERIFY(wizard.rowDecisions().isEmpty());
        QVERIFY(!applyToAll->isEnabled());
        decided = decisionsOf(wizard.checkSummary());
        QCOMPARE(decided.value(2), DuplicatePolicy::Merge);
        QCOMPARE(wizard.checkSummary().merged, 4);
        QCOMPARE(wizard.checkSummary().created, 1);
        QVERIFY(!table->item(rowOfLine(table, 2), 4)->font().bold());
    }

    void filePage_encodingChosen_rereadsAndImportsTheWholeFile()
    {
        auto db = createDatabase(m_dir.filePath(QStringLiteral("encoding.shortlist")));
        QVERIFY(db);
        const qint64 opening = createOpening(*db);
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        // ASCII for the first 64 KB the wizard sniffs, Windows-1252 after.
        QByteArray csv("Name,Email\n");
        for (int i = 0; csv.size() < 70 * 1024; ++i)
            csv += "Person " + QByteArray::number(i) + ",person" + QByteArray::number(i) + "@example.org\n";
        csv += "J\xFCrgen M\xFCller,juergen@example.org\nJos\xE9 Garc\xED" "a,jose@example.org\n";
        ImportWizard wizard(*db, settings, opening, writeFile(csv));
        wizard.show();
        auto *encoding = wizard.findChild<QComboBox *>(QStringLiteral("encoding"));
        QVERIFY(encoding);
        QCOMPARE(encoding->currentText(), QStringLiteral("Detected (UTF-8)"));
        QVERIFY2(wizard.fileStatus().contains(QStringLiteral("UTF-8, comma-separated")), qPrintable(wizard.fileStatus()));
        wizard.next();
        wizard.next();
        QSignalSpy checked(&wizard, &ImportWizard::checked);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::CheckPage));
        // Detected as UTF-8, the check finds the later rows are not: it says where to choose.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isWorking(), 20000);
        QCOMPARE(checked.size(), 0);
        QVERIFY2(wizard.checkStatus().contains(QStringLiteral("not valid UTF-8")), qPrintable(wizard.checkStatus()));
        QVERIFY2(wizard.checkStatus().contains(QStringLiteral("choose it on the first page")), qPrintable(wizard.checkStatus()));
        QVERIFY(!wizard.currentPage()->isComplete());

        wizard.back();
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        wizard.setEncoding(CsvDialect::Encoding::Windows1252);
        QCOMPARE(encoding->currentText(), QStringLiteral("Windows-1252"));
        QVERIFY2(wizard.fileStatus().contains(QStringLiteral("Windows-1252, comma-separated")), qPrintable(wizard.fileStatus()));
        QVERIFY(wizard.currentPage()->isComplete());
        QCOMPARE(wizard.mapping().columns, (QList<ImportField>{ImportField::FullName, ImportField::Email}));
        wizard.next();
        wizard.next();
        wizard.next();
        QVERIFY(checked.wait(20000));
        QCOMPARE(wizard.checkSummary().invalid, 0);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QVERIFY(imported.wait(20000));
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM candidates WHERE email = 'juergen@example.org'")), QStringLiteral("Jürgen Müller"));
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM candidates WHERE email = 'jose@example.org'")), QStringLiteral("José García"));
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
