#pragma once

#include <QByteArray>
#include <QString>

namespace ensemble {

/// @p text in UTF-8 with every lone surrogate written as U+FFFD, as JavaScript and Node encode it.
QByteArray utf8ForHash(const QString &text);

/// What `hello.textHash` carries: the SHA-256 of utf8ForHash(@p text), as 64 lowercase hex digits.
QString textHash(const QString &text);

} // namespace ensemble
