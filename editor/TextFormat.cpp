#include "TextFormat.h"

#include <QCoreApplication>

namespace ensemble {

LineEndingScan scanLineEndings(QStringView text)
{
    qsizetype lf = 0;
    qsizetype crlf = 0;
    qsizetype cr = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text[i];
        if (c == u'\n') {
            ++lf;
        } else if (c == u'\r') {
            if (i + 1 < size && text[i + 1] == u'\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        }
    }
    LineEndingScan scan;
    // Ties go to LF, the Unix default, so a file without line breaks gets LF for new lines.
    if (crlf > lf && crlf >= cr)
        scan.dominant = LineEnding::CrLf;
    else if (cr > lf && cr > crlf)
        scan.dominant = LineEnding::Cr;
    scan.mixed = (lf > 0) + (crlf > 0) + (cr > 0) > 1;
    return scan;
}

QString encodingLabel(const TextFormat &format)
{
    if (format.encoding == Encoding::Latin1)
        return QCoreApplication::translate("ensemble::TextFormat", "ISO 8859-1");
    return format.byteOrderMark ? QCoreApplication::translate("ensemble::TextFormat", "UTF-8 BOM")
                                : QCoreApplication::translate("ensemble::TextFormat", "UTF-8");
}

QString lineEndingLabel(LineEnding lineEnding)
{
    switch (lineEnding) {
    case LineEnding::CrLf:
        return QCoreApplication::translate("ensemble::TextFormat", "CRLF");
    case LineEnding::Cr:
        return QCoreApplication::translate("ensemble::TextFormat", "CR");
    case LineEnding::Lf:
        break;
    }
    return QCoreApplication::translate("ensemble::TextFormat", "LF");
}

QString lineEndingLabel(const TextFormat &format)
{
    const QString dominant = lineEndingLabel(format.lineEnding);
    if (!format.mixedLineEndings)
        return dominant;
    return QCoreApplication::translate("ensemble::TextFormat", "Mixed (%1)").arg(dominant);
}

} // namespace ensemble
