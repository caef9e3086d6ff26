#include "skillnormalizer.h"

#include "domain/textfold.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace shortlist {

namespace {

bool keeps(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#');
}

// Replaces dropped characters by one space each run and trims; `text` is
// already folded.
QString collapse(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (!keeps(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

// Plain ASCII needs no Unicode decomposition; this path gives the same result
// as foldText() + collapse() at a fraction of the cost.
bool normalizeAscii(const QString &text, QString &out)
{
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c >= 0x80)
            return false;
        char16_t kept = 0;
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'#')
            kept = c;
        else if (c >= u'A' && c <= u'Z')
            kept = char16_t(c - u'A' + u'a');
        if (kept == 0) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        out.append(QChar(kept));
    }
    return true;
}

} // namespace

QString SkillNormalizer::normalize(const QString &text)
{
    QString ascii;
    if (normalizeAscii(text, ascii))
        return ascii;
    return collapse(foldText(text));
}

QString SkillNormalizer::canonical(const QString &skill) const
{
    const QString spelling = normalize(skill);
    const auto it = m_synonyms.constFind(spelling);
    return it == m_synonyms.cend() ? spelling : it.value();
}

void SkillNormalizer::addSynonym(const QString &alias, const QString &canonical)
{
    const QString from = normalize(alias);
    QString to = normalize(canonical);
    if (from.isEmpty() || to.isEmpty())
        return;
    if (from == to) {
        m_synonyms.remove(from);
        return;
    }
    to = m_synonyms.value(to, to);
    if (from == to)
        return;  // canonical is already an alias of `alias`: nothing changes
    m_synonyms.insert(from, to);
    for (auto it = m_synonyms.begin(); it != m_synonyms.end(); ++it) {
        if (it.value() == from)
            it.value() = to;
    }
}

Result<SkillNormalizer> SkillNormalizer::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, tr("The skill synonym list is not valid JSON: %1.").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toInt() != 1)
        return makeError(ErrorCode::Invalid, tr("The skill synonym list has an unsupported format version; this Shortlist reads format 1."));
    const QJsonValue synonymsValue = root.value(QLatin1String("synonyms"));
    if (!synonymsValue.isObject())
        return makeError(ErrorCode::Invalid, tr("The skill synonym list needs a “synonyms” object mapping each canonical skill to its aliases."));
    const QJsonObject entries = synonymsValue.toObject();

    // Canonical names first, so an alias can be checked against every one of them.
    QHash<QString, QString> canonicalNames;  // normalized -> as written
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString name = normalize(it.key());
        if (name.isEmpty())
            return makeError(ErrorCode::Invalid, tr("The skill synonym list has an empty canonical skill name."));
        const auto previous = canonicalNames.constFind(name);
        if (previous != canonicalNames.cend())
            return makeError(ErrorCode::Invalid, tr("The skills “%1” and “%2” are spelled the same once normalized; list them once.")
                                                     .arg(previous.value(), it.key()));
        canonicalNames.insert(name, it.key());
    }

    SkillNormalizer normalizer;
    QHash<QString, QString> claimedBy;  // normalized alias -> canonical as written
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        const QString target = normalize(it.key());
        if (!it.value().isArray())
            return makeError(ErrorCode::Invalid, tr("The aliases of “%1” must be a list of names.").arg(it.key()));
        const QJsonArray aliases = it.value().toArray();
        for (const QJsonValue &value : aliases) {
            const QString written = value.toString();
            const QString alias = normalize(written);
            if (alias.isEmpty())
                return makeError(ErrorCode::Invalid, tr("“%1” has an empty alias; every alias needs a name.").arg(it.key()));
            if (canonicalNames.contains(alias))
                return makeError(ErrorCode::Invalid, tr("The alias “%1” of “%2” is itself a canonical skill name; an alias must not be a canonical name.")
                                                         .arg(written, it.key()));
            const auto owner = claimedBy.constFind(alias);
            if (owner != claimedBy.cend() && owner.value() != it.key())
                return makeError(ErrorCode::Invalid, tr("The alias “%1” is claimed by both “%2” and “%3”; an alias may belong to one skill only.")
                                                         .arg(written, owner.value(), it.key()));
            claimedBy.insert(alias, it.key());
            normalizer.m_synonyms.insert(alias, target);
        }
    }
    return normalizer;
}

SkillNormalizer SkillNormalizer::builtin()
{
    static const SkillNormalizer cached = [] {
        QFile file(QStringLiteral(":/skills/synonyms.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT_X(opened, "SkillNormalizer::builtin", "the :/skills/synonyms.json resource is missing");
        if (!opened)
            return SkillNormalizer();
        Result<SkillNormalizer> parsed = fromJson(file.readAll());
        Q_ASSERT_X(parsed.ok(), "SkillNormalizer::builtin", qPrintable(parsed.error().message));
        if (!parsed)
            return SkillNormalizer();
        return std::move(parsed).value();
    }();
    return cached;
}

} // namespace shortlist
