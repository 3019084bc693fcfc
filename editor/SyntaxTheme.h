#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QsciLexer;

namespace ensemble {

struct EditorColors;

// What a lexer style stands for, judged from its description ("Double-quoted string",
// "Keyword", ...). One colour per role gives every language the same look.
enum class SyntaxRole {
    Default,
    Comment,
    Keyword,
    Type,
    String,
    Number,
    Operator,
    Preprocessor,
    Error,
    Tag,
    Attribute,
    Heading,
    Variable,
    Regex,
    Function,
    Inserted,
    Deleted,
    Unknown, // keeps the lexer's own colour, made readable
};

SyntaxRole classifyStyle(const QString &description);

// Colours and fonts every style of the lexer for the given editor colours: one hue per role,
// always readable on the paper (contrast at least minimumContrast).
void applySyntaxTheme(QsciLexer &lexer, const EditorColors &colors, const QFont &font);

inline constexpr double minimumContrast = 4.0;

} // namespace ensemble
