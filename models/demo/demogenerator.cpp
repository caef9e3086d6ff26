#include "demogenerator.h"

#include "analytics/requirementmatch.h"
#include "domain/textfold.h"
#include "domain/types.h"
#include "repositories/bulkloader.h"
#include "repositories/duplicaterepository.h"
#include "repositories/matchrepository.h"
#include "repositories/openingrepository.h"
#include "repositories/peoplerepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "templates/openingtemplates.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <vector>

namespace shortlist {

namespace {

// ---------------------------------------------------------------------------
// Tunable model of the demo world. Pass rates are the base rates per
// transition before the source and candidate-quality factors; they are set so
// that the resulting funnel lands inside product.md's rules of thumb.

constexpr int historyDays = 180;          // applications spread over this many days before asOf
constexpr int openingAgeDays = 200;       // openings created about this long before asOf
constexpr double bigDataShare = 0.45;     // share of first applications per opening
constexpr double cloudShare = 0.27;       // (the rest go to the third opening)
constexpr double secondApplicationRate = 0.08;

constexpr double passAppliedToScreen = 0.30;
constexpr double passScreenToScreen = 0.60;
constexpr double passScreenToInterview = 0.50;
constexpr double passInterviewToInterview = 0.50;
constexpr double passInterviewToDebrief = 0.92;
constexpr double passInterviewToOffer = 0.45;
constexpr double passOfferToHired = 0.64;

constexpr double withdrawShare = 0.10;       // failing a stage: withdrawn instead of rejected
constexpr double offerDeclineWithdraws = 0.75; // a failed offer is mostly the candidate declining
constexpr double stallRate = 0.005;          // a stage takes longer than its stall limit
constexpr double notAssessedRate = 0.05;
constexpr qint64 day = 86400;
constexpr qint64 hour = 3600;

const QString organisationName = QStringLiteral("Northwind Analytics");
const QString debriefName = QStringLiteral("Debrief");
const QString referralSource = QStringLiteral("Referral");
const QString demoActor = QStringLiteral("Shortlist demo generator");

// Deterministic draws. Every draw is its own statement: C++ leaves the order
// of operands unspecified, and determinism must not depend on the compiler.
// Only + - * / and sqrt are used on the draws (correctly rounded everywhere).
class Dice {
public:
    explicit Dice(quint32 seed) : m_rng(seed) {}
    double uniform() { return m_rng.generateDouble(); }
    int below(qsizetype n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    bool chance(double p) { return uniform() < p; }
    // Mean of two uniforms: triangular on [0, 1].
    double triangular()
    {
        const double a = uniform();
        const double b = uniform();
        return (a + b) / 2;
    }
    double bell3()
    {
        const double a = uniform();
        const double b = uniform();
        const double c = uniform();
        return (a + b + c) / 3;
    }
    int between(int low, int high) { return low + below(high - low + 1); }

private:
    QRandomGenerator m_rng;
};

double clamp01(double x) { return std::clamp(x, 0.0, 1.0); }
qint64 dayOf(qint64 secs) { return secs >= 0 ? secs / day : -((-secs + day - 1) / day); }
// Monday..Friday: pushes a Saturday or Sunday to the next Monday. 1970-01-01 was a Thursday.
qint64 weekday(qint64 dayNumber)
{
    const qint64 dow = ((dayNumber + 3) % 7 + 7) % 7;  // 0 = Monday
    return dow == 5 ? dayNumber + 2 : dow == 6 ? dayNumber + 1 : dayNumber;
}
qint64 roundHalfUp(double x) { return qint64(std::floor(x + 0.5)); }

// Email-safe lower-case ASCII: folded, spaces and apostrophes dropped.
QString emailPart(const QString &word)
{
    QString folded = foldText(word);
    folded.replace(QChar(0x0131), QLatin1Char('i'));  // dotless i does not decompose
    QString out;
    out.reserve(folded.size());
    for (const QChar c : std::as_const(folded)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-'))
            out.append(c);
    }
    return out;
}

// ---------------------------------------------------------------------------
// Word lists (resources/demo/wordlists.json)

struct Culture {
    QStringList given, family;
    QStringList givenEmail, familyEmail;
};

struct Source {
    QString name;
    int weight = 1;
    double sqrtQuality = 1;
};

struct PersonInfo {
    qint64 id = 0;
    QString name, email, title;
    PersonRole role = PersonRole::Interviewer;
    double bias = 0;  // fixed rating bias in [-0.5, 0.5]
};

struct Location {
    QString name;
    QString country;
    QString callingCode;  // "+44"
    int areaCode = 0;     // North American numbers
};

struct Wordlists {
    QList<Culture> cultures;
    QStringList companies, titles, emailDomains, skills, rejectionReasons, withdrawalReasons;
    QList<Location> locations;
    QList<Source> sources;
    int sourceWeightTotal = 0;
    QList<PersonInfo> people;
};

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        const QString s = v.toString().trimmed();
        if (!s.isEmpty())
            list << s;
    }
    return list;
}

QString callingCode(const QString &country)
{
    static const std::array<std::pair<const char *, const char *>, 37> codes{{
        {"United Kingdom", "+44"}, {"Ireland", "+353"}, {"Netherlands", "+31"}, {"Germany", "+49"}, {"France", "+33"},
        {"Spain", "+34"}, {"Portugal", "+351"}, {"Poland", "+48"}, {"Sweden", "+46"}, {"Denmark", "+45"},
        {"Switzerland", "+41"}, {"Türkiye", "+90"}, {"Egypt", "+20"}, {"Lebanon", "+961"}, {"Nigeria", "+234"},
        {"Ghana", "+233"}, {"Kenya", "+254"}, {"Ethiopia", "+251"}, {"South Africa", "+27"}, {"United Arab Emirates", "+971"},
        {"Iran", "+98"}, {"India", "+91"}, {"Singapore", "+65"}, {"Vietnam", "+84"}, {"Philippines", "+63"},
        {"China", "+86"}, {"South Korea", "+82"}, {"Japan", "+81"}, {"Australia", "+61"}, {"New Zealand", "+64"},
        {"Canada", "+1"}, {"United States", "+1"}, {"Mexico", "+52"}, {"Brazil", "+55"}, {"Colombia", "+57"},
        {"Argentina", "+54"}, {"Chile", "+56"},
    }};
    for (const auto &[name, code] : codes) {
        if (country == QString::fromUtf8(name))
            return QLatin1String(code);
    }
    return QStringLiteral("+44");
}

Result<Wordlists> loadWordlists()
{
    QFile file(QStringLiteral(":/demo/wordlists.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, DemoGenerator::tr("The demo word lists are missing from this build of Shortlist."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, DemoGenerator::tr("The demo word lists are not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    Wordlists w;
    const QJsonArray cultures = root.value(QLatin1String("cultures")).toArray();
    for (const QJsonValue &v : cultures) {
        Culture c;
        c.given = stringList(v.toObject().value(QLatin1String("given")));
        c.family = stringList(v.toObject().value(QLatin1String("family")));
        if (c.given.isEmpty() || c.family.isEmpty())
            continue;
        for (const QString &g : std::as_const(c.given))
            c.givenEmail << emailPart(g);
        for (const QString &f : std::as_const(c.family))
            c.familyEmail << emailPart(f);
        w.cultures << c;
    }
    w.companies = stringList(root.value(QLatin1String("companies")));
    w.companies.removeAll(organisationName);  // candidates come from elsewhere
    w.titles = stringList(root.value(QLatin1String("titles")));
    w.emailDomains = stringList(root.value(QLatin1String("emailDomains")));
    w.skills = stringList(root.value(QLatin1String("skills")));
    w.rejectionReasons = stringList(root.value(QLatin1String("rejectionReasons")));
    w.withdrawalReasons = stringList(root.value(QLatin1String("withdrawalReasons")));
    const QStringList locations = stringList(root.value(QLatin1String("locations")));
    for (const QString &name : locations) {
        const QString country = name.section(QStringLiteral(", "), -1);
        const QString city = name.section(QStringLiteral(", "), 0, 0);
        const int area = city == QLatin1String("New York") ? 212 : city == QLatin1String("San Francisco") ? 415
                       : city == QLatin1String("Austin") ? 512 : city == QLatin1String("Seattle") ? 206
                       : city == QLatin1String("Toronto") ? 416 : city == QLatin1String("Vancouver") ? 604 : 201;
        w.locations << Location{name, country, callingCode(country), area};
    }
    const QJsonArray sources = root.value(QLatin1String("sources")).toArray();
    for (const QJsonValue &v : sources) {
        const QJsonObject o = v.toObject();
        Source s{o.value(QLatin1String("name")).toString(), o.value(QLatin1String("weight")).toInt(1),
                 std::sqrt(std::max(0.01, o.value(QLatin1String("quality")).toDouble(1.0)))};
        if (s.name.isEmpty() || s.weight <= 0)
            continue;
        w.sourceWeightTotal += s.weight;
        w.sources << s;
    }
    const QJsonArray people = root.value(QLatin1String("people")).toArray();
    for (const QJsonValue &v : people) {
        const QJsonObject o = v.toObject();
        QString roleCode = o.value(QLatin1String("role")).toString().trimmed();
        roleCode.replace(QLatin1Char(' '), QLatin1Char('_'));
        const auto role = personRoleFromCode(roleCode);
        PersonInfo p;
        p.name = o.value(QLatin1String("name")).toString().trimmed();
        p.email = o.value(QLatin1String("email")).toString().trimmed();
        p.title = o.value(QLatin1String("title")).toString().trimmed();
        if (!role || p.name.isEmpty())
            return makeError(ErrorCode::Invalid, DemoGenerator::tr("The demo word lists name a person without a valid name and role."));
        p.role = *role;
        p.id = w.people.size() + 1;
        w.people << p;
    }
    const auto countRole = [&w](PersonRole role) {
        return std::count_if(w.people.cbegin(), w.people.cend(), [role](const PersonInfo &p) { return p.role == role; });
    };
    if (w.cultures.isEmpty() || w.companies.isEmpty() || w.titles.isEmpty() || w.emailDomains.isEmpty() || w.skills.isEmpty()
        || w.rejectionReasons.isEmpty() || w.withdrawalReasons.isEmpty() || w.locations.isEmpty() || w.sources.isEmpty()
        || countRole(PersonRole::HiringManager) == 0 || countRole(PersonRole::Recruiter) == 0 || countRole(PersonRole::Interviewer) < 3) {
        return makeError(ErrorCode::Invalid, DemoGenerator::tr("The demo word lists are incomplete."));
    }
    return w;
}

// ---------------------------------------------------------------------------
// Openings as the simulation sees them

struct StageInfo {
    qint64 id = 0;
    QString name;
    StageCategory category = StageCategory::Applied;
    int stallDays = 0;
    bool hasInterview = false;  // interview category, except the debrief
};

struct RequirementInfo {
    QStringList keywords;
    int minYears = 0;
    bool mustHave = false;
};

struct OpeningInfo {
    qint64 id = 0;
    Opening opening;
    QList<StageInfo> pipeline;  // applied .. hired, in order
    qint64 rejectedStageId = 0;
    qint64 withdrawnStageId = 0;
    int lateStageIndex = 0;     // rejections from here on earn a "silver-medallist" tag
    QList<RequirementInfo> requirements;
    std::shared_ptr<const RequirementMatcher> matcher;  // the score every application is stored with
    QStringList unrelatedSkills;
    QList<qint64> competencyIds;
    QList<std::array<QString, 5>> evidence;  // per competency: [0] not assessed, [1..4] per rating
    int hiringManager = 0;                   // index into people
    QList<int> panelPool;                    // indexes into people
    std::array<QList<int>, 4> rejectionReasons;  // per category applied/screen/interview/offer: indexes
};

// ---------------------------------------------------------------------------

struct EventRow {
    qint64 at = 0;
    qint64 from = 0;  // 0 = NULL
    qint64 to = 0;
    const QString *actor = nullptr;
    const QString *reason = nullptr;
};

struct InterviewRow {
    qint64 id = 0;
    qint64 stageId = 0;
    const QString *title = nullptr;
    qint64 startsAt = 0;
    int duration = 60;
    int location = 0;
    bool completed = false;
    qint64 createdAt = 0;
    int panelSize = 0;
    std::array<int, 3> panel{};                   // people indexes
    std::array<int, 3> focusCount{};
    std::array<std::array<int, 3>, 3> focus{};    // competency indexes
    std::array<std::array<int, 3>, 3> rating{};   // 0 = not assessed
    std::array<int, 3> overall{};                 // 0 strong_no .. 3 strong_yes
    std::array<qint64, 3> submittedAt{};
};

struct AppState {
    qint64 id = 0;
    const OpeningInfo *opening = nullptr;
    qint64 appliedAt = 0;
    qint64 stageId = 0;
    qint64 stageEnteredAt = 0;
    ApplicationStatus status = ApplicationStatus::Active;
    const QString *reason = nullptr;
    bool lateRejection = false;
};

class Generator {
public:
    Generator(const DemoOptions &options, Wordlists words)
        : m_options(options), m_dice(options.seed), m_words(std::move(words))
    {
        const QDateTime asOf = options.asOf.isValid()
                                   ? options.asOf
                                   : QDateTime(QDateTime::currentDateTimeUtc().date(), QTime(17, 0), Qt::UTC);
        m_asOf = asOf.toSecsSinceEpoch();
    }

    Error run(Database &db, DemoSummary &summary);

private:
    Database *m_db = nullptr;
    Error insert(int statement, std::initializer_list<BulkValue> values)
    {
        m_row.assign(values.begin(), values.end());
        return m_loader->insert(statement, m_row);
    }
    Error setUp();
    Error candidate(qint64 id);
    void simulate(AppState &app, double quality, double sourceFactor, int recruiter);
    void makeInterview(const OpeningInfo &o, const StageInfo &stage, qint64 enteredAt, double quality);
    Error emitApplication(const AppState &app, qint64 candidateId, const QString &source, const QString &referrer);
    MatchInput m_profile;  // the candidate being written, for the match score
    qint64 leaveTime(qint64 enteredAt, int days, qint64 notBefore);
    const QString *reason(const OpeningInfo &o, StageCategory category, bool withdrawn);

    const DemoOptions &m_options;
    Dice m_dice;
    Wordlists m_words;
    qint64 m_asOf = 0;
    std::unique_ptr<BulkLoader> m_loader;
    std::vector<BulkValue> m_row;
    QList<OpeningInfo> m_openings;
    QList<int> m_recruiters;
    QStringList m_tags;
    QStringList m_rooms;
    std::array<QString, 4> m_overallCodes;
    std::array<QString, 4> m_overallSummaries;
    QString m_uidPrefix;

    // Statements
    int m_candidateSql = -1, m_tagSql = -1, m_applicationSql = -1, m_eventSql = -1, m_interviewSql = -1, m_panelSql = -1,
        m_focusSql = -1, m_scorecardSql = -1, m_ratingSql = -1;
    // Constant column values
    const QString m_active = toCode(ApplicationStatus::Active);
    const QString m_rejected = toCode(ApplicationStatus::Rejected);
    const QString m_withdrawn = toCode(ApplicationStatus::Withdrawn);
    const QString m_hired = toCode(ApplicationStatus::Hired);
    const QString m_empty;
    const QString m_london = QStringLiteral("Europe/London");
    const QString m_scheduled = QStringLiteral("scheduled");
    const QString m_completed = QStringLiteral("completed");
    const QString m_submitted = QStringLiteral("submitted");

    // Per-application buffers, reused (no per-row allocation once warm).
    std::vector<EventRow> m_events;
    std::vector<InterviewRow> m_interviews;
    double m_ratingSum = 0;
    int m_ratingCount = 0;

    // Ids (fresh database: 1..N per table, assigned here).
    qint64 m_nextApplication = 1, m_nextEvent = 1, m_nextInterview = 1, m_nextScorecard = 1;
    DemoSummary m_summary;
};

Error Generator::setUp()
{
    // Interviewers' fixed biases, in word-list order.
    for (PersonInfo &p : m_words.people) {
        const double u = m_dice.uniform();
        p.bias = u - 0.5;
    }
    QList<int> managers;
    QList<int> interviewers;
    for (qsizetype i = 0; i < m_words.people.size(); ++i) {
        switch (m_words.people.at(i).role) {
        case PersonRole::HiringManager: managers << int(i); break;
        case PersonRole::Recruiter: m_recruiters << int(i); break;
        case PersonRole::Interviewer: interviewers << int(i); break;
        case PersonRole::Coordinator: break;
        }
    }
    m_tags = {QStringLiteral("silver-medallist"), QStringLiteral("relocation"), QStringLiteral("visa-sponsorship"),
              QStringLiteral("open-source"), QStringLiteral("conference-speaker"), QStringLiteral("returner")};
    m_rooms = {QStringLiteral("Video call"), QStringLiteral("Room Thames (3rd floor)"), QStringLiteral("Room Severn (3rd floor)"),
               QStringLiteral("Room Tyne (4th floor)"), QStringLiteral("Boardroom (4th floor)")};
    m_overallCodes = {QStringLiteral("strong_no"), QStringLiteral("no"), QStringLiteral("yes"), QStringLiteral("strong_yes")};
    m_overallSummaries = {DemoGenerator::tr("Strong no: well below the bar on my focus areas."),
                          DemoGenerator::tr("Lean no: below the bar on at least one focus area."),
                          DemoGenerator::tr("Lean yes: at the bar on my focus areas."),
                          DemoGenerator::tr("Strong yes: well above the bar; would raise the team's level.")};
    m_uidPrefix = QStringLiteral("demo-%1-").arg(m_options.seed);

    const int meta = m_loader->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    if (Error e = insert(meta, {QStringLiteral("organisation_name"), organisationName}))
        return e;
    if (Error e = insert(meta, {QStringLiteral("demo_seed"), QString::number(m_options.seed)}))
        return e;

    const qint64 peopleCreated = (dayOf(m_asOf) - openingAgeDays - 60) * day + 9 * hour;
    // People and openings go through their repositories' inserts (the whole
    // load is one transaction, audited once at the end).
    PeopleRepository people(*m_db);
    for (PersonInfo &p : m_words.people) {
        Result<qint64> id = people.insert(Person{0, p.name, p.email, p.role, p.title}, peopleCreated);
        if (!id)
            return id.error();
        p.id = *id;
    }
    OpeningRepository openings(*m_db);

    const QList<OpeningTemplate> templates = OpeningTemplates::all();
    if (templates.size() < 3)
        return makeError(ErrorCode::Invalid, DemoGenerator::tr("The opening templates are missing from this build of Shortlist."));
    const std::array<int, 3> ageOffsets{0, 6, 11};
    const std::array<QString, 5> evidenceTemplates{
        DemoGenerator::tr("Not covered in the time available."),
        DemoGenerator::tr("%1: no concrete example; answers stayed hypothetical."),
        DemoGenerator::tr("%1: some relevant experience, but thin on specifics and trade-offs."),
        DemoGenerator::tr("%1: clear, specific example with sound reasoning."),
        DemoGenerator::tr("%1: exceptional depth, several examples and trade-offs explained unprompted."),
    };
    for (int t = 0; t < 3; ++t) {
        const OpeningTemplate &tmpl = templates.at(t);
        OpeningInfo info;
        const qint64 createdDay = dayOf(m_asOf) - openingAgeDays - ageOffsets.at(std::size_t(t));
        Opening fromTemplate = OpeningTemplates::instantiate(tmpl, QDate::fromJulianDay(2440588 + createdDay));
        fromTemplate.headcount = t == 0 ? 2 : 1;
        fromTemplate.status = OpeningStatus::Open;
        info.hiringManager = managers.at(t % managers.size());
        fromTemplate.hiringManagerId = m_words.people.at(info.hiringManager).id;
        const qint64 createdAt = createdDay * day + 9 * hour + 30 * 60;
        Result<qint64> openingId = openings.insert(fromTemplate, createdAt);
        if (!openingId)
            return openingId.error();
        Result<Opening> stored = openings.load(*openingId);  // with the ids of its stages, requirements, competencies
        if (!stored)
            return stored.error();
        info.id = *openingId;
        info.opening = std::move(stored).value();
        const Opening &o = info.opening;
        for (const Stage &s : o.stages) {
            if (s.category == StageCategory::Rejected)
                info.rejectedStageId = s.id;
            else if (s.category == StageCategory::Withdrawn)
                info.withdrawnStageId = s.id;
            else
                info.pipeline << StageInfo{s.id, s.name, s.category, s.stallDays,
                                           s.category == StageCategory::Interview && s.name != debriefName};
        }
        if (info.rejectedStageId == 0 || info.withdrawnStageId == 0 || info.pipeline.size() < 3
            || info.pipeline.constFirst().category != StageCategory::Applied || info.pipeline.constLast().category != StageCategory::Hired)
            return makeError(ErrorCode::Invalid, DemoGenerator::tr("Template “%1” has no usable stage plan for demo data.").arg(tmpl.key));
        int lastInterview = 0;
        for (qsizetype i = 0; i < info.pipeline.size(); ++i) {
            if (info.pipeline.at(i).category == StageCategory::Interview)
                lastInterview = int(i);
        }
        info.lateStageIndex = std::max(1, lastInterview - 1);

        info.matcher = std::make_shared<const RequirementMatcher>(o.requirements, SkillNormalizer::builtin());
        QSet<QString> keywords;
        for (const Requirement &r : o.requirements) {
            if (!r.keywords.isEmpty())
                info.requirements << RequirementInfo{r.keywords, r.minYears, r.mustHave};
            for (const QString &k : std::as_const(r.keywords))
                keywords.insert(k);
        }
        for (const QString &skill : std::as_const(m_words.skills)) {
            if (!keywords.contains(skill))
                info.unrelatedSkills << skill;
        }
        if (info.unrelatedSkills.isEmpty())
            info.unrelatedSkills = m_words.skills;
        if (o.competencies.size() < 3)
            return makeError(ErrorCode::Invalid, DemoGenerator::tr("Template “%1” needs at least three competencies for demo interviews.").arg(tmpl.key));
        for (const Competency &c : o.competencies) {
            info.competencyIds << c.id;
            std::array<QString, 5> evidence;
            evidence[0] = evidenceTemplates[0];
            for (std::size_t level = 1; level <= 4; ++level)
                evidence.at(level) = evidenceTemplates.at(level).arg(c.name);
            info.evidence << evidence;
        }
        info.panelPool = interviewers;
        info.panelPool << info.hiringManager;

        // Plausible rejection reasons per category, by name (any reason if none match).
        const std::array<QStringList, 4> byCategory{
            QStringList{QStringLiteral("Did not meet must-have requirements"), QStringLiteral("Insufficient years of experience"),
                        QStringLiteral("Insufficient technical depth"), QStringLiteral("Location / right to work"),
                        t == 0 ? QStringLiteral("Insufficient big-data depth") : QString()},
            QStringList{QStringLiteral("Compensation mismatch"), QStringLiteral("Notice period too long"), QStringLiteral("Communication concerns"),
                        QStringLiteral("Missing leadership experience"), QStringLiteral("Insufficient technical depth"),
                        QStringLiteral("Location / right to work")},
            QStringList{QStringLiteral("Failed technical deep-dive"), QStringLiteral("Failed system design"),
                        QStringLiteral("Weaker than other candidates"), QStringLiteral("Communication concerns"),
                        QStringLiteral("Missing leadership experience"), QStringLiteral("Insufficient technical depth")},
            QStringList{QStringLiteral("Unsuccessful reference checks"), QStringLiteral("Compensation mismatch")},
        };
        for (std::size_t c = 0; c < byCategory.size(); ++c) {
            for (const QString &name : byCategory.at(c)) {
                const qsizetype at = name.isEmpty() ? -1 : m_words.rejectionReasons.indexOf(name);
                if (at >= 0)
                    info.rejectionReasons.at(c) << int(at);
            }
            if (info.rejectionReasons.at(c).isEmpty()) {
                for (qsizetype i = 0; i < m_words.rejectionReasons.size(); ++i)
                    info.rejectionReasons.at(c) << int(i);
            }
        }
        m_openings << info;
    }

    const int tagSql = m_loader->prepare(QStringLiteral("INSERT INTO tags (id, name) VALUES (?, ?)"));
    for (qsizetype i = 0; i < m_tags.size(); ++i) {
        if (Error e = insert(tagSql, {qint64(i + 1), m_tags.at(i)}))
            return e;
    }

    m_candidateSql = m_loader->prepare(QStringLiteral(
        "INSERT INTO candidates (id, name, sort_name, email, phone, location, current_title, current_company, years_experience, "
        "skills, source, referrer, email_key, phone_key, company_key, version, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    m_tagSql = m_loader->prepare(QStringLiteral("INSERT INTO candidate_tags (candidate_id, tag_id) VALUES (?, ?)"));
    m_applicationSql = m_loader->prepare(QStringLiteral(
        "INSERT INTO applications (id, candidate_id, opening_id, stage_id, status, rejection_reason, applied_at, stage_entered_at, "
        "version, updated_at, match_score, missing_must_haves, furthest_stage_id, exited_from_stage_id, candidate_source, candidate_referrer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_eventSql = m_loader->prepare(QStringLiteral(
        "INSERT INTO stage_events (id, application_id, at, from_stage_id, to_stage_id, actor, reason, left_at, stay_hours) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    m_interviewSql = m_loader->prepare(QStringLiteral(
        "INSERT INTO interviews (id, application_id, stage_id, title, starts_at, duration_minutes, time_zone, location, status, "
        "sequence, uid, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    m_panelSql = m_loader->prepare(QStringLiteral("INSERT INTO interview_panel (interview_id, person_id) VALUES (?, ?)"));
    m_focusSql = m_loader->prepare(QStringLiteral("INSERT INTO panel_focus (interview_id, person_id, competency_id) VALUES (?, ?, ?)"));
    m_scorecardSql = m_loader->prepare(QStringLiteral(
        "INSERT INTO scorecards (id, interview_id, person_id, revision, status, overall, summary, amend_reason, submitted_at, "
        "updated_at) VALUES (?, ?, ?, 1, ?, ?, ?, '', ?, ?)"));
    m_ratingSql = m_loader->prepare(QStringLiteral(
        "INSERT INTO scorecard_ratings (scorecard_id, competency_id, rating, not_assessed, evidence) VALUES (?, ?, ?, ?, ?)"));
    return {};
}

qint64 Generator::leaveTime(qint64 enteredAt, int days, qint64 notBefore)
{
    const qint64 d = weekday(dayOf(enteredAt) + days);
    const int minute = m_dice.below(9 * 60);
    const qint64 at = d * day + 9 * hour + minute * 60;
    return std::max({at, notBefore, enteredAt + hour});
}

const QString *Generator::reason(const OpeningInfo &o, StageCategory category, bool withdrawn)
{
    if (withdrawn) {
        // Declined offers: mostly another offer or a counter-offer.
        if (category == StageCategory::Offer && m_words.withdrawalReasons.size() >= 3) {
            const int i = m_dice.below(3);
            return &m_words.withdrawalReasons.at(i);
        }
        const int i = m_dice.below(m_words.withdrawalReasons.size());
        return &m_words.withdrawalReasons.at(i);
    }
    const std::size_t c = category == StageCategory::Applied ? 0 : category == StageCategory::Screen ? 1
                        : category == StageCategory::Interview ? 2 : 3;
    const QList<int> &pool = o.rejectionReasons.at(c);
    const int i = m_dice.below(pool.size());
    return &m_words.rejectionReasons.at(pool.at(i));
}

void Generator::makeInterview(const OpeningInfo &o, const StageInfo &stage, qint64 enteredAt, double quality)
{
    InterviewRow &iv = m_interviews.emplace_back();
    iv.id = m_nextInterview++;
    iv.stageId = stage.id;
    iv.title = &stage.name;
    const int daysAfter = m_dice.between(1, 3);
    const int startHour = m_dice.between(10, 16);
    iv.startsAt = weekday(dayOf(enteredAt) + daysAfter) * day + startHour * hour;
    iv.duration = m_dice.chance(0.5) ? 60 : 90;
    iv.location = m_dice.chance(0.6) ? 0 : m_dice.between(1, int(m_rooms.size()) - 1);
    iv.createdAt = std::min(enteredAt + 20 * 60, m_asOf);
    iv.completed = iv.startsAt + iv.duration * 60 <= m_asOf;

    iv.panelSize = m_dice.between(2, 3);
    const int poolSize = int(o.panelPool.size());
    const int competencies = int(o.competencyIds.size());
    const int firstFocus = m_dice.below(competencies);
    for (int p = 0; p < iv.panelSize; ++p) {
        int pick = 0;
        bool unique = false;
        while (!unique) {
            pick = o.panelPool.at(m_dice.below(poolSize));
            unique = std::find(iv.panel.begin(), iv.panel.begin() + p, pick) == iv.panel.begin() + p;
        }
        iv.panel.at(std::size_t(p)) = pick;
        // Consecutive competencies, each panelist starting where the last one stopped.
        const int count = std::min(competencies, m_dice.between(2, 3));
        iv.focusCount.at(std::size_t(p)) = count;
        for (int f = 0; f < count; ++f)
            iv.focus.at(std::size_t(p)).at(std::size_t(f)) = (firstFocus + p * 3 + f) % competencies;
    }
    if (!iv.completed)
        return;

    const double bar = 1 + 3 * quality;
    const qint64 endsAt = iv.startsAt + iv.duration * 60;
    for (std::size_t p = 0; p < std::size_t(iv.panelSize); ++p) {
        const double bias = m_words.people.at(iv.panel.at(p)).bias;
        int sum = 0;
        int assessed = 0;
        for (std::size_t f = 0; f < std::size_t(iv.focusCount.at(p)); ++f) {
            const double a = m_dice.uniform();
            const double b = m_dice.uniform();
            const double noise = 0.7 * (a + b - 1);  // triangular on [-0.7, 0.7]
            const int rating = int(std::clamp<qint64>(roundHalfUp(bar + bias + noise), 1, 4));
            const bool notAssessed = m_dice.chance(notAssessedRate) && !(f + 1 == std::size_t(iv.focusCount.at(p)) && assessed == 0);
            iv.rating.at(p).at(f) = notAssessed ? 0 : rating;
            if (!notAssessed) {
                sum += rating;
                ++assessed;
            }
        }
        const double mean = double(sum) / std::max(1, assessed);
        iv.overall.at(p) = mean < 1.75 ? 0 : mean < 2.5 ? 1 : mean < 3.25 ? 2 : 3;
        m_ratingSum += mean;
        ++m_ratingCount;
        const int hours = m_dice.between(1, 5);
        const int minutes = m_dice.below(60);
        iv.submittedAt.at(p) = std::min(endsAt + hours * hour + minutes * 60, m_asOf);
    }
}

void Generator::simulate(AppState &app, double quality, double sourceFactor, int recruiter)
{
    const OpeningInfo &o = *app.opening;
    const QString *recruiterName = &m_words.people.at(recruiter).name;
    const QString *managerName = &m_words.people.at(o.hiringManager).name;
    m_events.clear();
    m_interviews.clear();
    m_ratingSum = 0;
    m_ratingCount = 0;

    int index = 0;
    qint64 at = app.appliedAt;
    m_events.push_back(EventRow{at, 0, o.pipeline.at(0).id, recruiterName, &m_empty});
    app.status = ApplicationStatus::Active;
    app.reason = &m_empty;
    for (;;) {
        const StageInfo &stage = o.pipeline.at(index);
        if (stage.category == StageCategory::Hired) {
            app.status = ApplicationStatus::Hired;
            break;
        }
        qint64 notBefore = 0;
        double interviewMean = -1;
        if (stage.hasInterview) {
            const double sumBefore = m_ratingSum;
            const int countBefore = m_ratingCount;
            makeInterview(o, stage, at, quality);
            const InterviewRow &iv = m_interviews.back();
            notBefore = iv.startsAt + iv.duration * 60 + 7 * hour;
            if (m_ratingCount > countBefore)
                interviewMean = (m_ratingSum - sumBefore) / (m_ratingCount - countBefore);
        }
        int days = 0;
        if (m_dice.chance(stallRate) && stage.stallDays > 0) {
            days = stage.stallDays + m_dice.between(1, 15);
        } else {
            switch (stage.category) {
            case StageCategory::Applied: days = m_dice.between(1, 5); break;
            case StageCategory::Screen: days = m_dice.between(2, 7); break;
            case StageCategory::Interview: days = stage.hasInterview ? m_dice.between(4, 12) : m_dice.between(1, 3); break;
            default: days = m_dice.between(3, 10); break;
            }
        }
        const qint64 leave = leaveTime(at, days, notBefore);
        if (leave > m_asOf)
            break;  // still in this stage today

        const StageInfo &next = o.pipeline.at(index + 1);
        double base = 0;
        double factor = 0;
        double source = sourceFactor;
        const double qualityFactor = 0.4 + 1.2 * quality;
        switch (stage.category) {
        case StageCategory::Applied:
            base = passAppliedToScreen;
            factor = qualityFactor;
            break;
        case StageCategory::Screen:
            base = next.category == StageCategory::Screen ? passScreenToScreen : passScreenToInterview;
            factor = qualityFactor;
            break;
        case StageCategory::Interview:
            base = next.category == StageCategory::Offer ? passInterviewToOffer
                 : next.name == debriefName             ? passInterviewToDebrief
                                                        : passInterviewToInterview;
            // The same quality that drove the scorecards: the panel's mean rating
            // (1 + 3 * quality on average), or all ratings so far at a debrief.
            if (interviewMean < 0 && m_ratingCount > 0)
                interviewMean = m_ratingSum / m_ratingCount;
            factor = interviewMean < 0 ? qualityFactor : std::clamp((interviewMean - 1) / 1.5, 0.05, 2.0);
            if (next.name == debriefName)
                factor = std::sqrt(factor);
            break;
        default:  // offer: acceptance depends little on quality, a bit on source
            base = passOfferToHired;
            factor = 0.85 + 0.3 * quality;
            source = std::sqrt(sourceFactor);
            break;
        }
        const double p = std::clamp(base * source * factor, 0.01, 0.97);
        const bool pass = m_dice.chance(p);
        const QString *actor = stage.category == StageCategory::Applied || stage.category == StageCategory::Screen ? recruiterName : managerName;
        at = leave;
        if (pass) {
            m_events.push_back(EventRow{at, stage.id, next.id, actor, &m_empty});
            ++index;
            continue;
        }
        const bool withdrawn = m_dice.chance(stage.category == StageCategory::Offer ? offerDeclineWithdraws : withdrawShare);
        app.reason = reason(o, stage.category, withdrawn);
        app.status = withdrawn ? ApplicationStatus::Withdrawn : ApplicationStatus::Rejected;
        app.lateRejection = !withdrawn && index >= o.lateStageIndex;
        m_events.push_back(EventRow{at, stage.id, withdrawn ? o.withdrawnStageId : o.rejectedStageId, actor, app.reason});
        break;
    }
    app.stageId = m_events.back().to;
    app.stageEnteredAt = m_events.back().at;
}

Error Generator::emitApplication(const AppState &app, qint64 candidateId, const QString &source, const QString &referrer)
{
    const QString &status = app.status == ApplicationStatus::Active     ? m_active
                          : app.status == ApplicationStatus::Rejected   ? m_rejected
                          : app.status == ApplicationStatus::Withdrawn  ? m_withdrawn
                                                                        : m_hired;
    const MatchScore match = app.opening->matcher->score(m_profile);
    // The loader pauses the triggers that keep these: the furthest pipeline
    // stage entered, and when each stage was left (the next event's time).
    const QList<StageInfo> &pipeline = app.opening->pipeline;
    qsizetype furthest = 0;
    for (const EventRow &ev : m_events) {
        for (qsizetype i = furthest + 1; i < pipeline.size(); ++i) {
            if (pipeline.at(i).id == ev.to)
                furthest = i;
        }
    }
    const bool exited = app.status == ApplicationStatus::Rejected || app.status == ApplicationStatus::Withdrawn;
    const BulkValue exitedFrom = exited && !m_events.empty() && m_events.back().from ? BulkValue(m_events.back().from) : BulkValue();
    if (Error e = insert(m_applicationSql, {app.id, candidateId, app.opening->id, app.stageId, status, *app.reason, app.appliedAt,
                                            app.stageEnteredAt, qint64(m_events.size()), app.stageEnteredAt, qint64(match.score),
                                            qint64(match.missingMustHaves), pipeline.at(furthest).id, exitedFrom, source, referrer}))
        return e;
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        const EventRow &ev = m_events.at(i);
        const bool left = i + 1 < m_events.size();
        const BulkValue leftAt = left ? BulkValue(m_events.at(i + 1).at) : BulkValue();
        const BulkValue stay = left ? BulkValue((m_events.at(i + 1).at - ev.at) / 3600) : BulkValue();
        if (Error e = insert(m_eventSql, {m_nextEvent++, app.id, ev.at, ev.from ? BulkValue(ev.from) : BulkValue(), ev.to, *ev.actor, *ev.reason,
                                          leftAt, stay}))
            return e;
    }
    m_summary.stageEvents += qint64(m_events.size());
    const OpeningInfo &o = *app.opening;
    for (const InterviewRow &iv : m_interviews) {
        if (Error e = insert(m_interviewSql, {iv.id, app.id, iv.stageId, *iv.title, iv.startsAt, qint64(iv.duration), m_london,
                                              m_rooms.at(iv.location), iv.completed ? m_completed : m_scheduled,
                                              QString(m_uidPrefix + QString::number(iv.id) + QStringLiteral("@shortlist")), iv.createdAt}))
            return e;
        for (std::size_t p = 0; p < std::size_t(iv.panelSize); ++p) {
            const qint64 personId = m_words.people.at(iv.panel.at(p)).id;
            if (Error e = insert(m_panelSql, {iv.id, personId}))
                return e;
            for (std::size_t f = 0; f < std::size_t(iv.focusCount.at(p)); ++f) {
                if (Error e = insert(m_focusSql, {iv.id, personId, o.competencyIds.at(iv.focus.at(p).at(f))}))
                    return e;
            }
        }
        if (!iv.completed)
            continue;
        // Where the candidate still waits in this stage after a recent
        // interview, every fourth panelist has not sent a scorecard yet, so
        // the overdue list has something real to show (no dice drawn: the
        // rest of the data stays as the seed makes it).
        const bool waiting = app.status == ApplicationStatus::Active && app.stageId == iv.stageId
                             && iv.startsAt + iv.duration * 60 > m_asOf - 7 * 24 * hour;
        for (std::size_t p = 0; p < std::size_t(iv.panelSize); ++p) {
            if (waiting && (iv.id + qint64(p)) % 4 == 0)
                continue;
            const qint64 personId = m_words.people.at(iv.panel.at(p)).id;
            const qint64 scorecardId = m_nextScorecard++;
            const std::size_t overall = std::size_t(iv.overall.at(p));
            if (Error e = insert(m_scorecardSql, {scorecardId, iv.id, personId, m_submitted, m_overallCodes.at(overall),
                                                  m_overallSummaries.at(overall), iv.submittedAt.at(p), iv.submittedAt.at(p)}))
                return e;
            for (std::size_t f = 0; f < std::size_t(iv.focusCount.at(p)); ++f) {
                const int competency = iv.focus.at(p).at(f);
                const int rating = iv.rating.at(p).at(f);
                if (Error e = insert(m_ratingSql, {scorecardId, o.competencyIds.at(competency), rating ? BulkValue(qint64(rating)) : BulkValue(),
                                                   qint64(rating ? 0 : 1), o.evidence.at(competency).at(std::size_t(rating))}))
                    return e;
            }
            ++m_summary.scorecards;
        }
    }
    m_summary.interviews += qint64(m_interviews.size());
    ++m_summary.applications;
    if (app.status == ApplicationStatus::Hired)
        ++m_summary.hires;
    return {};
}

Error Generator::candidate(qint64 id)
{
    const Wordlists &w = m_words;
    const Culture &culture = w.cultures.at(m_dice.below(w.cultures.size()));
    const int given = m_dice.below(culture.given.size());
    const int family = m_dice.below(culture.family.size());
    const QString name = culture.given.at(given) + QLatin1Char(' ') + culture.family.at(family);
    const QString &domain = w.emailDomains.at(m_dice.below(w.emailDomains.size()));
    const QString email = culture.givenEmail.at(given) + QLatin1Char('.') + culture.familyEmail.at(family) + QLatin1Char('.')
                          + QString::number(id) + QLatin1Char('@') + domain;
    const Location &location = w.locations.at(m_dice.below(w.locations.size()));
    QString phone;
    {
        const int a = m_dice.below(1000);
        const int b = m_dice.below(1000);
        const int c = m_dice.below(10000);
        if (location.callingCode == QLatin1String("+44"))
            phone = QString::asprintf("+44 7700 900%03d", a);  // Ofcom's range for drama
        else if (location.callingCode == QLatin1String("+1"))
            phone = QString::asprintf("+1 %03d 555 01%02d", location.areaCode, (a + b) % 100);  // 555-01xx: fictional
        else
            phone = location.callingCode + QString::asprintf(" %03d %03d %04d", 100 + a % 900, b, c);
    }
    const QString &title = w.titles.at(m_dice.below(w.titles.size()));
    const QString &company = w.companies.at(m_dice.below(w.companies.size()));

    // Years of experience: mostly 5-15, a tail up to 25.
    double yearsRaw = 10 + 18 * (m_dice.bell3() - 0.5);
    if (m_dice.chance(0.10))
        yearsRaw += m_dice.between(3, 10);
    const int years = int(std::clamp<qint64>(roundHalfUp(yearsRaw), 2, 25));

    const double pick = m_dice.uniform();
    const int first = pick < bigDataShare ? 0 : pick < bigDataShare + cloudShare ? 1 : 2;
    const OpeningInfo &opening = m_openings.at(first);

    // Latent fit decides which requirements the CV covers.
    const double fit = 0.15 + 0.8 * m_dice.triangular();
    QStringList skills;
    for (const RequirementInfo &r : opening.requirements) {
        // Applicants mostly cover the advertised must-haves; fit decides how well.
        const double cover = r.mustHave ? std::sqrt(fit) : fit;
        const double p = r.minYears > years ? cover * 0.4 : cover;
        if (!m_dice.chance(p))
            continue;
        const int n = int(r.keywords.size());
        const int k1 = m_dice.below(n);
        skills << r.keywords.at(k1);
        if (n > 1 && m_dice.chance(0.5)) {
            const int k2 = (k1 + 1 + m_dice.below(n - 1)) % n;
            if (!skills.contains(r.keywords.at(k2)))
                skills << r.keywords.at(k2);
        }
    }
    const int unrelated = m_dice.between(2, 6);
    for (int i = 0; i < unrelated; ++i) {
        const QString &s = opening.unrelatedSkills.at(m_dice.below(opening.unrelatedSkills.size()));
        if (!skills.contains(s))
            skills << s;
    }

    int sourceIndex = 0;
    {
        int r = m_dice.below(w.sourceWeightTotal);
        while (r >= w.sources.at(sourceIndex).weight) {
            r -= w.sources.at(sourceIndex).weight;
            ++sourceIndex;
        }
    }
    const Source &source = w.sources.at(sourceIndex);
    const QString &referrer = source.name == referralSource ? w.people.at(m_dice.below(w.people.size())).name : m_empty;

    // Latent quality: fit, seniority and the unobserved rest.
    // Stretched around the middle so that panels see clear yes and no candidates too.
    const double z = m_dice.triangular();
    const double raw = 0.5 * fit + 0.25 * (std::min(years, 16) / 16.0) + 0.35 * z - 0.1;
    const double quality = clamp01(0.5 + 1.5 * (raw - 0.5));

    const qint64 appliedAt = m_asOf - 1 - m_dice.below(qint64(historyDays) * day);
    const int recruiter = m_recruiters.at(m_dice.below(m_recruiters.size()));

    if (Error e = insert(m_candidateSql, {id, name, foldText(name), email, phone, location.name, title, company, qint64(years),
                                          skills.join(QLatin1Char('\n')), source.name, referrer, DuplicateRepository::emailKey(email),
                                          DuplicateRepository::phoneKey(phone), DuplicateRepository::companyKey(company), appliedAt, appliedAt}))
        return e;

    m_profile.yearsExperience = years;
    m_profile.skills = skills;
    bool silver = false;
    AppState app;
    app.id = m_nextApplication++;
    app.opening = &opening;
    app.appliedAt = appliedAt;
    simulate(app, quality, source.sqrtQuality, recruiter);
    silver = app.lateRejection;
    if (Error e = emitApplication(app, id, source.name, referrer))
        return e;

    if (m_dice.chance(secondApplicationRate)) {
        const double share1 = first == 0 ? cloudShare : bigDataShare;
        const double share2 = first == 2 ? cloudShare : 1 - bigDataShare - cloudShare;
        const int other1 = first == 0 ? 1 : 0;
        const int other2 = first == 2 ? 1 : 2;
        const int second = m_dice.uniform() * (share1 + share2) < share1 ? other1 : other2;
        const double jitter = m_dice.uniform();
        const qint64 gap = m_dice.below(m_asOf - appliedAt);
        AppState app2;
        app2.id = m_nextApplication++;
        app2.opening = &m_openings.at(second);
        app2.appliedAt = appliedAt + gap;
        simulate(app2, clamp01(quality + 0.2 * (jitter - 0.5)), source.sqrtQuality, recruiter);
        silver = silver || app2.lateRejection;
        if (Error e = emitApplication(app2, id, source.name, referrer))
            return e;
    }

    // Tags, in tag-id order.
    const bool abroad = location.country != QLatin1String("United Kingdom");
    const std::array<bool, 6> tags{
        silver,
        abroad && m_dice.chance(0.35),
        abroad && m_dice.chance(0.08),
        m_dice.chance(0.06),
        m_dice.chance(0.03),
        m_dice.chance(0.02),
    };
    for (std::size_t t = 0; t < tags.size(); ++t) {
        if (tags.at(t)) {
            if (Error e = insert(m_tagSql, {id, qint64(t + 1)}))
                return e;
        }
    }
    ++m_summary.candidates;
    return {};
}

Error cancelled()
{
    return makeError(ErrorCode::Invalid, DemoGenerator::tr("Creating the demo database was cancelled; the partly written file was removed."));
}

Error Generator::run(Database &db, DemoSummary &summary)
{
    SqlQuery q(db);
    // A brand-new file that is deleted on failure: a rollback journal (almost
    // empty for a new file) instead of writing every page twice through the
    // WAL, and no fsync until the end.
    for (const char *pragma : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = OFF", "PRAGMA cache_size = -65536",
                               "PRAGMA temp_store = MEMORY"}) {
        if (!q.exec(QLatin1String(pragma)))
            return q.error();
    }
    m_db = &db;
    m_loader = std::make_unique<BulkLoader>(db);
    if (Error e = m_loader->begin())
        return e;
    if (Error e = setUp())
        return e;

    const qint64 total = m_options.candidates;
    const qint64 step = std::max<qint64>(1, total / 100);
    m_events.reserve(16);
    m_interviews.reserve(8);
    m_row.reserve(16);
    for (qint64 id = 1; id <= total; ++id) {
        if (m_options.progress && (id - 1) % step == 0 && !m_options.progress(id - 1, total))
            return cancelled();
        if (Error e = candidate(id))
            return e;
    }
    if (m_options.progress && !m_options.progress(total, total))
        return cancelled();

    const int audit = m_loader->prepare(QStringLiteral(
        "INSERT INTO audit_log (id, at, actor, action, entity, entity_id, detail) VALUES (1, ?, ?, 'demo-generate', 'database', NULL, ?)"));
    if (Error e = insert(audit, {m_asOf, demoActor, QStringLiteral("candidates=%1 seed=%2").arg(total).arg(m_options.seed)}))
        return e;
    // Every application was written with its score.
    if (Error e = MatchRepository(*m_db).markCurrent())
        return e;
    // Every candidate was written with its duplicate keys.
    if (Error e = DuplicateRepository(*m_db).markKeysCurrent())
        return e;
    // A year of history fills more than the template's headcount: the demo
    // openings are evergreen roles that hired this many and still have the
    // template's number of places open.
    for (const OpeningInfo &o : std::as_const(m_openings)) {
        SqlQuery headcount(*m_db);
        headcount.prepare(QStringLiteral("UPDATE openings SET headcount = headcount + "
                                         "(SELECT count(*) FROM applications a WHERE a.opening_id = openings.id AND a.status = 'hired') WHERE id = ?"));
        headcount.bind(o.id);
        if (!headcount.exec())
            return headcount.error();
    }
    if (Error e = m_loader->finish())
        return e;
    m_loader.reset();
    for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
        if (!q.exec(QLatin1String(pragma)))
            return q.error();
    }
    summary = m_summary;
    return {};
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

Result<DemoSummary> DemoGenerator::generate(const QString &path, const DemoOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (path.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a file name for the demo database."));
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Invalid, tr("%1 already exists. The demo database is always a new file: choose another name, "
                                                "or move the existing file away first.").arg(shown));
    if (options.candidates < 0 || options.candidates > 10'000'000)
        return makeError(ErrorCode::Invalid, tr("The number of demo candidates must be between 0 and 10,000,000."));

    Result<Wordlists> words = loadWordlists();
    if (!words)
        return words.error();

    DemoSummary summary;
    Error error;
    {
        OpenOptions open;
        open.mode = OpenOptions::Mode::CreateIfMissing;
        open.actor = demoActor;
        Result<std::unique_ptr<Database>> db = Database::openSqlite(path, open);
        if (!db) {
            error = db.error();
        } else {
            Generator generator(options, std::move(words).value());
            error = generator.run(**db, summary);
        }
        // The generator (and its bulk loader) is gone here; the connection closes with db.
    }
    if (error) {
        removeDatabaseFiles(path);
        return error;
    }
    summary.seconds = double(timer.nsecsElapsed()) / 1e9;
    return summary;
}

} // namespace shortlist
