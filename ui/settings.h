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

    void sync() { m_settings->sync(); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace shortlist
