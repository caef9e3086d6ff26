#include "shortcuts.h"

#include "settings.h"

#include <QAction>

namespace shortlist {

namespace {
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    return text;
}
} // namespace

void Shortcuts::add(QAction *action, const QKeySequence &defaultKey)
{
    Q_ASSERT(!action->objectName().isEmpty());
    m_entries.append(Entry{action, defaultKey});
    action->setShortcut(defaultKey);
}

void Shortcuts::apply(const AppSettings &settings)
{
    const QHash<QString, QString> chosen = settings.shortcuts();
    for (const Entry &e : std::as_const(m_entries)) {
        const auto it = chosen.constFind(e.action->objectName());
        e.action->setShortcut(it == chosen.cend() ? e.defaultKey : QKeySequence(*it, QKeySequence::PortableText));
    }
}

QHash<QString, QString> Shortcuts::overrides(const QList<Entry> &entries, const QHash<QString, QKeySequence> &chosen)
{
    QHash<QString, QString> result;
    for (const Entry &e : entries) {
        const QString name = e.action->objectName();
        const QKeySequence key = chosen.value(name, e.defaultKey);
        if (key != e.defaultKey)
            result.insert(name, key.toString(QKeySequence::PortableText));
    }
    return result;
}

QString Shortcuts::conflict(const QList<Entry> &entries, const QHash<QString, QKeySequence> &chosen)
{
    QHash<QKeySequence, const QAction *> seen;
    for (const Entry &e : entries) {
        const QKeySequence key = chosen.value(e.action->objectName(), e.defaultKey);
        if (key.isEmpty())
            continue;
        if (const QAction *other = seen.value(key)) {
            return tr("%1 is used by both “%2” and “%3”; give one of them another key.")
                .arg(key.toString(QKeySequence::NativeText), plainText(other), plainText(e.action));
        }
        seen.insert(key, e.action);
    }
    return {};
}

} // namespace shortlist
