#pragma once

#include "reports/reportdocument.h"
#include "storage/error.h"

#include <QCoreApplication>

namespace shortlist {

class Database;

// Reads what a report shows and lays it out as a ReportDocument. Only reads:
// safe on a read-only connection in a worker thread. Each kind lives in its
// own file (pipelinereport.cpp, candidatepacket.cpp, calibrationreport.cpp,
// schedulereport.cpp).
class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    // Errors: NotFound for an opening or application that is not there,
    // Invalid for options that do not fit the kind (no application for a
    // packet, `to` before `from`), Cancelled when `progress` returns false.
    static Result<ReportDocument> build(Database &db, const ReportOptions &options, const ReportProgress &progress = {});

    // The candidate named by id or email (case-insensitive), for the packet:
    // their application to `openingId`, or their only application when
    // `openingId` is 0. NotFound or Invalid (several applications, none chosen)
    // with a message that says what to give instead.
    static Result<qint64> findApplication(Database &db, const QString &candidate, qint64 openingId = 0);

    static Result<ReportDocument> pipeline(Database &db, const ReportOptions &options, const ReportProgress &progress);
    static Result<ReportDocument> candidatePacket(Database &db, const ReportOptions &options, const ReportProgress &progress);
    static Result<ReportDocument> calibration(Database &db, const ReportOptions &options, const ReportProgress &progress);
    static Result<ReportDocument> schedule(Database &db, const ReportOptions &options, const ReportProgress &progress);
};

// Shared by the report files.
namespace reporttext {
// The document with its title, organisation, author, time and page size set.
Result<ReportDocument> start(Database &db, const ReportOptions &options);
QString date(const QDate &date);                       // "27 Nov 2026" in the locale's long-ish form
QString dateTime(qint64 secs);                         // local date and time, no seconds
QString time(const QTime &time);                       // the locale's short time, no seconds
QString period(const QDate &from, const QDate &to);    // "1 Jan 2026 – 31 Mar 2026", "since …", "until …", ""
QString days(std::optional<double> days);              // "12.5 days", "—"
QString count(qint64 n);
QString share(const Proportion &p);                    // "31% (12 of 39)" or "3 of 4"
} // namespace reporttext

} // namespace shortlist
