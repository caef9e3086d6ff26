#pragma once

// Runs the shortlist executable (SHORTLIST_EXECUTABLE, set by CMake) as a
// user or cron would, without a display, and collects what it printed.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace shortlist::test {

struct CliRun {
    int exitCode = -1;   // -2: crashed; -1: did not finish
    QByteArray out;
    QString err;
    QString outText() const { return QString::fromUtf8(out); }
};

inline CliRun runShortlist(const QStringList &arguments, QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SHORTLIST_EXECUTABLE), arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace shortlist::test
