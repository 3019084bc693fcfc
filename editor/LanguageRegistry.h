#pragma once

#include "Language.h"

#include <QList>
#include <QStringView>

namespace ensemble {

// Every language the editor highlights, from one data table, and detection by file name.
class LanguageRegistry
{
public:
    // Plain text first, then the rest by display name.
    static const QList<Language> &languages();
    static const Language &plainText();
    static const Language *byId(QStringView id);

    // By exact file name (Makefile, CMakeLists.txt), then the longest matching extension, then
    // the interpreter of a "#!" first line; plain text when nothing matches.
    static const Language &detect(const QString &fileName, QStringView firstLine = {});

    // A new lexer owned by parent, or null for plain text.
    static QsciLexer *createLexer(const Language &language, QObject *parent);
};

} // namespace ensemble
