#include "TempFiles.h"
#include "TextFile.h"

#include <QTest>

using namespace ensemble;
using ensemble::test::FileSizeLimit;
using ensemble::test::readBytes;
using ensemble::test::TempFolder;

class TextFileTest : public QObject
{
    Q_OBJECT

private slots:
    void savesBackTheBytesItRead_data();
    void savesBackTheBytesItRead();
    void savesEditsInTheFileFormat();
    void readReportsMissingFilesAndFolders();
    void failedWriteLeavesOriginalIntact();
    void unencodableTextWritesNothing();
    void writeIntoMissingFolderFails();
};

void TextFileTest::savesBackTheBytesItRead_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addRow("UTF-8 LF") << QByteArray("int main() {}\n");
    QTest::addRow("UTF-8 BOM CRLF") << QByteArray("\xEF\xBB\xBFline\r\nline\r\n");
    QTest::addRow("mixed endings") << QByteArray("a\r\nb\nc\rd");
    QTest::addRow("emoji") << QByteArray("// \xF0\x9F\x9A\x80 launch\n");
    QTest::addRow("invalid UTF-8") << QByteArray("caf\xE9 \x80\xFF\n");
    QTest::addRow("NUL") << QByteArray("\0\0x\0", 4);
}

void TextFileTest::savesBackTheBytesItRead()
{
    QFETCH(QByteArray, bytes);
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("original.txt"), bytes);
    const TextFile::ReadResult read = TextFile::read(path);
    QVERIFY2(read.ok, qPrintable(read.error));
    const QString copy = folder.filePath(QStringLiteral("copy.txt"));
    const TextFile::WriteResult written
        = TextFile::write(copy, read.content.text, read.content.format);
    QVERIFY2(written.ok(), qPrintable(written.error));
    QCOMPARE(readBytes(copy), bytes);
}

void TextFileTest::savesEditsInTheFileFormat()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("win.txt"), "\xEF\xBB\xBFone\r\n");
    TextFile::ReadResult read = TextFile::read(path);
    QVERIFY(read.ok);
    read.content.text += QStringLiteral(u"two \u00e9\r\n");
    QVERIFY(TextFile::write(path, read.content.text, read.content.format).ok());
    QCOMPARE(readBytes(path), QByteArray("\xEF\xBB\xBFone\r\ntwo \xC3\xA9\r\n"));
}

void TextFileTest::readReportsMissingFilesAndFolders()
{
    TempFolder folder;
    const TextFile::ReadResult missing = TextFile::read(folder.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.ok);
    QVERIFY(missing.error.contains(QStringLiteral("nope")));
    const TextFile::ReadResult directory = TextFile::read(folder.path());
    QVERIFY(!directory.ok);
    QVERIFY(!directory.error.isEmpty());
}

void TextFileTest::failedWriteLeavesOriginalIntact()
{
    TempFolder folder;
    const QByteArray original("the original content\n");
    const QString path = folder.write(QStringLiteral("keep.txt"), original);
    const QString bigText(200 * 1024, u'x');
    TextFile::WriteResult result;
    {
        FileSizeLimit limit(16 * 1024);
        if (!limit.isActive())
            QSKIP("cannot limit the file size on this system");
        result = TextFile::write(path, bigText, TextFormat());
    }
    QCOMPARE(result.status, TextFile::WriteStatus::IoError);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(readBytes(path), original);
    // No half-written temporary file is left beside it either.
    QCOMPARE(folder.entries(), QStringList {QStringLiteral("keep.txt")});
}

void TextFileTest::unencodableTextWritesNothing()
{
    TempFolder folder;
    const QByteArray original("caf\xE9\n");
    const QString path = folder.write(QStringLiteral("latin1.txt"), original);
    TextFile::ReadResult read = TextFile::read(path);
    QCOMPARE(read.content.format.encoding, Encoding::Latin1);
    const TextFile::WriteResult result
        = TextFile::write(path, read.content.text + QStringLiteral(u"\u20ac"), read.content.format);
    QCOMPARE(result.status, TextFile::WriteStatus::Unencodable);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(readBytes(path), original);
}

void TextFileTest::writeIntoMissingFolderFails()
{
    TempFolder folder;
    const TextFile::WriteResult result = TextFile::write(
        folder.filePath(QStringLiteral("missing/dir/file.txt")), u"x", TextFormat());
    QCOMPARE(result.status, TextFile::WriteStatus::IoError);
    QVERIFY(!result.error.isEmpty());
}

QTEST_GUILESS_MAIN(TextFileTest)
#include "tst_textfile.moc"
