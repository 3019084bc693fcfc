#include "RoomAccess.h"

#include <QJsonArray>

namespace ensemble {

QJsonObject RoomAccess::toJson() const
{
    QJsonObject o {{QStringLiteral("readOnly"), readOnly}};
    if (password)
        o.insert(QStringLiteral("password"), password->toJson());
    if (owner)
        o.insert(QStringLiteral("owner"), owner->toJson());
    QStringList ids = removed.values();
    ids.sort();
    o.insert(QStringLiteral("removed"), QJsonArray::fromStringList(ids));
    return o;
}

Result<RoomAccess> RoomAccess::fromJson(const QJsonValue &json)
{
    RoomAccess access;
    if (json.isUndefined())
        return access;
    const auto damaged = [](const char *what) {
        return Error {QStringLiteral("storage_failed"),
                      QStringLiteral("access.%1 is damaged").arg(QLatin1String(what))};
    };
    const QJsonObject o = json.toObject();
    if (!json.isObject() || !o.value(QLatin1String("readOnly")).isBool())
        return damaged("readOnly");
    access.readOnly = o.value(QLatin1String("readOnly")).toBool();
    for (const auto &[key, hash] : {std::pair {QLatin1String("password"), &access.password},
                                    std::pair {QLatin1String("owner"), &access.owner}}) {
        if (!o.contains(key))
            continue;
        *hash = SecretHash::fromJson(o.value(key));
        if (!*hash)
            return damaged(key.data());
    }
    const QJsonValue removed = o.value(QLatin1String("removed"));
    if (!removed.isArray())
        return damaged("removed");
    for (const QJsonValue &id : removed.toArray()) {
        if (!id.isString())
            return damaged("removed");
        access.removed.insert(id.toString());
    }
    return access;
}

} // namespace ensemble
