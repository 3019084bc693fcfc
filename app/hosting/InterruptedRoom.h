#pragma once

#include "hosting/HostedRoom.h"

#include <optional>

namespace ensemble {

// A room the app was hosting when it stopped unexpectedly (it crashed, was killed, or the
// machine lost power), as its files are found at the next start: one document's, or a shared
// folder's (every document, the tree, the chat), which is resumed whole and never opened as a
// document.
struct InterruptedRoom
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::InterruptedRoom)

public:
    QString directory;
    std::optional<HostedRoom> hosting; // how it was hosted (absent when that cannot be read)
    bool readable = false; // whether its text could be read (never for a shared folder)
    QString text; // the room's text, with every edit it saved
    QString language;
    QString problem; // why it cannot be hosted again (empty when it can)

    // The rooms kept in roomsDirectory that no running Ensemble hosts. What a host that was
    // stopping left (its directory without the room's files) is removed on the way.
    static QList<InterruptedRoom> find(const QString &roomsDirectory);
    // Whether it shared a folder.
    bool isFolder() const { return hosting && !hosting->folder.isEmpty(); }
    // "“fib.py”, hosted since 14:32, with Ana and Bo"; "the folder “proj”, hosted since ...".
    QString description() const;
    // Deletes the room's files; false when that failed or another Ensemble hosts it again.
    bool discard() const;
};

} // namespace ensemble
