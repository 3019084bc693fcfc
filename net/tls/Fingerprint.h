#pragma once

#include <QByteArray>
#include <QString>

class QSslCertificate;

namespace ensemble {

/// The SHA-256 digest of @p certificate's DER form: what invites carry and clients pin.
QByteArray certificateFingerprint(const QSslCertificate &certificate);

/// Reads a fingerprint as people write it: 64 hex digits in either case, optionally in
/// colon-separated pairs. Empty when @p text is not one.
QByteArray parseFingerprint(const QString &text);

/// @p fingerprint as people compare it: upper-case hex pairs separated by colons ("3F:2B:...").
QString displayFingerprint(const QByteArray &fingerprint);

} // namespace ensemble
