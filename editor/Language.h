#pragma once

#include <QString>
#include <QStringList>

class QObject;
class QsciLexer;

namespace ensemble {

// One entry of the language table. The id is stable (settings and the collaboration protocol
// carry it); the name is for people.
struct Language
{
    using LexerFactory = QsciLexer *(*)(QObject *parent);

    const char *id;
    const char *name; // untranslated; see displayName()
    // What starts a line comment ("//", "#"), or null when the language has none.
    const char *lineComment;
    // Lower-case file names ("makefile") and extensions ("*.cpp", "*.cmake.in").
    QStringList patterns;
    // Interpreter names accepted on a "#!" first line, without version digits ("python").
    QStringList interpreters;
    LexerFactory makeLexer = nullptr; // null for plain text

    QString displayName() const;
    bool isPlainText() const { return makeLexer == nullptr; }
};

} // namespace ensemble
