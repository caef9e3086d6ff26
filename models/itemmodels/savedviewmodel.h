#pragma once

#include "repositories/savedviewrepository.h"
#include "storage/error.h"

#include <QAbstractListModel>

namespace shortlist {

class Database;

// The saved views offered for the open opening (its own and those for every
// opening), by name. Names are editable in place; a rename goes through the
// repository and a refused one is reported by renameFailed.
class SavedViewModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { ViewIdRole = Qt::UserRole + 1 };

    explicit SavedViewModel(QObject *parent = nullptr);

    Error setDatabase(Database *db);
    // 0 = no opening: only the views for every opening.
    Error setOpening(qint64 openingId);
    qint64 openingId() const { return m_openingId; }
    // Views whose definition cannot be read are left out; the first such
    // problem is returned and reported by loadFailed.
    Error reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // nullptr when out of range.
    const SavedView *view(int row) const;
    int rowOf(qint64 viewId) const;

    // "Search “kafka” · Stage is Offer · sorted by Match score, highest first".
    static QString describe(const SavedView &view);
    static QString displayName(ApplicationSort sort);

Q_SIGNALS:
    void renameFailed(const QString &message);
    void loadFailed(const QString &message);

private:
    Database *m_db = nullptr;
    qint64 m_openingId = 0;
    QList<SavedView> m_views;
};

} // namespace shortlist
