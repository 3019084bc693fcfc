#include "TextOperation.h"

#include <QJsonValue>

#include <cmath>

namespace ensemble {

namespace {

Error badOperation(const QString &message)
{
    return Error {QStringLiteral("bad_operation"), message};
}

Error tooLarge(const QString &message)
{
    return Error {QStringLiteral("too_large"), message};
}

} // namespace

Result<TextOperation> TextOperation::fromJson(const QJsonValue &json, qsizetype expectedBaseLength)
{
    if (!json.isArray())
        return badOperation(tr("An operation must be a JSON array."));
    const QJsonArray array = json.toArray();
    if (array.size() > maxComponents)
        return tooLarge(tr("The operation has too many components."));
    TextOperation op;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (element.isString()) {
            const QString text = element.toString();
            if (text.isEmpty())
                return badOperation(tr("Component %1 inserts an empty string.").arg(i));
            op.insert(text);
        } else if (element.isDouble()) {
            const double number = element.toDouble();
            if (!std::isfinite(number) || std::trunc(number) != number)
                return badOperation(tr("Component %1 is not an integer.").arg(i));
            if (number == 0)
                return badOperation(tr("Component %1 is zero.").arg(i));
            if (std::fabs(number) > double(maxLength))
                return tooLarge(tr("Component %1 is too long.").arg(i));
            const auto n = qsizetype(number);
            if (n > 0)
                op.retain(n);
            else
                op.remove(-n);
        } else {
            return badOperation(tr("Component %1 is neither a number nor a string.").arg(i));
        }
        if (op.m_baseLength > maxLength || op.m_targetLength > maxLength)
            return tooLarge(tr("The operation spans too long a document."));
    }
    if (expectedBaseLength >= 0 && op.m_baseLength != expectedBaseLength) {
        return badOperation(tr("The operation expects a document of %1 characters but it has %2.")
                                .arg(op.m_baseLength)
                                .arg(expectedBaseLength));
    }
    return op;
}

QJsonArray TextOperation::toJson() const
{
    QJsonArray array;
    forEachComponent([&](Kind kind, qsizetype length, QStringView inserted) {
        switch (kind) {
        case Kind::Retain:
            array.append(qint64(length));
            break;
        case Kind::Insert:
            array.append(inserted.toString());
            break;
        case Kind::Delete:
            array.append(-qint64(length));
            break;
        }
    });
    return array;
}

} // namespace ensemble
