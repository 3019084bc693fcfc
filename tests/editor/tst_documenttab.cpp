#include "CodeEditor.h"
#include "DocumentTab.h"
#include "LanguageRegistry.h"
#include "NoticeBar.h"
#include "TempFiles.h"

#include <QSignalSpy>
#include <QTest>

using namespace ensemble;
using ensemble::test::generatedSource;
using ensemble::test::readBytes;
using ensemble::test::TempFolder;

namespace {

// Types a line break and then text at the end of the document, as a user would.
void typeNewLineAtEnd(CodeEditor &editor, const QString &text)
{
    editor.SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
    editor.SendScintilla(QsciScintillaBase::SCI_NEWLINE);
    editor.insertAt(text, editor.lines() - 1, 0);
}

} // namespace

class DocumentTabTest : public QObject
{
    Q_OBJECT

private slots:
    void editsAreSavedInTheFilesOwnFormat_data();
    void editsAreSavedInTheFilesOwnFormat();
    void tracksModification();
    void invalidUtf8ShowsANoticeAndCanBeConverted();
    void unencodableTextIsNotSaved();
    void saveAsRedetectsLanguageUnlessChosen();
    void untitledNameStandsInForTheFileName();
    void failedLoadLeavesTheTabAlone();
    void newFilePathIsCreatedOnSave();
    void convertsMixedLineEndings();
    void opensATenMegabyteFile();
};

void DocumentTabTest::editsAreSavedInTheFilesOwnFormat_data()
{
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QByteArray>("saved");
    QTest::addRow("LF") << QByteArray("a\nb") << "z" << QByteArray("a\nb\nz");
    QTest::addRow("CRLF") << QByteArray("a\r\nb") << "z" << QByteArray("a\r\nb\r\nz");
    QTest::addRow("CR") << QByteArray("a\rb") << "z" << QByteArray("a\rb\rz");
    QTest::addRow("mixed keeps each line's ending")
        << QByteArray("a\r\nb\nc\r\nd") << "z" << QByteArray("a\r\nb\nc\r\nd\r\nz");
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                       "a\n")
                         << "\u00e9"
                         << QByteArray("\xEF\xBB\xBF"
                                       "a\n\n\xC3\xA9");
    QTest::addRow("emoji") << QByteArray("\xF0\x9F\x98\x80\n") << "\U0001F680"
                           << QByteArray("\xF0\x9F\x98\x80\n\n\xF0\x9F\x9A\x80");
    QTest::addRow("Latin-1") << QByteArray("caf\xE9") << "\u00fc" << QByteArray("caf\xE9\n\xFC");
}

void DocumentTabTest::editsAreSavedInTheFilesOwnFormat()
{
    QFETCH(QByteArray, original);
    QFETCH(QString, typed);
    QFETCH(QByteArray, saved);
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("file.txt"), original);
    DocumentTab tab;
    QString error;
    QVERIFY2(tab.load(path, &error), qPrintable(error));
    typeNewLineAtEnd(*tab.editor(), typed);
    QVERIFY(tab.save().ok());
    QCOMPARE(readBytes(path), saved);
}

void DocumentTabTest::tracksModification()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("main.cpp"), "int main() {}\n");
    DocumentTab tab;
    QSignalSpy modified(&tab, &DocumentTab::modificationChanged);
    QVERIFY(tab.load(path, nullptr));
    QVERIFY(!tab.isModified());
    QCOMPARE(tab.displayName(), QStringLiteral("main.cpp"));
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("cpp"));
    tab.editor()->insertAt(QStringLiteral("// hi\n"), 0, 0);
    QVERIFY(tab.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(modified.last().first().toBool(), true);
    QVERIFY(tab.save().ok());
    QVERIFY(!tab.isModified());
    QCOMPARE(modified.last().first().toBool(), false);
    QCOMPARE(readBytes(path), QByteArray("// hi\nint main() {}\n"));
}

void DocumentTabTest::invalidUtf8ShowsANoticeAndCanBeConverted()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("old.txt"), "caf\xE9\n");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    QCOMPARE(tab.format().encoding, Encoding::Latin1);
    QVERIFY(tab.noticeBar()->message().contains(QStringLiteral("UTF-8")));
    QCOMPARE(tab.editor()->documentText(), QStringLiteral(u"caf\u00e9\n"));
    // Saving unchanged writes the same bytes back.
    QVERIFY(tab.save().ok());
    QCOMPARE(readBytes(path), QByteArray("caf\xE9\n"));

    QSignalSpy formatChanged(&tab, &DocumentTab::formatChanged);
    tab.convertToUtf8();
    QCOMPARE(formatChanged.count(), 1);
    QVERIFY(tab.isModified());
    QVERIFY(tab.noticeBar()->message().isEmpty());
    QVERIFY(tab.save().ok());
    QVERIFY(!tab.isModified());
    QCOMPARE(readBytes(path), QByteArray("caf\xC3\xA9\n"));
}

