// The subject access export as a readable document, for the person it is
// about: plain section titles, every value the JSON holds, codes spelled out.

#include "subjectaccessreport.h"

#include "formats/subjectaccess.h"
#include "reports/reportbuilder.h"
#include "repositories/privacyrepository.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

namespace shortlist {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(SubjectAccessReport)
};

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("—") : text;
}

QString joined(const QJsonValue &array)
{
    QStringList parts;
    for (const QJsonValue &v : array.toArray())
        parts << v.toString();
    return parts.join(QStringLiteral(", "));
}

// "27 Nov 2026 14:05" in local time from an ISO 8601 UTC time; "—" for null.
QString when(const QJsonValue &value)
{
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    return t.isValid() ? reporttext::dateTime(t.toSecsSinceEpoch()) : QStringLiteral("—");
}

QString day(const QJsonValue &value)
{
    const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
    return d.isValid() ? reporttext::date(d) : QString();
}

QString statusName(const QString &code)
{
    const std::optional<ApplicationStatus> status = applicationStatusFromCode(code);
    return status ? displayName(*status) : code;
}

QString basisName(const QString &stored)
{
    if (stored.isEmpty())
        return displayName(LegalBasis::Unset);
    const std::optional<LegalBasis> basis = legalBasisFromCode(stored);
    return basis ? displayName(*basis) : stored;
}

QString recommendationName(const QString &code)
{
    if (code == QLatin1String("strong_no"))
        return Tr::tr("Strong no");
    if (code == QLatin1String("no"))
        return Tr::tr("No");
    if (code == QLatin1String("yes"))
        return Tr::tr("Yes");
    if (code == QLatin1String("strong_yes"))
        return Tr::tr("Strong yes");
    return code;
}

QString decisionName(const QString &code)
{
    if (code == QLatin1String("advance"))
        return Tr::tr("Advance");
    if (code == QLatin1String("reject"))
        return Tr::tr("Reject");
    if (code == QLatin1String("hire"))
        return Tr::tr("Hire");
    return code;
}

QString interviewStatusName(const QString &code)
{
    if (code == QLatin1String("scheduled"))
        return Tr::tr("Scheduled");
    if (code == QLatin1String("completed"))
        return Tr::tr("Held");
    if (code == QLatin1String("cancelled"))
        return Tr::tr("Cancelled");
    return code;
}

// An interview's start in its own time zone: "2 Mar 2026 10:00 (Europe/London)".
QString interviewStart(const QJsonObject &interview)
{
    QDateTime t = QDateTime::fromString(interview.value(QLatin1String("start")).toString(), Qt::ISODate);
    if (!t.isValid())
        return QStringLiteral("—");
    const QByteArray zoneId = interview.value(QLatin1String("timeZone")).toString().toUtf8();
    const QTimeZone zone(zoneId);
    if (!zone.isValid())
        return reporttext::dateTime(t.toSecsSinceEpoch());
    t = t.toTimeZone(zone);
    return Tr::tr("%1 %2 (%3)").arg(reporttext::date(t.date()), reporttext::time(t.time()), QString::fromUtf8(zoneId));
}

