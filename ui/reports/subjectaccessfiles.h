#pragma once

#include "reports/reportdocument.h"
#include "storage/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace shortlist {

class Database;

// What a subject access export wrote.
struct SubjectAccessWritten {
    QString jsonPath;
    QString pdfPath;
    QStringList attachmentPaths;
    int pages = 0;
    // Empty when the export was recorded in the audit log; else why not
    // (a read-only database): the files were written all the same.
    QString auditProblem;
};

// A subject access export on disk, for Candidate › Export Candidate Data…
// and `shortlist export candidate`: into `folder` (created, private to the
// user, when missing) candidate-<id>.json (SubjectAccessExport), the readable
// candidate-<id>.pdf (subjectAccessReport rendered by ReportPdf) and each
// attachment's bytes as candidate-<id>-attachment-<n>-<file name>, every file
// written whole or not at all and readable by the user only. Then records
// the export in the audit log (action "export", no personal data in the
// detail). Reads the database through `db`; needs a QGuiApplication for the
// PDF's fonts, no widgets. One candidate: fast enough for the GUI thread.
class SubjectAccessFiles {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessFiles)

public:
    static Result<SubjectAccessWritten> write(Database &db, qint64 candidateId, const QString &folder, const QString &author = {},
                                              ReportPageSize pageSize = defaultPageSize(), const QDateTime &generated = {});
    static QString jsonFileName(qint64 candidateId);
    static QString pdfFileName(qint64 candidateId);
    // A file name safe in any folder: no path, no control characters, not hidden.
    static QString safeFileName(const QString &name);
};

} // namespace shortlist
