#include "validation.h"

#include <QRegularExpression>

namespace shortlist {

bool Validation::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    return pattern.match(email.trimmed()).hasMatch();
}

QString Validation::normalizedPhone(const QString &phone)
{
    QString digits;
    const QString trimmed = phone.trimmed();
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c.isDigit())
            digits.append(c);
        else if (c == QLatin1Char('+') && digits.isEmpty())
            digits.append(c);
    }
    return digits;
}

bool Validation::isValidPhone(const QString &phone)
{
    static const QRegularExpression allowed(QStringLiteral("^\\+?[0-9 ()./-]+$"));
    const QString trimmed = phone.trimmed();
    if (!allowed.match(trimmed).hasMatch())
        return false;
    const qsizetype digits = normalizedPhone(trimmed).remove(QLatin1Char('+')).size();
    return digits >= 7 && digits <= 15;  // E.164 allows at most 15 digits
}

QList<FieldError> Validation::candidate(const Candidate &c)
{
    QList<FieldError> errors;
    if (c.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("Enter the candidate's name.")});
    else if (c.name.size() > 200)
        errors.append({QStringLiteral("name"), tr("The name is longer than 200 characters; shorten it.")});
    if (!c.email.trimmed().isEmpty() && !isValidEmail(c.email))
        errors.append({QStringLiteral("email"), tr("“%1” is not an email address; use the form name@example.com.").arg(c.email.trimmed())});
    if (!c.phone.trimmed().isEmpty() && !isValidPhone(c.phone))
        errors.append({QStringLiteral("phone"), tr("“%1” is not a phone number; use 7–15 digits, optionally starting with + and the country code.")
                                                    .arg(c.phone.trimmed())});
    if (c.yearsExperience && (*c.yearsExperience < 0 || *c.yearsExperience > 60))
        errors.append({QStringLiteral("years"), tr("Years of experience must be between 0 and 60.")});
    return errors;
}

QList<FieldError> Validation::opening(const Opening &o)
{
    QList<FieldError> errors;
    if (o.title.trimmed().isEmpty())
        errors.append({QStringLiteral("title"), tr("Enter a title for the opening.")});
    if (o.headcount < 1 || o.headcount > 500)
        errors.append({QStringLiteral("headcount"), tr("Headcount must be between 1 and 500.")});
    if (o.targetOn.isValid() && o.createdOn.isValid() && o.targetOn < o.createdOn)
        errors.append({QStringLiteral("target"), tr("The target date is before the opening's start date; pick a later date.")});
    bool hasPipelineStage = false;
    bool hasRejected = false;
    bool hasWithdrawn = false;
    for (const Stage &s : o.stages) {
        hasPipelineStage |= !isExit(s.category);
        hasRejected |= s.category == StageCategory::Rejected;
        hasWithdrawn |= s.category == StageCategory::Withdrawn;
    }
    if (!hasPipelineStage || !hasRejected || !hasWithdrawn)
        errors.append({QStringLiteral("stages"), tr("The stage plan needs at least one pipeline stage and the exits Rejected and Withdrawn; "
                                                    "choose a template.")});
    return errors;
}

} // namespace shortlist
