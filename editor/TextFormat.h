#pragma once

#include <QString>
#include <QStringView>

namespace ensemble {

enum class Encoding {
    Utf8,
    // Fallback for bytes that are not valid UTF-8: every byte maps to one code point, so saving
    // writes back exactly the bytes that were read.
    Latin1,
};

enum class LineEnding { Lf, CrLf, Cr };

// How a document's text is stored on disk. The editor keeps the text's own line endings; this
// records what was found so new lines match and the status bar can say it.
struct TextFormat
{
    Encoding encoding = Encoding::Utf8;
    bool byteOrderMark = false;
    LineEnding lineEnding = LineEnding::Lf;
    bool mixedLineEndings = false;

    bool operator==(const TextFormat &) const = default;
};

// The dominant line ending of text (LF when there is none) and whether several kinds occur.
struct LineEndingScan
{
    LineEnding dominant = LineEnding::Lf;
    bool mixed = false;
};
LineEndingScan scanLineEndings(QStringView text);

QString encodingLabel(const TextFormat &format);
QString lineEndingLabel(LineEnding lineEnding);
QString lineEndingLabel(const TextFormat &format);

} // namespace ensemble
