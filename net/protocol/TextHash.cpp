#include "TextHash.h"

#include <QCryptographicHash>

namespace ensemble {

namespace {

// Whether text[i] is half of a surrogate pair without its other half.
bool isLoneSurrogate(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate())
        return i + 1 >= text.size() || !text.at(i + 1).isLowSurrogate();
    if (c.isLowSurrogate())
        return i == 0 || !text.at(i - 1).isHighSurrogate();
    return false;
}

} // namespace

QByteArray utf8ForHash(const QString &text)
{
    // QString::toUtf8() writes a lone surrogate as '?', JavaScript's TextEncoder, Node's Buffer
    // and Python's encode('utf-8', 'replace')-style encoders as U+FFFD: the protocol says U+FFFD.
    QString replaced;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isSurrogate() || !isLoneSurrogate(text, i))
            continue;
        if (replaced.isNull())
            replaced = text;
        replaced[i] = QChar::ReplacementCharacter;
    }
    return (replaced.isNull() ? text : replaced).toUtf8();
}

QString textHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(utf8ForHash(text), QCryptographicHash::Sha256).toHex());
}

} // namespace ensemble
