#pragma once

#include <QHash>
#include <QMessageBox>
#include <QString>

#include <optional>

class QWidget;

namespace shortlist {

// Every modal question Shortlist asks goes through here, so GUI tests can
// pre-set the next answer and run headless (KeePassXC's MessageBox pattern).
class Prompts {
public:
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QStringList openFileNames(QWidget *parent, const QString &caption, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested = {});
    // `labels` renames standard buttons ("Merge" on Yes); tests still answer with the standard button.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                                const QHash<QMessageBox::StandardButton, QString> &labels = {});
    static void error(QWidget *parent, const QString &title, const QString &text, const QString &detail = {});
    static void information(QWidget *parent, const QString &title, const QString &text);
    // Text answer (rejection reason, ...): nullopt when cancelled.
    static std::optional<QString> chooseItem(QWidget *parent, const QString &title, const QString &label,
                                             const QStringList &items, bool editable);

    // Free text (a note): nullopt when cancelled. Uses the setNextItem() hook.
    static std::optional<QString> multiLineText(QWidget *parent, const QString &title, const QString &label);
    // One line of text (a confirmation word), under a label that wraps:
    // nullopt when cancelled. Uses the setNextItem() hook.
    static std::optional<QString> lineText(QWidget *parent, const QString &title, const QString &label, const QString &okText = {});
    // A folder to write into: empty when cancelled. Uses the setNextFileName() hook.
    static QString folder(QWidget *parent, const QString &caption, const QString &suggested = {});

    // Test hooks.
    static void setNextFileName(const QString &path);
    static void setNextFileNames(const QStringList &paths);
    static void setNextAnswer(QMessageBox::StandardButton button);
    static void setNextItem(const std::optional<QString> &item);
    static QString lastMessage();    // the text of the last error/information shown
    static void clearLastMessage();
};

} // namespace shortlist
