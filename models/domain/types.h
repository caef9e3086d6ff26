#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace shortlist {

// Canonical reporting funnel; every opening's stage maps to one of these.
enum class StageCategory { Applied, Screen, Interview, Offer, Hired, Rejected, Withdrawn };
enum class OpeningStatus { Open, OnHold, Filled, Closed };
enum class ApplicationStatus { Active, Rejected, Withdrawn, Hired };
enum class PersonRole { HiringManager, Recruiter, Interviewer, Coordinator };

// Stable text codes used in the database, templates and files.
QString toCode(StageCategory value);
QString toCode(OpeningStatus value);
QString toCode(ApplicationStatus value);
QString toCode(PersonRole value);
std::optional<StageCategory> stageCategoryFromCode(const QString &code);
std::optional<OpeningStatus> openingStatusFromCode(const QString &code);
std::optional<ApplicationStatus> applicationStatusFromCode(const QString &code);
std::optional<PersonRole> personRoleFromCode(const QString &code);

// User-facing, translated names.
QString displayName(StageCategory value);
QString displayName(OpeningStatus value);
QString displayName(ApplicationStatus value);
QString displayName(PersonRole value);

constexpr int pipelineCategoryCount = 5;  // applied .. hired
constexpr bool isExit(StageCategory c) { return c == StageCategory::Rejected || c == StageCategory::Withdrawn; }

struct Person {
    qint64 id = 0;
    QString name;
    QString email;
    PersonRole role = PersonRole::Interviewer;
    QString title;
};

struct Stage {
    qint64 id = 0;
    int position = 0;
    QString name;
    StageCategory category = StageCategory::Applied;
    int stallDays = 0;
};

struct Requirement {
    qint64 id = 0;
    QString skill;
    QString detail;
    int weight = 1;
    bool mustHave = false;
    int minYears = 0;
    QStringList keywords;
};

struct Competency {
    qint64 id = 0;
    QString name;
    QString description;
    double weight = 1.0;
    std::array<QString, 4> levels;  // behaviour at level 1..4
};

struct Opening {
    qint64 id = 0;
    QString title;
    QString team;
    QString location;
    int headcount = 1;
    std::optional<qint64> hiringManagerId;
    OpeningStatus status = OpeningStatus::Open;
    QDate createdOn;
    QDate targetOn;
    QString description;
    QString templateKey;
    int version = 0;
    std::array<QString, 4> ratingLevels;
    QList<Stage> stages;          // pipeline order, exits last
    QList<Requirement> requirements;
    QList<Competency> competencies;

    const Stage *stage(qint64 stageId) const;
    const Stage *firstStage(StageCategory category) const;
    const Stage *nextStage(qint64 stageId) const;  // next pipeline stage, or nullptr
};

struct OpeningSummary {
    qint64 id = 0;
    QString title;
    int headcount = 1;
    OpeningStatus status = OpeningStatus::Open;
    std::array<int, pipelineCategoryCount> activeByCategory{};  // active applications per canonical stage
    int hired = 0;
    int total = 0;
};

struct Candidate {
    qint64 id = 0;
    QString name;
    QString email;
    QString phone;
    QString location;
    QString currentTitle;
    QString currentCompany;
    std::optional<int> yearsExperience;
    QStringList skills;
    QString source;
    QString referrer;
    QStringList links;
    QStringList tags;
    QDate consentOn;
    QString consentBasis;
    QDate retainUntil;
    int version = 0;
};

struct Application {
    qint64 id = 0;
    qint64 candidateId = 0;
    qint64 openingId = 0;
    qint64 stageId = 0;
    ApplicationStatus status = ApplicationStatus::Active;
    QString rejectionReason;
    qint64 appliedAt = 0;       // UTC seconds
    qint64 stageEnteredAt = 0;  // UTC seconds
    int version = 0;
};

// One row of an opening's application table.
struct ApplicationRow {
    qint64 applicationId = 0;
    qint64 candidateId = 0;
    QString name;
    QString stageName;
    StageCategory category = StageCategory::Applied;
    ApplicationStatus status = ApplicationStatus::Active;
    qint64 stageEnteredAt = 0;
    std::optional<int> yearsExperience;
    QString source;
    qint64 appliedAt = 0;
    qint64 stageId = 0;
    QString currentTitle;
    int stallDays = 0;                 // the stage's limit; 0 = none
    std::optional<int> matchScore;     // none while the opening has no requirements
    int missingMustHaves = 0;
    int scorecardsSubmitted = 0;       // latest revision per interviewer
    int scorecardsPositive = 0;        // of those, yes or strong yes
};

// Active and longer in its stage than the stage's stall limit ("Stalled" in product.md).
bool isStalled(const ApplicationRow &row, qint64 now);
// Whole days since the application entered its stage.
qint64 daysInStage(const ApplicationRow &row, qint64 now);

struct StageEvent {
    qint64 id = 0;
    qint64 applicationId = 0;
    qint64 at = 0;
    std::optional<qint64> fromStageId;
    qint64 toStageId = 0;
    QString fromStageName;
    QString toStageName;
    QString openingTitle;
    QString actor;
    QString reason;
};

// One line of a candidate's history: a move, a note, an interview or a
// submitted scorecard, across all their applications.
struct TimelineEntry {
    enum class Kind { Applied, Move, Note, Interview, Scorecard };
    Kind kind = Kind::Move;
    qint64 at = 0;
    qint64 id = 0;             // row id in its own table
    QString openingTitle;
    QString actor;             // who moved, wrote, or interviewed
    QString from;              // Move: previous stage; Interview: stage; Scorecard: recommendation code
    QString to;                // Move/Applied: new stage; Interview: status code; Scorecard: revision
    QString text;              // reason, note body, interview title
};

struct AuditEntry {
    qint64 id = 0;
    qint64 at = 0;
    QString actor;
    QString action;
    QString entity;
    std::optional<qint64> entityId;
    QString detail;
};

} // namespace shortlist
