#pragma once

#include "ot/TextOperation.h"

#include <QRandomGenerator>
#include <QString>

namespace ensemble::test {

// Random text over a small alphabet with ASCII, quotes, newlines, BMP letters and emoji (two
// UTF-16 units each), so every test also exercises surrogate pairs.
QString randomText(QRandomGenerator &random, qsizetype codePoints);

// A random operation on base in the style of ot.js's own test helper. With alignToCodePoints the
// components never split a surrogate pair, so the operation survives UTF-8 JSON unchanged.
TextOperation randomOperation(QRandomGenerator &random, const QString &base,
                              bool alignToCodePoints = true);

} // namespace ensemble::test
