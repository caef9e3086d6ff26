// The data side of the PDF reports: the candidate packet, the calibration
// report and the interview schedule as ReportDocuments, on a demo database
// (with a draft, a note and a decision added) and on a small schedule whose
// interviews sit at known times in several time zones.

#include "../common/testdb.h"

#include "demo/demogenerator.h"
#include "reports/anonymizer.h"
#include "reports/reportbuilder.h"
#include "repositories/applicationrepository.h"
#include "repositories/calibrationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/debriefrepository.h"
#include "repositories/decisionrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/matchrepository.h"
#include "repositories/metarepository.h"
#include "repositories/noterepository.h"
#include "repositories/peoplerepository.h"
#include "repositories/scorecardrepository.h"

#include <QTimeZone>

using namespace shortlist;
using namespace shortlist::test;

namespace {

const QDateTime demoAsOf(QDate(2026, 11, 20), QTime(17, 0), Qt::UTC);
const QString draftEvidence = QStringLiteral("DRAFT-EVIDENCE: still writing this up");
const QString draftSummary = QStringLiteral("DRAFT-SUMMARY: not sure yet");

QList<QStringList> allRows(const ReportDocument &doc)
{
    QList<QStringList> rows;
    for (const ReportBlock &b : doc.blocks) {
        if (b.type == ReportBlock::Type::Table)
            rows << b.table.rows;
    }
    return rows;
}

bool hasBlock(const ReportDocument &doc, ReportBlock::Type type, const QString &text)
{
    return std::any_of(doc.blocks.cbegin(), doc.blocks.cend(), [&](const ReportBlock &b) { return b.type == type && b.text == text; });
}

QStringList blockTexts(const ReportDocument &doc, ReportBlock::Type type)
{
    QStringList texts;
    for (const ReportBlock &b : doc.blocks) {
        if (b.type == type)
            texts << b.text;
    }
    return texts;
}

// The tables of the report, keyed by the subheading they follow.
QList<QPair<QString, ReportTable>> tablesBySubheading(const ReportDocument &doc)
{
    QList<QPair<QString, ReportTable>> tables;
    QString subheading;
    for (const ReportBlock &b : doc.blocks) {
        if (b.type == ReportBlock::Type::Subheading)
            subheading = b.text;
        else if (b.type == ReportBlock::Type::Table)
            tables << qMakePair(subheading, b.table);
    }
    return tables;
}

QString levelText(int level, const Opening &opening)
{
    return QStringLiteral("%1 · %2").arg(level).arg(opening.ratingLevels.at(std::size_t(level - 1)));
}

QString fixed(double value, int decimals = 2)
{
    return QLocale().toString(value, 'f', decimals);
}

QString signedFixed(double value)
{
    return (value > 0 ? QStringLiteral("+") : QString()) + fixed(value);
}

struct Identity {
    qint64 id = 0;
    QString name, email, phone;
};

// The candidates behind `sql` (a query of candidate ids).
QList<Identity> identities(Database &db, const QString &sql)
{
    QList<Identity> list;
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, name, email, phone FROM candidates WHERE id IN (") + sql + QStringLiteral(") ORDER BY id")))
        return list;
    while (q.next())
        list << Identity{q.int64(0), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return list;
}

// Empty when the text shows nobody's name, email or phone; else what leaked.
// A candidate who shares their name with someone on the staff (the demo has
// one) cannot be told apart by name: staff names stay in every report.
QString leaks(Database &db, const QString &text, const QList<Identity> &people)
{
    const QList<QString> staffNames = PeopleRepository(db).names().value().values();
    QStringList found;
    for (const Identity &p : people) {
        for (const QString &value : {p.name, p.email, p.phone}) {
            if (value == p.name && staffNames.contains(p.name))
                continue;
            if (!value.isEmpty() && text.contains(value, Qt::CaseInsensitive))
                found << value;
        }
    }
    return found.join(QStringLiteral(", "));
}

} // namespace

class TestReportBuilders : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_demo;
    QString m_demoId;
    qint64 m_packet = 0;          // an active application with submitted scorecards, a draft, a note and a decision
    Candidate m_packetCandidate;
    Opening m_packetOpening;
    qint64 m_draftPerson = 0;
    QString m_rationale;
    QString m_note;

    // The schedule fixture: interviews at known times.
    std::unique_ptr<Database> m_small;
    QList<qint64> m_smallOpenings;
    QHash<QString, qint64> m_smallCandidates;   // name -> candidate id
    QHash<QString, Interview> m_smallInterviews; // title -> interview

    ReportOptions packetOptions(bool anonymize, const QStringList &sections = {}) const
    {
        ReportOptions o;
        o.kind = ReportKind::Candidate;
        o.applicationId = m_packet;
        o.anonymize = anonymize;
        o.sections = sections;
        o.now = demoAsOf.toSecsSinceEpoch();
        return o;
    }

    ReportDocument build(Database &db, const ReportOptions &options)
    {
        Result<ReportDocument> doc = ReportBuilder::build(db, options);
        if (!doc)
            qWarning("report failed: %s (%s)", qPrintable(doc.error().message), qPrintable(doc.error().detail));
        return doc ? *doc : ReportDocument{};
    }

