#pragma once

#include "storage/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace shortlist {

class Database;

// A subject access export (GDPR Art. 15): everything the database holds
// about one candidate — profile, consent and retention, applications with
// their stage history, interviews, scorecards (ratings and evidence),
// decisions, notes, tags, attachments (described; their bytes come from
// PrivacyRepository::attachmentContent) and the audit entries about them —
// as JSON, format "shortlist-subject-access" version 1 (docs/subject-access-json.md).
// Reads only; the readable PDF and `shortlist export candidate` build on it.
class SubjectAccessExport {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessExport)

public:
    static constexpr auto format = "shortlist-subject-access";
    static constexpr int version = 1;

    // `generated` is the export's own timestamp (invalid: now).
    static Result<QJsonObject> toJson(Database &db, qint64 candidateId, const QDateTime &generated = {});
};

} // namespace shortlist
