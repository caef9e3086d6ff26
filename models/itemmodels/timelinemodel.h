#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QAbstractListModel>

namespace shortlist {

class Database;

// A candidate's history across all their applications, oldest first: moves,
// notes, interviews and submitted scorecards.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { EntryIdRole = Qt::UserRole + 1, AtRole, KindRole };

    explicit TimelineModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    Error setCandidate(qint64 candidateId);
    qint64 candidateId() const { return m_candidateId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const TimelineEntry &entry(int row) const { return m_entries.at(row); }

private:
    Database *m_db = nullptr;
    qint64 m_candidateId = 0;
    QList<TimelineEntry> m_entries;
};

} // namespace shortlist