    qint64 scheduleSmall(qint64 applicationId, const QString &title, const QDateTime &start, const QList<PanelMember> &panel, int minutes = 60)
    {
        Result<Application> app = ApplicationRepository(*m_small).load(applicationId);
        if (!app)
            return 0;
        Interview i;
        i.applicationId = applicationId;
        i.stageId = app->stageId;
        i.title = title;
        i.start = start;
        i.durationMinutes = minutes;
        i.location = QStringLiteral("https://meet.example.com/room-%1").arg(m_smallInterviews.size() + 1);
        i.panel = panel;
        Result<qint64> id = InterviewRepository(*m_small).schedule(i);
        if (!id) {
            qWarning("schedule failed: %s", qPrintable(id.error().message));
            return 0;
        }
        Interview stored = InterviewRepository(*m_small).load(*id).value();
        m_smallInterviews.insert(title, stored);
        return *id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("demo.shortlist"));
        DemoOptions options;
        options.candidates = 160;
        options.seed = 11;
        options.asOf = demoAsOf;
        Result<DemoSummary> summary = DemoGenerator::generate(path, options);
        QVERIFY2(summary, qPrintable(summary.error().message));
        m_demo = openOrFail(path);
        QVERIFY(m_demo);
        m_demoId = MetaRepository(*m_demo).databaseId().value();

        // The packet: the active application with the most submitted scorecards.
        m_packet = scalar(*m_demo, QStringLiteral("SELECT a.id FROM applications a JOIN interviews i ON i.application_id = a.id "
                                                  "JOIN scorecards s ON s.interview_id = i.id WHERE a.status = 'active' AND s.status = 'submitted' "
                                                  "GROUP BY a.id ORDER BY count(*) DESC, a.id LIMIT 1"));
        QVERIFY(m_packet > 0);
        const Application app = ApplicationRepository(*m_demo).load(m_packet).value();
        m_packetCandidate = CandidateRepository(*m_demo).load(app.candidateId).value();
        m_packetOpening = OpeningRepository(*m_demo).load(app.openingId).value();
        QVERIFY(!m_packetCandidate.phone.isEmpty() && !m_packetCandidate.email.isEmpty());

        // A draft by a new interviewer, in a new interview: never in the packet.
        m_draftPerson = addPerson(*m_demo, QStringLiteral("Dana Draftwell"));
        Interview draftInterview;
        draftInterview.applicationId = m_packet;
        draftInterview.stageId = app.stageId;
        draftInterview.title = QStringLiteral("Follow-up conversation");
        draftInterview.start = QDateTime(demoAsOf.date().addDays(-1), QTime(10, 0), QTimeZone("Europe/London"));
        draftInterview.panel = {PanelMember{m_draftPerson, {m_packetOpening.competencies.at(0).id}}};
        const qint64 interviewId = InterviewRepository(*m_demo).schedule(draftInterview).value();
        Scorecard draft = ScorecardRepository(*m_demo).current(interviewId, m_draftPerson).value();
        QVERIFY(!draft.ratings.isEmpty());
        draft.ratings[0].rating = 4;
        draft.ratings[0].evidence = draftEvidence;
        draft.summary = draftSummary;
        draft.overall = Recommendation::StrongYes;
        QVERIFY(ScorecardRepository(*m_demo).saveDraft(draft));

        // A note and a decision that name the candidate and their contact details.
        m_note = QStringLiteral("Called %1 on %2; prefers email (%3). Keen on streaming work.")
                     .arg(m_packetCandidate.name, m_packetCandidate.phone, m_packetCandidate.email);
        QVERIFY(NoteRepository(*m_demo).add(Note{0, m_packetCandidate.id, m_packet, {}, 0, m_note}));
        m_rationale = QStringLiteral("Solid system design; %1 should meet the platform team next. Reach them at %2.")
                          .arg(m_packetCandidate.name, m_packetCandidate.email);
        Result<Decision> decided = DecisionRepository(*m_demo).record(m_packet, DecisionKind::Advance, m_rationale);
        QVERIFY2(decided, qPrintable(decided.error().message));

        // The schedule fixture.
        m_small = createDatabase(m_dir.filePath(QStringLiteral("schedule.shortlist")));
        QVERIFY(m_small);
        m_smallOpenings = {createOpening(*m_small), createOpening(*m_small, QStringLiteral("cloud-platform-tech-lead"))};
        QVERIFY(m_smallOpenings.at(0) > 0 && m_smallOpenings.at(1) > 0);
        const qint64 ines = addPerson(*m_small, QStringLiteral("Ines Ortega"));
        const qint64 tomasz = addPerson(*m_small, QStringLiteral("Tomasz Nowak"));
        const Opening bigData = OpeningRepository(*m_small).load(m_smallOpenings.at(0)).value();
        QHash<QString, qint64> applications;
        for (const QString &name : {QStringLiteral("Amara Okafor"), QStringLiteral("Björn Lindqvist"), QStringLiteral("Chen Wei")}) {
            Result<NewApplication> added =
                Pipeline(*m_small).addCandidate(makeCandidate(name, name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.com")),
                                                m_smallOpenings.at(0));
            QVERIFY(added);
            m_smallCandidates.insert(name, added->candidateId);
            applications.insert(name, added->applicationId);
        }
        // Chen also applied to the cloud opening.
        const Opening cloud = OpeningRepository(*m_small).load(m_smallOpenings.at(1)).value();
        const qint64 chenCloud =
            ApplicationRepository(*m_small).create(m_smallCandidates.value(QStringLiteral("Chen Wei")), cloud.id, cloud.stages.at(0).id, 1).value();
        applications.insert(QStringLiteral("Chen Wei (cloud)"), chenCloud);

        const QTimeZone london("Europe/London");
        const QTimeZone newYork("America/New_York");
        const QTimeZone losAngeles("America/Los_Angeles");
        const QList<PanelMember> panel{PanelMember{ines, {bigData.competencies.at(0).id, bigData.competencies.at(1).id}}, PanelMember{tomasz, {}}};
        const QList<PanelMember> cloudPanel{PanelMember{tomasz, {}}};
        const qint64 amara = applications.value(QStringLiteral("Amara Okafor"));
        const qint64 bjorn = applications.value(QStringLiteral("Björn Lindqvist"));
        const qint64 chen = applications.value(QStringLiteral("Chen Wei"));
        QVERIFY(scheduleSmall(amara, QStringLiteral("Alpha screen"), QDateTime(QDate(2026, 11, 23), QTime(10, 0), london), panel));
        QVERIFY(scheduleSmall(bjorn, QStringLiteral("Bravo deep-dive"), QDateTime(QDate(2026, 11, 23), QTime(14, 30), london), panel, 90));
        QVERIFY(scheduleSmall(chenCloud, QStringLiteral("Charlie design"), QDateTime(QDate(2026, 11, 25), QTime(9, 0), newYork), cloudPanel));
        const qint64 delta = scheduleSmall(chen, QStringLiteral("Delta cancelled"), QDateTime(QDate(2026, 11, 24), QTime(11, 0), london), panel);
        QVERIFY(delta);
        QVERIFY(!InterviewRepository(*m_small).cancel(delta, QStringLiteral("Panel unavailable")));
        QVERIFY(scheduleSmall(amara, QStringLiteral("Echo later"), QDateTime(QDate(2026, 12, 3), QTime(9, 0), london), panel));
        QVERIFY(scheduleSmall(bjorn, QStringLiteral("Foxtrot earlier"), QDateTime(QDate(2026, 11, 22), QTime(16, 0), london), panel));
        // 23:30 in Los Angeles on Sunday 29 November is Monday 07:30 UTC: listed on the 29th.
        QVERIFY(scheduleSmall(chen, QStringLiteral("Golf late"), QDateTime(QDate(2026, 11, 29), QTime(23, 30), losAngeles), panel));
    }

