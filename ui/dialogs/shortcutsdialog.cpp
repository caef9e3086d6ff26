#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shortlist {

ShortcutsDialog::ShortcutsDialog(const QList<Shortcuts::Entry> &entries, QWidget *parent)
    : QDialog(parent)
    , m_entries(entries)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(560, 620);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Click a shortcut and press the new key. Single keys work wherever you are not typing text."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(int(entries.size()), 3, this);
    m_table->setObjectName(QStringLiteral("shortcutTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Default")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    for (int row = 0; row < int(entries.size()); ++row) {
        const Shortcuts::Entry &e = entries.at(row);
        QString text = e.action->text();
        text.remove(QLatin1Char('&'));
        auto *name = new QTableWidgetItem(text);
        name->setFlags(Qt::ItemIsEnabled);
        name->setToolTip(e.action->toolTip());
        m_table->setItem(row, 0, name);
        auto *edit = new QKeySequenceEdit(e.action->shortcut(), m_table);
        edit->setObjectName(e.action->objectName());
        m_table->setCellWidget(row, 1, edit);
        auto *def = new QTableWidgetItem(e.defaultKey.toString(QKeySequence::NativeText));
        def->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 2, def);
    }
    layout->addWidget(m_table, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("shortcutError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b02a37;"));
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &ShortcutsDialog::resetAll);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShortcutsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutsDialog::reject);
    layout->addWidget(buttons);
}

QHash<QString, QKeySequence> ShortcutsDialog::chosen() const
{
    QHash<QString, QKeySequence> result;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const auto *edit = static_cast<QKeySequenceEdit *>(m_table->cellWidget(row, 1));
        result.insert(m_entries.at(row).action->objectName(), edit->keySequence());
    }
    return result;
}

bool ShortcutsDialog::setKey(const QString &actionName, const QKeySequence &key)
{
    auto *edit = m_table->findChild<QKeySequenceEdit *>(actionName);
    if (!edit)
        return false;
    edit->setKeySequence(key);
    return true;
}

void ShortcutsDialog::resetAll()
{
    for (int row = 0; row < int(m_entries.size()); ++row)
        static_cast<QKeySequenceEdit *>(m_table->cellWidget(row, 1))->setKeySequence(m_entries.at(row).defaultKey);
    m_error->clear();
}

QString ShortcutsDialog::errorText() const
{
    return m_error->text();
}

void ShortcutsDialog::accept()
{
    const QString conflict = Shortcuts::conflict(m_entries, chosen());
    if (!conflict.isEmpty()) {
        m_error->setText(conflict);
        return;
    }
    QDialog::accept();
}

} // namespace shortlist
