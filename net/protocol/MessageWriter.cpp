#include "MessageWriter.h"
#include "Overloaded.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ensemble {

namespace {

QJsonArray rangesJson(const Selection &selection)
{
    QJsonArray array;
    for (const SelectionRange &range : selection)
        array.append(QJsonObject {{QStringLiteral("anchor"), qint64(range.anchor)},
                                  {QStringLiteral("head"), qint64(range.head)}});
    return array;
}

QJsonObject participantJson(const Participant &p, bool withSelection)
{
    QJsonObject o {{QStringLiteral("id"), p.id},
                   {QStringLiteral("name"), p.name},
                   {QStringLiteral("color"), p.color}};
    if (withSelection && !p.selection.isEmpty())
        o.insert(QStringLiteral("selection"), rangesJson(p.selection));
    if (p.host)
        o.insert(QStringLiteral("host"), true);
    return o;
}

QJsonObject typed(const char *type)
{
    return QJsonObject {{QStringLiteral("type"), QLatin1String(type)}};
}

QJsonObject toJson(const HelloMsg &m)
{
    QJsonObject o = typed("hello");
    o.insert(QStringLiteral("protocol"), m.protocol);
    o.insert(QStringLiteral("name"), m.name);
    o.insert(QStringLiteral("color"), m.color);
    o.insert(QStringLiteral("client"), m.client);
    if (m.password)
        o.insert(QStringLiteral("password"), *m.password);
    if (m.revision) {
        o.insert(QStringLiteral("revision"), *m.revision);
        o.insert(QStringLiteral("epoch"), m.epoch);
        if (!m.textHash.isEmpty())
            o.insert(QStringLiteral("textHash"), m.textHash);
    }
    if (m.create) {
        QJsonObject create {{QStringLiteral("text"), m.create->text},
                            {QStringLiteral("language"), m.create->language}};
        if (!m.create->title.isEmpty())
            create.insert(QStringLiteral("title"), m.create->title);
        if (m.create->password)
            create.insert(QStringLiteral("password"), *m.create->password);
        o.insert(QStringLiteral("create"), create);
    }
    if (m.owner)
        o.insert(QStringLiteral("owner"), *m.owner);
    return o;
}

QJsonObject toJson(const OpMsg &m)
{
    QJsonObject o = typed("op");
    o.insert(QStringLiteral("revision"), m.revision);
    o.insert(QStringLiteral("seq"), qint64(m.seq));
    o.insert(QStringLiteral("op"), m.op.toJson());
    if (m.selection)
        o.insert(QStringLiteral("selection"), rangesJson(*m.selection));
    return o;
}

QJsonObject toJson(const WelcomeMsg &m)
{
    QJsonObject o = typed("welcome");
    o.insert(QStringLiteral("room"), m.room);
    o.insert(QStringLiteral("epoch"), m.epoch);
    o.insert(QStringLiteral("revision"), m.revision);
    if (m.text)
        o.insert(QStringLiteral("text"), *m.text);
    if (m.ops) {
        QJsonArray ops;
        for (const LoggedOperation &entry : *m.ops) {
            QJsonObject item {{QStringLiteral("revision"), entry.revision},
                              {QStringLiteral("op"), entry.op.toJson()}};
            if (!entry.client.isEmpty())
                item.insert(QStringLiteral("client"), entry.client);
            if (entry.seq != 0)
                item.insert(QStringLiteral("seq"), qint64(entry.seq));
            ops.append(item);
        }
        o.insert(QStringLiteral("ops"), ops);
    }
    o.insert(QStringLiteral("lastSeq"), qint64(m.lastSeq));
    o.insert(QStringLiteral("language"), m.language);
    o.insert(QStringLiteral("title"), m.title);
    o.insert(QStringLiteral("readOnly"), m.readOnly);
    o.insert(QStringLiteral("you"), participantJson(m.you, false));
    QJsonArray users;
    for (const Participant &user : m.users)
        users.append(participantJson(user, true));
    o.insert(QStringLiteral("users"), users);
    o.insert(QStringLiteral("limits"),
             QJsonObject {{QStringLiteral("message"), m.maxMessageBytes},
                          {QStringLiteral("document"), qint64(m.maxDocumentLength)}});
    return o;
}

QJsonObject toJson(const PeerOpMsg &m)
{
    QJsonObject o = typed("op");
    o.insert(QStringLiteral("revision"), m.revision);
    o.insert(QStringLiteral("op"), m.op.toJson());
    o.insert(QStringLiteral("user"), m.user);
    if (m.selection)
        o.insert(QStringLiteral("selection"), rangesJson(*m.selection));
    return o;
}

QJsonObject toJson(const ErrorMsg &m)
{
    QJsonObject o = typed("error");
    o.insert(QStringLiteral("code"), m.code);
    o.insert(QStringLiteral("message"), m.message);
    if (m.seq)
        o.insert(QStringLiteral("seq"), qint64(*m.seq));
    if (m.retryAfter)
        o.insert(QStringLiteral("retryAfter"), *m.retryAfter);
    return o;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray serialize(const ClientMessage &message)
{
    return compact(std::visit(Overloaded {
                                  [](const HelloMsg &m) { return toJson(m); },
                                  [](const OpMsg &m) { return toJson(m); },
                                  [](const ReplaceMsg &m) {
                                      QJsonObject o = typed("replace");
                                      o.insert(QStringLiteral("revision"), m.revision);
                                      o.insert(QStringLiteral("seq"), qint64(m.seq));
                                      o.insert(QStringLiteral("text"), m.text);
                                      return o;
                                  },
                                  [](const SelectionMsg &m) {
                                      QJsonObject o = typed("selection");
                                      o.insert(QStringLiteral("revision"), m.revision);
                                      o.insert(QStringLiteral("ranges"), rangesJson(m.ranges));
                                      return o;
                                  },
                                  [](const LanguageMsg &m) {
                                      QJsonObject o = typed("language");
                                      o.insert(QStringLiteral("language"), m.language);
                                      return o;
                                  },
                                  [](const ChatMsg &m) {
                                      QJsonObject o = typed("chat");
                                      o.insert(QStringLiteral("text"), m.text);
                                      return o;
                                  },
                                  [](const RemoveMsg &m) {
                                      QJsonObject o = typed("remove");
                                      o.insert(QStringLiteral("user"), m.user);
                                      return o;
                                  },
                                  [](const SettingsMsg &m) {
                                      QJsonObject o = typed("settings");
                                      if (m.readOnly)
                                          o.insert(QStringLiteral("readOnly"), *m.readOnly);
                                      if (m.password)
                                          o.insert(QStringLiteral("password"), *m.password);
                                      return o;
                                  },
                              },
                              message));
}

QByteArray serialize(const ServerMessage &message)
{
    return compact(std::visit(Overloaded {
                                  [](const WelcomeMsg &m) { return toJson(m); },
                                  [](const AckMsg &m) {
                                      QJsonObject o = typed("ack");
                                      o.insert(QStringLiteral("revision"), m.revision);
                                      o.insert(QStringLiteral("seq"), qint64(m.seq));
                                      return o;
                                  },
                                  [](const PeerOpMsg &m) { return toJson(m); },
                                  [](const PeerSelectionMsg &m) {
                                      QJsonObject o = typed("selection");
                                      o.insert(QStringLiteral("user"), m.user);
                                      o.insert(QStringLiteral("revision"), m.revision);
                                      o.insert(QStringLiteral("ranges"), rangesJson(m.ranges));
                                      return o;
                                  },
                                  [](const JoinedMsg &m) {
                                      QJsonObject o = typed("joined");
                                      o.insert(QStringLiteral("user"),
                                               participantJson(m.user, false));
                                      return o;
                                  },
                                  [](const LeftMsg &m) {
                                      QJsonObject o = typed("left");
                                      o.insert(QStringLiteral("user"), m.user);
                                      return o;
                                  },
                                  [](const PeerLanguageMsg &m) {
                                      QJsonObject o = typed("language");
                                      o.insert(QStringLiteral("language"), m.language);
                                      o.insert(QStringLiteral("user"), m.user);
                                      return o;
                                  },
                                  [](const PeerChatMsg &m) {
                                      QJsonObject o = typed("chat");
                                      o.insert(QStringLiteral("user"), m.user);
                                      o.insert(QStringLiteral("text"), m.text);
                                      return o;
                                  },
                                  [](const PeerSettingsMsg &m) {
                                      QJsonObject o = typed("settings");
                                      o.insert(QStringLiteral("readOnly"), m.readOnly);
                                      o.insert(QStringLiteral("user"), m.user);
                                      return o;
                                  },
                                  [](const ErrorMsg &m) { return toJson(m); },
                              },
                              message));
}

} // namespace ensemble
