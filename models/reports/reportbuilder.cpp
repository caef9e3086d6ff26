#include "reportbuilder.h"

#include "analytics/chartseries.h"
#include "repositories/applicationrepository.h"
#include "repositories/candidaterepository.h"
#include "repositories/metarepository.h"
#include "storage/database.h"

#include <QLocale>

namespace shortlist {

Result<ReportDocument> ReportBuilder::build(Database &db, const ReportOptions &options, const ReportProgress &progress)
{
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return makeError(ErrorCode::Invalid, tr("The report ends (%1) before it starts (%2). Choose an end date on or after the start date.")
                                                 .arg(reporttext::date(options.to), reporttext::date(options.from)));
    switch (options.kind) {
    case ReportKind::Pipeline: return pipeline(db, options, progress);
    case ReportKind::Candidate: return candidatePacket(db, options, progress);
    case ReportKind::Calibration: return calibration(db, options, progress);
    case ReportKind::Schedule: return schedule(db, options, progress);
    }
    return makeError(ErrorCode::Invalid, tr("Unknown report kind."));
}

Result<qint64> ReportBuilder::findApplication(Database &db, const QString &candidate, qint64 openingId)
{
    const QString text = candidate.trimmed();
    Result<QList<QPair<qint64, QString>>> found = CandidateRepository(db).findByIdOrEmail(text);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("No candidate “%1”. Give a candidate's id or email address.").arg(text));
    if (found->size() > 1)
        return makeError(ErrorCode::Invalid, tr("Several candidates have the email “%1”. Give the candidate's id instead.").arg(text));
    const auto &[candidateId, name] = found->constFirst();
    Result<QList<CandidateApplication>> applications = ApplicationRepository(db).forCandidate(candidateId);
    if (!applications)
        return applications.error();
    QStringList titles;
    for (const CandidateApplication &a : *applications) {
        if (openingId != 0 && a.openingId == openingId)
            return a.applicationId;
        titles << QStringLiteral("%1 (id %2)").arg(a.openingTitle).arg(a.openingId);
    }
    if (openingId != 0)
        return makeError(ErrorCode::NotFound, tr("%1 has not applied to that opening. Their applications: %2.")
                                                  .arg(name, titles.isEmpty() ? tr("none") : titles.join(QStringLiteral(", "))));
    if (applications->isEmpty())
        return makeError(ErrorCode::NotFound, tr("%1 has no applications, so there is no packet to make.").arg(name));
    if (applications->size() > 1)
        return makeError(ErrorCode::Invalid, tr("%1 applied to %2 openings: %3. Say which one with --opening.")
                                                 .arg(name).arg(applications->size()).arg(titles.join(QStringLiteral(", "))));
    return applications->constFirst().applicationId;
}

namespace reporttext {

Result<ReportDocument> start(Database &db, const ReportOptions &options)
{
    ReportDocument doc;
    doc.kind = options.kind;
    doc.title = reportTitle(options.kind);
    doc.author = options.author;
    doc.pageSize = options.pageSize;
    doc.anonymized = options.anonymize;
    doc.generated = options.now > 0 ? QDateTime::fromSecsSinceEpoch(options.now) : QDateTime::currentDateTime();
    Result<QString> organisation = MetaRepository(db).organisationName();
    if (!organisation)
        return organisation.error();
    doc.organisation = *organisation;
    doc.period = period(options.from, options.to);
    return doc;
}

QString date(const QDate &d)
{
    return d.isValid() ? QLocale().toString(d, QStringLiteral("d MMM yyyy")) : QString();
}

QString dateTime(qint64 secs)
{
    const QDateTime t = QDateTime::fromSecsSinceEpoch(secs);
    return date(t.date()) + QLatin1Char(' ') + time(t.time());
}

QString time(const QTime &t)
{
    // The locale's short time without seconds (the C locale's has them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    return QLocale().toString(t, format);
}

QString period(const QDate &from, const QDate &to)
{
    if (from.isValid() && to.isValid())
        return ReportBuilder::tr("%1 – %2").arg(date(from), date(to));
    if (from.isValid())
        return ReportBuilder::tr("since %1").arg(date(from));
    if (to.isValid())
        return ReportBuilder::tr("until %1").arg(date(to));
    return {};
}

QString days(std::optional<double> d)
{
    if (!d)
        return QStringLiteral("—");
    return ReportBuilder::tr("%1 days").arg(QLocale().toString(*d, 'f', *d < 10 ? 1 : 0));
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString share(const Proportion &p)
{
    if (p.whole == 0)
        return QStringLiteral("—");
    if (p.isSmall())
        return shareText(p);
    return ReportBuilder::tr("%1 (%2 of %3)").arg(shareText(p), count(p.part), count(p.whole));
}

} // namespace reporttext

} // namespace shortlist
