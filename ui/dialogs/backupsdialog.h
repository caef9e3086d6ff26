#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace shortlist {

class AppSettings;

// File › Restore from Backup…: the open database's backups, newest first
// (date and size): the files in the backup folder holding its id, whatever
// their names; a note counts the others (other databases' backups,
// unreadable files). Restore (the window asks, then closes the database,
// restores and reopens it), Restore from File… (any file; the window asks
// again if it is another database's) and Open Folder; and the automatic
// backup settings, saved as they are changed.
class BackupsDialog : public QDialog {
    Q_OBJECT

public:
    BackupsDialog(AppSettings &settings, const QString &databasePath, const QString &databaseId, QWidget *parent = nullptr);

    QTreeWidget *backupList() const { return m_list; }
    // Lists the backups again (after a backup, or another folder).
    void reload();
    // A line under the list: the last automatic backup's failure, or a restore in progress.
    void setStatus(const QString &text, bool error = false);
    // How a backup's time is named to the user: "Today, 14:30" in the list,
    // "today, 14:30" inside a sentence (the confirmation).
    static QString describeTime(const QDateTime &when, bool inSentence = false);
    static QString describeSize(qint64 bytes);

    // Test hooks: what the user would do.
    void selectBackup(int row);
    QString selectedBackup() const;
    void restoreSelected();   // the Restore button
    void restoreFromFile();   // the Restore from File… button (Prompts::setNextFileName answers)
    void setAutomatic(bool enabled);
    void setIntervalHours(int hours);
    void setKept(int count);
    void setFolder(const QString &folder);

Q_SIGNALS:
    void restoreRequested(const QString &backupPath, const QDateTime &when);
    void settingsChanged();

private:
    void folderEdited();
    void chooseFolder();
    void openFolder();
    void updateButtons();

    AppSettings &m_settings;
    QString m_databasePath;
    QString m_databaseId;
    QLabel *m_heading = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_others = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QPushButton *m_restoreFileButton = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QCheckBox *m_automatic = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_kept = nullptr;
    QLineEdit *m_folder = nullptr;
};

} // namespace shortlist
