#include "OtRandom.h"

#include <algorithm>

namespace ensemble::test {

namespace {

const QString &alphabet()
{
    // With the characters JSON parsers have mangled (Qt 6.4 dropped a U+FEFF leading a string):
    // noncharacters, line and paragraph separators and NUL. Lone surrogates come from operations
    // that split pairs.
    static const QString letters
        = QStringLiteral("abcdefgh xyz\n\t\"\\{}éß中文😀🎉\ufeff\ufffe\uffff\u2028\u2029") + QChar(0);
    return letters;
}

// Units taken by `count` code points of base starting at position, never beyond its end.
qsizetype unitsFor(const QString &base, qsizetype position, qsizetype count, bool align)
{
    if (!align)
        return std::min(count, base.size() - position);
    qsizetype end = position;
    while (count-- > 0 && end < base.size())
        end += (base.at(end).isHighSurrogate() && end + 1 < base.size()) ? 2 : 1;
    return end - position;
}

} // namespace

QString randomText(QRandomGenerator &random, qsizetype codePoints)
{
    const QString &letters = alphabet();
    QString text;
    for (qsizetype i = 0; i < codePoints; ++i) {
        qsizetype at = random.bounded(letters.size());
        if (letters.at(at).isLowSurrogate())
            --at;
        text.append(letters.at(at));
        if (letters.at(at).isHighSurrogate())
            text.append(letters.at(at + 1));
    }
    return text;
}

TextOperation randomOperation(QRandomGenerator &random, const QString &base, bool alignToCodePoints)
{
    TextOperation op;
    while (op.baseLength() < base.size()) {
        const qsizetype left = base.size() - op.baseLength();
        const qsizetype count = 1 + random.bounded(std::min<qsizetype>(left, 20));
        const double r = random.generateDouble();
        if (r < 0.2)
            op.insert(randomText(random, count));
        else if (r < 0.4)
            op.remove(unitsFor(base, op.baseLength(), count, alignToCodePoints));
        else
            op.retain(unitsFor(base, op.baseLength(), count, alignToCodePoints));
    }
    if (random.generateDouble() < 0.3)
        op.insert(randomText(random, 1 + random.bounded(10)));
    return op;
}

TextOperation randomEdit(QRandomGenerator &random, const QString &base, int maxLength)
{
    qsizetype at = random.bounded(base.size() + 1);
    if (at > 0 && at < base.size() && base.at(at).isLowSurrogate())
        --at;
    const qsizetype removed
        = random.bounded(2) ? unitsFor(base, at, random.bounded(maxLength + 1), true) : 0;
    TextOperation op;
    op.retain(at);
    op.remove(removed);
    if (removed == 0 || random.bounded(2))
        op.insert(randomText(random, 1 + random.bounded(maxLength)));
    op.retain(base.size() - at - removed);
    return op;
}

} // namespace ensemble::test
