#include "LimitOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <array>
#include <span>

namespace ensemble {

namespace {

// One limit on the command line: times are given in seconds and kept in milliseconds.
struct LimitOption
{
    const char *name;
    const char *valueName;
    const char *description; // QT_TRANSLATE_NOOP'd in the "HeadlessServer" context
    qint64 scale;
    qint64 minimum;
    qint64 maximum;
    qint64 (*get)(const Limits &);
    void (*set)(Limits &, qint64);
};

constexpr qint64 maxInt = std::numeric_limits<int>::max();

const std::array<LimitOption, 23> table {{
    {"max-rooms", "n", QT_TRANSLATE_NOOP("HeadlessServer", "Most rooms on the server"), 1, 0,
     maxInt, [](const Limits &l) { return qint64(l.maxRooms); },
     [](Limits &l, qint64 v) { l.maxRooms = int(v); }},
    {"rooms-per-hour", "n",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Rooms clients from one IP address may create per hour, 0 for no limit"),
     1, 0, maxInt, [](const Limits &l) { return qint64(l.roomsPerHourPerAddress); },
     [](Limits &l, qint64 v) { l.roomsPerHourPerAddress = int(v); }},
    {"max-storage", "MiB",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Disk space the rooms may take before clients may create no more, "
                       "0 for no limit"),
     1024 * 1024, 0, std::numeric_limits<qint64>::max() / (1024 * 1024),
     [](const Limits &l) { return l.maxStorageBytes; },
     [](Limits &l, qint64 v) { l.maxStorageBytes = v; }},
    {"room-expiry", "days",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Days after which a room clients created and nobody joined since is "
                       "deleted, 0 for never"),
     qint64(24) * 60 * 60 * 1000, 0, 100000, [](const Limits &l) { return l.roomExpiryMs; },
     [](Limits &l, qint64 v) { l.roomExpiryMs = v; }},
    {"history-revisions", "n",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Revisions of each document's history kept on disk at least (older ones "
                       "go a checkpoint interval at a time), 0 for all"),
     1, 0, std::numeric_limits<qint64>::max(), [](const Limits &l) { return l.historyRevisions; },
     [](Limits &l, qint64 v) { l.historyRevisions = v; }},
    {"history-storage", "MiB",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Disk space each document's history may take (the revisions since its "
                       "last checkpoint always stay), 0 for no limit"),
     1024 * 1024, 0, std::numeric_limits<qint64>::max() / (1024 * 1024),
     [](const Limits &l) { return l.historyBytes; },
     [](Limits &l, qint64 v) { l.historyBytes = v; }},
    {"max-participants", "n", QT_TRANSLATE_NOOP("HeadlessServer", "Most participants per room"), 1,
     1, maxInt, [](const Limits &l) { return qint64(l.maxParticipants); },
     [](Limits &l, qint64 v) { l.maxParticipants = int(v); }},
    {"max-message-bytes", "bytes",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Largest message; twice as much closes the connection unread"),
     1, 1024, qint64(512) * 1024 * 1024, [](const Limits &l) { return l.maxMessageBytes; },
     [](Limits &l, qint64 v) {
         l.maxMessageBytes = v;
         l.hardMessageBytes = 2 * v;
     }},
    {"max-document", "units",
     QT_TRANSLATE_NOOP("HeadlessServer", "Longest document, in UTF-16 code units"), 1, 0,
     qint64(64) * 1024 * 1024, [](const Limits &l) { return qint64(l.maxDocumentLength); },
     [](Limits &l, qint64 v) { l.maxDocumentLength = qsizetype(v); }},
    {"max-documents", "n",
     QT_TRANSLATE_NOOP("HeadlessServer", "Most files and folders in one session's tree"), 1, 1,
     maxInt, [](const Limits &l) { return qint64(l.maxDocuments); },
     [](Limits &l, qint64 v) { l.maxDocuments = int(v); }},
    {"max-open-documents", "n",
     QT_TRANSLATE_NOOP("HeadlessServer", "Most documents one connection may have open"), 1, 1,
     maxInt, [](const Limits &l) { return qint64(l.maxOpenDocuments); },
     [](Limits &l, qint64 v) { l.maxOpenDocuments = int(v); }},
    {"max-session-text", "units",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Text of all documents of one session together, in UTF-16 code units"),
     1, 0, std::numeric_limits<qint64>::max(),
     [](const Limits &l) { return l.maxSessionTextLength; },
     [](Limits &l, qint64 v) { l.maxSessionTextLength = v; }},
    {"kept-operations", "n",
     QT_TRANSLATE_NOOP("HeadlessServer", "Operations kept per room for rejoining clients"), 1, 0,
     maxInt, [](const Limits &l) { return qint64(l.keptOperations); },
     [](Limits &l, qint64 v) { l.keptOperations = qsizetype(v); }},
    {"kept-operation-units", "units",
     QT_TRANSLATE_NOOP("HeadlessServer", "Most units those kept operations may hold per room"), 1,
     0, std::numeric_limits<qint64>::max(), [](const Limits &l) { return l.keptOperationUnits; },
     [](Limits &l, qint64 v) { l.keptOperationUnits = v; }},
    {"max-transform-work", "steps",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Most catch-up work per message before too_far_behind, 0 for no limit"),
     1, 0, std::numeric_limits<qint64>::max(), [](const Limits &l) { return l.maxTransformWork; },
     [](Limits &l, qint64 v) { l.maxTransformWork = v; }},
    {"message-rate", "n",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Messages per second per connection on average, 0 for no limit"),
     1, 0, maxInt, [](const Limits &l) { return qint64(l.messagesPerSecond); },
     [](Limits &l, qint64 v) { l.messagesPerSecond = int(v); }},
    {"message-burst", "n",
     QT_TRANSLATE_NOOP("HeadlessServer", "Messages per connection at once, on top of the rate"), 1,
     1, maxInt, [](const Limits &l) { return qint64(l.messageBurst); },
     [](Limits &l, qint64 v) { l.messageBurst = int(v); }},
    {"message-backlog", "n",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Messages that may wait for the rate before rate_limited closes"),
     1, 0, maxInt, [](const Limits &l) { return qint64(l.maxQueuedMessages); },
     [](Limits &l, qint64 v) { l.maxQueuedMessages = int(v); }},
    {"max-connections-per-address", "n",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Connections from one IP address, 0 for no limit (raise it behind a proxy)"),
     1, 0, maxInt, [](const Limits &l) { return qint64(l.maxConnectionsPerAddress); },
     [](Limits &l, qint64 v) { l.maxConnectionsPerAddress = int(v); }},
    {"max-pending-connections", "n",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Connections that have not joined a room yet, 0 for no limit"),
     1, 0, maxInt, [](const Limits &l) { return qint64(l.maxPendingConnections); },
     [](Limits &l, qint64 v) { l.maxPendingConnections = int(v); }},
    {"handshake-timeout", "seconds",
     QT_TRANSLATE_NOOP("HeadlessServer", "Time to complete the WebSocket handshake"), 1000, 1,
     maxInt / 1000, [](const Limits &l) { return qint64(l.handshakeTimeoutMs); },
     [](Limits &l, qint64 v) { l.handshakeTimeoutMs = int(v); }},
    {"hello-timeout", "seconds", QT_TRANSLATE_NOOP("HeadlessServer", "Time to send hello"), 1000, 1,
     maxInt / 1000, [](const Limits &l) { return qint64(l.helloTimeoutMs); },
     [](Limits &l, qint64 v) { l.helloTimeoutMs = int(v); }},
    {"idle-timeout", "seconds",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Silence (no message, no answer to pings) before idle_timeout, 0 for never"),
     1000, 0, maxInt / 1000, [](const Limits &l) { return qint64(l.idleTimeoutMs); },
     [](Limits &l, qint64 v) { l.idleTimeoutMs = int(v); }},
}};

