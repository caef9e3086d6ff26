#include "subjectaccessfiles.h"

#include "formats/filewriter.h"
#include "formats/subjectaccess.h"
#include "reports/reportpdf.h"
#include "reports/subjectaccessreport.h"
#include "repositories/auditrepository.h"
#include "repositories/privacyrepository.h"
#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace shortlist {

QString SubjectAccessFiles::jsonFileName(qint64 candidateId)
{
    return QStringLiteral("candidate-%1.json").arg(candidateId);
}

QString SubjectAccessFiles::pdfFileName(qint64 candidateId)
{
    return QStringLiteral("candidate-%1.pdf").arg(candidateId);
}

QString SubjectAccessFiles::safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c == QLatin1Char(':') || c.category() == QChar::Other_Control)
            safe += QLatin1Char('_');
        else
            safe += c;
    }
    safe = safe.trimmed();
    while (safe.startsWith(QLatin1Char('.')))
        safe.remove(0, 1);
    return safe.left(120);
}

Result<SubjectAccessWritten> SubjectAccessFiles::write(Database &db, qint64 candidateId, const QString &folder, const QString &author,
                                                       ReportPageSize pageSize, const QDateTime &generated)
{
    const QFileInfo dir(folder);
    if (dir.exists() && !dir.isDir())
        return makeError(ErrorCode::Io, tr("%1 is a file, not a folder. Choose a folder for the export.").arg(QDir::toNativeSeparators(folder)));

    Result<QJsonObject> json = SubjectAccessExport::toJson(db, candidateId, generated);
    if (!json)
        return json.error();
    Result<ReportDocument> document = subjectAccessReport(*json, author, pageSize);
    if (!document)
        return document.error();
    SubjectAccessWritten written;
    Result<QByteArray> pdf = ReportPdf::render(*document, {}, {}, &written.pages);
    if (!pdf)
        return pdf.error();

    if (!dir.exists()) {
        // Personal data: the folder is the user's alone.
        if (!QDir().mkpath(folder))
            return makeError(ErrorCode::Io, tr("Cannot create the folder %1. Choose a folder you can write to.").arg(QDir::toNativeSeparators(folder)));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QDir out(folder);
    QStringList done;
    const auto save = [&done](const QString &path, const QByteArray &data) -> Error {
        if (Error e = FileWriter::write(path, data))
            return e;
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        done << path;
        return {};
    };
    const auto undo = [&done](const Error &e) {
        for (const QString &path : std::as_const(done))
            QFile::remove(path);
        return e;
    };
    written.jsonPath = out.filePath(jsonFileName(candidateId));
    written.pdfPath = out.filePath(pdfFileName(candidateId));
    if (Error e = save(written.jsonPath, QJsonDocument(*json).toJson(QJsonDocument::Indented)))
        return undo(e);
    if (Error e = save(written.pdfPath, *pdf))
        return undo(e);
    PrivacyRepository privacy(db);
    for (const QJsonValue &v : json->value(QLatin1String("attachments")).toArray()) {
        const QJsonObject a = v.toObject();
        const qint64 id = qint64(a.value(QLatin1String("id")).toDouble());
        Result<QByteArray> content = privacy.attachmentContent(id);
        if (!content)
            return undo(content.error());
        const QString name = QStringLiteral("candidate-%1-attachment-%2-%3")
                                 .arg(candidateId)
                                 .arg(id)
                                 .arg(safeFileName(a.value(QLatin1String("fileName")).toString()));
        const QString path = out.filePath(name.endsWith(QLatin1Char('-')) ? name + QStringLiteral("file") : name);
        if (Error e = save(path, *content))
            return undo(e);
        written.attachmentPaths << path;
    }

    // What was handed out, not what it said.
    const QString detail = QStringLiteral("subject access: json, pdf, %1 attachments").arg(written.attachmentPaths.size());
    if (Error e = AuditRepository(db).append(QStringLiteral("export"), QStringLiteral("candidate"), candidateId, detail))
        written.auditProblem = db.isReadOnly() ? tr("The database is open read-only, so the export is not in its audit log.") : e.message;
    return written;
}

} // namespace shortlist