    // ---- Candidate packet ---------------------------------------------------

    void packet_showsEverySubmittedScorecard_withLevelNamesAndEvidence_notDrafts_data()
    {
        QTest::addColumn<bool>("anonymize");
        QTest::newRow("named") << false;
        QTest::newRow("anonymised") << true;
    }

    void packet_showsEverySubmittedScorecard_withLevelNamesAndEvidence_notDrafts()
    {
        QFETCH(bool, anonymize);
        const ReportDocument doc = build(*m_demo, packetOptions(anonymize));
        QVERIFY(!doc.blocks.isEmpty());
        const Anonymizer anonymizer(anonymize, m_demoId);
        const QHash<qint64, QString> people = PeopleRepository(*m_demo).names().value();
        QHash<qint64, QString> competencies;
        for (const Competency &c : std::as_const(m_packetOpening.competencies))
            competencies.insert(c.id, c.name);
        const QList<QPair<QString, ReportTable>> tables = tablesBySubheading(doc);

        int submitted = 0;
        const QList<Interview> interviews = InterviewRepository(*m_demo).forApplication(m_packet).value();
        for (const Interview &interview : interviews) {
            if (interview.status == InterviewStatus::Cancelled)
                continue;
            for (const PanelMember &member : interview.panel) {
                const Scorecard card = ScorecardRepository(*m_demo).current(interview.id, member.personId).value();
                const QString heading = people.value(member.personId) + QStringLiteral(" — ") + interview.title;
                if (!card.submitted) {
                    QVERIFY2(!hasBlock(doc, ReportBlock::Type::Subheading, heading), qPrintable(heading));
                    continue;
                }
                ++submitted;
                const auto table = std::find_if(tables.cbegin(), tables.cend(), [&](const auto &t) { return t.first == heading; });
                QVERIFY2(table != tables.cend(), qPrintable(QStringLiteral("no scorecard table for ") + heading));
                QCOMPARE(table->second.rows.size(), card.ratings.size());
                for (const CompetencyRating &r : card.ratings) {
                    const QStringList expected{competencies.value(r.competencyId),
                                               r.rating ? levelText(*r.rating, m_packetOpening) : QStringLiteral("Not assessed"),
                                               anonymizer.scrub(r.evidence, m_packetCandidate.id, m_packetCandidate.name)};
                    QVERIFY2(table->second.rows.contains(expected), qPrintable(expected.join(QStringLiteral(" | "))));
                }
            }
        }
        QVERIFY(submitted >= 2);
        // The draft: neither its evidence nor its summary nor a scorecard heading for its author.
        const QString text = doc.plainText();
        QVERIFY(!text.contains(draftEvidence));
        QVERIFY(!text.contains(draftSummary));
        for (const QString &heading : blockTexts(doc, ReportBlock::Type::Subheading))
            QVERIFY2(!heading.startsWith(QStringLiteral("Dana Draftwell")), qPrintable(heading));
        QVERIFY(text.contains(QStringLiteral("Scorecards not submitted yet")));
    }

    void packet_listsMissingMustHaves_data()
    {
        QTest::addColumn<qint64>("application");
        QTest::addColumn<bool>("anyMissing");
        const qint64 missing = scalar(*m_demo, QStringLiteral("SELECT min(id) FROM applications WHERE missing_must_haves > 1"));
        const qint64 none = scalar(*m_demo, QStringLiteral("SELECT min(id) FROM applications WHERE missing_must_haves = 0"));
        QVERIFY(missing > 0 && none > 0);
        QTest::newRow("missing must-haves") << missing << true;
        QTest::newRow("none missing") << none << false;
    }

