// The board and keyboard triage, offscreen: columns per stage read lazily,
// drag and drop (model level and a real mouse drag), rejection reasons and
// the headcount check, bulk actions as one undo step, every shortcut, search
// as you type, the filter builder, and customised shortcuts.

#include "../common/testdb.h"

#include "dialogs/candidatedialog.h"
#include "dialogs/filterdialog.h"
#include "dialogs/prompts.h"
#include "dialogs/requirementsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "itemmodels/applicationtablemodel.h"
#include "mainwindow.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/duplicaterepository.h"
#include "repositories/matchrepository.h"
#include "repositories/noterepository.h"
#include "settings.h"
#include "storage/transaction.h"
#include "views/boardview.h"
#include "views/pipelineview.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>

using namespace shortlist;
using namespace shortlist::test;

namespace {
constexpr int candidateCount = 40;
constexpr int bigStageCount = 3000;  // applications parked in "Applied" of the second opening
} // namespace

class TestBoard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_opening = 0;
    qint64 m_bigOpening = 0;
    Opening m_plan;
    int m_settingsCount = 0;

    std::unique_ptr<MainWindow> openWindow(std::unique_ptr<AppSettings> &settings, bool board)
    {
        settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_settingsCount)));
        settings->setBoardMode(board);
        settings->setUserName(QStringLiteral("Triage Tester"));
        auto window = std::make_unique<MainWindow>(*settings);
        window->resize(1500, 900);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDatabase(m_path) || !window->selectOpening(m_opening))
            return nullptr;
        QApplication::setActiveWindow(window.get());
        return window;
    }

    qint64 stageId(StageCategory category, int nth = 0) const
    {
        for (const Stage &s : m_plan.stages) {
            if (s.category == category && nth-- == 0)
                return s.id;
        }
        return 0;
    }

    QString stageNameOf(Database &db, qint64 applicationId)
    {
        return text(db, QStringLiteral("SELECT s.name FROM applications a JOIN stages s ON s.id = a.stage_id WHERE a.id = %1").arg(applicationId));
    }

    QString snapshot(Database &db)
    {
        return text(db, QStringLiteral("SELECT group_concat(id || ':' || stage_id || ':' || status || ':' || version, ' ') FROM "
                                       "(SELECT * FROM applications ORDER BY id)"))
            + QString::number(scalar(db, QStringLiteral("SELECT count(*) FROM stage_events")));
    }

    static void press(QWidget &window, int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(target, Qt::Key(key), modifiers);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("board.shortlist"));
        auto db = createDatabase(m_path);
        QVERIFY(db);
        m_opening = createOpening(*db);
        m_bigOpening = createOpening(*db, QStringLiteral("cloud-platform-tech-lead"));
        m_plan = OpeningRepository(*db).load(m_opening).value();
        QVERIFY(OpeningRepository(*db).updateDetails([&] {
            Opening o = m_plan;
            o.headcount = 1;
            return o;
        }()));
        m_plan = OpeningRepository(*db).load(m_opening).value();
        WriteTransaction tx(*db);
        for (int i = 0; i < candidateCount; ++i) {
            Candidate c = makeCandidate(i == 0 ? QStringLiteral("José Núñez") : QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("p%1@example.com").arg(i));
            c.source = i % 2 ? QStringLiteral("Referral") : QStringLiteral("LinkedIn");
            Result<NewApplication> a = Pipeline(*db).addCandidate(c, m_opening, 1'750'000'000 + i * 3600);
            QVERIFY(a);
            // Half stay in Applied, a quarter in the recruiter screen, a quarter in the deep-dive.
            if (i % 4 >= 2)
                QVERIFY(Pipeline(*db).moveToNextStage(a->applicationId, 1));
            if (i % 4 == 3)
                QVERIFY(Pipeline(*db).moveToNextStage(a->applicationId, 2));
        }
        SqlQuery q(*db);
        const qint64 applied = OpeningRepository(*db).load(m_bigOpening)->stages.constFirst().id;
        QVERIFY(q.exec(QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                      "INSERT INTO candidates (name, sort_name, version, created_at, updated_at) "
                                      "SELECT 'Bulk ' || i, 'bulk ' || i, 1, 0, 0 FROM n").arg(bigStageCount)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO applications (candidate_id, opening_id, stage_id, applied_at, stage_entered_at, updated_at) "
                                      "SELECT id, %1, %2, 0, id, 0 FROM candidates WHERE name LIKE 'Bulk %'").arg(m_bigOpening).arg(applied)));
        QVERIFY(tx.commit());
    }

    void board_hasAColumnPerStage_withCounts()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, true);
        QVERIFY(window);
        BoardView *board = window->pipelineView()->board();
        QCOMPARE(board->columnCount(), int(m_plan.stages.size()));
        Database &db = *window->database();
        for (const Stage &s : std::as_const(m_plan.stages)) {
            const qint64 expected = scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE stage_id = %1 AND status = 'active'").arg(s.id));
            QCOMPARE(board->columnModel(s.id)->rowCount(), int(expected));
            QVERIFY2(board->columnHeader(s.id)->text().contains(s.name.toHtmlEscaped()), qPrintable(board->columnHeader(s.id)->text()));
            QVERIFY(board->columnHeader(s.id)->text().contains(QString::number(expected)));
        }
        QCOMPARE(board->columnModel(stageId(StageCategory::Applied))->rowCount(), candidateCount / 2);
        // The mode is remembered.
        QVERIFY(settings->boardMode());
    }

    void board_readsOnlyTheVisiblePages()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, true);
        QVERIFY(window);
        QVERIFY(window->selectOpening(m_bigOpening));
        BoardView *board = window->pipelineView()->board();
        const Opening big = OpeningRepository(*window->database()).load(m_bigOpening).value();
        ApplicationTableModel *applied = board->columnModel(big.stages.constFirst().id);
        QVERIFY(applied);
        QCOMPARE(applied->rowCount(), bigStageCount);
        board->columnView(big.stages.constFirst().id)->viewport()->repaint();
        QVERIFY2(applied->cachedPageCount() <= 2, qPrintable(QString::number(applied->cachedPageCount())));
    }

    void dropOnColumnModel_movesAll_asOneUndoStep()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, true);
        QVERIFY(window);
        Database &db = *window->database();
        BoardView *board = window->pipelineView()->board();
        const qint64 from = stageId(StageCategory::Applied);
        const qint64 to = stageId(StageCategory::Interview);
        ApplicationTableModel *source = board->columnModel(from);
        const QModelIndexList three = {source->index(0, 0), source->index(1, 0), source->index(2, 0)};
        QList<qint64> ids;
        for (const QModelIndex &i : three)
            ids << source->data(i, ApplicationTableModel::ApplicationIdRole).toLongLong();
        const QString before = snapshot(db);
        const int undoBefore = window->undoStack()->count();
        std::unique_ptr<QMimeData> data(source->mimeData(three));
        QVERIFY(data);
        QVERIFY(board->columnModel(to)->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, {}));
        // A drop from another opening's board is refused.
        QVERIFY(!window->pipelineView()->tableModel()->canDropMimeData(data.get(), Qt::MoveAction, -1, 0, {}));
        QVERIFY(board->columnModel(to)->dropMimeData(data.get(), Qt::MoveAction, -1, 0, {}));
        QTRY_COMPARE(stageNameOf(db, ids.at(2)), QStringLiteral("Technical deep-dive"));
        for (qint64 id : std::as_const(ids))
            QCOMPARE(stageNameOf(db, id), QStringLiteral("Technical deep-dive"));
        QCOMPARE(window->undoStack()->count(), undoBefore + 1);
        QCOMPARE(board->columnModel(from)->rowCount(), candidateCount / 2 - 3);
        window->undoStack()->undo();
        QCOMPARE(snapshot(db), before);
        QCOMPARE(board->columnModel(from)->rowCount(), candidateCount / 2);
    }

    void realMouseDrag_cardToAnotherColumn_movesIt()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, true);
        QVERIFY(window);
        Database &db = *window->database();
        BoardView *board = window->pipelineView()->board();
        const qint64 from = stageId(StageCategory::Applied);
        const qint64 to = stageId(StageCategory::Screen);
        QListView *source = board->columnView(from);
        QListView *target = board->columnView(to);
        const QModelIndex first = board->columnModel(from)->index(0, 0);
        const qint64 id = first.data(ApplicationTableModel::ApplicationIdRole).toLongLong();
        const QPoint start = source->visualRect(first).center();
        const QPoint endInSource = source->viewport()->mapFromGlobal(target->viewport()->mapToGlobal(QPoint(40, 40)));
        QTest::mousePress(source->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(source->viewport(), start + QPoint(0, QApplication::startDragDistance() + 4));
        QVERIFY(board->findChild<QLabel *>(QStringLiteral("cardDragLabel")));
        QTest::mouseMove(source->viewport(), endInSource);
        QTest::mouseRelease(source->viewport(), Qt::LeftButton, {}, endInSource);
        QTRY_COMPARE(stageNameOf(db, id), QStringLiteral("Recruiter screen"));
        QVERIFY(!board->findChild<QLabel *>(QStringLiteral("cardDragLabel")));
        window->undoStack()->undo();
        QCOMPARE(stageNameOf(db, id), QStringLiteral("Applied"));
    }

    void dropOnRejected_asksForAReason_andCancelChangesNothing()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, true);
        QVERIFY(window);
        Database &db = *window->database();
        const qint64 applicationId = window->currentApplicationId();
        QVERIFY(applicationId > 0);
        const QString before = snapshot(db);
        Prompts::setNextItem(std::nullopt);  // the user cancels the reason picker
        Q_EMIT window->pipelineView()->board()->moveRequested({applicationId}, stageId(StageCategory::Rejected));
        QCOMPARE(snapshot(db), before);
        Prompts::setNextItem(QStringLiteral("Insufficient big-data depth"));
        Q_EMIT window->pipelineView()->board()->moveRequested({applicationId}, stageId(StageCategory::Rejected));
        QCOMPARE(text(db, QStringLiteral("SELECT rejection_reason FROM applications WHERE id = %1").arg(applicationId)),
                 QStringLiteral("Insufficient big-data depth"));
        window->undoStack()->undo();
        QCOMPARE(snapshot(db), before);
    }

    void dropOnHired_overHeadcount_asksFirst()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, true);
        QVERIFY(window);
        Database &db = *window->database();
        const QList<qint64> two = {scalar(db, QStringLiteral("SELECT min(id) FROM applications WHERE opening_id = %1").arg(m_opening)),
                                   scalar(db, QStringLiteral("SELECT max(id) FROM applications WHERE opening_id = %1").arg(m_opening))};
        const QString before = snapshot(db);
        Prompts::setNextAnswer(QMessageBox::Cancel);
        Q_EMIT window->pipelineView()->board()->moveRequested(two, stageId(StageCategory::Hired));
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("headcount of 1")), qPrintable(Prompts::lastMessage()));
        QCOMPARE(snapshot(db), before);
        Prompts::setNextAnswer(QMessageBox::Yes);
        Q_EMIT window->pipelineView()->board()->moveRequested(two, stageId(StageCategory::Hired));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE status = 'hired'")), 2);
        window->undoStack()->undo();
        QCOMPARE(snapshot(db), before);
    }

    void bulkRejectOfMoreThan20_namesTheCount_andIsOneUndoStep()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        Database &db = *window->database();
        QTableView *table = window->pipelineView()->tableView();
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(24, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(window->pipelineView()->selectedApplicationIds().size(), 25);
        const QString before = snapshot(db);
        const int undoBefore = window->undoStack()->count();
        Prompts::setNextItem(QStringLiteral("Position filled"));
        Prompts::setNextAnswer(QMessageBox::Yes);
        window->findChild<QAction *>(QStringLiteral("actionReject"))->trigger();
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("25")), qPrintable(Prompts::lastMessage()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE rejection_reason = 'Position filled'")), 25);
        QCOMPARE(window->undoStack()->count(), undoBefore + 1);
        window->undoStack()->undo();
        QCOMPARE(snapshot(db), before);
        window->undoStack()->redo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE rejection_reason = 'Position filled'")), 25);
        window->undoStack()->undo();
        QCOMPARE(snapshot(db), before);
    }

    void bulkTag_andAdvance_areOneUndoStepEach()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        Database &db = *window->database();
        QTableView *table = window->pipelineView()->tableView();
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(5, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        Prompts::setNextItem(QStringLiteral("shortlisted"));
        window->findChild<QAction *>(QStringLiteral("actionTag"))->trigger();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'shortlisted'")), 6);
        window->undoStack()->undo();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'shortlisted'")), 0);

        // Advance: each to the stage after its own, in one step.
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(5, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QHash<qint64, qint64> stages = window->pipelineView()->selectedStages();
        const QString before = snapshot(db);
        window->findChild<QAction *>(QStringLiteral("actionMoveNext"))->trigger();
        for (auto it = stages.cbegin(); it != stages.cend(); ++it) {
            const Stage *next = m_plan.nextStage(it.value());
            QVERIFY(next);
            QCOMPARE(scalar(db, QStringLiteral("SELECT stage_id FROM applications WHERE id = %1").arg(it.key())), next->id);
        }
        window->undoStack()->undo();
        QCOMPARE(snapshot(db), before);
    }

    void everyShortcut_triagesWithoutTheMouse()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        Database &db = *window->database();
        window->pipelineView()->tableView()->setFocus();
        QVERIFY(window->selectApplicationRow(0));
        const qint64 first = window->currentApplicationId();

        press(*window, Qt::Key_J);
        const qint64 second = window->currentApplicationId();
        QVERIFY(second != first);
        press(*window, Qt::Key_K);
        QCOMPARE(window->currentApplicationId(), first);

        const QString stageBefore = stageNameOf(db, first);
        press(*window, Qt::Key_A);  // advance
        QVERIFY(stageNameOf(db, first) != stageBefore);
        press(*window, Qt::Key_Z, Qt::ControlModifier);  // undo
        QCOMPARE(stageNameOf(db, first), stageBefore);

        QVERIFY(window->selectApplicationRow(0));
        press(*window, Qt::Key_3);  // third stage of the plan
        QCOMPARE(stageNameOf(db, first), m_plan.stages.at(2).name);
        window->undoStack()->undo();

        QVERIFY(window->selectApplicationRow(0));
        Prompts::setNextItem(QStringLiteral("Notice period too long"));
        press(*window, Qt::Key_R);
        QCOMPARE(text(db, QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(first)), QStringLiteral("rejected"));
        window->undoStack()->undo();
        QCOMPARE(text(db, QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(first)), QStringLiteral("active"));

        QVERIFY(window->selectApplicationRow(0));
        Prompts::setNextItem(QStringLiteral("night-owl"));
        press(*window, Qt::Key_T);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'night-owl'")), 1);
        Prompts::setNextItem(QStringLiteral("Call back after the holidays"));
        press(*window, Qt::Key_N);
        QCOMPARE(NoteRepository(db).forCandidate(window->currentCandidateId())->size(), 1);
        QCOMPARE(NoteRepository(db).forCandidate(window->currentCandidateId())->constFirst().author, QStringLiteral("Triage Tester"));

        press(*window, Qt::Key_Slash);
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, QStringLiteral("Nunez"));
        QTRY_COMPARE(window->applicationModel()->rowCount(), 1);
        QCOMPARE(window->applicationModel()->data(window->applicationModel()->index(0, 0)).toString(), QStringLiteral("José Núñez"));
        QTest::keyClick(search, Qt::Key_Escape);
        QTRY_COMPARE(search->text(), QString());
        QCOMPARE(window->applicationModel()->rowCount(), int(scalar(db, QStringLiteral(
                     "SELECT count(*) FROM applications WHERE opening_id = %1 AND status = 'active'").arg(m_opening))));

        // Every shortcut is listed in Help › Keyboard Shortcuts.
        const QStringList expected = {QStringLiteral("J"), QStringLiteral("K"), QStringLiteral("A"), QStringLiteral("R"), QStringLiteral("T"),
                                      QStringLiteral("N"), QStringLiteral("/"), QStringLiteral("Esc"), QStringLiteral("Ctrl+Z"),
                                      QStringLiteral("1"), QStringLiteral("9")};
        QStringList listed;
        for (const Shortcuts::Entry &e : window->shortcuts().entries())
            listed << e.action->shortcut().toString(QKeySequence::PortableText);
        for (const QString &key : expected)
            QVERIFY2(listed.contains(key), qPrintable(key));
    }

    void customisedShortcut_replacesTheDefault_andIsRemembered()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        window->applyShortcuts({{QStringLiteral("actionNextCandidate"), QKeySequence(QStringLiteral("Ctrl+J"))}});
        QCOMPARE(settings->shortcuts().value(QStringLiteral("actionNextCandidate")), QStringLiteral("Ctrl+J"));
        window->pipelineView()->tableView()->setFocus();
        QVERIFY(window->selectApplicationRow(0));
        const qint64 first = window->currentApplicationId();
        press(*window, Qt::Key_J);
        QCOMPARE(window->currentApplicationId(), first);
        press(*window, Qt::Key_J, Qt::ControlModifier);
        QVERIFY(window->currentApplicationId() != first);

        // A new window with the same settings uses it too.
        MainWindow again(*settings);
        QCOMPARE(again.findChild<QAction *>(QStringLiteral("actionNextCandidate"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+J")));

        // The dialog refuses a key used twice, naming both actions.
        ShortcutsDialog dialog(window->shortcuts().entries(), window.get());
        QVERIFY(dialog.setKey(QStringLiteral("actionTag"), QKeySequence(QStringLiteral("R"))));
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("Reject")) && dialog.errorText().contains(QStringLiteral("Tag")),
                 qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.resetAll();
        QCOMPARE(dialog.chosen().value(QStringLiteral("actionNextCandidate")), QKeySequence(QStringLiteral("J")));
    }

    void filterBuilder_narrowsTheTable_andClears()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        Database &db = *window->database();
        FilterGroup referrals;
        FilterCondition source;
        source.field = FilterField::Source;
        source.values = {QStringLiteral("Referral")};
        referrals.conditions << source;
        FilterDialog::setNextFilter(referrals);
        window->findChild<QAction *>(QStringLiteral("actionFilter"))->trigger();
        const qint64 expected = scalar(db, QStringLiteral("SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                          "WHERE a.opening_id = %1 AND a.status = 'active' AND c.source = 'Referral'").arg(m_opening));
        QCOMPARE(window->applicationModel()->rowCount(), int(expected));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("filterSummary"))->text().contains(QStringLiteral("Referral")));
        window->findChild<QAction *>(QStringLiteral("actionClear"))->trigger();
        QVERIFY(window->pipelineView()->filter().isEmpty());
        QVERIFY(window->applicationModel()->rowCount() > expected);
    }

    void savedView_restoresSearchFilterSortAndColumns()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        PipelineView *pipeline = window->pipelineView();
        FilterGroup referrals;
        FilterCondition source;
        source.field = FilterField::Source;
        source.values = {QStringLiteral("Referral")};
        referrals.conditions << source;
        pipeline->setSearchText(QStringLiteral("person"));
        pipeline->setFilter(referrals);
        pipeline->tableView()->sortByColumn(ApplicationTableModel::Name, Qt::AscendingOrder);
        pipeline->tableView()->setColumnHidden(ApplicationTableModel::Source, true);
        const int rows = window->applicationModel()->rowCount();
        QVERIFY(rows > 0);
        const QString firstName = window->applicationModel()->data(window->applicationModel()->index(0, 0)).toString();
        Prompts::setNextItem(QStringLiteral("Referred people"));
        window->findChild<QAction *>(QStringLiteral("actionSaveView"))->trigger();
        auto *list = window->findChild<QListView *>(QStringLiteral("savedViewList"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Referred people"));

        pipeline->setSearchText(QString());
        pipeline->setFilter({});
        pipeline->tableView()->setColumnHidden(ApplicationTableModel::Source, false);
        QVERIFY(window->applicationModel()->rowCount() > rows);
        QVERIFY(window->applySavedView(0));
        QCOMPARE(pipeline->searchText(), QStringLiteral("person"));
        QCOMPARE(pipeline->filter(), referrals);
        QCOMPARE(window->applicationModel()->rowCount(), rows);
        QCOMPARE(window->applicationModel()->data(window->applicationModel()->index(0, 0)).toString(), firstName);
        QVERIFY(pipeline->tableView()->isColumnHidden(ApplicationTableModel::Source));

        // The view is stored in the database: another window lists it.
        std::unique_ptr<AppSettings> otherSettings;
        auto other = openWindow(otherSettings, false);
        QVERIFY(other);
        QCOMPARE(other->findChild<QListView *>(QStringLiteral("savedViewList"))->model()->rowCount(), 1);
    }

    void exportSelection_writesTheSelectedRowsAsCsv()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        QTableView *table = window->pipelineView()->tableView();
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(2, 0)),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QStringList names;
        for (int row = 0; row < 3; ++row)
            names << table->model()->index(row, 0).data().toString();
        const QString path = m_dir.filePath(QStringLiteral("selection.csv"));
        Prompts::setNextFileName(path);
        window->findChild<QAction *>(QStringLiteral("actionExportSelection"))->trigger();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString csv = QString::fromUtf8(file.readAll());
        QCOMPARE(csv.count(QStringLiteral("\r\n")), 4);  // header and three rows
        for (const QString &name : std::as_const(names))
            QVERIFY2(csv.contains(name), qPrintable(name));
    }

    void addingTheSameEmail_offersOpenMergeOrSeparate_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("candidatesAdded");
        QTest::newRow("open the existing one") << int(QMessageBox::Open) << 0;
        QTest::newRow("merge into the existing one") << int(QMessageBox::Yes) << 0;
        QTest::newRow("add separately") << int(QMessageBox::Ignore) << 1;
        QTest::newRow("cancel") << int(QMessageBox::Cancel) << 0;
    }

    void addingTheSameEmail_offersOpenMergeOrSeparate()
    {
        QFETCH(int, answer);
        QFETCH(int, candidatesAdded);
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        Database &db = *window->database();
        const qint64 existing = scalar(db, QStringLiteral("SELECT id FROM candidates WHERE email = 'p5@example.com'"));
        const qint64 candidatesBefore = scalar(db, QStringLiteral("SELECT count(*) FROM candidates"));
        const QString before = snapshot(db);
        Candidate copy = makeCandidate(QStringLiteral("P. Five"), QStringLiteral("  P5@Example.com "));
        copy.phone = QStringLiteral("+44 20 7946 0005");
        CandidateDialog::setNextCandidate(copy);
        Prompts::setNextAnswer(QMessageBox::StandardButton(answer));
        window->findChild<QAction *>(QStringLiteral("actionAddCandidate"))->trigger();
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("same email")), qPrintable(Prompts::lastMessage()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates")), candidatesBefore + candidatesAdded);
        if (answer == QMessageBox::Open)
            QCOMPARE(window->currentCandidateId(), existing);
        if (answer == QMessageBox::Yes) {
            // The new details filled the existing profile's gaps; one undo separates and removes them.
            QCOMPARE(text(db, QStringLiteral("SELECT phone FROM candidates WHERE id = %1").arg(existing)), QStringLiteral("+44 20 7946 0005"));
            QCOMPARE(window->currentCandidateId(), existing);
            window->undoStack()->undo();
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates")), candidatesBefore);
            QCOMPARE(snapshot(db), before);
        }
        if (answer == QMessageBox::Ignore) {
            window->undoStack()->undo();
            QCOMPARE(snapshot(db), before);
        }
    }

    void mergeDuplicate_keepsEverything_andUndoSeparates()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        Database &db = *window->database();
        QVERIFY(window->selectApplicationRow(0));
        const qint64 keep = window->currentCandidateId();
        const QString keepPhone = text(db, QStringLiteral("SELECT phone FROM candidates WHERE id = %1").arg(keep));
        // Another profile with the same phone, applied to the second opening, with a note.
        Candidate twin = makeCandidate(QStringLiteral("Twin Profile"), QStringLiteral("twin@example.com"));
        twin.phone = QStringLiteral("+44 7700 900999");
        SqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET phone = '+44 7700 900999', phone_key = '+447700900999' WHERE id = %1").arg(keep)));
        Result<NewApplication> other = Pipeline(db).addCandidate(twin, m_bigOpening);
        QVERIFY(other);
        Note note;
        note.candidateId = other->candidateId;
        note.body = QStringLiteral("Met at the Kafka meetup");
        QVERIFY(NoteRepository(db).add(note));
        QVERIFY(window->selectOpening(m_bigOpening));
        QVERIFY(window->selectOpening(m_opening));
        QVERIFY(window->pipelineView()->selectApplication(scalar(db, QStringLiteral(
            "SELECT id FROM applications WHERE candidate_id = %1 AND opening_id = %2").arg(keep).arg(m_opening))));
        Database &db2 = db;
        QCOMPARE(window->currentCandidateId(), keep);
        const QString before = snapshot(db2);
        const qint64 keepNotes = scalar(db2, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(keep));
        Result<QList<DuplicateMatch>> found = DuplicateRepository(db2).find(CandidateRepository(db2).load(keep).value());
        QVERIFY(found && !found->isEmpty());
        Prompts::setNextItem(QStringLiteral("%1 — %2").arg(MainWindow::describeCandidate(found->constFirst()),
                                                           DuplicateRepository::describe(found->constFirst().reason)));
        window->findChild<QAction *>(QStringLiteral("actionMergeDuplicate"))->trigger();
        QCOMPARE(scalar(db2, QStringLiteral("SELECT count(*) FROM candidates WHERE id = %1").arg(other->candidateId)), 0);
        QCOMPARE(scalar(db2, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = %1").arg(keep)), 2);
        QCOMPARE(scalar(db2, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(keep)), keepNotes + 1);
        window->undoStack()->undo();
        QCOMPARE(snapshot(db2), before);
        QCOMPARE(scalar(db2, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(other->candidateId)), 1);
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET phone = '%1' WHERE id = %2").arg(keepPhone).arg(keep)));
    }

    void requirementsAndSynonyms_rescoreTheTable()
    {
        std::unique_ptr<AppSettings> settings;
        auto window = openWindow(settings, false);
        QVERIFY(window);
        Database &db = *window->database();
        const QList<Requirement> before = OpeningRepository(db).load(m_opening)->requirements;
        // Every candidate here lists "spark" and "kafka": one requirement they all lack...
        Requirement databricks;
        databricks.skill = QStringLiteral("Databricks");
        databricks.mustHave = true;
        window->setNextRequirements({databricks}, {});
        window->findChild<QAction *>(QStringLiteral("actionRequirements"))->trigger();
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = %1 AND match_score = 0 AND missing_must_haves = 1")
                                .arg(m_opening)),
                 scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE opening_id = %1").arg(m_opening)));
        const QModelIndex score = window->applicationModel()->index(0, ApplicationTableModel::Match);
        QCOMPARE(score.data().toString(), QStringLiteral("0 ⚑"));
        // The tooltip explains the score: the missing must-have by name.
        QVERIFY2(score.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Databricks")), qPrintable(score.data(Qt::ToolTipRole).toString()));
        // ...until the user says Spark is Databricks.
        window->setNextRequirements({databricks}, {SkillSynonym{QStringLiteral("spark"), QStringLiteral("databricks")}});
        window->findChild<QAction *>(QStringLiteral("actionRequirements"))->trigger();
        QCOMPARE(window->applicationModel()->index(0, ApplicationTableModel::Match).data().toString(), QStringLiteral("100"));
        QCOMPARE(MatchRepository(db).userSynonyms()->size(), 1);

        RequirementsDialog dialog(QStringLiteral("Test"), {databricks}, {}, window.get());
        dialog.addSynonym(QStringLiteral("Spark"), QStringLiteral("databricks"));
        dialog.addSynonym(QStringLiteral("spark"), QStringLiteral("flink"));
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("twice")), qPrintable(dialog.errorText()));
        dialog.removeRequirement(0);
        Requirement nameless;
        dialog.addRequirement(nameless);
        dialog.accept();
        QVERIFY2(dialog.errorText().contains(QStringLiteral("no name")), qPrintable(dialog.errorText()));

        window->setNextRequirements(before, {});
        window->findChild<QAction *>(QStringLiteral("actionRequirements"))->trigger();
        QCOMPARE(MatchRepository(db).userSynonyms()->size(), 0);
    }
};

QTEST_MAIN(TestBoard)
#include "tst_board.moc"
