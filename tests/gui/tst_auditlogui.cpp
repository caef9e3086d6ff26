// Help › Audit Log… as a user drives it: each filter (period, person, action,
// item, words in the details) narrows the table to what the SQL says, an
// activated row narrows to its item, Export to CSV writes exactly the rows
// shown (formula defence on) and the export then shows in the log itself.

#include "../common/testdb.h"

#include "dialogs/auditlogdialog.h"
#include "dialogs/prompts.h"
#include "formats/auditexport.h"
#include "formats/csvreader.h"
#include "itemmodels/auditlogmodel.h"
#include "mainwindow.h"
#include "repositories/applicationrepository.h"
#include "repositories/privacyrepository.h"
#include "settings.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace shortlist;
using namespace shortlist::test;

namespace {

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

void fetchAll(AuditLogModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

} // namespace

class TestAuditLogUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
    qint64 m_candidate = 0;
    qint64 m_erased = 0;
    const QDate m_today = QDate(2026, 3, 20);

    qint64 count(const QString &where) { return scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE ") + where); }
    static qint64 startOf(const QDate &date) { return date.startOfDay().toSecsSinceEpoch(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("hiring.shortlist"));
        m_db = createDatabase(m_path);
        QVERIFY(m_db);
        Database &db = *m_db;
        db.setActor(QStringLiteral("Ana Lima"));
        const qint64 opening = createOpening(db);
        QVERIFY(opening > 0);
        QList<NewApplication> added;
        for (const QString &name : {QStringLiteral("Carla Dias"), QStringLiteral("Davi Rocha"), QStringLiteral("Eva Nunes")})
            added << addCandidate(db, opening, name);
        m_candidate = added.first().candidateId;
        db.setActor(QStringLiteral("Bruno Costa"));
        for (const NewApplication &a : std::as_const(added)) {
            Result<Application> app = ApplicationRepository(db).load(a.applicationId);
            QVERIFY(app);
            QVERIFY(Pipeline(db).moveToNextStage(a.applicationId, app->version));
        }
        db.setActor(QStringLiteral("Data Protection Officer"));
        m_erased = added.last().candidateId;
        QVERIFY(PrivacyRepository(db).erase(m_erased, db.actor()));

        // A history over the past weeks, by local day, with a formula in a detail.
        SqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)"));
        for (int i = 0; i < 90; ++i) {
            const QDate day = m_today.addDays(-(i / 2));
            q.bind(startOf(day) + 9 * 3600 + i)
                .bind(i % 3 == 0 ? QStringLiteral("Ana Lima") : QStringLiteral("Bruno Costa"))
                .bind(i % 4 == 0 ? QStringLiteral("export") : QStringLiteral("move"))
                .bind(QStringLiteral("application"))
                .bind(qint64(100 + i % 5))
                .bind(i % 10 == 0 ? QStringLiteral("=SUM(A1:A9)") : QStringLiteral("stage %1 -> %2, status active").arg(i % 7).arg(i % 7 + 1));
            QVERIFY(q.exec());
        }
        db.setActor(QStringLiteral("Auditor"));
    }

    void filters_narrowTheTable()
    {
        AuditLogDialog dialog(*m_db);
        dialog.setNow(QDateTime(m_today, QTime(18, 0)));
        dialog.show();
        AuditLogModel *model = dialog.model();
        QCOMPARE(dialog.table()->model(), model);
        const qint64 all = count(QStringLiteral("1 = 1"));
        QCOMPARE(model->totalCount(), all);
        QCOMPARE(dialog.statusText(), QStringLiteral("Entries: %1").arg(all));

        // Person, through the combo box as the user picks it.
        auto *actor = dialog.findChild<QComboBox *>(QStringLiteral("auditActor"));
        QVERIFY(actor);
        QCOMPARE(actor->itemText(0), QStringLiteral("Everyone"));
        QVERIFY(actor->findText(QStringLiteral("Data Protection Officer")) > 0);
        actor->setCurrentIndex(actor->findText(QStringLiteral("Bruno Costa")));
        QCOMPARE(model->totalCount(), count(QStringLiteral("actor = 'Bruno Costa'")));
        fetchAll(model);
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->index(row, AuditLogModel::Who).data().toString(), QStringLiteral("Bruno Costa"));

