// Fuzz target for text operations: ot.js JSON parsing, then apply, invert, compose, transform and
// diff on whatever parsed, aborting on any broken law. An input is a JSON array, either an
// operation itself or [seed text, op a, op b, op c, selection]; the ops are fitted to one another
// (see fit()) so that arbitrary inputs reach the algebra, not only the length checks.
#include "FuzzTarget.h"

#include "ot/Diff.h"
#include "ot/Selection.h"
#include "ot/TextOperation.h"
#include "protocol/ParseJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace ensemble;
using Kind = TextOperation::Kind;

namespace {

// Longer documents are only parsed: building and applying them would slow the fuzzer to a crawl.
constexpr qsizetype maxCheckedLength = 1 << 16;
// Diffs cost O((N + M) D), which the instrumented build makes ~20x slower: larger texts, which
// reach Diff's search budget (tests/ot/tst_diff covers that), would dominate the fuzzing time.
constexpr qsizetype maxDiffedLength = 2048;

// ot.js's normal form: no empty components, no two adjacent of one kind, inserts before deletes.
void checkNormalised(const TextOperation &op)
{
    qsizetype base = 0;
    qsizetype target = 0;
    qsizetype count = 0;
    std::optional<Kind> previous;
    op.forEachComponent([&](Kind kind, qsizetype length, QStringView text) {
        FUZZ_CHECK(length > 0);
        FUZZ_CHECK(kind != Kind::Insert || text.size() == length);
        FUZZ_CHECK(previous != kind);
        FUZZ_CHECK(!(previous == Kind::Delete && kind == Kind::Insert));
        base += kind == Kind::Insert ? 0 : length;
        target += kind == Kind::Delete ? 0 : length;
        previous = kind;
        ++count;
    });
    FUZZ_CHECK(base == op.baseLength() && target == op.targetLength());
    FUZZ_CHECK(count == op.componentCount());
    FUZZ_CHECK(op.isNoop() == (count == 0 || (count == 1 && previous == Kind::Retain)));
}

// Parses json; whatever parses is normalised and survives toJson() and a UTF-8 round trip.
std::optional<TextOperation> parse(const QJsonValue &json)
{
    Result<TextOperation> parsed = TextOperation::fromJson(json);
    if (!parsed) {
        const QString &code = parsed.error().code;
        FUZZ_CHECK(code == QLatin1String("bad_operation") || code == QLatin1String("too_large"));
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return std::nullopt;
    }
    const TextOperation &op = parsed.value();
    checkNormalised(op);
    const QJsonArray written = op.toJson();
    Result<TextOperation> again = TextOperation::fromJson(written, op.baseLength());
    FUZZ_CHECK(again.ok() && again.value() == op);
    FUZZ_CHECK(!TextOperation::fromJson(written, op.baseLength() + 1).ok());
    const QByteArray utf8 = QJsonDocument(written).toJson(QJsonDocument::Compact);
    Result<TextOperation> reread = TextOperation::fromJson(parseJson(utf8).array());
    FUZZ_CHECK(reread.ok() && reread.value() == op);
    return op;
}

// op made to apply to a text of length n: retains and deletes past n are cut, a shortfall is
// retained at the end, inserts are kept.
TextOperation fit(const TextOperation &op, qsizetype n)
{
    TextOperation fitted;
    qsizetype left = n;
    op.forEachComponent([&](Kind kind, qsizetype length, QStringView text) {
        const qsizetype used = std::min(length, left);
        if (kind == Kind::Insert)
            fitted.insert(text);
        else if (kind == Kind::Retain)
            fitted.retain(used);
        else
            fitted.remove(used);
        left -= kind == Kind::Insert ? 0 : used;
    });
    return fitted.retain(left);
}

QString fitText(const QString &seed, qsizetype n)
{
    const QString unit = seed.isEmpty() ? QStringLiteral("lorem 😀\n") : seed;
    return unit.repeated(n / unit.size() + 1).left(n);
}

bool checkable(const TextOperation &op)
{
    return op.baseLength() <= maxCheckedLength && op.targetLength() <= maxCheckedLength;
}

QString applied(const TextOperation &op, const QString &text)
{
    Result<QString> result = op.apply(text);
    FUZZ_CHECK(result.ok());
    FUZZ_CHECK(result.value().size() == op.targetLength());
    return std::move(result).value();
}

TextOperation composed(const TextOperation &a, const TextOperation &b)
{
    Result<TextOperation> result = TextOperation::compose(a, b);
    FUZZ_CHECK(result.ok());
    checkNormalised(result.value());
    FUZZ_CHECK(result.value().baseLength() == a.baseLength());
    FUZZ_CHECK(result.value().targetLength() == b.targetLength());
    return std::move(result).value();
}

// Positions move monotonically, stay inside the new text, and the end maps to the end.
void checkIndices(const TextOperation &op)
{
    const qsizetype step = std::max<qsizetype>(1, op.baseLength() / 256);
    qsizetype last = 0;
    for (qsizetype index = 0; index <= op.baseLength(); index += step) {
        const qsizetype moved = transformIndex(index, op);
        FUZZ_CHECK(moved >= last && moved <= op.targetLength());
        last = moved;
    }
    FUZZ_CHECK(transformIndex(op.baseLength(), op) == op.targetLength());
}

// A selection within a's base parses, survives its JSON form and moves through a into a's target.
void checkSelection(const QJsonValue &json, const TextOperation &a)
{
    Result<Selection> parsed = selectionFromJson(json, a.baseLength());
    if (!parsed) {
        FUZZ_CHECK(parsed.error().code == QLatin1String("bad_message"));
        return;
    }
    const Selection &selection = parsed.value();
    Result<Selection> again = selectionFromJson(selectionToJson(selection), a.baseLength());
    FUZZ_CHECK(again.ok() && again.value() == selection);
    const Selection moved = transformSelection(selection, a);
    FUZZ_CHECK(moved.size() == selection.size());
    FUZZ_CHECK(selectionFromJson(selectionToJson(moved), a.targetLength()).ok());
}

// No retain or delete boundary falls inside a surrogate pair of from, and every insert is
// well-formed UTF-16 by itself.
void checkWholeCodePoints(const TextOperation &op, const QString &from)
{
    qsizetype position = 0;
    op.forEachComponent([&](Kind kind, qsizetype length, QStringView text) {
        if (kind == Kind::Insert) {
            FUZZ_CHECK(text.toString().isValidUtf16());
            return;
        }
        position += length;
        FUZZ_CHECK(position == from.size() || !from.at(position).isLowSurrogate());
    });
}

// Both diffs (the server's `replace` path) turn from into exactly to, whole code points only.
void checkDiff(const QString &from, const QString &to)
{
    for (const TextOperation &op : {diff(from, to), lineDiff(from, to)}) {
        checkNormalised(op);
        FUZZ_CHECK(applied(op, from) == to);
        if (from.isValidUtf16() && to.isValidUtf16())
            checkWholeCodePoints(op, from);
    }
}

void checkApplyInvert(const TextOperation &a, const QString &base)
{
    const QString after = applied(a, base);
    if (base.size() + after.size() <= maxDiffedLength)
        checkDiff(base, after);
    FUZZ_CHECK(!a.apply(base + u'x').ok());
    const TextOperation inverse = a.invert(base);
    checkNormalised(inverse);
    FUZZ_CHECK(applied(inverse, after) == base);
    FUZZ_CHECK(applied(composed(a, inverse), base) == base);
    checkIndices(a);
}

void checkTransform(const TextOperation &a, const TextOperation &b, const QString &base)
{
    Result<std::pair<TextOperation, TextOperation>> result = TextOperation::transform(a, b);
    FUZZ_CHECK(result.ok());
    const auto &[aPrime, bPrime] = result.value();
    checkNormalised(aPrime);
    checkNormalised(bPrime);
    FUZZ_CHECK(applied(bPrime, applied(a, base)) == applied(aPrime, applied(b, base)));
    FUZZ_CHECK(applied(composed(a, bPrime), base) == applied(composed(b, aPrime), base));
    // Against a no-op, an operation comes through unchanged.
    Result<std::pair<TextOperation, TextOperation>> identity
        = TextOperation::transform(a, TextOperation().retain(a.baseLength()));
    FUZZ_CHECK(identity.ok() && identity.value().first == a);
    FUZZ_CHECK(identity.value().second == TextOperation().retain(a.targetLength()));
}

void checkCompose(const TextOperation &a, const TextOperation &b, const TextOperation &c,
                  const QString &base)
{
    const QString stepwise = applied(c, applied(b, applied(a, base)));
    const TextOperation ab = composed(a, b);
    FUZZ_CHECK(applied(ab, base) == applied(b, applied(a, base)));
    FUZZ_CHECK(applied(composed(ab, c), base) == stepwise);
    FUZZ_CHECK(applied(composed(a, composed(b, c)), base) == stepwise);
}

void checkAlgebra(const TextOperation &a, const TextOperation &b, const TextOperation &c,
                  const QString &seed)
{
    // Mismatched lengths are refused, never guessed at.
    FUZZ_CHECK(TextOperation::compose(a, b).ok() == (a.targetLength() == b.baseLength()));
    FUZZ_CHECK(TextOperation::transform(a, b).ok() == (a.baseLength() == b.baseLength()));
    if (!checkable(a))
        return;
    const QString base = fitText(seed, a.baseLength());
    checkApplyInvert(a, base);
    const TextOperation concurrent = fit(b, a.baseLength());
    if (checkable(concurrent))
        checkTransform(a, concurrent, base);
    const TextOperation next = fit(b, a.targetLength());
    const TextOperation last = fit(c, next.targetLength());
    if (checkable(next) && checkable(last))
        checkCompose(a, next, last, base);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument document
        = parseJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (document.isObject())
        FUZZ_CHECK(!parse(document.object()));
    if (!document.isArray())
        return 0;
    const QJsonArray input = document.array();
    if (const std::optional<TextOperation> op = parse(input))
        checkAlgebra(*op, *op, *op, QString());
    if (input.size() < 2)
        return 0;
    std::optional<TextOperation> ops[3];
    for (qsizetype i = 1; i < std::min<qsizetype>(input.size(), 4); ++i)
        ops[i - 1] = parse(input.at(i));
    const TextOperation empty;
    if (!ops[0])
        return 0;
    checkAlgebra(*ops[0], ops[1].value_or(empty), ops[2].value_or(empty), input.at(0).toString());
    if (input.size() > 4)
        checkSelection(input.at(4), *ops[0]);
    return 0;
}
