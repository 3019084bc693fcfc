#include "CodeEditor.h"
#include "EditorAccessibility.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace ensemble;

namespace {

using S = QsciScintillaBase;
constexpr long textChanges = S::SC_MOD_INSERTTEXT | S::SC_MOD_DELETETEXT;
constexpr long changeFlags = S::SC_PERFORMED_USER | S::SC_PERFORMED_UNDO | S::SC_PERFORMED_REDO
    | S::SC_MULTISTEPUNDOREDO | S::SC_LASTSTEPINUNDOREDO | S::SC_MULTILINEUNDOREDO
    | S::SC_STARTACTION;

long modificationMask(const CodeEditor &editor)
{
    return editor.SendScintilla(S::SCI_GETMODEVENTMASK);
}

// QScintilla's accessible object is the one with text (QAccessibleTextInterface).
bool hasQScintillasAccessible(CodeEditor &editor)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(&editor);
    return accessible && accessible->textInterface() != nullptr;
}

} // namespace

// Without assistive technology, QScintilla's accessibility code (which counts characters from
// the start of the document on every change and every view update) never runs; with it, the
// editor is as accessible as QScintilla makes it.
class TestEditorAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void plainWithoutAssistiveTechnology();
    void noNotificationAfterAChange();
    void textAndLinesChangedStillArrive();
    void fullWhileAssistiveTechnologyIsActive();

private:
    std::unique_ptr<CodeEditor> m_editor;
};

void TestEditorAccessibility::init()
{
    m_editor = std::make_unique<CodeEditor>();
    m_editor->resize(500, 300);
    m_editor->show();
    m_editor->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestEditorAccessibility::cleanup()
{
    m_editor.reset();
    QAccessible::setActive(false);
}

void TestEditorAccessibility::plainWithoutAssistiveTechnology()
{
    // Shown and focused: Qt has asked for an accessible object already.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_editor.get());
    QVERIFY(accessible);
    QCOMPARE(accessible->role(), QAccessible::EditableText);
    QVERIFY(!accessible->textInterface());
    QCOMPARE(modificationMask(*m_editor) & textChanges, 0);
    // A notification goes out when any of its bits is in the mask: these come with every
    // change, so they must not be there either.
    QCOMPARE(modificationMask(*m_editor) & changeFlags, 0);
    QVERIFY(modificationMask(*m_editor) & S::SC_MOD_BEFOREINSERT);
    QVERIFY(modificationMask(*m_editor) & S::SC_MOD_BEFOREDELETE);
    // QsciScintilla's folding keeps its notification.
    QVERIFY(modificationMask(*m_editor) & S::SC_MOD_CHANGEFOLD);
}

void TestEditorAccessibility::noNotificationAfterAChange()
{
    // QScintilla's accessibility code runs for every notification of these kinds it passes on.
    QList<int> types;
    connect(m_editor.get(), &S::SCN_MODIFIED, this,
            [&types](int, int type) { types.append(type); });
    m_editor->setText("one\ntwo");
    m_editor->insertAt("x", 1, 1);
    m_editor->SendScintilla(S::SCI_DELETERANGE, 0L, 2L);
    m_editor->undo();
    m_editor->undo();
    m_editor->redo();
    QCOMPARE(m_editor->text(), "one\ntxwo");
    QVERIFY(std::any_of(types.cbegin(), types.cend(),
                        [](int type) { return type & S::SC_MOD_BEFOREINSERT; }));
    QVERIFY(std::any_of(types.cbegin(), types.cend(),
                        [](int type) { return type & S::SC_MOD_BEFOREDELETE; }));
    for (int type : std::as_const(types))
        QCOMPARE(type & textChanges, 0);
}

void TestEditorAccessibility::textAndLinesChangedStillArrive()
{
    QSignalSpy text(m_editor.get(), &QsciScintilla::textChanged);
    QSignalSpy lines(m_editor.get(), &QsciScintilla::linesChanged);
    m_editor->insertAt("a\nb", 0, 0);
    QTRY_COMPARE(text.count(), 1);
    QCOMPARE(lines.count(), 1);
    m_editor->insertAt("c", 0, 0);
    QTRY_COMPARE(text.count(), 2);
    QCOMPARE(lines.count(), 1);
    // Its real user: the line number margin widens for the thousandth line.
    const long narrow = m_editor->SendScintilla(S::SCI_GETMARGINWIDTHN, 0L);
    m_editor->append(QString(1000, QLatin1Char('\n')));
    QTRY_COMPARE(lines.count(), 2);
    QVERIFY(m_editor->SendScintilla(S::SCI_GETMARGINWIDTHN, 0L) > narrow);
    // The text slots see is the changed one.
    QString seen;
    connect(m_editor.get(), &QsciScintilla::textChanged, this,
            [this, &seen] { seen = m_editor->text(); });
    m_editor->SendScintilla(S::SCI_DELETERANGE, 0L, 1L);
    QTRY_COMPARE(seen, "a\nb" + QString(1000, QLatin1Char('\n')));
}

void TestEditorAccessibility::fullWhileAssistiveTechnologyIsActive()
{
    QVERIFY(!hasQScintillasAccessible(*m_editor));
    QAccessible::setActive(true);
    QVERIFY(hasQScintillasAccessible(*m_editor));
    QCOMPARE(modificationMask(*m_editor) & textChanges, textChanges);
    // QsciScintilla emits textChanged itself again, once per change.
    QSignalSpy text(m_editor.get(), &QsciScintilla::textChanged);
    m_editor->insertAt("x", 0, 0);
    QCOMPARE(text.count(), 1);
    QCoreApplication::processEvents(); // nothing queued besides
    QCOMPARE(text.count(), 1);
    // An editor made now starts that way too.
    CodeEditor another;
    another.show();
    QVERIFY(hasQScintillasAccessible(another));
    QCOMPARE(modificationMask(another) & textChanges, textChanges);

    QAccessible::setActive(false);
    QVERIFY(!hasQScintillasAccessible(*m_editor));
    QVERIFY(!hasQScintillasAccessible(another));
    QCOMPARE(modificationMask(*m_editor) & textChanges, 0);
    m_editor->insertAt("y", 0, 0);
    QCOMPARE(text.count(), 1);
    QTRY_COMPARE(text.count(), 2);
}

QTEST_MAIN(TestEditorAccessibility)
#include "tst_editoraccessibility.moc"
