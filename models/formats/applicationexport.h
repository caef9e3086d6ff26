#pragma once

#include "formats/csvwriter.h"
#include "repositories/applicationquery.h"
#include "storage/error.h"

#include <QCoreApplication>

#include <functional>

namespace shortlist {

class Database;

// Applications to a CSV file: the rows of an ApplicationQuery in its order, or
// an explicit list of applications in the list's order. Read a page at a time,
// so a million-row opening never sits in memory. The file is written through
// QSaveFile: it appears only when the export succeeded, and a cancelled or
// failed export leaves whatever was there before untouched.
//
// Columns: Name, Email, Phone, Current title, Current company, Years, Skills,
// Tags, Source, Stage, Status, Days in stage, Match score, Missing must-haves,
// Applied. Lists (skills, tags) are joined with "; "; Applied is an ISO date;
// unknown years or match score are empty.
class ApplicationExport {
    Q_DECLARE_TR_FUNCTIONS(ApplicationExport)

public:
    // Called after each page; returning false cancels (ErrorCode::Cancelled).
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int maxPageSize = 400;  // also the IN (...) chunk of the detail query

    explicit ApplicationExport(Database &db) : m_db(db) {}

    void setCsvOptions(const CsvWriter::Options &options) { m_csv = options; }
    // "Now" for days in stage; 0 = the current time.
    void setNow(qint64 secsSinceEpoch) { m_now = secsSinceEpoch; }
    // Rows read per page, 1..maxPageSize.
    void setPageSize(int rows) { m_pageSize = qBound(1, rows, maxPageSize); }

    // Returns the number of rows written (the header not counted).
    Result<qint64> exportQuery(const ApplicationQuery &query, const QString &path, const Progress &progress = {});
    // Unknown ids are skipped; repeated ids are written once.
    Result<qint64> exportApplications(const QList<qint64> &applicationIds, const QString &path, const Progress &progress = {});

    static QStringList headers();

private:
    qint64 now() const;

    Database &m_db;
    CsvWriter::Options m_csv;
    qint64 m_now = 0;
    int m_pageSize = maxPageSize;
};

} // namespace shortlist
