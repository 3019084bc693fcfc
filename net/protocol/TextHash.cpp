#include "TextHash.h"

#include <QCryptographicHash>

namespace ensemble {

QString textHash(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace ensemble
