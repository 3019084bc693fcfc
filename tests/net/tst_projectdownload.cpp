// Save a Copy of the Project over real sockets: ProjectDownload opens a session's documents in
// batches (within the server's open-documents limit), writes every file under the target folder
// and closes only what it opened.
#include "AccessFixtures.h"
#include "client/ProjectDownload.h"
#include "client/SessionClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ensemble;
using namespace ensemble::test;

namespace {

const QList<std::pair<QString, QString>> files {
    {u"README.md"_qs, u"# read me\n"_qs},
    {u"src/main.cpp"_qs, u"int main() { return 0; }\n"_qs},
    {u"src/util/util.h"_qs, u"#pragma once\n"_qs},
    {u"src/util/util.cpp"_qs, u"// \u00e9t\u00e9 \U0001F600\n"_qs},
    {u"docs/a b.txt"_qs, QString()},
};

QString readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(missing)");
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestProjectDownload : public QObject
{
    Q_OBJECT

private slots:
    // A session of the files above plus "untitled" (d1, "one") and an empty folder.
    void downloadsTheTree_data()
    {
        QTest::addColumn<int>("serverOpenLimit");
        QTest::addColumn<int>("batch");
        QTest::addColumn<bool>("userHasD1Open");
        QTest::addColumn<bool>("folderHoldsAFile");
        QTest::addColumn<bool>("intoNonEmpty");
        QTest::addColumn<bool>("started");
        QTest::addRow("batches of two") << 64 << 2 << false << false << false << true;
        QTest::addRow("one document open already") << 64 << 3 << true << false << false << true;
        QTest::addRow("server allows fewer than the batch")
            << 2 << 8 << true << false << false << true;
        QTest::addRow("folder not empty") << 64 << 8 << false << true << false << false;
        QTest::addRow("folder not empty, allowed") << 64 << 8 << false << true << true << true;
    }
    void downloadsTheTree()
    {
        QFETCH(int, serverOpenLimit);
        QFETCH(int, batch);
        QFETCH(bool, userHasD1Open);
        QFETCH(bool, folderHoldsAFile);
        QFETCH(bool, intoNonEmpty);
        QFETCH(bool, started);
        ServerConfig config;
        config.limits.maxOpenDocuments = serverOpenLimit;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        for (const auto &[path, text] : files)
            QVERIFY(server.addDocument(room, path, text));
        QVERIFY(server.addDocument(room, u"empty/folder"_qs, {}, {}, u"dir"_qs));
        SessionClient client;
        client.setIdentity(u"guest"_qs, u"#102030"_qs, u"guest-client"_qs);
        client.setProtocol(2);
        client.join(inviteTo(server, room));
        QTRY_COMPARE(client.state(), SessionClient::State::Connected);
        if (userHasD1Open) {
            DocumentSync *d1 = client.openDocument(u"d1"_qs);
            QTRY_VERIFY(d1->hasText());
        }
        QTemporaryDir dir;
        const QString target = dir.filePath(u"copy"_qs);
        if (folderHoldsAFile) {
            QVERIFY(QDir().mkpath(target));
            QFile mine(target + u"/mine.txt"_qs);
            QVERIFY(mine.open(QIODevice::WriteOnly));
        }
        ProjectDownload download(&client);
        download.setBatchSize(batch);
        QSignalSpy finished(&download, &ProjectDownload::finished);
        QSignalSpy failed(&download, &ProjectDownload::fileFailed);
        QCOMPARE(download.start(target, intoNonEmpty), started);
        if (!started) {
            QVERIFY(download.errorString().contains(u"not empty"_qs));
            return;
        }
        QCOMPARE(download.total(), int(files.size()) + 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(1).toString()));
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(download.written(), download.total());
        QCOMPARE(readFile(target + u"/untitled"_qs), u"one"_qs);
        for (const auto &[path, text] : files)
            QCOMPARE(readFile(target + u'/' + path), text);
        QVERIFY(QFileInfo(target + u"/empty/folder"_qs).isDir());
        QCOMPARE(QFile::exists(target + u"/mine.txt"_qs), folderHoldsAFile);
        // Only what the user had open stays open.
        for (const TreeEntry &entry : client.tree().entries) {
            if (!entry.doc.isEmpty())
                QCOMPARE(client.document(entry.doc) != nullptr,
                         userHasD1Open && entry.doc == u"d1");
        }
    }