    void packet_listsMissingMustHaves()
    {
        QFETCH(qint64, application);
        QFETCH(bool, anyMissing);
        ReportOptions options = packetOptions(false, {QStringLiteral("match")});
        options.applicationId = application;
        const ReportDocument doc = build(*m_demo, options);
        const MatchResult match = MatchRepository(*m_demo).explain(application).value();
        QStringList missing;
        for (const RequirementMatch &r : match.requirements) {
            if (r.mustHave && r.outcome == RequirementOutcome::Missing)
                missing << r.skill;
        }
        QCOMPARE(!missing.isEmpty(), anyMissing);
        const QString expected = anyMissing ? QStringLiteral("Missing must-haves: %1.").arg(missing.join(QStringLiteral(", ")))
                                            : QStringLiteral("No must-have requirement is missing.");
        QVERIFY2(hasBlock(doc, ReportBlock::Type::Paragraph, expected), qPrintable(doc.plainText()));
        QVERIFY(doc.plainText().contains(QStringLiteral("%1 of 100").arg(match.total.score)));
        // Only the chosen section.
        QCOMPARE(blockTexts(doc, ReportBlock::Type::Heading), QStringList{QStringLiteral("Requirement match")});
        // Missing must-haves are the emphasised rows.
        const auto table = std::find_if(doc.blocks.cbegin(), doc.blocks.cend(), [](const ReportBlock &b) { return b.type == ReportBlock::Type::Table; });
        QVERIFY(table != doc.blocks.cend());
        QCOMPARE(table->table.rows.size(), match.requirements.size());
        QCOMPARE(table->table.emphasized.size(), missing.size());
    }

    void packet_debriefMatrix_matchesTheDebrief()
    {
        const ReportDocument doc = build(*m_demo, packetOptions(false, {QStringLiteral("debrief")}));
        const Debrief debrief = DebriefRepository(*m_demo).forApplication(m_packet).value();
        QVERIFY(debrief.formulaScore);
        const QHash<qint64, QString> people = PeopleRepository(*m_demo).names().value();
        const auto block = std::find_if(doc.blocks.cbegin(), doc.blocks.cend(), [](const ReportBlock &b) { return b.type == ReportBlock::Type::Table; });
        QVERIFY(block != doc.blocks.cend());
        const ReportTable &table = block->table;
        QCOMPARE(table.headers.size(), debrief.interviewers.size() + 3);
        for (int i = 0; i < debrief.interviewers.size(); ++i)
            QCOMPARE(table.headers.at(i + 2), people.value(debrief.interviewers.at(i)));
        QCOMPARE(table.rows.size(), debrief.rows.size());
        QList<int> spread;
        for (int r = 0; r < debrief.rows.size(); ++r) {
            const DebriefRow &row = debrief.rows.at(r);
            QCOMPARE(table.rows.at(r).at(0), row.competency.name);
            for (int c = 0; c < row.cells.size(); ++c) {
                const DebriefCell &cell = row.cells.at(c);
                const QString shown = table.rows.at(r).at(c + 2);
                if (cell.assessed && std::abs(cell.rating - std::round(cell.rating)) < 0.01)
                    QCOMPARE(shown, levelText(int(std::lround(cell.rating)), m_packetOpening));
                else if (cell.notAssessed && !cell.assessed)
                    QCOMPARE(shown, QStringLiteral("Not assessed"));
                else if (!cell.assessed)
                    QCOMPARE(shown, QString());
            }
            QCOMPARE(table.rows.at(r).constLast(), row.mean ? fixed(*row.mean) : QStringLiteral("—"));
            if (row.spread)
                spread << r;
        }
        QCOMPARE(table.emphasized, spread);
        QVERIFY(doc.plainText().contains(QStringLiteral("Formula score %1 of 4").arg(fixed(*debrief.formulaScore))));
    }

    void packet_decisionAndNote_rationalePresent_scrubbedWhenAnonymised_data()
    {
        QTest::addColumn<bool>("anonymize");
        QTest::newRow("named") << false;
        QTest::newRow("anonymised") << true;
    }

    void packet_decisionAndNote_rationalePresent_scrubbedWhenAnonymised()
    {
        QFETCH(bool, anonymize);
        const ReportDocument doc = build(*m_demo, packetOptions(anonymize, {QStringLiteral("timeline"), QStringLiteral("decision")}));
        const Anonymizer anonymizer(anonymize, m_demoId);
        const QString rationale = anonymizer.scrub(m_rationale, m_packetCandidate.id, m_packetCandidate.name);
        QVERIFY(hasBlock(doc, ReportBlock::Type::Paragraph, QStringLiteral("Rationale: ") + rationale));
        QVERIFY(doc.plainText().contains(QStringLiteral("Advance")));
        const QString note = anonymizer.scrub(m_note, m_packetCandidate.id, m_packetCandidate.name);
        QVERIFY(allRows(doc).constLast().contains(note) || doc.plainText().contains(note));
        QCOMPARE(doc.plainText().contains(m_packetCandidate.name), !anonymize);
        if (anonymize) {
            QVERIFY(rationale.contains(Anonymizer::code(m_demoId, m_packetCandidate.id)));
            QVERIFY(rationale.startsWith(QStringLiteral("Solid system design")));
        }
    }

    void packet_withoutDecision_saysNoneIsRecorded()
    {
        ReportOptions options = packetOptions(false, {QStringLiteral("decision")});
        options.applicationId = scalar(*m_demo, QStringLiteral("SELECT min(id) FROM applications WHERE id NOT IN (SELECT application_id FROM decisions)"));
        const ReportDocument doc = build(*m_demo, options);
        QVERIFY(hasBlock(doc, ReportBlock::Type::Paragraph, QStringLiteral("No decision is recorded yet.")));
    }

