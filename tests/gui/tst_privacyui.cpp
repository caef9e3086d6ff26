// Privacy in the window: the candidate panel's Privacy tab (consent, legal
// basis, retention date; validation under each field; audited save), the
// retention policy dialog (its preview is PrivacyRepository::preview, and Run
// anonymises exactly those), Candidate › Anonymise… and Erase… (reason,
// strong confirmation, reload, storage purge) and Export Candidate Data…;
// the retention reminder once per session.

#include "../common/pdftools.h"
#include "../common/privacyfixture.h"

#include "demo/demogenerator.h"
#include "dialogs/prompts.h"
#include "dialogs/retentiondialog.h"
#include "formats/subjectaccess.h"
#include "mainwindow.h"
#include "repositories/candidaterepository.h"
#include "repositories/privacyrepository.h"
#include "settings.h"
#include "views/pipelineview.h"
#include "widgets/privacypanel.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTimeZone>
#include <QUndoStack>

using namespace shortlist;
using namespace shortlist::test;
namespace subject = shortlist::test::privacy;

namespace {

const QDateTime asOf(QDate(2026, 6, 1), QTime(17, 0), QTimeZone::utc());

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QHash<qint64, QString> names(Database &db)
{
    QHash<qint64, QString> result;
    SqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT id, name FROM candidates"))) {
        while (q.next())
            result.insert(q.int64(0), q.value(1).toString());
    }
    return result;
}

