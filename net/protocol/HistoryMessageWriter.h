#pragma once

#include "HistoryMessages.h"
#include "JsonWriter.h"
#include "WriteOperation.h"

// The history's messages in MessageWriter (HistoryMessages.h; docs/PROTOCOL.md 3.1).

namespace ensemble {

/// Writes protocol 2's `doc` of a history message (protocol 1's have none).
template<class Text> void writeHistoryDoc(JsonWriter<Text> &w, const QString &doc)
{
    if (!doc.isEmpty())
        w.field(QLatin1StringView("doc"), doc);
}

/// Writes a client's `history`.
template<class Text> void write(JsonWriter<Text> &w, const HistoryRequestMsg &m)
{
    w.beginObject()
        .field(QLatin1StringView("type"), QLatin1StringView("history"))
        .field(QLatin1StringView("id"), qint64(m.id));
    writeHistoryDoc(w, m.doc);
    w.field(QLatin1StringView("from"), m.from).field(QLatin1StringView("to"), m.to).endObject();
}

/// Writes a client's `history_text`.
template<class Text> void write(JsonWriter<Text> &w, const HistoryTextRequestMsg &m)
{
    w.beginObject()
        .field(QLatin1StringView("type"), QLatin1StringView("history_text"))
        .field(QLatin1StringView("id"), qint64(m.id));
    writeHistoryDoc(w, m.doc);
    w.field(QLatin1StringView("revision"), m.revision).endObject();
}

/// Writes the server's `history`.
template<class Text> void write(JsonWriter<Text> &w, const HistoryEntriesMsg &m)
{
    w.beginObject()
        .field(QLatin1StringView("type"), QLatin1StringView("history"))
        .field(QLatin1StringView("id"), qint64(m.id));
    writeHistoryDoc(w, m.doc);
    w.field(QLatin1StringView("oldest"), m.oldest)
        .field(QLatin1StringView("latest"), m.latest)
        .key(QLatin1StringView("entries"))
        .beginArray();
    for (const HistoryRecord &e : m.entries) {
        w.beginObject()
            .field(QLatin1StringView("revision"), e.revision)
            .field(QLatin1StringView("author"), e.author)
            .field(QLatin1StringView("name"), e.name)
            .field(QLatin1StringView("color"), e.color)
            .field(QLatin1StringView("time"), e.time);
        writeOperation(w.key(QLatin1StringView("op")), e.op);
        w.endObject();
    }
    w.endArray().endObject();
}

/// Writes the server's `history_text`.
template<class Text> void write(JsonWriter<Text> &w, const HistoryTextMsg &m)
{
    w.beginObject()
        .field(QLatin1StringView("type"), QLatin1StringView("history_text"))
        .field(QLatin1StringView("id"), qint64(m.id));
    writeHistoryDoc(w, m.doc);
    w.field(QLatin1StringView("revision"), m.revision)
        .field(QLatin1StringView("text"), m.text)
        .endObject();
}

/// Writes the server's `history_error`.
template<class Text> void write(JsonWriter<Text> &w, const HistoryErrorMsg &m)
{
    w.beginObject()
        .field(QLatin1StringView("type"), QLatin1StringView("history_error"))
        .field(QLatin1StringView("id"), qint64(m.id));
    writeHistoryDoc(w, m.doc);
    w.field(QLatin1StringView("code"), m.code).field(QLatin1StringView("message"), m.message);
    if (m.oldest)
        w.field(QLatin1StringView("oldest"), *m.oldest);
    if (m.latest)
        w.field(QLatin1StringView("latest"), *m.latest);
    w.endObject();
}

} // namespace ensemble
