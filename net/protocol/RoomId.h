#pragma once

#include <QString>

namespace ensemble {

/// A fresh room id: a version 4 UUID in lowercase with dashes, from the system's secure random
/// source, so ids cannot be guessed from one another.
QString newRoomId();

/// Whether @p id is exactly a lowercase version 4 UUID with dashes (the only form the server
/// accepts in a URL path).
bool isValidRoomId(const QString &id);

} // namespace ensemble
