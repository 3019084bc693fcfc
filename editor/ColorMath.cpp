#include "ColorMath.h"

#include <algorithm>
#include <cmath>

namespace ensemble {

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

} // namespace

double relativeLuminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF())
        + 0.0722 * linear(rgb.blueF());
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mixColors(const QColor &a, const QColor &b, double amount)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    const auto mix = [amount](float p, float q) { return p + (q - p) * float(amount); };
    return QColor::fromRgbF(mix(x.redF(), y.redF()), mix(x.greenF(), y.greenF()),
                            mix(x.blueF(), y.blueF()));
}

bool isDark(const QColor &background)
{
    return relativeLuminance(background) < 0.2;
}

QColor withContrast(const QColor &color, const QColor &background, double minimumRatio)
{
    if (contrastRatio(color, background) >= minimumRatio)
        return color;
    // Small steps in HSL lightness keep the hue recognisable while the contrast climbs.
    const bool lighten = isDark(background);
    QColor adjusted = color.toHsl();
    for (int step = 0; step < 100; ++step) {
        const float lightness
            = std::clamp(adjusted.lightnessF() + (lighten ? 0.02f : -0.02f), 0.0f, 1.0f);
        adjusted.setHslF(adjusted.hslHueF(), adjusted.hslSaturationF(), lightness);
        if (contrastRatio(adjusted, background) >= minimumRatio || lightness <= 0.0f
            || lightness >= 1.0f)
            break;
    }
    return adjusted.toRgb();
}

} // namespace ensemble
