// GitIgnore as a specification: one pattern file, one path, whether it is ignored. Rows were
// checked with `git check-ignore --no-index`; where git's answer differs it is because git also
// applies a parent directory's exclusion, which ProjectScan does by not descending.
#include "GitIgnore.h"

#include <QTest>

using namespace ensemble;

class TestGitIgnore : public QObject
{
    Q_OBJECT

private slots:
    void match_data()
    {
        QTest::addColumn<QString>("patterns");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("isDirectory");
        QTest::addColumn<bool>("ignored");
        QTest::addRow("%d", 1) << u"*.o"_qs << u"a.o"_qs << false << true;
        QTest::addRow("%d", 2) << u"*.o"_qs << u"src/a.o"_qs << false << true;
        QTest::addRow("%d", 3) << u"*.o"_qs << u"a.c"_qs << false << false;
        QTest::addRow("%d", 4) << u"/a.o"_qs << u"a.o"_qs << false << true;
        QTest::addRow("%d", 5) << u"/a.o"_qs << u"src/a.o"_qs << false << false;
        QTest::addRow("%d", 6) << u"build/"_qs << u"build"_qs << true << true;
        QTest::addRow("%d", 7) << u"build/"_qs << u"build"_qs << false << false;
        QTest::addRow("%d", 8) << u"build/"_qs << u"src/build"_qs << true << true;
        QTest::addRow("%d", 9) << u"doc/frotz"_qs << u"doc/frotz"_qs << false << true;
        QTest::addRow("%d", 10) << u"doc/frotz"_qs << u"a/doc/frotz"_qs << false << false;
        QTest::addRow("%d", 11) << u"*.log\n!keep.log"_qs << u"keep.log"_qs << false << false;
        QTest::addRow("%d", 12) << u"*.log\n!keep.log"_qs << u"x.log"_qs << false << true;
        QTest::addRow("%d", 13) << u"!keep.log\n*.log"_qs << u"keep.log"_qs << false << true;
        QTest::addRow("%d", 14) << u"**/foo"_qs << u"foo"_qs << false << true;
        QTest::addRow("%d", 15) << u"**/foo"_qs << u"a/b/foo"_qs << false << true;
        QTest::addRow("%d", 16) << u"**/foo/bar"_qs << u"a/foo/bar"_qs << false << true;
        QTest::addRow("%d", 17) << u"abc/**"_qs << u"abc/x/y"_qs << false << true;
        QTest::addRow("%d", 18) << u"abc/**"_qs << u"abc"_qs << true << false;
        QTest::addRow("%d", 19) << u"a/**/b"_qs << u"a/b"_qs << false << true;
        QTest::addRow("%d", 20) << u"a/**/b"_qs << u"a/x/y/b"_qs << false << true;
        QTest::addRow("%d", 21) << u"a/**/b"_qs << u"ax/b"_qs << false << false;
        QTest::addRow("%d", 22) << u"\\#x"_qs << u"#x"_qs << false << true;
        QTest::addRow("%d", 23) << u"#x"_qs << u"#x"_qs << false << false;
        QTest::addRow("%d", 24) << u"\\!x"_qs << u"!x"_qs << false << true;
        QTest::addRow("%d", 25) << u"x\\ "_qs << u"x "_qs << false << true;
        QTest::addRow("%d", 26) << u"x  "_qs << u"x"_qs << false << true;
        QTest::addRow("%d", 27) << u"a?c"_qs << u"abc"_qs << false << true;
        QTest::addRow("%d", 28) << u"a?c"_qs << u"a/c"_qs << false << false;
        QTest::addRow("%d", 29) << u"a*c"_qs << u"a/c"_qs << false << false;
        QTest::addRow("%d", 30) << u"[abc].txt"_qs << u"b.txt"_qs << false << true;
        QTest::addRow("%d", 31) << u"[!abc].txt"_qs << u"b.txt"_qs << false << false;
        QTest::addRow("%d", 32) << u"[^abc].txt"_qs << u"d.txt"_qs << false << true;
        QTest::addRow("%d", 33) << u"[a-c]x"_qs << u"bx"_qs << false << true;
        QTest::addRow("%d", 34) << u"[a-c]x"_qs << u"dx"_qs << false << false;
        QTest::addRow("%d", 35) << u"foo/*"_qs << u"foo/bar"_qs << false << true;
        QTest::addRow("%d", 36) << u"foo/*"_qs << u"foo/bar/baz"_qs << false << false;
        QTest::addRow("%d", 37) << u"*.o\n!a.o\n*.o"_qs << u"a.o"_qs << false << true;
        QTest::addRow("%d", 38) << u"build/\n!build"_qs << u"build"_qs << true << false;
        QTest::addRow("%d", 39) << u"!build\nbuild/"_qs << u"build"_qs << true << true;
        QTest::addRow("%d", 40) << u"/build/"_qs << u"build"_qs << true << true;
        QTest::addRow("%d", 41) << u"/build/"_qs << u"src/build"_qs << true << false;
        QTest::addRow("%d", 42) << u"a/b/"_qs << u"a/b"_qs << true << true;
        QTest::addRow("%d", 43) << u"a/b/"_qs << u"a/b"_qs << false << false;
        QTest::addRow("%d", 44) << u"a/b/"_qs << u"x/a/b"_qs << true << false;
        QTest::addRow("%d", 45) << u"*/b"_qs << u"a/b"_qs << false << true;
        QTest::addRow("%d", 46) << u"*/b"_qs << u"x/a/b"_qs << false << false;
        QTest::addRow("%d", 47) << u"**/b/c"_qs << u"b/c"_qs << false << true;
        QTest::addRow("%d", 48) << u"**/b/c"_qs << u"x/y/b/c"_qs << false << true;
        QTest::addRow("%d", 49) << u"**/b/c"_qs << u"x/b/y/c"_qs << false << false;
        QTest::addRow("%d", 50) << u"**"_qs << u"a/b/c"_qs << false << true;
        QTest::addRow("%d", 51) << u"a/**/"_qs << u"a/x/y"_qs << true << true;
        QTest::addRow("%d", 52) << u"a/**/"_qs << u"a/x/y"_qs << false << false;
        QTest::addRow("%d", 53) << u"**/*.tmp"_qs << u"d/e.tmp"_qs << false << true;
        QTest::addRow("%d", 54) << u"*.tmp"_qs << u"d.tmp/x"_qs << false << false;
        QTest::addRow("%d", 55) << u"x*"_qs << u"xyz"_qs << false << true;
        QTest::addRow("%d", 56) << u"x*"_qs << u"axyz"_qs << false << false;
        QTest::addRow("%d", 57) << u"*x"_qs << u"a/bx"_qs << false << true;
        QTest::addRow("%d", 58) << u"a[0-9]b"_qs << u"a5b"_qs << false << true;
        QTest::addRow("%d", 59) << u"a[0-9]b"_qs << u"a/b"_qs << false << false;
        QTest::addRow("%d", 60) << u"[!0-9]z"_qs << u"az"_qs << false << true;
        QTest::addRow("%d", 61) << u"[!0-9]z"_qs << u"5z"_qs << false << false;
        QTest::addRow("%d", 62) << u"\\*"_qs << u"*"_qs << false << true;
        QTest::addRow("%d", 63) << u"\\*"_qs << u"a"_qs << false << false;
        QTest::addRow("%d", 64) << u"\\?"_qs << u"?"_qs << false << true;
        QTest::addRow("%d", 65) << u"\\?"_qs << u"a"_qs << false << false;
        QTest::addRow("%d", 66) << u"a\\[b"_qs << u"a[b"_qs << false << true;
        QTest::addRow("%d", 67) << u"  x"_qs << u"  x"_qs << false << true;
        QTest::addRow("%d", 68) << u"# comment\nfoo"_qs << u"foo"_qs << false << true;
        QTest::addRow("%d", 69) << u"\n\nfoo\n\n"_qs << u"foo"_qs << false << true;
        QTest::addRow("%d", 70) << u"foo"_qs << u"foobar"_qs << false << false;
        QTest::addRow("%d", 71) << u"foo"_qs << u"barfoo"_qs << false << false;
        QTest::addRow("%d", 72) << u"/*.c"_qs << u"a.c"_qs << false << true;
        QTest::addRow("%d", 73) << u"/*.c"_qs << u"d/a.c"_qs << false << false;
    }

    void match()
    {
        QFETCH(QString, patterns);
        QFETCH(QString, path);
        QFETCH(bool, isDirectory);
        QFETCH(bool, ignored);
        const GitIgnore gitIgnore(patterns, QString());
        QCOMPARE(gitIgnore.match(path, isDirectory) == GitIgnore::Verdict::Ignored, ignored);
    }
};

QTEST_GUILESS_MAIN(TestGitIgnore)
#include "tst_gitignore.moc"
