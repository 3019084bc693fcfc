#pragma once

// Read by lupdate only, never compiled (see CMakeLists.txt): puts the texts of QScintilla's
// context menu (Undo, Cut, Paste, ...) into Ensemble's catalogues, in the "QsciScintilla" context
// QScintilla looks them up in, so that the editor's menu follows the interface language.
// QScintilla's own catalogues are not loaded: they cover few of Ensemble's languages and also
// translate the lexers' style names, which SyntaxTheme reads in English to colour each style.

#include <QtGlobal>

// clang-format off
[[maybe_unused]] static const char *const qscintillaContextMenu[] = {
    QT_TRANSLATE_NOOP("QsciScintilla", "&Undo"),
    QT_TRANSLATE_NOOP("QsciScintilla", "&Redo"),
    QT_TRANSLATE_NOOP("QsciScintilla", "Cu&t"),
    QT_TRANSLATE_NOOP("QsciScintilla", "&Copy"),
    QT_TRANSLATE_NOOP("QsciScintilla", "&Paste"),
    QT_TRANSLATE_NOOP("QsciScintilla", "Delete"),
    QT_TRANSLATE_NOOP("QsciScintilla", "Select All"),
};
// clang-format on
