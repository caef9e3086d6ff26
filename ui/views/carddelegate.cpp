#include "carddelegate.h"

#include "domain/types.h"
#include "itemmodels/applicationtablemodel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace shortlist {

namespace {
constexpr int margin = 4;    // around the card
constexpr int padding = 8;   // inside the card
constexpr int lines = 4;
} // namespace

CardDelegate::CardDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {220, 2 * margin + 2 * padding + lines * line + (lines - 1) * 2};
}

QColor CardDelegate::scoreColor(int score, bool dark)
{
    // Blue to orange (colour-blind safe), not red to green.
    if (score >= 70)
        return dark ? QColor(0x5d, 0xa5, 0xda) : QColor(0x1f, 0x5f, 0x99);
    if (score >= 40)
        return dark ? QColor(0xb0, 0xb0, 0xb0) : QColor(0x5f, 0x5f, 0x5f);
    return dark ? QColor(0xf0, 0x9b, 0x4a) : QColor(0xb3, 0x58, 0x06);
}

void CardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const auto *model = qobject_cast<const ApplicationTableModel *>(index.model());
    const ApplicationRow *row = model ? model->row(index.row()) : nullptr;
    if (!row)
        return;
    const qint64 now = m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
    const QPalette &pal = option.palette;
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const bool selected = option.state & QStyle::State_Selected;
    const bool stalled = isStalled(*row, now);
    const QColor warn = dark ? QColor(0xf0, 0x9b, 0x4a) : QColor(0xc0, 0x50, 0x00);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(margin, margin, -margin, -margin);
    QPainterPath path;
    path.addRoundedRect(card, 5, 5);
    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = pal.color(QPalette::Highlight).lighter(dark ? 60 : 185);
    painter->fillPath(path, fill);
    QPen border(stalled ? warn : (selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid)), stalled || selected ? 1.6 : 1.0);
    if (option.state & QStyle::State_HasFocus)
        border.setWidthF(2.2);
    painter->setPen(border);
    painter->drawPath(path);

    const QRect inner = card.toRect().adjusted(padding, padding, -padding, -padding);
    const QFontMetrics fm = option.fontMetrics;
    const int lineHeight = fm.height() + 2;
    QRect line(inner.left(), inner.top(), inner.width(), fm.height());
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    // 1. Name, and the match score on the right.
    QString badge;
    if (row->matchScore)
        badge = row->missingMustHaves > 0 ? QStringLiteral("⚑ %1").arg(*row->matchScore) : QString::number(*row->matchScore);
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int badgeWidth = badge.isEmpty() ? 0 : boldMetrics.horizontalAdvance(badge) + 10;
    painter->setFont(bold);
    painter->setPen(text);
    painter->drawText(line.adjusted(0, 0, -badgeWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(row->name, Qt::ElideRight, line.width() - badgeWidth));
    if (!badge.isEmpty()) {
        const QRect badgeRect(line.right() - badgeWidth + 4, line.top(), badgeWidth - 4, line.height());
        const QColor c = row->missingMustHaves > 0 ? warn : scoreColor(*row->matchScore, dark);
        QPainterPath pill;
        pill.addRoundedRect(QRectF(badgeRect), 4, 4);
        painter->fillPath(pill, c);
        painter->setPen(dark ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    painter->setFont(option.font);

    // 2. Current title.
    line.translate(0, lineHeight);
    painter->setPen(muted);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(row->currentTitle.isEmpty() ? ApplicationTableModel::tr("No current title") : row->currentTitle,
                                    Qt::ElideRight, line.width()));

    // 3. Years and days in stage.
    line.translate(0, lineHeight);
    const QString years = row->yearsExperience ? ApplicationTableModel::tr("%n yr", nullptr, *row->yearsExperience)
                                               : ApplicationTableModel::tr("years ?");
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, years);
    const QString days = stalled ? ApplicationTableModel::tr("%n d in stage (stalled)", nullptr, int(daysInStage(*row, now)))
                                 : ApplicationTableModel::tr("%n d in stage", nullptr, int(daysInStage(*row, now)));
    if (stalled) {
        painter->setFont(bold);
        painter->setPen(warn);
    }
    painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, days);
    painter->setFont(option.font);

    // 4. Scorecards, once there are any.
    line.translate(0, lineHeight);
    painter->setPen(muted);
    if (row->scorecardsSubmitted > 0)
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          ApplicationTableModel::tr("Scorecards: %1 yes of %2").arg(row->scorecardsPositive).arg(row->scorecardsSubmitted));
    else if (row->status != ApplicationStatus::Active)
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, displayName(row->status));
    painter->restore();
}

} // namespace shortlist
