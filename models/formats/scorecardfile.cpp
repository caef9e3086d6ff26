#include "scorecardfile.h"

#include "repositories/interviewrepository.h"
#include "repositories/metarepository.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace shortlist {

namespace {

Result<QJsonObject> parseObject(const QByteArray &content)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::Invalid, ScorecardFile::tr("This is not a Shortlist scorecard file (not readable JSON: %1).").arg(error.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(ScorecardFile::format))
        return makeError(ErrorCode::Invalid, ScorecardFile::tr("This is not a Shortlist scorecard file."));
    if (o.value(QStringLiteral("version")).toInt() != ScorecardFile::version)
        return makeError(ErrorCode::Invalid, ScorecardFile::tr("The file is scorecard format version %1; this Shortlist reads version %2. "
                                                               "Use the same Shortlist version as the file's sender.")
                                                 .arg(o.value(QStringLiteral("version")).toInt())
                                                 .arg(ScorecardFile::version));
    return o;
}

} // namespace

QString ScorecardFile::contentHash(const QJsonObject &file)
{
    QJsonObject content = file;
    content.remove(QStringLiteral("signature"));
    // QJsonObject keeps keys sorted, so the compact form is canonical.
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

Result<QByteArray> ScorecardFile::create(Database &db, qint64 interviewId, qint64 personId)
{
    Result<Interview> interview = InterviewRepository(db).load(interviewId);
    if (!interview)
        return interview.error();
    if (interview->status == InterviewStatus::Cancelled)
        return makeError(ErrorCode::Invalid, tr("The interview was cancelled; there is nothing to score."));
    Result<Scorecard> blank = ScorecardRepository(db).current(interviewId, personId);
    if (!blank)
        return blank.error();
    Result<QString> id = MetaRepository(db).databaseId();
    if (!id)
        return id.error();
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT c.name, o.title, s.name, p.name, o.id FROM applications a JOIN candidates c ON c.id = a.candidate_id "
                             "JOIN openings o ON o.id = a.opening_id JOIN stages s ON s.id = ? JOIN people p ON p.id = ? WHERE a.id = ?"));
    q.bind(interview->stageId).bind(personId).bind(interview->applicationId);
    if (!q.exec() || !q.next())
        return q.failure();
    const QString candidate = q.value(0).toString();
    const QString opening = q.value(1).toString();
    const QString stage = q.value(2).toString();
    const QString interviewer = q.value(3).toString();
    const qint64 openingId = q.int64(4);
    q.finish();
    QJsonArray scale;
    q.prepare(QStringLiteral("SELECT level, name FROM rating_levels WHERE opening_id = ? ORDER BY level"));
    q.bind(openingId);
    if (!q.exec())
        return q.error();
    while (q.next())
        scale.append(QJsonObject{{QStringLiteral("level"), q.value(0).toInt()}, {QStringLiteral("name"), q.value(1).toString()}});
    QJsonArray competencies;
    for (const CompetencyRating &r : std::as_const(blank->ratings)) {
        q.prepare(QStringLiteral("SELECT name, description FROM competencies WHERE id = ?"));
        q.bind(r.competencyId);
        if (!q.exec() || !q.next())
            return q.failure();
        QJsonObject c{{QStringLiteral("id"), r.competencyId},
                      {QStringLiteral("name"), q.value(0).toString()},
                      {QStringLiteral("description"), q.value(1).toString()},
                      {QStringLiteral("rating"), QJsonValue::Null},
                      {QStringLiteral("notAssessed"), false},
                      {QStringLiteral("evidence"), QString()}};
        q.finish();
        QJsonObject levels;
        q.prepare(QStringLiteral("SELECT level, description FROM competency_levels WHERE competency_id = ? ORDER BY level"));
        q.bind(r.competencyId);
        if (!q.exec())
            return q.error();
        while (q.next())
            levels.insert(q.value(0).toString(), q.value(1).toString());
        c.insert(QStringLiteral("levels"), levels);
        competencies.append(c);
    }
    const QJsonObject file{
        {QStringLiteral("format"), QLatin1String(format)},
        {QStringLiteral("version"), version},
        {QStringLiteral("database"), *id},
        {QStringLiteral("interview"), QJsonObject{{QStringLiteral("uid"), interview->uid},
                                                  {QStringLiteral("id"), interview->id},
                                                  {QStringLiteral("stage"), stage},
                                                  {QStringLiteral("title"), interview->title},
                                                  {QStringLiteral("start"), interview->start.toString(Qt::ISODate)},
                                                  {QStringLiteral("timeZone"), QString::fromUtf8(interview->start.timeZone().id())}}},
        {QStringLiteral("candidate"), candidate},
        {QStringLiteral("opening"), opening},
        {QStringLiteral("interviewer"), QJsonObject{{QStringLiteral("id"), personId}, {QStringLiteral("name"), interviewer}}},
        {QStringLiteral("scale"), scale},
        {QStringLiteral("competencies"), competencies},
        {QStringLiteral("overall"), QJsonValue::Null},
        {QStringLiteral("summary"), QString()},
    };
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<ScorecardFileContent> ScorecardFile::formContent(Database &db, qint64 interviewId, qint64 personId)
{
    Result<QByteArray> blank = create(db, interviewId, personId);
    if (!blank)
        return blank.error();
    Result<ScorecardFileContent> content = read(*blank);
    if (!content)
        return content.error();
    Result<Scorecard> latest = ScorecardRepository(db).current(interviewId, personId);
    if (!latest)
        return latest.error();
    for (ScorecardFileContent::Item &item : content->competencies) {
        for (const CompetencyRating &r : std::as_const(latest->ratings)) {
            if (r.competencyId == item.id)
                item.answer = r;
        }
    }
    content->overall = latest->overall;
    content->summary = latest->summary;
    return content;
}

