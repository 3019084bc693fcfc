#pragma once

#include <QLabel>

namespace ensemble {

// A certificate's SHA-256 fingerprint as people compare it aloud or side by side: colon-separated
// hex pairs in a fixed-pitch font, 16 pairs a line, selectable; or a message in its place.
class FingerprintLabel : public QLabel
{
    Q_OBJECT

public:
    explicit FingerprintLabel(QWidget *parent = nullptr);

    void setFingerprint(const QByteArray &sha256);
    // Shown instead of a fingerprint (why there is none), in the normal font.
    void setMessage(const QString &message);
};

} // namespace ensemble
