// `shortlist import`: every kind of bad file the issue lists gets a message
// that names the problem, its exit code, and leaves the database unchanged;
// a good file imports as one batch; --dry-run, --mapping, --on-duplicate,
// --date-order, --encoding and --allow-partial do what they say.

#include "../common/clirun.h"
#include "../common/testdb.h"

#include "import/importmapping.h"

#include <QJsonDocument>

using namespace shortlist;
using namespace shortlist::test;

class TestImportCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    int m_files = 0;

    QString writeFile(const QByteArray &content, const QString &suffix = QStringLiteral("csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("in-%1.%2").arg(++m_files).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    // What "unchanged" means: every table a failed import could touch.
    QString state()
    {
        auto db = openOrFail(m_db);
        if (!db)
            return {};
        QStringList counts;
        for (const char *table : {"candidates", "applications", "stage_events", "notes", "import_batches", "import_batch_items", "audit_log"})
            counts << QString::number(scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        return counts.join(QLatin1Char(','));
    }

    CliRun import(const QStringList &extra)
    {
        return runShortlist(QStringList{QStringLiteral("import"), QStringLiteral("--database"), m_db, QStringLiteral("--opening"),
                                        QStringLiteral("Big Data Tech Lead")}
                            + extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("target.shortlist"));
        auto db = createDatabase(m_db);
        QVERIFY(db);
        QVERIFY(createOpening(*db));
    }

    void badFiles_namedExitCodeAndNothingWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty file") << QByteArray() << 5 << QStringLiteral("empty");
        QTest::newRow("header only") << QByteArray("Name,Email\n") << 5 << QStringLiteral("no candidates");
        QTest::newRow("unterminated quote") << QByteArray("Name,Email\nAda,ada@example.org\n\"Grace,grace@example.org\n") << 5
                                            << QStringLiteral("line 3");
        QTest::newRow("mixed delimiters") << QByteArray("Name,Email,Phone\nAda,a@example.org,1\nGrace;g@example.org;2\nKate;k@example.org;3\n"
                                                        "Mary;m@example.org;4\n")
                                          << 5 << QStringLiteral("line");
        QTest::newRow("ragged rows") << QByteArray("Name,Email,Phone\nAda,a@example.org,1\nGrace,g@example.org\n") << 5 << QStringLiteral("line 3");
        // Valid UTF-8 for the first 64 KB Shortlist sniffs, then a byte that is not.
        QByteArray utf8("Name,Email\n");
        for (int i = 0; utf8.size() < 70 * 1024; ++i)
            utf8 += "Zoë " + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.org\n";
        QTest::newRow("invalid UTF-8") << utf8 + QByteArray("Broken \xff\xfe Name,broken@example.org\n") << 5 << QStringLiteral("UTF-8");
        QTest::newRow("binary junk") << QByteArray("\x00\x01\x02\x03\x04\x05garbage\x00\x00\x07", 16) + QByteArray(500, '\0') << 5 << QString();
        QTest::newRow("a 10 MB field") << QByteArray("Name,Notes\nAda,\"") + QByteArray(10 * 1024 * 1024, 'x') + QByteArray("\"\n") << 5
                                       << QStringLiteral("line 2");
        QByteArray wide("Name");
        for (int i = 1; i < 1000; ++i)
            wide += ",c" + QByteArray::number(i);
        QTest::newRow("1,000 columns") << wide + "\n" << 5 << QStringLiteral("256 columns");
        QTest::newRow("duplicate headers") << QByteArray("Name,Email,email\nAda,a@example.org,b@example.org\n") << 5 << QStringLiteral("mail");
        QTest::newRow("no name column") << QByteArray("Company,Phone\nAcme,12345678\n") << 5 << QStringLiteral("name");
        QTest::newRow("ambiguous dates") << QByteArray("Name,Applied\nAda,03/04/2026\nGrace,05/06/2026\n") << 5 << QStringLiteral("--date-order");
        QTest::newRow("really an xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00\x08\x00", 10) + QByteArray(300, 'z') << 5 << QStringLiteral("xlsx");
    }

    void badFiles_namedExitCodeAndNothingWritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString before = state();
        const CliRun run = import({writeFile(content)});
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.trimmed().isEmpty());
        QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(state(), before);
    }

    void usageAndNotFound_haveTheirCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no file") << QStringList{QStringLiteral("import"), QStringLiteral("--database"), QStringLiteral("DB"), QStringLiteral("--opening"),
                                                QStringLiteral("1")}
                                 << 2;
        QTest::newRow("no opening") << QStringList{QStringLiteral("import"), QStringLiteral("--database"), QStringLiteral("DB"), QStringLiteral("CSV")} << 2;
        QTest::newRow("unknown encoding") << QStringList{QStringLiteral("import"), QStringLiteral("--database"), QStringLiteral("DB"),
                                                         QStringLiteral("--opening"), QStringLiteral("1"), QStringLiteral("--encoding"),
                                                         QStringLiteral("latin-9"), QStringLiteral("CSV")}
                                          << 2;
        QTest::newRow("bad policy") << QStringList{QStringLiteral("import"), QStringLiteral("--database"), QStringLiteral("DB"), QStringLiteral("--opening"),
                                                   QStringLiteral("1"), QStringLiteral("--on-duplicate"), QStringLiteral("ignore"), QStringLiteral("CSV")}
                                    << 2;
        QTest::newRow("unknown opening") << QStringList{QStringLiteral("import"), QStringLiteral("--database"), QStringLiteral("DB"),
                                                        QStringLiteral("--opening"), QStringLiteral("Astronaut"), QStringLiteral("CSV")}
                                         << 3;
        QTest::newRow("missing CSV") << QStringList{QStringLiteral("import"), QStringLiteral("--database"), QStringLiteral("DB"), QStringLiteral("--opening"),
                                                    QStringLiteral("Big Data Tech Lead"), QStringLiteral("/nonexistent/file.csv")}
                                     << 3;
        QTest::newRow("missing database") << QStringList{QStringLiteral("import"), QStringLiteral("--database"), QStringLiteral("/nonexistent/x.shortlist"),
                                                         QStringLiteral("--opening"), QStringLiteral("1"), QStringLiteral("CSV")}
                                          << 3;
    }

    void usageAndNotFound_haveTheirCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        arguments.replaceInStrings(QStringLiteral("DB"), m_db);
        arguments.replaceInStrings(QStringLiteral("CSV"), writeFile("Name\nAda\n"));
        const QString before = state();
        const CliRun run = runShortlist(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY(!run.err.trimmed().isEmpty());
        QCOMPARE(state(), before);
    }

    void goodFile_dryRunThenImportThenDuplicatesMerged()
    {
        // Windows-1252 with semicolons, the way a European spreadsheet saves.
        const QString path = writeFile("Nom;E-mail;Date\nJos\xe9 N\xfa\xf1\x65z;jose@example.org;04/03/2026\nZo\xeb Martin;zoe@example.org;25/03/2026\n");
        const QString before = state();
        const CliRun dry = import({QStringLiteral("--dry-run"), path});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(dry.outText().contains(QStringLiteral("Dry run")));
        QVERIFY(dry.outText().contains(QStringLiteral("2 new")));
        QCOMPARE(state(), before);

        const CliRun run = import({path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.outText().contains(QStringLiteral("batch")));
        auto db = openOrFail(m_db);
        QVERIFY(db);
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM candidates WHERE email = 'jose@example.org'")), QStringLiteral("José Núñez"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT a.applied_at FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                            "WHERE c.email = 'jose@example.org'")),
                 QDateTime(QDate(2026, 3, 4), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        db.reset();

        // The same people again, with a mapping file naming the columns differently.
        ImportMapping mapping;
        mapping.columns = {ImportField::Email, ImportField::FullName, ImportField::Location};
        const QString mappingPath = writeFile(QJsonDocument(mapping.toJson({QStringLiteral("Mail"), QStringLiteral("Person"), QStringLiteral("City")})).toJson(),
                                              QStringLiteral("json"));
        const QString again = writeFile("Person,Mail,City\nJosé Núñez,JOSE@example.org,Seville\nNew Face,new@example.org,Lyon\n");
        const CliRun merged = import({QStringLiteral("--mapping"), mappingPath, QStringLiteral("--on-duplicate"), QStringLiteral("merge"), again});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(merged.outText().contains(QStringLiteral("1 new, 1 merged")), qPrintable(merged.outText()));
        db = openOrFail(m_db);
        QCOMPARE(text(*db, QStringLiteral("SELECT location FROM candidates WHERE email = 'jose@example.org'")), QStringLiteral("Seville"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM import_batches")), 2);
    }

    void encoding_chosenReadsTheWholeFile_data()
    {
        QTest::addColumn<QString>("encoding");   // empty: detected
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");    // on standard error
        QTest::addColumn<bool>("written");
        QTest::newRow("detected from an ASCII head: refused where the text stops being UTF-8") << QString() << 5
                                                                                                << QStringLiteral("not valid UTF-8") << false;
        QTest::newRow("utf-8 chosen: refused the same way") << QStringLiteral("utf-8") << 5 << QStringLiteral("not valid UTF-8") << false;
        QTest::newRow("windows-1252 chosen: imported") << QStringLiteral("windows-1252") << 0 << QString() << true;
        QTest::newRow("WINDOWS-1252 chosen: case does not matter") << QStringLiteral("WINDOWS-1252") << 0 << QString() << true;
        QTest::newRow("an unknown encoding: a usage error naming the choices")
            << QStringLiteral("latin-9") << 2 << QStringLiteral("--encoding must be utf-8, utf-16le, utf-16be or windows-1252, not “latin-9”")
            << false;
    }

    void encoding_chosenReadsTheWholeFile()
    {
        QFETCH(QString, encoding);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(bool, written);
        // ASCII for the first 64 KB that are sniffed, Windows-1252 after; emails unique to this row.
        const QByteArray tag = QByteArray::number(++m_files);
        QByteArray csv("Name,Email\n");
        for (int i = 0; csv.size() < 70 * 1024; ++i)
            csv += "Person " + QByteArray::number(i) + ",enc" + tag + "-" + QByteArray::number(i) + "@example.org\n";
        csv += "J\xFCrgen M\xFCller,juergen" + tag + "@example.org\nJos\xE9 Garc\xED" "a,jose" + tag + "@example.org\n";
        const QString path = writeFile(csv);
        QStringList arguments{path};
        if (!encoding.isEmpty())
            arguments = QStringList{QStringLiteral("--encoding"), encoding} + arguments;
        const QString before = state();
        const CliRun run = import(arguments);
        QVERIFY2(run.exitCode == exitCode, qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (!written) {
            QCOMPARE(state(), before);
            return;
        }
        auto db = openOrFail(m_db);
        QVERIFY(db);
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM candidates WHERE email = 'juergen%1@example.org'").arg(QString::fromLatin1(tag))),
                 QStringLiteral("Jürgen Müller"));
        QCOMPARE(text(*db, QStringLiteral("SELECT name FROM candidates WHERE email = 'jose%1@example.org'").arg(QString::fromLatin1(tag))),
                 QStringLiteral("José García"));
    }

    void invalidRows_allowPartialWritesTheOthers()
    {
        const QString path = writeFile("Name,Email\nGood One,good1@example.org\nBad One,not-an-email\n");
        const QString before = state();
        const CliRun refused = import({path});
        QCOMPARE(refused.exitCode, 5);
        QVERIFY(refused.err.contains(QStringLiteral("line 3")));
        QCOMPARE(state(), before);
        const CliRun partial = import({QStringLiteral("--allow-partial"), path});
        QCOMPARE(partial.exitCode, 5);
        QVERIFY(partial.outText().contains(QStringLiteral("1 new")));
        QVERIFY(state() != before);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
