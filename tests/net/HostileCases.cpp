#include "HostileCases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ensemble::test {

namespace {

enum class Kind { String, Integer, Ranges, Operation, Object };

struct Field
{
    QString path; // dotted, within the message
    Kind kind;
};

struct MessageType
{
    QString type;
    QJsonObject valid;
    QList<Field> fields;
};

QJsonObject range()
{
    return QJsonObject {{QStringLiteral("anchor"), 0}, {QStringLiteral("head"), 0}};
}

QList<MessageType> messageTypes(qsizetype documentLength)
{
    const auto ranges = QJsonArray {range()};
    return {
        {QStringLiteral("hello"),
         QJsonObject {{QStringLiteral("protocol"), 1},
                      {QStringLiteral("name"), QStringLiteral("mallory")},
                      {QStringLiteral("color"), QStringLiteral("#102030")},
                      {QStringLiteral("client"), QStringLiteral("mallory-client")},
                      {QStringLiteral("password"), QStringLiteral("secret")},
                      {QStringLiteral("revision"), 0},
                      {QStringLiteral("epoch"), QStringLiteral("0")},
                      {QStringLiteral("create"),
                       QJsonObject {{QStringLiteral("text"), QString()},
                                    {QStringLiteral("language"), QString()}}}},
         {{QStringLiteral("protocol"), Kind::Integer},
          {QStringLiteral("name"), Kind::String},
          {QStringLiteral("color"), Kind::String},
          {QStringLiteral("client"), Kind::String},
          {QStringLiteral("password"), Kind::String},
          {QStringLiteral("revision"), Kind::Integer},
          {QStringLiteral("epoch"), Kind::String},
          {QStringLiteral("create"), Kind::Object},
          {QStringLiteral("create.text"), Kind::String},
          {QStringLiteral("create.language"), Kind::String}}},
        {QStringLiteral("op"),
         QJsonObject {{QStringLiteral("revision"), 0},
                      {QStringLiteral("seq"), 0},
                      {QStringLiteral("op"), QJsonArray {qint64(documentLength)}},
                      {QStringLiteral("selection"), ranges},
                      {QStringLiteral("doc"), QStringLiteral("d1")}},
         {{QStringLiteral("revision"), Kind::Integer},
          {QStringLiteral("seq"), Kind::Integer},
          {QStringLiteral("doc"), Kind::String},
          {QStringLiteral("op"), Kind::Operation},
          {QStringLiteral("selection"), Kind::Ranges},
          {QStringLiteral("selection.0.anchor"), Kind::Integer},
          {QStringLiteral("selection.0.head"), Kind::Integer}}},
        {QStringLiteral("replace"),
         QJsonObject {{QStringLiteral("revision"), 0},
                      {QStringLiteral("seq"), 0},
                      {QStringLiteral("text"), QStringLiteral("whatever")},
                      {QStringLiteral("doc"), QStringLiteral("d1")}},
         {{QStringLiteral("revision"), Kind::Integer},
          {QStringLiteral("seq"), Kind::Integer},
          {QStringLiteral("text"), Kind::String},
          {QStringLiteral("doc"), Kind::String}}},
        {QStringLiteral("selection"),
         QJsonObject {{QStringLiteral("revision"), 0}, {QStringLiteral("ranges"), ranges}},
         {{QStringLiteral("revision"), Kind::Integer},
          {QStringLiteral("ranges"), Kind::Ranges},
          {QStringLiteral("ranges.0.anchor"), Kind::Integer},
          {QStringLiteral("ranges.0.head"), Kind::Integer}}},
        {QStringLiteral("language"),
         QJsonObject {{QStringLiteral("language"), QStringLiteral("cpp")}},
         {{QStringLiteral("language"), Kind::String}}},
        {QStringLiteral("chat"),
         QJsonObject {{QStringLiteral("text"), QStringLiteral("hi")}},
         {{QStringLiteral("text"), Kind::String}}},
        // Protocol 2's messages (a protocol 1 member's are parsed, then ignored or refused).
        {QStringLiteral("open"),
         QJsonObject {{QStringLiteral("doc"), QStringLiteral("d1")},
                      {QStringLiteral("revision"), 0},
                      {QStringLiteral("epoch"), QStringLiteral("0")}},
         {{QStringLiteral("doc"), Kind::String},
          {QStringLiteral("revision"), Kind::Integer},
          {QStringLiteral("epoch"), Kind::String}}},
        {QStringLiteral("close"),
         QJsonObject {{QStringLiteral("doc"), QStringLiteral("d9")}},
         {{QStringLiteral("doc"), Kind::String}}},
        {QStringLiteral("focus"),
         QJsonObject {{QStringLiteral("doc"), QStringLiteral("d1")}},
         {{QStringLiteral("doc"), Kind::String}}},
        {QStringLiteral("summon"), QJsonObject {}, {}},
        {QStringLiteral("create"),
         QJsonObject {{QStringLiteral("path"), QStringLiteral("a/b.txt")},
                      {QStringLiteral("kind"), QStringLiteral("file")},
                      {QStringLiteral("text"), QString()},
                      {QStringLiteral("language"), QString()}},
         {{QStringLiteral("path"), Kind::String},
          {QStringLiteral("kind"), Kind::String},
          {QStringLiteral("text"), Kind::String},
          {QStringLiteral("language"), Kind::String}}},
        {QStringLiteral("rename"),
         QJsonObject {{QStringLiteral("path"), QStringLiteral("a")},
                      {QStringLiteral("to"), QStringLiteral("b")}},
         {{QStringLiteral("path"), Kind::String}, {QStringLiteral("to"), Kind::String}}},
        {QStringLiteral("delete"),
         QJsonObject {{QStringLiteral("path"), QStringLiteral("nothing")}},
         {{QStringLiteral("path"), Kind::String}}},
        {QStringLiteral("history"),
         QJsonObject {
             {QStringLiteral("id"), 1}, {QStringLiteral("from"), 1}, {QStringLiteral("to"), 1}},
         {{QStringLiteral("id"), Kind::Integer},
          {QStringLiteral("from"), Kind::Integer},
          {QStringLiteral("to"), Kind::Integer}}},
        {QStringLiteral("history_text"),
         QJsonObject {{QStringLiteral("id"), 1}, {QStringLiteral("revision"), 0}},
         {{QStringLiteral("id"), Kind::Integer}, {QStringLiteral("revision"), Kind::Integer}}},
    };
}

struct Candidate
{
    const char *name;
    QJsonValue value;
};

// Every JSON type, plus numbers that are not integers a field could take.
QList<Candidate> candidates()
{
    return {
        {"null", QJsonValue::Null},
        {"true", true},
        {"-1", -1},
        {"1.5", 1.5},
        {"1e308", 1e308},
        {"2^63", 9223372036854775808.0},
        {"2^53", 9007199254740992.0},
        {"1e-300", 1e-300},
        {"empty string", QString()},
        {"numeric string", QStringLiteral("12")},
        {"NaN string", QStringLiteral("NaN")},
        {"Infinity string", QStringLiteral("Infinity")},
        {"array of number", QJsonArray {1.5}},
        {"array of null", QJsonArray {QJsonValue::Null}},
        {"object", QJsonObject {{QStringLiteral("a"), 1}}},
    };
}

bool accepts(Kind kind, const QJsonValue &value)
{
    switch (kind) {
    case Kind::String:
        return value.isString();
    case Kind::Integer:
        return value.isDouble() && value.toDouble() >= 0 && value.toDouble() < 9007199254740992.0
            && value.toDouble() == double(qint64(value.toDouble()));
    case Kind::Object:
        return value.isObject();
    case Kind::Ranges:
    case Kind::Operation:
        return false; // every candidate array holds a wrong element
    }
    return false;
}

QJsonValue withField(const QJsonValue &in, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString key = path.takeFirst();
    if (in.isArray()) {
        QJsonArray array = in.toArray();
        const int index = key.toInt();
        array[index] = withField(array[index], path, value);
        return array;
    }
    QJsonObject object = in.toObject();
    object[key] = withField(object.value(key), path, value);
    return object;
}

QByteArray frameOf(const QString &type, QJsonObject object)
{
    object.insert(QStringLiteral("type"), type);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QList<HostileCase> wrongTypeCases(bool hello, qsizetype documentLength)
{
    QList<HostileCase> cases;
    const QString badMessage = QStringLiteral("bad_message");
    for (const MessageType &message : messageTypes(documentLength)) {
        if ((message.type == QLatin1String("hello")) != hello)
            continue;
        for (const Field &field : message.fields) {
            for (const Candidate &candidate : candidates()) {
                if (accepts(field.kind, candidate.value))
                    continue;
                const QJsonObject object
                    = withField(message.valid, field.path.split(u'.'), candidate.value).toObject();
                // A broken operation is bad_operation; anything else wrongly typed is bad_message.
                const QString code
                    = field.kind == Kind::Operation ? QStringLiteral("bad_operation") : badMessage;
                cases.append({QStringLiteral("%1.%2 = %3")
                                  .arg(message.type, field.path, QLatin1String(candidate.name)),
                              frameOf(message.type, object), code});
            }
        }
    }
    if (!hello) {
        // The envelope's own field: any string is a type, if not one the server knows.
        for (const Candidate &candidate : candidates()) {
            QJsonObject object {{QStringLiteral("type"), candidate.value}};
            cases.append(
                {QStringLiteral("type = %1").arg(QLatin1String(candidate.name)),
                 QJsonDocument(object).toJson(QJsonDocument::Compact),
                 candidate.value.isString() ? QStringLiteral("unknown_type") : badMessage});
        }
    }
    return cases;
}

QList<HostileCase> validMessages(qsizetype documentLength)
{
    QList<HostileCase> messages;
    for (const MessageType &message : messageTypes(documentLength)) {
        if (message.type != QLatin1String("hello"))
            messages.append({message.type, frameOf(message.type, message.valid), QString()});
    }
    return messages;
}

} // namespace ensemble::test
