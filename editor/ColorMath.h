#pragma once

#include <QColor>

namespace ensemble {

// WCAG 2 relative luminance and contrast ratio (1 to 21).
double relativeLuminance(const QColor &color);
double contrastRatio(const QColor &a, const QColor &b);

// a blended towards b: amount 0 gives a, 1 gives b.
QColor mixColors(const QColor &a, const QColor &b, double amount);

bool isDark(const QColor &background);

// The colour with its hue kept and its lightness moved away from the background until the
// contrast reaches minimumRatio (or black/white is reached).
QColor withContrast(const QColor &color, const QColor &background, double minimumRatio);

} // namespace ensemble
