#include "settings.h"

#include <QFileInfo>
#include <QStandardPaths>

namespace shortlist {

namespace {
const QString kVersion = QStringLiteral("settingsVersion");
const QString kLastDatabase = QStringLiteral("files/lastDatabase");
const QString kRecent = QStringLiteral("files/recent");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kSplitter = QStringLiteral("mainWindow/splitter");
const QString kHeader = QStringLiteral("mainWindow/applicationHeader");
const QString kUserName = QStringLiteral("user/name");
const QString kBoardMode = QStringLiteral("pipeline/boardMode");
const QString kCurrentInterviewer = QStringLiteral("interviews/currentPerson/");
const QString kOverdueHours = QStringLiteral("interviews/overdueHours");
const QString kReportKind = QStringLiteral("reports/kind");
const QString kReportSections = QStringLiteral("reports/sections/");
const QString kReportAnonymize = QStringLiteral("reports/anonymize");
const QString kReportPageSize = QStringLiteral("reports/pageSize");
const QString kReportPeriod = QStringLiteral("reports/period");
const QString kShortcuts = QStringLiteral("shortcuts");
const QString kBackupsEnabled = QStringLiteral("backups/automatic");
const QString kBackupInterval = QStringLiteral("backups/intervalHours");
const QString kBackupsKept = QStringLiteral("backups/keep");
const QString kBackupFolder = QStringLiteral("backups/folder");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{
    migrate();
}

AppSettings::AppSettings(const QString &iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
    migrate();
}

void AppSettings::migrate()
{
    const int version = m_settings->value(kVersion, 0).toInt();
    if (version == currentVersion)
        return;
    // Version 0 had no settings worth keeping; later versions convert here.
    m_settings->setValue(kVersion, currentVersion);
}

QString AppSettings::lastDatabase() const { return m_settings->value(kLastDatabase).toString(); }
void AppSettings::setLastDatabase(const QString &path) { m_settings->setValue(kLastDatabase, path); }

QStringList AppSettings::recentDatabases() const { return m_settings->value(kRecent).toStringList(); }

void AppSettings::addRecentDatabase(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentDatabases();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecentFiles)
        recent.removeLast();
    m_settings->setValue(kRecent, recent);
}

void AppSettings::removeRecentDatabase(const QString &path)
{
    QStringList recent = recentDatabases();
    recent.removeAll(path);
    m_settings->setValue(kRecent, recent);
}

QByteArray AppSettings::mainWindowGeometry() const { return m_settings->value(kGeometry).toByteArray(); }
void AppSettings::setMainWindowGeometry(const QByteArray &value) { m_settings->setValue(kGeometry, value); }
QByteArray AppSettings::mainWindowState() const { return m_settings->value(kState).toByteArray(); }
void AppSettings::setMainWindowState(const QByteArray &value) { m_settings->setValue(kState, value); }
QByteArray AppSettings::splitterState() const { return m_settings->value(kSplitter).toByteArray(); }
void AppSettings::setSplitterState(const QByteArray &value) { m_settings->setValue(kSplitter, value); }
QByteArray AppSettings::applicationHeaderState() const { return m_settings->value(kHeader).toByteArray(); }
void AppSettings::setApplicationHeaderState(const QByteArray &value) { m_settings->setValue(kHeader, value); }
QHash<QString, QString> AppSettings::shortcuts() const
{
    QHash<QString, QString> result;
    m_settings->beginGroup(kShortcuts);
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys)
        result.insert(key, m_settings->value(key).toString());
    m_settings->endGroup();
    return result;
}

void AppSettings::setShortcuts(const QHash<QString, QString> &shortcuts)
{
    m_settings->remove(kShortcuts);
    m_settings->beginGroup(kShortcuts);
    for (auto it = shortcuts.cbegin(); it != shortcuts.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
}

bool AppSettings::boardMode() const { return m_settings->value(kBoardMode, false).toBool(); }
void AppSettings::setBoardMode(bool board) { m_settings->setValue(kBoardMode, board); }

QString AppSettings::userName() const
{
    QString name = m_settings->value(kUserName).toString();
    if (name.isEmpty())
        name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name;
}

void AppSettings::setUserName(const QString &name) { m_settings->setValue(kUserName, name); }

qint64 AppSettings::currentInterviewer(const QString &databaseId) const
{
    return m_settings->value(kCurrentInterviewer + databaseId, 0).toLongLong();
}

void AppSettings::setCurrentInterviewer(const QString &databaseId, qint64 personId)
{
    m_settings->setValue(kCurrentInterviewer + databaseId, personId);
}

int AppSettings::overdueHours() const
{
    const int hours = m_settings->value(kOverdueHours, defaultOverdueHours).toInt();
    return hours > 0 ? hours : defaultOverdueHours;
}

void AppSettings::setOverdueHours(int hours) { m_settings->setValue(kOverdueHours, hours); }

AppSettings::ReportChoices AppSettings::reportChoices() const
{
    ReportChoices c;
    c.kind = m_settings->value(kReportKind, c.kind).toString();
    for (const QString &kind : {QStringLiteral("pipeline"), QStringLiteral("candidate"), QStringLiteral("calibration"), QStringLiteral("schedule")}) {
        if (m_settings->contains(kReportSections + kind))
            c.sections.insert(kind, m_settings->value(kReportSections + kind).toStringList());
    }
    c.anonymize = m_settings->value(kReportAnonymize, false).toBool();
    c.pageSize = m_settings->value(kReportPageSize).toString();
    c.period = m_settings->value(kReportPeriod, 0).toInt();
    return c;
}

void AppSettings::setReportChoices(const ReportChoices &choices)
{
    m_settings->setValue(kReportKind, choices.kind);
    for (auto it = choices.sections.cbegin(); it != choices.sections.cend(); ++it)
        m_settings->setValue(kReportSections + it.key(), it.value());
    m_settings->setValue(kReportAnonymize, choices.anonymize);
    m_settings->setValue(kReportPageSize, choices.pageSize);
    m_settings->setValue(kReportPeriod, choices.period);
}

QString AppSettings::defaultBackupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

bool AppSettings::automaticBackups() const { return m_settings->value(kBackupsEnabled, true).toBool(); }
void AppSettings::setAutomaticBackups(bool enabled) { m_settings->setValue(kBackupsEnabled, enabled); }

int AppSettings::backupIntervalHours() const
{
    const int hours = m_settings->value(kBackupInterval, defaultBackupIntervalHours).toInt();
    return hours > 0 ? hours : defaultBackupIntervalHours;
}

void AppSettings::setBackupIntervalHours(int hours) { m_settings->setValue(kBackupInterval, hours); }

int AppSettings::backupsKept() const
{
    const int count = m_settings->value(kBackupsKept, defaultBackupsKept).toInt();
    return count > 0 ? count : defaultBackupsKept;
}

void AppSettings::setBackupsKept(int count) { m_settings->setValue(kBackupsKept, count); }

QString AppSettings::backupFolder() const
{
    const QString folder = m_settings->value(kBackupFolder).toString();
    return folder.isEmpty() ? defaultBackupFolder() : folder;
}

void AppSettings::setBackupFolder(const QString &folder)
{
    if (folder.isEmpty() || folder == defaultBackupFolder())
        m_settings->remove(kBackupFolder);
    else
        m_settings->setValue(kBackupFolder, folder);
}

} // namespace shortlist
