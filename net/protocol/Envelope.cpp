#include "Envelope.h"

#include "ErrorCode.h"
#include "ParseJson.h"

namespace ensemble {

Result<Envelope> readEnvelope(const QByteArray &utf8)
{
    QJsonParseError parseError;
    const QJsonDocument document = parseJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error {errorCodeName(ErrorCode::BadMessage),
                      QStringLiteral("not valid JSON: %1 at offset %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset)};
    }
    if (!document.isObject()) {
        return Error {errorCodeName(ErrorCode::BadMessage),
                      QStringLiteral("a message must be a JSON object")};
    }
    Envelope envelope {document.object(), {}};
    const QJsonValue type = envelope.object.value(QLatin1String("type"));
    if (!type.isString()) {
        return Error {errorCodeName(ErrorCode::BadMessage),
                      QStringLiteral("a message needs a string \"type\"")};
    }
    envelope.type = type.toString();
    return envelope;
}

Error unknownTypeError(const QString &type)
{
    return Error {errorCodeName(ErrorCode::UnknownType),
                  QStringLiteral("unknown message type \"%1\"").arg(type.left(64))};
}

} // namespace ensemble
