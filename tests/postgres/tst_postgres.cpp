// The repositories on PostgreSQL through Qt's QPSQL driver, called exactly as
// the SQLite suite calls them, against a throwaway PostgreSQL 15 server started
// once for the whole test case (tests/common/pgserver.h). Each test that
// writes gets a database of its own; the search, filter, sort and export tests
// share one populated database, like tst_applicationquery. Where the SQLite
// tests compare with SQL written by hand, the SQL here is PostgreSQL's own.

#include "../common/metricsfixture.h"
#include "../common/pgserver.h"
#include "../common/requiredtool.h"
#include "../common/searchcases.h"
#include "../common/testdb.h"

#include "analytics/pipelinemetrics.h"
#include "domain/textfold.h"
#include "formats/applicationexport.h"
#include "formats/metricsexport.h"
#include "formats/scorecardfile.h"
#include "reports/reportbuilder.h"
#include "repositories/applicationrepository.h"
#include "repositories/auditrepository.h"
#include "repositories/bulkloader.h"
#include "repositories/calibrationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/debriefrepository.h"
#include "repositories/decisionrepository.h"
#include "repositories/duplicaterepository.h"
#include "repositories/interviewplanrepository.h"
#include "repositories/interviewrepository.h"
#include "repositories/matchrepository.h"
#include "repositories/metricsrepository.h"
#include "repositories/noterepository.h"
#include "repositories/peoplerepository.h"
#include "repositories/savedviewrepository.h"
#include "repositories/scorecardrepository.h"
#include "repositories/tagrepository.h"
#include "repositories/timelinerepository.h"
#include "storage/migrations.h"
#include "storage/sqlscript.h"
#include "storage/transaction.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <thread>

using namespace shortlist;
using namespace shortlist::test;

// tst_metrics' hand-worked pipeline: its stage indexes, dayAt() and its own "now".
namespace worked = shortlist::test::metricsfixture;

namespace {

constexpr qint64 now = 1'780'000'000;
constexpr int candidateCount = 60;

QList<qint64> sortedIds(const QList<ApplicationRow> &rows)
{
    QList<qint64> result;
    for (const ApplicationRow &r : rows)
        result << r.applicationId;
    std::sort(result.begin(), result.end());
    return result;
}

FilterCondition condition(FilterField field, QStringList values = {}, std::optional<int> min = {}, std::optional<int> max = {},
                          bool negate = false)
{
    FilterCondition c;
    c.field = field;
    c.values = std::move(values);
    c.minimum = min;
    c.maximum = max;
    c.negate = negate;
    return c;
}

FilterGroup group(QList<FilterCondition> conditions, bool any = false, QList<FilterGroup> groups = {}, bool negate = false)
{
    FilterGroup g;
    g.conditions = std::move(conditions);
    g.any = any;
    g.groups = std::move(groups);
    g.negate = negate;
    return g;
}

// Source is Referral AND (Years ≥ 8 OR NOT (Tag is relocation AND Match ≤ 40)).
FilterGroup nestedFilter()
{
    FilterGroup inner;
    inner.negate = true;
    inner.conditions = {condition(FilterField::Tag, {QStringLiteral("relocation"), QStringLiteral("silver-medal")}),
                        condition(FilterField::Match, {}, {}, 40)};
    FilterGroup middle;
    middle.any = true;
    middle.conditions = {condition(FilterField::Years, {}, 8), condition(FilterField::DaysInStage, {}, 14, {}, true)};
    middle.groups = {inner};
    FilterGroup outer;
    outer.conditions = {condition(FilterField::Source, {QStringLiteral("Referral")}), condition(FilterField::MissingMustHave, {}, {}, {}, true),
                        condition(FilterField::Stage, {QStringLiteral("Offer"), QStringLiteral("Hiring manager interview")})};
    outer.groups = {middle};
    return outer;
}

using Table = QList<QStringList>;

// A strict RFC 4180 reader (records end with CRLF); nullopt on any violation.
std::optional<Table> parseCsv(const QString &text)
{
    Table records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        field.clear();
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt;
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')) {
                if (text.at(i) == QLatin1Char('"') || text.at(i) == QLatin1Char('\n'))
                    return std::nullopt;
                field += text.at(i++);
            }
        }
        record << field;
        if (i < n && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        return std::nullopt;
    }
    if (!record.isEmpty())
        return std::nullopt;
    return records;
}

Table readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{QStringLiteral("<unreadable>")}};
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {{QStringLiteral("<no BOM>")}};
    const std::optional<Table> table = parseCsv(QString::fromUtf8(bytes.mid(3)));
    return table ? *table : Table{{QStringLiteral("<invalid CSV>")}};
}

// The spreadsheet-formula defence as the test understands it.
QString defended(const QString &value)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && triggers.contains(value.at(0)) ? QStringLiteral("'") + value : value;
}

Candidate person(const QString &name, const QString &email, const QString &phone, const QString &company)
{
    Candidate c;
    c.name = name;
    c.email = email;
    c.phone = phone;
    c.currentCompany = company;
    return c;
}

// Ids are the database's business; compare what the user edits (tst_interviewplan).
QList<PlanInterview> withoutIds(QList<PlanInterview> plan)
{
    for (PlanInterview &i : plan) {
        i.id = 0;
        for (PlanSlot &slot : i.slots)
            slot.id = 0;
    }
    return plan;
}

// A metrics report's JSON without what differs between two databases holding
// the same data: row ids, the file or server, when it was generated.
QJsonValue comparable(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue &x : v.toArray())
            a.append(comparable(x));
        return a;
    }
    if (!v.isObject())
        return v;
    QJsonObject o;
    const QJsonObject in = v.toObject();
    for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
        if (it.key() == QLatin1String("id") || it.key().endsWith(QLatin1String("Id")) || it.key() == QLatin1String("generated")
            || it.key() == QLatin1String("database"))
            continue;
        o.insert(it.key(), comparable(it.value()));
    }
    return o;
}

QList<qint64> reachedCounts(const QList<FunnelStep> &steps)
{
    QList<qint64> r;
    for (const FunnelStep &s : steps)
        r << s.reached;
    return r;
}

QList<qint64> reachedCounts(const QJsonArray &funnel)
{
    QList<qint64> r;
    for (const QJsonValue &v : funnel)
        r << v.toObject().value(QStringLiteral("reached")).toInteger();
    return r;
}

} // namespace

class TestPostgres : public QObject {
    Q_OBJECT

private:
    static constexpr const char *migratedTemplate = "shortlist_migrated";
    PgServer m_server;
    int m_databaseCount = 0;
    QString m_databaseName;        // the current test's own database
    std::unique_ptr<Database> m_db;
    qint64 m_opening = 0;

    // The interview and scorecard tests' people and application (interviewDatabase()).
    Opening m_plan;
    qint64 m_manager = 0;
    qint64 m_ines = 0;
    qint64 m_tomasz = 0;
    qint64 m_outsider = 0;
    qint64 m_application = 0;

    // Shared by the pipeline metrics tests that only read: tst_metrics'
    // hand-worked opening (workedDatabase()).
    std::unique_ptr<Database> m_worked;
    Opening m_workedOpening;

    // Shared by the search, filter, sort and export tests.
    std::unique_ptr<Database> m_query;
    qint64 m_queryOpening = 0;
    qint64 m_interviewer = 0;
    QHash<QString, qint64> m_candidateByName;

    std::unique_ptr<Database> connect(const QString &database, OpenOptions options = {})
    {
        if (options.actor.isEmpty())
            options.actor = QStringLiteral("tester");
        Result<std::unique_ptr<Database>> db = Database::openPostgres(m_server.params(database), options);
        if (!db) {
            qWarning("opening PostgreSQL database %s failed: %s (%s)", qPrintable(database), qPrintable(db.error().message),
                     qPrintable(db.error().detail));
            return nullptr;
        }
        return std::move(db).value();
    }

    // A new database on the server, empty or a copy of `templateName`; its
    // name, or an empty string.
    QString newDatabase(const QString &templateName = {})
    {
        const QString name = QStringLiteral("shortlist_%1").arg(++m_databaseCount);
        const QStringList options = templateName.isEmpty() ? QStringList() : QStringList{QStringLiteral("--template=") + templateName};
        if (!m_server.createDatabase(name, options)) {
            qWarning("%s", qPrintable(m_server.errorString()));
            return {};
        }
        return name;
    }

    // This test's own database, migrated, with a Big Data Tech Lead opening:
    // a copy of a database migrated once (the migration tests start empty).
    bool freshDatabase()
    {
        m_db.reset();
        m_databaseName = newDatabase(QString::fromLatin1(migratedTemplate));
        if (m_databaseName.isEmpty())
            return false;
        m_db = connect(m_databaseName);
        if (!m_db)
            return false;
        m_opening = createOpening(*m_db);
        return m_opening > 0;
    }

    Opening opening() { return OpeningRepository(*m_db).load(m_opening).value(); }

    qint64 stageId(StageCategory category) { return opening().firstStage(category)->id; }

    // ---------------------------------------------------------- query helpers

    QList<qint64> handWritten(const QString &where, const QString &orderBy = QStringLiteral("a.id"), const QString &join = {})
    {
        SqlQuery q(*m_query);
        QList<qint64> result;
        if (!q.exec(QStringLiteral("SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                   "JOIN stages s ON s.id = a.stage_id %1 WHERE a.opening_id = %2 AND (%3) ORDER BY %4")
                        .arg(join)
                        .arg(m_queryOpening)
                        .arg(where, orderBy))) {
            qWarning("%s", qPrintable(q.error().detail));
            return {-1};
        }
        while (q.next())
            result << q.int64(0);
        return result;
    }

    QList<ApplicationRow> fetch(const ApplicationQuery &query)
    {
        Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_query).rows(query, now, 0, 10'000);
        if (!rows) {
            qWarning("%s (%s)", qPrintable(rows.error().message), qPrintable(rows.error().detail));
            return {};
        }
        return *rows;
    }

    ApplicationQuery everything() const
    {
        ApplicationQuery query;
        query.openingId = m_queryOpening;
        query.includeClosed = true;
        return query;
    }

    QStringList namesFound(Database &db, qint64 openingId, const QString &search)
    {
        ApplicationQuery query;
        query.openingId = openingId;
        query.includeClosed = true;
        query.searchText = search;
        Result<QList<ApplicationRow>> rows = ApplicationRepository(db).rows(query, now, 0, 10'000);
        if (!rows)
            return {QStringLiteral("<error: %1>").arg(rows.error().detail)};
        QStringList names;
        for (const ApplicationRow &r : std::as_const(*rows))
            names << r.name;
        return names;
    }

    QStringList namesFound(const QString &search) { return namesFound(*m_query, m_queryOpening, search); }

    // ---------------------------------------------------------- duplicate helpers

    // Every table's rows except the audit log, the search index and the
    // migration log, ordered by all columns.
    QString dumpTables(Database &db)
    {
        SqlQuery tables(db);
        if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                                        "AND table_type = 'BASE TABLE' AND table_name NOT IN ('audit_log', 'schema_migrations', "
                                        "'candidate_search') ORDER BY table_name")))
            return QStringLiteral("error: ") + tables.error().detail;
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        QString dump;
        for (const QString &table : std::as_const(names)) {
            const qint64 columns = scalar(db, QStringLiteral("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                                                             "AND table_name = '%1'")
                                                  .arg(table));
            QStringList order;
            for (qint64 c = 1; c <= columns; ++c)
                order << QString::number(c);
            dump += QStringLiteral("## ") + table + QLatin1Char('\n');
            SqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY ") + order.join(QLatin1Char(','))))
                return QStringLiteral("error: ") + q.error().detail;
            while (q.next()) {
                for (int c = 0; c < int(columns); ++c) {
                    const QVariant v = q.value(c);
                    dump += v.isNull() ? QStringLiteral("NULL") : v.toString();
                    dump += QLatin1Char('|');
                }
                dump += QLatin1Char('\n');
            }
        }
        return dump;
    }

    // Candidates the full-text index finds for one word, hand-written.
    QString searchFor(Database &db, const QString &word)
    {
        return text(db, QStringLiteral("SELECT coalesce(string_agg(candidate_id::text, ',' ORDER BY candidate_id), '') FROM candidate_search "
                                       "WHERE document @@ to_tsquery('simple', '%1')")
                            .arg(word));
    }

