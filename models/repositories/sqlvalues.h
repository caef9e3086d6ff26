#pragma once

#include <QDate>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace shortlist::sqlvalues {

// Conversions between domain values and the portable column types.
inline QVariant date(const QDate &d) { return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString)); }
inline QDate toDate(const QVariant &v) { return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate); }
inline QVariant optionalInt(const std::optional<int> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }
inline QVariant optionalId(const std::optional<qint64> &v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong)); }
inline std::optional<int> toOptionalInt(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<int>(v.toInt()); }
inline std::optional<qint64> toOptionalId(const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()); }
// Lists are stored one item per line (skills, links, keywords).
inline QString lines(const QStringList &items) { return items.join(QLatin1Char('\n')); }
inline QStringList fromLines(const QVariant &v)
{
    QStringList items = v.toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &item : items)
        item = item.trimmed();
    items.removeAll(QString());
    return items;
}

} // namespace shortlist::sqlvalues
