// The interview schedule: the sheet a coordinator prints. Per day (the
// interview's own local date), every interview that is not cancelled with its
// time, candidate, opening, stage, panel and room or link.

#include "reportbuilder.h"

#include "reports/anonymizer.h"
#include "repositories/interviewrepository.h"
#include "repositories/metarepository.h"
#include "repositories/openingrepository.h"
#include "repositories/peoplerepository.h"
#include "storage/database.h"

#include <QLocale>
#include <QMap>
#include <QTimeZone>

#include <algorithm>

namespace shortlist {

namespace {

// No time zone is more than 14 hours from UTC: a UTC window this much wider
// than the dates holds every interview whose local date is among them.
constexpr qint64 zoneMargin = 14 * 3600;

// "10:00–11:00", with the zone's abbreviation when it is not the system's.
QString timeText(const Interview &i)
{
    const QDateTime end = i.start.addSecs(qint64(i.durationMinutes) * 60);
    QString text = ReportBuilder::tr("%1–%2").arg(reporttext::time(i.start.time()), reporttext::time(end.time()));
    if (i.start.timeZone().id() != QTimeZone::systemTimeZoneId())
        text = ReportBuilder::tr("%1 %2").arg(text, i.start.timeZoneAbbreviation());
    return text;
}

} // namespace

Result<ReportDocument> ReportBuilder::schedule(Database &db, const ReportOptions &options, const ReportProgress &progress)
{
    const QDate from = options.from.isValid() ? options.from
                                              : (options.now > 0 ? QDateTime::fromSecsSinceEpoch(options.now).date() : QDate::currentDate());
    const QDate to = options.to.isValid() ? options.to : from.addDays(6);
    if (to < from)
        return makeError(ErrorCode::Invalid, tr("The schedule ends (%1) before it starts (%2). Choose an end date on or after the start date.")
                                                 .arg(reporttext::date(to), reporttext::date(from)));
    Result<ReportDocument> started = reporttext::start(db, options);
    if (!started)
        return started.error();
    ReportDocument doc = std::move(*started);
    doc.period = reporttext::period(from, to);

    OpeningRepository openingRepository(db);
    Result<QList<QPair<qint64, QString>>> titles = openingRepository.titles();
    if (!titles)
        return titles.error();
    QStringList scopeTitles;
    for (qint64 id : options.openingIds) {
        const auto found = std::find_if(titles->cbegin(), titles->cend(), [id](const QPair<qint64, QString> &t) { return t.first == id; });
        if (found == titles->cend())
            return makeError(ErrorCode::NotFound, tr("There is no opening %1. Choose one of the openings in the database by its name or id.").arg(id));
        scopeTitles << found->second;
    }
    doc.scope = scopeTitles.isEmpty() ? tr("All openings") : scopeTitles.join(QStringLiteral(", "));
    doc.subject = tr("Interview schedule, %1: %2").arg(doc.period, doc.scope);
    doc.coverLines << doc.scope << doc.period;

    Result<QString> databaseId = MetaRepository(db).databaseId();
    if (!databaseId)
        return databaseId.error();
    const Anonymizer anonymizer(options.anonymize, *databaseId);
    Result<QHash<qint64, QString>> people = PeopleRepository(db).names();
    if (!people)
        return people.error();

    InterviewRepository interviews(db);
    const qint64 windowStart = QDateTime(from, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - zoneMargin;
    const qint64 windowEnd = QDateTime(to.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch() + zoneMargin;
    Result<QList<Interview>> found = interviews.between(QDateTime::fromSecsSinceEpoch(windowStart, Qt::UTC),
                                                        QDateTime::fromSecsSinceEpoch(windowEnd, Qt::UTC), options.openingIds);
    if (!found)
        return found.error();
    // Per local date; within a day by the moment they start (between() sorts so).
    QMap<QDate, QList<Interview>> days;
    for (const Interview &i : std::as_const(*found)) {
        const QDate day = i.start.date();
        if (day >= from && day <= to)
            days[day] << i;
    }
    qint64 count = 0;
    for (const QList<Interview> &list : std::as_const(days))
        count += list.size();
    doc.coverLines << tr("Interviews: %1").arg(reporttext::count(count));
    if (options.anonymize)
        doc.coverLines << tr("Anonymised: candidates appear as codes.");
    if (days.isEmpty()) {
        doc.paragraph(tr("No interviews scheduled between %1 and %2.").arg(reporttext::date(from), reporttext::date(to)));
        if (progress && !progress(1, 1))
            return makeError(ErrorCode::Cancelled, tr("Making the interview schedule was cancelled."));
        return doc;
    }

    // Competency names per opening, for the panel's focus.
    QHash<qint64, QHash<qint64, QString>> competencies;
    const int total = int(days.size());
    int done = 0;
    for (auto day = days.cbegin(); day != days.cend(); ++day, ++done) {
        if (progress && !progress(done, total))
            return makeError(ErrorCode::Cancelled, tr("Making the interview schedule was cancelled."));
        doc.subheading(QLocale().toString(day.key(), QStringLiteral("dddd d MMMM yyyy")));
        ReportTable table;
        table.headers = {tr("Time"),      tr("Candidate"), tr("Opening"), tr("Stage"),
                         tr("Interview"), tr("Panel"),     tr("Location")};
        table.widths = {1.3, 1.4, 1.6, 1, 1.5, 2.6, 1.6};
        for (const Interview &i : day.value()) {
            Result<InterviewContext> context = interviews.context(i.id);
            if (!context)
                return context.error();
            if (!competencies.contains(context->openingId)) {
                Result<Opening> opening = openingRepository.load(context->openingId);
                if (!opening)
                    return opening.error();
                QHash<qint64, QString> names;
                for (const Competency &c : std::as_const(opening->competencies))
                    names.insert(c.id, c.name);
                competencies.insert(context->openingId, names);
            }
            const QHash<qint64, QString> &focusNames = competencies[context->openingId];
            QStringList panel;
            for (const PanelMember &m : i.panel) {
                const QString name = people->value(m.personId, tr("Person %1").arg(m.personId));
                QStringList focus;
                for (qint64 c : m.focusCompetencyIds)
                    focus << focusNames.value(c);
                panel << (focus.isEmpty() ? name : tr("%1 (%2)").arg(name, focus.join(QStringLiteral(", "))));
            }
            table.rows << QStringList{timeText(i),
                                      anonymizer.name(context->candidateId, context->candidate),
                                      context->opening,
                                      context->stage,
                                      anonymizer.scrub(i.title, context->candidateId, context->candidate),
                                      panel.join(QLatin1Char('\n')),
                                      i.location.isEmpty() ? QStringLiteral("—") : i.location};
        }
        doc.table(table);
    }
    if (progress && !progress(total, total))
        return makeError(ErrorCode::Cancelled, tr("Making the interview schedule was cancelled."));
    return doc;
}

} // namespace shortlist
