// The desktop app's session client (SessionClient, protocol 2) as a peer for the browser tests:
// `ensemble_test_folderpeer PORT ROOM` joins as "App", opens every file of the session, works in
// main.cpp (if there is one), and writes one JSON line to stdout per event:
// {"event":"text","path":…,"text":…} whenever a document's text changes,
// {"event":"chat","name":…,"text":…} per chat line, {"event":"focus","name":…,"path":…} when a
// participant moves to a document. Each line on stdin, {"chat":TEXT}, is sent as a chat line.
#include "client/DocumentSync.h"
#include "client/Invite.h"
#include "client/SessionClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace ensemble;

namespace {

void print(const QJsonObject &event)
{
    std::fputs(QJsonDocument(event).toJson(QJsonDocument::Compact).append('\n').constData(),
               stdout);
    std::fflush(stdout);
}

QString pathOf(const SessionClient &client, const QString &doc)
{
    for (const TreeEntry &entry : client.tree().entries) {
        if (entry.doc == doc)
            return entry.path;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fputs("usage: ensemble_test_folderpeer PORT ROOM\n", stderr);
        return 2;
    }
    SessionClient client;
    client.setIdentity(QStringLiteral("App"), QStringLiteral("#2e9d4f"),
                       QStringLiteral("folderpeer-client"));
    client.setProtocol(2);
    QHash<QString, QString> texts;
    QObject::connect(&client, &SessionClient::treeReset, &client, [&](const SessionTree &tree) {
        for (const TreeEntry &entry : tree.entries) {
            if (entry.kind != u"file" || client.document(entry.doc))
                continue;
            DocumentSync *sync = client.openDocument(entry.doc);
            const QString doc = entry.doc;
            auto report = [&client, &texts, doc] {
                print({{"event", "text"}, {"path", pathOf(client, doc)}, {"text", texts[doc]}});
            };
            QObject::connect(sync, &DocumentSync::documentReset, sync,
                             [&texts, doc, report](const QString &text) {
                                 texts[doc] = text;
                                 report();
                             });
            QObject::connect(sync, &DocumentSync::remoteOperation, sync,
                             [&texts, doc, report](const TextOperation &op) {
                                 texts[doc] = op.apply(texts[doc]).value();
                                 report();
                             });
        }
        for (const TreeEntry &entry : tree.entries) {
            if (entry.path == u"main.cpp")
                client.setFocus(entry.doc);
        }
        print({{"event", "ready"}, {"files", int(tree.entries.size())}});
    });
    QObject::connect(&client, &SessionClient::chatLineReceived, &client, [](const ChatLine &line) {
        print({{"event", "chat"}, {"name", line.name}, {"text", line.text}});
    });
    QObject::connect(&client, &SessionClient::participantFocused, &client,
                     [&client](int user, const QString &doc) {
                         QString name;
                         for (const Participant &p : client.participants()) {
                             if (p.id == user)
                                 name = p.name;
                         }
                         print({{"event", "focus"}, {"name", name}, {"path", pathOf(client, doc)}});
                     });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QFile in;
    in.open(stdin, QIODevice::ReadOnly);
    QObject::connect(&input, &QSocketNotifier::activated, &client, [&] {
        const QByteArray line = in.readLine();
        if (line.isEmpty()) {
            QCoreApplication::quit();
            return;
        }
        const QJsonObject command = QJsonDocument::fromJson(line).object();
        if (command.contains(u"chat"))
            client.sendChat(command.value(u"chat").toString());
    });
    client.join(Invite(QStringLiteral("127.0.0.1"), quint16(QString::fromLatin1(argv[1]).toUInt()),
                       QString::fromLatin1(argv[2])));
    return QCoreApplication::exec();
}
