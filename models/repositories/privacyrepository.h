#pragma once

#include "domain/types.h"
#include "domain/validation.h"
#include "storage/error.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace shortlist {

class Database;
class WriteTransaction;

// The legal basis (GDPR Art. 6) for holding a candidate's data, stored as a
// code in candidates.consent_basis.
enum class LegalBasis { Unset, Consent, LegitimateInterest, Contract, LegalObligation };
QString toCode(LegalBasis basis);
// Codes, and the spellings people type ("Legitimate interest", "legitimate-interest").
std::optional<LegalBasis> legalBasisFromCode(const QString &code);
QString displayName(LegalBasis basis);

// Consent and retention of one candidate.
struct ConsentRecord {
    QDate consentOn;          // when consent was given, or the basis recorded
    LegalBasis basis = LegalBasis::Unset;
    QString storedBasis;      // consent_basis as stored (read only: shows an unrecognised text)
    QDate retainUntil;        // keep at least until this day, whatever the retention policy says
    int version = 0;          // the candidate's profile version (optimistic concurrency)
};

// The organisation's retention policy, one per database (meta key
// retention_policy): anonymise candidates whose last activity is older than
// `inactiveMonths`, or whose applications all ended (rejected or withdrawn)
// more than `afterExitMonths` ago. 0 turns a rule off. Never candidates with
// an active application or a retention date in the future; hired candidates
// only with `includeHired` (their file usually moves to the employee record).
struct RetentionPolicy {
    int inactiveMonths = 24;
    int afterExitMonths = 24;
    bool includeHired = false;
    friend bool operator==(const RetentionPolicy &, const RetentionPolicy &) = default;
};

enum class RetentionReason { Inactive, AfterExit };

// A candidate the policy would anonymise.
struct RetentionCandidate {
    qint64 candidateId = 0;
    QString name;
    qint64 lastActivity = 0;   // UTC seconds: the latest profile edit, move, note, interview, scorecard or decision
    std::optional<qint64> exitedAt;   // when the last application ended, if all did
    RetentionReason reason = RetentionReason::Inactive;
};

// What an anonymisation, erasure or retention run did.
struct PrivacyResult {
    QList<qint64> candidateIds;       // anonymised or erased, in order
    // The storage still holds old page images: another connection was reading.
    // Retry with purgeStorage() once it is closed. Never set on PostgreSQL.
    bool storagePurgePending = false;
    qsizetype count() const { return candidateIds.size(); }
};

// Everything held about one candidate beyond what other repositories read
// (subject access): what the audit log says about them and their attachments.
struct AttachmentInfo {
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    qint64 addedAt = 0;
    QByteArray sha256;        // hex
};

struct CandidateRecordTimes {
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

// Per-candidate consent and retention; the database's retention policy;
// anonymisation and erasure that leave no trace of the personal data in the
// database, its search index or (on SQLite) its files; and the reads a
// subject access export needs. Every write is one audited transaction; the
// audit log records that personal data was removed, never the data.
class PrivacyRepository {
    Q_DECLARE_TR_FUNCTIONS(PrivacyRepository)

public:
    explicit PrivacyRepository(Database &db) : m_db(db) {}

    // ------------------------------------------------ consent and retention
    Result<ConsentRecord> consent(qint64 candidateId) const;
    // Refused with ErrorCode::Invalid (the first problem's message) or Stale
    // (record.version is not the stored one). Returns the new profile version.
    Result<int> setConsent(qint64 candidateId, const ConsentRecord &record, const QDate &today = {});
    static QList<FieldError> validate(const ConsentRecord &record, const QDate &today);

    // ------------------------------------------------ retention policy
    Result<RetentionPolicy> policy() const;          // the stored one, or the default
    Error setPolicy(const RetentionPolicy &policy);  // validated, audited
    static QList<FieldError> validate(const RetentionPolicy &policy);
    // Who the policy would anonymise at `now` (UTC seconds), oldest activity first.
    Result<QList<RetentionCandidate>> preview(const RetentionPolicy &policy, qint64 now) const;
    // How many preview(policy, now) would list, without listing them (the
    // reminder when a database opens).
    Result<qint64> countDue(const RetentionPolicy &policy, qint64 now) const;
    // The query behind both (id, name, last activity, exited at, all ended),
    // or an empty fragment when the policy has no rule (benchmark baselines).
    SqlFragment dueQuery(const RetentionPolicy &policy, qint64 now) const;
    // Anonymises exactly preview(policy, now)'s candidates in one write
    // transaction, audited as one run, and records the run.
    Result<PrivacyResult> apply(const RetentionPolicy &policy, qint64 now, const QString &actor);
    Result<std::optional<qint64>> lastRun() const;   // UTC seconds
    // A run is due when none was recorded or the last is older than reminderDays.
    Result<bool> isDue(qint64 now) const;
    static constexpr int reminderDays = 30;

    // ------------------------------------------------ anonymisation and erasure
    // Keeps the statistics, removes the identity (see privacyrepository.cpp
    // for each column and why). Refused, with nothing written, when a
    // candidate does not exist or still has an active application; already
    // anonymised candidates are passed over. `reason` goes to the audit log:
    // a category ("candidate request"), not a narrative.
    Result<PrivacyResult> anonymise(const QList<qint64> &candidateIds, const QString &actor, const QString &reason);
    // Deletes every row about the candidate (the audit log keeps, by id, that
    // they were erased and what was done to their records, with any free text
    // taken out).
    Result<PrivacyResult> erase(qint64 candidateId, const QString &actor);
    // Retries the storage purge after an anonymisation or erasure whose
    // storagePurgePending was set. True when done.
    Result<bool> purgeStorage();

    // "Anonymised C-7KQ2MX9P": the name an anonymised candidate keeps.
    static QString anonymisedName(const QString &databaseId, qint64 candidateId);
    Result<bool> isAnonymised(qint64 candidateId) const;

    // ------------------------------------------------ subject access
    Result<CandidateRecordTimes> recordTimes(qint64 candidateId) const;
    // Audit entries about the candidate, their applications, notes,
    // interviews and scorecards, oldest first.
    Result<QList<AuditEntry>> auditAbout(qint64 candidateId) const;
    Result<QList<AttachmentInfo>> attachments(qint64 candidateId) const;
    Result<QByteArray> attachmentContent(qint64 attachmentId) const;

private:
    struct Context;
    // The database id, actor and time every anonymise/erase run starts from.
    Error startContext(Context &context, const QString &actor) const;
    Result<QList<RetentionCandidate>> candidatesDue(const RetentionPolicy &policy, qint64 now) const;

    Error anonymiseOne(qint64 candidateId, Context &context);
    Error collectEntities(qint64 candidateId, Context &context) const;
    Error removeUniqueTags(qint64 candidateId, Context &context);
    Error scrubAudit(Context &context);
    Error appendAudit(const QString &actor, const QString &action, const QString &entity, std::optional<qint64> entityId,
                      const QString &detail);
    Result<bool> sharedValue(const QString &sql, const QString &value, qint64 candidateId) const;
    // In the removal's transaction: drops what derived structures hold of the
    // removed data, commits, then purges storage (finish).
    Result<PrivacyResult> commitRemoval(WriteTransaction &tx, const PrivacyResult &result);
    Result<PrivacyResult> finish(PrivacyResult result);
    Database &m_db;
};

QString displayName(RetentionReason reason);

} // namespace shortlist
