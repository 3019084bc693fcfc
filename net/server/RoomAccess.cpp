#include "RoomAccess.h"

#include <QJsonArray>
#include <tuple>

namespace ensemble {

QJsonObject RoomAccess::toJson() const
{
    QJsonObject o {{QStringLiteral("readOnly"), readOnly}};
    if (password)
        o.insert(QStringLiteral("password"), password->toJson());
    if (owner)
        o.insert(QStringLiteral("owner"), owner->toJson());
    const auto sorted = [](const QSet<QString> &ids) {
        QStringList list = ids.values();
        list.sort();
        return QJsonArray::fromStringList(list);
    };
    o.insert(QStringLiteral("removed"), sorted(removed));
    // Left out until the password changes, so snapshots stay readable by older servers.
    if (!admitted.isEmpty())
        o.insert(QStringLiteral("admitted"), sorted(admitted));
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
    // Snapshots from before password changes have no `admitted`.
    for (const auto &[key, set, required] :
         {std::tuple {QLatin1String("removed"), &access.removed, true},
          std::tuple {QLatin1String("admitted"), &access.admitted, false}}) {
        const QJsonValue ids = o.value(key);
        if (ids.isUndefined() && !required)
            continue;
        if (!ids.isArray())
            return damaged(key.data());
        for (const QJsonValue &id : ids.toArray()) {
            if (!id.isString())
                return damaged(key.data());
            set->insert(id.toString());
        }
    }
    return access;
}

} // namespace ensemble
