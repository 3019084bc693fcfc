#pragma once

#include "AuthorshipMessages.h"
#include "HistoryMessages.h"
#include "Limits.h"
#include "ot/Selection.h"
#include "ot/TextOperation.h"

#include <QList>
#include <QString>
#include <optional>
#include <variant>

// Typed forms of every protocol v1 message (docs/PROTOCOL.md). Parsing into these structs is the
// only place the server and the client look at raw JSON, so every field is validated once.

namespace ensemble {

/// One person in a room, as the server announces them.
struct Participant
{
    int id = 0; ///< Per-room session id the server assigns (changes on every join).
    QString name;
    QString color; ///< "#rrggbb"
    Selection selection; ///< Last known selection (welcome only; empty when unknown).
    bool host = false; ///< Joined with the room's owner key.
    QString doc = {}; ///< Protocol 2: the document they work in (`focus`); empty: none yet.
    bool operator==(const Participant &) const = default;
};

/// One entry of the room's operation log, as sent in `welcome.ops` and kept in `ops.jsonl`.
struct LoggedOperation
{
    qint64 revision = 0; ///< The revision this operation produced.
    TextOperation op;
    /// Stable client id of the author; in `welcome.ops` only on the recipient's own entries.
    QString client;
    quint64 seq = 0; ///< The author's sequence number for it (0 where `client` is left out).
    bool operator==(const LoggedOperation &) const = default;
};

// ---- client -> server ---------------------------------------------------------------------

/// Initial text, language, title and password for a room the hello asks the server to create.
struct RoomSeed
{
    QString text;
    QString language;
    QString title = {}; ///< A file name for the guests' tabs, e.g. "main.cpp" (may be empty).
    std::optional<QString> password = {}; ///< The password the room will ask for.
    bool operator==(const RoomSeed &) const = default;
};

/// The newest protocol version this build speaks (docs/PROTOCOL.md); it speaks 1 too.
inline constexpr int maxProtocol = 2;

/// `hello`: join (or rejoin, or create) the room named by the URL path.
struct HelloMsg
{
    int protocol = 1;
    QString name;
    QString color;
    QString client;
    std::optional<QString> password;
    std::optional<qint64> revision; ///< Set on a rejoin: the last revision this client saw.
    QString epoch; ///< On a rejoin: the room epoch that revision belongs to.
    std::optional<RoomSeed> create; ///< Create the room if it does not exist yet.
    /// The room's owner key: it becomes the key of a room `create` creates, and a matching key
    /// makes this connection the owner.
    std::optional<QString> owner = {};
    /// On a rejoin: textHash() of the text this client has for that revision, so a server that
    /// handed the number out again for another text (after losing writes) answers with `text`.
    QString textHash = {};
    bool operator==(const HelloMsg &) const = default;
};

/// `op`: an operation based on `revision`, the sender's `seq`-th.
struct OpMsg
{
    qint64 revision = 0;
    quint64 seq = 0;
    TextOperation op;
    std::optional<Selection> selection; ///< Sender's selection after the operation.
    QString doc = {}; ///< Protocol 2: the document; protocol 1 has only one.
    bool operator==(const OpMsg &) const = default;
};

/// `replace`: a whole document based on `revision`, merged by the server as a diff.
struct ReplaceMsg
{
    qint64 revision = 0;
    quint64 seq = 0;
    QString text;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const ReplaceMsg &) const = default;
};

/// `selection`: the sender's selection in the text at `revision`.
struct SelectionMsg
{
    qint64 revision = 0;
    Selection ranges;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const SelectionMsg &) const = default;
};

/// `language`: set the room's language id.
struct LanguageMsg
{
    QString language;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const LanguageMsg &) const = default;
};

/// `chat`: a chat line for everyone in the room.
struct ChatMsg
{
    QString text;
    bool operator==(const ChatMsg &) const = default;
};

/// `remove`: the owner removes participant `user` from the room for good.
struct RemoveMsg
{
    int user = 0;
    bool operator==(const RemoveMsg &) const = default;
};

/// `settings`: the owner changes the room's settings (absent fields stay as they are).
struct SettingsMsg
{
    std::optional<bool> readOnly; ///< Only the owner may edit.
    std::optional<QString> password; ///< The room's new password; empty: none.
    bool operator==(const SettingsMsg &) const = default;
};

