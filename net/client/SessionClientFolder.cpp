// Protocol 2 on the client: the tree, presence by document, and one DocumentSync per open
// document; see docs/PROTOCOL.md, "Protocol 2".
#include "SessionClient.h"

#include "protocol/ErrorCode.h"
#include "protocol/Overloaded.h"
#include "protocol/TextHash.h"

namespace ensemble {

namespace {

// Names the document in a message that can carry `doc`.
void setDoc(ClientMessage &message, const QString &doc)
{
    std::visit(
        [&doc](auto &m) {
            if constexpr (requires { m.doc = doc; })
                m.doc = doc;
        },
        message);
}

} // namespace

DocumentSync *SessionClient::openDocument(const QString &doc)
{
    ++m_holds[doc];
    if (DocumentSync *open = m_documents.value(doc))
        return open;
    auto *sync = new DocumentSync(this);
    sync->setClientId(m_clientId);
    // Opened again: what changed since it was last seen is shown as on a rejoin.
    sync->rememberLastSeen(m_seen.value(doc));
    m_documents.insert(doc, sync);
    for (const Participant &user : std::as_const(m_users))
        sync->authorship()->learn(user);
    sync->authorship()->learn(m_self);
    connect(sync, &DocumentSync::outgoing, this,
            [this, doc](const ClientMessage &message) { sendFor(doc, message); });
    connect(sync, &DocumentSync::resyncNeeded, this, &SessionClient::resync);
    if (m_welcomed)
        sendOpen(doc, *sync);
    return sync;
}

void SessionClient::closeDocument(const QString &doc)
{
    const auto held = m_holds.find(doc);
    if (held == m_holds.end() || --*held > 0)
        return;
    m_holds.erase(held);
    DocumentSync *sync = m_documents.take(doc);
    if (!sync)
        return;
    if (sync->hasText())
        m_seen.remember(doc, sync->seen());
    if (m_welcomed)
        send(CloseMsg {doc});
    sync->deleteLater();
}

QHash<QString, SeenDocument> SessionClient::seenDocuments() const
{
    QHash<QString, SeenDocument> seen = m_seen.all();
    if (m_document.hasText())
        seen.insert(QString(), m_document.seen());
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it) {
        if (it.value()->hasText())
            seen.insert(it.key(), it.value()->seen());
    }
    return seen;
}

bool SessionClient::setFocus(const QString &doc)
{
    if (!m_welcomed)
        return false;
    send(FocusMsg {doc});
    return true;
}

bool SessionClient::summon()
{
    if (!m_welcomed || m_protocol != 2)
        return false;
    send(SummonMsg {});
    return true;
}

bool SessionClient::createEntry(const QString &path, const QString &kind, const QString &text,
                                const QString &language)
{
    if (!m_welcomed)
        return false;
    send(CreateMsg {path, kind, text, language});
    return true;
}

bool SessionClient::renameEntry(const QString &path, const QString &to)
{
    if (!m_welcomed)
        return false;
    send(RenameMsg {path, to});
    return true;
}

bool SessionClient::deleteEntry(const QString &path)
{
    if (!m_welcomed)
        return false;
    send(DeleteMsg {path});
    return true;
}

void SessionClient::sendOpen(const QString &doc, const DocumentSync &sync)
{
    OpenMsg open {doc};
    // A reopen catches up by operations when the server still has them.
    if (sync.hasText()) {
        open.revision = sync.revision();
        open.epoch = sync.epoch();
        open.textHash = textHash(sync.serverText());
    }
    send(open);
}

void SessionClient::sendFor(const QString &doc, ClientMessage message)
{
    setDoc(message, doc);
    send(message);
}