    // The user's own open documents fill the server's limit: every other file is reported once,
    // and the download ends instead of asking forever.
    void userDocumentsFillTheLimit()
    {
        ServerConfig config;
        config.limits.maxOpenDocuments = 1;
        RoomServer server(config);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        for (const auto &[path, text] : files)
            QVERIFY(server.addDocument(room, path, text));
        SessionClient client;
        client.setIdentity(u"guest"_qs, u"#102030"_qs, u"guest-client"_qs);
        client.setProtocol(2);
        client.join(inviteTo(server, room));
        QTRY_COMPARE(client.state(), SessionClient::State::Connected);
        DocumentSync *d1 = client.openDocument(u"d1"_qs);
        QTRY_VERIFY(d1->hasText());
        QTemporaryDir dir;
        ProjectDownload download(&client);
        QSignalSpy finished(&download, &ProjectDownload::finished);
        QSignalSpy failed(&download, &ProjectDownload::fileFailed);
        QVERIFY(download.start(dir.path()));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(download.written(), 1);
        QCOMPARE(failed.size(), int(files.size()));
        QCOMPARE(readFile(dir.filePath(u"untitled"_qs)), u"one"_qs);
    }

    // The user and the download hold documents through one count of the client's: whoever
    // closes first leaves the document open for the other (a tab keeps its link).
    void sharesHoldsWithTheUser_data()
    {
        QTest::addColumn<bool>("userOpensBefore");
        QTest::addColumn<bool>("userClosesDuring");
        QTest::addColumn<bool>("openAfterwards");
        QTest::addRow("user opens a document the copy holds") << false << false << true;
        QTest::addRow("user closes a document the copy waits for") << true << true << false;
        QTest::addRow("user keeps a document the copy waited for") << true << false << true;
    }
    void sharesHoldsWithTheUser()
    {
        QFETCH(bool, userOpensBefore);
        QFETCH(bool, userClosesDuring);
        QFETCH(bool, openAfterwards);
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        for (const auto &[path, text] : files)
            QVERIFY(server.addDocument(room, path, text));
        SessionClient client;
        client.setIdentity(u"guest"_qs, u"#102030"_qs, u"guest-client"_qs);
        client.setProtocol(2);
        client.join(inviteTo(server, room));
        QTRY_COMPARE(client.state(), SessionClient::State::Connected);
        const QString doc = u"d2"_qs;
        if (userOpensBefore)
            QVERIFY(!client.openDocument(doc)->hasText()); // its text is still on the way
        QTemporaryDir dir;
        ProjectDownload download(&client);
        QSignalSpy finished(&download, &ProjectDownload::finished);
        QVERIFY(download.start(dir.path()));
        QVERIFY(client.document(doc));
        if (!userOpensBefore)
            client.openDocument(doc);
        if (userClosesDuring)
            client.closeDocument(doc);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(finished.at(0).at(0).toBool());
        QCOMPARE(readFile(dir.filePath(files.at(0).first)), files.at(0).second);
        QCOMPARE(client.document(doc) != nullptr, openAfterwards);
        if (openAfterwards)
            QCOMPARE(client.document(doc)->text(), files.at(0).second);
    }

    // A document deleted while the download runs is reported, the rest is written.
    void documentDeletedMeanwhile()
    {
        RoomServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0).ok());
        const QString room = server.createRoom(QStringLiteral("one")).value();
        for (const auto &[path, text] : files)
            QVERIFY(server.addDocument(room, path, text));
        SessionClient client;
        client.setIdentity(u"guest"_qs, u"#102030"_qs, u"guest-client"_qs);
        client.setProtocol(2);
        client.join(inviteTo(server, room));
        QTRY_COMPARE(client.state(), SessionClient::State::Connected);
        QTemporaryDir dir;
        ProjectDownload download(&client);
        download.setBatchSize(1);
        QSignalSpy finished(&download, &ProjectDownload::finished);
        QSignalSpy failed(&download, &ProjectDownload::fileFailed);
        QVERIFY(download.start(dir.path()));
        QVERIFY(client.deleteEntry(u"src/util"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!finished.at(0).at(0).toBool());
        QCOMPARE(failed.size(), 2);
        QCOMPARE(download.written(), download.total() - 2);
        QCOMPARE(readFile(dir.filePath(u"src/main.cpp"_qs)), files.at(1).second);
        QVERIFY(!QFile::exists(dir.filePath(u"src/util/util.h"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestProjectDownload)
#include "tst_projectdownload.moc"
