#pragma once

// A throwaway PostgreSQL 15 cluster for tests: initdb into a temporary folder,
// a server on a free loopback port with its socket in that folder and fsync
// off, databases created on demand; stopped (immediate) and removed on
// destruction. As root the cluster belongs to the `postgres` OS user (initdb
// refuses root) and the binaries run through runuser.
//
// start() returns false with a reason: unavailable() is true when the binaries
// are missing (the test should skip), false when the server did not start
// (the test should fail; the reason ends with the server log).

#include "storage/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <memory>

#include <pwd.h>
#include <unistd.h>

namespace shortlist::test {

class PgServer {
public:
    PgServer() = default;
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

    ~PgServer() { stop(); }

    // Where the PostgreSQL 15 server binaries live (Debian's layout);
    // SHORTLIST_PG_BINDIR overrides it.
    static QString binDir()
    {
        const QString fromEnv = qEnvironmentVariable("SHORTLIST_PG_BINDIR");
        return fromEnv.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : fromEnv;
    }

    bool start()
    {
        if (m_running)
            return true;
        m_error.clear();
        m_unavailable = false;
        for (const char *tool : {"initdb", "pg_ctl", "createdb"}) {
            const QFileInfo binary(binDir() + QLatin1Char('/') + QLatin1String(tool));
            if (!binary.isExecutable()) {
                m_unavailable = true;
                m_error = QStringLiteral("PostgreSQL 15 is not installed: %1 is missing (install the Debian package "
                                         "postgresql-15, or set SHORTLIST_PG_BINDIR)")
                              .arg(binary.filePath());
                return false;
            }
        }
        m_asRoot = ::geteuid() == 0;
        if (m_asRoot) {
            m_runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
            if (m_runuser.isEmpty())
                m_runuser = QStandardPaths::findExecutable(QStringLiteral("runuser"));
            if (m_runuser.isEmpty()) {
                m_unavailable = true;
                m_error = QStringLiteral("running as root, and runuser (util-linux) is missing: initdb cannot run as root");
                return false;
            }
        }

        m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/shortlist-pg-XXXXXX"));
        if (!m_dir->isValid())
            return fail(QStringLiteral("cannot create a temporary folder: ") + m_dir->errorString());
        if (m_asRoot) {
            const passwd *owner = ::getpwnam("postgres");
            if (!owner) {
                m_unavailable = true;
                m_error = QStringLiteral("running as root, and there is no postgres user to own the cluster (initdb refuses root)");
                m_dir.reset();
                return false;
            }
            if (::chown(QFile::encodeName(m_dir->path()).constData(), owner->pw_uid, owner->pw_gid) != 0)
                return fail(QStringLiteral("cannot give %1 to the postgres user: %2").arg(m_dir->path(), QString::fromLocal8Bit(::strerror(errno))));
        }

        QElapsedTimer timer;
        timer.start();
        if (!run(tool(QStringLiteral("initdb")),
                 {QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync"), QStringLiteral("-D"), dataDir()},
                 true))
            return fail(QStringLiteral("initdb failed: ") + m_output);

        // A port someone takes between our probe and the server's bind: try another.
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = freePort();
            if (m_port == 0)
                return fail(QStringLiteral("no free TCP port on 127.0.0.1"));
            const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off -c synchronous_commit=off "
                                                   "-c full_page_writes=off")
                                        .arg(m_port)
                                        .arg(m_dir->path());
            if (run(tool(QStringLiteral("pg_ctl")),
                    {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"), logPath(), QStringLiteral("-o"), options, QStringLiteral("-w"),
                     QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("start")},
                    true)) {
                m_running = true;
                m_startupMs = timer.elapsed();
                return true;
            }
            if (!serverLog().contains(QLatin1String("could not bind")))
                break;
        }
        return fail(QStringLiteral("pg_ctl start failed: ") + m_output);
    }

    void stop()
    {
        // Also a server that pg_ctl gave up waiting for, but which did start.
        if (m_running || (m_dir && QFileInfo::exists(dataDir() + QStringLiteral("/postmaster.pid")))) {
            run(tool(QStringLiteral("pg_ctl")), {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"),
                                                 QStringLiteral("-w"), QStringLiteral("stop")},
                true);
            m_running = false;
        }
        m_dir.reset();
    }

    // A new, empty database owned by the superuser `postgres`; `options` go to
    // createdb (for example {"--locale=C", "--template=template0"}).
    bool createDatabase(const QString &name, const QStringList &options = {})
    {
        if (!m_running) {
            m_error = QStringLiteral("the server is not running");
            return false;
        }
        if (!run(QDir(binDir()).filePath(QStringLiteral("createdb")),
                 QStringList{QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                             QStringLiteral("postgres")}
                     + options + QStringList{name},
                 false)) {
            m_error = QStringLiteral("createdb %1 failed: %2").arg(name, m_output);
            return false;
        }
        return true;
    }

    PostgresParams params(const QString &database) const
    {
        PostgresParams p;
        p.host = host();
        p.port = m_port;
        p.database = database;
        p.user = QStringLiteral("postgres");
        return p;
    }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    int port() const { return m_port; }
    bool isRunning() const { return m_running; }
    bool unavailable() const { return m_unavailable; }
    QString errorString() const { return m_error; }
    qint64 startupMs() const { return m_startupMs; }

    QString serverLog() const
    {
        QFile log(logPath());
        return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
    }

private:
    QString dataDir() const { return m_dir->filePath(QStringLiteral("data")); }
    QString logPath() const { return m_dir ? m_dir->filePath(QStringLiteral("server.log")) : QString(); }

    // A server binary (run() runs it as `postgres` when we are root).
    QString tool(const QString &name) const { return QDir(binDir()).filePath(name); }

    static int freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const int port = probe.serverPort();
        probe.close();
        return port;
    }

    bool run(const QString &program, const QStringList &arguments, bool asClusterOwner)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (asClusterOwner && m_asRoot)
            process.start(m_runuser, QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
        else
            process.start(program, arguments);
        const bool finished = process.waitForFinished(60'000);
        m_output = QString::fromLocal8Bit(process.readAll()).trimmed();
        if (!finished) {
            process.kill();
            process.waitForFinished(5'000);
            m_output += QStringLiteral(" (timed out)");
            return false;
        }
        if (process.error() == QProcess::FailedToStart) {
            m_output = QStringLiteral("%1 could not be started: %2").arg(program, process.errorString());
            return false;
        }
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    bool fail(const QString &reason)
    {
        m_error = reason;
        const QString log = serverLog();
        if (!log.isEmpty())
            m_error += QStringLiteral("\n--- server log ---\n") + log;
        stop();
        return false;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_runuser;
    QString m_output;
    QString m_error;
    int m_port = 0;
    qint64 m_startupMs = 0;
    bool m_asRoot = false;
    bool m_running = false;
    bool m_unavailable = false;
};

} // namespace shortlist::test
