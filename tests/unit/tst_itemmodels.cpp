// Every item model under QAbstractItemModelTester, plus the lazy, SQL-sorted
// application table.

#include "../common/testdb.h"

#include "itemmodels/applicationtablemodel.h"
#include "itemmodels/openinglistmodel.h"
#include "itemmodels/timelinemodel.h"
#include "storage/transaction.h"

#include <QAbstractItemModelTester>

using namespace shortlist;
using namespace shortlist::test;

class TestItemModels : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;
    static constexpr int rows = 700;  // a little under three pages

private Q_SLOTS:
    void initTestCase()
    {
        m_db = createDatabase(m_dir.filePath(QStringLiteral("models.shortlist")));
        QVERIFY(m_db);
        m_opening = createOpening(*m_db);
        createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        WriteTransaction tx(*m_db);
        for (int i = 0; i < rows; ++i) {
            Candidate c = makeCandidate(QStringLiteral("Person %1").arg((i * 7919) % rows, 4, 10, QLatin1Char('0')));
            c.yearsExperience = i % 30;
            c.source = i % 3 == 0 ? QStringLiteral("Referral") : QStringLiteral("LinkedIn");
            QVERIFY(Pipeline(*m_db).addCandidate(c, m_opening, 1'700'000'000 + i * 3600));
        }
        QVERIFY(tx.commit());
    }

    void openingList_passesModelTester()
    {
        OpeningListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QCOMPARE(model.rowCount(), 2);
        const int big = model.rowOf(m_opening);
        QVERIFY(big >= 0);
        QCOMPARE(model.data(model.index(big, OpeningListModel::Applied)).toInt(), rows);
        QCOMPARE(model.data(model.index(big, OpeningListModel::Title)).toString(), QStringLiteral("Big Data Tech Lead"));
        model.reload();
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void applicationTable_passesModelTester()
    {
        ApplicationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QCOMPARE(model.rowCount(), 0);
        model.setIncludeClosed(true);
        model.setOpening(m_opening);
        QCOMPARE(model.rowCount(), rows);
        for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        model.reload();
    }

    void applicationTable_loadsOnlyThePagesAsked()
    {
        ApplicationTableModel model;
        model.setDatabase(m_db.get());
        model.setIncludeClosed(true);
        model.setOpening(m_opening);
        QCOMPARE(model.cachedPageCount(), 0);
        QVERIFY(model.row(0));
        QCOMPARE(model.cachedPageCount(), 1);
        QVERIFY(model.row(rows - 1));
        QCOMPARE(model.cachedPageCount(), 2);
        QVERIFY(!model.row(rows));
    }

    void applicationTable_sortsInSql_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("name ascending") << int(ApplicationTableModel::Name) << int(Qt::AscendingOrder) << "c.sort_name ASC, a.id ASC";
        QTest::newRow("name descending") << int(ApplicationTableModel::Name) << int(Qt::DescendingOrder) << "c.sort_name DESC, a.id DESC";
        QTest::newRow("most days in stage first") << int(ApplicationTableModel::DaysInStage) << int(Qt::DescendingOrder) << "a.stage_entered_at ASC, a.id ASC";
        QTest::newRow("years ascending") << int(ApplicationTableModel::Years) << int(Qt::AscendingOrder) << "c.years_experience ASC, a.id ASC";
        QTest::newRow("source descending") << int(ApplicationTableModel::Source) << int(Qt::DescendingOrder) << "c.source DESC, a.id DESC";
        QTest::newRow("applied ascending") << int(ApplicationTableModel::Applied) << int(Qt::AscendingOrder) << "a.applied_at ASC, a.id ASC";
    }

    void applicationTable_sortsInSql()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, orderBy);
        ApplicationTableModel model;
        model.setDatabase(m_db.get());
        model.setIncludeClosed(true);
        model.setOpening(m_opening);
        model.sort(column, Qt::SortOrder(order));
        // The expected order from an independent query over the same rows.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                      "WHERE a.opening_id = %1 ORDER BY %2").arg(m_opening).arg(orderBy)));
        int row = 0;
        while (q.next()) {
            QCOMPARE(model.data(model.index(row, 0), ApplicationTableModel::ApplicationIdRole).toLongLong(), q.int64(0));
            ++row;
        }
        QCOMPARE(row, rows);
    }

    void applicationTable_showsDaysInStageFromNow()
    {
        ApplicationTableModel model;
        model.setDatabase(m_db.get());
        model.setIncludeClosed(true);
        model.setOpening(m_opening);
        model.sort(ApplicationTableModel::Applied, Qt::AscendingOrder);
        model.setNow(1'700'000'000 + 10 * 86400 + 5);
        QCOMPARE(model.data(model.index(0, ApplicationTableModel::DaysInStage)).toInt(), 10);
        QCOMPARE(model.data(model.index(0, ApplicationTableModel::Stage)).toString(), QStringLiteral("Applied"));
        QCOMPARE(model.data(model.index(0, ApplicationTableModel::Years)).toInt(), 0);
    }

    void applicationTable_hidesClosedApplicationsUnlessAsked()
    {
        QTemporaryDir dir;
        auto db = createDatabase(dir.filePath(QStringLiteral("closed.shortlist")));
        const qint64 opening = createOpening(*db);
        const NewApplication keep = addCandidate(*db, opening, QStringLiteral("Still Active"));
        const NewApplication gone = addCandidate(*db, opening, QStringLiteral("Rejected One"));
        QVERIFY(Pipeline(*db).reject(gone.applicationId, 1, QStringLiteral("Position filled")));
        ApplicationTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(db.get());
        model.setOpening(opening);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, 0), ApplicationTableModel::ApplicationIdRole).toLongLong(), keep.applicationId);
        model.setIncludeClosed(true);
        QCOMPARE(model.rowCount(), 2);
    }

    void timeline_passesModelTesterAndListsMovesInOrder()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("Timeline Person"), 1'700'000'000);
        QVERIFY(Pipeline(*m_db).moveToNextStage(a.applicationId, 1));
        QVERIFY(Pipeline(*m_db).reject(a.applicationId, 2, QStringLiteral("Position filled")));
        QVERIFY(!model.setCandidate(a.candidateId));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.data(model.index(0, 0)).toString().contains(QStringLiteral("Applied to Big Data Tech Lead")));
        QVERIFY(model.data(model.index(1, 0)).toString().contains(QStringLiteral("Applied → Recruiter screen")));
        QVERIFY(model.data(model.index(2, 0)).toString().contains(QStringLiteral("Position filled")));
        model.setCandidate(0);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