/// `open` (protocol 2): subscribe to document `doc`; on a reopen with the revision, epoch and
/// textHash last seen, as a rejoining hello.
struct OpenMsg
{
    QString doc;
    std::optional<qint64> revision = {};
    QString epoch = {};
    QString textHash = {};
    bool operator==(const OpenMsg &) const = default;
};

/// `close` (protocol 2): no more relays of document `doc`.
struct CloseMsg
{
    QString doc;
    bool operator==(const CloseMsg &) const = default;
};

/// `focus` (protocol 2): the sender now works in document `doc`.
struct FocusMsg
{
    QString doc;
    bool operator==(const FocusMsg &) const = default;
};

/// `create` (protocol 2): a new file (with its first text) or folder at `path` in the tree.
struct CreateMsg
{
    QString path;
    QString kind; ///< "file" or "dir"
    QString text = {}; ///< A file's first text.
    QString language = {}; ///< A file's language id.
    bool operator==(const CreateMsg &) const = default;
};

/// `rename` (protocol 2): moves the file or folder at `path` (with everything in it) to `to`.
struct RenameMsg
{
    QString path;
    QString to;
    bool operator==(const RenameMsg &) const = default;
};

/// `delete` (protocol 2): removes the file or folder at `path` with everything in it.
struct DeleteMsg
{
    QString path;
    bool operator==(const DeleteMsg &) const = default;
};

/// `summon` (protocol 2): "Ask Everyone to Follow Me"; the others are asked, never forced.
struct SummonMsg
{
    bool operator==(const SummonMsg &) const = default;
};

/// Any message a client sends.
using ClientMessage
    = std::variant<HelloMsg, OpMsg, ReplaceMsg, SelectionMsg, LanguageMsg, ChatMsg, RemoveMsg,
                   SettingsMsg, OpenMsg, CloseMsg, FocusMsg, CreateMsg, RenameMsg, DeleteMsg,
                   HistoryRequestMsg, HistoryTextRequestMsg, SummonMsg>;

// ---- server -> client ---------------------------------------------------------------------

/// One file or folder of a session's tree (protocol 2).
struct TreeEntry
{
    QString path;
    QString kind; ///< "file" or "dir"
    QString doc = {}; ///< A file's document id.
    qint64 size = 0; ///< A file's length in UTF-16 code units when the tree was sent.
    /// The file is gone from the host's disk and kept in the session while someone works in it.
    bool deletedOnDisk = false;
    bool operator==(const TreeEntry &) const = default;
};

/// A session's tree (protocol 2): its entries at tree revision `revision`.
struct SessionTree
{
    qint64 revision = 0;
    QList<TreeEntry> entries;
    bool operator==(const SessionTree &) const = default;
};

/// `welcome`: the answer to hello, with either the whole text or the operations since the
/// client's revision.
struct WelcomeMsg
{
    QString room;
    QString epoch;
    qint64 revision = 0;
    std::optional<QString> text;
    std::optional<QList<LoggedOperation>> ops;
    quint64 lastSeq = 0; ///< Highest seq of this client the room has applied.
    QString language;
    QString title; ///< The room's file name for the guests' tabs (may be empty).
    bool readOnly = false; ///< Only the owner may edit.
    Participant you;
    QList<Participant> users; ///< Everyone else in the room.
    qint64 maxMessageBytes = 0;
    qsizetype maxDocumentLength = 0;
    /// Protocol 2: the session's tree, instead of a document (epoch, revision, text or ops,
    /// lastSeq and language come with `opened`).
    std::optional<SessionTree> tree = {};
    /// Who wrote what in the text at `revision` (protocol 1; protocol 2 has it in `opened`).
    std::optional<AuthorshipInfo> authorship = {};
    bool operator==(const WelcomeMsg &) const = default;
};

/// `ack`: the sender's operation `seq` became revision `revision`.
struct AckMsg
{
    qint64 revision = 0;
    quint64 seq = 0;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const AckMsg &) const = default;
};

/// `op` from the server: another participant's operation, producing `revision`.
struct PeerOpMsg
{
    qint64 revision = 0;
    TextOperation op;
    int user = 0;
    std::optional<Selection> selection;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const PeerOpMsg &) const = default;
};

