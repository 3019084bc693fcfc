#include "dialogs/FingerprintLabel.h"

#include "tls/Fingerprint.h"

#include <QFontDatabase>

namespace ensemble {

FingerprintLabel::FingerprintLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
}

void FingerprintLabel::setFingerprint(const QByteArray &sha256)
{
    // 32 pairs: "XX:" * 16 is 48 characters, the second line starts after the 16th colon.
    const QString pairs = displayFingerprint(sha256);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setWordWrap(false);
    setText(pairs.left(47) + u'\n' + pairs.mid(48));
}

void FingerprintLabel::setMessage(const QString &message)
{
    setFont(QFont());
    setWordWrap(true);
    setText(message);
}

} // namespace ensemble