    void packet_anonymised_showsCodeNotIdentity_data()
    {
        QTest::addColumn<QStringList>("sections");
        QTest::newRow("every section") << QStringList();
        QTest::newRow("profile only") << QStringList{QStringLiteral("profile")};
    }

    void packet_anonymised_showsCodeNotIdentity()
    {
        QFETCH(QStringList, sections);
        const ReportDocument doc = build(*m_demo, packetOptions(true, sections));
        const QString text = doc.plainText();
        const QString code = Anonymizer::code(m_demoId, m_packetCandidate.id);
        QVERIFY(doc.anonymized);
        QVERIFY(doc.scope.startsWith(code + QStringLiteral(" — ")));
        QVERIFY(doc.scope.endsWith(m_packetOpening.title));
        QVERIFY(text.contains(code));
        const QList<Identity> candidate{Identity{m_packetCandidate.id, m_packetCandidate.name, m_packetCandidate.email, m_packetCandidate.phone}};
        QVERIFY2(leaks(*m_demo, text, candidate).isEmpty(), qPrintable(leaks(*m_demo, text, candidate)));
        for (const QString &link : std::as_const(m_packetCandidate.links))
            QVERIFY(!text.contains(link));

        // Named, the same packet shows them.
        const ReportDocument named = build(*m_demo, packetOptions(false, sections));
        QVERIFY(named.scope.startsWith(m_packetCandidate.name + QStringLiteral(" — ")));
        QVERIFY(named.plainText().contains(m_packetCandidate.email));
        QVERIFY(!named.plainText().contains(code));
    }

    // ---- Calibration ----------------------------------------------------------

    void calibration_numbersAreTheRepositorys_data()
    {
        QTest::addColumn<QList<qint64>>("openings");
        QTest::addColumn<int>("expectedOpenings");
        const QList<QPair<qint64, QString>> titles = OpeningRepository(*m_demo).titles().value();
        QVERIFY(titles.size() >= 3);
        QTest::newRow("every opening") << QList<qint64>() << int(titles.size());
        QTest::newRow("one opening") << QList<qint64>{titles.at(1).first} << 1;
    }

    void calibration_numbersAreTheRepositorys()
    {
        QFETCH(QList<qint64>, openings);
        QFETCH(int, expectedOpenings);
        ReportOptions options;
        options.kind = ReportKind::Calibration;
        options.openingIds = openings;
        options.anonymize = true;   // interviewers are staff: named all the same
        const ReportDocument doc = build(*m_demo, options);
        const QList<QPair<qint64, QString>> titles = OpeningRepository(*m_demo).titles().value();
        QStringList titleTexts;
        for (const auto &[id, title] : titles)
            titleTexts << title;
        // Several openings: a heading per opening; one: the opening is the report's scope.
        QStringList openingHeadings;
        for (const QString &heading : blockTexts(doc, ReportBlock::Type::Heading)) {
            if (titleTexts.contains(heading))
                openingHeadings << heading;
        }
        QCOMPARE(openingHeadings.size(), expectedOpenings > 1 ? expectedOpenings : 0);
        if (expectedOpenings == 1)
            QVERIFY(titleTexts.contains(doc.scope));
        QList<QPair<QString, ReportTable>> tables;
        QString opening = doc.scope;
        for (const ReportBlock &b : doc.blocks) {
            if (b.type == ReportBlock::Type::Heading && titleTexts.contains(b.text))
                opening = b.text;
            else if (b.type == ReportBlock::Type::Table)
                tables << qMakePair(opening, b.table);
        }
        int charts = 0;
        for (const ReportBlock &b : doc.blocks) {
            if (b.type == ReportBlock::Type::Chart) {
                QCOMPARE(b.chart.kind, ReportChartKind::Calibration);
                ++charts;
            }
        }
        int checked = 0;
        for (const auto &[openingId, title] : titles) {
            if (!openings.isEmpty() && !openings.contains(openingId))
                continue;
            const Calibration expected = CalibrationRepository(*m_demo).compute(openingId).value();
            QList<ReportTable> mine;
            for (const auto &t : tables) {
                if (t.first == title)
                    mine << t.second;
            }
            QCOMPARE(mine.size(), 2);
            const ReportTable &interviewers = mine.at(0);
            const ReportTable &agreement = mine.at(1);
            QCOMPARE(interviewers.rows.size(), expected.interviewers.size());
            for (int i = 0; i < expected.interviewers.size(); ++i) {
                const InterviewerCalibration &c = expected.interviewers.at(i);
                const QStringList &row = interviewers.rows.at(i);
                QCOMPARE(row.at(0), c.name);
                QCOMPARE(row.at(1), QString::number(c.scorecards));
                QCOMPARE(row.at(2), QString::number(c.ratings));
                QCOMPARE(row.at(3), c.meanRating ? fixed(*c.meanRating) : QStringLiteral("—"));
                QCOMPARE(row.at(4), c.relativeToPanel ? signedFixed(*c.relativeToPanel) : QStringLiteral("—"));
                QCOMPARE(row.at(5), QString::number(c.ratingsCompared));
                QVERIFY2(doc.plainText().contains(c.name), qPrintable(c.name));
            }
            QCOMPARE(agreement.rows.size(), expected.agreement.size());
            for (int i = 0; i < expected.agreement.size(); ++i) {
                const CompetencyAgreement &a = expected.agreement.at(i);
                const QStringList &row = agreement.rows.at(i);
                QCOMPARE(row.at(0), a.competencyId == 0 ? QStringLiteral("Whole panel (every competency)") : a.name);
                QCOMPARE(row.at(1), a.alpha.alpha ? fixed(*a.alpha.alpha, 3) : QStringLiteral("—"));
                QCOMPARE(row.at(2), a.interval ? QStringLiteral("%1 to %2").arg(fixed(a.interval->low, 3), fixed(a.interval->high, 3))
                                               : QStringLiteral("—"));
                QCOMPARE(row.at(3), QString::number(a.alpha.pairableUnits));
                QCOMPARE(row.at(4), QString::number(qint64(a.alpha.pairableValues)));
                QCOMPARE(row.at(5).startsWith(QStringLiteral("too few ratings")), a.tooFewRatings);
            }
            QCOMPARE(agreement.emphasized, QList<int>{int(expected.agreement.size()) - 1});
            ++checked;
        }
        QCOMPARE(checked, expectedOpenings);
        QCOMPARE(charts, expectedOpenings);
        // No candidate of the database anywhere.
        const QList<Identity> everyone = identities(*m_demo, QStringLiteral("SELECT id FROM candidates"));
        QVERIFY2(leaks(*m_demo, doc.plainText(), everyone).isEmpty(), qPrintable(leaks(*m_demo, doc.plainText(), everyone)));
    }

