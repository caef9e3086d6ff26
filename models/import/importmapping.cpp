#include "importmapping.h"

#include "domain/textfold.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace shortlist {

namespace {

struct FieldInfo {
    ImportField field;
    const char *code;
    const char *title;
};

constexpr FieldInfo fieldInfo[] = {
    {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportSuggestions", "Do not import")},
    {ImportField::FullName, "name", QT_TRANSLATE_NOOP("ImportSuggestions", "Full name")},
    {ImportField::FirstName, "first-name", QT_TRANSLATE_NOOP("ImportSuggestions", "First name")},
    {ImportField::LastName, "last-name", QT_TRANSLATE_NOOP("ImportSuggestions", "Last name")},
    {ImportField::Email, "email", QT_TRANSLATE_NOOP("ImportSuggestions", "Email")},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ImportSuggestions", "Phone")},
    {ImportField::Location, "location", QT_TRANSLATE_NOOP("ImportSuggestions", "Location")},
    {ImportField::CurrentTitle, "current-title", QT_TRANSLATE_NOOP("ImportSuggestions", "Current title")},
    {ImportField::CurrentCompany, "current-company", QT_TRANSLATE_NOOP("ImportSuggestions", "Current company")},
    {ImportField::Years, "years", QT_TRANSLATE_NOOP("ImportSuggestions", "Years of experience")},
    {ImportField::Skills, "skills", QT_TRANSLATE_NOOP("ImportSuggestions", "Skills")},
    {ImportField::Source, "source", QT_TRANSLATE_NOOP("ImportSuggestions", "Source")},
    {ImportField::Referrer, "referrer", QT_TRANSLATE_NOOP("ImportSuggestions", "Referrer")},
    {ImportField::Stage, "stage", QT_TRANSLATE_NOOP("ImportSuggestions", "Stage")},
    {ImportField::AppliedDate, "applied", QT_TRANSLATE_NOOP("ImportSuggestions", "Applied date")},
    {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("ImportSuggestions", "Tags")},
    {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("ImportSuggestions", "Notes")},
    {ImportField::Links, "links", QT_TRANSLATE_NOOP("ImportSuggestions", "Links")},
};

// Header names seen in exports, folded (lower case, no accents, only letters
// and digits). Order matters only between fields: the first field whose
// list holds the header wins.
const QHash<QString, ImportField> &synonyms()
{
    static const QHash<QString, ImportField> table = [] {
        QHash<QString, ImportField> t;
        const auto add = [&t](ImportField field, std::initializer_list<const char *> names) {
            for (const char *name : names)
                t.insert(QString::fromLatin1(name), field);
        };
        add(ImportField::FullName, {"name", "fullname", "candidate", "candidatename", "applicantname", "applicant", "contactname", "displayname",
                                    "nom", "nomcomplet", "vollstandigername", "nombre", "nombrecompleto"});
        add(ImportField::FirstName, {"firstname", "givenname", "forename", "first", "prenom", "vorname", "candidatefirstname"});
        add(ImportField::LastName, {"lastname", "surname", "familyname", "last", "nachname", "nomdefamille", "apellido", "apellidos",
                                    "candidatelastname"});
        add(ImportField::Email, {"email", "emailaddress", "mail", "emails", "candidateemail", "personalemail", "workemail", "primaryemail",
                                 "courriel", "correo", "correoelectronico"});
        add(ImportField::Phone, {"phone", "phonenumber", "mobile", "mobilephone", "cell", "cellphone", "telephone", "tel", "phones",
                                 "candidatephone", "primaryphone", "telefon", "telefono"});
        add(ImportField::Location, {"location", "city", "address", "candidatelocation", "currentlocation", "place", "town", "region",
                                    "country", "ort", "ville", "ciudad"});
        add(ImportField::CurrentTitle, {"currenttitle", "title", "jobtitle", "headline", "position", "currentposition", "role", "currentrole",
                                        "currentjobtitle", "occupation"});
        add(ImportField::CurrentCompany, {"currentcompany", "company", "employer", "currentemployer", "organization", "organisation",
                                          "companyname", "currentorganization", "firma", "empresa"});
        add(ImportField::Years, {"years", "yearsofexperience", "experience", "experienceyears", "yearsexperience", "totalexperience", "yoe"});
        add(ImportField::Skills, {"skills", "skill", "keyskills", "competencies", "technologies", "expertise", "skillset"});
        add(ImportField::Source, {"source", "sources", "origin", "channel", "candidatesource", "sourcetype", "sourcename", "recruitingsource"});
        add(ImportField::Referrer, {"referrer", "referredby", "referral", "referrername", "recommendedby"});
        add(ImportField::Stage, {"stage", "currentstage", "status", "pipelinestage", "applicationstatus", "applicationstage", "step",
                                 "currentstatus", "milestone"});
        add(ImportField::AppliedDate, {"applied", "appliedat", "appliedon", "applieddate", "applicationdate", "dateapplied", "createdat",
                                       "created", "createdon", "date", "submittedat", "submissiondate", "addedat", "added"});
        add(ImportField::Tags, {"tags", "tag", "labels", "label", "keywords"});
        add(ImportField::Notes, {"notes", "note", "comments", "comment", "remarks", "summary", "feedback"});
        add(ImportField::Links, {"links", "link", "url", "urls", "linkedin", "linkedinurl", "linkedinprofile", "profileurl", "github",
                                 "website", "portfolio", "resumeurl", "cvurl"});
        return t;
    }();
    return table;
}

QString foldHeader(const QString &header)
{
    QString folded;
    for (QChar c : foldText(header)) {
        if (c.isLetterOrNumber())
            folded += c;
    }
    return folded;
}

const QRegularExpression &numericDate()
{
    // 3/4/2026, 03.04.26, 3-4-2026, optionally followed by a time.
    static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$)"));
    return re;
}

} // namespace

