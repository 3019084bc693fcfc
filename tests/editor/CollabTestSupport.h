#pragma once

// Helpers shared by the collaboration tests. Positions are computed from the editor's text with
// QString/UTF-8 (an oracle independent of the Scintilla index the code under test uses).

#include "ot/TextOperation.h"

#include <Qsci/qsciscintilla.h>

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QTest>

namespace ensemble::test {

// A position between the halves of a surrogate pair (which no user can put a caret on) is taken
// as the one before the pair.
inline long bytePosition(const QString &text, qsizetype utf16)
{
    if (utf16 > 0 && utf16 < text.size() && text[utf16 - 1].isHighSurrogate())
        --utf16;
    return long(text.left(utf16).toUtf8().size());
}

inline qsizetype utf16Position(const QString &text, long bytes)
{
    return QString::fromUtf8(text.toUtf8().left(bytes)).size();
}

inline void moveCaret(QsciScintilla &editor, qsizetype utf16)
{
    editor.SendScintilla(QsciScintillaBase::SCI_GOTOPOS, bytePosition(editor.text(), utf16));
}

inline void select(QsciScintilla &editor, qsizetype anchor, qsizetype head)
{
    const QString text = editor.text();
    editor.SendScintilla(QsciScintillaBase::SCI_SETSEL, bytePosition(text, anchor),
                         bytePosition(text, head));
}

inline qsizetype caret(const QsciScintilla &editor)
{
    return utf16Position(editor.text(), editor.SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS));
}

inline qsizetype anchor(const QsciScintilla &editor)
{
    return utf16Position(editor.text(), editor.SendScintilla(QsciScintillaBase::SCI_GETANCHOR));
}

// Types text as a user would: ASCII as key presses, other characters as key events carrying
// their text, characters outside the BMP (emoji) through the input method, as on a real
// desktop. Each character is its own user action: events are processed after each.
inline void typeText(QWidget *widget, const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\n')) {
            QTest::keyClick(widget, Qt::Key_Return);
        } else if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else if (c.isHighSurrogate() && i + 1 < text.size()) {
            QInputMethodEvent commit;
            commit.setCommitString(text.mid(i++, 2));
            QCoreApplication::sendEvent(widget, &commit);
        } else {
            QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(widget, &press);
        }
        QCoreApplication::processEvents();
    }
}

inline void pressKey(QWidget *widget, Qt::Key key, int times = 1,
                     Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    for (int i = 0; i < times; ++i) {
        QTest::keyClick(widget, key, modifiers);
        QCoreApplication::processEvents();
    }
}

inline QString toJson(const TextOperation &op)
{
    return QString::fromUtf8(QJsonDocument(op.toJson()).toJson(QJsonDocument::Compact));
}

inline TextOperation operation(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    Result<TextOperation> parsed = TextOperation::fromJson(document.array());
    if (!parsed)
        qFatal("bad operation in test data: %s", qPrintable(json));
    return parsed.value();
}

} // namespace ensemble::test
