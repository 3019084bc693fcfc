#include "Selection.h"

#include "TextOperation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace ensemble {

qsizetype transformIndex(qsizetype index, const TextOperation &op)
{
    // Mirrors ot.js's Range.transform: `remaining` counts base units still before the index.
    qsizetype remaining = index;
    qsizetype result = index;
    bool passed = false;
    op.forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView) {
        if (passed)
            return;
        switch (kind) {
        case TextOperation::Kind::Retain:
            remaining -= length;
            break;
        case TextOperation::Kind::Insert:
            result += length;
            break;
        case TextOperation::Kind::Delete:
            result -= std::min(remaining, length);
            remaining -= length;
            break;
        }
        passed = remaining < 0;
    });
    return result;
}

Selection transformSelection(const Selection &selection, const TextOperation &op)
{
    Selection result;
    result.reserve(selection.size());
    for (const SelectionRange &range : selection)
        result.append({transformIndex(range.anchor, op), transformIndex(range.head, op)});
    return result;
}

QJsonArray selectionToJson(const Selection &selection)
{
    QJsonArray array;
    for (const SelectionRange &range : selection)
        array.append(QJsonObject {{QStringLiteral("anchor"), qint64(range.anchor)},
                                  {QStringLiteral("head"), qint64(range.head)}});
    return array;
}

namespace {

Error badSelection(const char *text)
{
    return Error {QStringLiteral("bad_message"), QCoreApplication::translate("Selection", text)};
}

// A position must be an integral, non-negative JSON number within the document.
bool readPosition(const QJsonValue &value, qsizetype documentLength, qsizetype *out)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < 0
        || number > double(TextOperation::maxLength))
        return false;
    *out = qsizetype(number);
    return documentLength < 0 || *out <= documentLength;
}

} // namespace

Result<Selection> selectionFromJson(const QJsonValue &json, qsizetype documentLength)
{
    if (!json.isArray())
        return badSelection(QT_TRANSLATE_NOOP("Selection", "A selection must be a JSON array."));
    const QJsonArray array = json.toArray();
    if (array.size() > maxSelectionRanges)
        return badSelection(QT_TRANSLATE_NOOP("Selection", "The selection has too many ranges."));
    Selection selection;
    selection.reserve(array.size());
    for (const QJsonValue &element : array) {
        if (!element.isObject())
            return badSelection(
                QT_TRANSLATE_NOOP("Selection", "A selection range must be a JSON object."));
        const QJsonObject object = element.toObject();
        SelectionRange range;
        if (!readPosition(object.value(QStringLiteral("anchor")), documentLength, &range.anchor)
            || !readPosition(object.value(QStringLiteral("head")), documentLength, &range.head))
            return badSelection(QT_TRANSLATE_NOOP(
                "Selection", "A selection range needs an anchor and a head inside the document."));
        selection.append(range);
    }
    return selection;
}

} // namespace ensemble