    qint64 interview(qint64 applicationId, qint64 competencyId, const QList<qint64> &panel, const QString &uid)
    {
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("INSERT INTO interviews (application_id, stage_id, title, starts_at, uid, created_at) "
                                 "SELECT id, stage_id, 'Technical deep-dive', 1767600000, ?, 1767500000 FROM applications WHERE id = ? "
                                 "RETURNING id"));
        q.bind(uid).bind(applicationId);
        if (!q.exec() || !q.next()) {
            qWarning("%s", qPrintable(q.failure().detail));
            return 0;
        }
        const qint64 id = q.int64(0);
        q.finish();
        for (qint64 personId : panel) {
            q.prepare(QStringLiteral("INSERT INTO interview_panel (interview_id, person_id) VALUES (?, ?)"));
            q.bind(id).bind(personId);
            if (!q.exec())
                return 0;
            q.prepare(QStringLiteral("INSERT INTO panel_focus (interview_id, person_id, competency_id) VALUES (?, ?, ?)"));
            q.bind(id).bind(personId).bind(competencyId);
            if (!q.exec())
                return 0;
            q.prepare(QStringLiteral("INSERT INTO scorecards (interview_id, person_id, status, overall, summary, submitted_at, updated_at) "
                                     "VALUES (?, ?, 'submitted', 'yes', 'Clear examples.', 1767610000, 1767610000) RETURNING id"));
            q.bind(id).bind(personId);
            if (!q.exec() || !q.next())
                return 0;
            const qint64 scorecard = q.int64(0);
            q.finish();
            q.prepare(QStringLiteral("INSERT INTO scorecard_ratings (scorecard_id, competency_id, rating, evidence) VALUES (?, ?, 3, 'Solid.')"));
            q.bind(scorecard).bind(competencyId);
            if (!q.exec())
                return 0;
        }
        return id;
    }

    bool note(qint64 candidateId, std::optional<qint64> applicationId, const QString &body)
    {
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("INSERT INTO notes (candidate_id, application_id, author, created_at, body) VALUES (?, ?, 'tester', 1767000000, ?)"));
        q.bind(candidateId).bind(applicationId ? QVariant(*applicationId) : QVariant(QMetaType(QMetaType::LongLong))).bind(body);
        return q.exec();
    }

    bool attachment(qint64 candidateId, const QString &fileName)
    {
        SqlQuery q(*m_db);
        q.prepare(QStringLiteral("INSERT INTO attachments (candidate_id, file_name, mime_type, size_bytes, content, added_at) "
                                 "VALUES (?, ?, 'application/pdf', 4, ?, 1767000000)"));
        q.bind(candidateId).bind(fileName).bind(QByteArray("%PDF"));
        return q.exec();
    }

    qint64 apply(qint64 candidateId, qint64 openingId, qint64 appliedAt)
    {
        const Opening plan = OpeningRepository(*m_db).load(openingId).value();
        Result<qint64> id = ApplicationRepository(*m_db).create(candidateId, openingId, plan.stages.constFirst().id, appliedAt);
        return id ? *id : 0;
    }

    bool advance(qint64 applicationId, int times)
    {
        for (int i = 0; i < times; ++i) {
            Result<Application> app = ApplicationRepository(*m_db).load(applicationId);
            if (!app || !Pipeline(*m_db).moveToNextStage(applicationId, app->version))
                return false;
        }
        return true;
    }

    // Two records of one person with applications (one opening shared), moves,
    // interviews with panels and scorecards, notes, tags and attachments.
    struct Pair {
        qint64 keep = 0, merge = 0;
        qint64 keepShared = 0, keepOnly = 0, mergeShared = 0, mergeOnly = 0;
        QList<qint64> openings;
    };

    Pair buildPair()
    {
        Pair p;
        for (int i = 0; i < 3; ++i)
            p.openings << createOpening(*m_db);
        const qint64 zoe = PeopleRepository(*m_db).add(Person{0, QStringLiteral("Zoe Park"), {}, PersonRole::Interviewer, {}}).value();
        const qint64 adam = PeopleRepository(*m_db).add(Person{0, QStringLiteral("Adam Ruiz"), {}, PersonRole::HiringManager, {}}).value();
        const qint64 competency = OpeningRepository(*m_db).load(p.openings.at(0)).value().competencies.constFirst().id;

        Candidate keep = person(QStringLiteral("Priya Raman"), QStringLiteral("priya@example.com"), {}, {});
        keep.currentTitle = QStringLiteral("Data Engineer");
        keep.source = QStringLiteral("LinkedIn");
        keep.skills = {QStringLiteral("Spark"), QStringLiteral("Kafka")};
        keep.links = {QStringLiteral("https://github.com/priya")};
        keep.tags = {QStringLiteral("relocation"), QStringLiteral("shared")};
        Candidate merge = person(QStringLiteral("Priya  Raman"), QStringLiteral("p.raman@example.org"), QStringLiteral("+44 7700 900555"),
                                 QStringLiteral("Monzo"));
        merge.location = QStringLiteral("London, United Kingdom");
        merge.currentTitle = QStringLiteral("Senior Data Engineer");
        merge.yearsExperience = 9;
        merge.source = QStringLiteral("Referral");
        merge.referrer = QStringLiteral("Zoe Park");
        merge.skills = {QStringLiteral("spark"), QStringLiteral("Airflow")};
        merge.links = {QStringLiteral("https://github.com/priya"), QStringLiteral("https://priya.dev")};
        merge.tags = {QStringLiteral("shared"), QStringLiteral("open-source")};
        merge.consentOn = QDate(2026, 1, 10);
        merge.consentBasis = QStringLiteral("Legitimate interest");
        merge.retainUntil = QDate(2027, 1, 10);
        p.keep = CandidateRepository(*m_db).add(keep).value();
        p.merge = CandidateRepository(*m_db).add(merge).value();

        p.keepShared = apply(p.keep, p.openings.at(0), 1767000000);
        p.keepOnly = apply(p.keep, p.openings.at(1), 1767000100);
        p.mergeShared = apply(p.merge, p.openings.at(0), 1767000200);
        p.mergeOnly = apply(p.merge, p.openings.at(2), 1767000300);
        if (!advance(p.keepShared, 1) || !advance(p.mergeShared, 2) || !advance(p.mergeOnly, 1))
            return {};
        if (!interview(p.mergeShared, competency, {zoe, adam}, QStringLiteral("iv-merge-shared"))
            || !interview(p.mergeOnly, competency, {zoe}, QStringLiteral("iv-merge-only"))
            || !interview(p.keepShared, competency, {adam}, QStringLiteral("iv-keep-shared")))
            return {};
        if (!note(p.keep, {}, QStringLiteral("Met at the Kafka meetup.")) || !note(p.merge, {}, QStringLiteral("Referred by Zoe."))
            || !note(p.merge, p.mergeShared, QStringLiteral("Strong on streaming design.")))
            return {};
        if (!attachment(p.keep, QStringLiteral("cv-2025.pdf")) || !attachment(p.merge, QStringLiteral("cv-2026.pdf")))
            return {};
        return p;
    }

    // Applications of m_db's opening (id:stage:status:reason:entered:version) and the event count.
    QStringList snapshot()
    {
        QStringList rows = text(*m_db, QStringLiteral("SELECT string_agg(id || ':' || stage_id || ':' || status || ':' || rejection_reason || ':' || "
                                                      "stage_entered_at || ':' || version, '|' ORDER BY id) FROM applications WHERE opening_id = %1")
                                           .arg(m_opening))
                               .split(QLatin1Char('|'));
        rows << QStringLiteral("events=%1").arg(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")));
        return rows;
    }

    // ---------------------------------------------------------- interview helpers

    // This test's own database (freshDatabase()) with tst_interviews' people —
    // Priya the opening's hiring manager, Inês and Tomasz on panels, someone
    // never on a panel — and José Núñez's active application.
    bool interviewDatabase()
    {
        if (!freshDatabase())
            return false;
        m_manager = addPerson(*m_db, QStringLiteral("Priya Raman"), QStringLiteral("priya@example.com"));
        m_ines = addPerson(*m_db, QStringLiteral("Inês Duarte"), QStringLiteral("ines@example.com"));
        m_tomasz = addPerson(*m_db, QStringLiteral("Tomasz Wróbel"), QStringLiteral("tomasz@example.com"));
        m_outsider = addPerson(*m_db, QStringLiteral("Not On Panel"));
        if (m_manager <= 0 || m_ines <= 0 || m_tomasz <= 0 || m_outsider <= 0)
            return false;
        SqlQuery q(*m_db);
        if (!q.exec(QStringLiteral("UPDATE openings SET hiring_manager_id = %1 WHERE id = %2").arg(m_manager).arg(m_opening)))
            return false;
        m_plan = opening();
        m_application = addCandidate(*m_db, m_opening, QStringLiteral("José Núñez")).applicationId;
        return m_application > 0;
    }

    qint64 competency(int i) const { return m_plan.competencies.at(i).id; }

    // tst_interviews' draft: a technical deep-dive at 10:00 London time on
    // 30 October 2026 (after the clocks went back), Inês assessing the first two
    // competencies, Tomasz a general assessment.
    Interview plannedInterview() const
    {
        Interview i;
        i.applicationId = m_application;
        i.stageId = m_plan.stages.at(2).id;
        i.title = QStringLiteral("Technical deep-dive");
        i.start = QDateTime(QDate(2026, 10, 30), QTime(10, 0), QTimeZone("Europe/London"));
        i.durationMinutes = 75;
        i.location = QStringLiteral("https://meet.example/abc");
        i.panel = {PanelMember{m_ines, {competency(0), competency(1)}}, PanelMember{m_tomasz, {}}};
        return i;
    }

    // The scorecard tests' interview: 20 November 2026 10:00 London (10:00 UTC),
    // 60 minutes, with `panel`; 0 on failure.
    qint64 scheduleScored(const QList<PanelMember> &panel)
    {
        Interview i;
        i.applicationId = m_application;
        i.stageId = m_plan.stages.at(2).id;
        i.start = QDateTime(QDate(2026, 11, 20), QTime(10, 0), QTimeZone("Europe/London"));
        i.panel = panel;
        Result<qint64> id = InterviewRepository(*m_db).schedule(i);
        if (!id) {
            qWarning("schedule failed: %s (%s)", qPrintable(id.error().message), qPrintable(id.error().detail));
            return 0;
        }
        return *id;
    }

    // Inês assesses the first two competencies, Tomasz the third (tst_scorecards).
    qint64 scheduleScorecardPanel()
    {
        return scheduleScored({PanelMember{m_ines, {competency(0), competency(1)}}, PanelMember{m_tomasz, {competency(2)}}});
    }

    // `personId`'s current scorecard with every focus competency rated 3 and "yes".
    Scorecard completeScorecard(qint64 interviewId, qint64 personId)
    {
        Scorecard s = ScorecardRepository(*m_db).current(interviewId, personId).value();
        for (CompetencyRating &r : s.ratings)
            r.rating = 3;
        s.overall = Recommendation::Yes;
        s.summary = QStringLiteral("Solid streaming design; thin on cost trade-offs.");
        return s;
    }

    // tst_scorecardfile's returned file: every competency rated 3 with evidence.
    QByteArray filledScorecardFile(qint64 interviewId, qint64 personId)
    {
        const QByteArray blank = ScorecardFile::create(*m_db, interviewId, personId).value();
        const QJsonArray competencies = QJsonDocument::fromJson(blank).object().value(QStringLiteral("competencies")).toArray();
        QList<CompetencyRating> ratings;
        for (const QJsonValue &c : competencies)
            ratings << CompetencyRating{c.toObject().value(QStringLiteral("id")).toInteger(), 3, false, QStringLiteral("Clear, worked example")};
        return ScorecardFile::fillAndSign(blank, ratings, Recommendation::Yes, QStringLiteral("Would hire")).value();
    }

    // tst_calibration's data on this test's database: `candidates` candidates,
    // each interviewed once by Lenient, Exact and Harsh on the first two
    // competencies; the true level 2 or 3 by turns, Lenient rating it +1, Exact
    // as is, Harsh -1 (and "not assessed" on the second competency of the first
    // candidate). The three people, or an empty list.
    QList<qint64> buildCalibration(int candidates)
    {
        const QList<qint64> people = {addPerson(*m_db, QStringLiteral("Lenient")), addPerson(*m_db, QStringLiteral("Exact")),
                                      addPerson(*m_db, QStringLiteral("Harsh"))};
        const Opening plan = opening();
        const QList<qint64> focus = {plan.competencies.at(0).id, plan.competencies.at(1).id};
        for (int c = 0; c < candidates; ++c) {
            Interview i;
            i.applicationId = addCandidate(*m_db, m_opening, QStringLiteral("Candidate %1").arg(c)).applicationId;
            i.stageId = plan.stages.at(2).id;
            i.start = QDateTime(QDate(2026, 11, 2 + c), QTime(10, 0), QTimeZone("Europe/London"));
            for (qint64 p : people)
                i.panel << PanelMember{p, focus};
            Result<qint64> scheduled = InterviewRepository(*m_db).schedule(i);
            if (!scheduled) {
                qWarning("schedule failed: %s (%s)", qPrintable(scheduled.error().message), qPrintable(scheduled.error().detail));
                return {};
            }
            const int truth = 2 + c % 2;
            for (int k = 0; k < 3; ++k) {
                Scorecard s = ScorecardRepository(*m_db).current(*scheduled, people.at(k)).value();
                for (CompetencyRating &r : s.ratings)
                    r.rating = truth + 1 - k;
                if (k == 2 && c == 0) {
                    s.ratings[1].rating.reset();
                    s.ratings[1].notAssessed = true;
                }
                s.overall = k == 0 ? Recommendation::StrongYes : (k == 1 ? Recommendation::Yes : Recommendation::No);
                Result<qint64> submitted = ScorecardRepository(*m_db).submit(s);
                if (!submitted) {
                    qWarning("submit failed: %s (%s)", qPrintable(submitted.error().message), qPrintable(submitted.error().detail));
                    return {};
                }
            }
        }
        return people;
    }

    // ---------------------------------------------------------- metrics helpers

    // tst_metrics' six candidates (tests/common/metricsfixture.h) on a copy of
    // the migrated database with no other opening; its opening, or nullopt.
    std::optional<Opening> newWorkedDatabase(std::unique_ptr<Database> &db)
    {
        const QString name = newDatabase(QString::fromLatin1(migratedTemplate));
        if (name.isEmpty())
            return std::nullopt;
        db = connect(name);
        if (!db)
            return std::nullopt;
        const qint64 id = worked::build(*db);
        if (!id) {
            qWarning("building the worked pipeline failed");
            return std::nullopt;
        }
        Result<Opening> o = OpeningRepository(*db).load(id);
        if (!o)
            return std::nullopt;
        return *o;
    }

    // The shared worked database, built on first use.
    bool workedDatabase()
    {
        if (m_worked)
            return true;
        std::unique_ptr<Database> db;
        const std::optional<Opening> o = newWorkedDatabase(db);
        if (!o)
            return false;
        m_workedOpening = *o;
        m_worked = std::move(db);
        return true;
    }

    // The metrics of the worked opening, "now" being the fixture's day 60.
    PipelineMetrics workedMetrics(MetricsFilter f)
    {
        if (f.openingIds.isEmpty())
            f.openingIds = {m_workedOpening.id};
        f.now = worked::now;
        Result<PipelineMetrics> m = MetricsRepository(*m_worked).compute(f);
        if (!m)
            qWarning("%s", qPrintable(m.error().message + QLatin1Char(' ') + m.error().detail));
        return m ? *m : PipelineMetrics{};
    }

    static const StageTime &workedStageTimeOf(const PipelineMetrics &m, const Opening &o, int stage)
    {
        for (const StageTime &t : m.timeInStage) {
            if (t.stageId == o.stages.at(stage).id)
                return t;
        }
        static const StageTime none;
        return none;
    }

    const StageTime &workedStageTime(const PipelineMetrics &m, int stage) const { return workedStageTimeOf(m, m_workedOpening, stage); }

private Q_SLOTS:
    void initTestCase()
    {
        QElapsedTimer timer;
        timer.start();
        if (!m_server.start()) {
            SHORTLIST_REQUIRE_TOOL(!m_server.unavailable(), m_server.errorString());
            QFAIL(qPrintable(m_server.errorString()));
        }
        qInfo("PostgreSQL started on 127.0.0.1:%d in %lld ms", m_server.port(), m_server.startupMs());

        // Migrated once (connected, then closed at once: a template may have no
        // open connection); each test's own database is a copy.
        QVERIFY2(m_server.createDatabase(QString::fromLatin1(migratedTemplate)), qPrintable(m_server.errorString()));
        QVERIFY(connect(QString::fromLatin1(migratedTemplate)) != nullptr);

        // The shared database of the query tests (tst_applicationquery's data).
        const QString name = newDatabase();
        QVERIFY(!name.isEmpty());
        m_query = connect(name);
        QVERIFY(m_query);
        m_queryOpening = createOpening(*m_query);
        QVERIFY(m_queryOpening > 0);
        const QStringList special = {QStringLiteral("José Núñez"), QStringLiteral("Zoë Ångström"), QStringLiteral("王伟"),
                                     QStringLiteral("Дмитрий Иванов"), QStringLiteral("Siobhán O'Brien"),
                                     QStringLiteral("Marlowe Quist")};
        const QStringList sources = {QStringLiteral("LinkedIn"), QStringLiteral("Referral"), QStringLiteral("Job board")};
        WriteTransaction tx(*m_query);
        QVERIFY(tx.ok());
        for (int i = 0; i < candidateCount; ++i) {
            Candidate c = makeCandidate(i < special.size() ? special.at(i) : QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("person%1@example.com").arg(i));
            c.source = sources.at(i % sources.size());
            c.yearsExperience = i % 11 == 0 ? std::nullopt : std::optional<int>(i % 20);
            c.currentTitle = i % 2 ? QStringLiteral("Senior Data Engineer") : QStringLiteral("Platform Engineer");
            c.skills = i % 4 ? QStringList{QStringLiteral("Apache Spark"), QStringLiteral("Kafka")} : QStringList{QStringLiteral("Go")};
            if (i % 5 == 0)
                c.tags << QStringLiteral("relocation");
            if (i % 7 == 0)
                c.tags << QStringLiteral("silver-medal");
            Result<NewApplication> added = Pipeline(*m_query).addCandidate(c, m_queryOpening, now - (i + 1) * 86400 * 3);
            QVERIFY2(added, qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
            m_candidateByName.insert(c.name, added->candidateId);
            int version = 1;
            for (int step = 0; step < i % 4; ++step) {
                Result<StageMove> moved = Pipeline(*m_query).moveToNextStage(added->applicationId, version);
                QVERIFY2(moved, qPrintable(moved.error().detail));
                version = moved->after.version;
            }
            if (i % 9 == 0)
                QVERIFY(Pipeline(*m_query).reject(added->applicationId, version, QStringLiteral("Compensation mismatch")));
        }
        SqlQuery q(*m_query);
        // PostgreSQL has no integer = boolean: missing_must_haves is 0 or 1.
        QVERIFY2(q.exec(QStringLiteral("UPDATE applications SET match_score = (id * 37) % 101, "
                                       "missing_must_haves = CASE WHEN id % 4 = 0 THEN 1 ELSE 0 END")),
                 qPrintable(q.error().detail));
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET stage_entered_at = %1 - (id % 30) * 86400").arg(now)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO people (name, role, created_at) VALUES ('Ines Duarte', 'interviewer', 0)")));
        m_interviewer = scalar(*m_query, QStringLiteral("SELECT max(id) FROM people"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (candidate_id, author, created_at, body) "
                                      "VALUES (%1, 'tester', 0, 'Spoke with Marlowe about the role')")
                           .arg(m_candidateByName.value(QStringLiteral("Person 10")))));
        // Ines interviewed every third application (one interview cancelled).
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO interviews (application_id, stage_id, starts_at, uid, created_at, status) "
                                       "SELECT id, stage_id, 0, 'uid-' || id, 0, CASE WHEN id = 3 THEN 'cancelled' ELSE 'scheduled' END "
                                       "FROM applications WHERE id % 3 = 0")),
                 qPrintable(q.error().detail));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interview_panel (interview_id, person_id) SELECT id, %1 FROM interviews").arg(m_interviewer)));
        QVERIFY(tx.commit());
        qInfo("server and shared data ready in %lld ms", timer.elapsed());
    }

    void cleanup() { m_db.reset(); }

    void cleanupTestCase()
    {
        m_db.reset();
        m_query.reset();
        m_worked.reset();
        m_server.stop();
    }

    // ------------------------------------------------------------------ schema

    void migrations_reachLatestVersion_andAuditLogIsAppendOnly()
    {
        const QString name = newDatabase();
        QVERIFY(!name.isEmpty());
        {
            auto db = connect(name);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
            QCOMPARE(db->dialect().kind(), SqlDialect::Kind::Postgres);
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(Migrations::steps().size()));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'database_id'")), 1);
            QVERIFY(scalar(*db, QStringLiteral("SELECT count(*) FROM pg_extension WHERE extname = 'unaccent'")) == 1);

            QVERIFY(!AuditRepository(*db).append(QStringLiteral("test"), QStringLiteral("database"), std::nullopt, QStringLiteral("first")));
            QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log")), 1);
            SqlQuery q(*db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
            QVERIFY2(q.error().detail.contains(QStringLiteral("append-only")), qPrintable(q.error().detail));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
            QVERIFY2(q.error().detail.contains(QStringLiteral("append-only")), qPrintable(q.error().detail));
            QCOMPARE(text(*db, QStringLiteral("SELECT actor || ' ' || detail FROM audit_log")), QStringLiteral("tester first"));
        }
        // Opening again migrates nothing.
        auto again = connect(name);
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(scalar(*again, QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(Migrations::steps().size()));
        QVERIFY(again->migrationBackupPath().isEmpty());
    }

    void migrations_upgradeFromVersion2_scoresAndKeysOnce()
    {
        const QString name = newDatabase();
        QVERIFY(!name.isEmpty());
        qint64 application = 0;
        qint64 openingId = 0;
        {
            OpenOptions v2;
            v2.targetVersion = 2;
            auto db = connect(name, v2);
            QVERIFY(db);
            QCOMPARE(db->schemaVersion(), 2);
            openingId = createOpening(*db);
            QVERIFY(openingId > 0);
            SqlQuery q(*db);
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO candidates (name, sort_name, email, phone, current_company, skills, years_experience, "
                                             "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 10, 4, 0, 0) RETURNING id")));
            q.bind(QStringLiteral("José Núñez")).bind(QStringLiteral("jose nunez")).bind(QStringLiteral(" Jose@Example.com"))
                .bind(QStringLiteral("+34 600 123 456")).bind(QStringLiteral("Telefónica")).bind(QStringLiteral("spark\nkafka"));
            QVERIFY2(q.exec() && q.next(), qPrintable(q.failure().detail));
            const qint64 candidate = q.int64(0);
            q.finish();
            // Version 2 has no match columns: the repository cannot write this application.
            q.prepare(QStringLiteral("INSERT INTO applications (candidate_id, opening_id, stage_id, applied_at, stage_entered_at, updated_at) "
                                     "VALUES (?, ?, ?, 1, 1, 1) RETURNING id"));
            q.bind(candidate).bind(openingId).bind(OpeningRepository(*db).load(openingId)->stages.constFirst().id);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.failure().detail));
            application = q.int64(0);
        }
        auto db = connect(name);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Migrations::latestVersion());
        // Existing candidates are indexed by the migration itself.
        QCOMPARE(namesFound(*db, openingId, QStringLiteral("jose")), QStringList{QStringLiteral("José Núñez")});
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('match_scores_stale', 'duplicate_keys_stale')")), 2);
        QVERIFY(!MatchRepository(*db).refreshIfStale());
        QCOMPARE(scalar(*db, QStringLiteral("SELECT match_score FROM applications WHERE id = %1").arg(application)), 25);
        QVERIFY(!DuplicateRepository(*db).refreshKeysIfStale());
        QCOMPARE(text(*db, QStringLiteral("SELECT email_key || '|' || phone_key || '|' || company_key FROM candidates")),
                 QStringLiteral("jose@example.com|+34600123456|telefonica"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM meta WHERE key IN ('match_scores_stale', 'duplicate_keys_stale')")), 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT version FROM candidates")), 4);
    }

    void scriptSplitter_postgresTriggerEndsAtItsSemicolon()
    {
        const QStringList split = splitSqlScript(QStringLiteral(
            "CREATE TRIGGER t1 AFTER INSERT ON t\n  FOR EACH ROW EXECUTE FUNCTION f();\n"
            "-- comment\n"
            "CREATE FUNCTION g() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RETURN NULL;\nEND;\n$$;\n"
            "CREATE TRIGGER t2 AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION g();\n"));
        QCOMPARE(split.size(), 3);
        QCOMPARE(split.at(0), QStringLiteral("CREATE TRIGGER t1 AFTER INSERT ON t\n  FOR EACH ROW EXECUTE FUNCTION f()"));
        QVERIFY2(split.at(1).startsWith(QLatin1String("CREATE FUNCTION g()")) && split.at(1).endsWith(QLatin1String("$$")), qPrintable(split.at(1)));
        QCOMPARE(split.at(2), QStringLiteral("CREATE TRIGGER t2 AFTER DELETE ON t FOR EACH ROW EXECUTE FUNCTION g()"));
    }

    void open_refusesForeignAndNewerDatabases_andHonoursReadOnly()
    {
        // Another program's database is not taken over.
        const QString foreign = newDatabase();
        QVERIFY(!foreign.isEmpty());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst-postgres-raw"));
            raw.setHostName(m_server.host());
            raw.setPort(m_server.port());
            raw.setDatabaseName(foreign);
            raw.setUserName(QStringLiteral("postgres"));
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst-postgres-raw"));
        Result<std::unique_ptr<Database>> refused = Database::openPostgres(m_server.params(foreign));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotADatabase);
        QCOMPARE(scalar(*m_query, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(foreign)), 1);

        // A database written by a newer Shortlist is refused.
        QVERIFY(freshDatabase());
        {
            SqlQuery q(*m_db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (%1, 'future', 0)")
                               .arg(Migrations::latestVersion() + 1)));
        }
        Result<std::unique_ptr<Database>> newer = Database::openPostgres(m_server.params(m_databaseName));
        QVERIFY(!newer);
        QCOMPARE(newer.error().code, ErrorCode::NewerSchema);
        {
            SqlQuery q(*m_db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE name = 'future'")));
        }

        // Read-only on request: reads work, every write is refused.
        OpenOptions readOnlyOptions;
        readOnlyOptions.forceReadOnly = true;
        auto readOnly = connect(m_databaseName, readOnlyOptions);
        QVERIFY(readOnly);
        QVERIFY(readOnly->isReadOnly());
        QCOMPARE(OpeningRepository(*readOnly).load(m_opening)->title, QStringLiteral("Big Data Tech Lead"));
        Result<NewApplication> added = Pipeline(*readOnly).addCandidate(makeCandidate(QStringLiteral("Nobody")), m_opening);
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::ReadOnly);
        SqlQuery write(*readOnly);
        QVERIFY(!write.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', 'y')")));
        QCOMPARE(write.error().code, ErrorCode::ReadOnly);
        // Copies of a server database are the server's business (pg_dump).
        QTemporaryDir dir;
        QCOMPARE(readOnly->saveCopyTo(dir.filePath(QStringLiteral("copy.shortlist"))).code, ErrorCode::Invalid);

        // No server at that address.
        PostgresParams nowhere = m_server.params(m_databaseName);
        nowhere.port = 1;
        Result<std::unique_ptr<Database>> unreachable = Database::openPostgres(nowhere);
        QVERIFY(!unreachable);
        QCOMPARE(unreachable.error().code, ErrorCode::Io);
        QVERIFY2(unreachable.error().message.contains(QStringLiteral("Cannot connect")), qPrintable(unreachable.error().message));
    }

    // ------------------------------------------------------------------ pipeline

    void opening_fromTemplate_andCandidateRoundTrip()
    {
        QVERIFY(freshDatabase());
        const Opening o = opening();
        QCOMPARE(o.title, QStringLiteral("Big Data Tech Lead"));
        QCOMPARE(o.stages.size(), 10);
        QCOMPARE(o.stages.at(7).category, StageCategory::Hired);
        QCOMPARE(o.requirements.size(), 11);
        QVERIFY(o.requirements.first().mustHave);
        QCOMPARE(o.requirements.first().minYears, 8);
        QCOMPARE(o.competencies.size(), 9);
        QVERIFY(!o.competencies.first().levels.at(3).isEmpty());
        QVERIFY(!o.ratingLevels.at(3).isEmpty());
        QCOMPARE(o.createdOn, QDate(2026, 6, 1));
        QCOMPARE(OpeningRepository(*m_db).findByTitle(QStringLiteral("BIG DATA tech lead"))->value_or(0), m_opening);

        Candidate c = makeCandidate(QStringLiteral("José Núñez"), QStringLiteral("jose@example.com"));
        c.phone = QStringLiteral("+34 600 123 456");
        c.location = QStringLiteral("Madrid, Spain");
        c.currentTitle = QStringLiteral("Data Architect");
        c.currentCompany = QStringLiteral("Iberia Data");
        c.referrer = QStringLiteral("Ana Lima");
        c.links = {QStringLiteral("https://example.org/jose")};
        c.tags = {QStringLiteral("relocation"), QStringLiteral("strong-spark")};
        c.consentOn = QDate(2026, 5, 1);
        c.consentBasis = QStringLiteral("consent");
        c.retainUntil = QDate(2028, 5, 1);
        Result<NewApplication> added = Pipeline(*m_db).addCandidate(c, m_opening, 1'700'000'000);
        QVERIFY2(added, qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
        Result<Candidate> loaded = CandidateRepository(*m_db).load(added->candidateId);
        QVERIFY(loaded);
        QCOMPARE(loaded->name, c.name);
        QCOMPARE(loaded->email, c.email);
        QCOMPARE(loaded->phone, c.phone);
        QCOMPARE(loaded->yearsExperience, c.yearsExperience);
        QCOMPARE(loaded->skills, c.skills);
        QCOMPARE(loaded->links, c.links);
        QCOMPARE(loaded->tags, c.tags);
        QCOMPARE(loaded->consentOn, c.consentOn);
        QCOMPARE(loaded->retainUntil, c.retainUntil);
        QCOMPARE(loaded->version, 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT sort_name FROM candidates WHERE id = %1").arg(added->candidateId)), QStringLiteral("jose nunez"));
        Result<QList<CandidateApplication>> applications = ApplicationRepository(*m_db).forCandidate(added->candidateId);
        QVERIFY(applications);
        QCOMPARE(applications->size(), 1);
        QCOMPARE(applications->first().stageName, QStringLiteral("Applied"));

        // Invalid input writes nothing.
        Candidate invalid = makeCandidate(QStringLiteral("Ana"), QStringLiteral("ana-at-example"));
        Result<NewApplication> refused = Pipeline(*m_db).addCandidate(invalid, m_opening);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), 1);
        // A second application to the same opening is refused with a message.
        Result<qint64> again = ApplicationRepository(*m_db).create(added->candidateId, m_opening, o.stages.first().id, 1);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains(QStringLiteral("already applied")), qPrintable(again.error().message));
        // Undo of the add removes it again.
        QVERIFY(!Pipeline(*m_db).removeNewCandidate(*added));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_search")), 0);
    }

    void moves_rejectReopenHire_andUndoRedo()
    {
        QVERIFY(freshDatabase());
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Kenji Sato"), 1'700'000'000);
        QVERIFY(created.applicationId > 0);
        const Opening o = opening();
        Pipeline pipeline(*m_db);
        Result<StageMove> next = pipeline.moveToNextStage(created.applicationId, 1);
        QVERIFY2(next, qPrintable(next.error().detail));
        QCOMPARE(next->after.stageId, o.stages.at(1).id);
        QVERIFY(!pipeline.moveToStage(created.applicationId, 2, o.stages.last().id));
        QVERIFY(!pipeline.reject(created.applicationId, 2, QStringLiteral("  ")));
        Result<StageMove> rejected = pipeline.reject(created.applicationId, 2, QStringLiteral("Position filled"));
        QVERIFY2(rejected, qPrintable(rejected.error().detail));
        Result<Application> app = ApplicationRepository(*m_db).load(created.applicationId);
        QCOMPARE(app->status, ApplicationStatus::Rejected);
        QCOMPARE(app->rejectionReason, QStringLiteral("Position filled"));
        QCOMPARE(ApplicationRepository(*m_db).stageBeforeExit(created.applicationId)->value_or(0), o.stages.at(1).id);

        // Undo the rejection, then redo it.
        ApplicationRepository repo(*m_db);
        const Error undo = repo.revert(*rejected);
        QVERIFY2(!undo, qPrintable(undo.detail));
        Application after = *repo.load(created.applicationId);
        QCOMPARE(after.stageId, rejected->before.stageId);
        QCOMPARE(after.status, ApplicationStatus::Active);
        QCOMPARE(after.stageEnteredAt, rejected->before.stageEnteredAt);
        QCOMPARE(after.rejectionReason, QString());
        QCOMPARE(after.version, rejected->before.version);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 2);
        Result<StageMove> redone = repo.reapply(*rejected, QStringLiteral("Position filled"));
        QVERIFY2(redone, qPrintable(redone.error().detail));
        QCOMPARE(repo.load(created.applicationId)->status, ApplicationStatus::Rejected);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'undo-move'")), 1);

        // Closed: no moves until reopened; reopening returns where it was.
        app = repo.load(created.applicationId);
        QVERIFY(!pipeline.moveToNextStage(created.applicationId, app->version));
        Result<StageMove> reopened = pipeline.reopen(created.applicationId, app->version);
        QVERIFY2(reopened, qPrintable(reopened.error().detail));
        QCOMPARE(reopened->after.stageId, o.stages.at(1).id);
        Result<StageMove> hired = pipeline.moveToStage(created.applicationId, reopened->after.version, o.firstStage(StageCategory::Hired)->id);
        QVERIFY(hired);
        QCOMPARE(hired->after.status, ApplicationStatus::Hired);
        QCOMPARE(pipeline.remainingHeadcount(m_opening).value(), o.headcount - 1);
        Result<QList<StageEvent>> events = repo.timelineForCandidate(created.candidateId);
        QVERIFY(events);
        QCOMPARE(events->size(), 5);
        QVERIFY(!events->first().fromStageId);
        QCOMPARE(events->last().toStageName, o.firstStage(StageCategory::Hired)->name);
    }

    void staleWrites_fromSecondConnection_areRefused()
    {
        QVERIFY(freshDatabase());
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Priya Raman"));
        auto other = connect(m_databaseName);  // a second Shortlist on the same database
        QVERIFY(other);
        Result<Candidate> mine = CandidateRepository(*m_db).load(created.candidateId);
        Result<Candidate> theirs = CandidateRepository(*other).load(created.candidateId);
        QVERIFY(mine && theirs);
        theirs->currentTitle = QStringLiteral("Principal Engineer");
        QVERIFY(CandidateRepository(*other).update(*theirs));
        mine->currentTitle = QStringLiteral("Staff Engineer");
        Result<int> saved = CandidateRepository(*m_db).update(*mine);
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, ErrorCode::Stale);
        QCOMPARE(CandidateRepository(*m_db).load(created.candidateId)->currentTitle, QStringLiteral("Principal Engineer"));

        // A move undone after someone else moved the application is refused.
        Result<StageMove> move = Pipeline(*m_db).moveToNextStage(created.applicationId, 1);
        QVERIFY(move);
        QVERIFY(Pipeline(*other).moveToNextStage(created.applicationId, move->after.version));
        QCOMPARE(ApplicationRepository(*m_db).revert(*move).code, ErrorCode::Stale);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events")), 3);
        // A move from an old version is refused too.
        QCOMPARE(Pipeline(*m_db).moveToNextStage(created.applicationId, move->after.version).error().code, ErrorCode::Stale);

        Opening o = opening();
        o.headcount = 3;
        QVERIFY(OpeningRepository(*m_db).updateDetails(o));
        o.headcount = 4;
        Result<int> stale = OpeningRepository(*other).updateDetails(o);
        QVERIFY(!stale);
        QCOMPARE(stale.error().code, ErrorCode::Stale);
        QCOMPARE(opening().headcount, 3);

        // A row another connection holds: Locked (after this connection's lock_timeout).
        {
            WriteTransaction holding(*m_db);
            QVERIFY(holding.ok());
            SqlQuery q(*m_db);
            QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET location = 'Oslo' WHERE id = %1").arg(created.candidateId)));
            SqlQuery(*other).exec(QStringLiteral("SET lock_timeout = '200ms'"));
            Result<Candidate> waiting = CandidateRepository(*other).load(created.candidateId);
            QVERIFY(waiting);
            waiting->location = QStringLiteral("Bergen");
            Result<int> locked = CandidateRepository(*other).update(*waiting);
            QVERIFY(!locked);
            QCOMPARE(locked.error().code, ErrorCode::Locked);
        }
        QCOMPARE(CandidateRepository(*m_db).load(created.candidateId)->location, QString());

        // Deleting the candidate cascades.
        const Result<Candidate> c = CandidateRepository(*m_db).load(created.candidateId);
        QVERIFY(!CandidateRepository(*m_db).remove(created.candidateId, c->version));
        for (const char *table : {"applications", "stage_events", "candidate_tags", "candidate_search"})
            QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), 0);
    }

    void concurrentMove_waitingForAnotherWriter_isStale()
    {
        // PostgreSQL's BEGIN does not serialize writers like SQLite's BEGIN
        // IMMEDIATE: a move that read version 1 while another connection was
        // moving the same application waits for its row lock, then must find
        // that the version it checked is gone.
        QVERIFY(freshDatabase());
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Raced Over"));
        QVERIFY(created.applicationId > 0);
        WriteTransaction first(*m_db);
        QVERIFY(first.ok());
        QVERIFY(Pipeline(*m_db).moveToNextStage(created.applicationId, 1));  // joins `first`: not committed yet

        ErrorCode secondOutcome = ErrorCode::None;
        QString secondDetail;
        std::thread second([&] {
            auto db = connect(m_databaseName);
            if (!db) {
                secondOutcome = ErrorCode::Io;
                return;
            }
            Result<StageMove> moved = Pipeline(*db).moveToNextStage(created.applicationId, 1);
            secondOutcome = moved ? ErrorCode::None : moved.error().code;
            secondDetail = moved ? QString() : moved.error().message;
        });
        // Wait until the second connection blocks on the row lock, then commit the first move.
        QElapsedTimer waited;
        waited.start();
        // (Asked on another connection: statistics views are frozen inside a transaction.)
        while (scalar(*m_query, QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND wait_event_type = 'Lock'")
                                    .arg(m_databaseName))
                   == 0
               && waited.elapsed() < 10'000)
            QThread::msleep(20);
        const bool blocked = waited.elapsed() < 10'000;
        const bool committed = first.commit();
        second.join();
        QVERIFY2(blocked, "the second move never waited for the first one's row lock");
        QVERIFY(committed);
        QCOMPARE(secondOutcome, ErrorCode::Stale);
        QVERIFY(!secondDetail.isEmpty());
        // One move happened, and only one was recorded.
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(created.applicationId)), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM applications WHERE id = %1").arg(created.applicationId)), 2);
    }

    void summaries_andAudit()
    {
        QVERIFY(freshDatabase());
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("A One"));
        addCandidate(*m_db, m_opening, QStringLiteral("B Two"));
        const NewApplication c = addCandidate(*m_db, m_opening, QStringLiteral("C Three"));
        QVERIFY(Pipeline(*m_db).moveToNextStage(a.applicationId, 1));
        QVERIFY(Pipeline(*m_db).reject(c.applicationId, 1, QStringLiteral("Position filled")));
        Result<QList<OpeningSummary>> summaries = OpeningRepository(*m_db).summaries();
        QVERIFY2(summaries, qPrintable(summaries.error().detail));
        QCOMPARE(summaries->size(), 1);
        const OpeningSummary &s = summaries->first();
        QCOMPARE(s.activeByCategory.at(std::size_t(StageCategory::Applied)), 1);
        QCOMPARE(s.activeByCategory.at(std::size_t(StageCategory::Screen)), 1);
        QCOMPARE(s.total, 3);
        QCOMPARE(ApplicationRepository(*m_db).countForOpening(m_opening, false).value(), 2);
        QCOMPARE(ApplicationRepository(*m_db).sources(m_opening).value(), QStringList{QStringLiteral("LinkedIn")});

        QVERIFY(PeopleRepository(*m_db).add(Person{0, QStringLiteral("Zoe Park"), QStringLiteral("zoe@example.com"), PersonRole::Interviewer, {}}));
        QVERIFY(PeopleRepository(*m_db).add(Person{0, QStringLiteral("Adam Ruiz"), {}, PersonRole::HiringManager, {}}));
        QCOMPARE(PeopleRepository(*m_db).all()->first().name, QStringLiteral("Adam Ruiz"));

        Result<QList<AuditEntry>> entries = AuditRepository(*m_db).recent(20);
        QVERIFY(entries);
        QStringList actions;
        for (const AuditEntry &e : std::as_const(*entries))
            actions << e.action + QLatin1Char(' ') + e.entity;
        for (const char *expected : {"move application", "create candidate", "create application", "create opening"})
            QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(QLatin1String(", "))));
    }

    // ------------------------------------------------------------------ search

    void search_specialCharacters_neverFail_data() { addSpecialSearchInputs(); }

    void search_specialCharacters_neverFail()
    {
        QFETCH(QString, input);
        ApplicationQuery query = everything();
        query.searchText = input;
        query.sort = ApplicationSort::Relevance;
        Result<qint64> counted = ApplicationRepository(*m_query).count(query, now);
        QVERIFY2(counted, qPrintable(counted.error().detail));
        Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_query).rows(query, now, 0, 1000);
        QVERIFY2(rows, qPrintable(rows.error().detail));
        QCOMPARE(qint64(rows->size()), *counted);
        QCOMPARE(scalar(*m_query, QStringLiteral("SELECT count(*) FROM candidates")), qint64(candidateCount));
    }

    void search_findsWhatWasTyped_data() { addSearchExpectations(candidateCount); }

    void search_findsWhatWasTyped()
    {
        QFETCH(QString, input);
        QFETCH(QString, expectedName);
        QFETCH(int, expectedCount);
        const QStringList names = namesFound(input);
        QCOMPARE(names.size(), expectedCount);
        if (!expectedName.isEmpty())
            QVERIFY2(names.contains(expectedName), qPrintable(names.join(QLatin1String(", "))));
        ApplicationQuery query = everything();
        query.searchText = input;
        QCOMPARE(ApplicationRepository(*m_query).count(query, now).value(), qint64(expectedCount));
    }

    void search_relevance_namesBeforeNotes()
    {
        ApplicationQuery query = everything();
        query.searchText = QStringLiteral("marlowe");
        query.sort = ApplicationSort::Relevance;
        const QList<ApplicationRow> rows = fetch(query);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).name, QStringLiteral("Marlowe Quist"));
        QCOMPARE(rows.at(1).name, QStringLiteral("Person 10"));
        query.order = Qt::AscendingOrder;
        const QList<ApplicationRow> reversed = fetch(query);
        QCOMPARE(reversed.size(), 2);
        QCOMPARE(reversed.at(0).name, QStringLiteral("Person 10"));
    }

    void search_indexFollowsEdits()
    {
        const qint64 id = m_candidateByName.value(QStringLiteral("Person 20"));
        QCOMPARE(namesFound(QStringLiteral("Quetzalcoatl")).size(), 0);
        Result<Candidate> c = CandidateRepository(*m_query).load(id);
        QVERIFY(c);
        c->currentCompany = QStringLiteral("Quetzalcoatl Analytics");
        c->tags << QStringLiteral("night-owl");
        QVERIFY(CandidateRepository(*m_query).update(*c));
        QCOMPARE(namesFound(QStringLiteral("Quetzal")), QStringList{QStringLiteral("Person 20")});
        QCOMPARE(namesFound(QStringLiteral("night owl")), QStringList{QStringLiteral("Person 20")});
        c = CandidateRepository(*m_query).load(id);
        c->tags.removeAll(QStringLiteral("night-owl"));
        c->currentCompany.clear();
        QVERIFY(CandidateRepository(*m_query).update(*c));
        QCOMPARE(namesFound(QStringLiteral("Quetzal")).size(), 0);
        QCOMPARE(namesFound(QStringLiteral("night owl")).size(), 0);
        // A renamed tag is found under its new name.
        SqlQuery q(*m_query);
        QVERIFY(q.exec(QStringLiteral("UPDATE tags SET name = 'willing-to-move' WHERE name = 'relocation'")));
        QCOMPARE(namesFound(QStringLiteral("willing")).size(), candidateCount / 5);
        QVERIFY(q.exec(QStringLiteral("UPDATE tags SET name = 'relocation' WHERE name = 'willing-to-move'")));
        QCOMPARE(namesFound(QStringLiteral("willing")).size(), 0);
        QCOMPARE(scalar(*m_query, QStringLiteral("SELECT count(*) FROM candidate_search")), qint64(candidateCount));
    }

    void search_combinesWithFilterAndStage()
    {
        ApplicationQuery query = everything();
        query.searchText = QStringLiteral("spark");
        query.filter = group({condition(FilterField::Source, {QStringLiteral("Referral")})});
        const QList<qint64> expected = handWritten(QStringLiteral("c.source = 'Referral' AND c.skills LIKE '%Spark%'"));
        QVERIFY(!expected.isEmpty());
        QCOMPARE(sortedIds(fetch(query)), expected);
        Result<QHash<qint64, qint64>> byStage = ApplicationRepository(*m_query).countByStage(query, now);
        QVERIFY2(byStage, qPrintable(byStage.error().detail));
        qint64 total = 0;
        for (auto it = byStage->cbegin(); it != byStage->cend(); ++it) {
            total += it.value();
            ApplicationQuery column = query;
            column.stageId = it.key();
            QCOMPARE(ApplicationRepository(*m_query).count(column, now).value(), it.value());
        }
        QCOMPARE(total, qint64(expected.size()));
    }

    void search_databaseWithCLocale_stillFoldsEveryScript()
    {
        // Under LC_CTYPE C, PostgreSQL's own lower() and [:alnum:] know ASCII only.
        const QString name = QStringLiteral("shortlist_c_locale");
        QVERIFY2(m_server.createDatabase(name, {QStringLiteral("--locale=C"), QStringLiteral("--template=template0")}),
                 qPrintable(m_server.errorString()));
        auto db = connect(name);
        QVERIFY(db);
        QCOMPARE(text(*db, QStringLiteral("SHOW lc_ctype")), QStringLiteral("C"));
        const qint64 openingId = createOpening(*db);
        QVERIFY(openingId > 0);
        for (const char *person : {"Дмитрий ИВАНОВ", "王伟", "ŁUKASZ Ørsted", "José Núñez"})
            QVERIFY(addCandidate(*db, openingId, QString::fromUtf8(person)).applicationId > 0);
        QCOMPARE(namesFound(*db, openingId, QStringLiteral("иванов")), QStringList{QStringLiteral("Дмитрий ИВАНОВ")});
        QCOMPARE(namesFound(*db, openingId, QStringLiteral("ДМИТР")), QStringList{QStringLiteral("Дмитрий ИВАНОВ")});
        QCOMPARE(namesFound(*db, openingId, QStringLiteral("王伟")), QStringList{QStringLiteral("王伟")});
        QCOMPARE(namesFound(*db, openingId, QStringLiteral("lukasz orsted")), QStringList{QStringLiteral("ŁUKASZ Ørsted")});
        QCOMPARE(namesFound(*db, openingId, QStringLiteral("JOSE NUÑEZ")), QStringList{QStringLiteral("José Núñez")});
    }

    // ------------------------------------------------------------------ filters

    void filter_matchesHandWrittenSql_data()
    {
        QTest::addColumn<FilterGroup>("filter");
        QTest::addColumn<QString>("where");
        using F = FilterField;
        QTest::newRow("source any of two")
            << group({condition(F::Source, {QStringLiteral("Referral"), QStringLiteral("Job board")})})
            << QStringLiteral("c.source IN ('Referral', 'Job board')");
        QTest::newRow("stage by name") << group({condition(F::Stage, {QStringLiteral("Recruiter screen")})})
                                       << QStringLiteral("s.name = 'Recruiter screen'");
        QTest::newRow("status rejected") << group({condition(F::Status, {QStringLiteral("rejected")})})
                                         << QStringLiteral("a.status = 'rejected'");
        QTest::newRow("tag") << group({condition(F::Tag, {QStringLiteral("relocation")})})
                             << QStringLiteral("a.candidate_id IN (SELECT ct.candidate_id FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                                               "WHERE t.name = 'relocation')");
        QTest::newRow("years range") << group({condition(F::Years, {}, 5, 12)}) << QStringLiteral("c.years_experience BETWEEN 5 AND 12");
        QTest::newRow("years at least") << group({condition(F::Years, {}, 15)}) << QStringLiteral("c.years_experience >= 15");
        QTest::newRow("NOT years range keeps unknown years")
            << group({condition(F::Years, {}, 5, 12, true)})
            << QStringLiteral("c.years_experience IS NULL OR c.years_experience NOT BETWEEN 5 AND 12");
        QTest::newRow("match at most") << group({condition(F::Match, {}, {}, 40)}) << QStringLiteral("a.match_score <= 40");
        QTest::newRow("match range") << group({condition(F::Match, {}, 20, 60)}) << QStringLiteral("a.match_score BETWEEN 20 AND 60");
        QTest::newRow("days in stage at least 20") << group({condition(F::DaysInStage, {}, 20)})
                                                   << QStringLiteral("a.stage_entered_at <= %1").arg(now - 20 * 86400);
        QTest::newRow("missing must-have") << group({condition(F::MissingMustHave)}) << QStringLiteral("a.missing_must_haves > 0");
        QTest::newRow("NOT missing must-have") << group({condition(F::MissingMustHave, {}, {}, {}, true)})
                                               << QStringLiteral("a.missing_must_haves = 0");
        QTest::newRow("interviewed by (cancelled interviews do not count)")
            << group({condition(F::InterviewedBy, {QStringLiteral("%1")})}) << QStringLiteral("a.id % 3 = 0 AND a.id <> 3");
        QTest::newRow("AND of three")
            << group({condition(F::Source, {QStringLiteral("LinkedIn")}), condition(F::Match, {}, 30),
                      condition(F::Tag, {QStringLiteral("relocation")}, {}, {}, true)})
            << QStringLiteral("c.source = 'LinkedIn' AND a.match_score >= 30 AND a.candidate_id NOT IN "
                              "(SELECT ct.candidate_id FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'relocation')");
        QTest::newRow("OR of two") << group({condition(F::Source, {QStringLiteral("Referral")}), condition(F::MissingMustHave)}, true)
                                   << QStringLiteral("c.source = 'Referral' OR a.missing_must_haves > 0");
        QTest::newRow("AND with a nested OR")
            << group({condition(F::Status, {QStringLiteral("active")})}, false,
                     {group({condition(F::Years, {}, 10), condition(F::Tag, {QStringLiteral("silver-medal")})}, true)})
            << QStringLiteral("a.status = 'active' AND (c.years_experience >= 10 OR a.candidate_id IN (SELECT ct.candidate_id FROM "
                              "candidate_tags ct JOIN tags t ON t.id = ct.tag_id WHERE t.name = 'silver-medal'))");
        QTest::newRow("NOT of a group")
            << group({condition(F::Source, {QStringLiteral("LinkedIn")}), condition(F::Match, {}, 50)}, false, {}, true)
            << QStringLiteral("NOT (c.source = 'LinkedIn' AND a.match_score >= 50)");
        QTest::newRow("NOT of a group with unknown years")
            << group({condition(F::Years, {}, 5)}, false, {}, true) << QStringLiteral("c.years_experience IS NULL OR c.years_experience < 5");
    }

    void filter_matchesHandWrittenSql()
    {
        QFETCH(FilterGroup, filter);
        QFETCH(QString, where);
        for (FilterCondition &c : filter.conditions)
            c.values.replaceInStrings(QStringLiteral("%1"), QString::number(m_interviewer));
        ApplicationQuery query = everything();
        query.filter = filter;
        const QList<qint64> expected = handWritten(where);
        QVERIFY(!expected.isEmpty());
        QVERIFY2(expected.size() < candidateCount, "a filter that keeps everything proves nothing");
        QCOMPARE(sortedIds(fetch(query)), expected);
        Result<qint64> counted = ApplicationRepository(*m_query).count(query, now);
        QVERIFY2(counted, qPrintable(counted.error().detail));
        QCOMPARE(*counted, qint64(expected.size()));
        // Active only, as the table shows by default.
        query.includeClosed = false;
        QCOMPARE(sortedIds(fetch(query)), handWritten(QStringLiteral("a.status = 'active' AND (%1)").arg(where)));
    }

    void filter_invalid_refusedBeforeAnySql()
    {
        ApplicationQuery query = everything();
        query.filter = group({condition(FilterField::Match, {}, 80, 20)});
        Result<qint64> counted = ApplicationRepository(*m_query).count(query, now);
        QVERIFY(!counted);
        QCOMPARE(counted.error().code, ErrorCode::Invalid);
    }

    // ------------------------------------------------------------------ sorting and paging

    void sort_everyKeyAndOrder_pagesMatchHandWrittenOrder_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("orderBy");  // hand-written; NULL sorts below every value, as on SQLite
        const auto add = [](const char *name, ApplicationSort sort, Qt::SortOrder order, const QString &orderBy, const QString &search = {}) {
            QTest::newRow(name) << int(sort) << int(order) << search << orderBy;
        };
        using S = ApplicationSort;
        add("name asc", S::Name, Qt::AscendingOrder, QStringLiteral("c.sort_name ASC, a.id ASC"));
        add("name desc", S::Name, Qt::DescendingOrder, QStringLiteral("c.sort_name DESC, a.id DESC"));
        add("stage asc", S::Stage, Qt::AscendingOrder, QStringLiteral("s.position ASC, a.id ASC"));
        add("stage desc", S::Stage, Qt::DescendingOrder, QStringLiteral("s.position DESC, a.id DESC"));
        // Most days in stage first = entered earliest first.
        add("days in stage desc", S::DaysInStage, Qt::DescendingOrder, QStringLiteral("a.stage_entered_at ASC, a.id ASC"));
        add("days in stage asc", S::DaysInStage, Qt::AscendingOrder, QStringLiteral("a.stage_entered_at DESC, a.id DESC"));
        add("years asc", S::Years, Qt::AscendingOrder, QStringLiteral("c.years_experience ASC NULLS FIRST, a.id ASC"));
        add("years desc", S::Years, Qt::DescendingOrder, QStringLiteral("c.years_experience DESC NULLS LAST, a.id DESC"));
        add("source asc", S::Source, Qt::AscendingOrder, QStringLiteral("c.source ASC, a.id ASC"));
        add("source desc", S::Source, Qt::DescendingOrder, QStringLiteral("c.source DESC, a.id DESC"));
        add("applied asc", S::Applied, Qt::AscendingOrder, QStringLiteral("a.applied_at ASC, a.id ASC"));
        add("applied desc", S::Applied, Qt::DescendingOrder, QStringLiteral("a.applied_at DESC, a.id DESC"));
        add("match asc", S::Match, Qt::AscendingOrder, QStringLiteral("a.match_score ASC NULLS FIRST, a.id ASC"));
        add("match desc", S::Match, Qt::DescendingOrder, QStringLiteral("a.match_score DESC NULLS LAST, a.id DESC"));
        add("relevance without search", S::Relevance, Qt::DescendingOrder, QStringLiteral("a.applied_at DESC, a.id DESC"));
        // Best match first; ties by id ascending.
        add("relevance desc", S::Relevance, Qt::DescendingOrder,
            QStringLiteral("ts_rank(cs.document, to_tsquery('simple', 'spark:* & kafka:*')) DESC, a.id ASC"), QStringLiteral("Spark Kafka"));
        add("relevance asc", S::Relevance, Qt::AscendingOrder,
            QStringLiteral("ts_rank(cs.document, to_tsquery('simple', 'spark:* & kafka:*')) ASC, a.id DESC"), QStringLiteral("Spark Kafka"));
    }

    void sort_everyKeyAndOrder_pagesMatchHandWrittenOrder()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        QFETCH(QString, search);
        QFETCH(QString, orderBy);
        ApplicationQuery query = everything();
        query.sort = ApplicationSort(sort);
        query.order = Qt::SortOrder(order);
        query.searchText = search;
        // Some unknown match scores for the while, to see where NULL sorts.
        SqlQuery q(*m_query);
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = NULL WHERE id % 10 = 7")));
        const QList<qint64> expected = search.isEmpty()
            ? handWritten(QStringLiteral("1 = 1"), orderBy)
            : handWritten(QStringLiteral("cs.document @@ to_tsquery('simple', 'spark:* & kafka:*')"), orderBy,
                          QStringLiteral("JOIN candidate_search cs ON cs.candidate_id = a.candidate_id"));
        QList<qint64> paged;
        QString pageError;
        for (qint64 offset = 0; offset < candidateCount + 7 && pageError.isEmpty(); offset += 7) {
            Result<QList<ApplicationRow>> page = ApplicationRepository(*m_query).rows(query, now, offset, 7);
            if (!page || page->size() > 7) {
                pageError = page ? QStringLiteral("a page of %1 rows").arg(page->size()) : page.error().detail;
                break;
            }
            for (const ApplicationRow &r : std::as_const(*page))
                paged << r.applicationId;
        }
        Result<qint64> counted = ApplicationRepository(*m_query).count(query, now);
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = (id * 37) % 101 WHERE id % 10 = 7")));
        QVERIFY2(pageError.isEmpty(), qPrintable(pageError));
        QVERIFY(!expected.contains(-1));
        QVERIFY(expected.size() >= candidateCount / 2);
        QCOMPARE(paged, expected);  // ordered, disjoint and complete
        QVERIFY(counted);
        QCOMPARE(*counted, qint64(expected.size()));
    }

    void rowsByIds_keepTheOrderGiven()
    {
        const QList<qint64> all = handWritten(QStringLiteral("1 = 1"));
        QList<qint64> wanted{all.at(5), all.at(1), 999'999, all.at(3)};
        Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_query).rowsByIds(wanted);
        QVERIFY2(rows, qPrintable(rows.error().detail));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(0).applicationId, all.at(5));
        QCOMPARE(rows->at(1).applicationId, all.at(1));
        QCOMPARE(rows->at(2).applicationId, all.at(3));
        Result<QList<qint64>> candidates = ApplicationRepository(*m_query).candidateIds(wanted);
        QVERIFY(candidates);
        QCOMPARE(candidates->size(), 3);
    }

    // ------------------------------------------------------------------ export

    void export_filteredQuery_equalsHandWrittenSql()
    {
        ApplicationQuery query = everything();
        query.sort = ApplicationSort::Name;
        query.order = Qt::AscendingOrder;
        FilterCondition years = condition(FilterField::Years, {}, 3, {}, true);  // fewer than 3 years, or unknown
        FilterGroup either = group({years, condition(FilterField::Tag, {QStringLiteral("relocation")})}, true);
        query.filter = group({condition(FilterField::Source, {QStringLiteral("Referral"), QStringLiteral("Job board")})}, false, {either});

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.csv"));
        ApplicationExport exporter(*m_query);
        exporter.setNow(now);
        exporter.setPageSize(4);
        Result<qint64> written = exporter.exportQuery(query, path);
        QVERIFY2(written, qPrintable(written.error().message + QLatin1Char(' ') + written.error().detail));

        SqlQuery q(*m_query);
        QVERIFY2(q.exec(QStringLiteral(
                     "SELECT c.name, c.email, c.phone, c.current_title, c.current_company, c.years_experience, "
                     "replace(c.skills, chr(10), '; '), "
                     "coalesce((SELECT string_agg(t.name, '; ' ORDER BY t.name) FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                     "          WHERE ct.candidate_id = c.id), ''), "
                     "c.source, s.name, a.status, greatest(0, (%1 - a.stage_entered_at) / 86400), a.match_score, a.missing_must_haves, "
                     "a.applied_at "
                     "FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN stages s ON s.id = a.stage_id "
                     "WHERE a.opening_id = %2 AND c.source IN ('Referral', 'Job board') AND (c.years_experience IS NULL OR "
                     "c.years_experience < 3 OR c.id IN (SELECT ct.candidate_id FROM candidate_tags ct JOIN tags t ON t.id = ct.tag_id "
                     "WHERE t.name = 'relocation')) ORDER BY c.sort_name ASC, a.id ASC")
                            .arg(now)
                            .arg(m_queryOpening)),
                 qPrintable(q.error().detail));
        Table expected{ApplicationExport::headers()};
        while (q.next()) {
            QStringList fields;
            for (int column = 0; column < 14; ++column) {
                QString value = q.isNull(column) ? QString() : q.value(column).toString();
                if (column == 10)
                    value = displayName(applicationStatusFromCode(value).value_or(ApplicationStatus::Active));
                fields << defended(value);
            }
            fields << QDateTime::fromSecsSinceEpoch(q.int64(14)).date().toString(Qt::ISODate);
            expected << fields;
        }
        QVERIFY(expected.size() >= 6);
        QVERIFY2(expected.size() < candidateCount, "a filter that keeps everything proves nothing");
        QCOMPARE(*written, qint64(expected.size() - 1));
        QCOMPARE(readCsv(path), expected);

        // By ids, in the order given.
        const QList<qint64> ids = handWritten(QStringLiteral("1 = 1")).mid(0, 5);
        QList<qint64> reversed(ids.crbegin(), ids.crend());
        const QString byIds = dir.filePath(QStringLiteral("by-ids.csv"));
        Result<qint64> some = exporter.exportApplications(reversed, byIds);
        QVERIFY2(some, qPrintable(some.error().detail));
        QCOMPARE(*some, 5);
        const Table rows = readCsv(byIds);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(1).at(0), text(*m_query, QStringLiteral("SELECT c.name FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                                 "WHERE a.id = %1")
                                                      .arg(reversed.first())));
    }

    // ------------------------------------------------------------------ bulk moves

    void bulkMoves_moveRevertReapply_exactly()
    {
        QVERIFY(freshDatabase());
        QList<qint64> ids;
        for (int i = 0; i < 30; ++i)
            ids << addCandidate(*m_db, m_opening, QStringLiteral("Person %1").arg(i), 1'700'000'000 + i).applicationId;
        QVERIFY(!ids.contains(0));
        QVERIFY(Pipeline(*m_db).reject(ids.at(0), 1, QStringLiteral("Compensation mismatch")));
        QVERIFY(Pipeline(*m_db).withdraw(ids.at(1), 1, QStringLiteral("Accepted another offer")));

        const QStringList before = snapshot();
        QVERIFY2(!before.first().startsWith(QLatin1String("<error")), qPrintable(before.first()));
        const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const qint64 target = stageId(StageCategory::Interview);
        Result<ApplicationRepository::BulkResult> moved = Pipeline(*m_db).moveMany(m_opening, ids, target);
        QVERIFY2(moved, qPrintable(moved.error().message + QLatin1Char(' ') + moved.error().detail));
        QCOMPARE(moved->moves.size(), 28);
        QCOMPARE(moved->skipped, 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE stage_id = %1").arg(target)), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM stage_events WHERE to_stage_id = %1").arg(target)), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audits + 28);
        for (const StageMove &m : std::as_const(moved->moves))
            QVERIFY(m.eventId > 0 && m.after.version == m.before.version + 1);

        Error undone = ApplicationRepository(*m_db).revertMany(moved->moves);
        QVERIFY2(!undone, qPrintable(undone.detail));
        QCOMPARE(snapshot(), before);
        Result<QList<StageMove>> redone = ApplicationRepository(*m_db).reapplyMany(moved->moves, {});
        QVERIFY2(redone, qPrintable(redone.error().message + QLatin1Char(' ') + redone.error().detail));
        QCOMPARE(redone->size(), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE stage_id = %1").arg(target)), 28);
        QCOMPARE(ApplicationRepository(*m_db).revertMany(*redone).code, ErrorCode::None);
        QCOMPARE(snapshot(), before);

        // Rejecting many needs a reason and rejects only active ones.
        const qint64 rejected = stageId(StageCategory::Rejected);
        QVERIFY(!Pipeline(*m_db).moveMany(m_opening, ids, rejected, QStringLiteral("  ")));
        QCOMPARE(snapshot(), before);
        Result<ApplicationRepository::BulkResult> done = Pipeline(*m_db).moveMany(m_opening, ids, rejected, QStringLiteral("Position filled"));
        QVERIFY2(done, qPrintable(done.error().detail));
        QCOMPARE(done->moves.size(), 28);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE rejection_reason = 'Position filled' AND status = 'rejected'")), 28);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT status FROM applications WHERE id = %1").arg(ids.at(1))), QStringLiteral("withdrawn"));
        QVERIFY(!ApplicationRepository(*m_db).revertMany(done->moves));
        QCOMPARE(snapshot(), before);

        // Across openings: refused, nothing written.
        const qint64 other = createOpening(*m_db);
        const qint64 foreign = addCandidate(*m_db, other, QStringLiteral("Elsewhere")).applicationId;
        const QStringList beforeMixed = snapshot();
        Result<ApplicationRepository::BulkResult> mixed = Pipeline(*m_db).moveMany(m_opening, ids + QList<qint64>{foreign}, stageId(StageCategory::Screen));
        QVERIFY(!mixed);
        QVERIFY(mixed.error().message.contains(QStringLiteral("another opening")));
        QCOMPARE(snapshot(), beforeMixed);

        // A later move makes the undo stale, all or nothing.
        Result<ApplicationRepository::BulkResult> screened = Pipeline(*m_db).moveMany(m_opening, ids, stageId(StageCategory::Screen));
        QVERIFY(screened);
        const StageMove &last = screened->moves.constLast();
        QVERIFY(Pipeline(*m_db).moveToNextStage(last.applicationId, last.after.version));
        const QStringList moreRecent = snapshot();
        QCOMPARE(ApplicationRepository(*m_db).revertMany(screened->moves).code, ErrorCode::Stale);
        QCOMPARE(snapshot(), moreRecent);

        // Hires count against the headcount.
        const int headcount = opening().headcount;
        QVERIFY(Pipeline(*m_db).moveMany(m_opening, ids.mid(2, 3), stageId(StageCategory::Hired)));
        QCOMPARE(Pipeline(*m_db).remainingHeadcount(m_opening).value(), headcount - 3);
    }

    // ------------------------------------------------------------------ notes, tags, timeline

    void notesTagsAndTimeline()
    {
        QVERIFY(freshDatabase());
        const auto searchCount = [&](const QString &text) -> qint64 {
            ApplicationQuery q;
            q.openingId = m_opening;
            q.includeClosed = true;
            q.searchText = text;
            return ApplicationRepository(*m_db).count(q, 0).value();
        };
        const NewApplication a = addCandidate(*m_db, m_opening, QStringLiteral("Noor Haddad"), 1'700'000'000);
        Note n;
        n.candidateId = a.candidateId;
        n.applicationId = a.applicationId;
        n.body = QStringLiteral("  Strong Flink background; ask about Kappa architecture.  ");
        Result<Note> saved = NoteRepository(*m_db).add(n);
        QVERIFY2(saved, qPrintable(saved.error().message + QLatin1Char(' ') + saved.error().detail));
        QCOMPARE(saved->author, QStringLiteral("tester"));
        QCOMPARE(saved->body, QStringLiteral("Strong Flink background; ask about Kappa architecture."));
        QCOMPARE(searchCount(QStringLiteral("kappa")), 1);
        QCOMPARE(NoteRepository(*m_db).forCandidate(a.candidateId)->size(), 1);
        QCOMPARE(NoteRepository(*m_db).remove(saved->id).code, ErrorCode::None);
        QCOMPARE(searchCount(QStringLiteral("kappa")), 0);
        QCOMPARE(NoteRepository(*m_db).remove(saved->id).code, ErrorCode::NotFound);
        n.id = saved->id;  // redo keeps the id
        QCOMPARE(NoteRepository(*m_db).add(n)->id, saved->id);
        QCOMPARE(searchCount(QStringLiteral("kappa")), 1);
        QVERIFY(!NoteRepository(*m_db).remove(saved->id));

        QList<qint64> candidates;
        for (int i = 0; i < 5; ++i)
            candidates << addCandidate(*m_db, m_opening, QStringLiteral("Tagged %1").arg(i)).candidateId;
        QVERIFY(TagRepository(*m_db).addToCandidates(candidates.mid(0, 2), QStringLiteral("hot-lead")));
        const qint64 versionBefore = scalar(*m_db, QStringLiteral("SELECT version FROM candidates WHERE id = %1").arg(candidates.at(4)));
        Result<QList<qint64>> added = TagRepository(*m_db).addToCandidates(candidates, QStringLiteral(" hot-lead "));
        QVERIFY2(added, qPrintable(added.error().detail));
        QCOMPARE(*added, candidates.mid(2));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT version FROM candidates WHERE id = %1").arg(candidates.at(4))), versionBefore + 1);
        QCOMPARE(searchCount(QStringLiteral("hot lead")), 5);
        QVERIFY(TagRepository(*m_db).names()->contains(QStringLiteral("hot-lead")));
        Result<QList<qint64>> removed = TagRepository(*m_db).removeFromCandidates(candidates.mid(1), QStringLiteral("hot-lead"));
        QVERIFY2(removed, qPrintable(removed.error().detail));
        QCOMPARE(removed->size(), 4);
        QCOMPARE(searchCount(QStringLiteral("hot lead")), 1);
        QCOMPARE(TagRepository(*m_db).removeFromCandidates(candidates.mid(1), QStringLiteral("hot-lead"))->size(), 0);
        QVERIFY(!TagRepository(*m_db).addToCandidates(candidates, QStringLiteral("   ")));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN ('tag', 'untag')")), 9);

        // The timeline: applied, a note, an interview with a panel of two, a scorecard.
        SqlQuery q(*m_db);
        const qint64 ines = PeopleRepository(*m_db).add(Person{0, QStringLiteral("Ines Duarte"), {}, PersonRole::Interviewer, {}}).value();
        const qint64 adam = PeopleRepository(*m_db).add(Person{0, QStringLiteral("Adam Ruiz"), {}, PersonRole::Interviewer, {}}).value();
        const NewApplication t = addCandidate(*m_db, m_opening, QStringLiteral("Timeline Tess"), 1'700'000'000);
        QVERIFY(q.exec(QStringLiteral("UPDATE stage_events SET at = 1700000000 WHERE application_id = %1").arg(t.applicationId)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interviews (application_id, stage_id, title, starts_at, uid, created_at, status) "
                                      "SELECT id, stage_id, 'Deep-dive', 1700200000, 'tl-1', 0, 'completed' FROM applications WHERE id = %1")
                           .arg(t.applicationId)));
        const qint64 interviewId = scalar(*m_db, QStringLiteral("SELECT max(id) FROM interviews"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO interview_panel VALUES (%1, %2), (%1, %3)").arg(interviewId).arg(ines).arg(adam)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO scorecards (interview_id, person_id, status, overall, submitted_at, updated_at) "
                                      "VALUES (%1, %2, 'submitted', 'strong_yes', 1700300000, 0)")
                           .arg(interviewId)
                           .arg(ines)));
        Note phone;
        phone.candidateId = t.candidateId;
        phone.body = QStringLiteral("Phone screen went well");
        phone.createdAt = 1'700'100'000;
        QVERIFY(NoteRepository(*m_db).add(phone));

        Result<QList<TimelineEntry>> timeline = TimelineRepository(*m_db).forCandidate(t.candidateId);
        QVERIFY2(timeline, qPrintable(timeline.error().detail));
        QCOMPARE(timeline->size(), 4);
        QCOMPARE(timeline->at(0).kind, TimelineEntry::Kind::Applied);
        QCOMPARE(timeline->at(0).openingTitle, QStringLiteral("Big Data Tech Lead"));
        QCOMPARE(timeline->at(1).kind, TimelineEntry::Kind::Note);
        QCOMPARE(timeline->at(1).text, QStringLiteral("Phone screen went well"));
        QCOMPARE(timeline->at(2).kind, TimelineEntry::Kind::Interview);
        QCOMPARE(timeline->at(2).actor, QStringLiteral("Adam Ruiz, Ines Duarte"));  // the panel, in name order
        QCOMPARE(timeline->at(2).to, QStringLiteral("completed"));
        QCOMPARE(timeline->at(3).kind, TimelineEntry::Kind::Scorecard);
        QCOMPARE(timeline->at(3).actor, QStringLiteral("Ines Duarte"));
        QCOMPARE(timeline->at(3).from, QStringLiteral("strong_yes"));
        QCOMPARE(timeline->at(3).to, QStringLiteral("1"));
        // A draft scorecard is not history yet.
        QVERIFY(q.exec(QStringLiteral("UPDATE scorecards SET status = 'draft' WHERE interview_id = %1").arg(interviewId)));
        QCOMPARE(TimelineRepository(*m_db).forCandidate(t.candidateId)->size(), 3);
        // Submitted scorecards show in the application row.
        QVERIFY(q.exec(QStringLiteral("UPDATE scorecards SET status = 'submitted' WHERE interview_id = %1").arg(interviewId)));
        Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_db).rowsByIds({t.applicationId});
        QVERIFY(rows && rows->size() == 1);
        QCOMPARE(rows->first().scorecardsSubmitted, 1);
        QCOMPARE(rows->first().scorecardsPositive, 1);
    }

    // ------------------------------------------------------------------ match scores

    void matchScores_followCandidatesRequirementsAndSynonyms()
    {
        QVERIFY(freshDatabase());
        const auto stored = [&](qint64 applicationId) -> std::pair<std::optional<int>, int> {
            SqlQuery q(*m_db);
            q.prepare(QStringLiteral("SELECT match_score, missing_must_haves FROM applications WHERE id = ?"));
            q.bind(applicationId);
            if (!q.exec() || !q.next())
                return {std::optional<int>(-1), -1};
            return {q.isNull(0) ? std::nullopt : std::optional<int>(q.value(0).toInt()), q.value(1).toInt()};
        };
        // Spark (5) and Kafka streaming (4) of 36: 25; five must-haves missing.
        const NewApplication created = addCandidate(*m_db, m_opening, QStringLiteral("Ada Park"));
        QVERIFY(created.applicationId > 0);
        QCOMPARE(stored(created.applicationId), std::make_pair(std::optional<int>(25), 5));

        // A profile edit rescores every application of the candidate.
        Result<Candidate> c = CandidateRepository(*m_db).load(created.candidateId);
        c->skills << QStringLiteral("k8s");
        QVERIFY(CandidateRepository(*m_db).update(*c));
        QCOMPARE(stored(created.applicationId), std::make_pair(std::optional<int>(31), 5));

        // New requirements rescore the opening: 3 x 10/12 of 4 = 62.5 -> 63.
        const NewApplication second = addCandidate(*m_db, m_opening, QStringLiteral("Cy Vance"));
        Result<Opening> o = OpeningRepository(*m_db).load(m_opening);
        Requirement spark;
        spark.skill = QStringLiteral("Spark");
        spark.weight = 3;
        spark.mustHave = true;
        spark.minYears = 12;
        Requirement go;
        go.skill = QStringLiteral("Go");
        go.keywords = {QStringLiteral("golang")};
        Result<int> version = OpeningRepository(*m_db).updateRequirements(m_opening, o->version, {spark, go});
        QVERIFY2(version, qPrintable(version.error().message + QLatin1Char(' ') + version.error().detail));
        QCOMPARE(stored(second.applicationId), std::make_pair(std::optional<int>(63), 0));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score = 63")), 2);
        Result<MatchResult> why = MatchRepository(*m_db).explain(second.applicationId);
        QVERIFY2(why, qPrintable(why.error().detail));
        QCOMPARE(why->total.score, 63);
        QCOMPARE(why->requirements.at(0).outcome, RequirementOutcome::Partial);
        QCOMPARE(why->requirements.at(1).outcome, RequirementOutcome::Missing);
        Result<int> stale = OpeningRepository(*m_db).updateRequirements(m_opening, o->version, {go});
        QCOMPARE(stale.error().code, ErrorCode::Stale);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM requirements WHERE opening_id = %1").arg(m_opening)), 2);

        // updateOpening writes only what changed; a hand-broken score is mended.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = 1 WHERE id = %1").arg(second.applicationId)));
        QVERIFY(!MatchRepository(*m_db).updateOpening(m_opening));
        QCOMPARE(stored(second.applicationId).first, std::optional<int>(63));

        // The user's synonym extends the built-in list and rescores.
        const NewApplication third = addCandidate(*m_db, m_opening, QStringLiteral("Dee Lin"));
        c = CandidateRepository(*m_db).load(third.candidateId);
        c->skills = {QStringLiteral("Databricks Runtime")};
        QVERIFY(CandidateRepository(*m_db).update(*c));
        QCOMPARE(stored(third.applicationId).first, std::optional<int>(0));
        QCOMPARE(MatchRepository(*m_db).setSynonym(QStringLiteral("Spark"), QStringLiteral("spark")).code, ErrorCode::Invalid);
        QCOMPARE(MatchRepository(*m_db).setSynonym(QStringLiteral("Databricks runtime"), QStringLiteral("Apache Spark")).code, ErrorCode::None);
        QCOMPARE(stored(third.applicationId).first, std::optional<int>(63));
        QCOMPARE(MatchRepository(*m_db).userSynonyms()->size(), 1);
        QCOMPARE(MatchRepository(*m_db).userSynonyms()->at(0).alias, QStringLiteral("databricks runtime"));
        QCOMPARE(MatchRepository(*m_db).removeSynonym(QStringLiteral("nothing like it")).code, ErrorCode::NotFound);
        QCOMPARE(MatchRepository(*m_db).removeSynonym(QStringLiteral("Databricks Runtime")).code, ErrorCode::None);
        QCOMPARE(stored(third.applicationId).first, std::optional<int>(0));
        QVERIFY(!MatchRepository(*m_db).replaceSynonyms({SkillSynonym{QStringLiteral("databricks runtime"), QStringLiteral("spark")}}));
        QCOMPARE(stored(third.applicationId).first, std::optional<int>(63));

        // A cancelled rescore writes nothing.
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = 99")));
        QCOMPARE(MatchRepository(*m_db).updateAll([](qint64, qint64) { return false; }).code, ErrorCode::Cancelled);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score IS DISTINCT FROM 99")), 0);
        QCOMPARE(MatchRepository(*m_db).updateAll([](qint64, qint64) { return true; }).code, ErrorCode::None);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score = 99")), 0);

        // Marked stale (an upgrade): scored once, then nothing to do.
        QVERIFY(q.exec(QStringLiteral("UPDATE applications SET match_score = NULL, missing_must_haves = 0")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('match_scores_stale', '1') "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value")));
        qint64 lastTotal = -1;
        QVERIFY(!MatchRepository(*m_db).refreshIfStale([&](qint64, qint64 total) {
            lastTotal = total;
            return true;
        }));
        QVERIFY(lastTotal > 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM applications WHERE match_score IS NULL")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'match_scores_stale'")), 0);
        lastTotal = -1;
        QVERIFY(!MatchRepository(*m_db).refreshIfStale([&](qint64, qint64 total) {
            lastTotal = total;
            return true;
        }));
        QCOMPARE(lastTotal, -1);

        // No requirements: no score rather than a misleading 0.
        QVERIFY(OpeningRepository(*m_db).updateRequirements(m_opening, *version, {}));
        QCOMPARE(stored(second.applicationId), std::make_pair(std::optional<int>(), 0));
    }

    // ------------------------------------------------------------------ duplicates

    void duplicates_find_reportsTheStrongestReason()
    {
        QVERIFY(freshDatabase());
        const qint64 mei = CandidateRepository(*m_db).add(person(QStringLiteral("Mei Chen"), QStringLiteral("Mei.Chen@Example.com"), {}, {})).value();
        const qint64 ola = CandidateRepository(*m_db).add(person(QStringLiteral("Ola Nordmann"), {}, QStringLiteral("+44 7700 900123"), {})).value();
        const qint64 jose = CandidateRepository(*m_db).add(person(QStringLiteral("José Núñez"), {}, {}, QStringLiteral("Société Générale"))).value();
        DuplicateRepository repo(*m_db);
        // "id:reason" of each match, strongest first.
        const auto found = [&](const Candidate &probe) -> QStringList {
            Result<QList<DuplicateMatch>> matches = repo.find(probe);
            if (!matches)
                return {QStringLiteral("<error: %1>").arg(matches.error().detail)};
            QStringList list;
            for (const DuplicateMatch &m : std::as_const(*matches))
                list << QStringLiteral("%1:%2").arg(m.candidateId).arg(int(m.reason));
            return list;
        };
        const auto match = [](qint64 id, DuplicateMatch::Reason reason) -> QString {
            return QStringLiteral("%1:%2").arg(id).arg(int(reason));
        };
        using R = DuplicateMatch::Reason;
        QCOMPARE(found(person(QStringLiteral("M. Chen"), QStringLiteral("  mei.chen@EXAMPLE.COM "), {}, {})), QStringList{match(mei, R::SameEmail)});
        QCOMPARE(found(person(QStringLiteral("O. N."), {}, QStringLiteral("+44 (7700) 900-123"), {})), QStringList{match(ola, R::SamePhone)});
        QCOMPARE(found(person(QStringLiteral("JOSE  NUNEZ"), {}, {}, QStringLiteral("societe generale "))),
                 QStringList{match(jose, R::SameNameAndCompany)});
        QCOMPARE(found(person(QStringLiteral("José Núñez"), {}, {}, {})), QStringList());
        // Strongest reason first, each candidate once.
        Candidate both = person(QStringLiteral("Mei Chen"), QStringLiteral("mei.chen@example.com"), QStringLiteral("+447700900123"), {});
        QCOMPARE(found(both), (QStringList{match(mei, R::SameEmail), match(ola, R::SamePhone)}));
        // Never the candidate itself.
        Candidate self = person(QStringLiteral("Mei Chen"), QStringLiteral("mei.chen@example.com"), {}, {});
        self.id = mei;
        QCOMPARE(found(self), QStringList());
    }

    void duplicates_mergeAndUnmerge_restoreEveryTableExactly()
    {
        QVERIFY(freshDatabase());
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        const QString before = dumpTables(*m_db);
        QVERIFY2(!before.startsWith(QLatin1String("error")), qPrintable(before));
        QCOMPARE(searchFor(*m_db, QStringLiteral("monzo")), QString::number(p.merge));
        const qint64 candidatesBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates"));
        const int keepVersion = CandidateRepository(*m_db).load(p.keep)->version;

        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY2(merged, qPrintable(merged.error().message + QLatin1Char(' ') + merged.error().detail));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates")), candidatesBefore - 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM applications WHERE candidate_id = %1").arg(p.keep)),
                 QStringLiteral("%1,%2,%3").arg(p.keepShared).arg(p.keepOnly).arg(p.mergeOnly));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM interviews WHERE application_id = %1").arg(p.keepShared)), 2);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM notes WHERE candidate_id = %1").arg(p.keep)), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM attachments WHERE candidate_id = %1").arg(p.keep)), 2);
        const Candidate c = CandidateRepository(*m_db).load(p.keep).value();
        QCOMPARE(c.email, QStringLiteral("priya@example.com"));
        QCOMPARE(c.phone, QStringLiteral("+44 7700 900555"));
        QCOMPARE(c.yearsExperience, std::optional<int>(9));
        QCOMPARE(c.skills, (QStringList{QStringLiteral("Spark"), QStringLiteral("Kafka"), QStringLiteral("Airflow")}));
        QCOMPARE(c.tags, (QStringList{QStringLiteral("open-source"), QStringLiteral("relocation"), QStringLiteral("shared")}));
        QCOMPARE(c.retainUntil, QDate(2027, 1, 10));
        QCOMPARE(c.version, keepVersion + 1);
        QCOMPARE(merged->keptVersionAfter, c.version);
        QCOMPARE(searchFor(*m_db, QStringLiteral("airflow")), QString::number(p.keep));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_search")), candidatesBefore - 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT action || ' ' || entity || ' ' || entity_id FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("merge candidate %1").arg(p.keep));

        const Error e = DuplicateRepository(*m_db).unmerge(*merged);
        QVERIFY2(!e, qPrintable(e.message + QLatin1Char(' ') + e.detail));
        QCOMPARE(dumpTables(*m_db), before);
        QCOMPARE(searchFor(*m_db, QStringLiteral("monzo")), QString::number(p.merge));
        QCOMPARE(searchFor(*m_db, QStringLiteral("airflow")), QString::number(p.merge));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_search")), candidatesBefore);

        // Redo, and undo again.
        Result<MergeRecord> again = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY(again);
        QVERIFY(!DuplicateRepository(*m_db).unmerge(*again));
        QCOMPARE(dumpTables(*m_db), before);

        // Stale after the kept candidate changed: nothing changes.
        Result<MergeRecord> third = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY(third);
        QVERIFY(TagRepository(*m_db).addToCandidates({p.keep}, QStringLiteral("silver-medallist")));
        const QString afterTag = dumpTables(*m_db);
        QCOMPARE(DuplicateRepository(*m_db).unmerge(*third).code, ErrorCode::Stale);
        QCOMPARE(dumpTables(*m_db), afterTag);
    }

    void duplicates_mergeFailingPartWay_writesNothing()
    {
        QVERIFY(freshDatabase());
        const Pair p = buildPair();
        QVERIFY(p.keep > 0);
        const QString before = dumpTables(*m_db);
        const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION fail_delete() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                      "BEGIN RAISE EXCEPTION 'simulated failure'; END; $$")));
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER fail_delete BEFORE DELETE ON candidates FOR EACH ROW EXECUTE FUNCTION fail_delete()")));
        Result<MergeRecord> merged = DuplicateRepository(*m_db).merge(p.keep, p.merge);
        QVERIFY(!merged);
        QVERIFY2(merged.error().detail.contains(QStringLiteral("simulated failure")), qPrintable(merged.error().detail));
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER fail_delete ON candidates")));
        QCOMPARE(dumpTables(*m_db), before);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        // The connection is usable again: the failed transaction was rolled back.
        QVERIFY(DuplicateRepository(*m_db).merge(p.keep, p.merge));

        // Refusals write nothing either.
        const QString merged2 = dumpTables(*m_db);
        QCOMPARE(DuplicateRepository(*m_db).merge(p.keep, p.keep).error().code, ErrorCode::Invalid);
        QCOMPARE(DuplicateRepository(*m_db).merge(p.keep, 9999).error().code, ErrorCode::NotFound);
        QCOMPARE(dumpTables(*m_db), merged2);
    }

    // ------------------------------------------------------------------ saved views

    void savedViews_roundTripEverySort_andNames()
    {
        QVERIFY(freshDatabase());
        SavedViewRepository repo(*m_db);
        int n = 0;
        for (ApplicationSort sort : {ApplicationSort::Name, ApplicationSort::Stage, ApplicationSort::DaysInStage, ApplicationSort::Years,
                                     ApplicationSort::Source, ApplicationSort::Applied, ApplicationSort::Match, ApplicationSort::Relevance}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                SavedView view;
                view.name = QStringLiteral("  Senior referrals — Zoë’s “shortlist” %1  ").arg(++n);
                view.openingId = n % 2 ? std::optional<qint64>(m_opening) : std::nullopt;
                view.query.includeClosed = true;
                view.query.searchText = QStringLiteral("\"spark\" NEAR(kafka) 王伟 \\ 😀 'x' $$ ?");
                view.query.filter = nestedFilter();
                view.query.sort = sort;
                view.query.order = order;
                view.hiddenColumns = {4, 1, 6};
                Result<qint64> id = repo.save(view);
                QVERIFY2(id, qPrintable(id.error().message + QLatin1Char(' ') + id.error().detail));
                Result<SavedView> loaded = repo.load(*id);
                QVERIFY2(loaded, qPrintable(loaded.error().message));
                QCOMPARE(loaded->name, view.name.trimmed());
                QCOMPARE(loaded->openingId, view.openingId);
                QCOMPARE(loaded->query.includeClosed, true);
                QCOMPARE(loaded->query.searchText, view.query.searchText);
                QVERIFY(loaded->query.filter == view.query.filter);
                QCOMPARE(loaded->query.sort, sort);
                QCOMPARE(loaded->query.order, order);
                QCOMPARE(loaded->hiddenColumns, view.hiddenColumns);
            }
        }
        QCOMPARE(repo.all(m_opening)->size(), n);
        QCOMPARE(repo.all(std::nullopt)->size(), n / 2);

        // Names are unique regardless of letter case; rename and remove.
        SavedView alpha;
        alpha.name = QStringLiteral("Ärzte");
        const qint64 a = repo.save(alpha).value();
        SavedView clash;
        clash.name = QStringLiteral("ÄRZTE");
        QCOMPARE(repo.save(clash).error().code, ErrorCode::Invalid);
        SavedView replacement;
        replacement.query.searchText = QStringLiteral("scala");
        QCOMPARE(repo.replace(QStringLiteral("ärzte"), replacement).value(), a);
        QCOMPARE(repo.load(a)->query.searchText, QStringLiteral("scala"));
        QVERIFY(!repo.rename(a, QStringLiteral("  Gamma  ")));
        QCOMPARE(repo.load(a)->name, QStringLiteral("Gamma"));
        QVERIFY(!repo.remove(a));
        QCOMPARE(repo.load(a).error().code, ErrorCode::NotFound);
        QCOMPARE(repo.remove(a).code, ErrorCode::NotFound);
    }

    // ------------------------------------------------------------------ bulk loading

    void bulkLoader_newCandidatesAreSearchable_andIdsContinue()
    {
        QVERIFY(freshDatabase());
        const NewApplication existing = addCandidate(*m_db, m_opening, QStringLiteral("Before Load"));
        QVERIFY(existing.applicationId > 0);
        const qint64 indexesBefore = scalar(*m_db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"));
        const qint64 firstStage = opening().stages.constFirst().id;
        const QStringList names = {QStringLiteral("Björk Ødegaard"), QStringLiteral("Łukasz Wiśniewski"), QStringLiteral("Юлия Смирнова"),
                                   QStringLiteral("Ngozi Okafor")};
        {
            BulkLoader loader(*m_db);
            const Error begun = loader.begin();
            QVERIFY2(!begun, qPrintable(begun.detail));
            // Explicit ids, as the demo generator writes them.
            const int candidateSql = loader.prepare(QStringLiteral(
                "INSERT INTO candidates (id, name, sort_name, email, skills, years_experience, email_key, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const int applicationSql = loader.prepare(QStringLiteral(
                "INSERT INTO applications (id, candidate_id, opening_id, stage_id, status, applied_at, stage_entered_at, updated_at, "
                "match_score, missing_must_haves) VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)"));
            const int tagSql = loader.prepare(QStringLiteral("INSERT INTO tags (id, name) VALUES (?, ?)"));
            const int candidateTagSql = loader.prepare(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"));
            QVERIFY(!loader.insert(tagSql, {qint64(100), QStringLiteral("bulk-loaded")}));
            for (int i = 0; i < names.size(); ++i) {
                const qint64 id = existing.candidateId + 1 + i;
                const QString email = QStringLiteral("bulk%1@example.com").arg(i);
                Error e = loader.insert(candidateSql, {id, names.at(i), foldText(names.at(i)), email, QStringLiteral("Spark\nHadoop"),
                                                       qint64(5 + i), email, now, now});
                QVERIFY2(!e, qPrintable(e.detail));
                e = loader.insert(applicationSql, {existing.applicationId + 1 + i, id, m_opening, firstStage, now - i, now - i, now,
                                                   qint64(40 + i), qint64(1)});
                QVERIFY2(!e, qPrintable(e.detail));
                e = loader.insert(candidateTagSql, {id, qint64(100)});
                QVERIFY2(!e, qPrintable(e.detail));
            }
            const Error finished = loader.finish();
            QVERIFY2(!finished, qPrintable(finished.message + QLatin1Char(' ') + finished.detail));
        }
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM meta WHERE key = 'search_index_suspended'")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()")), indexesBefore);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidate_search")), 1 + names.size());
        QCOMPARE(namesFound(*m_db, m_opening, QStringLiteral("bjork odegaard")), QStringList{names.at(0)});
        QCOMPARE(namesFound(*m_db, m_opening, QStringLiteral("lukasz wisniewski")), QStringList{names.at(1)});
        QCOMPARE(namesFound(*m_db, m_opening, QStringLiteral("юлия")), QStringList{names.at(2)});
        QCOMPARE(namesFound(*m_db, m_opening, QStringLiteral("bulk loaded")).size(), names.size());
        QCOMPARE(namesFound(*m_db, m_opening, QStringLiteral("hadoop")).size(), names.size());
        QCOMPARE(namesFound(*m_db, m_opening, QStringLiteral("Before")), QStringList{QStringLiteral("Before Load")});

        // Ordinary writes after the load get new ids, and are indexed by the triggers again.
        const NewApplication after = addCandidate(*m_db, m_opening, QStringLiteral("After Load"));
        QVERIFY2(after.candidateId > existing.candidateId + names.size(), qPrintable(QString::number(after.candidateId)));
        QVERIFY(after.applicationId > existing.applicationId + names.size());
        QVERIFY(TagRepository(*m_db).addToCandidates({after.candidateId}, QStringLiteral("after-tag")));
        QCOMPARE(namesFound(*m_db, m_opening, QStringLiteral("after")), QStringList{QStringLiteral("After Load")});

        // An aborted load leaves nothing behind.
        {
            BulkLoader loader(*m_db);
            QVERIFY(!loader.begin());
            const int candidateSql = loader.prepare(QStringLiteral(
                "INSERT INTO candidates (name, sort_name, created_at, updated_at) VALUES (?, ?, ?, ?)"));
            QVERIFY(!loader.insert(candidateSql, {QStringLiteral("Never Seen"), QStringLiteral("never seen"), now, now}));
            loader.abort();
        }
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM candidates WHERE name = 'Never Seen'")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()")), indexesBefore);
        QVERIFY(addCandidate(*m_db, m_opening, QStringLiteral("Still Writable")).candidateId > 0);
    }
    // ------------------------------------------------------------------ interviews

    void interviews_schedule_keepsZonePanelAndFocus()
    {
        QVERIFY(interviewDatabase());
        const Interview d = plannedInterview();
        Result<qint64> id = InterviewRepository(*m_db).schedule(d);
        QVERIFY2(id, qPrintable(id.error().message + QLatin1Char(' ') + id.error().detail));
        Result<Interview> loaded = InterviewRepository(*m_db).load(*id);
        QVERIFY2(loaded, qPrintable(loaded.error().message + QLatin1Char(' ') + loaded.error().detail));
        QCOMPARE(loaded->id, *id);
        QCOMPARE(loaded->applicationId, m_application);
        QCOMPARE(loaded->stageId, m_plan.stages.at(2).id);
        QCOMPARE(loaded->title, QStringLiteral("Technical deep-dive"));
        QCOMPARE(loaded->start, d.start);
        QCOMPARE(loaded->start.timeZone().id(), QByteArray("Europe/London"));
        // British Summer Time ended on 25 October 2026: 10:00 in London is 10:00 UTC.
        QCOMPARE(loaded->start.time(), QTime(10, 0));
        QCOMPARE(loaded->start.toUTC().time(), QTime(10, 0));
        QCOMPARE(loaded->durationMinutes, 75);
        QCOMPARE(loaded->location, QStringLiteral("https://meet.example/abc"));
        QCOMPARE(loaded->status, InterviewStatus::Scheduled);
        QCOMPARE(loaded->panel, d.panel);
        QCOMPARE(loaded->sequence, 0);
        QVERIFY2(loaded->uid.endsWith(QStringLiteral("@shortlist")), qPrintable(loaded->uid));
        // Stored as UTC seconds with the zone it was scheduled in.
        QCOMPARE(text(*m_db, QStringLiteral("SELECT starts_at || ' ' || time_zone || ' ' || duration_minutes || ' ' || status || ' ' || sequence "
                                            "FROM interviews WHERE id = %1")
                                 .arg(*id)),
                 QStringLiteral("%1 Europe/London 75 scheduled 0").arg(QDateTime(QDate(2026, 10, 30), QTime(10, 0), Qt::UTC).toSecsSinceEpoch()));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(person_id::text, ',' ORDER BY person_id) FROM interview_panel WHERE interview_id = %1")
                                 .arg(*id)),
                 QStringLiteral("%1,%2").arg(m_ines).arg(m_tomasz));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM panel_focus WHERE interview_id = %1").arg(*id)), 2);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(detail, ',') FROM audit_log WHERE action = 'schedule' AND entity = 'interview' "
                                            "AND entity_id = %1")
                                 .arg(*id)),
                 QStringLiteral("application=%1").arg(m_application));
    }

    void interviews_invalidSchedule_refusedAndNothingWritten_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("word");
        QTest::newRow("no panel") << 0 << QStringLiteral("panel");
        QTest::newRow("too short") << 1 << QStringLiteral("minutes");
        QTest::newRow("no time zone") << 2 << QStringLiteral("time zone");
        QTest::newRow("stage of another opening") << 3 << QStringLiteral("stage");
        QTest::newRow("unknown interviewer") << 4 << QStringLiteral("directory");
        QTest::newRow("focus from another opening") << 5 << QStringLiteral("competenc");
        QTest::newRow("interviewer twice") << 6 << QStringLiteral("twice");
        QTest::newRow("closed application") << 7 << QStringLiteral("active");
    }

    void interviews_invalidSchedule_refusedAndNothingWritten()
    {
        QFETCH(int, problem);
        QFETCH(QString, word);
        QVERIFY(interviewDatabase());
        Interview d = plannedInterview();
        const qint64 other = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        QVERIFY(other > 0);
        const Opening otherPlan = OpeningRepository(*m_db).load(other).value();
        switch (problem) {
        case 0: d.panel.clear(); break;
        case 1: d.durationMinutes = 2; break;
        case 2: d.start = QDateTime(QDate(2026, 10, 30), QTime(10, 0)); break;
        case 3: d.stageId = otherPlan.stages.at(1).id; break;
        case 4: d.panel << PanelMember{999999, {}}; break;
        case 5: d.panel[0].focusCompetencyIds << otherPlan.competencies.at(0).id; break;
        case 6: d.panel << PanelMember{m_ines, {}}; break;
        case 7: QVERIFY(Pipeline(*m_db).reject(m_application, 1, QStringLiteral("Position filled"))); break;
        default: break;
        }
        const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        Result<qint64> id = InterviewRepository(*m_db).schedule(d);
        QVERIFY(!id);
        QVERIFY2(id.error().message.contains(word, Qt::CaseInsensitive), qPrintable(id.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM interviews")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM interview_panel")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM panel_focus")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        // The connection is still usable: the valid draft is scheduled.
        if (problem != 7)
            QVERIFY(InterviewRepository(*m_db).schedule(plannedInterview()));
    }

    void interviews_rescheduleAndCancel_raiseTheSequence()
    {
        QVERIFY(interviewDatabase());
        const qint64 id = InterviewRepository(*m_db).schedule(plannedInterview()).value();
        const QString uid = InterviewRepository(*m_db).load(id)->uid;
        const QDateTime later(QDate(2026, 11, 3), QTime(16, 30), QTimeZone("America/New_York"));
        const Error moved = InterviewRepository(*m_db).reschedule(id, later, 60, QStringLiteral("  Room 4 "));
        QVERIFY2(!moved, qPrintable(moved.message + QLatin1Char(' ') + moved.detail));
        Interview i = InterviewRepository(*m_db).load(id).value();
        QCOMPARE(i.sequence, 1);
        QCOMPARE(i.start, later);
        QCOMPARE(i.start.timeZone().id(), QByteArray("America/New_York"));
        QCOMPARE(i.start.time(), QTime(16, 30));
        // New York is on standard time (UTC-5) from 1 November 2026.
        QCOMPARE(i.start.toUTC(), QDateTime(QDate(2026, 11, 3), QTime(21, 30), Qt::UTC));
        QCOMPARE(i.durationMinutes, 60);
        QCOMPARE(i.location, QStringLiteral("Room 4"));
        QCOMPARE(i.uid, uid);
        QCOMPARE(i.status, InterviewStatus::Scheduled);

        const Error cancelled = InterviewRepository(*m_db).cancel(id, QStringLiteral("Candidate asked to move it"));
        QVERIFY2(!cancelled, qPrintable(cancelled.message + QLatin1Char(' ') + cancelled.detail));
        i = InterviewRepository(*m_db).load(id).value();
        QCOMPARE(i.status, InterviewStatus::Cancelled);
        QCOMPARE(i.sequence, 2);
        QCOMPARE(i.start, later);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT status || ' ' || sequence || ' ' || time_zone FROM interviews WHERE id = %1").arg(id)),
                 QStringLiteral("cancelled 2 America/New_York"));
        // A cancelled interview is neither moved nor cancelled again.
        QCOMPARE(InterviewRepository(*m_db).reschedule(id, later, 60, {}).code, ErrorCode::Invalid);
        QCOMPARE(InterviewRepository(*m_db).cancel(id, {}).code, ErrorCode::Invalid);
        QCOMPARE(InterviewRepository(*m_db).load(id)->sequence, 2);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(action || ':' || detail, '|' ORDER BY id) FROM audit_log WHERE entity = 'interview' "
                                            "AND entity_id = %1")
                                 .arg(id)),
                 QStringLiteral("schedule:application=%1|reschedule:2026-11-03T21:30:00Z|cancel:Candidate asked to move it").arg(m_application));
        Result<IcsEvent> event = InterviewRepository(*m_db).calendarEvent(id);
        QVERIFY2(event, qPrintable(event.error().message + QLatin1Char(' ') + event.error().detail));
        QVERIFY(event->cancelled);
        QCOMPARE(event->sequence, 2);
        QCOMPARE(event->uid, uid);
        // A time without a zone is refused before anything changes.
        const qint64 second = InterviewRepository(*m_db).schedule(plannedInterview()).value();
        QCOMPARE(InterviewRepository(*m_db).reschedule(second, QDateTime(QDate(2026, 11, 3), QTime(9, 0)), 60, {}).code, ErrorCode::Invalid);
        QCOMPARE(InterviewRepository(*m_db).load(second)->sequence, 0);
    }

    void interviews_upcoming_soonestFirst_perPerson_andSkipsCancelledAndPast()
    {
        QVERIFY(interviewDatabase());
        const QTimeZone berlin("Europe/Berlin");
        Interview a = plannedInterview();
        a.start = QDateTime(QDate(2026, 12, 3), QTime(9, 0), berlin);
        Interview b = plannedInterview();
        b.start = QDateTime(QDate(2026, 12, 1), QTime(9, 0), berlin);
        b.panel = {PanelMember{m_tomasz, {}}};
        Interview past = plannedInterview();
        past.start = QDateTime(QDate(2026, 1, 1), QTime(9, 0), berlin);
        Interview cancelled = plannedInterview();
        cancelled.start = QDateTime(QDate(2026, 12, 2), QTime(9, 0), berlin);
        const qint64 idA = InterviewRepository(*m_db).schedule(a).value();
        const qint64 idB = InterviewRepository(*m_db).schedule(b).value();
        QVERIFY(InterviewRepository(*m_db).schedule(past));
        const qint64 idC = InterviewRepository(*m_db).schedule(cancelled).value();
        QVERIFY(!InterviewRepository(*m_db).cancel(idC, {}));
        const QDateTime from(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);
        const auto ids = [](const Result<QList<Interview>> &list) {
            QList<qint64> result;
            if (!list)
                return QList<qint64>{-1};
            for (const Interview &i : *list)
                result << i.id;
            return result;
        };
        const Result<QList<Interview>> all = InterviewRepository(*m_db).upcoming(from);
        QCOMPARE(ids(all), (QList<qint64>{idB, idA}));
        QCOMPARE(all->at(0).start, b.start);
        QCOMPARE(all->at(0).start.timeZone().id(), QByteArray("Europe/Berlin"));
        QCOMPARE(all->at(1).panel, a.panel);
        QCOMPARE(ids(InterviewRepository(*m_db).upcoming(from, m_ines)), QList<qint64>{idA});
        QCOMPARE(ids(InterviewRepository(*m_db).upcoming(from, m_tomasz)), (QList<qint64>{idB, idA}));
        QCOMPARE(ids(InterviewRepository(*m_db).upcoming(from, m_outsider)), QList<qint64>());
        QCOMPARE(ids(InterviewRepository(*m_db).upcoming(from, 0, 1)), QList<qint64>{idB});
        // From exactly B's start, B is still upcoming; a second later it is not.
        QCOMPARE(ids(InterviewRepository(*m_db).upcoming(b.start)), (QList<qint64>{idB, idA}));
        QCOMPARE(ids(InterviewRepository(*m_db).upcoming(b.start.addSecs(1))), QList<qint64>{idA});
    }

    void interviews_between_andTheScheduleReport_skipCancelledAndOtherOpenings()
    {
        QVERIFY(interviewDatabase());
        const QTimeZone berlin("Europe/Berlin");
        Interview early = plannedInterview();
        early.start = QDateTime(QDate(2026, 12, 1), QTime(0, 30), berlin);   // 23:30 UTC the day before
        Interview late = plannedInterview();
        late.start = QDateTime(QDate(2026, 12, 3), QTime(9, 0), berlin);
        Interview cancelled = plannedInterview();
        cancelled.start = QDateTime(QDate(2026, 12, 2), QTime(9, 0), berlin);
        const qint64 idEarly = InterviewRepository(*m_db).schedule(early).value();
        const qint64 idLate = InterviewRepository(*m_db).schedule(late).value();
        const qint64 idCancelled = InterviewRepository(*m_db).schedule(cancelled).value();
        QVERIFY(!InterviewRepository(*m_db).cancel(idCancelled, {}));
        const auto ids = [](const Result<QList<Interview>> &list) {
            QList<qint64> result;
            if (!list)
                return QList<qint64>{-1};
            for (const Interview &i : *list)
                result << i.id;
            return result;
        };
        const QDateTime from(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);
        const QDateTime to(QDate(2026, 12, 4), QTime(0, 0), Qt::UTC);
        QCOMPARE(ids(InterviewRepository(*m_db).between(from, to)), (QList<qint64>{idEarly, idLate}));
        QCOMPARE(ids(InterviewRepository(*m_db).between(from, to, {m_opening})), (QList<qint64>{idEarly, idLate}));
        QCOMPARE(ids(InterviewRepository(*m_db).between(from, to, {m_opening + 1000})), QList<qint64>());
        QCOMPARE(ids(InterviewRepository(*m_db).between(from, late.start)), QList<qint64>{idEarly});

        ReportOptions options;
        options.kind = ReportKind::Schedule;
        options.from = QDate(2026, 12, 1);
        options.to = QDate(2026, 12, 3);
        Result<ReportDocument> doc = ReportBuilder::build(*m_db, options);
        QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message + QLatin1Char(' ') + doc.error().detail));
        const QString text = doc->plainText();
        QCOMPARE(text.count(QStringLiteral("José Núñez")), 2);
        QVERIFY(text.contains(QStringLiteral("Inês Duarte")));
        QVERIFY(text.contains(QStringLiteral("Tuesday 1 December 2026")));   // the interview's local day
        QVERIFY(!text.contains(QStringLiteral("Wednesday 2 December 2026"))); // only the cancelled one was then
    }

    void reports_pipelineAndCalibration_sameOnPostgresAsOnSqlite()
    {
        std::unique_ptr<Database> pg;
        const std::optional<Opening> o = newWorkedDatabase(pg);
        QVERIFY(o);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::unique_ptr<Database> lite = createDatabase(dir.filePath(QStringLiteral("reports.shortlist")));
        QVERIFY(lite);
        const qint64 liteOpening = worked::build(*lite);
        QVERIFY(liteOpening);
        for (ReportKind kind : {ReportKind::Pipeline, ReportKind::Calibration}) {
            ReportOptions options;
            options.kind = kind;
            options.now = worked::now;
            options.openingIds = {o->id};
            const Result<ReportDocument> a = ReportBuilder::build(*pg, options);
            QVERIFY2(a, qPrintable(a ? QString() : a.error().message + QLatin1Char(' ') + a.error().detail));
            options.openingIds = {liteOpening};
            const Result<ReportDocument> b = ReportBuilder::build(*lite, options);
            QVERIFY2(b, qPrintable(b ? QString() : b.error().message + QLatin1Char(' ') + b.error().detail));
            QVERIFY(a->plainText().size() > 200);
            QCOMPARE(a->plainText(), b->plainText());
        }
        // The packet of each worked application reads on PostgreSQL too.
        SqlQuery q(*pg);
        QVERIFY(q.exec(QStringLiteral("SELECT a.id, c.name FROM applications a JOIN candidates c ON c.id = a.candidate_id ORDER BY a.id")));
        int packets = 0;
        while (q.next()) {
            ReportOptions packet;
            packet.kind = ReportKind::Candidate;
            packet.applicationId = q.int64(0);
            packet.now = worked::now;
            const Result<ReportDocument> doc = ReportBuilder::build(*pg, packet);
            QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().message + QLatin1Char(' ') + doc.error().detail));
            QVERIFY(doc->scope.startsWith(q.value(1).toString()));
            ++packets;
        }
        QCOMPARE(packets, 6);
    }

    void interviews_calendarEvent_namesOrganizerPanelAndKit()
    {
        QVERIFY(interviewDatabase());
        const Interview d = plannedInterview();
        const qint64 id = InterviewRepository(*m_db).schedule(d).value();
        Result<IcsEvent> e = InterviewRepository(*m_db).calendarEvent(id);
        QVERIFY2(e, qPrintable(e.error().message + QLatin1Char(' ') + e.error().detail));
        QCOMPARE(e->uid, InterviewRepository(*m_db).load(id)->uid);
        QCOMPARE(e->sequence, 0);
        QVERIFY(!e->cancelled);
        QCOMPARE(e->start, d.start);
        QCOMPARE(e->durationMinutes, 75);
        QCOMPARE(e->location, QStringLiteral("https://meet.example/abc"));
        QCOMPARE(e->organizer.name, QStringLiteral("Priya Raman"));
        QCOMPARE(e->organizer.email, QStringLiteral("priya@example.com"));
        QCOMPARE(e->attendees.size(), 2);
        QCOMPARE(e->attendees.at(0).name, QStringLiteral("Inês Duarte"));
        QCOMPARE(e->attendees.at(0).email, QStringLiteral("ines@example.com"));
        QCOMPARE(e->attendees.at(1).name, QStringLiteral("Tomasz Wróbel"));
        QCOMPARE(e->attendees.at(1).email, QStringLiteral("tomasz@example.com"));
        QCOMPARE(e->summary, QStringLiteral("Technical deep-dive: José Núñez (Big Data Tech Lead)"));
        const QStringList kit = e->description.split(QLatin1Char('\n'));
        QCOMPARE(kit.size(), 3);
        QCOMPARE(kit.at(0), QStringLiteral("Technical deep-dive interview with José Núñez for Big Data Tech Lead."));
        QCOMPARE(kit.at(1), QStringLiteral("Inês Duarte assesses: %1, %2").arg(m_plan.competencies.at(0).name, m_plan.competencies.at(1).name));
        QCOMPARE(kit.at(2), QStringLiteral("Tomasz Wróbel: general assessment"));
        // Through the writer: a calendar with the panel as attendees, in London time.
        const QByteArray ics = IcsWriter::calendar({*e}, IcsWriter::Method::Request);
        QVERIFY(ics.contains("ATTENDEE;CN=\"Tomasz Wróbel\""));
        QVERIFY(ics.contains("DTSTART;TZID=Europe/London:20261030T100000"));
        QVERIFY(ics.contains("SEQUENCE:0"));
        // Without a hiring manager the event has no organizer, and is still made.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE openings SET hiring_manager_id = NULL WHERE id = %1").arg(m_opening)));
        Result<IcsEvent> unorganized = InterviewRepository(*m_db).calendarEvent(id);
        QVERIFY2(unorganized, qPrintable(unorganized.error().message + QLatin1Char(' ') + unorganized.error().detail));
        QCOMPARE(unorganized->organizer.name, QString());
        QCOMPARE(unorganized->attendees.size(), 2);
    }

    // ------------------------------------------------------------------ scorecards

    void scorecards_newDraft_listsTheFocusCompetencies_onlyForThePanel()
    {
        QVERIFY(interviewDatabase());
        const qint64 interviewId = scheduleScorecardPanel();
        QVERIFY(interviewId > 0);
        Result<Scorecard> s = ScorecardRepository(*m_db).current(interviewId, m_ines);
        QVERIFY2(s, qPrintable(s.error().message + QLatin1Char(' ') + s.error().detail));
        QCOMPARE(s->id, 0);
        QCOMPARE(s->interviewId, interviewId);
        QCOMPARE(s->personId, m_ines);
        QCOMPARE(s->revision, 1);
        QVERIFY(!s->submitted);
        QCOMPARE(s->ratings, (QList<CompetencyRating>{{competency(0), std::nullopt, false, {}}, {competency(1), std::nullopt, false, {}}}));
        QCOMPARE(ScorecardRepository(*m_db).current(interviewId, m_tomasz)->ratings,
                 (QList<CompetencyRating>{{competency(2), std::nullopt, false, {}}}));
        Result<Scorecard> outsider = ScorecardRepository(*m_db).current(interviewId, m_outsider);
        QVERIFY(!outsider);
        QCOMPARE(outsider.error().code, ErrorCode::Invalid);
        QVERIFY2(outsider.error().message.contains(QStringLiteral("panel")), qPrintable(outsider.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards")), 0);
    }

    void scorecards_submit_refusesWhatIsIncomplete_data()
    {
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("word");
        QTest::newRow("a focus competency left blank") << 0 << QStringLiteral("Rate every");
        QTest::newRow("no overall recommendation") << 1 << QStringLiteral("overall");
        QTest::newRow("rated and not assessed") << 2 << QStringLiteral("both");
        QTest::newRow("rating outside 1-4") << 3 << QStringLiteral("1 to 4");
    }

    void scorecards_submit_refusesWhatIsIncomplete()
    {
        QFETCH(int, problem);
        QFETCH(QString, word);
        QVERIFY(interviewDatabase());
        const qint64 interviewId = scheduleScorecardPanel();
        QVERIFY(interviewId > 0);
        Scorecard s = completeScorecard(interviewId, m_ines);
        switch (problem) {
        case 0: s.ratings[1].rating.reset(); break;
        case 1: s.overall.reset(); break;
        case 2: s.ratings[0].notAssessed = true; break;
        case 3: s.ratings[0].rating = 5; break;
        default: break;
        }
        const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        Result<qint64> id = ScorecardRepository(*m_db).submit(s);
        QVERIFY(!id);
        QCOMPARE(id.error().code, ErrorCode::Invalid);
        QVERIFY2(id.error().message.contains(word), qPrintable(id.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecard_ratings")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        // The complete scorecard is then accepted.
        QVERIFY(ScorecardRepository(*m_db).submit(completeScorecard(interviewId, m_ines)));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards WHERE status = 'submitted'")), 1);
    }

    void scorecards_notAssessed_isAnAnswer_distinctFromALowRating()
    {
        QVERIFY(interviewDatabase());
        const qint64 interviewId = scheduleScorecardPanel();
        QVERIFY(interviewId > 0);
        Scorecard s = completeScorecard(interviewId, m_ines);
        s.ratings[0].rating = 1;
        s.ratings[1].rating.reset();
        s.ratings[1].notAssessed = true;
        s.ratings[1].evidence = QStringLiteral("Ran out of time");
        Result<qint64> id = ScorecardRepository(*m_db).submit(s);
        QVERIFY2(id, qPrintable(id.error().message + QLatin1Char(' ') + id.error().detail));
        const Scorecard stored = ScorecardRepository(*m_db).current(interviewId, m_ines).value();
        QCOMPARE(stored.ratings.at(0).rating, std::optional<int>(1));
        QVERIFY(!stored.ratings.at(0).notAssessed);
        QVERIFY(stored.ratings.at(1).notAssessed);
        QVERIFY(!stored.ratings.at(1).rating);
        QCOMPARE(stored.ratings.at(1).evidence, QStringLiteral("Ran out of time"));
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(coalesce(rating::text, 'none') || ':' || not_assessed || ':' || evidence, '|' "
                                            "ORDER BY competency_id) FROM scorecard_ratings WHERE scorecard_id = %1")
                                 .arg(*id)),
                 QStringLiteral("1:0:|none:1:Ran out of time"));
    }

    void scorecards_draftsSave_submitLocks_amendKeepsEveryRevision()
    {
        QVERIFY(interviewDatabase());
        const qint64 interviewId = scheduleScorecardPanel();
        QVERIFY(interviewId > 0);
        ScorecardRepository repo(*m_db);
        Scorecard draft = repo.current(interviewId, m_ines).value();
        draft.ratings[0].rating = 2;
        draft.ratings[0].evidence = QStringLiteral("  Partitioning by customer id ");
        Result<qint64> first = repo.saveDraft(draft);
        QVERIFY2(first, qPrintable(first.error().message + QLatin1Char(' ') + first.error().detail));
        draft = repo.current(interviewId, m_ines).value();
        QCOMPARE(draft.id, *first);
        QVERIFY(!draft.submitted);
        QCOMPARE(draft.submittedAt, 0);
        QVERIFY(!draft.overall);
        QCOMPARE(draft.ratings.at(0).rating, std::optional<int>(2));
        QCOMPARE(draft.ratings.at(0).evidence, QStringLiteral("Partitioning by customer id"));
        QVERIFY(!draft.ratings.at(1).rating);
        // Saving again updates the same draft.
        draft.ratings[1].rating = 4;
        QCOMPARE(repo.saveDraft(draft).value(), *first);
        QCOMPARE(repo.current(interviewId, m_ines)->ratings.at(1).rating, std::optional<int>(4));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards")), 1);
        // A draft is not amended: it is still editable.
        QCOMPARE(repo.amend(interviewId, m_ines, QStringLiteral("Too early")).error().code, ErrorCode::Invalid);

        // Submitting validates and locks the same row.
        const Scorecard done = completeScorecard(interviewId, m_ines);
        QCOMPARE(repo.submit(done).value(), *first);
        Scorecard locked = repo.current(interviewId, m_ines).value();
        QVERIFY(locked.submitted);
        QVERIFY(locked.submittedAt > 0);
        QCOMPARE(locked.overall, std::optional<Recommendation>(Recommendation::Yes));
        QCOMPARE(locked.summary, done.summary);
        QCOMPARE(locked.ratings, done.ratings);
        locked.ratings[0].rating = 1;
        Result<qint64> refused = repo.saveDraft(locked);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("locked")), qPrintable(refused.error().message));
        QVERIFY(!repo.submit(locked));
        QCOMPARE(repo.current(interviewId, m_ines)->ratings.at(0).rating, std::optional<int>(3));

        // An amendment is a new revision with its reason; the first is kept.
        QCOMPARE(repo.amend(interviewId, m_ines, QStringLiteral("  ")).error().code, ErrorCode::Invalid);
        Result<Scorecard> amended = repo.amend(interviewId, m_ines, QStringLiteral(" Mixed up two candidates "));
        QVERIFY2(amended, qPrintable(amended.error().message + QLatin1Char(' ') + amended.error().detail));
        QCOMPARE(amended->revision, 2);
        QVERIFY(amended->id != *first);
        QVERIFY(!amended->submitted);
        QCOMPARE(amended->amendReason, QStringLiteral("Mixed up two candidates"));
        QCOMPARE(amended->ratings, done.ratings);
        QCOMPARE(amended->overall, std::optional<Recommendation>(Recommendation::Yes));
        Scorecard fixed = *amended;
        fixed.ratings[0].rating = 1;
        fixed.overall = Recommendation::No;
        QCOMPARE(repo.submit(fixed).value(), amended->id);
        const QList<Scorecard> history = repo.history(interviewId, m_ines).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).id, *first);
        QCOMPARE(history.at(0).revision, 1);
        QVERIFY(history.at(0).submitted);
        QCOMPARE(history.at(0).overall, std::optional<Recommendation>(Recommendation::Yes));
        QCOMPARE(history.at(0).ratings, done.ratings);
        QCOMPARE(history.at(0).amendReason, QString());
        QCOMPARE(history.at(1).revision, 2);
        QVERIFY(history.at(1).submitted);
        QCOMPARE(history.at(1).overall, std::optional<Recommendation>(Recommendation::No));
        QCOMPARE(history.at(1).ratings.at(0).rating, std::optional<int>(1));
        QCOMPARE(history.at(1).amendReason, QStringLiteral("Mixed up two candidates"));
        QCOMPARE(repo.current(interviewId, m_ines)->id, amended->id);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(revision || ':' || status || ':' || overall || ':' || amend_reason, '|' "
                                            "ORDER BY revision) FROM scorecards WHERE interview_id = %1 AND person_id = %2")
                                 .arg(interviewId)
                                 .arg(m_ines)),
                 QStringLiteral("1:submitted:yes:|2:submitted:no:Mixed up two candidates"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'scorecard' AND action IN ('submit', 'amend')")), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'scorecard' AND action = 'save-draft'")), 2);
    }

    void scorecards_independentScoring_othersHiddenUntilYouSubmit()
    {
        QVERIFY(interviewDatabase());
        const qint64 interviewId = scheduleScorecardPanel();
        QVERIFY(interviewId > 0);
        ScorecardRepository repo(*m_db);
        PanelProgress none = repo.progress(interviewId, m_ines).value();
        QCOMPARE(none.panelSize, 2);
        QCOMPARE(none.submitted, 0);
        QVERIFY(!none.othersVisible);

        QVERIFY(repo.submit(completeScorecard(interviewId, m_ines)));
        const PanelProgress tomasz = repo.progress(interviewId, m_tomasz).value();
        QCOMPARE(tomasz.panelSize, 2);
        QCOMPARE(tomasz.submitted, 1);  // he sees that someone submitted...
        QVERIFY(!tomasz.viewerSubmitted);
        QVERIFY(!tomasz.othersVisible);
        QCOMPARE(repo.othersVisibleTo(interviewId, m_tomasz)->size(), 0);  // ...not what they wrote
        // Inês submitted: she may see the others (nobody else submitted yet).
        const PanelProgress ines = repo.progress(interviewId, m_ines).value();
        QVERIFY(ines.viewerSubmitted);
        QVERIFY(ines.othersVisible);
        QCOMPARE(repo.othersVisibleTo(interviewId, m_ines)->size(), 0);
        // The hiring manager (not on the panel) sees it.
        const PanelProgress outsider = repo.progress(interviewId, m_outsider).value();
        QVERIFY(!outsider.viewerSubmitted);
        QVERIFY(outsider.othersVisible);
        const QList<Scorecard> managerSees = repo.othersVisibleTo(interviewId, m_outsider).value();
        QCOMPARE(managerSees.size(), 1);
        QCOMPARE(managerSees.at(0).personId, m_ines);

        QVERIFY(repo.submit(completeScorecard(interviewId, m_tomasz)));
        QVERIFY(repo.progress(interviewId, m_tomasz)->othersVisible);
        QCOMPARE(repo.progress(interviewId, m_tomasz)->submitted, 2);
        const QList<Scorecard> seen = repo.othersVisibleTo(interviewId, m_tomasz).value();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.at(0).personId, m_ines);
        QCOMPARE(seen.at(0).ratings.size(), 2);
        QCOMPARE(seen.at(0).overall, std::optional<Recommendation>(Recommendation::Yes));
        QCOMPARE(repo.othersVisibleTo(interviewId, m_outsider)->size(), 2);
        // An amendment in progress hides the others again, and is not counted as submitted.
        QVERIFY(repo.amend(interviewId, m_tomasz, QStringLiteral("Typo in the evidence")));
        QVERIFY(!repo.progress(interviewId, m_tomasz)->othersVisible);
        QCOMPARE(repo.othersVisibleTo(interviewId, m_tomasz)->size(), 0);
        QCOMPARE(repo.progress(interviewId, m_outsider)->submitted, 1);
        // Only the latest submitted revision of each is shown.
        const QList<Scorecard> afterAmend = repo.othersVisibleTo(interviewId, m_outsider).value();
        QCOMPARE(afterAmend.size(), 1);
        QCOMPARE(afterAmend.at(0).personId, m_ines);
    }

    void scorecards_overdue_listsPanelistsWithoutASubmittedScorecard()
    {
        QVERIFY(interviewDatabase());
        const qint64 interviewId = scheduleScored({PanelMember{m_ines, {competency(0)}}, PanelMember{m_tomasz, {competency(0)}}});
        QVERIFY(interviewId > 0);
        using Pairs = QList<QPair<qint64, qint64>>;
        ScorecardRepository repo(*m_db);
        // The interview ended at 11:00 UTC on 20 November (10:00 London = 10:00 UTC, 60 minutes).
        const qint64 end = QDateTime(QDate(2026, 11, 20), QTime(11, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(repo.overdue(end + 47 * 3600, 48).value(), Pairs());  // still within 48 hours
        QCOMPARE(repo.overdue(end + 48 * 3600, 48).value(), Pairs());  // exactly 48 hours: not yet
        const Pairs both{{interviewId, m_ines}, {interviewId, m_tomasz}};
        QCOMPARE(repo.overdue(end + 48 * 3600 + 1, 48).value(), both);
        QCOMPARE(repo.overdue(end + 49 * 3600, 48).value(), both);
        // An earlier interview is longer overdue: listed first, until it is cancelled.
        Interview earlier;
        earlier.applicationId = m_application;
        earlier.stageId = m_plan.stages.at(3).id;
        earlier.start = QDateTime(QDate(2026, 11, 18), QTime(10, 0), QTimeZone("Europe/London"));
        earlier.panel = {PanelMember{m_tomasz, {}}};
        const qint64 earlierId = InterviewRepository(*m_db).schedule(earlier).value();
        QCOMPARE(repo.overdue(end + 49 * 3600, 48).value(), (Pairs{{earlierId, m_tomasz}, {interviewId, m_ines}, {interviewId, m_tomasz}}));
        QVERIFY(!InterviewRepository(*m_db).cancel(earlierId, {}));
        QCOMPARE(repo.overdue(end + 49 * 3600, 48).value(), both);

        Scorecard s = repo.current(interviewId, m_ines).value();
        s.ratings[0].rating = 2;
        s.overall = Recommendation::No;
        QVERIFY(repo.submit(s));
        QCOMPARE(repo.overdue(end + 49 * 3600, 48).value(), (Pairs{{interviewId, m_tomasz}}));
        // A draft does not count.
        Scorecard draft = repo.current(interviewId, m_tomasz).value();
        draft.ratings[0].rating = 1;
        QVERIFY(repo.saveDraft(draft));
        QCOMPARE(repo.overdue(end + 49 * 3600, 48).value(), (Pairs{{interviewId, m_tomasz}}));
        draft = repo.current(interviewId, m_tomasz).value();
        draft.overall = Recommendation::StrongNo;
        QVERIFY(repo.submit(draft));
        QCOMPARE(repo.overdue(end + 49 * 3600, 48).value(), Pairs());
    }

    // ------------------------------------------------------------------ scorecard files

    void scorecardFile_signedRoundTrip_importsAsSubmitted_andDuplicateIsRefused()
    {
        QVERIFY(interviewDatabase());
        const qint64 interviewId = scheduleScorecardPanel();
        QVERIFY(interviewId > 0);
        // What Inês receives: her kit and the scale, nothing else.
        Result<QByteArray> blank = ScorecardFile::create(*m_db, interviewId, m_ines);
        QVERIFY2(blank, qPrintable(blank.error().message + QLatin1Char(' ') + blank.error().detail));
        const QJsonObject o = QJsonDocument::fromJson(*blank).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("shortlist-scorecard"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("database")).toString(), text(*m_db, QStringLiteral("SELECT value FROM meta WHERE key = 'database_id'")));
        QCOMPARE(o.value(QStringLiteral("candidate")).toString(), QStringLiteral("José Núñez"));
        QCOMPARE(o.value(QStringLiteral("opening")).toString(), QStringLiteral("Big Data Tech Lead"));
        const QJsonObject interviewer = o.value(QStringLiteral("interviewer")).toObject();
        QCOMPARE(interviewer.value(QStringLiteral("id")).toInteger(), m_ines);
        QCOMPARE(interviewer.value(QStringLiteral("name")).toString(), QStringLiteral("Inês Duarte"));
        const QJsonObject iv = o.value(QStringLiteral("interview")).toObject();
        QCOMPARE(iv.value(QStringLiteral("id")).toInteger(), interviewId);
        QCOMPARE(iv.value(QStringLiteral("uid")).toString(), InterviewRepository(*m_db).load(interviewId)->uid);
        QCOMPARE(iv.value(QStringLiteral("stage")).toString(), QStringLiteral("Technical deep-dive"));
        QCOMPARE(iv.value(QStringLiteral("timeZone")).toString(), QStringLiteral("Europe/London"));
        QCOMPARE(QDateTime::fromString(iv.value(QStringLiteral("start")).toString(), Qt::ISODate),
                 QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        const QJsonArray scale = o.value(QStringLiteral("scale")).toArray();
        QCOMPARE(scale.size(), 4);
        for (int level = 1; level <= 4; ++level) {
            QCOMPARE(scale.at(level - 1).toObject().value(QStringLiteral("level")).toInt(), level);
            QCOMPARE(scale.at(level - 1).toObject().value(QStringLiteral("name")).toString(), m_plan.ratingLevels.at(level - 1));
        }
        const QJsonArray competencies = o.value(QStringLiteral("competencies")).toArray();
        QCOMPARE(competencies.size(), 2);
        for (int c = 0; c < 2; ++c) {
            const QJsonObject item = competencies.at(c).toObject();
            QCOMPARE(item.value(QStringLiteral("id")).toInteger(), competency(c));
            QCOMPARE(item.value(QStringLiteral("name")).toString(), m_plan.competencies.at(c).name);
            QCOMPARE(item.value(QStringLiteral("levels")).toObject().size(), 4);
            QCOMPARE(item.value(QStringLiteral("levels")).toObject().value(QStringLiteral("4")).toString(), m_plan.competencies.at(c).levels.at(3));
            QVERIFY(item.value(QStringLiteral("rating")).isNull());
        }
        QVERIFY(!o.contains(QStringLiteral("signature")));

        // Filled in and signed offline; the window reads it back.
        const QByteArray returned = filledScorecardFile(interviewId, m_ines);
        Result<ScorecardFileContent> content = ScorecardFile::read(returned);
        QVERIFY(content);
        QVERIFY(content->isSigned);
        QCOMPARE(content->interviewer, QStringLiteral("Inês Duarte"));
        QCOMPARE(content->competencies.size(), 2);
        QCOMPARE(content->competencies.at(1).answer.rating, std::optional<int>(3));

        const ScorecardImportResult r = ScorecardImport::importFile(*m_db, QStringLiteral("ines.json"), returned);
        QVERIFY2(r.imported, qPrintable(r.message));
        QCOMPARE(r.fileName, QStringLiteral("ines.json"));
        QCOMPARE(r.message, QStringLiteral("Imported Inês Duarte's scorecard for José Núñez."));
        const Scorecard s = ScorecardRepository(*m_db).current(interviewId, m_ines).value();
        QVERIFY(s.submitted);
        QCOMPARE(s.revision, 1);
        QCOMPARE(s.ratings, (QList<CompetencyRating>{{competency(0), 3, false, QStringLiteral("Clear, worked example")},
                                                     {competency(1), 3, false, QStringLiteral("Clear, worked example")}}));
        QCOMPARE(s.overall, std::optional<Recommendation>(Recommendation::Yes));
        QCOMPARE(s.summary, QStringLiteral("Would hire"));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'scorecard' AND action = 'submit'")), 1);
        // The imported scorecard is not in Tomasz's file.
        QVERIFY(!ScorecardFile::create(*m_db, interviewId, m_tomasz)->contains("Clear, worked example"));

        // The same file again: refused, nothing written.
        const qint64 cards = scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards"));
        const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const ScorecardImportResult again = ScorecardImport::importFile(*m_db, QStringLiteral("ines (1).json"), returned);
        QVERIFY(!again.imported);
        QVERIFY2(again.message.contains(QStringLiteral("already imported")), qPrintable(again.message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards")), cards);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);
        QCOMPARE(ScorecardRepository(*m_db).history(interviewId, m_ines)->size(), 1);

        // Tomasz's file after the interview was cancelled: refused, nothing written.
        const QByteArray tomaszFile = filledScorecardFile(interviewId, m_tomasz);
        QVERIFY(!InterviewRepository(*m_db).cancel(interviewId, {}));
        const ScorecardImportResult late = ScorecardImport::importFile(*m_db, QStringLiteral("tomasz.json"), tomaszFile);
        QVERIFY(!late.imported);
        QVERIFY2(late.message.contains(QStringLiteral("cancelled")), qPrintable(late.message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM scorecards")), cards);
    }

    // ------------------------------------------------------------------ debrief and decisions

    void debrief_forApplication_usesLatestSubmittedRevisions()
    {
        QVERIFY(interviewDatabase());
        const qint64 c0 = competency(0);
        const qint64 interviewId = scheduleScored({PanelMember{m_ines, {c0}}, PanelMember{m_tomasz, {c0}}});
        QVERIFY(interviewId > 0);
        ScorecardRepository cards(*m_db);
        const auto rate = [&](qint64 personId, int rating, Recommendation overall) {
            Scorecard s = cards.current(interviewId, personId).value();
            s.ratings[0].rating = rating;
            s.overall = overall;
            return bool(cards.submit(s));
        };
        // Nothing submitted: every competency thin, no score.
        Result<Debrief> empty = DebriefRepository(*m_db).forApplication(m_application);
        QVERIFY2(empty, qPrintable(empty.error().message + QLatin1Char(' ') + empty.error().detail));
        QCOMPARE(empty->rows.size(), m_plan.competencies.size());
        QVERIFY(empty->interviewers.isEmpty());
        QVERIFY(!empty->formulaScore);

        QVERIFY(rate(m_ines, 4, Recommendation::StrongYes));
        // Tomasz's draft does not count yet.
        Scorecard draft = cards.current(interviewId, m_tomasz).value();
        draft.ratings[0].rating = 1;
        QVERIFY(cards.saveDraft(draft));
        Debrief d = DebriefRepository(*m_db).forApplication(m_application).value();
        QCOMPARE(d.interviewers, QList<qint64>{m_ines});
        QCOMPARE(d.rows.at(0).competency.id, c0);
        QCOMPARE(d.rows.at(0).competency.name, m_plan.competencies.at(0).name);
        QCOMPARE(d.rows.at(0).competency.weight, m_plan.competencies.at(0).weight);
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(4.0));
        QCOMPARE(d.rows.at(0).raters, 1);
        QVERIFY(d.rows.at(0).thin);
        QCOMPARE(d.formulaScore, std::optional<double>(4.0));
        QCOMPARE(d.advice, std::optional<FormulaAdvice>(FormulaAdvice::StrongYes));

        QVERIFY(rate(m_tomasz, 2, Recommendation::No));
        d = DebriefRepository(*m_db).forApplication(m_application).value();
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(3.0));
        QVERIFY(d.rows.at(0).spread);  // 4 and 2: two levels apart
        // Inês amends 4 -> 3: only her latest submitted revision counts.
        QVERIFY(cards.amend(interviewId, m_ines, QStringLiteral("Re-read my notes")));
        d = DebriefRepository(*m_db).forApplication(m_application).value();
        QCOMPARE(d.interviewers, QList<qint64>{m_tomasz});  // her amendment is a draft: only Tomasz counts
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(2.0));
        QVERIFY(rate(m_ines, 3, Recommendation::Yes));
        d = DebriefRepository(*m_db).forApplication(m_application).value();
        QCOMPARE(d.interviewers, (QList<qint64>{m_ines, m_tomasz}));
        QCOMPARE(d.rows.size(), m_plan.competencies.size());
        QCOMPARE(d.rows.at(0).raters, 2);
        QCOMPARE(d.rows.at(0).mean, std::optional<double>(2.5));
        QVERIFY(!d.rows.at(0).spread);
        QVERIFY(!d.rows.at(0).thin);
        QCOMPARE(d.spreads, 0);
        QCOMPARE(d.thinCompetencies, m_plan.competencies.size() - 1);
        QCOMPARE(d.formulaScore, std::optional<double>(2.5));
        QCOMPARE(d.advice, std::optional<FormulaAdvice>(FormulaAdvice::Yes));
        const QHash<int, QString> levels = DebriefRepository(*m_db).levelNames(m_opening).value();
        QCOMPARE(levels.size(), 4);
        for (int level = 1; level <= 4; ++level)
            QCOMPARE(levels.value(level), m_plan.ratingLevels.at(level - 1));
        // A cancelled interview's scorecards drop out.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE interviews SET status = 'cancelled' WHERE id = %1").arg(interviewId)));
        d = DebriefRepository(*m_db).forApplication(m_application).value();
        QVERIFY(!d.formulaScore);
        QVERIFY(d.interviewers.isEmpty());
    }

    void decisions_overrideNeedsRationale_isFlagged_andWeightsAreFrozen()
    {
        QVERIFY(interviewDatabase());
        const qint64 c0 = competency(0);
        const qint64 interviewId = scheduleScored({PanelMember{m_ines, {c0}}, PanelMember{m_tomasz, {c0}}});
        QVERIFY(interviewId > 0);
        Scorecard s = ScorecardRepository(*m_db).current(interviewId, m_ines).value();
        s.ratings[0].rating = 2;
        s.overall = Recommendation::No;
        QVERIFY(ScorecardRepository(*m_db).submit(s));
        s = ScorecardRepository(*m_db).current(interviewId, m_tomasz).value();
        s.ratings[0].rating = 1;
        s.overall = Recommendation::StrongNo;
        QVERIFY(ScorecardRepository(*m_db).submit(s));

        // Ratings 2 and 1 -> formula 1.5 -> strong no. Hiring goes against it.
        const qint64 audits = scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
        Result<Decision> refused = DecisionRepository(*m_db).record(m_application, DecisionKind::Hire, QStringLiteral("  "));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("rationale")), qPrintable(refused.error().message));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM decisions")), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audits);

        Result<Decision> hired = DecisionRepository(*m_db).record(m_application, DecisionKind::Hire,
                                                                  QStringLiteral(" References outweigh a rushed deep-dive "));
        QVERIFY2(hired, qPrintable(hired.error().message + QLatin1Char(' ') + hired.error().detail));
        QVERIFY(hired->id > 0);
        QVERIFY(hired->override);
        QCOMPARE(hired->kind, DecisionKind::Hire);
        QCOMPARE(hired->actor, QStringLiteral("tester"));
        QVERIFY(hired->decidedAt > 0);
        QCOMPARE(hired->rationale, QStringLiteral("References outweigh a rushed deep-dive"));
        QCOMPARE(hired->advice, std::optional<FormulaAdvice>(FormulaAdvice::StrongNo));
        QCOMPARE(hired->formulaScore, std::optional<double>(1.5));
        QCOMPARE(hired->weights.size(), m_plan.competencies.size());
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(detail, '|') FROM audit_log WHERE action = 'decide-override' AND entity = 'application' "
                                            "AND entity_id = %1")
                                 .arg(m_application)),
                 QStringLiteral("hire against advice strong_no (override): References outweigh a rushed deep-dive"));

        // Rejecting agrees with the formula: no rationale needed, no override.
        Result<Decision> rejected = DecisionRepository(*m_db).record(m_application, DecisionKind::Reject, {});
        QVERIFY2(rejected, qPrintable(rejected.error().message + QLatin1Char(' ') + rejected.error().detail));
        QVERIFY(!rejected->override);
        QCOMPARE(rejected->advice, std::optional<FormulaAdvice>(FormulaAdvice::StrongNo));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'decide' AND entity_id = %1").arg(m_application)), 1);
        QCOMPARE(text(*m_db, QStringLiteral("SELECT string_agg(decision || ':' || override || ':' || formula_advice || ':' || formula_score, '|' "
                                            "ORDER BY id) FROM decisions WHERE application_id = %1")
                                 .arg(m_application)),
                 QStringLiteral("hire:1:strong_no:1.5|reject:0:strong_no:1.5"));

        // The weights of that moment are kept when the opening's change.
        const double original = m_plan.competencies.at(0).weight;
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE competencies SET weight = weight * 3 WHERE id = %1").arg(c0)));
        const QList<Decision> after = DecisionRepository(*m_db).forApplication(m_application).value();
        QCOMPARE(after.size(), 2);
        QCOMPARE(after.at(0).id, hired->id);
        QCOMPARE(after.at(0).kind, DecisionKind::Hire);
        QVERIFY(after.at(0).override);
        QCOMPARE(after.at(0).weights, hired->weights);
        QCOMPARE(after.at(0).weights.value(c0), original);
        QCOMPARE(after.at(0).formulaScore, std::optional<double>(1.5));
        QCOMPARE(after.at(0).advice, std::optional<FormulaAdvice>(FormulaAdvice::StrongNo));
        QCOMPARE(after.at(0).rationale, QStringLiteral("References outweigh a rushed deep-dive"));
        QCOMPARE(after.at(0).actor, QStringLiteral("tester"));
        QCOMPARE(after.at(1).kind, DecisionKind::Reject);
        QVERIFY(!after.at(1).override);
        QCOMPARE(DebriefRepository(*m_db).forApplication(m_application)->rows.at(0).competency.weight, original * 3);
    }

    // ------------------------------------------------------------------ calibration

    void calibration_interviewers_relativeToThePanel()
    {
        QVERIFY(freshDatabase());
        const QList<qint64> people = buildCalibration(6);
        QCOMPARE(people.size(), 3);
        const Result<QList<InterviewerCalibration>> list = CalibrationRepository(*m_db).interviewers(m_opening);
        QVERIFY2(list, qPrintable(list.error().message + QLatin1Char(' ') + list.error().detail));
        // By name: Exact, Harsh, Lenient.
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).name, QStringLiteral("Exact"));
        QCOMPARE(list->at(1).name, QStringLiteral("Harsh"));
        QCOMPARE(list->at(2).name, QStringLiteral("Lenient"));
        const InterviewerCalibration &exact = list->at(0);
        const InterviewerCalibration &harsh = list->at(1);
        const InterviewerCalibration &lenient = list->at(2);
        QCOMPARE(lenient.personId, people.at(0));
        QCOMPARE(exact.personId, people.at(1));
        QCOMPARE(harsh.personId, people.at(2));
        for (const InterviewerCalibration &c : *list)
            QCOMPARE(c.scorecards, 6);
        QCOMPARE(lenient.overall.value(Recommendation::StrongYes), 6);
        QCOMPARE(lenient.overall.value(Recommendation::Yes), 0);
        QCOMPARE(exact.overall.value(Recommendation::Yes), 6);
        QCOMPARE(harsh.overall.value(Recommendation::No), 6);
        QCOMPARE(harsh.overall.value(Recommendation::StrongNo), 0);
        QCOMPARE(lenient.ratings, 12);
        QCOMPARE(exact.ratings, 12);
        QCOMPARE(harsh.ratings, 11);
        // Exact rates the truth: 2.5 on average over 2,3,2,3,2,3; Lenient one
        // level more; Harsh one less over its 11 (1 + 2 x (2+1+2+1+2) = 17).
        QCOMPARE(exact.meanRating, std::optional<double>(2.5));
        QCOMPARE(lenient.meanRating, std::optional<double>(3.5));
        QCOMPARE(harsh.meanRating, std::optional<double>(17.0 / 11));
        QCOMPARE(harsh.focusNotAssessed, 1);
        QCOMPARE(harsh.focusAnswered, 11);
        QCOMPARE(lenient.focusNotAssessed, 0);
        QCOMPARE(lenient.focusAnswered, 12);
        QCOMPARE(lenient.ratingsCompared, 12);
        QCOMPARE(harsh.ratingsCompared, 11);
        // Where all three rated, the panel mean is the truth: Lenient +1, Exact 0, Harsh -1.
        // For the unit Harsh skipped, the panel mean is truth + 0.5: Lenient +0.5, Exact -0.5.
        // Lenient: (11 x 1 + 0.5) / 12; Exact: -0.5 / 12; Harsh: -1 over its 11.
        QVERIFY(lenient.relativeToPanel && exact.relativeToPanel && harsh.relativeToPanel);
        QVERIFY2(std::abs(*lenient.relativeToPanel - 11.5 / 12) < 1e-9, qPrintable(QString::number(*lenient.relativeToPanel)));
        QVERIFY2(std::abs(*exact.relativeToPanel - (-0.5 / 12)) < 1e-9, qPrintable(QString::number(*exact.relativeToPanel)));
        QVERIFY2(std::abs(*harsh.relativeToPanel - (-1.0)) < 1e-9, qPrintable(QString::number(*harsh.relativeToPanel)));

        // A cancelled interview and an amendment in progress drop out.
        SqlQuery q(*m_db);
        QVERIFY(q.exec(QStringLiteral("UPDATE interviews SET status = 'cancelled' WHERE id = (SELECT min(id) FROM interviews)")));
        const qint64 last = scalar(*m_db, QStringLiteral("SELECT max(id) FROM interviews"));
        QVERIFY(ScorecardRepository(*m_db).amend(last, people.at(0), QStringLiteral("Second thoughts")));
        const QList<InterviewerCalibration> fewer = CalibrationRepository(*m_db).interviewers(m_opening).value();
        QCOMPARE(fewer.size(), 3);
        QCOMPARE(fewer.at(0).scorecards, 5);
        QCOMPARE(fewer.at(1).scorecards, 5);
        QCOMPARE(fewer.at(1).focusNotAssessed, 0);
        QCOMPARE(fewer.at(2).scorecards, 4);
    }

    void calibration_agreement_perCompetencyAndPanel_equalsAlphaOnTheSameUnits()
    {
        QVERIFY(freshDatabase());
        QCOMPARE(buildCalibration(6).size(), 3);
        const Result<QList<CompetencyAgreement>> list = CalibrationRepository(*m_db).agreement(m_opening, 500);
        QVERIFY2(list, qPrintable(list.error().message + QLatin1Char(' ') + list.error().detail));
        const Opening plan = opening();
        QCOMPARE(list->size(), plan.competencies.size() + 1);
        for (qsizetype i = 0; i < plan.competencies.size(); ++i) {
            QCOMPARE(list->at(i).competencyId, plan.competencies.at(i).id);
            QCOMPARE(list->at(i).name, plan.competencies.at(i).name);
        }
        // The first competency: every candidate rated truth+1, truth, truth-1.
        QList<RatedUnit> units;
        for (int c = 0; c < 6; ++c) {
            const int truth = 2 + c % 2;
            units << RatedUnit{double(truth + 1), double(truth), double(truth - 1)};
        }
        const AlphaResult expected = krippendorffAlpha(units, AlphaMetric::Ordinal);
        QVERIFY(expected.alpha);
        QCOMPARE(list->at(0).alpha.alpha, expected.alpha);
        QCOMPARE(list->at(0).alpha.pairableUnits, 6);
        QVERIFY(!list->at(0).tooFewRatings);
        QVERIFY(list->at(0).interval);
        QVERIFY(list->at(0).interval->low <= *expected.alpha && *expected.alpha <= list->at(0).interval->high);
        // The second: the same, but Harsh did not assess the first candidate.
        QCOMPARE(list->at(1).alpha.pairableUnits, 6);
        // Competencies nobody rated: undefined, too few.
        for (qsizetype i = 2; i < plan.competencies.size(); ++i) {
            QVERIFY(!list->at(i).alpha.alpha);
            QVERIFY(list->at(i).tooFewRatings);
            QVERIFY(!list->at(i).interval);
        }
        // The whole panel pools both rated competencies: 12 units.
        QCOMPARE(list->constLast().competencyId, 0);
        QCOMPARE(list->constLast().name, QStringLiteral("Whole panel"));
        QCOMPARE(list->constLast().alpha.pairableUnits, 12);
        QVERIFY(list->constLast().alpha.alpha);
        QVERIFY(!list->constLast().tooFewRatings);
    }

    void calibration_fewCandidates_aDiagnosticNotAVerdict()
    {
        QVERIFY(freshDatabase());
        QCOMPARE(buildCalibration(3).size(), 3);
        const QList<CompetencyAgreement> list = CalibrationRepository(*m_db).agreement(m_opening, 200).value();
        QCOMPARE(list.at(0).alpha.pairableUnits, 3);
        QVERIFY(list.at(0).alpha.alpha);  // computed...
        QVERIFY(list.at(0).tooFewRatings);  // ...but flagged
        QVERIFY(!list.at(0).interval);
    }

    void calibration_compute_equalsInterviewersAndAgreement()
    {
        QVERIFY(freshDatabase());
        QCOMPARE(buildCalibration(6).size(), 3);
        const CalibrationRepository calibration(*m_db);
        const Result<Calibration> both = calibration.compute(m_opening, 500);
        QVERIFY2(both, qPrintable(both.error().message + QLatin1Char(' ') + both.error().detail));
        const QList<InterviewerCalibration> people = calibration.interviewers(m_opening).value();
        const QList<CompetencyAgreement> agreement = calibration.agreement(m_opening, 500).value();
        QCOMPARE(both->interviewers.size(), 3);
        QCOMPARE(both->interviewers.size(), people.size());
        for (qsizetype i = 0; i < people.size(); ++i) {
            const InterviewerCalibration &x = both->interviewers.at(i);
            const InterviewerCalibration &y = people.at(i);
            QCOMPARE(x.personId, y.personId);
            QCOMPARE(x.name, y.name);
            QCOMPARE(x.scorecards, y.scorecards);
            QCOMPARE(x.ratings, y.ratings);
            QCOMPARE(x.meanRating, y.meanRating);
            QCOMPARE(x.relativeToPanel, y.relativeToPanel);
            QCOMPARE(x.ratingsCompared, y.ratingsCompared);
            QCOMPARE(x.overall, y.overall);
            QCOMPARE(x.focusAnswered, y.focusAnswered);
            QCOMPARE(x.focusNotAssessed, y.focusNotAssessed);
        }
        QCOMPARE(both->interviewers.at(0).name, QStringLiteral("Exact"));
        QCOMPARE(both->interviewers.at(1).focusNotAssessed, 1);
        QCOMPARE(both->interviewers.at(2).meanRating, std::optional<double>(3.5));
        QCOMPARE(both->agreement.size(), opening().competencies.size() + 1);
        QCOMPARE(both->agreement.size(), agreement.size());
        for (qsizetype i = 0; i < agreement.size(); ++i) {
            const CompetencyAgreement &x = both->agreement.at(i);
            const CompetencyAgreement &y = agreement.at(i);
            QCOMPARE(x.competencyId, y.competencyId);
            QCOMPARE(x.name, y.name);
            QCOMPARE(x.alpha.alpha, y.alpha.alpha);
            QCOMPARE(x.alpha.pairableUnits, y.alpha.pairableUnits);
            QCOMPARE(x.alpha.pairableValues, y.alpha.pairableValues);
            QCOMPARE(x.tooFewRatings, y.tooFewRatings);
            QCOMPARE(bool(x.interval), bool(y.interval));
            if (x.interval) {
                QCOMPARE(x.interval->low, y.interval->low);
                QCOMPARE(x.interval->high, y.interval->high);
                QCOMPARE(x.interval->resamples, y.interval->resamples);
            }
        }
        QCOMPARE(both->agreement.constLast().alpha.pairableUnits, 12);

        // The metrics report carries the same: interviewers by name, alpha per competency.
        MetricsFilter f;
        f.openingIds = {m_opening};
        f.now = now;
        const Result<MetricsReport> report = MetricsExport::build(*m_db, f, {}, true, false);
        QVERIFY2(report, qPrintable(report.error().message + QLatin1Char(' ') + report.error().detail));
        const QJsonObject json = MetricsExport::toJson(*report);
        const QJsonObject c = json.value(QStringLiteral("calibration")).toArray().at(0).toObject();
        QCOMPARE(c.value(QStringLiteral("openingId")).toInteger(), m_opening);
        const QJsonArray interviewers = c.value(QStringLiteral("interviewers")).toArray();
        QCOMPARE(interviewers.size(), 3);
        QCOMPARE(interviewers.at(1).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Harsh"));
        QCOMPARE(interviewers.at(1).toObject().value(QStringLiteral("scorecards")).toInt(), 6);
        QCOMPARE(interviewers.at(1).toObject().value(QStringLiteral("focusNotAssessed")).toInt(), 1);
        QCOMPARE(interviewers.at(1).toObject().value(QStringLiteral("overall")).toObject().value(QStringLiteral("no")).toInt(), 6);
        const QJsonArray alphas = c.value(QStringLiteral("agreement")).toArray();
        QCOMPARE(alphas.size(), agreement.size());
        QCOMPARE(alphas.at(0).toObject().value(QStringLiteral("alpha")).toDouble(), *agreement.at(0).alpha.alpha);
        QCOMPARE(alphas.at(0).toObject().value(QStringLiteral("units")).toInt(), 6);
        QCOMPARE(alphas.last().toObject().value(QStringLiteral("units")).toInt(), 12);
        QVERIFY(alphas.at(2).toObject().value(QStringLiteral("alpha")).isNull());
    }

    // ------------------------------------------------------------------ pipeline metrics
    // tst_metrics' hand-worked opening and its figures, on PostgreSQL.

    // Migration 8's triggers keep the summaries the metrics read.
    void metrics_summaries_furthestStageExitsAndStays()
    {
        QVERIFY(workedDatabase());
        Database &db = *m_worked;
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications")), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE furthest_stage_id IS NULL")), 0);
        QCOMPARE(text(db, QStringLiteral("SELECT s.name FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                         "JOIN stages s ON s.id = a.furthest_stage_id WHERE c.name = 'Ben'")),
                 QStringLiteral("Technical deep-dive"));
        QCOMPARE(text(db, QStringLiteral("SELECT s.name FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                         "JOIN stages s ON s.id = a.furthest_stage_id WHERE c.name = 'Ana'")),
                 QStringLiteral("Hired"));
        // Ben's screen visit ended when he moved on; his rejection is his last event.
        const qint64 screen = m_workedOpening.stages.at(worked::Screen).id;
        QCOMPARE(scalar(db, QStringLiteral("SELECT e.left_at FROM stage_events e JOIN applications a ON a.id = e.application_id "
                                           "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Ben' AND e.to_stage_id = %1")
                                .arg(screen)),
                 worked::dayAt(10));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_events WHERE left_at IS NULL")), 6);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_events WHERE (left_at IS NULL) <> (stay_hours IS NULL)")), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT e.stay_hours FROM stage_events e JOIN applications a ON a.id = e.application_id "
                                           "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Ben' AND e.to_stage_id = %1")
                                .arg(screen)),
                 6 * 24);
        // Every closed visit lasted exactly until the application's next event.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stage_events e WHERE e.left_at IS DISTINCT FROM "
                                           "(SELECT min(n.at) FROM stage_events n WHERE n.application_id = e.application_id AND n.at > e.at) "
                                           "OR e.stay_hours <> (e.left_at - e.at) / 3600")),
                 0);
        // Where the rejected and withdrawn left from; nothing for the others.
        QCOMPARE(text(db, QStringLiteral("SELECT s.name FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                         "JOIN stages s ON s.id = a.exited_from_stage_id WHERE c.name = 'Eve'")),
                 QStringLiteral("Offer"));
        QCOMPARE(text(db, QStringLiteral("SELECT string_agg(c.name || ':' || s.name, ',' ORDER BY c.name) FROM applications a "
                                         "JOIN candidates c ON c.id = a.candidate_id JOIN stages s ON s.id = a.exited_from_stage_id")),
                 QStringLiteral("Ben:Technical deep-dive,Cai:Recruiter screen,Eve:Offer"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM applications WHERE exited_from_stage_id IS NOT NULL")), 3);
    }

    void metrics_candidateSource_mirroredAndKeptOnEdit()
    {
        std::unique_ptr<Database> db;
        QVERIFY(newWorkedDatabase(db));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                            "WHERE a.candidate_source IS DISTINCT FROM c.source OR a.candidate_referrer IS DISTINCT FROM c.referrer")),
                 0);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications WHERE candidate_source = 'LinkedIn'")), 3);
        // Editing the candidate carries through, by SQL and through the repository.
        SqlQuery q(*db);
        QVERIFY(q.exec(QStringLiteral("UPDATE candidates SET source = 'Agency', referrer = 'Kim' WHERE name = 'Dee'")));
        QCOMPARE(text(*db, QStringLiteral("SELECT a.candidate_source || '/' || a.candidate_referrer FROM applications a "
                                          "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Dee'")),
                 QStringLiteral("Agency/Kim"));
        const qint64 dee = scalar(*db, QStringLiteral("SELECT id FROM candidates WHERE name = 'Dee'"));
        Candidate c = CandidateRepository(*db).load(dee).value();
        c.source = QStringLiteral("Careers page");
        c.referrer.clear();
        const Result<int> saved = CandidateRepository(*db).update(c);
        QVERIFY2(saved, qPrintable(saved.error().message + QLatin1Char(' ') + saved.error().detail));
        QCOMPARE(text(*db, QStringLiteral("SELECT a.candidate_source || '/' || a.candidate_referrer FROM applications a "
                                          "JOIN candidates c ON c.id = a.candidate_id WHERE c.name = 'Dee'")),
                 QStringLiteral("Careers page/"));
        // A new application of an existing candidate starts with their source.
        const qint64 other = createOpening(*db, QStringLiteral("cloud-platform-tech-lead"));
        QVERIFY(other > 0);
        const qint64 ben = scalar(*db, QStringLiteral("SELECT id FROM candidates WHERE name = 'Ben'"));
        const Opening plan = OpeningRepository(*db).load(other).value();
        const qint64 second = ApplicationRepository(*db).create(ben, other, plan.stages.constFirst().id, worked::dayAt(30)).value();
        QCOMPARE(text(*db, QStringLiteral("SELECT candidate_source FROM applications WHERE id = %1").arg(second)), QStringLiteral("LinkedIn"));
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                            "WHERE a.candidate_source IS DISTINCT FROM c.source OR a.candidate_referrer IS DISTINCT FROM c.referrer")),
                 0);
        // What the source table reads: Dee still counted under the careers page.
        MetricsFilter f;
        f.openingIds = {scalar(*db, QStringLiteral("SELECT opening_id FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                                                   "WHERE c.name = 'Dee'"))};
        f.now = worked::now;
        f.sources = {QStringLiteral("Careers page")};
        QCOMPARE(MetricsRepository(*db).compute(f)->applications, 1);
    }

    void metrics_movesAndUndo_keepTheSummariesExact()
    {
        std::unique_ptr<Database> db;
        const std::optional<Opening> o = newWorkedDatabase(db);
        QVERIFY(o);
        const qint64 id = addCandidate(*db, o->id, QStringLiteral("Hal"), worked::dayAt(50)).applicationId;
        QVERIFY(id > 0);
        ApplicationRepository apps(*db);
        const auto furthest = [&] { return scalar(*db, QStringLiteral("SELECT furthest_stage_id FROM applications WHERE id = %1").arg(id)); };
        const auto exitedFrom = [&] {
            return scalar(*db, QStringLiteral("SELECT coalesce(exited_from_stage_id, 0) FROM applications WHERE id = %1").arg(id));
        };
        const auto openVisits = [&] {
            return scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1 AND left_at IS NULL").arg(id));
        };
        const auto visits = [&] { return scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1").arg(id)); };
        QCOMPARE(furthest(), o->stages.at(worked::Applied).id);
        QCOMPARE(openVisits(), 1);
        const ApplicationState tech{o->stages.at(worked::Tech).id, ApplicationStatus::Active, {}, 0, 0};
        const Result<StageMove> forward = apps.move(id, apps.load(id)->version, tech, {});
        QVERIFY2(forward, qPrintable(forward.error().message + QLatin1Char(' ') + forward.error().detail));
        QCOMPARE(furthest(), o->stages.at(worked::Tech).id);
        QCOMPARE(openVisits(), 1);
        QCOMPARE(visits(), 2);
        // The applied visit closed at the move, in whole hours.
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1 AND left_at IS NOT NULL "
                                            "AND stay_hours = (left_at - at) / 3600")
                                 .arg(id)),
                 1);
        // Back to the screen: the furthest stays where it got to.
        const ApplicationState screen{o->stages.at(worked::Screen).id, ApplicationStatus::Active, {}, 0, 0};
        const Result<StageMove> back = apps.move(id, apps.load(id)->version, screen, {});
        QVERIFY2(back, qPrintable(back.error().message + QLatin1Char(' ') + back.error().detail));
        QCOMPARE(furthest(), o->stages.at(worked::Tech).id);
        QCOMPARE(openVisits(), 1);
        // Rejected from the screen: the exit remembers where from; undone, forgotten.
        const ApplicationState rejected{o->stages.at(worked::Rejected).id, ApplicationStatus::Rejected, QStringLiteral("Salary"), 0, 0};
        const Result<StageMove> reject = apps.move(id, apps.load(id)->version, rejected, {});
        QVERIFY2(reject, qPrintable(reject.error().message + QLatin1Char(' ') + reject.error().detail));
        QCOMPARE(exitedFrom(), o->stages.at(worked::Screen).id);
        QCOMPARE(furthest(), o->stages.at(worked::Tech).id);
        QVERIFY(!apps.revert(*reject));
        QCOMPARE(exitedFrom(), 0);
        QCOMPARE(openVisits(), 1);
        // Undo both: the application is where it started, nothing left over.
        QVERIFY(!apps.revert(*back));
        QCOMPARE(furthest(), o->stages.at(worked::Tech).id);
        QVERIFY(!apps.revert(*forward));
        QCOMPARE(furthest(), o->stages.at(worked::Applied).id);
        QCOMPARE(openVisits(), 1);
        QCOMPARE(visits(), 1);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM stage_events WHERE application_id = %1 AND stay_hours IS NOT NULL").arg(id)), 0);
        // The worked figures are untouched but for Hal's application.
        MetricsFilter f;
        f.openingIds = {o->id};
        f.now = worked::now;
        const PipelineMetrics m = MetricsRepository(*db).compute(f).value();
        QCOMPARE(reachedCounts(m.funnel), (QList<qint64>{7, 5, 3, 2, 1}));
    }

    void metrics_funnel_cohortAllTime_reachedAndPassThrough()
    {
        QVERIFY(workedDatabase());
        const PipelineMetrics m = workedMetrics({});
        QCOMPARE(m.applications, 6);
        QCOMPARE(reachedCounts(m.funnel), (QList<qint64>{6, 5, 3, 2, 1}));
        QCOMPARE(m.funnel.at(1).passThrough, (Proportion{5, 6}));
        QCOMPARE(m.funnel.at(2).passThrough, (Proportion{3, 5}));
        QCOMPARE(m.funnel.at(4).passThrough, (Proportion{1, 2}));
        QVERIFY(m.funnel.at(4).passThrough.isSmall());
        QCOMPARE(m.funnel.at(0).passThrough.whole, 0);
        QCOMPARE(reachedCounts(m.stageFunnel), (QList<qint64>{6, 5, 3, 2, 2, 2, 2, 1}));
    }

    void metrics_funnel_cohortAndSnapshot_differOnTheSameDates()
    {
        QVERIFY(workedDatabase());
        MetricsFilter f;
        f.from = QDate(2026, 1, 5);
        f.to = QDate(2026, 1, 17);   // day 12
        f.view = FunnelView::Cohort;
        // Applied by day 12: Ana, Ben, Cai, Dee, Eve — counted by how far they ever got.
        QCOMPARE(reachedCounts(workedMetrics(f).funnel), (QList<qint64>{5, 4, 3, 2, 1}));
        // Where those five stood at the end of day 12.
        f.view = FunnelView::Snapshot;
        QCOMPARE(reachedCounts(workedMetrics(f).funnel), (QList<qint64>{5, 4, 2, 0, 0}));
    }

    void metrics_funnel_activity_countsEntriesInThePeriod()
    {
        QVERIFY(workedDatabase());
        MetricsFilter f;
        f.from = QDate(2026, 1, 15);   // day 10
        f.to = QDate(2026, 1, 19);     // day 14
        f.view = FunnelView::Activity;
        const PipelineMetrics m = workedMetrics(f);
        // Eve applied and was screened; Ben, Ana (twice) and Eve entered interview stages.
        QCOMPARE(reachedCounts(m.funnel), (QList<qint64>{1, 1, 4, 0, 0}));
        QCOMPARE(m.funnel.at(2).passThrough.whole, 0);   // no pass-through for moves
    }

    void metrics_timeInStage_percentilesWithOpenVisitsToNow()
    {
        QVERIFY(workedDatabase());
        const PipelineMetrics m = workedMetrics({});
        // Applied: 24, 24, 48, 48, 72 hours and Dee's open 52 days (1248 h).
        const DurationSummary applied = workedStageTime(m, worked::Applied).duration;
        QCOMPARE(applied.count, 6);
        QCOMPARE(applied.open, 1);
        QVERIFY(applied.median && applied.p75 && applied.p90 && applied.minimum && applied.maximum);
        QCOMPARE(*applied.median, 2.0);
        QCOMPARE(*applied.p75, 66.0 / 24);
        QCOMPARE(*applied.p90, 660.0 / 24);
        QCOMPARE(*applied.minimum, 1.0);
        QCOMPARE(*applied.maximum, 52.0);
        // Screen: 24, 72, 72, 144 hours and Fay's open 19 days (456 h).
        const DurationSummary screen = workedStageTime(m, worked::Screen).duration;
        QCOMPARE(screen.count, 5);
        QCOMPARE(screen.open, 1);
        QVERIFY(screen.p25 && screen.median && screen.p75 && screen.p90);
        QCOMPARE(*screen.p25, 3.0);
        QCOMPARE(*screen.median, 3.0);
        QCOMPARE(*screen.p75, 6.0);
        QCOMPARE(*screen.p90, 331.2 / 24);
        const DurationSummary offer = workedStageTime(m, worked::Offer).duration;
        QCOMPARE(offer.count, 2);
        QVERIFY(offer.median);
        QCOMPARE(*offer.median, 5.0);
        QVERIFY(offer.isSmall());
        // Hired is where a journey ends, not a stage one spends time in.
        QVERIFY(std::none_of(m.timeInStage.cbegin(), m.timeInStage.cend(), [](const StageTime &t) { return t.category == StageCategory::Hired; }));
    }

    void metrics_timeToHireAndFill()
    {
        QVERIFY(workedDatabase());
        const PipelineMetrics m = workedMetrics({});
        QCOMPARE(m.timeToHire.count, 1);
        QVERIFY(m.timeToHire.median);
        QCOMPARE(*m.timeToHire.median, 20.0);
        QCOMPARE(m.fills.size(), 1);
        QCOMPARE(m.fills.at(0).hired, 1);
        QCOMPARE(m.fills.at(0).headcount, 1);
        // Created 1 January, filled on day 20 (25 January).
        QVERIFY(m.fills.at(0).timeToFillDays);
        QCOMPARE(*m.fills.at(0).timeToFillDays, 24.0);
        QCOMPARE(m.fills.at(0).createdOn, QDate(2026, 1, 1));
        QCOMPARE(m.fills.at(0).targetOn, QDate(2026, 3, 1));
    }

    void metrics_weekly_applicationsAndHires_withEmptyWeeks()
    {
        QVERIFY(workedDatabase());
        const PipelineMetrics m = workedMetrics({});
        QCOMPARE(m.weekly.size(), 6);   // the weeks of day 0, 7, ... 35 (day 40)
        QCOMPARE(m.weekly.at(0).start, QDate(2026, 1, 5));
        QCOMPARE(m.weekly.at(0).applications, 3);
        QCOMPARE(m.weekly.at(1).applications, 2);
        QCOMPARE(m.weekly.at(2).hires, 1);
        QCOMPARE(m.weekly.at(3).applications, 0);
        QCOMPARE(m.weekly.at(5).applications, 1);   // day 40 is in the week of day 35
        QCOMPARE(m.weekly.at(5).start, QDate(2026, 2, 9));
        // The snapshot view reads the weeks in a pass of their own: the same counts.
        MetricsFilter f;
        f.view = FunnelView::Snapshot;
        const PipelineMetrics s = workedMetrics(f);
        QCOMPARE(s.weekly.size(), 6);
        for (qsizetype i = 0; i < s.weekly.size(); ++i) {
            QCOMPARE(s.weekly.at(i).start, m.weekly.at(i).start);
            QCOMPARE(s.weekly.at(i).applications, m.weekly.at(i).applications);
            QCOMPARE(s.weekly.at(i).hires, m.weekly.at(i).hires);
        }
    }

    void metrics_sourcesAndReferrers_howFarEachGot()
    {
        QVERIFY(workedDatabase());
        const PipelineMetrics m = workedMetrics({});
        QCOMPARE(m.sources.size(), 3);
        QCOMPARE(m.sources.at(0).source, QStringLiteral("LinkedIn"));
        QCOMPARE(m.sources.at(0).applications, 3);
        QCOMPARE(m.sources.at(0).interviewed, 1);
        QCOMPARE(m.sources.at(0).hired, 0);
        QCOMPARE(m.sources.at(1).source, QStringLiteral("Referral"));
        QCOMPARE(m.sources.at(1).applications, 2);
        QCOMPARE(m.sources.at(1).offered, 2);
        QCOMPARE(m.sources.at(1).toHire(), (Proportion{1, 2}));
        QCOMPARE(m.sources.at(2).source, QStringLiteral("Careers page"));
        QCOMPARE(m.sources.at(2).applications, 1);
        QCOMPARE(m.referrers.size(), 1);
        QCOMPARE(m.referrers.at(0).source, QStringLiteral("Priya"));
        QCOMPARE(m.referrers.at(0).hired, 1);
    }

    void metrics_exitsOffersAndStalls()
    {
        QVERIFY(workedDatabase());
        const PipelineMetrics m = workedMetrics({});
        QCOMPARE(m.rejections.size(), 2);
        QCOMPARE(m.rejections.at(0).stage, QStringLiteral("Recruiter screen"));
        QCOMPARE(m.rejections.at(0).reason, QStringLiteral("Salary"));
        QCOMPARE(m.rejections.at(0).count, 1);
        QCOMPARE(m.rejections.at(1).stage, QStringLiteral("Technical deep-dive"));
        QCOMPARE(m.rejections.at(1).reason, QStringLiteral("Spark depth"));
        QCOMPARE(m.withdrawals.size(), 1);
        QCOMPARE(m.withdrawals.at(0).stage, QStringLiteral("Offer"));
        QCOMPARE(m.withdrawals.at(0).count, 1);
        QCOMPARE(m.offers.extended, 2);
        QCOMPARE(m.offers.accepted, 1);
        QCOMPARE(m.offers.declined, 1);
        QCOMPARE(m.offers.acceptance(), (Proportion{1, 2}));
        // Dee waits in Applied since day 8 (limit 7 days), Fay in the screen since day 41 (limit 5).
        QCOMPARE(m.stalledTotal, 2);
        QCOMPARE(m.stalled.size(), 2);
        QCOMPARE(m.stalled.at(0).stage, QStringLiteral("Applied"));
        QCOMPARE(m.stalled.at(1).stage, QStringLiteral("Recruiter screen"));
        QCOMPARE(m.overdueScorecards, 0);
    }

    void metrics_sourceFilter_narrowsEveryFigure()
    {
        QVERIFY(workedDatabase());
        MetricsFilter f;
        f.sources = {QStringLiteral("LinkedIn")};
        const PipelineMetrics m = workedMetrics(f);
        QCOMPARE(reachedCounts(m.funnel), (QList<qint64>{3, 3, 1, 0, 0}));
        QCOMPARE(m.sources.size(), 1);
        QCOMPARE(m.rejections.size(), 2);
        QCOMPARE(m.withdrawals.size(), 0);
        QCOMPARE(m.timeToHire.count, 0);
        QCOMPARE(m.stalledTotal, 1);
        QCOMPARE(workedStageTime(m, worked::Applied).duration.count, 3);
        // Two sources at once, and the activity view through the visits' join.
        f.sources = {QStringLiteral("LinkedIn"), QStringLiteral("Referral")};
        QCOMPARE(reachedCounts(workedMetrics(f).funnel), (QList<qint64>{5, 5, 3, 2, 1}));
        f.sources = {QStringLiteral("Referral")};
        f.from = QDate(2026, 1, 15);
        f.to = QDate(2026, 1, 19);
        f.view = FunnelView::Activity;
        QCOMPARE(reachedCounts(workedMetrics(f).funnel), (QList<qint64>{1, 1, 3, 0, 0}));
    }

    void metrics_allOpeningsAddUp_andAnEmptyOpeningIsZeros()
    {
        std::unique_ptr<Database> db;
        const std::optional<Opening> o = newWorkedDatabase(db);
        QVERIFY(o);
        const qint64 other = createOpening(*db, QStringLiteral("cloud-platform-tech-lead"));
        QVERIFY(addCandidate(*db, other, QStringLiteral("Gus"), worked::dayAt(2)).applicationId);
        MetricsFilter f;
        f.openingIds = {o->id, other};
        f.now = worked::now;
        const Result<PipelineMetrics> both = MetricsRepository(*db).compute(f);
        QVERIFY2(both, qPrintable(both.error().message + QLatin1Char(' ') + both.error().detail));
        QCOMPARE(reachedCounts(both->funnel), (QList<qint64>{7, 5, 3, 2, 1}));
        QVERIFY(both->stageFunnel.isEmpty());
        QCOMPARE(both->timeInStage.size(), 4);
        QCOMPARE(both->timeInStage.at(0).category, StageCategory::Applied);
        QCOMPARE(both->timeInStage.at(0).duration.count, 7);
        QCOMPARE(both->fills.size(), 2);
        // No openings named: every opening.
        f.openingIds.clear();
        QCOMPARE(reachedCounts(MetricsRepository(*db).compute(f)->funnel), (QList<qint64>{7, 5, 3, 2, 1}));

        f.openingIds = {createOpening(*db, QStringLiteral("ml-engineering-tech-lead"))};
        const Result<PipelineMetrics> empty = MetricsRepository(*db).compute(f);
        QVERIFY2(empty, qPrintable(empty.error().message + QLatin1Char(' ') + empty.error().detail));
        QCOMPARE(reachedCounts(empty->funnel), (QList<qint64>{0, 0, 0, 0, 0}));
        QVERIFY(!empty->funnel.at(1).passThrough.value());
        QCOMPARE(empty->timeToHire.count, 0);
        QVERIFY(!empty->timeToHire.median);
        QVERIFY(empty->weekly.isEmpty());
        QVERIFY(!empty->fills.at(0).timeToFillDays);
        for (FunnelView view : {FunnelView::Snapshot, FunnelView::Activity}) {
            f.view = view;
            f.from = QDate(2026, 1, 5);
            f.to = QDate(2026, 2, 5);
            QVERIFY(MetricsRepository(*db).compute(f));
        }

        // Long after 2038: "now" and the stall limits stay 64-bit on PostgreSQL too.
        f = MetricsFilter{};
        f.openingIds = {o->id};
        f.now = QDateTime(QDate(2040, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const Result<PipelineMetrics> later = MetricsRepository(*db).compute(f);
        QVERIFY2(later, qPrintable(later.error().message + QLatin1Char(' ') + later.error().detail));
        QCOMPARE(later->stalledTotal, 2);
        QCOMPARE(workedStageTimeOf(*later, *o, worked::Applied).duration.count, 6);
        ForecastOptions options;
        options.now = f.now;
        options.months = 120;
        QVERIFY(MetricsRepository(*db).forecastInput(o->id, options));
    }

    // What a click on the dashboard lists: the same applications the figure counts.
    void metrics_reachedAndAppliedFilters_listWhatTheFunnelCounts_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<int>("fromDay");
        QTest::addColumn<int>("toDay");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("reached the deep-dive, all time") << QStringLiteral("Technical deep-dive") << -1 << -1 << qint64(3);
        QTest::newRow("reached the screen, all time") << QStringLiteral("Recruiter screen") << -1 << -1 << qint64(5);
        QTest::newRow("reached an offer, applied by day 12") << QStringLiteral("Offer") << 0 << 12 << qint64(2);
        QTest::newRow("reached the screen, applied days 0-12") << QStringLiteral("Recruiter screen") << 0 << 12 << qint64(4);
        QTest::newRow("applied from day 30") << QString() << 30 << -1 << qint64(1);
        QTest::newRow("applied until day 3") << QString() << -1 << 3 << qint64(3);
    }

    void metrics_reachedAndAppliedFilters_listWhatTheFunnelCounts()
    {
        QFETCH(QString, stage);
        QFETCH(int, fromDay);
        QFETCH(int, toDay);
        QFETCH(qint64, expected);
        QVERIFY(workedDatabase());
        ApplicationQuery query;
        query.openingId = m_workedOpening.id;
        query.includeClosed = true;
        if (!stage.isEmpty())
            query.filter.conditions << condition(FilterField::Reached, {stage});
        if (fromDay >= 0 || toDay >= 0) {
            const QDate epoch(1970, 1, 1);
            const auto day = [&epoch](int d) {
                return int(epoch.daysTo(QDateTime::fromSecsSinceEpoch(worked::dayAt(d), QTimeZone::utc()).date()));
            };
            query.filter.conditions << condition(FilterField::Applied, {}, fromDay >= 0 ? std::optional<int>(day(fromDay)) : std::nullopt,
                                                 toDay >= 0 ? std::optional<int>(day(toDay)) : std::nullopt);
        }
        QVERIFY(!ApplicationFilter::validate(query.filter));
        const Result<qint64> count = ApplicationRepository(*m_worked).count(query, worked::now);
        QVERIFY2(count, qPrintable(count.error().message + QLatin1Char(' ') + count.error().detail));
        QCOMPARE(*count, expected);
        const Result<QList<ApplicationRow>> rows = ApplicationRepository(*m_worked).rows(query, worked::now, 0, 100);
        QVERIFY2(rows, qPrintable(rows.error().message + QLatin1Char(' ') + rows.error().detail));
        QCOMPARE(qint64(rows->size()), expected);
        // Saved views keep the new fields.
        QCOMPARE(ApplicationFilter::fromJson(ApplicationFilter::toJson(query.filter)).value().conditions.size(), query.filter.conditions.size());
    }

    void metrics_forecastHistory_resolvedApplicationsStaysAndPipeline()
    {
        QVERIFY(workedDatabase());
        ForecastOptions options;
        options.now = worked::now;
        options.months = 6;
        const Result<ForecastInput> input = MetricsRepository(*m_worked).forecastInput(m_workedOpening.id, options);
        QVERIFY2(input, qPrintable(input.error().message + QLatin1Char(' ') + input.error().detail));
        const ForecastInput &in = *input;
        // Resolved: Ana (hired), Ben (rejected at the deep-dive), Cai (at the screen), Eve (withdrew at offer).
        QCOMPARE(in.history.reached, (std::array<qint64, 5>{4, 4, 3, 2, 1}));
        QCOMPARE(in.history.applications, 6);
        QCOMPARE(in.history.stagesPerCategory, (std::array<int, 4>{1, 1, 4, 1}));
        // Closed stays only: Dee's and Fay's open ones are not history yet.
        QCOMPARE(in.history.stageHours.at(0), (HourHistogram{{24, 2}, {48, 2}, {72, 1}}));
        QCOMPARE(in.active, (std::array<qint64, 4>{1, 1, 0, 0}));
        QCOMPARE(in.remaining, 0);
        QCOMPARE(in.target, QDate(2026, 3, 1));
        QCOMPARE(in.today, QDate(2026, 3, 6));
        QCOMPARE(in.history.scope, m_workedOpening.title);
        const Result<Forecast> f = MetricsRepository(*m_worked).forecast(m_workedOpening.id, options);
        QVERIFY2(f, qPrintable(f.error().message + QLatin1Char(' ') + f.error().detail));
        QCOMPARE(f->remaining, 0);
        QVERIFY(!f->hireDate);   // the headcount is filled
        QVERIFY(f->warnings.join(QLatin1Char(' ')).contains(QStringLiteral("filled")));
        QVERIFY(forecastHiring(in).thin);   // four resolved applications are a thin history
        // Pooled over every opening: the same here, the only opening with history.
        options.pooled = true;
        const ForecastInput pooled = MetricsRepository(*m_worked).forecastInput(m_workedOpening.id, options).value();
        QCOMPARE(pooled.history.reached, in.history.reached);
        QCOMPARE(pooled.history.stageHours, in.history.stageHours);
        options.pooled = false;
        options.months = 0;
        QVERIFY(!MetricsRepository(*m_worked).forecastInput(m_workedOpening.id, options));
    }

    // A second hire wanted: the forecast runs on PostgreSQL's history, and
    // gives what SQLite gives for the same data, like every other figure.
    void metrics_forecastAndExport_sameAsSqlite_forAnOpenHeadcount()
    {
        std::unique_ptr<Database> pg;
        const std::optional<Opening> o = newWorkedDatabase(pg);
        QVERIFY(o);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        std::unique_ptr<Database> lite = createDatabase(dir.filePath(QStringLiteral("metrics.shortlist")));
        QVERIFY(lite);
        const qint64 liteOpening = worked::build(*lite);
        QVERIFY(liteOpening);
        for (Database *db : {pg.get(), lite.get()}) {
            SqlQuery q(*db);
            QVERIFY(q.exec(QStringLiteral("UPDATE openings SET headcount = 2")));
        }
        ForecastOptions options;
        options.now = worked::now;
        options.months = 6;
        const Result<ForecastInput> in = MetricsRepository(*pg).forecastInput(o->id, options);
        QVERIFY2(in, qPrintable(in.error().message + QLatin1Char(' ') + in.error().detail));
        QCOMPARE(in->remaining, 1);
        QCOMPARE(in->history.reached, (std::array<qint64, 5>{4, 4, 3, 2, 1}));
        const Result<Forecast> f = MetricsRepository(*pg).forecast(o->id, options);
        QVERIFY2(f, qPrintable(f.error().message + QLatin1Char(' ') + f.error().detail));
        QCOMPARE(f->remaining, 1);
        QVERIFY(f->thin);
        QVERIFY(f->hireDate && f->hireDateLow && f->hireDateHigh);
        QVERIFY(*f->hireDate > QDate(2026, 3, 6));
        const Forecast expected = forecastHiring(*in);
        QCOMPARE(f->hireDate, expected.hireDate);
        QCOMPARE(f->fromPipeline.median, expected.fromPipeline.median);
        const Forecast onSqlite = MetricsRepository(*lite).forecast(liteOpening, options).value();
        QCOMPARE(f->hireDate, onSqlite.hireDate);
        QCOMPARE(f->hireDateLow, onSqlite.hireDateLow);
        QCOMPARE(f->hireDateHigh, onSqlite.hireDateHigh);
        QCOMPARE(f->fromPipeline.median, onSqlite.fromPipeline.median);
        QCOMPARE(f->newApplications.high, onSqlite.newApplications.high);
        QCOMPARE(f->warnings, onSqlite.warnings);

        // The whole report, view by view: the same JSON but for ids and where it came from.
        const auto filters = [](qint64 id) {
            QList<MetricsFilter> list;
            MetricsFilter f0;
            f0.openingIds = {id};
            f0.now = worked::now;
            list << f0;
            MetricsFilter dated = f0;
            dated.from = QDate(2026, 1, 5);
            dated.to = QDate(2026, 1, 17);
            list << dated;
            dated.view = FunnelView::Snapshot;
            list << dated;
            dated.view = FunnelView::Activity;
            dated.from = QDate(2026, 1, 15);
            dated.to = QDate(2026, 1, 19);
            list << dated;
            MetricsFilter source = f0;
            source.sources = {QStringLiteral("LinkedIn")};
            list << source;
            return list;
        };
        const QList<MetricsFilter> onPg = filters(o->id);
        const QList<MetricsFilter> onLite = filters(liteOpening);
        for (qsizetype i = 0; i < onPg.size(); ++i) {
            const Result<MetricsReport> a = MetricsExport::build(*pg, onPg.at(i), options);
            QVERIFY2(a, qPrintable(a.error().message + QLatin1Char(' ') + a.error().detail));
            const Result<MetricsReport> b = MetricsExport::build(*lite, onLite.at(i), options);
            QVERIFY2(b, qPrintable(b.error().message + QLatin1Char(' ') + b.error().detail));
            const QJsonValue x = comparable(MetricsExport::toJson(*a));
            const QJsonValue y = comparable(MetricsExport::toJson(*b));
            QVERIFY2(x == y, qPrintable(QStringLiteral("filter %1:\nPostgreSQL %2\nSQLite     %3")
                                            .arg(i)
                                            .arg(QString::fromUtf8(QJsonDocument(x.toObject()).toJson(QJsonDocument::Compact)),
                                                 QString::fromUtf8(QJsonDocument(y.toObject()).toJson(QJsonDocument::Compact)))));
        }
    }

    void metrics_export_jsonCarriesTheWorkedFigures()
    {
        QVERIFY(workedDatabase());
        MetricsFilter filter;
        filter.openingIds = {m_workedOpening.id};
        filter.now = worked::now;
        const Result<MetricsReport> report = MetricsExport::build(*m_worked, filter);
        QVERIFY2(report, qPrintable(report.error().message + QLatin1Char(' ') + report.error().detail));
        QCOMPARE(report->openings.size(), 1);
        QCOMPARE(report->forecasts.size(), 1);
        QCOMPARE(report->calibrations.size(), 1);
        const QJsonObject o = MetricsExport::toJson(*report);
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("shortlist-metrics"));
        QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("filter")).toObject().value(QStringLiteral("now")).toString(), Qt::ISODate)
                     .toSecsSinceEpoch(),
                 worked::now);
        QCOMPARE(o.value(QStringLiteral("applications")).toInteger(), 6);
        QCOMPARE(reachedCounts(o.value(QStringLiteral("funnel")).toArray()), (QList<qint64>{6, 5, 3, 2, 1}));
        const QJsonObject screen = o.value(QStringLiteral("funnel")).toArray().at(1).toObject().value(QStringLiteral("passThrough")).toObject();
        QCOMPARE(screen.value(QStringLiteral("part")).toInteger(), 5);
        QCOMPARE(screen.value(QStringLiteral("whole")).toInteger(), 6);
        QCOMPARE(screen.value(QStringLiteral("rate")).toDouble(), 5.0 / 6.0);
        QCOMPARE(reachedCounts(o.value(QStringLiteral("stageFunnel")).toArray()), (QList<qint64>{6, 5, 3, 2, 2, 2, 2, 1}));
        const QJsonObject applied = o.value(QStringLiteral("timeInStage")).toArray().at(0).toObject();
        QCOMPARE(applied.value(QStringLiteral("stage")).toString(), QStringLiteral("Applied"));
        QCOMPARE(applied.value(QStringLiteral("count")).toInt(), 6);
        QCOMPARE(applied.value(QStringLiteral("open")).toInt(), 1);
        QCOMPARE(applied.value(QStringLiteral("days")).toObject().value(QStringLiteral("median")).toDouble(), 2.0);
        QCOMPARE(applied.value(QStringLiteral("days")).toObject().value(QStringLiteral("p90")).toDouble(), 27.5);
        QCOMPARE(o.value(QStringLiteral("timeToHire")).toObject().value(QStringLiteral("days")).toObject().value(QStringLiteral("median")).toDouble(), 20.0);
        QCOMPARE(o.value(QStringLiteral("timeToFill")).toArray().at(0).toObject().value(QStringLiteral("days")).toDouble(), 24.0);
        QCOMPARE(o.value(QStringLiteral("weekly")).toArray().size(), 6);
        QCOMPARE(o.value(QStringLiteral("weekly")).toArray().at(0).toObject().value(QStringLiteral("applications")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("LinkedIn"));
        QCOMPARE(o.value(QStringLiteral("referrers")).toArray().at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Priya"));
        const QJsonObject offers = o.value(QStringLiteral("offers")).toObject();
        QCOMPARE(offers.value(QStringLiteral("extended")).toInt(), 2);
        QCOMPARE(offers.value(QStringLiteral("declined")).toInt(), 1);
        QCOMPARE(offers.value(QStringLiteral("acceptance")).toObject().value(QStringLiteral("small")).toBool(), true);
        const QJsonObject health = o.value(QStringLiteral("health")).toObject();
        QCOMPARE(health.value(QStringLiteral("stalledTotal")).toInt(), 2);
        QCOMPARE(health.value(QStringLiteral("overdueScorecards")).toInt(), 0);
        QCOMPARE(o.value(QStringLiteral("rejections")).toArray().at(0).toObject().value(QStringLiteral("reason")).toString(), QStringLiteral("Salary"));
        QCOMPARE(o.value(QStringLiteral("withdrawals")).toArray().at(0).toObject().value(QStringLiteral("stage")).toString(), QStringLiteral("Offer"));
        // Filled, so the forecast says so; no scorecards, so no agreement to speak of.
        const QJsonObject forecast = o.value(QStringLiteral("forecast")).toArray().at(0).toObject();
        QCOMPARE(forecast.value(QStringLiteral("remaining")).toInt(), 0);
        QVERIFY(forecast.value(QStringLiteral("hireDate")).isNull());
        const QJsonArray agreement = o.value(QStringLiteral("calibration")).toArray().at(0).toObject().value(QStringLiteral("agreement")).toArray();
        QVERIFY(agreement.last().toObject().value(QStringLiteral("tooFewRatings")).toBool());
        QVERIFY(agreement.last().toObject().value(QStringLiteral("alpha")).isNull());
        // The CSV carries the same figures.
        const QString csv = QString::fromUtf8(MetricsExport::toCsv(*report));
        QVERIFY2(csv.contains(QStringLiteral("funnel,all,screen,pass_through,")), qPrintable(csv.left(400)));
        QVERIFY(csv.contains(QStringLiteral("health,all,,stalled_total,2")));
    }

    // ------------------------------------------------------------------ interview plan

    void interviewPlan_defaultPlan_roundTripsAndCoversEverythingTwice()
    {
        QVERIFY(freshDatabase());
        const Opening o = opening();
        QList<PlanInterview> plan = InterviewPlanRepository::defaultPlan(o);
        // Technical deep-dive, System design, Leadership & stakeholder panel; not the debrief.
        QCOMPARE(plan.size(), 3);
        QCOMPARE(plan.at(0).title, QStringLiteral("Technical deep-dive"));
        QCOMPARE(plan.at(0).slots.size(), 2);
        const Error saved = InterviewPlanRepository(*m_db).save(m_opening, plan);
        QVERIFY2(!saved, qPrintable(saved.message + QLatin1Char(' ') + saved.detail));
        QCOMPARE(withoutIds(InterviewPlanRepository(*m_db).load(m_opening).value()), withoutIds(plan));
        const Result<CoverageReport> r = InterviewPlanRepository(*m_db).coverage(m_opening);
        QVERIFY2(r, qPrintable(r.error().message + QLatin1Char(' ') + r.error().detail));
        QCOMPARE(r->competencies.size(), o.competencies.size());
        const qsizetype mustHaves = std::count_if(o.requirements.cbegin(), o.requirements.cend(), [](const Requirement &x) { return x.mustHave; });
        QCOMPARE(mustHaves, 7);
        QCOMPARE(r->requirements.size(), mustHaves);
        QCOMPARE(r->missing, 0);
        QCOMPARE(r->thin, 0);
        for (const CoverageItem &item : r->competencies)
            QCOMPARE(item.assessors, 2);

        // Edited questions and duration round-trip; saving replaces the plan.
        plan[0].slots[0].questions = QStringLiteral("Walk me through a Spark job you tuned.\nHow do you size Kafka partitions?");
        plan[0].slots[0].role = QStringLiteral("Bar raiser — “data”");
        plan[0].durationMinutes = 75;
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, plan).code, ErrorCode::None);
        QCOMPARE(withoutIds(InterviewPlanRepository(*m_db).load(m_opening).value()), withoutIds(plan));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_interviews WHERE opening_id = %1").arg(m_opening)), 3);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_slots")), 6);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_slot_competencies")), 2 * o.competencies.size());
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_slot_requirements")), 2 * mustHaves);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'interview_plan' AND entity_id = %1").arg(m_opening)), 2);

        // Drop the first interview's second interviewer: what they assessed is now thin.
        const PlanSlot dropped = plan[0].slots.takeLast();
        QVERIFY(!dropped.competencyIds.isEmpty());
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, plan).code, ErrorCode::None);
        const CoverageReport thin = InterviewPlanRepository(*m_db).coverage(m_opening).value();
        QCOMPARE(thin.thin, dropped.competencyIds.size() + dropped.requirementIds.size());
        QCOMPARE(thin.missing, 0);
        for (const CoverageItem &item : thin.competencies) {
            QCOMPARE(item.assessors, dropped.competencyIds.contains(item.id) ? 1 : 2);
            if (dropped.competencyIds.contains(item.id))
                QCOMPARE(item.level, CoverageLevel::Thin);
        }
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_slots")), 5);
    }

    void interviewPlan_invalidPlans_refused_andTheOldOneKept()
    {
        QVERIFY(freshDatabase());
        const Opening o = opening();
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, InterviewPlanRepository::defaultPlan(o)).code, ErrorCode::None);
        const QList<PlanInterview> before = InterviewPlanRepository(*m_db).load(m_opening).value();
        QCOMPARE(before.size(), 3);
        QList<PlanInterview> plan = InterviewPlanRepository::defaultPlan(o);
        plan[0].stageId = o.stages.at(0).id;  // "Applied" is not an interview stage
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, plan).code, ErrorCode::Invalid);
        const qint64 other = createOpening(*m_db, QStringLiteral("cloud-platform-tech-lead"));
        QVERIFY(other > 0);
        plan = InterviewPlanRepository::defaultPlan(o);
        plan[0].slots[0].competencyIds << OpeningRepository(*m_db).load(other)->competencies.constFirst().id;
        const Error e = InterviewPlanRepository(*m_db).save(m_opening, plan);
        QCOMPARE(e.code, ErrorCode::Invalid);
        QVERIFY2(e.message.contains(QStringLiteral("another opening")), qPrintable(e.message));
        plan = InterviewPlanRepository::defaultPlan(o);
        plan[1].title = QStringLiteral("   ");
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, plan).code, ErrorCode::Invalid);
        QCOMPARE(InterviewPlanRepository(*m_db).load(m_opening).value(), before);
        // The other opening has no saved plan: the default stands in for it.
        QCOMPARE(InterviewPlanRepository(*m_db).load(other)->size(), 0);
        const Opening otherOpening = OpeningRepository(*m_db).load(other).value();
        QCOMPARE(InterviewPlanRepository(*m_db).effective(otherOpening).value(), InterviewPlanRepository::defaultPlan(otherOpening));
        const CoverageReport byDefault = InterviewPlanRepository(*m_db).coverage(other).value();
        QCOMPARE(byDefault.missing, 0);
        QCOMPARE(byDefault.thin, 0);
    }

    void interviewPlan_requirementEdits_keepThePlansLinks()
    {
        QVERIFY(freshDatabase());
        QCOMPARE(InterviewPlanRepository(*m_db).save(m_opening, InterviewPlanRepository::defaultPlan(opening())).code, ErrorCode::None);
        Opening o = opening();
        QList<Requirement> edited = o.requirements;
        edited[0].weight = 2;  // kept: links survive
        Result<int> updated = OpeningRepository(*m_db).updateRequirements(m_opening, o.version, edited);
        QVERIFY2(updated, qPrintable(updated.error().message + QLatin1Char(' ') + updated.error().detail));
        QCOMPARE(InterviewPlanRepository(*m_db).coverage(m_opening)->missing, 0);
        const qint64 links = scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_slot_requirements"));
        QCOMPARE(links, 14);
        // Removing a must-have removes it from the plan and from the check.
        o = opening();
        edited = o.requirements;
        QVERIFY(edited.first().mustHave);
        const qint64 removed = edited.takeFirst().id;
        updated = OpeningRepository(*m_db).updateRequirements(m_opening, o.version, edited);
        QVERIFY2(updated, qPrintable(updated.error().message + QLatin1Char(' ') + updated.error().detail));
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_slot_requirements WHERE requirement_id = %1").arg(removed)), 0);
        QCOMPARE(scalar(*m_db, QStringLiteral("SELECT count(*) FROM plan_slot_requirements")), links - 2);
        const CoverageReport r = InterviewPlanRepository(*m_db).coverage(m_opening).value();
        QCOMPARE(r.missing, 0);
        QCOMPARE(r.requirements.size(), std::count_if(edited.cbegin(), edited.cend(), [](const Requirement &x) { return x.mustHave; }));
    }
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
