#include "backupsdialog.h"

#include "prompts.h"
#include "settings.h"
#include "storage/backup.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace shortlist {

namespace {
constexpr int pathRole = Qt::UserRole;
constexpr int timeRole = Qt::UserRole + 1;
} // namespace

BackupsDialog::BackupsDialog(AppSettings &settings, const QString &databasePath, const QString &databaseId, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_databasePath(databasePath)
    , m_databaseId(databaseId)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Restore from Backup"));
    resize(620, 480);
    auto *layout = new QVBoxLayout(this);

    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Backed up"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("backupsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No backups of this database yet.\nUse File › Back Up Now, or keep automatic backups on below."));
    layout->addWidget(m_empty, 1);
    m_others = new QLabel(this);
    m_others->setObjectName(QStringLiteral("backupsOthers"));
    m_others->setWordWrap(true);
    m_others->hide();
    layout->addWidget(m_others);

    auto *actions = new QHBoxLayout;
    m_restoreButton = new QPushButton(tr("&Restore…"), this);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreFileButton = new QPushButton(tr("Restore from F&ile…"), this);
    m_restoreFileButton->setObjectName(QStringLiteral("restoreFileButton"));
    m_restoreFileButton->setToolTip(tr("Restore from a backup anywhere, such as one written by shortlist backup or copied from another computer."));
    m_openFolderButton = new QPushButton(tr("Open &Folder"), this);
    m_openFolderButton->setObjectName(QStringLiteral("openFolderButton"));
    actions->addWidget(m_restoreButton);
    actions->addWidget(m_restoreFileButton);
    actions->addStretch();
    actions->addWidget(m_openFolderButton);
    layout->addLayout(actions);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupsStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    auto *automaticBox = new QGroupBox(tr("Automatic backups"), this);
    auto *form = new QFormLayout(automaticBox);
    m_automatic = new QCheckBox(tr("Back &up the open database automatically"), automaticBox);
    m_automatic->setObjectName(QStringLiteral("automaticBackups"));
    form->addRow(m_automatic);
    m_interval = new QSpinBox(automaticBox);
    m_interval->setObjectName(QStringLiteral("backupInterval"));
    m_interval->setRange(1, 24 * 28);
    m_interval->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("&Every (hours):"), m_interval);
    m_kept = new QSpinBox(automaticBox);
    m_kept->setObjectName(QStringLiteral("backupsKept"));
    m_kept->setRange(1, 1000);
    m_kept->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_kept->setToolTip(tr("The newest backups of each database are kept, whether made automatically or with Back Up Now; older ones are deleted."));
    form->addRow(tr("&Backups kept:"), m_kept);
    auto *folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(automaticBox);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    auto *choose = new QPushButton(tr("C&hoose…"), automaticBox);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    auto *folderLabel = new QLabel(tr("F&older:"), automaticBox);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    layout->addWidget(automaticBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    m_automatic->setChecked(m_settings.automaticBackups());
    m_interval->setValue(m_settings.backupIntervalHours());
    m_kept->setValue(m_settings.backupsKept());
    m_folder->setText(QDir::toNativeSeparators(m_settings.backupFolder()));
    m_interval->setEnabled(m_automatic->isChecked());

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_restoreFileButton, &QPushButton::clicked, this, &BackupsDialog::restoreFromFile);
    connect(m_openFolderButton, &QPushButton::clicked, this, &BackupsDialog::openFolder);
    connect(choose, &QPushButton::clicked, this, &BackupsDialog::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, &BackupsDialog::folderEdited);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &BackupsDialog::restoreSelected);
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setAutomaticBackups(on);
        m_interval->setEnabled(on);
        Q_EMIT settingsChanged();
    });
    connect(m_interval, &QSpinBox::valueChanged, this, [this](int hours) {
        m_settings.setBackupIntervalHours(hours);
        Q_EMIT settingsChanged();
    });
    connect(m_kept, &QSpinBox::valueChanged, this, [this](int count) {
        m_settings.setBackupsKept(count);
        Q_EMIT settingsChanged();
    });
    reload();
}

