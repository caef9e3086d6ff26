#pragma once

// Reading back generated PDFs with Debian's independent tools: pdftotext,
// pdfinfo and pdffonts (poppler-utils) and qpdf. scripts/test installs them;
// SHORTLIST_REQUIRE_TOOL turns a missing one into a failure there.

#include "requiredtool.h"

#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace shortlist::test {

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolRun runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline bool havePdfTools()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts", "qpdf"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    }
    return true;
}

// The text of each page, as pdftotext extracts it (pages end with a form feed).
inline QStringList pdfPages(const QString &path)
{
    const ToolRun run = runTool(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    QStringList pages = run.out.split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.constLast().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// pdfinfo's "Key: value" lines.
inline QMap<QString, QString> pdfInfo(const QString &path)
{
    QMap<QString, QString> info;
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), {path});
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon > 0)
            info.insert(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    return info;
}

// pdffonts' rows: font name and whether it is embedded.
inline QMap<QString, bool> pdfFonts(const QString &path)
{
    QMap<QString, bool> fonts;
    const QStringList lines = runTool(QStringLiteral("pdffonts"), {path}).out.split(QLatin1Char('\n'));
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() >= 7)
            fonts.insert(fields.first(), fields.at(fields.size() - 5) == QLatin1String("yes"));
    }
    return fonts;
}

// qpdf --check: 0 when the structure (xref, objects, streams) is sound.
inline ToolRun qpdfCheck(const QString &path)
{
    return runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
}

} // namespace shortlist::test
