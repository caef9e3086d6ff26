#pragma once

#include "formats/csvwriter.h"
#include "repositories/auditrepository.h"
#include "storage/error.h"

#include <QCoreApplication>

#include <functional>

namespace shortlist {

class Database;

// The audit log viewer's rows to a CSV file: the entries of an AuditQuery,
// newest first, with the viewer's columns and words (AuditLogModel), except
// that When is an ISO 8601 time with its UTC offset. Read a page at a time;
// written through QSaveFile, so a failed or cancelled export leaves whatever
// was there before. Formula defence is on (CsvWriter).
//
// The export is itself audited: after the file is written, an "export" entry
// (item "audit_log") records how many rows went out and with which filters —
// not the search text, which is the user's free words.
class AuditExport {
    Q_DECLARE_TR_FUNCTIONS(AuditExport)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int maxPageSize = 1000;

    struct Outcome {
        qint64 rows = 0;      // written, the header not counted
        bool logged = false;  // the "export" entry was appended to the audit log
        Error logError;       // why it was not (a read-only database)
    };

    explicit AuditExport(Database &db) : m_db(db) {}

    void setCsvOptions(const CsvWriter::Options &options) { m_csv = options; }
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, maxPageSize); }

    Result<Outcome> exportQuery(const AuditQuery &query, const QString &path, const Progress &progress = {});

    static QStringList headers();
    static QString isoTime(qint64 at);
    // The filters as the export's audit entry records them.
    static QString describe(const AuditQuery &query);

private:
    Database &m_db;
    CsvWriter::Options m_csv;
    int m_pageSize = 500;
};

} // namespace shortlist
