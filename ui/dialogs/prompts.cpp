#include "prompts.h"

#include <QFileDialog>
#include <QGuiApplication>
#include <QAbstractButton>
#include <QInputDialog>
#include <QLabel>

namespace shortlist {

namespace {
std::optional<QString> nextFileName;
std::optional<QStringList> nextFileNames;
std::optional<QMessageBox::StandardButton> nextAnswer;
std::optional<std::optional<QString>> nextItem;
QString lastShown;

bool isHeadless()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen");
}
} // namespace

void Prompts::setNextFileName(const QString &path) { nextFileName = path; }
void Prompts::setNextFileNames(const QStringList &paths) { nextFileNames = paths; }
void Prompts::setNextAnswer(QMessageBox::StandardButton button) { nextAnswer = button; }
void Prompts::setNextItem(const std::optional<QString> &item) { nextItem = item; }
QString Prompts::lastMessage() { return lastShown; }
void Prompts::clearLastMessage() { lastShown.clear(); }

QString Prompts::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (nextFileName)
        return *std::exchange(nextFileName, std::nullopt);
    return QFileDialog::getOpenFileName(parent, caption, {}, filter);
}

QStringList Prompts::openFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    if (nextFileNames)
        return *std::exchange(nextFileNames, std::nullopt);
    return QFileDialog::getOpenFileNames(parent, caption, {}, filter);
}

QString Prompts::saveFileName(QWidget *parent, const QString &caption, const QString &filter, const QString &suggested)
{
    if (nextFileName)
        return *std::exchange(nextFileName, std::nullopt);
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QMessageBox::StandardButton Prompts::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton,
                                              const QHash<QMessageBox::StandardButton, QString> &labels)
{
    lastShown = text;
    if (nextAnswer)
        return *std::exchange(nextAnswer, std::nullopt);
    QMessageBox box(QMessageBox::Question, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    return QMessageBox::StandardButton(box.exec());
}

void Prompts::error(QWidget *parent, const QString &title, const QString &text, const QString &detail)
{
    lastShown = text;
    if (!detail.isEmpty())
        qInfo("%s: %s (%s)", qPrintable(title), qPrintable(text), qPrintable(detail));
    if (nextAnswer) {
        nextAnswer.reset();
        return;
    }
    if (isHeadless())
        return;  // nobody could close the box: headless runs read lastMessage()
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    box.exec();
}

void Prompts::information(QWidget *parent, const QString &title, const QString &text)
{
    lastShown = text;
    if (isHeadless())
        return;
    QMessageBox::information(parent, title, text);
}

std::optional<QString> Prompts::chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items, bool editable)
{
    if (nextItem)
        return *std::exchange(nextItem, std::nullopt);
    bool ok = false;
    const QString item = QInputDialog::getItem(parent, title, label, items, 0, editable, &ok);
    if (!ok)
        return std::nullopt;
    return item;
}

std::optional<QString> Prompts::multiLineText(QWidget *parent, const QString &title, const QString &label)
{
    if (nextItem)
        return *std::exchange(nextItem, std::nullopt);
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(parent, title, label, {}, &ok);
    if (!ok)
        return std::nullopt;
    return text;
}

std::optional<QString> Prompts::lineText(QWidget *parent, const QString &title, const QString &label, const QString &okText)
{
    lastShown = label;
    if (nextItem)
        return *std::exchange(nextItem, std::nullopt);
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    if (!okText.isEmpty())
        dialog.setOkButtonText(okText);
    // A paragraph of explanation, not one long line across the screen.
    for (QLabel *text : dialog.findChildren<QLabel *>())
        text->setWordWrap(true);
    dialog.setMinimumWidth(440);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QString Prompts::folder(QWidget *parent, const QString &caption, const QString &suggested)
{
    if (nextFileName)
        return *std::exchange(nextFileName, std::nullopt);
    return QFileDialog::getExistingDirectory(parent, caption, suggested);
}

} // namespace shortlist
