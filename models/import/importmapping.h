#pragma once

#include "storage/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace shortlist {

// What a CSV column becomes in Shortlist.
enum class ImportField {
    Ignore, FullName, FirstName, LastName, Email, Phone, Location, CurrentTitle, CurrentCompany, Years, Skills,
    Source, Referrer, Stage, AppliedDate, Tags, Notes, Links
};
QList<ImportField> importFields();            // every field but Ignore, in the wizard's order
QString toCode(ImportField field);            // "email", "first-name", ...
std::optional<ImportField> importFieldFromCode(const QString &code);
QString importFieldTitle(ImportField field);  // "Email", "First name", ...

// Day and month order of dates like 03/04/2026: the file cannot say, so the
// user must (a column whose values are all <= 12 on both sides is ambiguous).
enum class DateOrder { Unknown, DayFirst, MonthFirst };
QString toCode(DateOrder order);              // "", "day-first", "month-first"
std::optional<DateOrder> dateOrderFromCode(const QString &code);

// How the columns of a file map to fields, how its stage values map to the
// opening's stages, and how to read its dates. Saved as JSON (format
// "shortlist-import-mapping", version 1) keyed by header name, so a mapping
// made for one export works for the next one with the columns reordered.
struct ImportMapping {
    QList<ImportField> columns;               // one per header column
    QHash<QString, QString> stages;           // folded file value -> stage name of the opening
    DateOrder dateOrder = DateOrder::Unknown;

    int columnOf(ImportField field) const { return int(columns.indexOf(field)); }
    bool has(ImportField field) const { return columns.contains(field); }

    QJsonObject toJson(const QStringList &header) const;
    // The mapping for `header` from saved JSON; columns it does not name are ignored.
    static Result<ImportMapping> fromJson(const QJsonObject &json, const QStringList &header);
};

class ImportSuggestions {
    Q_DECLARE_TR_FUNCTIONS(ImportSuggestions)

public:
    // Suggests a field for each header from the names common ATS and job-board
    // exports use (Greenhouse, Lever, Workable, LinkedIn Recruiter, Indeed,
    // Personio, BambooHR, spreadsheets): "E-mail address", "Candidate name",
    // "First Name", "Mobile", "Current employer", "Applied on", ... A field is
    // suggested for one column only (the first that matches).
    static ImportMapping suggest(const QStringList &header);
    // The date order the values show, or Unknown when every value fits both
    // (or none is a d/m/y date). `ambiguous` is set when values fit both.
    static DateOrder detectDateOrder(const QStringList &values, bool *ambiguous = nullptr);
};

// Parsing the values of a row.
namespace importvalues {
// ISO dates and times (2026-03-04, 2026-03-04T10:00, 2026-03-04 10:00:00),
// d/m/y or m/d/y with / . or - by `order` (two-digit years are 20xx),
// "4 Mar 2026", "Mar 4, 2026", "4 March 2026"; UTC when no zone is given.
std::optional<QDateTime> parseDate(const QString &text, DateOrder order);
// True when the text is a d/m/y-style date whose day and month could swap.
bool isAmbiguousDate(const QString &text);
// The order a d/m/y-style date proves (25/04/2026: day first), or Unknown.
DateOrder impliedDateOrder(const QString &text);
// Lists in one cell: split on ; | , or newlines, trimmed, empties dropped.
QStringList splitList(const QString &text);
} // namespace importvalues

} // namespace shortlist
