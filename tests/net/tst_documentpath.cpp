// DocumentPath::validate as a specification: one row per rule, accepted and refused.
#include "protocol/DocumentPath.h"

#include <QTest>

using namespace ensemble;
using Error = DocumentPath::Error;

class TestDocumentPath : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<Error>("expected");
        QTest::addRow("plain file") << u"main.cpp"_qs << Error::None;
        QTest::addRow("nested") << u"src/net/a.cpp"_qs << Error::None;
        QTest::addRow("non-ASCII") << u"données/résumé.txt"_qs << Error::None;
        QTest::addRow("CJK") << u"文档/说明.md"_qs << Error::None;
        QTest::addRow("dot file") << u".gitignore"_qs << Error::None;
        QTest::addRow("three dots") << u"a/.../b"_qs << Error::TrailingSpaceOrDot;
        QTest::addRow("inner space") << u"my file.txt"_qs << Error::None;
        QTest::addRow("empty") << QString() << Error::Empty;
        QTest::addRow("leading slash") << u"/etc/passwd"_qs << Error::Absolute;
        QTest::addRow("leading backslash") << u"\\x"_qs << Error::Absolute;
        QTest::addRow("drive letter") << u"C:/x"_qs << Error::Absolute;
        QTest::addRow("drive relative") << u"c:x"_qs << Error::Absolute;
        QTest::addRow("dot") << u"./a"_qs << Error::DotComponent;
        QTest::addRow("dotdot") << u"a/../../b"_qs << Error::DotComponent;
        QTest::addRow("dotdot alone") << u".."_qs << Error::DotComponent;
        QTest::addRow("double slash") << u"a//b"_qs << Error::EmptyComponent;
        QTest::addRow("trailing slash") << u"a/"_qs << Error::EmptyComponent;
        QTest::addRow("NUL") << QString(u"a\0b"_qs) << Error::ControlCharacter;
        QTest::addRow("newline") << u"a\nb"_qs << Error::ControlCharacter;
        QTest::addRow("DEL") << u"a\x7f"_qs << Error::ControlCharacter;
        QTest::addRow("backslash") << u"a\\b"_qs << Error::Backslash;
        QTest::addRow("trailing space") << u"a /b"_qs << Error::TrailingSpaceOrDot;
        QTest::addRow("trailing dot") << u"a/b."_qs << Error::TrailingSpaceOrDot;
        QTest::addRow("CON") << u"CON"_qs << Error::ReservedName;
        QTest::addRow("con.txt") << u"dir/con.txt"_qs << Error::ReservedName;
        QTest::addRow("Nul.tar.gz") << u"Nul.tar.gz"_qs << Error::ReservedName;
        QTest::addRow("COM1") << u"com1"_qs << Error::ReservedName;
        QTest::addRow("LPT9.c") << u"LPT9.c"_qs << Error::ReservedName;
        QTest::addRow("COM0 allowed") << u"COM0"_qs << Error::None;
        QTest::addRow("CONSOLE allowed") << u"console.cpp"_qs << Error::None;
        QTest::addRow("255 bytes") << QString(255, u'a') << Error::None;
        QTest::addRow("256 bytes") << QString(256, u'a') << Error::ComponentTooLong;
        QTest::addRow("255 bytes of e-acute plus a") << QString(127, u'é') + u"a"_qs << Error::None;
        QTest::addRow("256 bytes of e-acute") << QString(128, u'é') << Error::ComponentTooLong;
        QString longPath;
        for (int i = 0; i < 17; ++i)
            longPath += QString(250, u'a') + u'/';
        longPath += u"x"_qs;
        QTest::addRow("path over 4096 bytes") << longPath << Error::PathTooLong;
    }

    void validate()
    {
        QFETCH(QString, path);
        QFETCH(Error, expected);
        QCOMPARE(DocumentPath::validate(path), expected);
    }
};

QTEST_GUILESS_MAIN(TestDocumentPath)
#include "tst_documentpath.moc"
