#include "AuthorshipMessages.h"

#include <QJsonArray>

namespace ensemble {

QJsonObject authorshipToJson(const AuthorshipInfo &info)
{
    QJsonArray runs;
    for (const AuthorshipMap::Run &run : info.map.runs())
        runs.append(QJsonArray {qint64(run.length), qint64(run.author)});
    QJsonArray authors;
    for (const AuthorRecord &author : info.authors) {
        QJsonObject o {{QStringLiteral("id"), author.id},
                       {QStringLiteral("name"), author.name},
                       {QStringLiteral("color"), author.color}};
        if (author.user)
            o.insert(QStringLiteral("user"), *author.user);
        authors.append(o);
    }
    return QJsonObject {{QStringLiteral("runs"), runs}, {QStringLiteral("authors"), authors}};
}

Result<AuthorshipInfo> authorshipFromJson(const QJsonValue &json)
{
    const auto bad = [](const QString &why) {
        return Error {QStringLiteral("bad_message"), QStringLiteral("authorship: ") + why};
    };
    const QJsonArray authors = json[QLatin1String("authors")].toArray();
    const QJsonArray runs = json[QLatin1String("runs")].toArray();
    if (!json[QLatin1String("runs")].isArray() || !json[QLatin1String("authors")].isArray())
        return bad(QStringLiteral("needs the arrays runs and authors"));
    if (runs.size() > maxAuthorshipRuns || authors.size() > maxAuthorshipAuthors)
        return bad(QStringLiteral("too many runs or authors"));
    AuthorshipInfo info;
    for (const QJsonValue &value : authors) {
        const QJsonObject o = value.toObject();
        AuthorRecord author {o.value(QLatin1String("id")).toString(),
                             o.value(QLatin1String("name")).toString(),
                             o.value(QLatin1String("color")).toString()};
        if (!value.isObject() || author.id.size() > 64 || author.name.size() > 1024
            || author.color.size() > 64)
            return bad(QStringLiteral("an author is not {id, name, color}"));
        if (const QJsonValue user = o.value(QLatin1String("user")); user.isDouble())
            author.user = user.toInt();
        info.authors.append(author);
    }
    QJsonArray flat;
    for (const QJsonValue &value : runs) {
        const QJsonArray run = value.toArray();
        if (run.size() != 2 || run.at(1).toDouble(-1) > double(authors.size()))
            return bad(QStringLiteral("a run is not [length, author of the table]"));
        flat.append(run.at(0));
        flat.append(run.at(1));
    }
    Result<AuthorshipMap> map = AuthorshipMap::fromJson(flat);
    if (!map)
        return map.error();
    info.map = std::move(map).value();
    return info;
}

} // namespace ensemble
