#pragma once

#include "storage/error.h"

#include <QCoreApplication>
#include <QStringList>

namespace shortlist {

class Database;

// Tags shared by candidates. Bulk changes report exactly which candidates
// they changed, so undo removes or restores those and no others.
class TagRepository {
    Q_DECLARE_TR_FUNCTIONS(TagRepository)

public:
    explicit TagRepository(Database &db) : m_db(db) {}

    Result<QStringList> names() const;
    // Adds `tag` to every listed candidate that lacks it; returns those candidates.
    // Their profile version is raised, so a profile edited meanwhile cannot
    // silently drop the tag. One transaction, audited.
    Result<QList<qint64>> addToCandidates(const QList<qint64> &candidateIds, const QString &tag);
    // Removes `tag` where present; returns the candidates that had it.
    Result<QList<qint64>> removeFromCandidates(const QList<qint64> &candidateIds, const QString &tag);

private:
    Database &m_db;
};

} // namespace shortlist
