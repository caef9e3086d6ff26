#include "anonymizer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace shortlist {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Anonymizer)
};
} // namespace

QString Anonymizer::code(const QString &databaseId, qint64 candidateId)
{
    // Crockford's base32 alphabet: no I, L, O or U to misread.
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    const QByteArray digest = QCryptographicHash::hash(QByteArray(databaseId.toUtf8() + ':' + QByteArray::number(candidateId)), QCryptographicHash::Sha256);
    quint64 bits = 0;
    for (int i = 0; i < 8; ++i)
        bits = (bits << 8) | quint8(digest.at(i));
    QString code = QStringLiteral("C-");
    for (int i = 0; i < 8; ++i) {
        code += QLatin1Char(alphabet[bits >> 59]);
        bits <<= 5;
    }
    return code;
}

QString Anonymizer::name(qint64 candidateId, const QString &realName) const
{
    return m_enabled ? code(m_databaseId, candidateId) : realName;
}

QString Anonymizer::scrub(const QString &text, qint64 candidateId, const QString &realName) const
{
    if (!m_enabled || text.isEmpty())
        return text;
    QString result = text;
    static const QRegularExpression email(QStringLiteral(R"([\w.+-]+@[\w-]+(\.[\w-]+)+)"));
    static const QRegularExpression link(QStringLiteral(R"((https?://|www\.)\S+)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression phone(QStringLiteral(R"(\+?\d[\d ()./-]{6,}\d)"));
    result.replace(email, Tr::tr("[email removed]"));
    result.replace(link, Tr::tr("[link removed]"));
    result.replace(phone, Tr::tr("[phone removed]"));
    const QString replacement = code(m_databaseId, candidateId);
    const QStringList parts = realName.split(QRegularExpression(QStringLiteral(R"([\s,]+)")), Qt::SkipEmptyParts);
    if (!realName.trimmed().isEmpty())
        result.replace(realName.trimmed(), replacement, Qt::CaseInsensitive);
    for (const QString &part : parts) {
        if (part.size() < 2)
            continue;
        const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(part)),
                                      QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        result.replace(word, replacement);
    }
    return result;
}

} // namespace shortlist