    void calibration_chartIsTheCalibrationSeries()
    {
        const qint64 opening = OpeningRepository(*m_demo).titles().value().at(0).first;
        ReportOptions options;
        options.kind = ReportKind::Calibration;
        options.openingIds = {opening};
        const ReportDocument doc = build(*m_demo, options);
        const auto chart = std::find_if(doc.blocks.cbegin(), doc.blocks.cend(), [](const ReportBlock &b) { return b.type == ReportBlock::Type::Chart; });
        QVERIFY(chart != doc.blocks.cend());
        QVERIFY(std::holds_alternative<DotSeries>(chart->chart.series));
        const DotSeries expected = calibrationSeries(CalibrationRepository(*m_demo).interviewers(opening).value());
        const DotSeries &shown = std::get<DotSeries>(chart->chart.series);
        QVERIFY(!expected.names.isEmpty());
        QCOMPARE(shown.names, expected.names);
        QCOMPARE(shown.relative, expected.relative);
        QCOMPARE(shown.labels, expected.labels);
    }

    void calibration_sections_onlyThoseChosen()
    {
        ReportOptions options;
        options.kind = ReportKind::Calibration;
        options.openingIds = {OpeningRepository(*m_demo).titles().value().at(0).first};
        options.sections = {QStringLiteral("agreement")};
        const ReportDocument doc = build(*m_demo, options);
        int tables = 0;
        for (const ReportBlock &b : doc.blocks) {
            QVERIFY(b.type != ReportBlock::Type::Chart);
            if (b.type == ReportBlock::Type::Table) {
                ++tables;
                QCOMPARE(b.table.headers.constFirst(), QStringLiteral("Competency"));
            }
        }
        QCOMPARE(tables, 1);
    }

    // ---- Schedule ---------------------------------------------------------------

    void schedule_groupsByLocalDay_withoutCancelledOrOutOfRange_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("opening");   // index into m_smallOpenings; -1: every opening
        QTest::addColumn<QStringList>("expected");   // "yyyy-MM-dd title", in report order

