// The main window offscreen on a demo database: add a candidate, move and
// reject them, undo it all; read-only files; bad files; remembered layout.

#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "dialogs/candidatedialog.h"
#include "dialogs/prompts.h"
#include "itemmodels/applicationtablemodel.h"
#include "mainwindow.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "settings.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>

using namespace shortlist;
using namespace shortlist::test;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    static void trigger(QWidget &window, const char *name)
    {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_demo = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions options;
        options.candidates = 400;
        options.seed = 7;
        options.asOf = QDateTime(QDate(2026, 11, 1), QTime(17, 0), Qt::UTC);
        Result<DemoSummary> summary = DemoGenerator::generate(m_demo, options);
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    }

    void jsonExport_thenNewDatabaseFromIt_opensTheSameData()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-json.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_demo));
        const qint64 candidates = scalar(*window.database(), QStringLiteral("SELECT count(*) FROM candidates"));
        const QString json = m_dir.filePath(QStringLiteral("everything.json"));
        window.exportDatabaseJson(json);
        QVERIFY(QFileInfo(json).size() > 1000);
        QCOMPARE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'database'")), 1);
        const QString copy = m_dir.filePath(QStringLiteral("from-json.shortlist"));
        window.newDatabaseFromJson(json, copy);
        QCOMPARE(QFileInfo(window.database()->path()).fileName(), QStringLiteral("from-json.shortlist"));
        QCOMPARE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM candidates")), candidates);
        // Never over an existing file.
        Prompts::clearLastMessage();
        window.newDatabaseFromJson(json, copy);
        QVERIFY(Prompts::lastMessage().contains(QStringLiteral("exists")));
    }

    void defaultShortcuts_areUniqueAcrossEveryAction()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-keys.ini")));
        MainWindow window(settings);
        QHash<QString, QString> owner;
        for (const QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &key : action->shortcuts()) {
                const QString text = key.toString(QKeySequence::PortableText);
                QVERIFY2(!owner.contains(text), qPrintable(text + QStringLiteral(": ") + owner.value(text) + QStringLiteral(" and ") + action->objectName()));
                owner.insert(text, action->objectName());
            }
        }
        QVERIFY(owner.size() > 20);
    }

    void demoDatabase_addMoveRejectAndUndo()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
        settings.setUserName(QStringLiteral("Hiring Manager"));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.openDatabase(m_demo));
        Database &db = *window.database();
        QVERIFY(window.applicationModel()->rowCount() > 0);
        const qint64 candidatesBefore = scalar(db, QStringLiteral("SELECT count(*) FROM candidates"));
        const qint64 eventsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM stage_events"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QString::number(candidatesBefore)));

        // Add a candidate to the selected opening.
        Candidate ines = makeCandidate(QStringLiteral("Inês Carvalho"), QStringLiteral("ines@example.com"));
        CandidateDialog::setNextCandidate(ines);
        trigger(window, "actionAddCandidate");
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates")), candidatesBefore + 1);
        const qint64 applicationId = window.currentApplicationId();
        QVERIFY(applicationId > 0);
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("Inês Carvalho"));

        // Move to the next stage, then reject with a reason.
        trigger(window, "actionMoveNext");
        QCOMPARE(text(db, QStringLiteral("SELECT s.name FROM applications a JOIN stages s ON s.id = a.stage_id WHERE a.id = %1").arg(applicationId)),
                 QStringLiteral("Recruiter screen"));
        Prompts::setNextItem(QStringLiteral("Compensation expectations too high"));
        trigger(window, "actionReject");
        Result<Application> rejected = ApplicationRepository(db).load(applicationId);
        QCOMPARE(rejected->status, ApplicationStatus::Rejected);
        QCOMPARE(rejected->rejectionReason, QStringLiteral("Compensation expectations too high"));
        QCOMPARE(text(db, QStringLiteral("SELECT actor FROM stage_events ORDER BY id DESC LIMIT 1")), QStringLiteral("Hiring Manager"));
        QCOMPARE(window.undoStack()->count(), 3);

        // Undo the rejection, the move and the add; then redo them.
        trigger(window, "actionUndo");
        QCOMPARE(ApplicationRepository(db).load(applicationId)->status, ApplicationStatus::Active);
        trigger(window, "actionUndo");
        QCOMPARE(text(db, QStringLiteral("SELECT s.name FROM applications a JOIN stages s ON s.id = a.stage_id WHERE a.id = %1").arg(applicationId)),
                 QStringLiteral("Applied"));
        trigger(window, "actionUndo");
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates")), candidatesBefore);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_events")), eventsBefore);
        trigger(window, "actionRedo");
        trigger(window, "actionRedo");
        trigger(window, "actionRedo");
        QCOMPARE(ApplicationRepository(db).load(applicationId)->status, ApplicationStatus::Rejected);
        QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo-move'")) >= 2);
    }

    void profileEdit_validatesAndIsUndoable()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-edit.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_demo));
        QVERIFY(window.selectApplicationRow(0));
        const qint64 candidateId = window.currentCandidateId();
        Database &db = *window.database();
        const QString originalEmail = CandidateRepository(db).load(candidateId)->email;

        auto *email = window.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        email->setText(QStringLiteral("not-an-email"));
        Q_EMIT email->textEdited(email->text());
        auto *save = window.findChild<QPushButton *>(QStringLiteral("saveProfileButton"));
        QVERIFY(save->isEnabled());
        save->click();
        auto *error = window.findChild<QLabel *>(QStringLiteral("emailError"));
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("not an email address")));
        QCOMPARE(CandidateRepository(db).load(candidateId)->email, originalEmail);  // nothing saved

        email->setText(QStringLiteral("new.address@example.org"));
        Q_EMIT email->textEdited(email->text());
        save->click();
        QCOMPARE(CandidateRepository(db).load(candidateId)->email, QStringLiteral("new.address@example.org"));
        trigger(window, "actionUndo");
        QCOMPARE(CandidateRepository(db).load(candidateId)->email, originalEmail);
        QCOMPARE(email->text(), originalEmail);
    }

    void readOnlyFile_showsBannerAndDisablesEditing()
    {
        const QString copy = m_dir.filePath(QStringLiteral("readonly-copy.shortlist"));
        {
            auto db = openOrFail(m_demo);
            QVERIFY(!db->saveCopyTo(copy));
        }
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner));
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-ro.ini")));
        MainWindow window(settings);
        window.show();
        QVERIFY(window.openDatabase(copy));
        QVERIFY(window.database()->isReadOnly());
        auto *banner = window.findChild<QLabel *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Read-only")));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionAddCandidate"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionReject"))->isEnabled());
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionNewOpening"))->isEnabled());
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("readOnlyLabel"))->text(), QStringLiteral("Read-only"));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    }

    void badFile_isReportedAndTheWindowStaysUsable()
    {
        const QString bogus = m_dir.filePath(QStringLiteral("bogus.shortlist"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database");
        f.close();
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-bad.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_demo));
        Prompts::clearLastMessage();
        QVERIFY(!window.openDatabase(bogus));
        QVERIFY(Prompts::lastMessage().contains(QStringLiteral("not a Shortlist database")));
        QVERIFY(window.database());  // the open database is still there
        QCOMPARE(window.database()->path(), QFileInfo(m_demo).absoluteFilePath());
    }

    void staleEditFromAnotherProcess_isRefusedAndReloaded()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("settings-stale.ini")));
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_demo));
        QVERIFY(window.selectApplicationRow(1));
        const qint64 candidateId = window.currentCandidateId();
        {
            auto other = openOrFail(m_demo);
            Result<Candidate> c = CandidateRepository(*other).load(candidateId);
            c->location = QStringLiteral("Changed elsewhere");
            QVERIFY(CandidateRepository(*other).update(*c));
        }
        auto *location = window.findChild<QLineEdit *>(QStringLiteral("locationEdit"));
        location->setText(QStringLiteral("Changed here"));
        Q_EMIT location->textEdited(location->text());
        Prompts::clearLastMessage();
        window.findChild<QPushButton *>(QStringLiteral("saveProfileButton"))->click();
        QVERIFY(Prompts::lastMessage().contains(QStringLiteral("changed by someone else")));
        QCOMPARE(CandidateRepository(*window.database()).load(candidateId)->location, QStringLiteral("Changed elsewhere"));
        QCOMPARE(location->text(), QStringLiteral("Changed elsewhere"));  // reloaded
    }

    void layoutAndLastDatabase_areRemembered()
    {
        const QString ini = m_dir.filePath(QStringLiteral("settings-layout.ini"));
        {
            AppSettings settings(ini);
            MainWindow window(settings);
            window.resize(1111, 777);
            window.show();
            QVERIFY(window.openDatabase(m_demo));
            window.close();
        }
        AppSettings settings(ini);
        QCOMPARE(settings.lastDatabase(), QFileInfo(m_demo).absoluteFilePath());
        QCOMPARE(settings.recentDatabases().value(0), QFileInfo(m_demo).absoluteFilePath());
        MainWindow window(settings);
        QCOMPARE(window.size(), QSize(1111, 777));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
