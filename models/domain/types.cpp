#include "types.h"

#include <QCoreApplication>

namespace shortlist {

namespace {

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::array<const char *, N> &codes, const QString &code)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (code == QLatin1String(codes[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

constexpr std::array<const char *, 7> stageCategoryCodes{"applied", "screen", "interview", "offer", "hired", "rejected", "withdrawn"};
constexpr std::array<const char *, 4> openingStatusCodes{"open", "on_hold", "filled", "closed"};
constexpr std::array<const char *, 4> applicationStatusCodes{"active", "rejected", "withdrawn", "hired"};
constexpr std::array<const char *, 4> personRoleCodes{"hiring_manager", "recruiter", "interviewer", "coordinator"};

// Gives lupdate a context for the display names.
struct Domain {
    Q_DECLARE_TR_FUNCTIONS(Domain)
};

} // namespace

QString toCode(StageCategory v) { return QLatin1String(stageCategoryCodes.at(std::size_t(v))); }
QString toCode(OpeningStatus v) { return QLatin1String(openingStatusCodes.at(std::size_t(v))); }
QString toCode(ApplicationStatus v) { return QLatin1String(applicationStatusCodes.at(std::size_t(v))); }
QString toCode(PersonRole v) { return QLatin1String(personRoleCodes.at(std::size_t(v))); }

std::optional<StageCategory> stageCategoryFromCode(const QString &code) { return fromCode<StageCategory>(stageCategoryCodes, code); }
std::optional<OpeningStatus> openingStatusFromCode(const QString &code) { return fromCode<OpeningStatus>(openingStatusCodes, code); }
std::optional<ApplicationStatus> applicationStatusFromCode(const QString &code) { return fromCode<ApplicationStatus>(applicationStatusCodes, code); }
std::optional<PersonRole> personRoleFromCode(const QString &code) { return fromCode<PersonRole>(personRoleCodes, code); }

QString displayName(StageCategory v)
{
    switch (v) {
    case StageCategory::Applied: return Domain::tr("Applied");
    case StageCategory::Screen: return Domain::tr("Screen");
    case StageCategory::Interview: return Domain::tr("Interview");
    case StageCategory::Offer: return Domain::tr("Offer");
    case StageCategory::Hired: return Domain::tr("Hired");
    case StageCategory::Rejected: return Domain::tr("Rejected");
    case StageCategory::Withdrawn: return Domain::tr("Withdrawn");
    }
    return {};
}

QString displayName(OpeningStatus v)
{
    switch (v) {
    case OpeningStatus::Open: return Domain::tr("Open");
    case OpeningStatus::OnHold: return Domain::tr("On hold");
    case OpeningStatus::Filled: return Domain::tr("Filled");
    case OpeningStatus::Closed: return Domain::tr("Closed");
    }
    return {};
}

QString displayName(ApplicationStatus v)
{
    switch (v) {
    case ApplicationStatus::Active: return Domain::tr("Active");
    case ApplicationStatus::Rejected: return Domain::tr("Rejected");
    case ApplicationStatus::Withdrawn: return Domain::tr("Withdrawn");
    case ApplicationStatus::Hired: return Domain::tr("Hired");
    }
    return {};
}

QString displayName(PersonRole v)
{
    switch (v) {
    case PersonRole::HiringManager: return Domain::tr("Hiring manager");
    case PersonRole::Recruiter: return Domain::tr("Recruiter");
    case PersonRole::Interviewer: return Domain::tr("Interviewer");
    case PersonRole::Coordinator: return Domain::tr("Coordinator");
    }
    return {};
}

const Stage *Opening::stage(qint64 stageId) const
{
    for (const Stage &s : stages) {
        if (s.id == stageId)
            return &s;
    }
    return nullptr;
}

const Stage *Opening::firstStage(StageCategory category) const
{
    for (const Stage &s : stages) {
        if (s.category == category)
            return &s;
    }
    return nullptr;
}

const Stage *Opening::nextStage(qint64 stageId) const
{
    for (qsizetype i = 0; i + 1 < stages.size(); ++i) {
        if (stages.at(i).id == stageId && !isExit(stages.at(i + 1).category))
            return &stages.at(i + 1);
    }
    return nullptr;
}

qint64 daysInStage(const ApplicationRow &row, qint64 now)
{
    return qMax<qint64>(0, (now - row.stageEnteredAt) / 86400);
}

bool isStalled(const ApplicationRow &row, qint64 now)
{
    // Longer than the limit, to the second: the same test as the metrics' SQL
    // (7 days and 5 hours in a 7-day stage is stalled, though "7 days" shows).
    return row.status == ApplicationStatus::Active && row.stallDays > 0 && now - row.stageEnteredAt > qint64(row.stallDays) * 86400;
}

} // namespace shortlist