// Parts as sentences: "Solid depth. Amended: typo. Submitted 2 Mar 2026 11:00."
QString sentences(const QStringList &parts)
{
    QStringList out;
    for (QString part : parts) {
        part = part.trimmed();
        if (part.isEmpty())
            continue;
        if (!part.endsWith(QLatin1Char('.')) && !part.endsWith(QLatin1Char('!')) && !part.endsWith(QLatin1Char('?')))
            part += QLatin1Char('.');
        out << part;
    }
    return out.join(QLatin1Char(' '));
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

void addProfile(ReportDocument &doc, const QJsonObject &c)
{
    doc.heading(Tr::tr("Your profile"));
    ReportTable table;
    table.headers = {Tr::tr("Field"), Tr::tr("What we hold")};
    table.widths = {1, 3};
    const auto add = [&table](const QString &label, const QString &value) { table.rows << QStringList{label, orDash(value)}; };
    const auto text = [&c](const char *key) -> QString { return c.value(QLatin1String(key)).toString(); };
    add(Tr::tr("Name"), text("name"));
    add(Tr::tr("Email"), text("email"));
    add(Tr::tr("Phone"), text("phone"));
    add(Tr::tr("Location"), text("location"));
    add(Tr::tr("Current title"), text("currentTitle"));
    add(Tr::tr("Current company"), text("currentCompany"));
    const QJsonValue years = c.value(QLatin1String("yearsExperience"));
    add(Tr::tr("Years of experience"), years.isDouble() ? QLocale().toString(years.toInt()) : QString());
    add(Tr::tr("Skills"), joined(c.value(QLatin1String("skills"))));
    add(Tr::tr("Source"), text("source"));
    add(Tr::tr("Referred by"), text("referrer"));
    add(Tr::tr("Links"), joined(c.value(QLatin1String("links"))));
    add(Tr::tr("Tags"), joined(c.value(QLatin1String("tags"))));
    add(Tr::tr("Record created"), when(c.value(QLatin1String("createdAt"))));
    add(Tr::tr("Last changed"), when(c.value(QLatin1String("updatedAt"))));
    add(Tr::tr("Reference"), text("code"));
    doc.table(table);
}

void addConsent(ReportDocument &doc, const QJsonObject &consent)
{
    doc.heading(Tr::tr("Consent and retention"));
    const QString consentOn = day(consent.value(QLatin1String("consentOn")));
    const QString retainUntil = day(consent.value(QLatin1String("retainUntil")));
    ReportTable table;
    table.headers = {Tr::tr("Field"), Tr::tr("What we hold")};
    table.widths = {1, 3};
    table.rows << QStringList{Tr::tr("Legal basis"), basisName(consent.value(QLatin1String("legalBasis")).toString())};
    table.rows << QStringList{Tr::tr("Consent given or basis recorded on"), consentOn.isEmpty() ? Tr::tr("Not recorded") : consentOn};
    table.rows << QStringList{Tr::tr("Kept at least until"), retainUntil.isEmpty() ? Tr::tr("Not set: the retention policy applies") : retainUntil};
    doc.table(table);
}

void addApplication(ReportDocument &doc, const QJsonObject &a)
{
    const QJsonObject opening = a.value(QLatin1String("opening")).toObject();
    doc.heading(Tr::tr("Application: %1").arg(opening.value(QLatin1String("title")).toString()));
    const QString status = statusName(a.value(QLatin1String("status")).toString());
    const QString reason = a.value(QLatin1String("rejectionReason")).toString();
    const QJsonValue score = a.value(QLatin1String("matchScore"));
    QString match;
    if (score.isDouble()) {
        match = Tr::tr("%1 of 100").arg(score.toInt());
        const int missing = a.value(QLatin1String("missingMustHaves")).toInt();
        if (missing > 0)
            match += QStringLiteral(" · ") + Tr::tr("must-have requirements missing: %1").arg(missing);
    }
    ReportTable summary;
    summary.headers = {Tr::tr("Field"), Tr::tr("What we hold")};
    summary.widths = {1, 3};
    summary.rows << QStringList{Tr::tr("Applied"), when(a.value(QLatin1String("appliedAt")))};
    summary.rows << QStringList{Tr::tr("Stage"), orDash(a.value(QLatin1String("stage")).toString())};
    summary.rows << QStringList{Tr::tr("Status"), reason.isEmpty() ? status : Tr::tr("%1: %2").arg(status, reason)};
    summary.rows << QStringList{Tr::tr("In this stage since"), when(a.value(QLatin1String("stageEnteredAt")))};
    summary.rows << QStringList{Tr::tr("Requirement match score"), orDash(match)};
    doc.table(summary);

    doc.subheading(Tr::tr("Stage history"));
    ReportTable history;
    history.headers = {Tr::tr("When"), Tr::tr("From"), Tr::tr("To"), Tr::tr("By"), Tr::tr("Reason")};
    history.widths = {1.3, 1.2, 1.2, 1.1, 1.6};
    for (const QJsonValue &v : a.value(QLatin1String("stageHistory")).toArray()) {
        const QJsonObject e = v.toObject();
        history.rows << QStringList{when(e.value(QLatin1String("at"))), orDash(e.value(QLatin1String("from")).toString()),
                                    e.value(QLatin1String("to")).toString(), orDash(e.value(QLatin1String("actor")).toString()),
                                    orDash(e.value(QLatin1String("reason")).toString())};
    }
    history.emptyText = Tr::tr("No stage changes recorded.");
    doc.table(history);

    const QJsonArray interviews = a.value(QLatin1String("interviews")).toArray();
    doc.subheading(Tr::tr("Interviews"));
    ReportTable schedule;
    schedule.headers = {Tr::tr("When"), Tr::tr("Interview"), Tr::tr("Where"), Tr::tr("Status"), Tr::tr("Interviewers")};
    schedule.widths = {1.5, 1.4, 1.2, 0.8, 1.5};
    ReportTable ratings;
    ratings.headers = {Tr::tr("Interview"), Tr::tr("Interviewer"), Tr::tr("Competency"), Tr::tr("Rating"), Tr::tr("Evidence and summary")};
    ratings.widths = {1.1, 1.1, 1.3, 0.9, 2.4};
    for (const QJsonValue &v : interviews) {
        const QJsonObject iv = v.toObject();
        const QString title = iv.value(QLatin1String("title")).toString();
        schedule.rows << QStringList{interviewStart(iv) + QStringLiteral(", ") + Tr::tr("%1 min").arg(iv.value(QLatin1String("durationMinutes")).toInt()),
                                     title.isEmpty() ? iv.value(QLatin1String("stage")).toString() : title,
                                     orDash(iv.value(QLatin1String("location")).toString()),
                                     interviewStatusName(iv.value(QLatin1String("status")).toString()), joined(iv.value(QLatin1String("panel")))};
        for (const QJsonValue &s : iv.value(QLatin1String("scorecards")).toArray()) {
            const QJsonObject card = s.toObject();
            const bool submitted = card.value(QLatin1String("status")).toString() == QLatin1String("submitted");
            QString who = card.value(QLatin1String("interviewer")).toString();
            if (card.value(QLatin1String("revision")).toInt() > 1)
                who += QStringLiteral(" · ") + Tr::tr("revision %1").arg(card.value(QLatin1String("revision")).toInt());
            if (!submitted)
                who += QStringLiteral(" · ") + Tr::tr("draft");
            ratings.groupStarts << int(ratings.rows.size());
            for (const QJsonValue &r : card.value(QLatin1String("ratings")).toArray()) {
                const QJsonObject rating = r.toObject();
                QString value;
                if (rating.value(QLatin1String("notAssessed")).toBool())
                    value = Tr::tr("Not assessed");
                else if (rating.value(QLatin1String("rating")).isDouble())
                    value = Tr::tr("%1 · %2").arg(rating.value(QLatin1String("rating")).toInt()).arg(rating.value(QLatin1String("level")).toString());
                ratings.rows << QStringList{title, who, rating.value(QLatin1String("competency")).toString(), orDash(value),
                                            orDash(rating.value(QLatin1String("evidence")).toString())};
            }
            QStringList overall;
            if (const QString summaryText = card.value(QLatin1String("summary")).toString(); !summaryText.isEmpty())
                overall << summaryText;
            if (const QString amend = card.value(QLatin1String("amendReason")).toString(); !amend.isEmpty())
                overall << Tr::tr("Amended: %1").arg(amend);
            if (submitted)
                overall << Tr::tr("Submitted %1").arg(when(card.value(QLatin1String("submittedAt"))));
            ratings.emphasized << int(ratings.rows.size());
            ratings.rows << QStringList{title, who, Tr::tr("Overall"), orDash(recommendationName(card.value(QLatin1String("overall")).toString())),
                                        orDash(sentences(overall))};
        }
    }
    schedule.emptyText = Tr::tr("No interviews.");
    doc.table(schedule);
    if (!ratings.rows.isEmpty()) {
        doc.subheading(Tr::tr("Interview scorecards"));
        doc.table(ratings);
    }

    const QJsonArray decisions = a.value(QLatin1String("decisions")).toArray();
    if (!decisions.isEmpty()) {
        doc.subheading(Tr::tr("Decisions"));
        ReportTable table;
        table.headers = {Tr::tr("When"), Tr::tr("Decision"), Tr::tr("By"), Tr::tr("Scorecard formula"), Tr::tr("Rationale")};
        table.widths = {1.3, 0.9, 1.1, 1.3, 2.2};
        for (const QJsonValue &v : decisions) {
            const QJsonObject d = v.toObject();
            QString formula;
            if (d.value(QLatin1String("formulaScore")).isDouble()) {
                formula = QLocale().toString(d.value(QLatin1String("formulaScore")).toDouble(), 'f', 2);
                if (const QString advice = d.value(QLatin1String("formulaAdvice")).toString(); !advice.isEmpty())
                    formula = Tr::tr("%1, advising %2").arg(formula, recommendationName(advice).toLower());
            }
            QString decision = decisionName(d.value(QLatin1String("decision")).toString());
            if (d.value(QLatin1String("override")).toBool())
                decision += QStringLiteral(" ") + Tr::tr("(against the advice)");
            table.rows << QStringList{when(d.value(QLatin1String("decidedAt"))), decision, orDash(d.value(QLatin1String("actor")).toString()),
                                      orDash(formula), orDash(d.value(QLatin1String("rationale")).toString())};
        }
        doc.table(table);
    }
}

void addNotes(ReportDocument &doc, const QJsonArray &notes)
{
    doc.heading(Tr::tr("Notes"));
    ReportTable table;
    table.headers = {Tr::tr("When"), Tr::tr("By"), Tr::tr("Note")};
    table.widths = {1.2, 1.1, 4};
    for (const QJsonValue &v : notes) {
        const QJsonObject n = v.toObject();
        table.rows << QStringList{when(n.value(QLatin1String("createdAt"))), orDash(n.value(QLatin1String("author")).toString()),
                                  n.value(QLatin1String("body")).toString()};
    }
    table.emptyText = Tr::tr("No notes.");
    doc.table(table);
}

void addAttachments(ReportDocument &doc, const QJsonArray &attachments)
{
    doc.heading(Tr::tr("Attached files"));
    ReportTable table;
    table.headers = {Tr::tr("File"), Tr::tr("Type"), Tr::tr("Size"), Tr::tr("Added"), Tr::tr("SHA-256")};
    table.widths = {1.6, 1.1, 0.7, 1.2, 2.4};
    table.numeric = {false, false, true, false, false};
    for (const QJsonValue &v : attachments) {
        const QJsonObject f = v.toObject();
        // The hash in two halves, so it wraps where a reader can compare it.
        const QString sha = f.value(QLatin1String("sha256")).toString();
        table.rows << QStringList{f.value(QLatin1String("fileName")).toString(), orDash(f.value(QLatin1String("mimeType")).toString()),
                                  sizeText(qint64(f.value(QLatin1String("sizeBytes")).toDouble())), when(f.value(QLatin1String("addedAt"))),
                                  sha.left(32) + QLatin1Char(' ') + sha.mid(32)};
    }
    table.emptyText = Tr::tr("No files.");
    doc.table(table);
    if (!attachments.isEmpty())
        doc.note(Tr::tr("A copy of each file comes with this document; its SHA-256 checksum above shows it is the file we hold."));
}

void addAudit(ReportDocument &doc, const QJsonArray &audit)
{
    doc.heading(Tr::tr("Record of changes"));
    doc.note(Tr::tr("The audit log's entries about your profile, applications, notes, interviews and scorecards: who did what, and when."));
    ReportTable table;
    table.headers = {Tr::tr("When"), Tr::tr("Who"), Tr::tr("Action"), Tr::tr("Record"), Tr::tr("Detail")};
    table.widths = {1.3, 1.1, 0.9, 1.1, 2.2};
    for (const QJsonValue &v : audit) {
        const QJsonObject e = v.toObject();
        QString record = e.value(QLatin1String("entity")).toString();
        if (e.value(QLatin1String("entityId")).isDouble())
            record += QLatin1Char(' ') + QString::number(qint64(e.value(QLatin1String("entityId")).toDouble()));
        table.rows << QStringList{when(e.value(QLatin1String("at"))), orDash(e.value(QLatin1String("actor")).toString()),
                                  e.value(QLatin1String("action")).toString(), record, orDash(e.value(QLatin1String("detail")).toString())};
    }
    table.emptyText = Tr::tr("No entries.");
    doc.table(table);
}

} // namespace

