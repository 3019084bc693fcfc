#pragma once

#include <QString>
#include <QStringView>

namespace ensemble {

/// Whether @p name holds a character that would break the line it is shown on or control a
/// terminal: C0 and C1 controls, DEL, and the line and paragraph separators U+2028/U+2029.
bool hasControlCharacters(QStringView name);

/// @p name without the characters hasControlCharacters() finds.
QString withoutControlCharacters(const QString &name);

} // namespace ensemble