        const QStringList week{QStringLiteral("2026-11-23 Alpha screen"), QStringLiteral("2026-11-23 Bravo deep-dive"),
                               QStringLiteral("2026-11-25 Charlie design"), QStringLiteral("2026-11-29 Golf late")};
        QTest::newRow("a week") << QDate(2026, 11, 23) << QDate(2026, 11, 29) << -1 << week;
        QTest::newRow("to defaults to six days later") << QDate(2026, 11, 23) << QDate() << -1 << week;
        QTest::newRow("one day") << QDate(2026, 11, 23) << QDate(2026, 11, 23) << -1
                                 << QStringList{QStringLiteral("2026-11-23 Alpha screen"), QStringLiteral("2026-11-23 Bravo deep-dive")};
        QTest::newRow("one opening") << QDate(2026, 11, 23) << QDate(2026, 11, 29) << 1 << QStringList{QStringLiteral("2026-11-25 Charlie design")};
        QTest::newRow("the day before") << QDate(2026, 11, 22) << QDate(2026, 11, 22) << -1 << QStringList{QStringLiteral("2026-11-22 Foxtrot earlier")};
        QTest::newRow("later") << QDate(2026, 11, 30) << QDate(2026, 12, 6) << -1 << QStringList{QStringLiteral("2026-12-03 Echo later")};
        QTest::newRow("nothing") << QDate(2026, 12, 10) << QDate(2026, 12, 12) << -1 << QStringList();
    }

    void schedule_groupsByLocalDay_withoutCancelledOrOutOfRange()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, opening);
        QFETCH(QStringList, expected);
        ReportOptions options;
        options.kind = ReportKind::Schedule;
        options.from = from;
        options.to = to;
        if (opening >= 0)
            options.openingIds = {m_smallOpenings.at(opening)};
        const ReportDocument doc = build(*m_small, options);
        QVERIFY(!doc.blocks.isEmpty());
        QStringList shown;
        for (const auto &[day, table] : tablesBySubheading(doc)) {
            const QDate date = QLocale().toDate(day, QStringLiteral("dddd d MMMM yyyy"));
            QVERIFY2(date.isValid(), qPrintable(day));
            for (const QStringList &row : table.rows)
                shown << date.toString(Qt::ISODate) + QLatin1Char(' ') + row.at(4);
        }
        QCOMPARE(shown, expected);
        QVERIFY(!doc.plainText().contains(QStringLiteral("Delta cancelled")));
        if (expected.isEmpty())
            QVERIFY(hasBlock(doc, ReportBlock::Type::Paragraph,
                             QStringLiteral("No interviews scheduled between %1 and %2.").arg(reporttext::date(from), reporttext::date(to))));
    }

    void schedule_rowShowsTimeCandidatePanelAndLocation()
    {
        ReportOptions options;
        options.kind = ReportKind::Schedule;
        options.from = QDate(2026, 11, 23);
        const ReportDocument doc = build(*m_small, options);
        const QList<QStringList> rows = allRows(doc);
        for (const QString &title : {QStringLiteral("Bravo deep-dive"), QStringLiteral("Charlie design"), QStringLiteral("Golf late")}) {
            const Interview i = m_smallInterviews.value(title);
            const auto row = std::find_if(rows.cbegin(), rows.cend(), [&](const QStringList &r) { return r.at(4) == title; });
            QVERIFY(row != rows.cend());
            QString format = QLocale().timeFormat(QLocale::ShortFormat);
            format.remove(QStringLiteral(":ss"));
            QString time = QLocale().toString(i.start.time(), format) + QStringLiteral("–")
                           + QLocale().toString(i.start.addSecs(i.durationMinutes * 60).time(), format);
            if (i.start.timeZone().id() != QTimeZone::systemTimeZoneId())
                time += QLatin1Char(' ') + i.start.timeZoneAbbreviation();
            QCOMPARE(row->at(0), time);
            QCOMPARE(row->at(6), i.location);
        }
        const auto bravo = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &r) { return r.at(4) == QLatin1String("Bravo deep-dive"); });
        QCOMPARE(bravo->at(1), QStringLiteral("Björn Lindqvist"));
        const Opening bigData = OpeningRepository(*m_small).load(m_smallOpenings.at(0)).value();
        const Stage *stage = bigData.stage(m_smallInterviews.value(QStringLiteral("Bravo deep-dive")).stageId);
        QVERIFY(stage);
        QCOMPARE(bravo->at(2), bigData.title);
        QCOMPARE(bravo->at(3), stage->name);
        QVERIFY2(bravo->at(5).startsWith(QStringLiteral("Ines Ortega (")), qPrintable(bravo->at(5)));
        QVERIFY(bravo->at(5).contains(QStringLiteral("Tomasz Nowak")));
        const auto charlie = std::find_if(rows.cbegin(), rows.cend(), [](const QStringList &r) { return r.at(4) == QLatin1String("Charlie design"); });
        QCOMPARE(charlie->at(2), OpeningRepository(*m_small).load(m_smallOpenings.at(1))->title);
    }

    void schedule_anonymised_showsCodes_data()
    {
        QTest::addColumn<bool>("demo");
        QTest::newRow("known interviews") << false;
        QTest::newRow("demo database") << true;
    }

    void schedule_anonymised_showsCodes()
    {
        QFETCH(bool, demo);
        Database &db = demo ? *m_demo : *m_small;
        ReportOptions options;
        options.kind = ReportKind::Schedule;
        options.anonymize = true;
        options.from = demo ? demoAsOf.date().addDays(-3) : QDate(2026, 11, 22);
        options.to = options.from.addDays(9);
        const ReportDocument doc = build(db, options);
        const QString text = doc.plainText();
        QVERIFY(!allRows(doc).isEmpty());
        // Every candidate with an interview around the range.
        const qint64 start = QDateTime(options.from.addDays(-1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 end = QDateTime(options.to.addDays(2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const QList<Identity> inScope = identities(db, QStringLiteral("SELECT a.candidate_id FROM interviews i JOIN applications a ON a.id = i.application_id "
                                                                      "WHERE i.starts_at BETWEEN %1 AND %2")
                                                           .arg(start)
                                                           .arg(end));
        QVERIFY(!inScope.isEmpty());
        QVERIFY2(leaks(db, text, inScope).isEmpty(), qPrintable(leaks(db, text, inScope)));
        const QString id = MetaRepository(db).databaseId().value();
        int codes = 0;
        for (const QStringList &row : allRows(doc)) {
            QVERIFY2(row.at(1).startsWith(QStringLiteral("C-")), qPrintable(row.at(1)));
            for (const Identity &p : inScope)
                codes += row.at(1) == Anonymizer::code(id, p.id) ? 1 : 0;
        }
        QCOMPARE(codes, allRows(doc).size());
        if (!demo)
            QVERIFY(text.contains(Anonymizer::code(id, m_smallCandidates.value(QStringLiteral("Amara Okafor")))));
    }

    // ---- Errors and finding the application ----------------------------------------

    void build_refusesWhatDoesNotExistOrFit_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("application");
        QTest::addColumn<QList<qint64>>("openings");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("code");
        const int notFound = int(ErrorCode::NotFound);
        const int invalid = int(ErrorCode::Invalid);
        QTest::newRow("packet without an application") << int(ReportKind::Candidate) << qint64(0) << QList<qint64>() << QDate() << QDate() << invalid;
        QTest::newRow("packet for a missing application") << int(ReportKind::Candidate) << qint64(987654) << QList<qint64>() << QDate() << QDate()
                                                          << notFound;
        QTest::newRow("calibration of a missing opening") << int(ReportKind::Calibration) << qint64(0) << QList<qint64>{1, 987654} << QDate() << QDate()
                                                          << notFound;
        QTest::newRow("schedule of a missing opening") << int(ReportKind::Schedule) << qint64(0) << QList<qint64>{987654} << QDate() << QDate()
                                                       << notFound;
        QTest::newRow("schedule ending before it starts") << int(ReportKind::Schedule) << qint64(0) << QList<qint64>() << QDate(2026, 11, 10)
                                                          << QDate(2026, 11, 9) << invalid;
        QTest::newRow("calibration ending before it starts") << int(ReportKind::Calibration) << qint64(0) << QList<qint64>() << QDate(2026, 11, 10)
                                                             << QDate(2026, 11, 9) << invalid;
        QTest::newRow("pipeline ending before it starts") << int(ReportKind::Pipeline) << qint64(0) << QList<qint64>() << QDate(2026, 11, 10)
                                                          << QDate(2026, 11, 1) << invalid;
    }

    void build_refusesWhatDoesNotExistOrFit()
    {
        QFETCH(int, kind);
        QFETCH(qint64, application);
        QFETCH(QList<qint64>, openings);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, code);
        ReportOptions options;
        options.kind = ReportKind(kind);
        options.applicationId = application;
        options.openingIds = openings;
        options.from = from;
        options.to = to;
        Result<ReportDocument> doc = ReportBuilder::build(*m_demo, options);
        QVERIFY(!doc);
        QCOMPARE(int(doc.error().code), code);
        QVERIFY(!doc.error().message.isEmpty());
        if (application == 987654)
            QVERIFY2(doc.error().message.contains(QStringLiteral("987654")), qPrintable(doc.error().message));
        if (openings.contains(987654))
            QVERIFY2(doc.error().message.contains(QStringLiteral("987654")), qPrintable(doc.error().message));
    }

    void build_cancelledByProgress_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("packet") << int(ReportKind::Candidate);
        QTest::newRow("calibration") << int(ReportKind::Calibration);
        QTest::newRow("schedule") << int(ReportKind::Schedule);
    }

    void build_cancelledByProgress()
    {
        QFETCH(int, kind);
        ReportOptions options = packetOptions(false);
        options.kind = ReportKind(kind);
        options.from = demoAsOf.date();
        int calls = 0;
        Result<ReportDocument> cancelled = ReportBuilder::build(*m_demo, options, [&calls](int, int) { return ++calls < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
        // Reported progress reaches the total when not cancelled.
        int lastDone = -1;
        int lastTotal = -2;
        Result<ReportDocument> done = ReportBuilder::build(*m_demo, options, [&](int d, int t) {
            lastDone = d;
            lastTotal = t;
            return true;
        });
        QVERIFY2(done, qPrintable(done.error().message));
        QCOMPARE(lastDone, lastTotal);
    }

    void findApplication_byIdOrEmail_data()
    {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<int>("opening");     // index into m_smallOpenings; -1: none given
        QTest::addColumn<QString>("expectedApplication");   // candidate name, "(cloud)" for Chen's second; empty: an error
        QTest::addColumn<int>("code");
        QTest::addColumn<QStringList>("messageMentions");
        const QString amaraId = QString::number(m_smallCandidates.value(QStringLiteral("Amara Okafor")));
        const QString chenId = QString::number(m_smallCandidates.value(QStringLiteral("Chen Wei")));
        const QString bigData = OpeningRepository(*m_small).load(m_smallOpenings.at(0))->title;
        const QString cloud = OpeningRepository(*m_small).load(m_smallOpenings.at(1))->title;
        QTest::newRow("by id") << amaraId << -1 << QStringLiteral("Amara Okafor") << 0 << QStringList();
        QTest::newRow("by email, any case") << QStringLiteral("  AMARA@Example.COM ") << -1 << QStringLiteral("Amara Okafor") << 0 << QStringList();
        QTest::newRow("unknown email") << QStringLiteral("nobody@example.com") << -1 << QString() << int(ErrorCode::NotFound)
                                       << QStringList{QStringLiteral("nobody@example.com")};
        QTest::newRow("unknown id") << QStringLiteral("987654") << -1 << QString() << int(ErrorCode::NotFound) << QStringList{QStringLiteral("987654")};
        QTest::newRow("several applications, none chosen") << chenId << -1 << QString() << int(ErrorCode::Invalid) << QStringList{bigData, cloud};
        QTest::newRow("several applications, opening chosen") << QStringLiteral("chen@example.com") << 1 << QStringLiteral("Chen Wei (cloud)") << 0
                                                               << QStringList();
        QTest::newRow("an opening they did not apply to") << amaraId << 1 << QString() << int(ErrorCode::NotFound) << QStringList{bigData};
    }

    void findApplication_byIdOrEmail()
    {
        QFETCH(QString, candidate);
        QFETCH(int, opening);
        QFETCH(QString, expectedApplication);
        QFETCH(int, code);
        QFETCH(QStringList, messageMentions);
        Result<qint64> found = ReportBuilder::findApplication(*m_small, candidate, opening >= 0 ? m_smallOpenings.at(opening) : 0);
        if (expectedApplication.isEmpty()) {
            QVERIFY(!found);
            QCOMPARE(int(found.error().code), code);
            for (const QString &mention : std::as_const(messageMentions))
                QVERIFY2(found.error().message.contains(mention), qPrintable(found.error().message));
            return;
        }
        QVERIFY2(found, qPrintable(found.error().message));
        const bool cloud = expectedApplication.endsWith(QStringLiteral("(cloud)"));
        const qint64 candidateId = m_smallCandidates.value(cloud ? QStringLiteral("Chen Wei") : expectedApplication);
        const Application app = ApplicationRepository(*m_small).load(*found).value();
        QCOMPARE(app.candidateId, candidateId);
        QCOMPARE(app.openingId, m_smallOpenings.at(cloud ? 1 : 0));
    }
};

QTEST_GUILESS_MAIN(TestReportBuilders)
#include "tst_reportbuilders.moc"