        // Action: a group, then one action.
        auto *action = dialog.findChild<QComboBox *>(QStringLiteral("auditAction"));
        QVERIFY(action);
        action->setCurrentIndex(action->findText(QStringLiteral("Stage moves")));
        QCOMPARE(model->totalCount(), count(QStringLiteral("actor = 'Bruno Costa' AND action IN ('move', 'undo-move')")));
        QVERIFY(dialog.setActionChoice({QStringLiteral("export")}));
        QCOMPARE(action->currentText(), QStringLiteral("Exported"));
        QCOMPARE(model->totalCount(), count(QStringLiteral("actor = 'Bruno Costa' AND action = 'export'")));
        QVERIFY(model->totalCount() > 0);

        // Period: the last 7 days, then two chosen days.
        auto *period = dialog.findChild<QComboBox *>(QStringLiteral("auditPeriod"));
        QVERIFY(period);
        QVERIFY(!dialog.findChild<QDateEdit *>(QStringLiteral("auditFrom"))->isVisible());
        period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
        QCOMPARE(model->totalCount(), count(QStringLiteral("actor = 'Bruno Costa' AND action = 'export' AND at >= %1")
                                                .arg(startOf(m_today.addDays(-6)))));
        dialog.setCustomPeriod(m_today.addDays(-20), m_today.addDays(-19));
        QVERIFY(dialog.findChild<QDateEdit *>(QStringLiteral("auditFrom"))->isVisible());
        const QString twoDays = QStringLiteral("at >= %1 AND at < %2").arg(startOf(m_today.addDays(-20))).arg(startOf(m_today.addDays(-18)));
        QCOMPARE(model->totalCount(), count(QStringLiteral("actor = 'Bruno Costa' AND action = 'export' AND ") + twoDays));

        // Words in the details, typed (applied after a pause).
        QVERIFY(dialog.setActor(std::nullopt));
        QVERIFY(dialog.setActionChoice({}));
        QCOMPARE(model->totalCount(), count(twoDays));
        auto *search = dialog.findChild<QLineEdit *>(QStringLiteral("auditSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("STATUS"));
        QTRY_COMPARE(model->totalCount(), count(twoDays + QStringLiteral(" AND instr(detail, 'status') > 0")));
        // Return there neither resets, exports nor closes.
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(search->text(), QStringLiteral("STATUS"));
        QVERIFY(dialog.messageText().isEmpty());
        QVERIFY(model->totalCount() < count(twoDays));

        // Nothing left: said so, and nothing to export.
        dialog.setSearchText(QStringLiteral("no such words"));
        QCOMPARE(model->totalCount(), 0);
        QCOMPARE(dialog.statusText(), QStringLiteral("No entries match these filters."));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("auditExport"))->isEnabled());

