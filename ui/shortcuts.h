#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QKeySequence>
#include <QList>

class QAction;

namespace shortlist {

class AppSettings;

// The window's keyboard shortcuts: defaults in one table, the user's changes
// on top (stored in the settings by action name). Help › Keyboard Shortcuts
// lists and edits them.
class Shortcuts {
    Q_DECLARE_TR_FUNCTIONS(Shortcuts)

public:
    struct Entry {
        QAction *action = nullptr;
        QKeySequence defaultKey;
    };

    // Registers an action with its default; the action must have an objectName.
    void add(QAction *action, const QKeySequence &defaultKey);
    const QList<Entry> &entries() const { return m_entries; }

    // Applies the defaults overridden by the user's choices.
    void apply(const AppSettings &settings);
    // The user's choices, as names -> key; only keys that differ from the default.
    static QHash<QString, QString> overrides(const QList<Entry> &entries, const QHash<QString, QKeySequence> &chosen);
    // A key used twice, named with both actions; empty when there is none.
    static QString conflict(const QList<Entry> &entries, const QHash<QString, QKeySequence> &chosen);

private:
    QList<Entry> m_entries;
};

} // namespace shortlist
