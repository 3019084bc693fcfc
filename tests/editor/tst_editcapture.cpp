#include "CodeEditor.h"
#include "CollabTestSupport.h"
#include "collab/EditCapture.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>

#include <functional>

using namespace ensemble;
using namespace ensemble::test;

using Action = std::function<void(CodeEditor &)>;
Q_DECLARE_METATYPE(Action)

namespace {
using S = QsciScintillaBase;
const QString emoji = QString::fromUtf8("\xF0\x9F\x98\x80"); // 2 UTF-16 units, 4 UTF-8 bytes
const QString euro = QString::fromUtf8("\xE2\x82\xAC"); // 1 unit, 3 bytes
const QString eAcute = QString::fromUtf8("\xC3\xA9"); // 1 unit, 2 bytes
const QString uUmlaut = QString::fromUtf8("\xC3\xBC");
} // namespace

// Every local edit comes out as exactly the operation a person would write down, in UTF-16 units.
class TestEditCapture : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void captures_data();
    void captures();
    void suppressedEditsAreMeasuredButNotReported();
    void editReportsItsInverse();

private:
    CodeEditor *m_editor = nullptr;
};

void TestEditCapture::init()
{
    m_editor = new CodeEditor;
    m_editor->resize(600, 400);
    m_editor->show();
    m_editor->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestEditCapture::cleanup()
{
    delete m_editor;
}

void TestEditCapture::captures_data()
{
    QTest::addColumn<QString>("initial");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QStringList>("expected");

    const auto typeAt = [](qsizetype position, const QString &text) {
        return Action([=](CodeEditor &e) {
            moveCaret(e, position);
            typeText(&e, text);
        });
    };
    const auto keyAt = [](qsizetype position, Qt::Key key, int times = 1) {
        return Action([=](CodeEditor &e) {
            moveCaret(e, position);
            pressKey(&e, key, times);
        });
    };

    QTest::addRow("type ASCII at the end")
        << "abc" << typeAt(3, "de") << QStringList {R"([3,"d"])", R"([4,"e"])"};
    QTest::addRow("type at the start") << "abc" << typeAt(0, "x") << QStringList {R"(["x",3])"};
    QTest::addRow("type after a two-byte character")
        << eAcute + "t" + eAcute << typeAt(1, uUmlaut) << QStringList {"[1,\"" + uUmlaut + "\",2]"};
    QTest::addRow("type a euro sign (three bytes, one unit)")
        << "ab" << typeAt(1, euro) << QStringList {"[1,\"" + euro + "\",1]"};
    QTest::addRow("type an emoji after an emoji")
        << "a" + emoji + "b" << typeAt(3, emoji) << QStringList {"[3,\"" + emoji + "\",1]"};
    QTest::addRow("backspace over an emoji")
        << "a" + emoji + "b" << keyAt(3, Qt::Key_Backspace) << QStringList {"[1,-2,1]"};
    QTest::addRow("delete key before an emoji")
        << "a" + emoji + "b" << keyAt(1, Qt::Key_Delete) << QStringList {"[1,-2,1]"};
    QTest::addRow("three backspaces")
        << "hello" << keyAt(5, Qt::Key_Backspace, 3) << QStringList {"[4,-1]", "[3,-1]", "[2,-1]"};
    QTest::addRow("insert CRLF text through the API")
        << "x" << Action([](CodeEditor &e) { e.insertAt("a\r\nb", 0, 1); })
        << QStringList {R"([1,"a\r\nb"])"};
    QTest::addRow("Enter in a CRLF document") << "ab" << Action([](CodeEditor &e) {
        e.setEolMode(QsciScintilla::EolWindows);
        moveCaret(e, 1);
        pressKey(&e, Qt::Key_Return);
    }) << QStringList {R"([1,"\r\n",1])"};
    QTest::addRow("backspace over CRLF")
        << "a\r\nb" << keyAt(3, Qt::Key_Backspace) << QStringList {"[1,-2,1]"};
    QTest::addRow("paste non-ASCII text") << "ab" << Action([](CodeEditor &e) {
        QGuiApplication::clipboard()->setText("x" + euro + "y\nz" + emoji);
        moveCaret(e, 1);
        e.paste();
    }) << QStringList {"[1,\"x" + euro + "y\\nz" + emoji + "\",1]"};
    QTest::addRow("type over a selection") << "hello" << Action([](CodeEditor &e) {
        select(e, 1, 4);
        typeText(&e, "X");
    }) << QStringList {"[1,-3,1]", R"([1,"X",1])"};
    QTest::addRow("select all and delete") << "h" + euro + "llo " + emoji
            + "\nw" << Action([](CodeEditor &e) {
        e.selectAll();
        pressKey(&e, Qt::Key_Delete);
    }) << QStringList {"[-10]"};
    QTest::addRow("setText replaces everything")
        << "old" << Action([](CodeEditor &e) { e.setText("new!"); })
        << QStringList {"[-3]", R"(["new!"])"};
    QTest::addRow("typing with two carets") << "ab\ncd" << Action([](CodeEditor &e) {
        e.SendScintilla(S::SCI_SETMULTIPLESELECTION, 1L);
        e.SendScintilla(S::SCI_SETADDITIONALSELECTIONTYPING, 1L);
        e.SendScintilla(S::SCI_SETSELECTION, 1L, 1L);
        e.SendScintilla(S::SCI_ADDSELECTION, 4L, 4L);
        typeText(&e, "Q");
    }) << QStringList {R"([4,"Q",1])", R"([1,"Q",5])"};
    QTest::addRow("delete a rectangular selection") << "abcd\nefgh" << Action([](CodeEditor &e) {
        e.SendScintilla(S::SCI_SETRECTANGULARSELECTIONANCHOR, 1L);
        e.SendScintilla(S::SCI_SETRECTANGULARSELECTIONCARET, 8L);
        pressKey(&e, Qt::Key_Delete);
    }) << QStringList {"[1,-2,6]", "[4,-2,1]"};
    QTest::addRow("the editor's own undo is a local edit too") << "ab" << Action([](CodeEditor &e) {
        typeText(&e, "c");
        e.undo();
    }) << QStringList {R"(["c",2])", "[-1,2]"};
    QTest::addRow("insert into a long line far from the start")
        << QString(5000, QLatin1Char('x')) + emoji + QString(5000, QLatin1Char('y'))
        << typeAt(5002, "z") << QStringList {R"([5002,"z",5000])"};
}

void TestEditCapture::captures()
{
    QFETCH(QString, initial);
    QFETCH(Action, action);
    QFETCH(QStringList, expected);

    m_editor->setText(initial);
    EditCapture capture(m_editor);
    QSignalSpy spy(&capture, &EditCapture::operationCaptured);
    action(*m_editor);
    // What Scintilla's API changed last is reported once the event loop runs, or on flush().
    capture.flush();

    QStringList ops;
    QString text = initial;
    for (const QList<QVariant> &arguments : std::as_const(spy)) {
        const auto op = arguments.at(0).value<TextOperation>();
        ops.append(toJson(op));
        Result<QString> applied = op.apply(text);
        QVERIFY2(applied.ok(), qPrintable(toJson(op)));
        text = applied.value();
    }
    QCOMPARE(ops, expected);
    QCOMPARE(text, m_editor->text());
    QCOMPARE(capture.documentLength(), m_editor->text().size());
    QCOMPARE(capture.index().length(), m_editor->text().size());
}

void TestEditCapture::suppressedEditsAreMeasuredButNotReported()
{
    m_editor->setText("hello");
    EditCapture capture(m_editor);
    QSignalSpy spy(&capture, &EditCapture::operationCaptured);
    {
        EditCapture::Suppression quiet(&capture);
        m_editor->insertAt(emoji + "!", 0, 0);
        QVERIFY(capture.isSuppressed());
    }
    QCOMPARE(spy.count(), 0);
    QCOMPARE(capture.documentLength(), 8);
    m_editor->insertAt("?", 0, 0);
    capture.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(toJson(spy.at(0).at(0).value<TextOperation>()), R"(["?",8])");
}

void TestEditCapture::editReportsItsInverse()
{
    m_editor->setText("a" + emoji + "bc");
    EditCapture capture(m_editor);
    QSignalSpy spy(&capture, &EditCapture::edited);
    select(*m_editor, 1, 4);
    typeText(m_editor, "Z");
    QCOMPARE(spy.count(), 2);
    const auto removal = spy.at(0).at(0).value<TextEdit>();
    QCOMPARE(removal.removed, emoji + "b");
    QCOMPARE(toJson(removal.inverse()), "[1,\"" + emoji + "b\",1]");
    const auto insertion = spy.at(1).at(0).value<TextEdit>();
    QCOMPARE(toJson(insertion.inverse()), "[1,-1,1]");
}

QTEST_MAIN(TestEditCapture)
#include "tst_editcapture.moc"
