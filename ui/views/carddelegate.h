#pragma once

#include <QStyledItemDelegate>

namespace shortlist {

// Paints an application as a board card: name and match score, current
// title, years and days in stage (highlighted past the stage's stall limit),
// and the scorecard summary once interviews exist. Every card has the same
// height so the list never measures rows it does not show.
class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit CardDelegate(QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // "Now" for days in stage; tests pin it.
    void setNow(qint64 secsSinceEpoch) { m_now = secsSinceEpoch; }

    static QColor scoreColor(int score, bool dark);

private:
    qint64 m_now = 0;
};

} // namespace shortlist
