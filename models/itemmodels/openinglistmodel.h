#pragma once

#include "domain/types.h"
#include "storage/error.h"

#include <QAbstractTableModel>

namespace shortlist {

class Database;

// Openings with headcount and active applications per canonical stage.
class OpeningListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Title, Headcount, Applied, Screen, Interview, Offer, Hired, ColumnCount };
    enum Role { OpeningIdRole = Qt::UserRole + 1, StatusRole };

    explicit OpeningListModel(QObject *parent = nullptr);

    Error setDatabase(Database *db);
    Error reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const OpeningSummary &summary(int row) const { return m_rows.at(row); }
    int rowOf(qint64 openingId) const;

private:
    Database *m_db = nullptr;
    QList<OpeningSummary> m_rows;
};

} // namespace shortlist