QList<ImportField> importFields()
{
    QList<ImportField> list;
    for (const FieldInfo &info : fieldInfo) {
        if (info.field != ImportField::Ignore)
            list << info.field;
    }
    return list;
}

QString toCode(ImportField field)
{
    for (const FieldInfo &info : fieldInfo) {
        if (info.field == field)
            return QString::fromLatin1(info.code);
    }
    return {};
}

std::optional<ImportField> importFieldFromCode(const QString &code)
{
    for (const FieldInfo &info : fieldInfo) {
        if (code == QLatin1String(info.code))
            return info.field;
    }
    return std::nullopt;
}

QString importFieldTitle(ImportField field)
{
    for (const FieldInfo &info : fieldInfo) {
        if (info.field == field)
            return ImportSuggestions::tr(info.title);
    }
    return {};
}

QString toCode(DateOrder order)
{
    switch (order) {
    case DateOrder::DayFirst: return QStringLiteral("day-first");
    case DateOrder::MonthFirst: return QStringLiteral("month-first");
    case DateOrder::Unknown: break;
    }
    return {};
}

std::optional<DateOrder> dateOrderFromCode(const QString &code)
{
    if (code == QLatin1String("day-first") || code == QLatin1String("dmy"))
        return DateOrder::DayFirst;
    if (code == QLatin1String("month-first") || code == QLatin1String("mdy"))
        return DateOrder::MonthFirst;
    if (code.isEmpty())
        return DateOrder::Unknown;
    return std::nullopt;
}

QJsonObject ImportMapping::toJson(const QStringList &header) const
{
    QJsonObject columnsJson;
    for (int i = 0; i < header.size() && i < columns.size(); ++i)
        columnsJson.insert(header.at(i), toCode(columns.at(i)));
    QJsonObject stagesJson;
    for (auto it = stages.cbegin(); it != stages.cend(); ++it)
        stagesJson.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("format"), QStringLiteral("shortlist-import-mapping")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("columns"), columnsJson},
                     {QStringLiteral("stages"), stagesJson}};
    if (dateOrder != DateOrder::Unknown)
        json.insert(QStringLiteral("dateOrder"), toCode(dateOrder));
    return json;
}

