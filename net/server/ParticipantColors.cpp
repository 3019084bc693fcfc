#include "ParticipantColors.h"

#include <QtMath>
#include <algorithm>
#include <array>
#include <limits>

namespace ensemble {

namespace {

// Colours that read on light and dark editors and stay apart from each other by more than
// `tooClose`; the first seven are the clients' own defaults.
constexpr std::array palette = {"#1e88e5", "#d81b60", "#43a047", "#fb8c00", "#8e24aa", "#00897b",
                                "#6d4c41", "#e53935", "#3949ab", "#7cb342", "#00acc1", "#c0ca33"};
// Below this distance two carets and their selections look like one person's.
constexpr double tooClose = 60;

struct Rgb
{
    int red = 0, green = 0, blue = 0;
};

Rgb parse(const QString &color)
{
    // The parser let only "#rrggbb" through.
    bool ok = false;
    const uint value = QStringView(color).mid(1).toUInt(&ok, 16);
    return {int(value >> 16) & 0xff, int(value >> 8) & 0xff, int(value) & 0xff};
}

// The "redmean" approximation of perceived distance: weighted RGB, cheap and good enough to tell
// near-duplicates. 0 for equal colours, about 765 for black and white.
double distance(const Rgb &a, const Rgb &b)
{
    const double redMean = (a.red + b.red) / 2.0;
    const int dr = a.red - b.red, dg = a.green - b.green, db = a.blue - b.blue;
    return qSqrt((2 + redMean / 256) * dr * dr + 4.0 * dg * dg
                 + (2 + (255 - redMean) / 256) * db * db);
}

bool farFromAll(const Rgb &color, const QList<Rgb> &taken)
{
    return std::all_of(taken.begin(), taken.end(),
                       [&](const Rgb &other) { return distance(color, other) >= tooClose; });
}

} // namespace

QString distinctColor(const QString &wanted, const QList<QString> &taken)
{
    QList<Rgb> takenRgb;
    for (const QString &color : taken)
        takenRgb.append(parse(color));
    const Rgb want = parse(wanted);
    if (farFromAll(want, takenRgb))
        return wanted;
    QString best = wanted;
    double bestDistance = std::numeric_limits<double>::max();
    for (const char *candidate : palette) {
        const Rgb rgb = parse(QLatin1String(candidate));
        const double d = distance(want, rgb);
        if (d < bestDistance && farFromAll(rgb, takenRgb)) {
            best = QLatin1String(candidate);
            bestDistance = d;
        }
    }
    return best;
}

} // namespace ensemble