void SessionClient::onFolderWelcome(const WelcomeMsg &welcome)
{
    if (!welcome.tree) {
        resync(tr("The server did not send the session's tree."));
        return;
    }
    m_self = welcome.you;
    m_title = welcome.title;
    m_readOnly = welcome.readOnly;
    m_users = welcome.users;
    for (const Participant &user : std::as_const(m_users))
        teachAuthors(user);
    teachAuthors(m_self);
    m_tree = *welcome.tree;
    m_welcomed = true;
    m_backoff.reset();
    setState(State::Connected);
    emit participantsReset(m_users);
    emit settingsChanged(0);
    emit treeReset(m_tree);
    for (auto it = m_documents.cbegin(); it != m_documents.cend(); ++it)
        sendOpen(it.key(), *it.value());
}

bool SessionClient::onFolderMessage(const ServerMessage &message)
{
    // Messages about a document closed meanwhile are dropped: they crossed the close.
    const auto sync = [this](const QString &doc) { return m_documents.value(doc); };
    bool handled = true;
    std::visit(
        Overloaded {
            [&](const OpenedMsg &m) {
                DocumentSync *document = sync(m.doc);
                if (!document)
                    return;
                if (document->start(DocumentStart {m.epoch, m.revision, m.lastSeq, m.language,
                                                   m.text, m.ops, m.authorship, m_self.id}))
                    document->resume();
            },
            [&](const AckMsg &m) {
                if (DocumentSync *document = sync(m.doc))
                    document->acknowledge(m);
            },
            [&](const PeerOpMsg &m) {
                DocumentSync *document = sync(m.doc);
                if (!document || !document->applyRemote(m))
                    return;
                if (m.selection) {
                    const Selection local = document->toLocal(*m.selection);
                    emit document->remoteSelection(m.user, local);
                    emit remoteSelection(m.user, local);
                }
            },
            [&](const PeerSelectionMsg &m) {
                if (DocumentSync *document = sync(m.doc)) {
                    const Selection local = document->toLocal(m.ranges);
                    emit document->remoteSelection(m.user, local);
                    emit remoteSelection(m.user, local);
                }
            },
            [&](const PeerLanguageMsg &m) {
                if (DocumentSync *document = sync(m.doc)) {
                    document->setLanguage(m.language);
                    emit languageChanged(m.language, m.user);
                }
            },
            [&](const PeerFocusMsg &m) {
                for (Participant &user : m_users) {
                    if (user.id == m.user)
                        user.doc = m.doc;
                }
                emit participantFocused(m.user, m.doc);
            },
            [&](const PeerSummonMsg &m) { emit summoned(m.user); },
            [&](const DiskMsg &m) {
                for (TreeEntry &entry : m_tree.entries) {
                    if (entry.doc == m.doc && entry.deletedOnDisk != m.deleted) {
                        entry.deletedOnDisk = m.deleted;
                        emit deletedOnDiskChanged(m.doc, m.deleted);
                    }
                }
            },
            [&](const TreeMsg &m) {
                m_tree.revision = m.revision;
                if (m.change == QLatin1String("create") && m.entry) {
                    m_tree.entries.append(*m.entry);
                } else {
                    const auto under = [&m](const QString &path) {
                        return path == m.path || path.startsWith(m.path + u'/');
                    };
                    for (qsizetype i = m_tree.entries.size() - 1; i >= 0; --i) {
                        TreeEntry &entry = m_tree.entries[i];
                        if (!under(entry.path))
                            continue;
                        if (m.change == QLatin1String("rename")) {
                            entry.path = m.to + entry.path.mid(m.path.size());
                        } else {
                            // Whoever had it open keeps the text (see treeChanged()).
                            if (DocumentSync *document = m_documents.take(entry.doc))
                                document->deleteLater();
                            m_holds.remove(entry.doc);
                            m_seen.forget(entry.doc);
                            m_tree.entries.removeAt(i);
                        }
                    }
                }
                emit treeChanged(m);
            },
            [&](const auto &) { handled = false; }, // the same as in protocol 1
        },
        message);
    return handled;
}

} // namespace ensemble
