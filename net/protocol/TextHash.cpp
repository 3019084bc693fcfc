#include "TextHash.h"

#include <QCryptographicHash>

namespace ensemble {

namespace {

// Qt encodes a lone surrogate as '?', JavaScript's and Python's encoders ("replace") as U+FFFD;
// the protocol says U+FFFD, so every client computes the same hash for the same units.
QString withLoneSurrogatesReplaced(const QString &text)
{
    QString out = text;
    const qsizetype size = out.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = out.at(i);
        if (c.isHighSurrogate() && i + 1 < size && out.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            out[i] = QChar::ReplacementCharacter;
    }
    return out;
}

} // namespace

QString textHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(withLoneSurrogatesReplaced(text).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace ensemble
