// The file places a chat line links to, and chat text written as HTML.
#include "session/ChatLinks.h"

#include <QTest>

using namespace ensemble;

class TestChatLinks : public QObject
{
    Q_OBJECT

private slots:
    void findsPlaces_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("places"); // "path:line" for each link, in order
        QTest::addColumn<QString>("first"); // the first link's text as written
        QTest::addRow("file and line")
            << QStringLiteral("see main.cpp:42 please")
            << QStringList {QStringLiteral("main.cpp:42")} << QStringLiteral("main.cpp:42");
        QTest::addRow("path") << QStringLiteral("src/net/Room.cpp:7")
                              << QStringList {QStringLiteral("src/net/Room.cpp:7")}
                              << QStringLiteral("src/net/Room.cpp:7");
        QTest::addRow("column after the line")
            << QStringLiteral("(main.cpp:42:7)") << QStringList {QStringLiteral("main.cpp:42")}
            << QStringLiteral("main.cpp:42");
        QTest::addRow("two") << QStringLiteral("a.h:1, b.cpp:20.")
                             << QStringList {QStringLiteral("a.h:1"), QStringLiteral("b.cpp:20")}
                             << QStringLiteral("a.h:1");
        QTest::addRow("dotted name") << QStringLiteral("CMakeLists.txt:3")
                                     << QStringList {QStringLiteral("CMakeLists.txt:3")}
                                     << QStringLiteral("CMakeLists.txt:3");
        QTest::addRow("non-ASCII name")
            << QStringLiteral("über.py:9") << QStringList {QStringLiteral("über.py:9")}
            << QStringLiteral("über.py:9");
        QTest::addRow("a time") << QStringLiteral("at 12:30") << QStringList() << QString();
        QTest::addRow("a word before a colon")
            << QStringLiteral("note:5 items") << QStringList() << QString();
        QTest::addRow("line zero") << QStringLiteral("main.cpp:0") << QStringList() << QString();
        QTest::addRow("no line") << QStringLiteral("main.cpp: fine") << QStringList() << QString();
        QTest::addRow("digits go on into letters")
            << QStringLiteral("main.cpp:42abc") << QStringList() << QString();
        QTest::addRow("URL with a port")
            << QStringLiteral("http://example.com:8080/x") << QStringList() << QString();
        QTest::addRow("host and port after a scheme")
            << QStringLiteral("ws:host.lan:7717") << QStringList() << QString();
        QTest::addRow("empty") << QString() << QStringList() << QString();
    }
    void findsPlaces()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, places);
        QFETCH(QString, first);
        QStringList found;
        const QList<ChatLink> links = ChatLinks::find(text);
        for (const ChatLink &link : links)
            found.append(QStringLiteral("%1:%2").arg(link.path).arg(link.line));
        QCOMPARE(found, places);
        if (!links.isEmpty())
            QCOMPARE(text.mid(links.first().start, links.first().length), first);
    }

    void linksNameTheirPlace()
    {
        const ChatLink link {4, 14, QStringLiteral("src/a b#.cpp"), 12};
        const std::optional<ChatLink> back = ChatLinks::fromUrl(ChatLinks::url(link));
        QVERIFY(back);
        QCOMPARE(back->path, link.path);
        QCOMPARE(back->line, 12);
        QVERIFY(!ChatLinks::fromUrl(QUrl(QStringLiteral("https://example.com/main.cpp#4"))));
        QVERIFY(!ChatLinks::fromUrl(QUrl(QStringLiteral("ensemble-line:main.cpp#x"))));
    }

    void htmlIsEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addRow("markup") << QStringLiteral("<b>hi</b> & &amp;")
                                << QStringLiteral("&lt;b&gt;hi&lt;/b&gt; &amp; &amp;amp;");
        QTest::addRow("quotes and breaks")
            << QStringLiteral("\"a\"\nb") << QStringLiteral("&quot;a&quot;<br>b");
        QTest::addRow("link") << QStringLiteral(
            "<i>x.h:2") << QStringLiteral("&lt;i&gt;<a href=\"ensemble-line:x.h#2\">x.h:2</a>");
    }
    void htmlIsEscaped()
    {
        QFETCH(QString, text);
        QFETCH(QString, html);
        QCOMPARE(ChatLinks::toHtml(text), html);
    }
};

QTEST_GUILESS_MAIN(TestChatLinks)
#include "tst_chatlinks.moc"
