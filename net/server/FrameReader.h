#pragma once

#include "Utf8Validator.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

namespace ensemble {

/// Reads the frames a WebSocket client sends (RFC 6455 section 5) from the socket's bytes, split
/// anywhere: unmasks them, joins fragmented messages, checks text as it arrives for strict UTF-8
/// and reports whole messages as their UTF-8 bytes, control frames, and the first breach of the
/// protocol with its close code. Connection reads its peer through it instead of QWebSocket,
/// whose text messages would pass through UTF-16 twice on the rooms' thread.
class FrameReader
{
public:
    /// What the bytes read amounted to.
    struct Event
    {
        enum class Kind {
            Text, ///< A whole text message; payload holds its UTF-8.
            Binary, ///< A whole binary message (its payload is not kept).
            Oversized, ///< A whole message over the message limit (its payload is not kept).
            Ping, ///< payload: the ping's payload, for the pong.
            Pong,
            Close, ///< The peer's close frame: closeCode (1005 if it gave none) and reason.
            Failure, ///< The peer broke the protocol: close with closeCode and reason.
        };
        Kind kind;
        QByteArray payload;
        qint64 bytes = 0; ///< The message's size in bytes.
        int closeCode = 0;
        QString reason;
    };
    using Sink = std::function<void(Event &&)>;

    /// Messages over @p maxMessageBytes are reported as Oversized, without their payload;
    /// one over @p hardMessageBytes, or a frame announcing more, is a Failure (1009) at once.
    FrameReader(qint64 maxMessageBytes, qint64 hardMessageBytes);

    /// Reads @p bytes, handing each event to @p sink as soon as it is complete. After a Failure
    /// frames are skipped (skipToClose()); after the peer's Close nothing more is read.
    void read(QByteArrayView bytes, const Sink &sink);
    /// The server has sent its close frame: frames are skipped whole from here on, their
    /// payloads neither kept nor checked, until the peer's close frame begins (a Close event
    /// with closeCode 0: the handshake is complete).
    /// True if the peer's close frame had begun already: the handshake is complete then.
    bool skipToClose();

    /// Whether a frame or a fragmented message has begun and not ended.
    bool midMessage() const;
    /// Bytes held for what has begun: the message so far and a frame header in part.
    qint64 heldBytes() const;

private:
    enum class Mode { Reading, Skipping, Done };

    int headerLength() const;
    qsizetype readHeader(QByteArrayView bytes, const Sink &sink);
    void startFrame(const Sink &sink);
    void checkFrame(const Sink &sink);
    void readPayload(QByteArrayView chunk, const Sink &sink);
    void endFrame(const Sink &sink);
    void endControlFrame(const Sink &sink);
    void fail(int closeCode, const QString &reason, const Sink &sink);
    void dropMessage();

    qint64 m_maxMessageBytes;
    qint64 m_hardMessageBytes;
    Mode m_mode = Mode::Reading;

    // The frame being read.
    uchar m_header[14] = {};
    int m_headerBytes = 0;
    int m_opcode = 0;
    bool m_final = false;
    bool m_topBitSet = false; ///< A 64-bit length with its top bit set, which RFC 6455 forbids.
    uchar m_mask[4] = {};
    bool m_inPayload = false;
    quint64 m_remaining = 0; ///< Payload bytes still to come.
    quint64 m_payloadRead = 0; ///< Payload bytes read, which the mask is applied at.
    QByteArray m_control; ///< A control frame's payload (at most 125 bytes).

    // The message being read, in one frame or several.
    enum class Message { None, Text, Binary } m_message = Message::None;
    bool m_keep = false; ///< Whether its payload is kept (a text message within the limit).
    qint64 m_messageBytes = 0;
    QByteArray m_data;
    Utf8Validator m_utf8;
};

} // namespace ensemble
