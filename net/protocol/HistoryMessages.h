#pragma once

#include "ot/TextOperation.h"

#include <QList>
#include <QString>
#include <optional>

// The messages that read a room's history (docs/PROTOCOL.md section 3.1): kept apart from
// Messages.h so that the history's part of the protocol stays in files of its own.

namespace ensemble {

/// Bounds of one history answer: at most this many entries...
constexpr qsizetype maxHistoryEntries = 1000;
/// ...and no more entries once their operations hold this many UTF-16 units (one always goes).
constexpr qsizetype maxHistoryUnits = 1024 * 1024;

/// One revision of the history as the protocol carries it.
struct HistoryRecord
{
    qint64 revision = 0; ///< The revision this operation produced.
    TextOperation op;
    QString author; ///< The author's stable, non-secret id (never the client id).
    QString name; ///< The author's name when they made it.
    QString color; ///< The author's colour when they made it.
    qint64 time = 0; ///< When the server applied it, ms since 1970 UTC.
    bool operator==(const HistoryRecord &) const = default;
};

/// `history` from a client: the entries of revisions `from` to `to`, answered under `id`.
struct HistoryRequestMsg
{
    quint64 id = 0;
    qint64 from = 0;
    qint64 to = 0;
    QString doc = {}; ///< Protocol 2: the document; protocol 1 has only one.
    bool operator==(const HistoryRequestMsg &) const = default;
};

/// `history_text` from a client: the text at `revision`, answered under `id`.
struct HistoryTextRequestMsg
{
    quint64 id = 0;
    qint64 revision = 0;
    QString doc = {}; ///< Protocol 2: the document.
    bool operator==(const HistoryTextRequestMsg &) const = default;
};

/// `history` from the server: the first entries of the range asked for (fewer than asked when
/// the answer reached its bounds), and the revisions the history holds.
struct HistoryEntriesMsg
{
    quint64 id = 0;
    qint64 oldest = 0; ///< The oldest revision whose text can be asked for.
    qint64 latest = 0; ///< The newest revision when the request was served.
    QList<HistoryRecord> entries;
    QString doc = {}; ///< Protocol 2: the request's document.
    bool operator==(const HistoryEntriesMsg &) const = default;
};

/// `history_text` from the server: the text at `revision`.
struct HistoryTextMsg
{
    quint64 id = 0;
    qint64 revision = 0;
    QString text;
    QString doc = {}; ///< Protocol 2: the request's document.
    bool operator==(const HistoryTextMsg &) const = default;
};

/// `history_error`: request `id` failed with `code` (`no_such_revision`, `history_unavailable`,
/// `rate_limited`, protocol 2's `no_such_path`); `oldest` and `latest` are the revisions the
/// history holds, when known.
struct HistoryErrorMsg
{
    quint64 id = 0;
    QString code;
    QString message;
    std::optional<qint64> oldest = {};
    std::optional<qint64> latest = {};
    QString doc = {}; ///< Protocol 2: the request's document.
    bool operator==(const HistoryErrorMsg &) const = default;
};

/// The wire names of the history's errors.
namespace historyErrors {
inline const QString noSuchPath = QStringLiteral("no_such_path");
inline const QString noSuchRevision = QStringLiteral("no_such_revision");
inline const QString unavailable = QStringLiteral("history_unavailable");
inline const QString rateLimited = QStringLiteral("rate_limited");
} // namespace historyErrors

} // namespace ensemble
