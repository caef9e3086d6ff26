#pragma once

#include "shortcuts.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shortlist {

// Help › Keyboard Shortcuts: every shortcut of the window, editable. Refuses a
// key used by two actions, naming both.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    ShortcutsDialog(const QList<Shortcuts::Entry> &entries, QWidget *parent = nullptr);

    // Action name -> key as chosen (every action).
    QHash<QString, QKeySequence> chosen() const;
    // For tests: what typing a key in the row would do.
    bool setKey(const QString &actionName, const QKeySequence &key);
    void resetAll();
    void accept() override;
    QString errorText() const;

private:
    QList<Shortcuts::Entry> m_entries;
    QTableWidget *m_table = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace shortlist
