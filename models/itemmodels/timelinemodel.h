#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QAbstractListModel>

namespace shortlist {

class Database;

// A candidate's stage moves across all their applications, oldest first.
class TimelineModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { EventIdRole = Qt::UserRole + 1, AtRole };

    explicit TimelineModel(QObject *parent = nullptr);

    void setDatabase(Database *db);
    Error setCandidate(qint64 candidateId);
    qint64 candidateId() const { return m_candidateId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    const StageEvent &event(int row) const { return m_events.at(row); }

private:
    Database *m_db = nullptr;
    qint64 m_candidateId = 0;
    QList<StageEvent> m_events;
};

} // namespace shortlist
