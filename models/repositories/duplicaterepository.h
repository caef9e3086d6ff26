#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QVariantList>

#include <functional>

namespace shortlist {

class Database;

// Another candidate who may be the same person.
struct DuplicateMatch {
    // Strongest first: an email or a phone number identifies a person; a name
    // at the same company only suggests one.
    enum class Reason { SameEmail, SamePhone, SameNameAndCompany };

    qint64 candidateId = 0;
    QString name, email, phone, currentTitle, currentCompany;
    Reason reason = Reason::SameEmail;
};

// One table row exactly as stored, column by column, so that undo can write it
// back unchanged.
struct StoredRow {
    QStringList columns;
    QVariantList values;

    QVariant value(const QString &column) const;
};

// A merged candidate's application for an opening the kept candidate had also
// applied to: its history moved to the kept candidate's application and the
// row itself was deleted.
struct FoldedApplication {
    StoredRow row;
    qint64 intoApplicationId = 0;
    QList<qint64> stageEventIds;
    QList<qint64> interviewIds;  // their panel, focus and scorecards follow them
    QList<qint64> noteIds;
};

// Everything unmerge() needs to put both candidates back as they were.
struct MergeRecord {
    qint64 keepId = 0;
    qint64 mergeId = 0;
    StoredRow merged;        // the merged candidate's row
    StoredRow keptBefore;    // the kept candidate's row before the merge
    int keptVersionAfter = 0;
    QList<qint64> mergedTagIds;   // every tag of the merged candidate
    QList<qint64> addedTagIds;    // of those, the ones the kept candidate gained
    QList<qint64> movedApplicationIds;
    QList<FoldedApplication> foldedApplications;
    QList<qint64> movedNoteIds;
    QList<qint64> movedAttachmentIds;
};

// Finds candidates who are probably the same person and merges them, with an
// exact undo. Lookups go through the duplicate keys that every write of a
// candidate stores (email_key, phone_key, company_key, and sort_name).
class DuplicateRepository {
    Q_DECLARE_TR_FUNCTIONS(DuplicateRepository)

public:
    // Called with (done, total); returning false cancels (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DuplicateRepository(Database &db) : m_db(db) {}

    // The stored keys. Empty keys never match anything.
    static QString emailKey(const QString &email);      // trimmed, lower case
    static QString phoneKey(const QString &phone);      // Validation::normalizedPhone; empty without digits
    static QString companyKey(const QString &company);  // foldText

    static bool isStrong(DuplicateMatch::Reason reason) { return reason != DuplicateMatch::Reason::SameNameAndCompany; }
    // A short, translated explanation for the user ("Same email address").
    static QString describe(DuplicateMatch::Reason reason);

    // Other candidates (never candidate.id) sharing the email key, the phone
    // key, or the folded name together with a non-empty folded company. Each
    // appears once with their strongest reason; strongest first, then by id.
    // At most `limitPerReason` candidates per reason.
    Result<QList<DuplicateMatch>> find(const Candidate &candidate, int limitPerReason = 50) const;
    // The statement behind each reason (parameters: key(s), excluded id,
    // limit), for query-plan checks.
    static QString findSql(DuplicateMatch::Reason reason);

    // Merges candidate `mergeId` into `keepId` in one audited transaction:
    // applications, notes, attachments and tags move to keepId (an application
    // to an opening both applied to folds its history into keepId's), keepId's
    // empty profile fields are filled from mergeId, skills and links are
    // unioned, and mergeId is deleted. keepId's version is raised.
    Result<MergeRecord> merge(qint64 keepId, qint64 mergeId);
    // Exact undo of merge(), keepId's version included. Refused with
    // ErrorCode::Stale, changing nothing, when keepId's version is no longer
    // the one the merge left, mergeId's id was reused, or anything that moved
    // is no longer where the merge left it.
    Error unmerge(const MergeRecord &record);

    // After the upgrade that added the keys (meta duplicate_keys_stale):
    // computes every candidate's keys once and clears the mark. Does nothing
    // when not marked.
    Error refreshKeysIfStale(const Progress &progress = {});
    // For writers that stored every key themselves (the demo generator).
    Error markKeysCurrent();

private:
    Result<StoredRow> readRow(const QString &table, qint64 id) const;
    Error insertRow(const QString &table, const StoredRow &row);
    Error restoreRow(const QString &table, qint64 id, const StoredRow &row);
    Result<QList<qint64>> ids(const QString &sql, const QVariantList &keys) const;
    // Sets `column` from `from` to `to` on the listed rows that still have
    // `from`; returns how many did.
    Result<int> reparent(const QString &table, const QString &column, const QList<qint64> &ids, qint64 from, qint64 to);

    Database &m_db;
};

} // namespace shortlist
