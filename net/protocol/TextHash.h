#pragma once

#include <QString>

namespace ensemble {

/// What `hello.textHash` carries: the SHA-256 of @p text in UTF-8, as 64 lowercase hex digits.
QString textHash(const QString &text);

} // namespace ensemble