// What the server's memory may hold for readers and writers that do not keep up.
const std::array<LimitOption, 5> memoryTable {{
    {"max-send-queue", "bytes",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Bytes waiting to be sent to one connection before slow_reader closes it, "
                       "0 for no limit"),
     1, 0, std::numeric_limits<qint64>::max(), [](const Limits &l) { return l.maxSendQueueBytes; },
     [](Limits &l, qint64 v) { l.maxSendQueueBytes = v; }},
    {"max-send-frames", "n",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Messages waiting to be sent to one connection before slow_reader closes "
                       "it, 0 for no limit"),
     1, 0, maxInt, [](const Limits &l) { return qint64(l.maxSendQueueFrames); },
     [](Limits &l, qint64 v) { l.maxSendQueueFrames = int(v); }},
    {"send-budget", "bytes",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Bytes waiting to be sent to all connections together, 0 for no limit"),
     1, 0, std::numeric_limits<qint64>::max(), [](const Limits &l) { return l.sendBudgetBytes; },
     [](Limits &l, qint64 v) { l.sendBudgetBytes = v; }},
    {"unfinished-budget", "bytes",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Bytes of messages received in part, all connections together, 0 for no "
                       "limit"),
     1, 0, std::numeric_limits<qint64>::max(),
     [](const Limits &l) { return l.unfinishedBudgetBytes; },
     [](Limits &l, qint64 v) { l.unfinishedBudgetBytes = v; }},
    {"message-timeout", "seconds",
     QT_TRANSLATE_NOOP("HeadlessServer",
                       "Time a message may take to arrive in full, 0 for no limit"),
     1000, 0, maxInt / 1000, [](const Limits &l) { return qint64(l.messageTimeoutMs); },
     [](Limits &l, qint64 v) { l.messageTimeoutMs = int(v); }},
}};

