#include "openingtemplates.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace shortlist {

Result<OpeningTemplate> OpeningTemplates::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, tr("The template is not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return makeError(ErrorCode::Invalid, tr("The template has an unsupported format version; this Shortlist reads format 1."));
    OpeningTemplate t;
    t.key = root.value(QLatin1String("key")).toString();
    t.title = root.value(QLatin1String("title")).toString();
    t.targetDays = root.value(QLatin1String("targetDays")).toInt(90);
    Opening &o = t.opening;
    o.title = t.title;
    o.templateKey = t.key;
    o.team = root.value(QLatin1String("team")).toString();
    o.location = root.value(QLatin1String("location")).toString();
    o.headcount = root.value(QLatin1String("headcount")).toInt(1);
    o.description = root.value(QLatin1String("description")).toString();
    const QJsonArray levels = root.value(QLatin1String("ratingLevels")).toArray();
    if (levels.size() != 4)
        return makeError(ErrorCode::Invalid, tr("Template “%1” must name exactly four rating levels.").arg(t.key));
    for (int i = 0; i < 4; ++i)
        o.ratingLevels.at(std::size_t(i)) = levels.at(i).toString();
    const QJsonArray stages = root.value(QLatin1String("stages")).toArray();
    for (const QJsonValue &v : stages) {
        const QJsonObject s = v.toObject();
        const auto category = stageCategoryFromCode(s.value(QLatin1String("category")).toString());
        if (!category)
            return makeError(ErrorCode::Invalid, tr("Template “%1”: stage “%2” has an unknown category.").arg(t.key, s.value(QLatin1String("name")).toString()));
        o.stages.append(Stage{0, int(o.stages.size()), s.value(QLatin1String("name")).toString(), *category,
                              s.value(QLatin1String("stallDays")).toInt()});
    }
    const QJsonArray requirements = root.value(QLatin1String("requirements")).toArray();
    for (const QJsonValue &v : requirements) {
        const QJsonObject r = v.toObject();
        Requirement req;
        req.skill = r.value(QLatin1String("skill")).toString();
        req.detail = r.value(QLatin1String("detail")).toString();
        req.weight = r.value(QLatin1String("weight")).toInt(1);
        req.mustHave = r.value(QLatin1String("mustHave")).toBool();
        req.minYears = r.value(QLatin1String("minYears")).toInt();
        const QJsonArray keywords = r.value(QLatin1String("keywords")).toArray();
        for (const QJsonValue &k : keywords)
            req.keywords << k.toString();
        o.requirements.append(req);
    }
    const QJsonArray competencies = root.value(QLatin1String("competencies")).toArray();
    for (const QJsonValue &v : competencies) {
        const QJsonObject c = v.toObject();
        Competency comp;
        comp.name = c.value(QLatin1String("name")).toString();
        comp.description = c.value(QLatin1String("description")).toString();
        comp.weight = c.value(QLatin1String("weight")).toDouble(1.0);
        const QJsonArray anchors = c.value(QLatin1String("levels")).toArray();
        if (anchors.size() != 4)
            return makeError(ErrorCode::Invalid, tr("Template “%1”: competency “%2” must describe exactly four levels.").arg(t.key, comp.name));
        for (int i = 0; i < 4; ++i)
            comp.levels.at(std::size_t(i)) = anchors.at(i).toString();
        o.competencies.append(comp);
    }
    if (t.key.isEmpty() || t.title.isEmpty() || o.stages.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The template needs a key, a title and a stage plan."));
    return t;
}

QList<OpeningTemplate> OpeningTemplates::all()
{
    static const QList<OpeningTemplate> cached = [] {
        QList<OpeningTemplate> list;
        const QDir dir(QStringLiteral(":/templates"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            Result<OpeningTemplate> parsed = parse(file.readAll());
            if (parsed)
                list.append(std::move(parsed).value());
            else
                qWarning("Skipping opening template %s: %s", qPrintable(name), qPrintable(parsed.error().message));
        }
        // The running example first.
        std::stable_sort(list.begin(), list.end(), [](const OpeningTemplate &a, const OpeningTemplate &b) {
            return (a.key == QLatin1String("big-data-tech-lead")) > (b.key == QLatin1String("big-data-tech-lead"));
        });
        return list;
    }();
    return cached;
}

std::optional<OpeningTemplate> OpeningTemplates::byKey(const QString &key)
{
    for (const OpeningTemplate &t : all()) {
        if (t.key == key)
            return t;
    }
    return std::nullopt;
}

Opening OpeningTemplates::instantiate(const OpeningTemplate &tmpl, const QDate &createdOn)
{
    Opening o = tmpl.opening;
    o.createdOn = createdOn;
    o.targetOn = createdOn.addDays(tmpl.targetDays);
    return o;
}

} // namespace shortlist
