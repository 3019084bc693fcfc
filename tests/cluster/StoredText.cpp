#include "StoredText.h"

#include "ClusterRoomJournal.h"

namespace ensemble::test {

QString storedText(ClusterStore &store, const QString &session, const QString &doc)
{
    auto loaded = store.load(session, doc);
    if (!loaded || !loaded.value())
        return QStringLiteral("(not loaded: %1)")
            .arg(loaded ? QStringLiteral("nothing") : loaded.error().message);
    Result<JournalDocument> decoded = ClusterRoomJournal::decode(*loaded.value());
    if (!decoded)
        return QStringLiteral("(%1)").arg(decoded.error().message);
    QString text = decoded.value().text;
    for (const LoggedOperation &entry : decoded.value().ops) {
        Result<QString> applied = entry.op.apply(text);
        if (!applied)
            return QStringLiteral("(revision %1 does not apply)").arg(entry.revision);
        text = std::move(applied).value();
    }
    return text;
}

} // namespace ensemble::test
