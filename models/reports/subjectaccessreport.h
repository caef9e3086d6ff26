#pragma once

#include "reports/reportdocument.h"
#include "storage/error.h"

#include <QJsonObject>

namespace shortlist {

// The readable side of a subject access export: the JSON of
// SubjectAccessExport::toJson laid out as a ReportDocument (profile, consent
// and retention, each application with its stage history, interviews,
// scorecards and decisions, notes, attachments, the audit entries), for
// ReportPdf to render. Built from the JSON itself, so the PDF and the JSON
// handed to the candidate say the same. Invalid when `json` is not a
// "shortlist-subject-access" export of a version this build reads.
Result<ReportDocument> subjectAccessReport(const QJsonObject &json, const QString &author = {},
                                           ReportPageSize pageSize = defaultPageSize());

} // namespace shortlist
