#include "textfold.h"

namespace shortlist {

QString foldText(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining || c.category() == QChar::Mark_Enclosing)
            continue;
        folded.append(c);
    }
    // Letters that do not decompose.
    folded.replace(QChar(0x0141), QLatin1Char('L')).replace(QChar(0x0142), QLatin1Char('l'));  // Ł ł
    folded.replace(QChar(0x00D8), QLatin1Char('O')).replace(QChar(0x00F8), QLatin1Char('o'));  // Ø ø
    folded.replace(QChar(0x0110), QLatin1Char('D')).replace(QChar(0x0111), QLatin1Char('d'));  // Đ đ
    folded.replace(QChar(0x00DF), QLatin1String("ss"));                                       // ß
    return folded.toCaseFolded().simplified();
}

QStringList searchWords(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace shortlist
