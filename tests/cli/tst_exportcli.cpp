// `shortlist export candidate` without a display: the folder gets the subject
// access JSON (exactly SubjectAccessExport::toJson), a readable PDF naming the
// candidate, their email and every application's opening, and their attached
// files, and the export is audited; every error exits with its code (2 usage,
// 3 not found, 4 unreadable database or unwritable folder), says what to do
// on stderr and writes nothing.

#include "../common/clirun.h"
#include "../common/pdftools.h"
#include "../common/privacyfixture.h"

#include "formats/subjectaccess.h"
#include "repositories/applicationrepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace shortlist;
using namespace shortlist::test;
namespace subject = shortlist::test::privacy;

class TestExportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    subject::Subject m_subject;
    QStringList m_openings;        // the subject's applications' openings
    QString m_sharedEmail;         // two candidates have it
    int m_runs = 0;

    QString out(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    CliRun exportCandidate(const QString &candidate, const QString &folder)
    {
        return runShortlist({QStringLiteral("export"), QStringLiteral("candidate"), QStringLiteral("--database"), m_path, QStringLiteral("--candidate"),
                             candidate, QStringLiteral("--output"), folder});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = out(QStringLiteral("privacy.shortlist"));
        auto db = createDatabase(m_path);
        QVERIFY(db);
        const qint64 opening = createOpening(*db);
        const QString problem = subject::buildSubject(*db, opening, m_subject);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A second application, to another opening.
        const qint64 other = createOpening(*db, QStringLiteral("cloud-platform-tech-lead"));
        QVERIFY(other);
        const qint64 stage = scalar(*db, QStringLiteral("SELECT id FROM stages WHERE opening_id = %1 ORDER BY position LIMIT 1").arg(other));
        QVERIFY(ApplicationRepository(*db).create(m_subject.candidateId, other, stage, 1'771'000'000));
        const QList<CandidateApplication> applications = ApplicationRepository(*db).forCandidate(m_subject.candidateId).value();
        for (const CandidateApplication &a : applications)
            m_openings << a.openingTitle;
        QCOMPARE(m_openings.size(), 2);
        // Two people sharing one address.
        m_sharedEmail = QStringLiteral("family@example.net");
        for (const QString &name : {QStringLiteral("Ana Shared"), QStringLiteral("Bo Shared")}) {
            Candidate c = makeCandidate(name, m_sharedEmail);
            QVERIFY(Pipeline(*db).addCandidate(c, opening, 1'771'000'000));
        }
    }

    void export_byIdOrEmail_writesTheJsonThePdfAndTheFiles_data()
    {
        QTest::addColumn<bool>("byEmail");
        QTest::newRow("by id") << false;
        QTest::newRow("by email, another case") << true;
    }

    void export_byIdOrEmail_writesTheJsonThePdfAndTheFiles()
    {
        SHORTLIST_REQUIRE_TOOL(havePdfTools(), QStringLiteral("needs poppler-utils and qpdf"));
        QFETCH(bool, byEmail);
        const qint64 id = m_subject.candidateId;
        // What the export must say: the database as it is before the run (the
        // run then adds its own audit entry).
        QJsonObject expected;
        qint64 exportsBefore = 0;
        {
            auto db = openOrFail(m_path);
            QVERIFY(db);
            expected = SubjectAccessExport::toJson(*db, id).value();
            exportsBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity_id = %1").arg(id));
        }
        const QString folder = out(QStringLiteral("export-%1/nested").arg(++m_runs));   // created
        const CliRun run = exportCandidate(byEmail ? subject::email.toUpper() : QString::number(id), folder);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.outText().contains(QStringLiteral("candidate-%1.json").arg(id)));
        QVERIFY2(!run.err.contains(QStringLiteral("shortlist export")), qPrintable(run.err));   // no warning

        const QString json = QDir(folder).filePath(QStringLiteral("candidate-%1.json").arg(id));
        QJsonObject written = QJsonDocument::fromJson(fileBytes(json)).object();
        QVERIFY(!written.isEmpty());
        expected.insert(QStringLiteral("generated"), written.value(QStringLiteral("generated")));
        QCOMPARE(written, expected);

        const QString pdf = QDir(folder).filePath(QStringLiteral("candidate-%1.pdf").arg(id));
        QCOMPARE(qpdfCheck(pdf).exitCode, 0);
        const QString pdfText = pdfPages(pdf).join(QLatin1Char('\n'));
        QVERIFY2(pdfText.contains(subject::name), qPrintable(pdfText.left(400)));
        QVERIFY(pdfText.contains(subject::email));
        for (const QString &opening : std::as_const(m_openings))
            QVERIFY2(pdfText.contains(opening), qPrintable(opening));
        QVERIFY(pdfText.contains(QStringLiteral("Snorvaldic")));   // evidence and notes are theirs to see too
        QVERIFY(!pdfInfo(pdf).value(QStringLiteral("Author")).isEmpty() || qEnvironmentVariableIsEmpty("USER"));

        const QJsonArray attachments = written.value(QStringLiteral("attachments")).toArray();
        QCOMPARE(attachments.size(), 1);
        const QString file = QDir(folder).filePath(QStringLiteral("candidate-%1-attachment-%2-quispelwyn-cv.txt").arg(id).arg(m_subject.attachmentId));
        QCOMPARE(QString::fromLatin1(QCryptographicHash::hash(fileBytes(file), QCryptographicHash::Sha256).toHex()),
                 attachments.at(0).toObject().value(QStringLiteral("sha256")).toString());
        for (const QString &path : {json, pdf, file})
            QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther), QFile::Permissions());

        auto db = openOrFail(m_path);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND entity_id = %1").arg(id)), exportsBefore + 1);
        QVERIFY(!text(*db, QStringLiteral("SELECT detail FROM audit_log WHERE action = 'export' ORDER BY id DESC LIMIT 1")).contains(subject::email));
    }

    void errors_exitWithTheirCodeAndWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString db = QStringLiteral("DB");
        const QString dir = QStringLiteral("OUT");
        const QString c = QStringLiteral("--candidate");
        const QString d = QStringLiteral("--database");
        const QString o = QStringLiteral("--output");
        const QString kind = QStringLiteral("candidate");
        QTest::newRow("no kind") << QStringList{d, db, c, QStringLiteral("ID"), o, dir} << 2 << QStringLiteral("what to export");
        QTest::newRow("unknown kind") << QStringList{QStringLiteral("opening"), d, db, c, QStringLiteral("ID"), o, dir} << 2
                                      << QStringLiteral("unknown export “opening”");
        QTest::newRow("no database") << QStringList{kind, c, QStringLiteral("ID"), o, dir} << 2 << QStringLiteral("--database");
        QTest::newRow("no candidate") << QStringList{kind, d, db, o, dir} << 2 << QStringLiteral("--candidate ID|EMAIL");
        QTest::newRow("no output") << QStringList{kind, d, db, c, QStringLiteral("ID")} << 2 << QStringLiteral("--output DIR");
        QTest::newRow("bad page size") << QStringList{kind, d, db, c, QStringLiteral("ID"), o, dir, QStringLiteral("--page-size"), QStringLiteral("A3")}
                                       << 2 << QStringLiteral("A4 or Letter");
        QTest::newRow("unknown option") << QStringList{kind, d, db, c, QStringLiteral("ID"), o, dir, QStringLiteral("--everything")} << 2
                                        << QStringLiteral("everything");
        QTest::newRow("an email two candidates share") << QStringList{kind, d, db, c, QStringLiteral("SHARED"), o, dir} << 2
                                                       << QStringLiteral("give the id");
        QTest::newRow("unknown id") << QStringList{kind, d, db, c, QStringLiteral("987654"), o, dir} << 3 << QStringLiteral("No candidate");
        QTest::newRow("unknown email") << QStringList{kind, d, db, c, QStringLiteral("nobody@example.invalid"), o, dir} << 3
                                       << QStringLiteral("No candidate");
        QTest::newRow("missing database") << QStringList{kind, d, QStringLiteral("MISSING"), c, QStringLiteral("ID"), o, dir} << 3 << QString();
        QTest::newRow("not a database") << QStringList{kind, d, QStringLiteral("JUNK"), c, QStringLiteral("ID"), o, dir} << 4 << QString();
        QTest::newRow("output is a file") << QStringList{kind, d, db, c, QStringLiteral("ID"), o, QStringLiteral("AFILE")} << 4
                                          << QStringLiteral("is a file");
        QTest::newRow("output under a file") << QStringList{kind, d, db, c, QStringLiteral("ID"), o, QStringLiteral("UNDERFILE")} << 4
                                             << QStringLiteral("Cannot create the folder");
    }

    void errors_exitWithTheirCodeAndWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString folder = out(QStringLiteral("never-%1").arg(++m_runs));
        const QString junk = out(QStringLiteral("junk.shortlist"));
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        const QString aFile = out(QStringLiteral("a-file"));
        QFile plain(aFile);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        qint64 auditsBefore = 0;
        {
            auto db = openOrFail(m_path);
            auditsBefore = scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log"));
        }
        arguments.replaceInStrings(QStringLiteral("DB"), m_path);
        arguments.replaceInStrings(QStringLiteral("OUT"), folder);
        arguments.replaceInStrings(QStringLiteral("SHARED"), m_sharedEmail);
        arguments.replaceInStrings(QStringLiteral("MISSING"), out(QStringLiteral("missing.shortlist")));
        arguments.replaceInStrings(QStringLiteral("JUNK"), junk);
        arguments.replaceInStrings(QStringLiteral("UNDERFILE"), aFile + QStringLiteral("/inside"));
        arguments.replaceInStrings(QStringLiteral("AFILE"), aFile);
        for (QString &a : arguments) {
            if (a == QLatin1String("ID"))
                a = QString::number(m_subject.candidateId);
        }
        const CliRun run = runShortlist(QStringList{QStringLiteral("export")} + arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(folder));
        auto db = openOrFail(m_path);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), auditsBefore);
    }

    void help_listsOptionsAndExitCodes()
    {
        const CliRun run = runShortlist({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char *option : {"--database", "--candidate", "ID|EMAIL", "--output", "DIR", "--page-size", "Exit codes"})
            QVERIFY2(run.outText().contains(QLatin1String(option)), option);
        QVERIFY(runShortlist({QStringLiteral("--help")}).outText().contains(QStringLiteral("export candidate")));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