Result<ReportDocument> subjectAccessReport(const QJsonObject &json, const QString &author, ReportPageSize pageSize)
{
    if (json.value(QLatin1String("format")).toString() != QLatin1String(SubjectAccessExport::format)
        || json.value(QLatin1String("version")).toInt() != SubjectAccessExport::version)
        return makeError(ErrorCode::Invalid, Tr::tr("This is not a subject access export Shortlist can read (format %1 version %2).")
                                                 .arg(QLatin1String(SubjectAccessExport::format))
                                                 .arg(SubjectAccessExport::version));
    const QJsonObject candidate = json.value(QLatin1String("candidate")).toObject();
    const QJsonObject database = json.value(QLatin1String("database")).toObject();
    const QString name = candidate.value(QLatin1String("name")).toString();
    const QString organisation = database.value(QLatin1String("organisation")).toString();
    const QDateTime generated = QDateTime::fromString(json.value(QLatin1String("generated")).toString(), Qt::ISODate);

    ReportDocument doc;
    doc.kind = ReportKind::Candidate;
    doc.title = Tr::tr("Your personal data");
    doc.scope = name;
    doc.organisation = organisation;
    doc.author = author;
    doc.subject = Tr::tr("Subject access export: everything held about %1").arg(name);
    doc.generated = generated.isValid() ? generated.toLocalTime() : QDateTime::currentDateTime();
    doc.pageSize = pageSize;
    const QString email = candidate.value(QLatin1String("email")).toString();
    doc.coverLines << (email.isEmpty() ? name : Tr::tr("%1 · %2").arg(name, email));
    doc.coverLines << Tr::tr("Everything %1 holds about you in its recruitment records, as of %2.")
                          .arg(organisation.isEmpty() ? Tr::tr("we") : organisation, reporttext::date(doc.generated.date()));
    doc.coverLines << Tr::tr("Reference %1").arg(candidate.value(QLatin1String("code")).toString());

    doc.paragraph(Tr::tr("This document answers a request for access to personal data (GDPR Art. 15). It lists everything our "
                         "recruitment database holds about you: your profile, the legal basis for holding it and how long it is kept, "
                         "each application with its stages, interviews, interviewers' scorecards and decisions, notes, attached files, "
                         "and the record of who changed what. The same data comes in machine-readable form (JSON) with this document."));
    addProfile(doc, candidate);
    addConsent(doc, json.value(QLatin1String("consent")).toObject());
    const QJsonArray applications = json.value(QLatin1String("applications")).toArray();
    for (const QJsonValue &a : applications)
        addApplication(doc, a.toObject());
    if (applications.isEmpty()) {
        doc.heading(Tr::tr("Applications"));
        doc.paragraph(Tr::tr("No applications."));
    }
    addNotes(doc, json.value(QLatin1String("notes")).toArray());
    addAttachments(doc, json.value(QLatin1String("attachments")).toArray());
    addAudit(doc, json.value(QLatin1String("audit")).toArray());
    return doc;
}

} // namespace shortlist