        // Reset, then an item; activating a row narrows to its item.
        dialog.resetFilters();
        QCOMPARE(model->totalCount(), all);
        QVERIFY(dialog.setItem(QStringLiteral("candidate"), m_candidate));
        QCOMPARE(model->totalCount(), count(QStringLiteral("entity = 'candidate' AND entity_id = %1").arg(m_candidate)));
        dialog.resetFilters();
        fetchAll(model);
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (model->index(r, 0).data(AuditLogModel::EntityIdRole).toLongLong() == 102)
                row = r;
        }
        QVERIFY(row >= 0);
        Q_EMIT dialog.table()->activated(model->index(row, AuditLogModel::Item));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("auditEntity"))->currentText(), QStringLiteral("Application"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("auditEntityId"))->text(), QStringLiteral("102"));
        QCOMPARE(model->totalCount(), count(QStringLiteral("entity = 'application' AND entity_id = 102")));

        // The erasure: the fact, by number, not the person.
        dialog.resetFilters();
        QVERIFY(dialog.setActionChoice({QStringLiteral("erase")}));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, AuditLogModel::Item).data().toString(), QStringLiteral("Candidate %1").arg(m_erased));
        QCOMPARE(model->index(0, AuditLogModel::Who).data().toString(), QStringLiteral("Data Protection Officer"));
        dialog.resetFilters();
        dialog.setSearchText(QStringLiteral("Eva Nunes"));
        QCOMPARE(model->totalCount(), 0);
    }

    void exportCsv_writesWhatIsShown_andIsLogged()
    {
        AuditLogDialog dialog(*m_db);
        dialog.setNow(QDateTime(m_today, QTime(18, 0)));
        dialog.show();
        QVERIFY(dialog.setActor(QStringLiteral("Ana Lima")));
        dialog.setCustomPeriod(m_today.addDays(-40), m_today);
        AuditLogModel *model = dialog.model();
        fetchAll(model);
        QVERIFY(model->rowCount() > 5);
        QCOMPARE(qint64(model->rowCount()), model->totalCount());
        const qint64 before = count(QStringLiteral("1 = 1"));

        const QString path = m_dir.filePath(QStringLiteral("audit export.csv"));
        Prompts::setNextFileName(path);
        QVERIFY(dialog.exportCsv());
        QVERIFY2(dialog.messageText().startsWith(QStringLiteral("Exported to ")), qPrintable(dialog.messageText()));

        const QList<QStringList> rows = readCsv(path);
        QCOMPARE(rows.size(), model->rowCount() + 1);
        QCOMPARE(rows.first(), (QStringList{QStringLiteral("When"), QStringLiteral("Who"), QStringLiteral("Action"), QStringLiteral("Item"),
                                            QStringLiteral("Details")}));
        bool sawFormula = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QStringList &written = rows.at(row + 1);
            QCOMPARE(QDateTime::fromString(written.at(AuditLogModel::When), Qt::ISODate).toSecsSinceEpoch(),
                     model->index(row, 0).data(AuditLogModel::TimestampRole).toLongLong());
            for (int column = AuditLogModel::Who; column < AuditLogModel::ColumnCount; ++column) {
                QString shown = model->index(row, column).data().toString();
                if (CsvWriter::looksLikeFormula(shown)) {
                    shown.prepend(QLatin1Char('\''));
                    sawFormula = true;
                }
                QCOMPARE(written.at(column), shown);
            }
        }
        QVERIFY(sawFormula);

        // Logged by whoever exported, with the filters; and now in the list.
        QCOMPARE(count(QStringLiteral("1 = 1")), before + 1);
        QCOMPARE(count(QStringLiteral("action = 'export' AND entity = 'audit_log' AND actor = 'Auditor' AND detail LIKE 'csv rows=%1; from=%'")
                           .arg(model->totalCount())),
                 1);
        dialog.resetFilters();
        QVERIFY(dialog.setActor(QStringLiteral("Auditor")));
        QCOMPARE(model->totalCount(), 1);
        QCOMPARE(model->index(0, AuditLogModel::Action).data().toString(), QStringLiteral("Exported"));
        QCOMPARE(model->index(0, AuditLogModel::Item).data().toString(), QStringLiteral("Audit log"));

        // Cancelled in the file dialog: nothing written, nothing logged.
        Prompts::setNextFileName(QString());
        QVERIFY(!dialog.exportCsv());
        QCOMPARE(count(QStringLiteral("1 = 1")), before + 1);
        if (const QByteArray grabTo = qgetenv("SHORTLIST_TEST_GRAB"); !grabTo.isEmpty()) {
            dialog.resetFilters();
            QCoreApplication::processEvents();   // the layout after the period's dates hid
            dialog.grab().save(QString::fromLocal8Bit(grabTo) + QStringLiteral("/auditlogdialog.png"));
        }
    }

    void mainWindow_helpMenuOpensTheAuditLog()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.setUserName(QStringLiteral("Hiring Manager"));
        MainWindow window(settings);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("actionAuditLog"));
        QVERIFY(action);
        QVERIFY(!action->isEnabled());   // no database yet
        QVERIFY(window.openDatabase(m_path));
        QVERIFY(action->isEnabled());
        bool inHelp = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->title() == QStringLiteral("&Help"))
                inHelp = menu->menu()->actions().contains(action);
        }
        QVERIFY(inHelp);

        bool seen = false;
        QTimer::singleShot(0, &window, [&seen] {
            auto *dialog = qobject_cast<AuditLogDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = dialog->model()->totalCount() > 0 && dialog->windowTitle() == QStringLiteral("Audit Log");
            dialog->reject();
        });
        action->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestAuditLogUi)
#include "tst_auditlogui.moc"