Result<ImportMapping> ImportMapping::fromJson(const QJsonObject &json, const QStringList &header)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("shortlist-import-mapping"))
        return makeError(ErrorCode::Invalid, ImportSuggestions::tr("This is not a Shortlist import mapping (its \"format\" is not "
                                                                   "\"shortlist-import-mapping\"). Save the mapping from the import wizard."));
    if (json.value(QStringLiteral("version")).toInt() != 1)
        return makeError(ErrorCode::Invalid, ImportSuggestions::tr("The mapping is version %1; this Shortlist reads version 1.")
                                                 .arg(json.value(QStringLiteral("version")).toInt()));
    ImportMapping mapping;
    const QJsonObject columnsJson = json.value(QStringLiteral("columns")).toObject();
    QHash<QString, QString> byFolded;
    for (auto it = columnsJson.begin(); it != columnsJson.end(); ++it)
        byFolded.insert(foldHeader(it.key()), it.value().toString());
    for (const QString &name : header) {
        const QString code = byFolded.value(foldHeader(name));
        if (code.isEmpty()) {
            mapping.columns << ImportField::Ignore;
            continue;
        }
        const std::optional<ImportField> field = importFieldFromCode(code);
        if (!field)
            return makeError(ErrorCode::Invalid, ImportSuggestions::tr("The mapping maps “%1” to “%2”, which is not a field Shortlist knows. "
                                                                       "Fields: %3.")
                                                     .arg(name, code, [] {
                                                         QStringList codes;
                                                         for (ImportField f : importFields())
                                                             codes << toCode(f);
                                                         return codes.join(QStringLiteral(", "));
                                                     }()));
        mapping.columns << (*field != ImportField::Ignore && mapping.columns.contains(*field) ? ImportField::Ignore : *field);
    }
    const QJsonObject stagesJson = json.value(QStringLiteral("stages")).toObject();
    for (auto it = stagesJson.begin(); it != stagesJson.end(); ++it)
        mapping.stages.insert(foldText(it.key()).trimmed(), it.value().toString());
    const std::optional<DateOrder> order = dateOrderFromCode(json.value(QStringLiteral("dateOrder")).toString());
    if (!order)
        return makeError(ErrorCode::Invalid, ImportSuggestions::tr("The mapping's dateOrder must be day-first or month-first, not “%1”.")
                                                 .arg(json.value(QStringLiteral("dateOrder")).toString()));
    mapping.dateOrder = *order;
    return mapping;
}

ImportMapping ImportSuggestions::suggest(const QStringList &header)
{
    ImportMapping mapping;
    for (const QString &name : header) {
        const QString folded = foldHeader(name);
        ImportField field = synonyms().value(folded, ImportField::Ignore);
        // "Candidate email", "E-mail (work)", "Phone number 1": look for a known word inside.
        if (field == ImportField::Ignore && !folded.isEmpty()) {
            for (const auto &[probe, probeField] : {std::pair{QStringLiteral("email"), ImportField::Email},
                                                    std::pair{QStringLiteral("phone"), ImportField::Phone},
                                                    std::pair{QStringLiteral("mobile"), ImportField::Phone},
                                                    std::pair{QStringLiteral("linkedin"), ImportField::Links},
                                                    std::pair{QStringLiteral("firstname"), ImportField::FirstName},
                                                    std::pair{QStringLiteral("lastname"), ImportField::LastName},
                                                    std::pair{QStringLiteral("skill"), ImportField::Skills},
                                                    std::pair{QStringLiteral("tag"), ImportField::Tags}}) {
                if (folded.contains(probe)) {
                    field = probeField;
                    break;
                }
            }
        }
        if (field != ImportField::Ignore && mapping.columns.contains(field))
            field = ImportField::Ignore;
        mapping.columns << field;
    }
    // A full name makes first/last unnecessary, and the other way round:
    // keep whichever the file has, both when it has both (first+last win).
    return mapping;
}

