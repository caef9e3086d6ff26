// Backups in the window: File › Back Up Now writes a snapshot into the backup
// folder in the background, records it in the database's audit log and
// prunes to the newest N of this database (by the id in the files, whatever
// their names); File › Restore from Backup… lists this database's backups
// only, says what else is in the folder, and restores one after asking,
// keeping a safety copy and recording the restore in the restored database;
// another database's backup (Restore from File…) asks naming both; the
// automatic backup runs only when one is due; the dialog edits the automatic
// backup settings.

#include "../common/testdb.h"

#include "dialogs/backupsdialog.h"
#include "dialogs/prompts.h"
#include "mainwindow.h"
#include "repositories/auditrepository.h"
#include "settings.h"
#include "storage/backup.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTreeWidget>

using namespace shortlist;
using namespace shortlist::test;

class TestBackupsUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    static void trigger(QWidget &window, const char *name)
    {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(action->isEnabled(), name);
        action->trigger();
    }

    // A database with two candidates, and settings whose backup folder is empty.
    struct Setup {
        QString database;
        QString databaseId;
        QString folder;
        std::unique_ptr<AppSettings> settings;
    };
    Setup makeSetup()
    {
        Setup s;
        const QString base = m_dir.filePath(QStringLiteral("case%1").arg(++m_n));
        QDir().mkpath(base);
        s.database = QDir(base).filePath(QStringLiteral("hiring.shortlist"));
        s.folder = QDir(base).filePath(QStringLiteral("backups"));
        {
            auto db = createDatabase(s.database);
            const qint64 opening = createOpening(*db);
            addCandidate(*db, opening, QStringLiteral("Ana Lima"));
            addCandidate(*db, opening, QStringLiteral("Bruno Costa"));
            s.databaseId = text(*db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'"));
        }
        s.settings = std::make_unique<AppSettings>(QDir(base).filePath(QStringLiteral("settings.ini")));
        s.settings->setBackupFolder(s.folder);
        return s;
    }

    // The audit entries of the database with this action, newest first.
    static QList<AuditEntry> audited(Database &db, const QString &action)
    {
        AuditQuery query;
        query.actions = {action};
        Result<QList<AuditEntry>> entries = AuditRepository(db).entries(query, 100);
        return entries ? *entries : QList<AuditEntry>{};
    }

    static bool backUpNow(MainWindow &window)
    {
        QSignalSpy finished(&window, &MainWindow::backupFinished);
        trigger(window, "actionBackUpNow");
        if (!finished.wait(30000))
            return false;
        return finished.first().at(0).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        installTranslators(*QCoreApplication::instance());   // "1 file", as users read it
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void settings_haveTheDocumentedDefaults()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
        QVERIFY(settings.automaticBackups());
        QCOMPARE(settings.backupIntervalHours(), 24);
        QCOMPARE(settings.backupsKept(), 10);
        QCOMPARE(settings.backupFolder(), QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups"));
        settings.setBackupFolder(m_dir.filePath(QStringLiteral("elsewhere")));
        QCOMPARE(settings.backupFolder(), m_dir.filePath(QStringLiteral("elsewhere")));
        settings.setBackupFolder({});
        QCOMPARE(settings.backupFolder(), AppSettings::defaultBackupFolder());
    }

    void backUpNow_writesASnapshotIntoTheBackupFolder()
    {
        Setup s = makeSetup();
        MainWindow window(*s.settings);
        window.show();
        QVERIFY(window.openDatabase(s.database));
        QVERIFY(backUpNow(window));
        const QList<BackupInfo> backups = BackupService::listBackups(s.folder, s.databaseId, s.database);
        QCOMPARE(backups.size(), 1);
        QVERIFY(QFileInfo(backups.first().path).fileName().startsWith(QStringLiteral("hiring-")));
        QVERIFY(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(backups.first().path)));
        QVERIFY(!window.isBackingUp());
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionBackUpNow"))->isEnabled());
        // In the database's audit log, not in the copy.
        const QList<AuditEntry> logged = audited(*window.database(), QStringLiteral("backup"));
        QCOMPARE(logged.size(), 1);
        QCOMPARE(logged.first().entity, QStringLiteral("database"));
        QCOMPARE(logged.first().detail, QFileInfo(backups.first().path).fileName());
        auto copy = openOrFail(backups.first().path);
        QVERIFY(copy);
        QCOMPARE(scalar(*copy, QStringLiteral("SELECT count(*) FROM candidates")), 2);
        QCOMPARE(audited(*copy, QStringLiteral("backup")).size(), 0);
    }

    void backUpNow_keepsTheNewestOfThisDatabase()
    {
        Setup s = makeSetup();
        s.settings->setBackupsKept(2);
        QVERIFY(QDir().mkpath(s.folder));
        QStringList older;
        {
            auto db = openOrFail(s.database);
            QVERIFY(db);
            for (int day = 1; day <= 3; ++day) {
                older << BackupService::automaticBackupPath(s.folder, s.database, QDateTime(QDate(2026, 1, day), QTime(8, 0)));
                QVERIFY(BackupService::backup(*db, older.last()));
            }
        }
        // Another database's, older and named like ours; and a file nobody can read.
        Setup elsewhere = makeSetup();
        const QString other = QDir(s.folder).filePath(QStringLiteral("hiring-20251231-080000.shortlist"));
        {
            auto db = openOrFail(elsewhere.database);
            QVERIFY(BackupService::backup(*db, other));
        }
        const QString junk = QDir(s.folder).filePath(QStringLiteral("hiring-20251230-080000.shortlist"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();

        MainWindow window(*s.settings);
        QVERIFY(window.openDatabase(s.database));
        QVERIFY(backUpNow(window));
        const QList<BackupInfo> backups = BackupService::listBackups(s.folder, s.databaseId, s.database);
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.at(1).path, older.last());
        QVERIFY(QFileInfo::exists(other));
        QVERIFY(QFileInfo::exists(junk));
        QCOMPARE(BackupService::listBackups(s.folder, elsewhere.databaseId, elsewhere.database).size(), 1);
    }

    void automaticBackup_runsOnlyWhenDue()
    {
        Setup s = makeSetup();
        MainWindow window(*s.settings);
        QVERIFY(window.openDatabase(s.database));
        s.settings->setAutomaticBackups(false);
        QVERIFY(!window.backUpIfDue());
        s.settings->setAutomaticBackups(true);
        QSignalSpy finished(&window, &MainWindow::backupFinished);
        QVERIFY(window.backUpIfDue());
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Automatic backup saved to")));
        const QList<AuditEntry> logged = audited(*window.database(), QStringLiteral("backup"));
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.first().detail.endsWith(QStringLiteral(".shortlist; automatic")), qPrintable(logged.first().detail));
        // The newest is younger than the interval: nothing to do.
        QVERIFY(!window.backUpIfDue());
        QCOMPARE(BackupService::listBackups(s.folder, s.databaseId, s.database).size(), 1);
    }

    void restoreDialog_listsTheBackups_andRestoresAfterAsking()
    {
        Setup s = makeSetup();
        MainWindow window(*s.settings);
        window.show();
        QVERIFY(window.openDatabase(s.database));
        QVERIFY(backUpNow(window));
        // A change after the backup, which the restore takes back.
        addCandidate(*window.database(), scalar(*window.database(), QStringLiteral("SELECT min(id) FROM openings")),
                     QStringLiteral("Carla Dias"));
        QCOMPARE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM candidates")), 3);

        trigger(window, "actionRestoreBackup");
        BackupsDialog *dialog = window.backupsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        if (const QByteArray grabTo = qgetenv("SHORTLIST_TEST_GRAB"); !grabTo.isEmpty())
            dialog->grab().save(QString::fromLocal8Bit(grabTo) + QStringLiteral("/backupsdialog.png"));
        QCOMPARE(dialog->backupList()->topLevelItemCount(), 1);
        QVERIFY(dialog->backupList()->topLevelItem(0)->text(0).startsWith(QStringLiteral("Today, ")));
        const QString backup = BackupService::listBackups(s.folder, s.databaseId, s.database).first().path;
        QCOMPARE(dialog->backupList()->topLevelItem(0)->text(1), BackupsDialog::describeSize(QFileInfo(backup).size()));
        QVERIFY(dialog->backupList()->topLevelItem(0)->text(1).endsWith(QStringLiteral(" kB")));
        QCOMPARE(dialog->selectedBackup(), backup);   // the newest is preselected

        // "No" changes nothing.
        Prompts::setNextAnswer(QMessageBox::Cancel);
        dialog->selectBackup(0);
        dialog->restoreSelected();
        QVERIFY(window.database());
        QCOMPARE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM candidates")), 3);
        QVERIFY2(Prompts::lastMessage().startsWith(QStringLiteral("Replace hiring.shortlist with the backup of today, ")), qPrintable(Prompts::lastMessage()));

        QSignalSpy restored(&window, &MainWindow::restoreFinished);
        Prompts::setNextAnswer(QMessageBox::Yes);
        dialog->restoreSelected();
        QVERIFY(restored.wait(30000));
        QVERIFY2(restored.first().at(0).toBool(), qPrintable(restored.first().at(1).toString()));
        QVERIFY(window.database());
        QCOMPARE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM candidates")), 2);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("before-restore")));
        QTRY_VERIFY(!window.backupsDialog());
        const QStringList safety = QDir(QFileInfo(s.database).absolutePath()).entryList({QStringLiteral("hiring.before-restore-*.shortlist")});
        QCOMPARE(safety.size(), 1);
        // Recorded in the restored database: the backup's own entry, then the restore's.
        QCOMPARE(audited(*window.database(), QStringLiteral("backup")).size(), 0);
        const QList<AuditEntry> restores = audited(*window.database(), QStringLiteral("restore"));
        QCOMPARE(restores.size(), 1);
        QCOMPARE(restores.first().entity, QStringLiteral("database"));
        QCOMPARE(restores.first().detail,
                 QStringLiteral("from %1; previous file kept as %2").arg(QFileInfo(backup).fileName(), safety.first()));
        auto kept = openOrFail(QFileInfo(s.database).absoluteDir().filePath(safety.first()));
        QVERIFY(kept);
        QCOMPARE(scalar(*kept, QStringLiteral("SELECT count(*) FROM candidates")), 3);
    }

    void restoreDialog_editsTheAutomaticBackupSettings()
    {
        Setup s = makeSetup();
        BackupsDialog dialog(*s.settings, s.database, s.databaseId);
        QSignalSpy changed(&dialog, &BackupsDialog::settingsChanged);
        QCOMPARE(dialog.backupList()->topLevelItemCount(), 0);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("backupsEmpty"))->isHidden());
        dialog.setAutomatic(false);
        dialog.setIntervalHours(6);
        dialog.setKept(3);
        const QString folder = m_dir.filePath(QStringLiteral("chosen"));
        dialog.setFolder(folder);
        QVERIFY(changed.count() >= 4);
        QVERIFY(!s.settings->automaticBackups());
        QCOMPARE(s.settings->backupIntervalHours(), 6);
        QCOMPARE(s.settings->backupsKept(), 3);
        QCOMPARE(s.settings->backupFolder(), folder);
        QVERIFY(!dialog.findChild<QSpinBox *>(QStringLiteral("backupInterval"))->isEnabled());
        // Another folder lists its own backups.
        QVERIFY(QDir().mkpath(folder));
        {
            auto db = openOrFail(s.database);
            QVERIFY(BackupService::backup(*db, BackupService::automaticBackupPath(folder, s.database, QDateTime(QDate(2026, 3, 2), QTime(9, 30)))));
        }
        dialog.reload();
        QCOMPARE(dialog.backupList()->topLevelItemCount(), 1);
        QVERIFY(dialog.selectedBackup().endsWith(QStringLiteral("hiring-20260302-093000.shortlist")));
    }

    void restoreDialog_listsThisDatabasesBackupsOnly_andSaysWhatElseIsThere()
    {
        Setup s = makeSetup();
        Setup other = makeSetup();
        QVERIFY(QDir().mkpath(s.folder));
        {
            // Ours under an earlier name, theirs under ours.
            auto db = openOrFail(s.database);
            QVERIFY(BackupService::backup(*db, QDir(s.folder).filePath(QStringLiteral("before-rename-20260401-100000.shortlist"))));
            auto theirs = openOrFail(other.database);
            QVERIFY(BackupService::backup(*theirs, QDir(s.folder).filePath(QStringLiteral("hiring-20260402-100000.shortlist"))));
            QVERIFY(BackupService::backup(*theirs, QDir(s.folder).filePath(QStringLiteral("hiring-20260403-100000.shortlist"))));
        }
        QFile junk(QDir(s.folder).filePath(QStringLiteral("hiring-20260404-100000.shortlist")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();

        BackupsDialog dialog(*s.settings, s.database, s.databaseId);
        QCOMPARE(dialog.backupList()->topLevelItemCount(), 1);
        QVERIFY(dialog.selectedBackup().endsWith(QStringLiteral("before-rename-20260401-100000.shortlist")));
        auto *others = dialog.findChild<QLabel *>(QStringLiteral("backupsOthers"));
        QVERIFY(others);
        QVERIFY(!others->isHidden());
        QVERIFY2(others->text().contains(QStringLiteral("Not listed: 2 backups made from other databases, kept in this folder")), qPrintable(others->text()));
        QVERIFY2(others->text().contains(QStringLiteral("Skipped, and never deleted: 1 file named like backups")), qPrintable(others->text()));
        QVERIFY(junk.exists());
    }

    void restoreFromFile_anotherDatabasesBackup_asksNamingBoth()
    {
        Setup s = makeSetup();
        Setup other = makeSetup();
        const QString theirs = m_dir.filePath(QStringLiteral("laptop-hiring-20260501-100000.shortlist"));
        {
            auto db = openOrFail(other.database);
            addCandidate(*db, scalar(*db, QStringLiteral("SELECT min(id) FROM openings")), QStringLiteral("Dora Fonseca"));
            QVERIFY(BackupService::backup(*db, theirs));
        }
        MainWindow window(*s.settings);
        window.show();
        QVERIFY(window.openDatabase(s.database));
        trigger(window, "actionRestoreBackup");
        BackupsDialog *dialog = window.backupsDialog();
        QVERIFY(dialog);

        // "Cancel" changes nothing; the question names the backup and the database.
        Prompts::setNextFileName(theirs);
        Prompts::setNextAnswer(QMessageBox::Cancel);
        dialog->restoreFromFile();
        QVERIFY2(Prompts::lastMessage().startsWith(QStringLiteral("laptop-hiring-20260501-100000.shortlist is a backup of another database, "
                                                                  "not of hiring.shortlist.")),
                 qPrintable(Prompts::lastMessage()));
        QVERIFY(window.database());
        QCOMPARE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM candidates")), 2);

        QSignalSpy restored(&window, &MainWindow::restoreFinished);
        Prompts::setNextFileName(theirs);
        Prompts::setNextAnswer(QMessageBox::Yes);
        dialog->restoreFromFile();
        QVERIFY(restored.wait(30000));
        QVERIFY2(restored.first().at(0).toBool(), qPrintable(restored.first().at(1).toString()));
        QCOMPARE(scalar(*window.database(), QStringLiteral("SELECT count(*) FROM candidates WHERE name = 'Dora Fonseca'")), 1);
        const QList<AuditEntry> restores = audited(*window.database(), QStringLiteral("restore"));
        QCOMPARE(restores.size(), 1);
        QVERIFY2(restores.first().detail.startsWith(QStringLiteral("from laptop-hiring-20260501-100000.shortlist, a backup of another database; ")),
                 qPrintable(restores.first().detail));

        // Its own backup from a file asks the usual question.
        const QString ours = m_dir.filePath(QStringLiteral("own-copy.shortlist"));
        QVERIFY(BackupService::backup(*window.database(), ours));
        Prompts::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.restoreFromBackup(ours));
        QVERIFY2(Prompts::lastMessage().startsWith(QStringLiteral("Replace hiring.shortlist with the backup of ")), qPrintable(Prompts::lastMessage()));
    }
};

QTEST_MAIN(TestBackupsUi)
#include "tst_backupsui.moc"
