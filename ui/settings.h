#pragma once

#include <QByteArray>
#include <QHash>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace shortlist {

// Typed settings with defaults in one place, over QSettings. Tests pass their
// own QSettings file; the app uses the per-user native location.
class AppSettings {
public:
    static constexpr int currentVersion = 1;
    static constexpr int maxRecentFiles = 8;

    AppSettings();                                  // the user's settings
    explicit AppSettings(const QString &iniFile);   // a file (tests, portable use)

    // Brings settings written by an older Shortlist up to currentVersion.
    void migrate();

    QString lastDatabase() const;
    void setLastDatabase(const QString &path);
    QStringList recentDatabases() const;
    void addRecentDatabase(const QString &path);
    void removeRecentDatabase(const QString &path);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &value);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &value);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray &value);
    QByteArray applicationHeaderState() const;
    void setApplicationHeaderState(const QByteArray &value);

    // The pipeline shows a board instead of the table.
    bool boardMode() const;
    void setBoardMode(bool board);

    // Keyboard shortcuts the user changed: action name -> key (portable text).
    QHash<QString, QString> shortcuts() const;
    void setShortcuts(const QHash<QString, QString> &shortcuts);

    // Who is using Shortlist on this machine (stage events, audit log).
    QString userName() const;
    void setUserName(const QString &name);

    // Who the user is in a database's people directory (a person id), per
    // database: scorecards they write, "my" interviews. 0 when not chosen.
    qint64 currentInterviewer(const QString &databaseId) const;
    void setCurrentInterviewer(const QString &databaseId, qint64 personId);

    // Hours after an interview ends before a missing scorecard is overdue.
    static constexpr int defaultOverdueHours = 48;
    int overdueHours() const;
    void setOverdueHours(int hours);

    // The Reports dialog's last choices.
    struct ReportChoices {
        QString kind = QStringLiteral("pipeline");
        QHash<QString, QStringList> sections;   // by report kind; missing: every section
        bool anonymize = false;
        QString pageSize;                        // "A4", "Letter"; empty: from the locale
        int period = 0;                          // the dialog's period preset
    };
    ReportChoices reportChoices() const;
    void setReportChoices(const ReportChoices &choices);

    // Automatic backups of the open database (File › Restore from Backup…
    // edits them); File › Back Up Now writes to the same folder.
    static constexpr int defaultBackupIntervalHours = 24;
    static constexpr int defaultBackupsKept = 10;
    static QString defaultBackupFolder();   // "backups" in the data folder
    bool automaticBackups() const;          // default on
    void setAutomaticBackups(bool enabled);
    int backupIntervalHours() const;
    void setBackupIntervalHours(int hours);
    int backupsKept() const;                // the newest N of each database
    void setBackupsKept(int count);
    QString backupFolder() const;
    void setBackupFolder(const QString &folder);   // empty: the default

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace shortlist