Result<ScorecardFileContent> ScorecardFile::read(const QByteArray &content)
{
    Result<QJsonObject> parsed = parseObject(content);
    if (!parsed)
        return parsed.error();
    const QJsonObject o = *parsed;
    ScorecardFileContent c;
    c.candidate = o.value(QStringLiteral("candidate")).toString();
    c.opening = o.value(QStringLiteral("opening")).toString();
    c.interviewer = o.value(QStringLiteral("interviewer")).toObject().value(QStringLiteral("name")).toString();
    const QJsonObject interview = o.value(QStringLiteral("interview")).toObject();
    c.stage = interview.value(QStringLiteral("stage")).toString();
    c.interviewTitle = interview.value(QStringLiteral("title")).toString();
    c.start = interview.value(QStringLiteral("start")).toString();
    c.timeZone = interview.value(QStringLiteral("timeZone")).toString();
    const QJsonArray scale = o.value(QStringLiteral("scale")).toArray();
    for (const QJsonValue &v : scale)
        c.scale.insert(v.toObject().value(QStringLiteral("level")).toInt(), v.toObject().value(QStringLiteral("name")).toString());
    const QJsonArray competencies = o.value(QStringLiteral("competencies")).toArray();
    for (const QJsonValue &v : competencies) {
        const QJsonObject x = v.toObject();
        ScorecardFileContent::Item item;
        item.id = x.value(QStringLiteral("id")).toInteger();
        item.name = x.value(QStringLiteral("name")).toString();
        item.description = x.value(QStringLiteral("description")).toString();
        const QJsonObject levels = x.value(QStringLiteral("levels")).toObject();
        for (auto it = levels.constBegin(); it != levels.constEnd(); ++it)
            item.levels.insert(it.key().toInt(), it.value().toString());
        item.answer.competencyId = item.id;
        if (x.value(QStringLiteral("rating")).isDouble())
            item.answer.rating = x.value(QStringLiteral("rating")).toInt();
        item.answer.notAssessed = x.value(QStringLiteral("notAssessed")).toBool();
        item.answer.evidence = x.value(QStringLiteral("evidence")).toString();
        c.competencies << item;
    }
    c.overall = recommendationFromCode(o.value(QStringLiteral("overall")).toString());
    c.summary = o.value(QStringLiteral("summary")).toString();
    c.isSigned = o.contains(QStringLiteral("signature"));
    return c;
}

