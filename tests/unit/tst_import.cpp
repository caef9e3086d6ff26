// Importing candidates from CSV: mapping suggestions on real export headers,
// date orders (asked, never guessed), per-row validation that writes nothing
// unless accepted, duplicates inside the file and against the database
// (skip, merge, create), one batch per import that undo reverses exactly,
// cancel and dry run leaving the database as it was.

#include "../common/testdb.h"

#include "import/candidateimport.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/matchrepository.h"
#include "repositories/openingrepository.h"

#include <QtTest>

using namespace shortlist;
using namespace shortlist::test;

Q_DECLARE_METATYPE(shortlist::ImportField)

namespace {

const qint64 now = QDateTime(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::utc()).toSecsSinceEpoch();

} // namespace

class TestImport : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString writeCsv(const QByteArray &content)
    {
        const QString path = m_dir.filePath(QStringLiteral("import-%1.csv").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(content);
        return path;
    }

    struct Fixture {
        std::unique_ptr<Database> db;
        qint64 opening = 0;
        Opening plan;
    };

    Fixture fixture()
    {
        Fixture f;
        f.db = createDatabase(m_dir.filePath(QStringLiteral("db-%1.shortlist").arg(++m_files)));
        if (!f.db)
            return f;
        f.opening = createOpening(*f.db);
        f.plan = OpeningRepository(*f.db).loadStagePlan(f.opening).value();
        return f;
    }

    ImportOptions options(const Fixture &f, const QString &path)
    {
        ImportOptions o;
        o.openingId = f.opening;
        o.now = now;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> header = file.readLine().trimmed().split(',');
            QStringList names;
            for (const QByteArray &h : header)
                names << QString::fromUtf8(h);
            o.mapping = ImportSuggestions::suggest(names);
        }
        return o;
    }

    static qint64 count(Database &db, const QString &table) { return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)); }