void DocumentTabTest::unencodableTextIsNotSaved()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("old.txt"), "caf\xE9");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    tab.editor()->insertAt(QStringLiteral(u"\u20ac"), 0, 0);
    const TextFile::WriteResult result = tab.save();
    QCOMPARE(result.status, TextFile::WriteStatus::Unencodable);
    QVERIFY(tab.isModified());
    QCOMPARE(readBytes(path), QByteArray("caf\xE9"));
}

void DocumentTabTest::saveAsRedetectsLanguageUnlessChosen()
{
    TempFolder folder;
    DocumentTab tab;
    tab.setUntitledNumber(3);
    QVERIFY(tab.isUntitled());
    QCOMPARE(tab.displayName(), QStringLiteral("Untitled 3"));
    QSignalSpy pathChanged(&tab, &DocumentTab::filePathChanged);
    tab.editor()->setText(QStringLiteral("print('hi')\n"));
    QVERIFY(tab.saveAs(folder.filePath(QStringLiteral("hello.py"))).ok());
    QCOMPARE(pathChanged.count(), 1);
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("python"));
    QCOMPARE(tab.displayName(), QStringLiteral("hello.py"));

    tab.setLanguage(*LanguageRegistry::byId(u"rust"));
    QVERIFY(tab.saveAs(folder.filePath(QStringLiteral("hello.cpp"))).ok());
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("rust"));
    tab.useDetectedLanguage();
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("cpp"));
}

void DocumentTabTest::untitledNameStandsInForTheFileName()
{
    DocumentTab tab;
    tab.setUntitledNumber(2);
    QSignalSpy named(&tab, &DocumentTab::untitledNameChanged);
    tab.setUntitledName(QStringLiteral("main.cpp"));
    QCOMPARE(named.count(), 1);
    QVERIFY(tab.isUntitled());
    QCOMPARE(tab.displayName(), QStringLiteral("main.cpp"));
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("cpp"));

    tab.setLanguage(*LanguageRegistry::byId(u"python"));
    tab.setUntitledName(QStringLiteral("notes.md"));
    QCOMPARE(tab.displayName(), QStringLiteral("notes.md"));
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("python"));
    tab.setUntitledName(QString());
    QCOMPARE(tab.displayName(), QStringLiteral("Untitled 2"));
}

void DocumentTabTest::failedLoadLeavesTheTabAlone()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("a.md"), "# title\n");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    QString error;
    QVERIFY(!tab.load(folder.filePath(QStringLiteral("missing.txt")), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(tab.filePath(), path);
    QCOMPARE(tab.editor()->documentText(), QStringLiteral("# title\n"));
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("markdown"));
}

void DocumentTabTest::newFilePathIsCreatedOnSave()
{
    TempFolder folder;
    const QString path = folder.filePath(QStringLiteral("new.rs"));
    DocumentTab tab;
    tab.setNewFilePath(path);
    QVERIFY(!tab.isUntitled());
    QCOMPARE(QString::fromLatin1(tab.language().id), QStringLiteral("rust"));
    tab.editor()->setText(QStringLiteral("fn main() {}\n"));
    QVERIFY(tab.save().ok());
    QCOMPARE(readBytes(path), QByteArray("fn main() {}\n"));
}

void DocumentTabTest::convertsMixedLineEndings()
{
    TempFolder folder;
    const QString path = folder.write(QStringLiteral("mixed.txt"), "a\r\nb\nc\r\n");
    DocumentTab tab;
    QVERIFY(tab.load(path, nullptr));
    QVERIFY(tab.format().mixedLineEndings);
    QCOMPARE(tab.format().lineEnding, LineEnding::CrLf);
    tab.convertLineEndings(LineEnding::Lf);
    QVERIFY(!tab.format().mixedLineEndings);
    QVERIFY(tab.isModified());
    QVERIFY(tab.save().ok());
    QCOMPARE(readBytes(path), QByteArray("a\nb\nc\n"));
    // Undo brings the original endings back.
    tab.editor()->undo();
    QCOMPARE(tab.editor()->documentText(), QStringLiteral("a\r\nb\nc\r\n"));
}

void DocumentTabTest::opensATenMegabyteFile()
{
    TempFolder folder;
    const QByteArray source = generatedSource(10 * 1024 * 1024);
    const QString path = folder.write(QStringLiteral("big.cpp"), source);
    DocumentTab tab;
    tab.resize(800, 600);
    tab.show();
    QVERIFY(tab.load(path, nullptr));
    QCOMPARE(tab.editor()->length(), int(source.size()));
    QVERIFY(tab.editor()->lines() > 100000);
    tab.editor()->setCursorPosition(tab.editor()->lines() - 1, 0);
    QCoreApplication::processEvents();
    QVERIFY(tab.save().ok());
    QCOMPARE(readBytes(path), source);
}

QTEST_MAIN(DocumentTabTest)
#include "tst_documenttab.moc"
