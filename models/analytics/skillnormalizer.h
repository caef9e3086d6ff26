#pragma once

#include "storage/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace shortlist {

// Maps the many spellings of a skill ("Apache-Spark", "PySpark", "k8s") to one
// canonical form, so requirements and candidate profiles can be compared as
// plain strings. The synonym map is flat: a canonical form is never itself an
// alias, so canonical() needs a single lookup.
class SkillNormalizer {
    Q_DECLARE_TR_FUNCTIONS(SkillNormalizer)

public:
    SkillNormalizer() = default;

    // Built-in list from :/skills/synonyms.json, parsed once per process. An
    // unreadable or invalid resource is a programming error: Q_ASSERT, and an
    // empty list in release builds.
    static SkillNormalizer builtin();

    // Format: {"format": 1, "synonyms": {"canonical": ["alias", ...], ...}}.
    // Refused (ErrorCode::Invalid, message naming the entry) when the text is
    // not JSON, the format is not 1, a name is empty or normalizes to nothing,
    // an alias is claimed by two canonicals, an alias equals a canonical name,
    // or two canonical names have the same spelling after normalize().
    static Result<SkillNormalizer> fromJson(const QByteArray &json);

    // A user extension; it replaces a built-in entry for the same alias. When
    // canonical is itself an alias it resolves to that alias's canonical form,
    // and when alias was a canonical form its aliases follow it to the new
    // one, so the map stays flat. Mapping a spelling to itself removes its
    // entry. Names that normalize to nothing are ignored.
    void addSynonym(const QString &alias, const QString &canonical);

    // Spelling only: foldText() (lower case, no diacritics), then every
    // character that is not a letter, digit, '+' or '#' becomes a space, and
    // whitespace is collapsed and trimmed. "Apache-Spark " -> "apache spark",
    // "CI/CD" -> "ci cd", "C++" -> "c++", "Node.js" -> "node js".
    static QString normalize(const QString &text);

    // normalize(), then the synonym map. Unknown skills map to their
    // normalized spelling.
    QString canonical(const QString &skill) const;

    // Normalized alias -> normalized canonical form.
    QHash<QString, QString> synonyms() const { return m_synonyms; }

private:
    QHash<QString, QString> m_synonyms;
};

} // namespace shortlist