DateOrder ImportSuggestions::detectDateOrder(const QStringList &values, bool *ambiguous)
{
    bool dayFirstPossible = true;
    bool monthFirstPossible = true;
    bool anyNumeric = false;
    for (const QString &value : values) {
        const QRegularExpressionMatch m = numericDate().match(value);
        if (!m.hasMatch())
            continue;
        anyNumeric = true;
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (a > 12)
            monthFirstPossible = false;
        if (b > 12)
            dayFirstPossible = false;
    }
    if (ambiguous)
        *ambiguous = anyNumeric && dayFirstPossible && monthFirstPossible;
    if (!anyNumeric || dayFirstPossible == monthFirstPossible)
        return DateOrder::Unknown;
    return dayFirstPossible ? DateOrder::DayFirst : DateOrder::MonthFirst;
}

namespace importvalues {

std::optional<QDateTime> parseDate(const QString &input, DateOrder order)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // ISO 8601, with or without time and zone.
    QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (!iso.isValid())
        iso = QDateTime::fromString(QString(text).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODate);
    if (iso.isValid()) {
        if (iso.timeSpec() == Qt::LocalTime)
            iso.setTimeZone(QTimeZone::utc());
        return iso;
    }
    const QDate isoDate = QDate::fromString(text, Qt::ISODate);
    if (isoDate.isValid())
        return QDateTime(isoDate, QTime(0, 0), QTimeZone::utc());
    const QRegularExpressionMatch m = numericDate().match(text);
    if (m.hasMatch()) {
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        int day = a, month = b;
        if (a > 12 && b <= 12) {
            day = a;
            month = b;
        } else if (b > 12 && a <= 12) {
            day = b;
            month = a;
        } else if (order == DateOrder::MonthFirst) {
            day = b;
            month = a;
        } else if (order != DateOrder::DayFirst && a != b) {
            return std::nullopt;   // ambiguous: the caller must ask
        }
        const QDate date(year, month, day);
        if (!date.isValid())
            return std::nullopt;
        const QTime time = m.captured(4).isEmpty() ? QTime(0, 0) : QTime(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
        if (!time.isValid())
            return std::nullopt;
        return QDateTime(date, time, QTimeZone::utc());
    }
    // Month names, in English and in the user's language.
    for (const QLocale &locale : {QLocale(QLocale::English), QLocale()}) {
        for (const QString &format : {QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"), QStringLiteral("MMM d, yyyy"),
                                      QStringLiteral("MMMM d, yyyy"), QStringLiteral("d-MMM-yyyy"), QStringLiteral("d MMM yy")}) {
            QDate date = locale.toDate(text, format);
            if (date.isValid()) {
                if (date.year() < 100)
                    date = date.addYears(2000);
                return QDateTime(date, QTime(0, 0), QTimeZone::utc());
            }
        }
    }
    return std::nullopt;
}

bool isAmbiguousDate(const QString &text)
{
    const QRegularExpressionMatch m = numericDate().match(text);
    if (!m.hasMatch())
        return false;
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    return a <= 12 && b <= 12 && a != b;
}

DateOrder impliedDateOrder(const QString &text)
{
    const QRegularExpressionMatch m = numericDate().match(text);
    if (!m.hasMatch())
        return DateOrder::Unknown;
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    if (a > 12 && b <= 12)
        return DateOrder::DayFirst;
    if (b > 12 && a <= 12)
        return DateOrder::MonthFirst;
    return DateOrder::Unknown;
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[;|,\\n\\r]+"));
    QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = part.trimmed();
    parts.removeAll(QString());
    return parts;
}

} // namespace importvalues

} // namespace shortlist
