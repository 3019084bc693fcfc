#include "HistoryFiles.h"

#include "protocol/JsonReader.h"
#include "protocol/JsonWriter.h"
#include "protocol/ParseJson.h"
#include "protocol/WriteOperation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

namespace ensemble {

namespace {

constexpr int formatVersion = 1;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QByteArray checkpointHeader(qint64 revision, bool utf8, qint64 bodyBytes, QLatin1StringView hash)
{
    JsonWriter<QByteArray> header(256);
    header.beginObject()
        .field(QLatin1StringView("format"), qint64(formatVersion))
        .field(QLatin1StringView("revision"), revision)
        .field(QLatin1StringView("encoding"),
               utf8 ? QLatin1StringView("utf-8") : QLatin1StringView("json"))
        .field(QLatin1StringView("bytes"), bodyBytes)
        .field(QLatin1StringView("sha256"), hash)
        .endObject();
    return header.take() + '\n';
}

} // namespace

// The author is left out when it is the previous line's: runs of one person's edits are most of
// a history, and the author took half of each line.
QByteArray entryLine(const HistoryEntry &e, bool withAuthor)
{
    JsonWriter<QByteArray> w(e.op.insertedLength() + 128);
    w.beginObject()
        .field(QLatin1StringView("revision"), e.revision)
        .field(QLatin1StringView("time"), e.time);
    if (withAuthor) {
        w.field(QLatin1StringView("author"), e.author.id)
            .field(QLatin1StringView("name"), e.author.name)
            .field(QLatin1StringView("color"), e.author.color);
    }
    writeOperation(w.key(QLatin1StringView("op")), e.op);
    w.endObject();
    QByteArray line = w.take();
    line.append('\n');
    return line;
}

std::optional<HistoryEntry> parseEntry(const QByteArray &line,
                                       const std::optional<HistoryAuthor> &previous)
{
    if (!line.endsWith('\n'))
        return std::nullopt;
    const QJsonObject o = parseJson(line).object();
    JsonReader in(o, QStringLiteral("history"));
    HistoryEntry e;
    e.revision = in.integer(QLatin1String("revision"), 1, maxJsonInteger);
    e.time = in.integer(QLatin1String("time"), 0, maxJsonInteger);
    if (o.contains(QLatin1String("author")) || !previous) {
        e.author.id = in.string(QLatin1String("author"), 64);
        e.author.name = in.string(QLatin1String("name"), 1024);
        e.author.color = in.string(QLatin1String("color"), 64);
    } else {
        e.author = *previous;
    }
    Result<TextOperation> op = TextOperation::fromJson(in.value(QLatin1String("op")));
    if (in.failed() || !op)
        return std::nullopt;
    e.op = std::move(op).value();
    return e;
}

// A header line, then the text as it is in UTF-8: parsing it as a JSON string took most of a
// rebuild. A text with a lone surrogate, which UTF-8 cannot carry, is written as a JSON string.
QByteArray checkpointFile(qint64 revision, const QString &text)
{
    const bool utf8 = text.isValidUtf16();
    QByteArray body;
    if (utf8) {
        body = text.toUtf8();
    } else {
        JsonWriter<QByteArray> w(text.size() + 16);
        w.value(text);
        body = w.take();
    }
    return checkpointHeader(revision, utf8, body.size(), QLatin1StringView(sha256(body))) + body;
}

qint64 checkpointFileBytes(qint64 revision, const QString &text)
{
    if (!text.isValidUtf16())
        return checkpointFile(revision, text).size(); // rare: no shortcut for the JSON escapes
    qint64 body = 0;
    for (const QChar c : text) {
        // A surrogate pair takes four bytes: two per unit.
        const char16_t u = c.unicode();
        body += u < 0x80 ? 1 : (u < 0x800 || QChar::isSurrogate(u)) ? 2 : 3;
    }
    const QByteArray anyHash(64, '0');
    return checkpointHeader(revision, true, body, QLatin1StringView(anyHash)).size() + body;
}

std::optional<QString> parseCheckpoint(const QByteArray &file, qint64 expectedRevision)
{
    const qsizetype newline = file.indexOf('\n');
    if (newline < 0)
        return std::nullopt;
    const QJsonObject o = parseJson(file.left(newline)).object();
    JsonReader in(o, QStringLiteral("checkpoint"));
    const qint64 format = in.integer(QLatin1String("format"), formatVersion, formatVersion);
    const qint64 revision = in.integer(QLatin1String("revision"), 0, maxJsonInteger);
    const QString encoding = in.string(QLatin1String("encoding"), 16);
    const qint64 bytes = in.integer(QLatin1String("bytes"), 0, maxJsonInteger);
    const QString hash = in.string(QLatin1String("sha256"), 64);
    const QByteArray body = file.mid(newline + 1);
    if (in.failed() || format != formatVersion || revision != expectedRevision
        || bytes != body.size() || QLatin1StringView(sha256(body)) != hash)
        return std::nullopt;
    if (encoding == QLatin1String("utf-8"))
        return QString::fromUtf8(body);
    if (encoding != QLatin1String("json"))
        return std::nullopt;
    const QJsonValue text = parseJson('[' + body + ']').array().at(0);
    if (!text.isString())
        return std::nullopt;
    return text.toString();
}

} // namespace ensemble
