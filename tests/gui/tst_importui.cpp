// The import wizard as a user drives it: the file's problems named on the
// first page, columns suggested, stage values and an ambiguous date order
// asked for, the check run in the background before anything is written, the
// import with its summary, and Import History undoing it.

#include "../common/testdb.h"

#include "dialogs/importwizard.h"
#include "dialogs/prompts.h"
#include "repositories/openingrepository.h"
#include "settings.h"
#include "translations.h"

#include <QSignalSpy>
#include <QtTest>

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
        QVERIFY(!history.undoRow(0));
        QCOMPARE(undone.size(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM candidates")), 0);
        QVERIFY(history.undoRow(0));   // already undone
    }
};

QTEST_MAIN(TestImportUi)
#include "tst_importui.moc"