private Q_SLOTS:
    void suggestions_recogniseCommonExportHeaders_data()
    {
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<ImportField>>("expected");
        using F = ImportField;
        QTest::newRow("Greenhouse") << QStringList{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
                                                   QStringLiteral("Phone"), QStringLiteral("Current Company"), QStringLiteral("Current Title"),
                                                   QStringLiteral("Source"), QStringLiteral("Referrer"), QStringLiteral("Applied At"),
                                                   QStringLiteral("Current Stage"), QStringLiteral("Tags")}
                                    << QList<F>{F::FirstName, F::LastName, F::Email, F::Phone, F::CurrentCompany, F::CurrentTitle, F::Source,
                                                F::Referrer, F::AppliedDate, F::Stage, F::Tags};
        QTest::newRow("Lever") << QStringList{QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Phone"), QStringLiteral("Location"),
                                              QStringLiteral("Current company"), QStringLiteral("Origin"), QStringLiteral("Stage"),
                                              QStringLiteral("Applied"), QStringLiteral("Links")}
                               << QList<F>{F::FullName, F::Email, F::Phone, F::Location, F::CurrentCompany, F::Source, F::Stage, F::AppliedDate,
                                           F::Links};
        QTest::newRow("LinkedIn Recruiter") << QStringList{QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Headline"),
                                                           QStringLiteral("Location"), QStringLiteral("Current Company"),
                                                           QStringLiteral("Email Address"), QStringLiteral("LinkedIn Profile URL")}
                                            << QList<F>{F::FirstName, F::LastName, F::CurrentTitle, F::Location, F::CurrentCompany, F::Email,
                                                        F::Links};
        QTest::newRow("Workable") << QStringList{QStringLiteral("Candidate"), QStringLiteral("E-mail"), QStringLiteral("Mobile"),
                                                 QStringLiteral("Created at"), QStringLiteral("Skills"), QStringLiteral("Comments")}
                                  << QList<F>{F::FullName, F::Email, F::Phone, F::AppliedDate, F::Skills, F::Notes};
        QTest::newRow("German spreadsheet") << QStringList{QStringLiteral("Vorname"), QStringLiteral("Nachname"), QStringLiteral("E-Mail-Adresse"),
                                                           QStringLiteral("Telefon"), QStringLiteral("Firma"), QStringLiteral("Ort"),
                                                           QStringLiteral("Bemerkung")}
                                            << QList<F>{F::FirstName, F::LastName, F::Email, F::Phone, F::CurrentCompany, F::Location, F::Ignore};
        QTest::newRow("a field once only") << QStringList{QStringLiteral("Email"), QStringLiteral("Work email"), QStringLiteral("Years of experience")}
                                           << QList<F>{F::Email, F::Ignore, F::Years};
    }

    void suggestions_recogniseCommonExportHeaders()
    {
        QFETCH(QStringList, header);
        QFETCH(QList<ImportField>, expected);
        const ImportMapping mapping = ImportSuggestions::suggest(header);
        for (int i = 0; i < header.size(); ++i)
            QVERIFY2(mapping.columns.at(i) == expected.at(i),
                     qPrintable(header.at(i) + QStringLiteral(" -> ") + toCode(mapping.columns.at(i)) + QStringLiteral(", expected ") + toCode(expected.at(i))));
    }

    void dates_orderDetectedOnlyWhenTheValuesSay_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("ambiguous");
        QTest::newRow("a day over 12 first") << QStringList{QStringLiteral("03/04/2026"), QStringLiteral("25/04/2026")} << int(DateOrder::DayFirst) << false;
        QTest::newRow("a day over 12 second") << QStringList{QStringLiteral("03/04/2026"), QStringLiteral("04/25/2026")} << int(DateOrder::MonthFirst) << false;
        QTest::newRow("all could be either") << QStringList{QStringLiteral("03/04/2026"), QStringLiteral("11.12.2026")} << int(DateOrder::Unknown) << true;
        QTest::newRow("ISO dates say nothing") << QStringList{QStringLiteral("2026-03-04")} << int(DateOrder::Unknown) << false;
    }

    void dates_orderDetectedOnlyWhenTheValuesSay()
    {
        QFETCH(QStringList, values);
        QFETCH(int, order);
        QFETCH(bool, ambiguous);
        bool isAmbiguous = false;
        QCOMPARE(int(ImportSuggestions::detectDateOrder(values, &isAmbiguous)), order);
        QCOMPARE(isAmbiguous, ambiguous);
    }

    void dates_parsedInEveryCommonForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("order");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("ISO") << QStringLiteral("2026-03-04") << int(DateOrder::Unknown) << QDate(2026, 3, 4);
        QTest::newRow("ISO with time") << QStringLiteral("2026-03-04 10:30:00") << int(DateOrder::Unknown) << QDate(2026, 3, 4);
        QTest::newRow("day first") << QStringLiteral("04/03/2026") << int(DateOrder::DayFirst) << QDate(2026, 3, 4);
        QTest::newRow("month first") << QStringLiteral("03/04/2026") << int(DateOrder::MonthFirst) << QDate(2026, 3, 4);
        QTest::newRow("unambiguous without order") << QStringLiteral("25.12.2025") << int(DateOrder::Unknown) << QDate(2025, 12, 25);
        QTest::newRow("two-digit year") << QStringLiteral("25/12/25") << int(DateOrder::DayFirst) << QDate(2025, 12, 25);
        QTest::newRow("month name") << QStringLiteral("4 Mar 2026") << int(DateOrder::Unknown) << QDate(2026, 3, 4);
        QTest::newRow("US month name") << QStringLiteral("March 4, 2026") << int(DateOrder::Unknown) << QDate(2026, 3, 4);
        QTest::newRow("ambiguous refused") << QStringLiteral("03/04/2026") << int(DateOrder::Unknown) << QDate();
        QTest::newRow("nonsense refused") << QStringLiteral("soon") << int(DateOrder::DayFirst) << QDate();
        QTest::newRow("impossible refused") << QStringLiteral("31/02/2026") << int(DateOrder::DayFirst) << QDate();
    }

    void dates_parsedInEveryCommonForm()
    {
        QFETCH(QString, text);
        QFETCH(int, order);
        QFETCH(QDate, expected);
        const std::optional<QDateTime> parsed = importvalues::parseDate(text, DateOrder(order));
        QCOMPARE(parsed ? parsed->date() : QDate(), expected);
    }

    void mapping_savedByHeaderName_appliesToReorderedColumns()
    {
        ImportMapping m;
        m.columns = {ImportField::FullName, ImportField::Email, ImportField::Stage};
        m.stages.insert(QStringLiteral("phone screen"), QStringLiteral("Recruiter screen"));
        m.dateOrder = DateOrder::DayFirst;
        const QJsonObject json = m.toJson({QStringLiteral("Name"), QStringLiteral("Mail"), QStringLiteral("Status")});
        Result<ImportMapping> back = ImportMapping::fromJson(json, {QStringLiteral("status"), QStringLiteral("Extra"), QStringLiteral("NAME"),
                                                                    QStringLiteral("Mail")});
        QVERIFY(back);
        QCOMPARE(back->columns, (QList<ImportField>{ImportField::Stage, ImportField::Ignore, ImportField::FullName, ImportField::Email}));
        QCOMPARE(back->stages.value(QStringLiteral("phone screen")), QStringLiteral("Recruiter screen"));
        QCOMPARE(back->dateOrder, DateOrder::DayFirst);
        QJsonObject wrong = json;
        wrong.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        QVERIFY(!ImportMapping::fromJson(wrong, {}));
    }

    void import_createsCandidatesApplicationsAndNotes()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        const QString path = writeCsv(
            "Name,Email,Phone,Current Company,Skills,Stage,Applied,Tags,Notes\n"
            "Ada Lovelace,ada@example.org,+44 20 7946 0001,Analytical Engines,\"Spark; Kafka\",Applied,2026-11-02,\"senior, remote\",Met at a meetup\n"
            "Grace Hopper,grace@example.org,,Navy,COBOL,Recruiter screen,2026-11-03,,\n"
            "\"Núñez, José\",jose@example.org,,,,phone screen,03/11/2026,,\"Prefers \"\"hybrid\"\"\"\n"
            "Katherine Johnson,katherine@example.org,,,,Rejected,2026-10-01,,\n");
        ImportOptions o = options(f, path);
        o.mapping.stages.insert(QStringLiteral("phone screen"), f.plan.stages.at(1).name);
        o.mapping.dateOrder = DateOrder::DayFirst;
        Result<ImportSummary> s = CandidateImport::run(*f.db, path, o);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QVERIFY2(s->problems.isEmpty(), qPrintable(s->problems.isEmpty() ? QString() : s->problems.first().message));
        QCOMPARE(s->rows, 4);
        QCOMPARE(s->created, 4);
        QVERIFY(s->written);
        QVERIFY(s->batchId > 0);
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 4);
        QCOMPARE(count(*f.db, QStringLiteral("applications")), 4);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT s.name FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN stages s "
                                            "ON s.id = a.stage_id WHERE c.email = 'jose@example.org'")),
                 f.plan.stages.at(1).name);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT a.status FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                            "WHERE c.email = 'katherine@example.org'")),
                 QStringLiteral("rejected"));
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT a.applied_at FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                              "WHERE c.email = 'jose@example.org'")),
                 QDateTime(QDate(2026, 11, 3), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QCOMPARE(count(*f.db, QStringLiteral("notes")), 2);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT n.body FROM notes n JOIN candidates c ON c.id = n.candidate_id WHERE c.email = 'ada@example.org'")),
                 QStringLiteral("Met at a meetup"));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT n.body FROM notes n JOIN candidates c ON c.id = n.candidate_id WHERE c.email = 'jose@example.org'")),
                 QStringLiteral("Prefers \"hybrid\""));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT name FROM candidates WHERE email = 'jose@example.org'")), QStringLiteral("Núñez, José"));
        const Candidate ada = CandidateRepository(*f.db).load(scalar(*f.db, QStringLiteral("SELECT id FROM candidates WHERE email = 'ada@example.org'"))).value();
        QCOMPARE(ada.skills, (QStringList{QStringLiteral("Spark"), QStringLiteral("Kafka")}));
        QCOMPARE(ada.tags.size(), 2);
        QCOMPARE(count(*f.db, QStringLiteral("import_batch_items")), 4);
        // Scored once at the end of the import, as the row-by-row scoring would.
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score IS NULL")), 0);
        const QString scores = text(*f.db, QStringLiteral("SELECT group_concat(match_score || ':' || missing_must_haves, ',') FROM "
                                                          "(SELECT match_score, missing_must_haves FROM applications ORDER BY id)"));
        const qint64 firstApplication = scalar(*f.db, QStringLiteral("SELECT min(id) FROM applications"));
        QVERIFY(!MatchRepository(*f.db).updateApplication(firstApplication));
        QVERIFY(!MatchRepository(*f.db).updateOpening(f.opening));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT group_concat(match_score || ':' || missing_must_haves, ',') FROM "
                                            "(SELECT match_score, missing_must_haves FROM applications ORDER BY id)")),
                 scores);
    }

    void invalidRows_nothingWrittenUnlessAccepted()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        const QString path = writeCsv("Name,Email,Applied,Years,Stage\n"
                                      "Valid Person,valid@example.org,2026-11-01,5,Applied\n"
                                      ",nameless@example.org,2026-11-01,,\n"
                                      "Bad Email,not-an-email,2026-11-01,,\n"
                                      "Which Day,which@example.org,03/04/2026,,\n"
                                      "Old Hand,old@example.org,2026-11-01,lots,\n"
                                      "Lost Stage,lost@example.org,2026-11-01,,Phone Screen\n");
        const ImportOptions o = options(f, path);
        Result<ImportSummary> s = CandidateImport::run(*f.db, path, o);
        QVERIFY(s);
        QVERIFY(!s->written);
        QCOMPARE(s->invalid, 5);
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("import_batches")), 0);
        const auto problemAt = [&s](qint64 line) {
            QStringList messages;
            for (const ImportProblem &p : s->problems) {
                if (p.line == line)
                    messages << p.message;
            }
            return messages.join(QLatin1Char(' '));
        };
        QVERIFY2(problemAt(3).contains(QStringLiteral("no name")), qPrintable(problemAt(3)));
        QVERIFY2(problemAt(4).contains(QStringLiteral("mail")), qPrintable(problemAt(4)));
        QVERIFY2(problemAt(5).contains(QStringLiteral("day-first or month-first")), qPrintable(problemAt(5)));
        QVERIFY2(problemAt(6).contains(QStringLiteral("years")), qPrintable(problemAt(6)));
        QVERIFY2(problemAt(7).contains(QStringLiteral("Phone Screen")) && problemAt(7).contains(f.plan.stages.at(0).name), qPrintable(problemAt(7)));
        QVERIFY(problemAt(2).isEmpty());

        ImportOptions partial = o;
        partial.allowPartial = true;
        Result<ImportSummary> written = CandidateImport::run(*f.db, path, partial);
        QVERIFY(written && written->written);
        QCOMPARE(written->created, 1);
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 1);
    }

    void ambiguousDates_decidedByTheFilesOtherDates_data()
    {
        QTest::addColumn<QByteArray>("dates");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<int>("invalid");
        QTest::newRow("another date proves day-first") << QByteArray("03/04/2026\n25/04/2026") << QDate(2026, 4, 3) << 0;
        QTest::newRow("another date proves month-first") << QByteArray("03/04/2026\n04/25/2026") << QDate(2026, 3, 4) << 0;
        QTest::newRow("dates written both ways") << QByteArray("03/04/2026\n25/04/2026\n04/26/2026") << QDate() << 1;
    }

    void ambiguousDates_decidedByTheFilesOtherDates()
    {
        QFETCH(QByteArray, dates);
        QFETCH(QDate, first);
        QFETCH(int, invalid);
        Fixture f = fixture();
        QVERIFY(f.db);
        QByteArray csv("Name,Applied\n");
        int i = 0;
        for (const QByteArray &date : dates.split('\n'))
            csv += "Person " + QByteArray::number(++i) + "," + date + "\n";
        const QString path = writeCsv(csv);
        ImportOptions o = options(f, path);
        o.allowPartial = true;
        Result<ImportSummary> s = CandidateImport::run(*f.db, path, o);
        QVERIFY(s);
        QCOMPARE(s->invalid, invalid);
        if (invalid > 0)
            QVERIFY(s->problems.first().message.contains(QStringLiteral("both ways")));
        if (first.isValid())
            QCOMPARE(scalar(*f.db, QStringLiteral("SELECT a.applied_at FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                  "WHERE c.name = 'Person 1'")),
                     QDateTime(first, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    }

    void missingNameColumn_isRefusedNamingTheColumns()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        const QString path = writeCsv("Email,Phone\nx@example.org,123456789\n");
        Result<ImportSummary> s = CandidateImport::run(*f.db, path, options(f, path));
        QVERIFY(!s);
        QVERIFY(s.error().message.contains(QStringLiteral("name")));
        QVERIFY(s.error().message.contains(QStringLiteral("Email, Phone")));
    }

    void duplicates_followThePolicy_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<int>("created");
        QTest::addColumn<int>("merged");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("candidatesAfter");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip) << 1 << 0 << 2 << 2;
        QTest::newRow("merge") << int(DuplicatePolicy::Merge) << 1 << 2 << 0 << 2;
        QTest::newRow("create") << int(DuplicatePolicy::Create) << 3 << 0 << 0 << 4;
    }

    void duplicates_followThePolicy()
    {
        QFETCH(int, policy);
        QFETCH(int, created);
        QFETCH(int, merged);
        QFETCH(int, skipped);
        QFETCH(int, candidatesAfter);
        Fixture f = fixture();
        QVERIFY(f.db);
        Candidate existing = makeCandidate(QStringLiteral("Existing Person"), QStringLiteral("Dup@Example.org"));
        existing.location = QStringLiteral("Lisbon");
        QVERIFY(CandidateRepository(*f.db).add(existing));
        // Row 1 matches the database by email (any case); row 3 repeats row 2's phone.
        const QString path = writeCsv("Name,Email,Phone,Location,Current Company\n"
                                      "Existing Person,dup@example.org,,Porto,Acme\n"
                                      "New Person,new@example.org,+1 555 0100 200,,\n"
                                      "New Person Again,,+15550100200,Boston,Initech\n");
        ImportOptions o = options(f, path);
        o.onDuplicate = DuplicatePolicy(policy);
        Result<ImportSummary> s = CandidateImport::run(*f.db, path, o);
        QVERIFY2(s && s->problems.isEmpty(), qPrintable(s ? (s->problems.isEmpty() ? QString() : s->problems.first().message) : s.error().message));
        QCOMPARE(s->created, created);
        QCOMPARE(s->merged, merged);
        QCOMPARE(s->skipped, skipped);
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), candidatesAfter);
        if (DuplicatePolicy(policy) == DuplicatePolicy::Merge) {
            // Merging fills what was empty and never overwrites what someone entered.
            QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE email = 'Dup@Example.org'")), QStringLiteral("Lisbon"));
            QCOMPARE(text(*f.db, QStringLiteral("SELECT current_company FROM candidates WHERE email = 'Dup@Example.org'")), QStringLiteral("Acme"));
            QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE email = 'new@example.org'")), QStringLiteral("Boston"));
            // The existing candidate now has an application to the opening.
            QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                  "WHERE c.email = 'Dup@Example.org'")),
                     1);
        }
    }

    void rowDecisions_overrideThePolicyForTheirLines()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        CandidateRepository candidates(*f.db);
        const qint64 ana = candidates.add(makeCandidate(QStringLiteral("Ana Existing"), QStringLiteral("ana@example.org"))).value();
        const qint64 ben = candidates.add(makeCandidate(QStringLiteral("Ben Existing"), QStringLiteral("ben@example.org"))).value();
        const qint64 cleo = candidates.add(makeCandidate(QStringLiteral("Cleo Existing"), QStringLiteral("cleo@example.org"))).value();
        // Lines 2-4 match the database, line 6 repeats line 5's email, line 7
        // repeats line 4's (which is skipped, so there is nothing to merge into).
        const QString path = writeCsv("Name,Email,Location\n"
                                      "Ana Again,ana@example.org,Porto\n"
                                      "Ben Again,BEN@example.org,Oslo\n"
                                      "Cleo Again,cleo@example.org,Rome\n"
                                      "Dan New,dan@example.org,\n"
                                      "Dan Twin,dan@example.org,Berlin\n"
                                      "Cleo Third,cleo@example.org,Lima\n");
        ImportOptions o = options(f, path);
        o.onDuplicate = DuplicatePolicy::Skip;
        o.rowDecisions.insert(2, DuplicatePolicy::Create);
        o.rowDecisions.insert(3, DuplicatePolicy::Merge);
        o.rowDecisions.insert(7, DuplicatePolicy::Merge);
        o.rowDecisions.insert(5, DuplicatePolicy::Create);   // not a duplicate: no effect

        struct Expected {
            qint64 line, candidateId, earlierLine;
            const char *name, *email, *matchedName;
            DuplicatePolicy decision;
        };
        const QList<Expected> expected = {
            {2, ana, 0, "Ana Again", "ana@example.org", "Ana Existing", DuplicatePolicy::Create},
            {3, ben, 0, "Ben Again", "BEN@example.org", "Ben Existing", DuplicatePolicy::Merge},
            {4, cleo, 0, "Cleo Again", "cleo@example.org", "Cleo Existing", DuplicatePolicy::Skip},
            {6, 0, 5, "Dan Twin", "dan@example.org", "", DuplicatePolicy::Skip},
            {7, 0, 4, "Cleo Third", "cleo@example.org", "", DuplicatePolicy::Skip},   // asked to merge into a skipped row
        };
        for (const bool dryRun : {true, false}) {
            o.dryRun = dryRun;
            Result<ImportSummary> s = CandidateImport::run(*f.db, path, o);
            QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
            QVERIFY(s->problems.isEmpty());
            QCOMPARE(s->written, !dryRun);
            QCOMPARE(s->created, 2);   // Ana Again (decided: create) and Dan New
            QCOMPARE(s->merged, 1);    // Ben Again (decided: merge)
            QCOMPARE(s->skipped, 3);   // Cleo Again, Dan Twin (the policy) and Cleo Third
            QCOMPARE(s->duplicates.size(), expected.size());
            for (int i = 0; i < expected.size(); ++i) {
                const ImportDuplicate &d = s->duplicates.at(i);
                const Expected &e = expected.at(i);
                QCOMPARE(d.line, e.line);
                QCOMPARE(d.candidateId, e.candidateId);
                QCOMPARE(d.earlierLine, e.earlierLine);
                QCOMPARE(d.name, QString::fromUtf8(e.name));
                QCOMPARE(d.email, QString::fromUtf8(e.email));
                QCOMPARE(d.matchedName, QString::fromUtf8(e.matchedName));
                QCOMPARE(d.decision, e.decision);
            }
        }
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 5);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates WHERE email = 'ana@example.org'")), 2);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE name = 'Ana Again'")), QStringLiteral("Porto"));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE id = %1").arg(ana)), QString());
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE id = %1").arg(ben)), QStringLiteral("Oslo"));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT name FROM candidates WHERE id = %1").arg(ben)), QStringLiteral("Ben Existing"));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE id = %1").arg(cleo)), QString());
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM candidates WHERE email = 'dan@example.org'")), 1);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE email = 'dan@example.org'")), QString());
        // Applications: the two created and the one merged into.
        QCOMPARE(count(*f.db, QStringLiteral("applications")), 3);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id IN (%1, %2)").arg(ben).arg(cleo)), 1);
        QCOMPARE(scalar(*f.db, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_id = %1").arg(ben)), 1);
    }

    void encoding_chosenByTheUserReadsTheWholeFile()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        // ASCII for the first 64 KB that are sniffed, Windows-1252 after.
        QByteArray csv("Name,Email\n");
        for (int i = 0; csv.size() < 70 * 1024; ++i)
            csv += "Person " + QByteArray::number(i) + ",person" + QByteArray::number(i) + "@example.org\n";
        csv += "J\xFCrgen M\xFCller,juergen@example.org\nJos\xE9 N\xFA\xF1\x65z,jose@example.org\n";
        const QString path = writeCsv(csv);
        ImportOptions o = options(f, path);
        Result<ImportSummary> sniffed = CandidateImport::run(*f.db, path, o);
        QVERIFY(!sniffed);
        QCOMPARE(sniffed.error().code, ErrorCode::Invalid);
        QVERIFY2(sniffed.error().message.contains(QStringLiteral("not valid UTF-8")), qPrintable(sniffed.error().message));
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 0);

        o.encoding = CsvDialect::Encoding::Windows1252;
        Result<ImportSummary> chosen = CandidateImport::run(*f.db, path, o);
        QVERIFY2(chosen && chosen->written, qPrintable(chosen ? QString() : chosen.error().message));
        QCOMPARE(chosen->created, chosen->rows);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT name FROM candidates WHERE email = 'juergen@example.org'")), QStringLiteral("Jürgen Müller"));
        QCOMPARE(text(*f.db, QStringLiteral("SELECT name FROM candidates WHERE email = 'jose@example.org'")), QStringLiteral("José Núñez"));
    }

    void undo_removesWhatTheImportAddedAndRestoresMerges()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        Candidate existing = makeCandidate(QStringLiteral("Existing Person"), QStringLiteral("dup@example.org"));
        const qint64 existingId = CandidateRepository(*f.db).add(existing).value();
        const int versionBefore = int(scalar(*f.db, QStringLiteral("SELECT version FROM candidates WHERE id = %1").arg(existingId)));
        const QString path = writeCsv("Name,Email,Location\n"
                                      "Existing Person,dup@example.org,Porto\n"
                                      "Brand New,brand@example.org,Oslo\n");
        ImportOptions o = options(f, path);
        o.onDuplicate = DuplicatePolicy::Merge;
        Result<ImportSummary> s = CandidateImport::run(*f.db, path, o);
        QVERIFY(s && s->written);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE id = %1").arg(existingId)), QStringLiteral("Porto"));
        QCOMPARE(count(*f.db, QStringLiteral("applications")), 2);

        Result<QList<ImportBatch>> batches = ImportHistoryRepository(*f.db).batches();
        QVERIFY(batches && batches->size() == 1);
        QCOMPARE(batches->first().created, 1);
        QCOMPARE(batches->first().merged, 1);
        QVERIFY(!batches->first().undoneAt.isValid());

        QVERIFY(!ImportHistoryRepository(*f.db).undo(s->batchId));
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 1);
        QCOMPARE(count(*f.db, QStringLiteral("applications")), 0);
        QCOMPARE(text(*f.db, QStringLiteral("SELECT location FROM candidates WHERE id = %1").arg(existingId)), QString());
        QVERIFY(scalar(*f.db, QStringLiteral("SELECT version FROM candidates WHERE id = %1").arg(existingId)) > versionBefore);
        QVERIFY(ImportHistoryRepository(*f.db).batches()->first().undoneAt.isValid());
        // Twice is refused.
        const Error again = ImportHistoryRepository(*f.db).undo(s->batchId);
        QVERIFY(again);
        QVERIFY(again.message.contains(QStringLiteral("already undone")));
    }

    void undo_refusedWhenAMergedCandidateWasEditedSince()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        const qint64 existingId = CandidateRepository(*f.db).add(makeCandidate(QStringLiteral("Edited Later"), QStringLiteral("edit@example.org"))).value();
        const QString path = writeCsv("Name,Email,Location\nEdited Later,edit@example.org,Rome\nOther,other@example.org,\n");
        ImportOptions o = options(f, path);
        o.onDuplicate = DuplicatePolicy::Merge;
        Result<ImportSummary> s = CandidateImport::run(*f.db, path, o);
        QVERIFY(s && s->written);
        Candidate c = CandidateRepository(*f.db).load(existingId).value();
        c.currentTitle = QStringLiteral("Staff Engineer");
        QVERIFY(CandidateRepository(*f.db).update(c));
        const Error e = ImportHistoryRepository(*f.db).undo(s->batchId);
        QVERIFY(e);
        QCOMPARE(e.code, ErrorCode::Stale);
        QVERIFY(e.message.contains(QStringLiteral("Edited Later")));
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 2);   // nothing undone
    }

    void cancelAndDryRun_leaveTheDatabaseAsItWas()
    {
        Fixture f = fixture();
        QVERIFY(f.db);
        QByteArray csv("Name,Email\n");
        for (int i = 0; i < 3000; ++i)
            csv += QStringLiteral("Person %1,person%1@example.org\n").arg(i).toUtf8();
        const QString path = writeCsv(csv);
        ImportOptions o = options(f, path);
        o.dryRun = true;
        Result<ImportSummary> dry = CandidateImport::run(*f.db, path, o);
        QVERIFY(dry && !dry->written);
        QCOMPARE(dry->created, 3000);
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 0);

        o.dryRun = false;
        const qint64 size = QFileInfo(path).size();
        Result<ImportSummary> stopped = CandidateImport::run(*f.db, path, o, [size](qint64 done, qint64, qint64) { return done < size + size / 2; });
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("applications")), 0);
        QCOMPARE(count(*f.db, QStringLiteral("import_batches")), 0);

        Result<ImportSummary> done = CandidateImport::run(*f.db, path, o);
        QVERIFY(done && done->written);
        QCOMPARE(count(*f.db, QStringLiteral("candidates")), 3000);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
