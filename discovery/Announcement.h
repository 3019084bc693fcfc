#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ensemble {

/// What a host tells the local network about its session, as the TXT record of its DNS-SD
/// service (`_ensemble._tcp`); the address and port are in the service's own records.
struct Announcement
{
    /// The room's title (the host's file name; may be empty).
    QString title;
    /// The name of the person hosting.
    QString hostName;
    /// The port the host listens on.
    quint16 port = 0;
    /// Whether guests connect with wss://.
    bool encrypted = false;
    /// Whether the room asks for a password.
    bool hasPassword = false;
    /// The SHA-256 fingerprint of the host's certificate (empty when not encrypted).
    QByteArray fingerprint;
    /// The room id; empty when the host keeps it off the network.
    QString roomId;

    /// The DNS-SD instance name: title and host name, at most 63 bytes of UTF-8.
    QString serviceName() const;
    /// The TXT record: one "key=value" string per field, each at most 255 bytes.
    QList<QByteArray> toTxt() const;
    /// Reads a TXT record; unknown keys are ignored, a malformed fingerprint or room id dropped.
    static Announcement fromTxt(const QList<QByteArray> &txt);

    bool operator==(const Announcement &) const = default;
};

} // namespace ensemble
