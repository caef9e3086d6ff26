#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace shortlist {

// Anonymised reports show each candidate as a stable code: the same
// candidate gets the same code in every report from the same database, and
// the code reveals neither the name nor the candidate's row id (it is a hash
// of the database id and the candidate id).
class Anonymizer {
public:
    Anonymizer() = default;
    Anonymizer(bool enabled, const QString &databaseId) : m_enabled(enabled), m_databaseId(databaseId) {}

    bool enabled() const { return m_enabled; }
    // "C-7KQ2MX9P"
    static QString code(const QString &databaseId, qint64 candidateId);
    // The candidate's name, or their code when anonymising.
    QString name(qint64 candidateId, const QString &realName) const;
    // Contact details and links: themselves, or empty when anonymising.
    QString contact(const QString &value) const { return m_enabled ? QString() : value; }

    // Free text (notes, evidence, rationale) with a candidate's name parts,
    // email addresses, phone numbers and links replaced, when anonymising.
    QString scrub(const QString &text, qint64 candidateId, const QString &realName) const;

private:
    bool m_enabled = false;
    QString m_databaseId;
};

} // namespace shortlist
