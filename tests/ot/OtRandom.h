#pragma once

#include "ot/TextOperation.h"

#include <QRandomGenerator>
#include <QString>

namespace ensemble::test {

// Random text over a small alphabet with ASCII, quotes, newlines, BMP letters, emoji (two UTF-16
// units each, so every test also exercises surrogate pairs), U+FEFF, U+FFFE, U+FFFF, U+2028,
// U+2029 and NUL.
QString randomText(QRandomGenerator &random, qsizetype codePoints);

// A random operation on base in the style of ot.js's own test helper. With alignToCodePoints the
// components never split a surrogate pair, so the operation survives UTF-8 JSON unchanged.
TextOperation randomOperation(QRandomGenerator &random, const QString &base,
                              bool alignToCodePoints = true);

// One typist's edit on base: at a random spot, delete up to maxLength units and/or insert up to
// maxLength code points. Unlike randomOperation, repeated edits do not grow the text
// exponentially. Never splits a surrogate pair of base.
TextOperation randomEdit(QRandomGenerator &random, const QString &base, int maxLength = 8);

} // namespace ensemble::test
