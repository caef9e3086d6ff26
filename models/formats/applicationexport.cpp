#include "applicationexport.h"

#include "domain/types.h"
#include "repositories/applicationrepository.h"
#include "repositories/sqlvalues.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace shortlist {

namespace {

// What the file has and ApplicationRow does not.
struct CandidateDetails {
    QString email;
    QString phone;
    QString company;
    QStringList skills;
    QStringList tags;
};

struct Page {
    QList<ApplicationRow> rows;
    qint64 done = 0;    // progress after this page
    bool last = false;
};

QString marks(qsizetype count)
{
    QStringList list(count, QStringLiteral("?"));
    return QLatin1Char('(') + list.join(QLatin1Char(',')) + QLatin1Char(')');
}

// Contact details, skills and tags of up to maxPageSize candidates in one
// statement: one row per tag (or one row without a tag), tags in name order.
Result<QHash<qint64, CandidateDetails>> detailsFor(const Database &db, const QList<qint64> &candidateIds)
{
    QHash<qint64, CandidateDetails> details;
    SqlQuery q(db);
    for (qsizetype from = 0; from < candidateIds.size(); from += ApplicationExport::maxPageSize) {
        const QList<qint64> chunk = candidateIds.mid(from, ApplicationExport::maxPageSize);
        q.prepare(QStringLiteral("SELECT c.id, c.email, c.phone, c.current_company, c.skills, t.name FROM candidates c "
                                 "LEFT JOIN candidate_tags ct ON ct.candidate_id = c.id LEFT JOIN tags t ON t.id = ct.tag_id "
                                 "WHERE c.id IN ") + marks(chunk.size()) + QStringLiteral(" ORDER BY c.id, t.name"));
        for (qint64 id : chunk)
            q.bind(id);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            const qint64 id = q.int64(0);
            auto it = details.find(id);
            if (it == details.end()) {
                it = details.insert(id, CandidateDetails{q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                                         sqlvalues::fromLines(q.value(4)), {}});
            }
            if (!q.isNull(5))
                it->tags << q.value(5).toString();
        }
        q.finish();
    }
    return details;
}

QString optionalNumber(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// Opens the target, writes the header and every page, and commits only when
// all went well; otherwise QSaveFile discards the temporary file.
Result<qint64> writeFile(const Database &db, const QString &path, const CsvWriter::Options &csv, qint64 now, qint64 total,
                         const std::function<Result<Page>(qint64 offset)> &nextPage, const ApplicationExport::Progress &progress)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, ApplicationExport::tr("Choose a file to export to."));
    const bool isNew = !QFileInfo::exists(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Io, ApplicationExport::tr("Cannot write “%1”: %2. Choose a folder you may write to.")
                                            .arg(nativePath(path), file.errorString()));
    }
    // Names, emails and phone numbers: readable by the owner only, like the database.
    if (isNew)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    CsvWriter writer(file, csv);
    if (Error e = writer.writeRow(ApplicationExport::headers()))
        return e;
    if (progress && !progress(0, total))
        return makeError(ErrorCode::Cancelled, ApplicationExport::tr("The export was cancelled; no file was written."));
    qint64 written = 0;
    qint64 offset = 0;
    const QString listSeparator = QStringLiteral("; ");
    while (true) {
        Result<Page> page = nextPage(offset);
        if (!page)
            return page.error();
        offset = page->done;
        QList<qint64> candidateIds;
        candidateIds.reserve(page->rows.size());
        for (const ApplicationRow &r : std::as_const(page->rows))
            candidateIds << r.candidateId;
        Result<QHash<qint64, CandidateDetails>> details = detailsFor(db, candidateIds);
        if (!details)
            return details.error();
        for (const ApplicationRow &r : std::as_const(page->rows)) {
            const CandidateDetails d = details->value(r.candidateId);
            const QStringList fields = {
                r.name,
                d.email,
                d.phone,
                r.currentTitle,
                d.company,
                optionalNumber(r.yearsExperience),
                d.skills.join(listSeparator),
                d.tags.join(listSeparator),
                r.source,
                r.stageName,
                displayName(r.status),
                QString::number(daysInStage(r, now)),
                optionalNumber(r.matchScore),
                QString::number(r.missingMustHaves),
                QDateTime::fromSecsSinceEpoch(r.appliedAt).date().toString(Qt::ISODate),
            };
            if (Error e = writer.writeRow(fields))
                return e;
            ++written;
        }
        if (progress && !progress(page->done, std::max(total, page->done)))
            return makeError(ErrorCode::Cancelled, ApplicationExport::tr("The export was cancelled; no file was written."));
        if (page->last)
            break;
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io, ApplicationExport::tr("Could not finish writing “%1”: %2. Check that the disk has free space.")
                                            .arg(nativePath(path), file.errorString()));
    }
    return written;
}

} // namespace

qint64 ApplicationExport::now() const
{
    return m_now > 0 ? m_now : QDateTime::currentSecsSinceEpoch();
}

QStringList ApplicationExport::headers()
{
    return {tr("Name"),          tr("Email"),  tr("Phone"),         tr("Current title"), tr("Current company"),
            tr("Years"),         tr("Skills"), tr("Tags"),          tr("Source"),        tr("Stage"),
            tr("Status"),        tr("Days in stage"), tr("Match score"), tr("Missing must-haves"), tr("Applied")};
}

Result<qint64> ApplicationExport::exportQuery(const ApplicationQuery &query, const QString &path, const Progress &progress)
{
    const qint64 at = now();
    const ApplicationRepository repository(m_db);
    Result<qint64> total = repository.count(query, at);
    if (!total)
        return total.error();
    const int limit = m_pageSize;
    // Offset paging: rows that change stage or arrive while the export runs
    // appear as they were when their page was read.
    const auto nextPage = [&](qint64 offset) -> Result<Page> {
        Result<QList<ApplicationRow>> rows = repository.rows(query, at, offset, limit);
        if (!rows)
            return rows.error();
        Page page;
        page.last = rows->size() < limit;
        page.done = offset + rows->size();
        page.rows = std::move(rows).value();
        return page;
    };
    return writeFile(m_db, path, m_csv, at, *total, nextPage, progress);
}

Result<qint64> ApplicationExport::exportApplications(const QList<qint64> &applicationIds, const QString &path, const Progress &progress)
{
    QList<qint64> ids;
    ids.reserve(applicationIds.size());
    QSet<qint64> seen;
    for (qint64 id : applicationIds) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    }
    const int limit = m_pageSize;
    const auto nextPage = [&](qint64 offset) -> Result<Page> {
        const QList<qint64> chunk = ids.mid(offset, limit);
        Page page;
        page.done = offset + chunk.size();
        page.last = page.done >= ids.size();
        if (!chunk.isEmpty()) {
            Result<QList<ApplicationRow>> rows = ApplicationRepository(m_db).rowsByIds(chunk);
            if (!rows)
                return rows.error();
            page.rows = std::move(rows).value();
        }
        return page;
    };
    return writeFile(m_db, path, m_csv, now(), ids.size(), nextPage, progress);
}

} // namespace shortlist