QString BackupsDialog::describeTime(const QDateTime &when, bool inSentence)
{
    const QLocale locale;
    const QDate day = when.date();
    const QDate today = QDate::currentDate();
    const QString time = locale.toString(when.time(), QLocale::ShortFormat);
    if (day == today)
        return inSentence ? tr("today, %1", "in a sentence").arg(time) : tr("Today, %1").arg(time);
    if (day == today.addDays(-1))
        return inSentence ? tr("yesterday, %1", "in a sentence").arg(time) : tr("Yesterday, %1").arg(time);
    return tr("%1, %2").arg(locale.toString(day, QLocale::LongFormat), time);
}

QString BackupsDialog::describeSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, bytes < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

void BackupsDialog::reload()
{
    const QString folder = m_settings.backupFolder();
    m_heading->setText(tr("Backups of <b>%1</b> in %2")
                           .arg(QFileInfo(m_databasePath).fileName().toHtmlEscaped(), QDir::toNativeSeparators(folder).toHtmlEscaped()));
    const QString selected = selectedBackup();
    m_list->clear();
    const BackupFolder found = BackupService::scanFolder(folder, m_databaseId, m_databasePath);
    const QList<BackupInfo> &backups = found.backups;
    for (const BackupInfo &backup : backups) {
        auto *item = new QTreeWidgetItem(m_list, {describeTime(backup.when), describeSize(backup.bytes)});
        item->setData(0, pathRole, backup.path);
        item->setData(0, timeRole, backup.when);
        item->setToolTip(0, QDir::toNativeSeparators(backup.path));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (backup.path == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_list->setVisible(!backups.isEmpty());
    m_empty->setVisible(backups.isEmpty());
    // Named like backups, but not this database's: said, so that a renamed
    // or copied database's missing backups are no mystery.
    QStringList others;
    if (found.otherDatabases > 0)
        others << tr("Not listed: %n backup(s) made from other databases, kept in this folder. Restore from File… can still restore such a backup.", nullptr,
                     found.otherDatabases);
    if (found.unreadable > 0)
        others << tr("Skipped, and never deleted: %n file(s) named like backups that cannot be read as Shortlist databases.", nullptr,
                     found.unreadable);
    m_others->setText(others.join(QLatin1Char(' ')));
    m_others->setVisible(!others.isEmpty());
    updateButtons();
}

void BackupsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void BackupsDialog::updateButtons()
{
    m_restoreButton->setEnabled(!selectedBackup().isEmpty());
}

void BackupsDialog::selectBackup(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

QString BackupsDialog::selectedBackup() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, pathRole).toString() : QString();
}

void BackupsDialog::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    Q_EMIT restoreRequested(item->data(0, pathRole).toString(), item->data(0, timeRole).toDateTime());
}

void BackupsDialog::restoreFromFile()
{
    const QString path = Prompts::openFileName(this, tr("Restore from File"), tr("Shortlist databases (*.shortlist);;All files (*)"));
    if (path.isEmpty())
        return;
    Q_EMIT restoreRequested(path, QDateTime());
}

void BackupsDialog::setAutomatic(bool enabled) { m_automatic->setChecked(enabled); }
void BackupsDialog::setIntervalHours(int hours) { m_interval->setValue(hours); }
void BackupsDialog::setKept(int count) { m_kept->setValue(count); }

void BackupsDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    folderEdited();
}

void BackupsDialog::folderEdited()
{
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (QDir::cleanPath(folder) == QDir::cleanPath(m_settings.backupFolder()))
        return;
    m_settings.setBackupFolder(folder.isEmpty() ? QString() : QDir(folder).absolutePath());
    m_folder->setText(QDir::toNativeSeparators(m_settings.backupFolder()));
    reload();
    Q_EMIT settingsChanged();
}

void BackupsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_settings.backupFolder());
    if (!folder.isEmpty())
        setFolder(folder);
}

void BackupsDialog::openFolder()
{
    const QString folder = m_settings.backupFolder();
    if (!QDir().mkpath(folder)) {
        setStatus(tr("Cannot create the folder %1. Choose a folder you can write to.").arg(QDir::toNativeSeparators(folder)), true);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        setStatus(tr("No file manager could open %1.").arg(QDir::toNativeSeparators(folder)), true);
}

} // namespace shortlist