/// `selection` from the server: a participant's selection in the text at `revision`.
struct PeerSelectionMsg
{
    int user = 0;
    qint64 revision = 0;
    Selection ranges;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const PeerSelectionMsg &) const = default;
};

/// `joined`: someone entered the room.
struct JoinedMsg
{
    Participant user;
    bool operator==(const JoinedMsg &) const = default;
};

/// `left`: someone left the room.
struct LeftMsg
{
    int user = 0;
    bool operator==(const LeftMsg &) const = default;
};

/// `language` from the server: the room's language changed.
struct PeerLanguageMsg
{
    QString language;
    int user = 0;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const PeerLanguageMsg &) const = default;
};

/// `chat` from the server (also echoed to its sender), or a line of the room's chat history
/// sent after `welcome`. Servers before chat history send only `user` and `text`.
struct PeerChatMsg
{
    int user = 0; ///< The author's user id when they wrote it (may be stale in history).
    QString text;
    std::optional<QString> name = {}; ///< The author's name when they wrote it.
    std::optional<QString> color = {}; ///< The author's colour when they wrote it.
    std::optional<qint64> time = {}; ///< Server time it was written, ms since 1970 UTC.
    bool history = false; ///< Sent on joining: written before this connection joined.
    bool operator==(const PeerChatMsg &) const = default;
};

/// `settings` from the server: the owner (`user`) changed the room's settings.
struct PeerSettingsMsg
{
    bool readOnly = false;
    int user = 0;
    bool operator==(const PeerSettingsMsg &) const = default;
};

/// `error`: a named error; `seq` names the rejected op or replace, if any.
struct ErrorMsg
{
    QString code;
    QString message;
    std::optional<quint64> seq;
    std::optional<qint64> retryAfter = {}; ///< Seconds until trying again may succeed.
    QString doc = {}; ///< Protocol 2: the document the refused message was about.
    QString address = {}; ///< `moved`: the server that holds the session (ws:// or wss:// URL).
    bool operator==(const ErrorMsg &) const = default;
};

/// `opened` (protocol 2): the answer to `open`, the per-document half of protocol 1's welcome.
struct OpenedMsg
{
    QString doc;
    QString epoch;
    qint64 revision = 0;
    std::optional<QString> text;
    std::optional<QList<LoggedOperation>> ops;
    quint64 lastSeq = 0; ///< Highest seq of this client the document has applied.
    QString language;
    std::optional<AuthorshipInfo> authorship = {}; ///< Who wrote what in the text at `revision`.
    bool operator==(const OpenedMsg &) const = default;
};

/// `focus` from the server (protocol 2): participant `user` now works in document `doc`.
struct PeerFocusMsg
{
    int user = 0;
    QString doc;
    bool operator==(const PeerFocusMsg &) const = default;
};

/// `summon` from the server (protocol 2): participant `user` asks everyone to follow them.
struct PeerSummonMsg
{
    int user = 0;
    bool operator==(const PeerSummonMsg &) const = default;
};

/// `disk` (protocol 2, from the server only): the host's application found document `doc`'s
/// file deleted on its disk and keeps it in the session (`deleted`), or has the file again.
struct DiskMsg
{
    QString doc;
    bool deleted = false;
    bool operator==(const DiskMsg &) const = default;
};

/// `tree` (protocol 2): a tree operation of participant `user` (0: the host's application)
/// became tree revision `revision`. `change` is "create" (entry), "rename" (path, to) or
/// "delete" (path).
struct TreeMsg
{
    qint64 revision = 0;
    QString change;
    QString path;
    QString to = {}; ///< rename: the new path.
    std::optional<TreeEntry> entry = {}; ///< create: what was created.
    int user = 0;
    bool operator==(const TreeMsg &) const = default;
};

/// Any message the server sends.
using ServerMessage = std::variant<WelcomeMsg, AckMsg, PeerOpMsg, PeerSelectionMsg, JoinedMsg,
                                   LeftMsg, PeerLanguageMsg, PeerChatMsg, PeerSettingsMsg, ErrorMsg,
                                   OpenedMsg, PeerFocusMsg, TreeMsg, HistoryEntriesMsg,
                                   HistoryTextMsg, HistoryErrorMsg, PeerSummonMsg, DiskMsg>;

} // namespace ensemble
