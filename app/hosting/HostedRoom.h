#pragma once

#include "ot/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QStringList>

namespace ensemble {

// What a hosting window keeps about its room so that it can host the room again if the app stops
// unexpectedly. ROOMS/ROOM-ID/ is the room server's data directory (the room's own files are in
// ROOM-ID/ inside it, beside the server's lock file); hosting.json there says how the room was
// hosted. It holds the owner key, so it and its directories are readable by this user only.
struct HostedRoom
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::HostedRoom)

public:
    QString directory; // ROOMS/ROOM-ID
    QString roomId;
    QString filePath; // the host's file (empty for a document that was never saved)
    QString folder; // the shared folder's root (empty: a session of one document)
    QString title; // the room's title (what guests' tabs are called)
    QDateTime started;
    QHostAddress bindAddress;
    quint16 port = 0;
    QByteArray fingerprint; // of the certificate guests pinned (empty: not encrypted)
    QString ownerKey;
    QStringList guests; // who is in the room, by name

    // Makes the directory for room roomId in roomsDirectory, both readable by this user only.
    static Result<QString> makeDirectory(const QString &roomsDirectory, const QString &roomId);
    // Writes hosting.json, readable by this user only.
    Result<std::monostate> save() const;
    // Reads directory/hosting.json; the error says what is wrong with it.
    static Result<HostedRoom> read(const QString &directory);
};

} // namespace ensemble
