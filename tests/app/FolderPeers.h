#pragma once

#include "SessionPeers.h"
#include "hosting/SessionHost.h"
#include "session/FolderSession.h"
#include "session/FolderSessionController.h"

namespace ensemble::test {

// What the folder tests share between two real windows: a peer's shared folder, a document by
// path, the host's options and a tab that holds its text.

inline FolderSessionController &folders(Peer &peer)
{
    return peer.collaboration().folders();
}

// The id of the document at path in peer's tree, or empty.
inline QString docAt(Peer &peer, const QString &path)
{
    for (const TreeEntry &entry : folders(peer).session()->tree().entries) {
        if (entry.path == path)
            return entry.doc;
    }
    return {};
}

// Hosting on the loopback on a free port. Encryption has its own tests; a certificate per test
// would only make these slow.
inline HostOptions folderHostOptions()
{
    HostOptions options;
    options.bindAddress = QHostAddress::LocalHost;
    options.port = 0;
    options.announce = false;
    options.encrypted = false;
    return options;
}

// Joins guest to the shared folder of invite; true once connected with entries in its tree.
inline bool joinFolder(Peer &guest, const Invite &invite, qsizetype entries)
{
    guest.collaboration().join(invite);
    return QTest::qWaitFor([&] {
        const FolderSession *session = folders(guest).session();
        return session && session->client().state() == SessionClient::State::Connected
            && session->tree().entries.size() == entries;
    });
}

// Opens the document at path in a tab of peer's; the tab once its text is there, or null.
inline DocumentTab *openFolderTab(Peer &peer, const QString &path)
{
    const QString doc = docAt(peer, path);
    if (doc.isEmpty())
        return nullptr;
    DocumentTab *tab = folders(peer).openDocument(doc);
    if (!tab || !QTest::qWaitFor([&] { return !tab->editor()->text().isEmpty(); }, 10000))
        return nullptr;
    return tab;
}

} // namespace ensemble::test