Result<QByteArray> ScorecardFile::fillAndSign(const QByteArray &content, const QList<CompetencyRating> &ratings,
                                              std::optional<Recommendation> overall, const QString &summary)
{
    Result<QJsonObject> parsed = parseObject(content);
    if (!parsed)
        return parsed.error();
    QJsonObject file = *parsed;
    QJsonArray competencies = file.value(QStringLiteral("competencies")).toArray();
    for (qsizetype i = 0; i < competencies.size(); ++i) {
        QJsonObject c = competencies.at(i).toObject();
        for (const CompetencyRating &r : ratings) {
            if (r.competencyId != c.value(QStringLiteral("id")).toInteger())
                continue;
            c.insert(QStringLiteral("rating"), r.rating ? QJsonValue(*r.rating) : QJsonValue(QJsonValue::Null));
            c.insert(QStringLiteral("notAssessed"), r.notAssessed);
            c.insert(QStringLiteral("evidence"), r.evidence);
        }
        competencies[i] = c;
    }
    file.insert(QStringLiteral("competencies"), competencies);
    file.insert(QStringLiteral("overall"), overall ? QJsonValue(toCode(*overall)) : QJsonValue(QJsonValue::Null));
    file.insert(QStringLiteral("summary"), summary);
    file.remove(QStringLiteral("signature"));
    file.insert(QStringLiteral("signature"), QJsonObject{{QStringLiteral("sha256"), contentHash(file)},
                                                         {QStringLiteral("signedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

ScorecardImportResult ScorecardImport::importFile(Database &db, const QString &fileName, const QByteArray &content)
{
    ScorecardImportResult result;
    result.fileName = fileName;
    const auto fail = [&](const QString &message) {
        result.message = message;
        return result;
    };
    Result<QJsonObject> parsed = parseObject(content);
    if (!parsed)
        return fail(parsed.error().message);
    const QJsonObject file = *parsed;
    const QJsonObject signature = file.value(QStringLiteral("signature")).toObject();
    if (signature.isEmpty())
        return fail(tr("The file was never saved by the interviewer (it has no signature); ask them to fill it in and save it."));
    if (signature.value(QStringLiteral("sha256")).toString() != ScorecardFile::contentHash(file))
        return fail(tr("The file was changed after the interviewer saved it (its signature no longer matches); ask them to save it again."));
    Result<QString> id = MetaRepository(db).databaseId();
    if (!id)
        return fail(id.error().message);
    if (file.value(QStringLiteral("database")).toString() != *id)
        return fail(tr("The file belongs to another Shortlist database; import it there."));
    const QJsonObject interviewJson = file.value(QStringLiteral("interview")).toObject();
    const qint64 interviewId = interviewJson.value(QStringLiteral("id")).toInteger();
    Result<Interview> interview = InterviewRepository(db).load(interviewId);
    if (!interview || interview->uid != interviewJson.value(QStringLiteral("uid")).toString())
        return fail(tr("The interview in the file no longer exists in this database."));
    if (interview->status == InterviewStatus::Cancelled)
        return fail(tr("The interview was cancelled; its scorecard is not imported."));
    const qint64 personId = file.value(QStringLiteral("interviewer")).toObject().value(QStringLiteral("id")).toInteger();
    bool onPanel = false;
    for (const PanelMember &m : std::as_const(interview->panel))
        onPanel = onPanel || m.personId == personId;
    if (!onPanel)
        return fail(tr("%1 is not on this interview's panel.").arg(file.value(QStringLiteral("interviewer")).toObject().value(QStringLiteral("name")).toString()));
    Scorecard card;
    card.interviewId = interviewId;
    card.personId = personId;
    card.overall = recommendationFromCode(file.value(QStringLiteral("overall")).toString());
    card.summary = file.value(QStringLiteral("summary")).toString();
    const QJsonArray competencies = file.value(QStringLiteral("competencies")).toArray();
    for (const QJsonValue &v : competencies) {
        const QJsonObject c = v.toObject();
        CompetencyRating r;
        r.competencyId = c.value(QStringLiteral("id")).toInteger();
        if (c.value(QStringLiteral("rating")).isDouble())
            r.rating = c.value(QStringLiteral("rating")).toInt();
        r.notAssessed = c.value(QStringLiteral("notAssessed")).toBool();
        r.evidence = c.value(QStringLiteral("evidence")).toString();
        card.ratings << r;
    }
    Result<Scorecard> current = ScorecardRepository(db).current(interviewId, personId);
    if (!current)
        return fail(current.error().message);
    if (current->submitted) {
        const bool same = current->ratings == card.ratings && current->overall == card.overall && current->summary == card.summary;
        return fail(same ? tr("This scorecard was already imported.")
                         : tr("%1 already submitted a scorecard for this interview; amend it in Shortlist to replace it.")
                               .arg(file.value(QStringLiteral("interviewer")).toObject().value(QStringLiteral("name")).toString()));
    }
    Result<qint64> saved = ScorecardRepository(db).submit(card);
    if (!saved)
        return fail(saved.error().message);
    result.imported = true;
    result.message = tr("Imported %1's scorecard for %2.")
                         .arg(file.value(QStringLiteral("interviewer")).toObject().value(QStringLiteral("name")).toString(),
                              file.value(QStringLiteral("candidate")).toString());
    return result;
}

QList<ScorecardImportResult> ScorecardImport::importFiles(Database &db, const QList<QPair<QString, QByteArray>> &files)
{
    QList<ScorecardImportResult> results;
    for (const auto &[name, content] : files)
        results << importFile(db, name, content);
    return results;
}

} // namespace shortlist
