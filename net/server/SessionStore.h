#pragma once

#include "ChatHistory.h"
#include "RoomAccess.h"
#include "ot/Result.h"

#include <QList>
#include <QString>
#include <memory>

namespace ensemble {

/// One document of a session as `session.json` lists it.
struct SessionDocument
{
    QString doc; ///< A file's id, "d1": never reused in the session; empty for a folder.
    QString path; ///< Its path in the session's tree ("src/main.cpp").
    bool operator==(const SessionDocument &) const = default;
};

/// What `session.json` holds: everything about a session but its documents' texts.
struct SessionRecord
{
    QString room;
    QString title; ///< A file name for protocol 1 guests' tabs.
    RoomAccess access;
    qint64 lastJoined = 0; ///< When someone last joined, in ms since 1970 UTC; 0: not known.
    bool kept = false; ///< Created by the server's operator, so it never expires.
    qint64 treeRevision = 0; ///< Counts the tree operations applied.
    int nextDocument = 1; ///< The number in the next document id.
    QList<SessionDocument> documents;
};

/// A session's directory: `session.json` (replaced atomically), `chat.json` (replaced
/// atomically) and `docs/ID/`, one directory per document, which a RoomDocument keeps. A room
/// directory of the one-document layout (`snapshot.json` and `ops.jsonl` beside `chat.json`)
/// is migrated on open into a session whose only document is `d1`: `session.json` first, then
/// the document's files are moved one by one, so that a crash at any point leaves a directory
/// the next open finishes migrating.
class SessionStore
{
public:
    /// Creates the directory @p dir for a new session and writes its `session.json`.
    static Result<std::unique_ptr<SessionStore>> create(const QString &dir,
                                                        const SessionRecord &record);
    /// Opens a session directory (migrating the one-document layout); checks that the session
    /// is the one the directory names.
    static Result<std::pair<std::unique_ptr<SessionStore>, SessionRecord>> open(const QString &dir);
    /// Where document @p doc of the session in @p dir keeps its files.
    static QString documentDirectory(const QString &dir, const QString &doc);
    /// The directory of the first document of the session in @p dir, in either layout, without
    /// changing anything (for readers such as the app's crash recovery).
    static QString firstDocumentDirectory(const QString &dir);

    /// @p record in the form of `session.json`, which a durable journal stores too.
    static QByteArray encode(const SessionRecord &record);
    /// Reads encode()'s form back; a storage_failed error naming @p where when it is damaged.
    static Result<SessionRecord> decode(const QByteArray &json, const QString &where);

    /// Replaces `session.json` with @p record.
    Result<std::monostate> save(const SessionRecord &record);
    /// Replaces `chat.json` with @p chat atomically; returns the bytes written.
    Result<qint64> saveChat(const ChatHistory &chat);
    /// Reads `chat.json`: a missing file is an empty history, a damaged one too, with a
    /// @p warning (the file is left as it is until the next line replaces it).
    ChatHistory loadChat(qsizetype capacity, QString *warning) const;
    /// What `session.json` and `chat.json` take on disk, in bytes (documents count their own).
    qint64 diskBytes() const;
    /// The session's directory.
    QString directory() const { return m_dir; }
    /// Removes the session's directory with every document in it.
    bool remove();

private:
    explicit SessionStore(QString dir);
    static Result<SessionRecord> migrate(const QString &dir);
    static Result<std::monostate> moveLegacyFiles(const QString &dir);

    QString m_dir;
};

} // namespace ensemble