QList<qint64> sorted(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

class TestPrivacyUi : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_files = 0;

    // A database with the privacy fixture's subject (rejected, with notes,
    // interviews, scorecards, an attachment) and an active candidate.
    struct Fixture {
        QString path;
        subject::Subject s;
        qint64 openingId = 0;
        NewApplication active;
    };

    bool makeFixture(Fixture &f)
    {
        f.path = m_dir.filePath(QStringLiteral("privacy-%1.shortlist").arg(++m_files));
        auto db = createDatabase(f.path);
        if (!db)
            return false;
        f.openingId = createOpening(*db);
        const QString problem = subject::buildSubject(*db, f.openingId, f.s);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
        f.active = addCandidate(*db, f.openingId, QStringLiteral("Active Applicant"));
        return f.active.candidateId > 0;
    }

    // The window on the fixture with `candidateId` in the panel.
    static bool show(MainWindow &window, const Fixture &f, qint64 applicationId)
    {
        if (!window.openDatabase(f.path) || !window.selectOpening(f.openingId))
            return false;
        window.pipelineView()->setIncludeClosed(true);
        window.pipelineView()->selectApplication(applicationId);
        return window.currentApplicationId() == applicationId;
    }

    static QAction *action(QWidget &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }

    QString copyOfDemo()
    {
        const QString path = m_dir.filePath(QStringLiteral("demo-%1.shortlist").arg(++m_files));
        return QFile::copy(m_demo, path) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions options;
        options.candidates = 250;
        options.seed = 5;
        options.asOf = asOf;
        Result<DemoSummary> demo = DemoGenerator::generate(m_demo, options);
        QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    }

    // ------------------------------------------------------------ the Privacy tab

    void privacyTab_savesConsent_auditedAndTheProfileStillSaves()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        AppSettings settings(m_dir.filePath(QStringLiteral("tab.ini")));
        settings.setUserName(QStringLiteral("Dana Protector"));
        MainWindow window(settings);
        QVERIFY(show(window, f, f.active.applicationId));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("candidateTabs"));
        QCOMPARE(tabs->tabText(tabs->indexOf(window.privacyPanel())), QStringLiteral("Privacy"));
        PrivacyPanel *panel = window.privacyPanel();
        QCOMPARE(panel->candidateId(), f.active.candidateId);
        QVERIFY(!panel->isAnonymised());
        Database &db = *window.database();

        auto *save = panel->findChild<QPushButton *>(QStringLiteral("saveConsentButton"));
        QVERIFY(!save->isEnabled());
        panel->setLegalBasisText(QStringLiteral("legitimate interest"));   // typed, not chosen
        panel->setConsentDate(QDate(2026, 1, 15));
        panel->setRetainUntil(QDate(2027, 12, 31));
        QVERIFY(panel->isModified());
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY2(!panel->isModified(), qPrintable(panel->errorText(QString()) + panel->errorText(QStringLiteral("basis"))));
        const ConsentRecord stored = PrivacyRepository(db).consent(f.active.candidateId).value();
        QCOMPARE(stored.basis, LegalBasis::LegitimateInterest);
        QCOMPARE(stored.storedBasis, QStringLiteral("legitimate_interest"));
        QCOMPARE(stored.consentOn, QDate(2026, 1, 15));
        QCOMPARE(stored.retainUntil, QDate(2027, 12, 31));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'consent' AND entity_id = %1 AND actor = 'Dana Protector'")
                                .arg(f.active.candidateId)),
                 qint64(1));

        // The profile took the new version: an edit saves, not "changed by someone else".
        auto *email = window.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        email->setText(QStringLiteral("active@example.org"));
        Q_EMIT email->textEdited(email->text());
        Prompts::clearLastMessage();
        window.findChild<QPushButton *>(QStringLiteral("saveProfileButton"))->click();
        QCOMPARE(CandidateRepository(db).load(f.active.candidateId)->email, QStringLiteral("active@example.org"));
        QVERIFY2(Prompts::lastMessage().isEmpty(), qPrintable(Prompts::lastMessage()));
        QCOMPARE(PrivacyRepository(db).consent(f.active.candidateId)->basis, LegalBasis::LegitimateInterest);   // kept

        // Cleared dates are stored as not recorded.
        panel->setLegalBasisText(QStringLiteral("Not recorded"));
        panel->setConsentDate(QDate());
        panel->setRetainUntil(QDate());
        QVERIFY(panel->save());
        QVERIFY(!PrivacyRepository(db).consent(f.active.candidateId)->consentOn.isValid());
        QCOMPARE(PrivacyRepository(db).consent(f.active.candidateId)->basis, LegalBasis::Unset);
    }

    void privacyTab_showsEachProblemUnderItsField_andSavesNothing_data()
    {
        QTest::addColumn<QString>("basis");
        QTest::addColumn<QDate>("consentOn");
        QTest::addColumn<QDate>("retainUntil");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        const QDate today = QDate::currentDate();
        QTest::newRow("consent in the future") << QStringLiteral("Consent") << today.addDays(3) << QDate() << QStringLiteral("consentOn")
                                               << QStringLiteral("in the future");
        QTest::newRow("consent without its date") << QStringLiteral("Consent") << QDate() << QDate() << QStringLiteral("consentOn")
                                                  << QStringLiteral("needs the date");
        QTest::newRow("a date without a basis") << QString() << QDate(2026, 1, 2) << QDate() << QStringLiteral("basis")
                                                << QStringLiteral("Choose the legal basis");
        QTest::newRow("kept until before consent") << QStringLiteral("Contract") << QDate(2026, 3, 1) << QDate(2026, 2, 1)
                                                   << QStringLiteral("retainUntil") << QStringLiteral("before the consent date");
        QTest::newRow("kept for ever") << QStringLiteral("Contract") << QDate(2026, 3, 1) << today.addYears(11) << QStringLiteral("retainUntil")
                                       << QStringLiteral("at most 10 years");
        QTest::newRow("a basis no one knows") << QStringLiteral("gut feeling") << QDate(2026, 3, 1) << QDate() << QStringLiteral("basis")
                                              << QStringLiteral("“gut feeling” is not a legal basis");
    }

    void privacyTab_showsEachProblemUnderItsField_andSavesNothing()
    {
        QFETCH(QString, basis);
        QFETCH(QDate, consentOn);
        QFETCH(QDate, retainUntil);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Fixture f;
        QVERIFY(makeFixture(f));
        AppSettings settings(m_dir.filePath(QStringLiteral("validation.ini")));
        MainWindow window(settings);
        QVERIFY(show(window, f, f.active.applicationId));
        Database &db = *window.database();
        const int version = PrivacyRepository(db).consent(f.active.candidateId)->version;
        const qint64 audits = scalar(db, QStringLiteral("SELECT count(*) FROM audit_log"));
        PrivacyPanel *panel = window.privacyPanel();
        panel->setLegalBasisText(basis);
        panel->setConsentDate(consentOn);
        panel->setRetainUntil(retainUntil);
        panel->findChild<QPushButton *>(QStringLiteral("saveConsentButton"))->click();
        QVERIFY2(panel->errorText(field).contains(message), qPrintable(field + QStringLiteral(": ") + panel->errorText(field)));
        QVERIFY(panel->isModified());
        QCOMPARE(PrivacyRepository(db).consent(f.active.candidateId)->version, version);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        // Leaving the candidate asks about the unsaved edits; Discard drops them.
        Prompts::setNextAnswer(QMessageBox::Discard);
        window.pipelineView()->selectApplication(f.s.applicationId);
        QCOMPARE(window.currentApplicationId(), f.s.applicationId);
        QVERIFY(!panel->isModified());
    }

    void privacyTab_withProfileEdits_savesTheProfileFirst()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        AppSettings settings(m_dir.filePath(QStringLiteral("both.ini")));
        MainWindow window(settings);
        QVERIFY(show(window, f, f.active.applicationId));
        Database &db = *window.database();
        auto *email = window.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        email->setText(QStringLiteral("both@example.org"));
        Q_EMIT email->textEdited(email->text());
        PrivacyPanel *panel = window.privacyPanel();
        panel->setLegalBasisText(QStringLiteral("Consent"));
        panel->setConsentDate(QDate(2026, 2, 2));
        Prompts::setNextAnswer(QMessageBox::Save);   // "Save your changes to the profile?"
        panel->findChild<QPushButton *>(QStringLiteral("saveConsentButton"))->click();
        QCOMPARE(CandidateRepository(db).load(f.active.candidateId)->email, QStringLiteral("both@example.org"));
        const ConsentRecord stored = PrivacyRepository(db).consent(f.active.candidateId).value();
        QCOMPARE(stored.basis, LegalBasis::Consent);
        QCOMPARE(stored.consentOn, QDate(2026, 2, 2));
        QVERIFY(!panel->isModified());
    }

    // ------------------------------------------------------------ retention policy

    void retentionDialog_previewIsTheRepositorys_andRunAnonymisesExactlyThose()
    {
        const QString path = copyOfDemo();
        auto db = openOrFail(path);
        QVERIFY(db);
        const RetentionPolicy policy{18, 12, false};
        const qint64 now = asOf.addMonths(18).toSecsSinceEpoch();
        const QList<RetentionCandidate> expected = PrivacyRepository(*db).preview(policy, now).value();
        QVERIFY(expected.size() >= 3);

        RetentionDialog dialog(*db);
        dialog.setNow(now);
        dialog.setPolicy(RetentionPolicy{0, 0, false});
        QVERIFY(dialog.problem().contains(QStringLiteral("at least one rule")));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("previewButton"))->isEnabled());
        dialog.setPolicy(policy);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(!dialog.run());   // nothing previewed yet
        QSignalSpy previewed(&dialog, &RetentionDialog::previewFinished);
        dialog.preview();
        QVERIFY(previewed.wait(20000));
        QCOMPARE(previewed.constLast().at(0).toInt(), int(expected.size()));
        QCOMPARE(dialog.previewed().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(dialog.previewed().at(i).candidateId, expected.at(i).candidateId);
            QCOMPARE(dialog.previewed().at(i).name, expected.at(i).name);
            QCOMPARE(dialog.previewed().at(i).lastActivity, expected.at(i).lastActivity);
            QCOMPARE(dialog.previewed().at(i).reason, expected.at(i).reason);
        }
        QVERIFY(dialog.statusText().contains(QString::number(expected.size())));

        // Cancelling the confirmation changes nothing.
        const QHash<qint64, QString> before = names(*db);
        Prompts::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!dialog.run());
        QVERIFY2(Prompts::lastMessage().contains(QString::number(expected.size())), qPrintable(Prompts::lastMessage()));
        QCOMPARE(names(*db), before);

        Prompts::setNextAnswer(QMessageBox::Yes);
        QSignalSpy ran(&dialog, &RetentionDialog::runFinished);
        QVERIFY(dialog.run());
        QVERIFY(dialog.isRunning());
        QVERIFY(ran.wait(60000));
        QVERIFY2(ran.constLast().at(0).toBool(), qPrintable(dialog.statusText()));
        const PrivacyResult result = ran.constLast().at(1).value<PrivacyResult>();
        QList<qint64> expectedIds;
        for (const RetentionCandidate &r : expected)
            expectedIds << r.candidateId;
        QCOMPARE(sorted(result.candidateIds), sorted(expectedIds));
        const QHash<qint64, QString> after = names(*db);
        QList<qint64> changed;
        for (auto it = before.constBegin(); it != before.constEnd(); ++it) {
            if (after.value(it.key()) != it.value())
                changed << it.key();
        }
        QCOMPARE(sorted(changed), sorted(expectedIds));
        QVERIFY(dialog.statusText().contains(QString::number(expected.size())));
        // The policy as run is the database's now, the run is recorded and audited once.
        QCOMPARE(PrivacyRepository(*db).policy().value(), policy);
        QCOMPARE(**PrivacyRepository(*db).lastRun(), now);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'retention-run'")), qint64(1));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("runButton"))->isEnabled());   // preview again first
    }

    void retentionReminder_showsOncePerSession_andNotAfterARun()
    {
        AppSettings settings(m_dir.filePath(QStringLiteral("reminder.ini")));
        MainWindow window(settings);
        auto *notice = window.findChild<QWidget *>(QStringLiteral("retentionNotice"));
        // The check runs on a worker; the window is usable meanwhile.
        QSignalSpy checked(&window, &MainWindow::retentionCheckFinished);
        const auto openAndCheck = [&](const QString &path) {
            checked.clear();
            if (!window.openDatabase(path))
                return false;
            if (checked.isEmpty() && !checked.wait(60000))
                return false;
            return checked.size() == 1;
        };
        // Never run, but nobody old enough for the default policy: no reminder.
        const QString young = copyOfDemo();
        QVERIFY(openAndCheck(young));
        QCOMPARE(checked.constFirst().at(0).toBool(), false);
        QVERIFY(notice->isHidden());

        // A policy that finds people, never run: reminded, with how many.
        const QString path = copyOfDemo();
        qint64 affected = 0;
        {
            auto db = openOrFail(path);
            QVERIFY(!PrivacyRepository(*db).setPolicy(RetentionPolicy{24, 1, false}));
            affected = PrivacyRepository(*db).preview(RetentionPolicy{24, 1, false}, QDateTime::currentSecsSinceEpoch())->size();
            QVERIFY(affected > 0);
            QCOMPARE(PrivacyRepository(*db).countDue(RetentionPolicy{24, 1, false}, QDateTime::currentSecsSinceEpoch()).value(), affected);
        }
        QVERIFY(openAndCheck(path));
        QCOMPARE(checked.constFirst().at(0).toBool(), true);
        QVERIFY(!notice->isHidden());
        const QString text = window.findChild<QLabel *>(QStringLiteral("retentionNoticeLabel"))->text();
        QVERIFY2(text.contains(QStringLiteral("never been run")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("anonymise %1 candidate").arg(affected)), qPrintable(text));
        window.findChild<QPushButton *>(QStringLiteral("retentionDismissButton"))->click();
        QVERIFY(notice->isHidden());
        QVERIFY(openAndCheck(path));
        QCOMPARE(checked.constFirst().at(0).toBool(), false);
        QVERIFY(notice->isHidden());   // once per session

        const QString ran = copyOfDemo();
        {
            auto db = openOrFail(ran);
            QVERIFY(PrivacyRepository(*db).apply(RetentionPolicy{240, 0, false}, QDateTime::currentSecsSinceEpoch(), QStringLiteral("dpo")));
        }
        QVERIFY(openAndCheck(ran));
        QCOMPARE(checked.constFirst().at(0).toBool(), false);
        QVERIFY(notice->isHidden());
    }

    // ------------------------------------------------------------ anonymise and erase

    void anonymise_asksForAReason_refusesActiveOnes_andReloads()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        AppSettings settings(m_dir.filePath(QStringLiteral("anonymise.ini")));
        MainWindow window(settings);
        QVERIFY(show(window, f, f.active.applicationId));
        Database &db = *window.database();

        // An active application: refused before any question.
        Prompts::clearLastMessage();
        action(window, "actionAnonymiseCandidate")->trigger();
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("active application")), qPrintable(Prompts::lastMessage()));
        QVERIFY(!window.isPrivacyWorkRunning());

        window.pipelineView()->selectApplication(f.s.applicationId);
        QCOMPARE(window.currentCandidateId(), f.s.candidateId);
        // Cancelling the reason changes nothing.
        Prompts::setNextItem(std::nullopt);
        action(window, "actionAnonymiseCandidate")->trigger();
        QVERIFY(!window.isPrivacyWorkRunning());
        QVERIFY(!*PrivacyRepository(db).isAnonymised(f.s.candidateId));

        // An undoable edit first: its step holds the personal data.
        auto *email = window.findChild<QLineEdit *>(QStringLiteral("emailEdit"));
        email->setText(QStringLiteral("thorhildur@elsewhere.example"));
        Q_EMIT email->textEdited(email->text());
        window.findChild<QPushButton *>(QStringLiteral("saveProfileButton"))->click();
        QCOMPARE(window.undoStack()->count(), 1);
        // Another program reading the file keeps its old pages from being cleared.
        Result<std::unique_ptr<Database>> reader = Database::openSqliteReader(f.path, QStringLiteral("another program"));
        QVERIFY(reader);
        SqlQuery hold(**reader);
        QVERIFY(hold.exec(QStringLiteral("BEGIN")));
        QVERIFY(hold.exec(QStringLiteral("SELECT count(*) FROM candidates")) && hold.next());

        QSignalSpy finished(&window, &MainWindow::privacyWorkFinished);
        Prompts::setNextItem(QStringLiteral("Candidate request"));
        action(window, "actionAnonymiseCandidate")->trigger();
        QVERIFY(window.isPrivacyWorkRunning());
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constLast().at(0).toBool(), qPrintable(finished.constLast().at(1).toString()));
        QVERIFY(window.isStoragePurgePending());
        QVERIFY2(finished.constLast().at(1).toString().contains(QStringLiteral("Another program")), qPrintable(finished.constLast().at(1).toString()));
        hold.finish();
        QVERIFY(hold.exec(QStringLiteral("COMMIT")));
        QVERIFY(*PrivacyRepository(db).isAnonymised(f.s.candidateId));
        QCOMPARE(text(db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'anonymise' AND entity_id = %1").arg(f.s.candidateId))
                     .section(QStringLiteral("reason: "), 1),
                 QStringLiteral("Candidate request"));
        // The window shows what is stored now.
        QCOMPARE(window.currentCandidateId(), f.s.candidateId);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("candidateTitle"))->text().contains(QStringLiteral("Anonymised C-")));
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("emailEdit"))->text(), QString());
        QVERIFY(window.privacyPanel()->isAnonymised());
        QVERIFY(window.privacyPanel()->statusText().contains(QStringLiteral("Anonymised")));
        QVERIFY(!action(window, "actionAnonymiseCandidate")->isEnabled());
        QCOMPARE(window.undoStack()->count(), 0);
        // Retried in the background once the reader is gone; the file then holds no trace.
        window.retryStoragePurge();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isStoragePurgePending(), 20000);
        const QByteArray raw = fileBytes(f.path) + fileBytes(f.path + QStringLiteral("-wal"));
        for (const QString &secret : {subject::email, QStringLiteral("Quispelwyn"), subject::noteWord})
            QVERIFY2(!raw.contains(secret.toUtf8()), qPrintable(secret));
    }

    void erase_needsTheNameOrErase_thenLeavesNoTrace()
    {
        Fixture f;
        QVERIFY(makeFixture(f));
        AppSettings settings(m_dir.filePath(QStringLiteral("erase.ini")));
        MainWindow window(settings);
        QVERIFY(show(window, f, f.s.applicationId));
        Database &db = *window.database();

        // The wrong word: nothing happens.
        Prompts::setNextItem(QStringLiteral("erase it"));
        action(window, "actionEraseCandidate")->trigger();
        QVERIFY(Prompts::lastMessage().contains(QStringLiteral("Nothing was erased")));
        QVERIFY(!window.isPrivacyWorkRunning());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates WHERE id = %1").arg(f.s.candidateId)), qint64(1));

        // The question explains that it cannot be undone and that backups keep the data.
        QSignalSpy finished(&window, &MainWindow::privacyWorkFinished);
        Prompts::setNextItem(subject::name.toUpper());   // their name, in any case
        action(window, "actionEraseCandidate")->trigger();
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("cannot be undone")) && Prompts::lastMessage().contains(QStringLiteral("Backups")),
                 qPrintable(Prompts::lastMessage()));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.constLast().at(0).toBool(), qPrintable(finished.constLast().at(1).toString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates WHERE id = %1").arg(f.s.candidateId)), qint64(0));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'erase' AND entity_id = %1").arg(f.s.candidateId)), qint64(1));
        QCOMPARE(window.currentCandidateId(), qint64(0));
        QCOMPARE(window.privacyPanel()->candidateId(), qint64(0));

        // Once the window's own reads are done the file and its WAL hold no trace.
        QTRY_VERIFY_WITH_TIMEOUT(!window.isStoragePurgePending(), 10000);
        const QByteArray raw = fileBytes(f.path) + fileBytes(f.path + QStringLiteral("-wal"));
        for (const QString &secret : {subject::email, QStringLiteral("Quispelwyn"), subject::noteWord})
            QVERIFY2(!raw.contains(secret.toUtf8()), qPrintable(secret));

        // ERASE works too, active application or not.
        window.pipelineView()->selectApplication(f.active.applicationId);
        QCOMPARE(window.currentCandidateId(), f.active.candidateId);
        Prompts::setNextItem(QStringLiteral("ERASE"));
        action(window, "actionEraseCandidate")->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM candidates WHERE id = %1").arg(f.active.candidateId)), qint64(0));
    }

    // ------------------------------------------------------------ subject access

    void exportCandidateData_writesTheJsonThePdfAndTheFiles()
    {
        SHORTLIST_REQUIRE_TOOL(havePdfTools(), QStringLiteral("needs poppler-utils and qpdf"));
        Fixture f;
        QVERIFY(makeFixture(f));
        AppSettings settings(m_dir.filePath(QStringLiteral("export.ini")));
        MainWindow window(settings);
        QVERIFY(show(window, f, f.s.applicationId));
        Database &db = *window.database();
        const QString folder = m_dir.filePath(QStringLiteral("export-%1").arg(++m_files));
        Prompts::setNextFileName(folder);
        action(window, "actionExportCandidateData")->trigger();
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("candidate-%1.pdf").arg(f.s.candidateId)), qPrintable(Prompts::lastMessage()));

        const QString json = QDir(folder).filePath(QStringLiteral("candidate-%1.json").arg(f.s.candidateId));
        const QString pdf = QDir(folder).filePath(QStringLiteral("candidate-%1.pdf").arg(f.s.candidateId));
        const QJsonObject written = QJsonDocument::fromJson(fileBytes(json)).object();
        QCOMPARE(written.value(QStringLiteral("format")).toString(), QStringLiteral("shortlist-subject-access"));
        QCOMPARE(written.value(QStringLiteral("candidate")).toObject().value(QStringLiteral("email")).toString(), subject::email);
        QCOMPARE(qpdfCheck(pdf).exitCode, 0);
        const QString pages = pdfPages(pdf).join(QLatin1Char('\n'));
        QVERIFY(pages.contains(subject::name));
        QVERIFY(pages.contains(subject::email));
        const QString attachment = QDir(folder).filePath(QStringLiteral("candidate-%1-attachment-%2-quispelwyn-cv.txt").arg(f.s.candidateId).arg(f.s.attachmentId));
        QVERIFY(fileBytes(attachment).contains("Wexmoorian"));
        QCOMPARE(QFile::permissions(json) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity_id = %1").arg(f.s.candidateId)),
                 qint64(1));
    }
};

QTEST_MAIN(TestPrivacyUi)
#include "tst_privacyui.moc"
