#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QCoreApplication>

#include <functional>

namespace shortlist {

class Database;

class OpeningRepository {
    Q_DECLARE_TR_FUNCTIONS(OpeningRepository)

public:
    explicit OpeningRepository(Database &db) : m_db(db) {}

    // Inserts the opening with its stage plan, rating scale, requirements and
    // competencies (ids in `opening` are ignored). One transaction.
    Result<qint64> create(const Opening &opening);
    // The inserts behind create(), without a transaction or audit entry of
    // their own: for bulk loads (the demo) that run in one transaction and are
    // audited as one batch. `createdAt` stamps the row.
    Result<qint64> insert(const Opening &opening, qint64 createdAt);
    Result<Opening> load(qint64 id) const;
    // Only the id, title and stage plan: what stage moves need.
    Result<Opening> loadStagePlan(qint64 id) const;
    // Title, team, location, headcount, manager, status, dates, description.
    // Refused with ErrorCode::Stale when opening.version is not the stored one.
    Result<int> updateDetails(const Opening &opening);
    // Replaces the opening's requirements and rescores its applications, in one
    // transaction. Stale like updateDetails(). `progress` as MatchRepository's.
    Result<int> updateRequirements(qint64 openingId, int expectedVersion, const QList<Requirement> &requirements,
                                   const std::function<bool(qint64, qint64)> &progress = {});
    static Error validateRequirements(const QList<Requirement> &requirements);
    Result<QList<OpeningSummary>> summaries() const;
    // Every opening's id and title, in id order (no counting).
    Result<QList<QPair<qint64, QString>>> titles() const;
    Result<std::optional<qint64>> findByTitle(const QString &title) const;

private:
    Error readStages(qint64 openingId, QList<Stage> &stages) const;
    Database &m_db;
};

} // namespace shortlist