const std::array<std::span<const LimitOption>, 2> tables {table, memoryTable};

QString describe(const LimitOption &option)
{
    const qint64 fallback = option.get(Limits()) / option.scale;
    return QCoreApplication::translate("HeadlessServer", "%1 (default %2).")
        .arg(QCoreApplication::translate("HeadlessServer", option.description))
        .arg(fallback);
}

// Every option of every table, in order (std::views::join(tables) would do, but clang 14 cannot
// compile it with libstdc++ 12, which the fuzz preset uses).
QList<LimitOption> allOptions()
{
    QList<LimitOption> all;
    for (const auto &table : tables)
        all.append(QList<LimitOption>(table.begin(), table.end()));
    return all;
}

} // namespace

QList<QCommandLineOption> LimitOptions::options()
{
    QList<QCommandLineOption> result;
    for (const LimitOption &option : allOptions()) {
        result.append(QCommandLineOption(QString::fromLatin1(option.name), describe(option),
                                         QString::fromLatin1(option.valueName)));
    }
    return result;
}

Result<std::monostate> LimitOptions::apply(const QCommandLineParser &parser, Limits &limits)
{
    for (const LimitOption &option : allOptions()) {
        const QString name = QString::fromLatin1(option.name);
        if (!parser.isSet(name))
            continue;
        bool ok = false;
        const qint64 value = parser.value(name).toLongLong(&ok);
        if (!ok || value < option.minimum || value > option.maximum) {
            return Error {QStringLiteral("bad_arguments"),
                          QCoreApplication::translate("HeadlessServer",
                                                      "--%1 takes a whole number from %2 to %3, "
                                                      "not “%4”.")
                              .arg(name)
                              .arg(option.minimum)
                              .arg(option.maximum)
                              .arg(parser.value(name))};
        }
        option.set(limits, value * option.scale);
    }
    return std::monostate {};
}

} // namespace ensemble
