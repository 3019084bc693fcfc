#include "session/LastSeenRevisions.h"

#include "Settings.h"
#include "client/SessionClient.h"
#include "session/SeenTexts.h"

namespace ensemble {

LastSeenRevisions::LastSeenRevisions(Settings &settings, SessionClient &client,
                                     const Invite &invite, QObject *parent)
    : QObject(parent)
    , m_settings(&settings)
    , m_room(invite.server() + u'/' + invite.roomId())
{
    const SeenTexts texts(settings.seenTextsDirectory());
    const auto seenOf = [&](const QString &doc) {
        const QString key = keyOf(doc);
        const auto [epoch, revision] = settings.lastSeenRevision(key);
        return SeenDocument {epoch, revision, texts.text(key, epoch, revision)};
    };
    if (client.protocol() == 2) {
        for (const QString &doc : settings.lastSeenDocuments(m_room))
            client.setLastSeen(doc, seenOf(doc));
    } else if (const SeenDocument seen = seenOf({}); seen.revision >= 0) {
        client.setLastSeen(seen.epoch, seen.revision, seen.text);
    }
    // The client may go before this does: it says when.
    connect(&client, &SessionClient::aboutToLeave, this, [this, &client] { save(client); });
}

QString LastSeenRevisions::keyOf(const QString &doc) const
{
    return doc.isEmpty() ? m_room : m_room + u'#' + doc;
}

void LastSeenRevisions::save(const SessionClient &client)
{
    if (!m_settings)
        return;
    SeenTexts texts(m_settings->seenTextsDirectory());
    const QHash<QString, SeenDocument> seen = client.seenDocuments();
    bool kept = false;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const QString key = keyOf(it.key());
        const SeenDocument &document = it.value();
        // What an earlier session saw and this one did not open is kept as it is.
        if (document.epoch.isEmpty()
            || m_settings->lastSeenRevision(key) == std::pair(document.epoch, document.revision))
            continue;
        m_settings->setLastSeenRevision(key, document.epoch, document.revision);
        if (document.text) {
            texts.keep(key, document.epoch, document.revision, *document.text);
            kept = true;
        }
    }
    if (kept)
        texts.trim();
}

} // namespace ensemble
