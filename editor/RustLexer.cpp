#include "RustLexer.h"

#include <QColor>
#include <QFont>

namespace ensemble {

RustLexer::RustLexer(QObject *parent)
    : QsciLexer(parent)
{
}

const char *RustLexer::language() const
{
    return "Rust";
}

const char *RustLexer::lexer() const
{
    return "rust";
}

// Style names in English on purpose: no dialog shows them, and SyntaxTheme picks each style's
// colour by the words in them ("comment", "keyword", ...).
QString RustLexer::description(int style) const
{
    switch (style) {
    case Default:
        return QStringLiteral("Default");
    case CommentBlock:
        return QStringLiteral("Block comment");
    case CommentLine:
        return QStringLiteral("Line comment");
    case CommentBlockDoc:
        return QStringLiteral("Block documentation comment");
    case CommentLineDoc:
        return QStringLiteral("Line documentation comment");
    case Number:
        return QStringLiteral("Number");
    case Keyword:
        return QStringLiteral("Keyword");
    case BuiltInType:
        return QStringLiteral("Built-in type");
    case OtherKeyword:
        return QStringLiteral("Reserved keyword");
    case String:
        return QStringLiteral("String");
    case RawString:
        return QStringLiteral("Raw string");
    case Character:
        return QStringLiteral("Character");
    case Operator:
        return QStringLiteral("Operator");
    case Identifier:
        return QStringLiteral("Identifier");
    case Lifetime:
        return QStringLiteral("Lifetime");
    case Macro:
        return QStringLiteral("Macro");
    case LexError:
        return QStringLiteral("Lexical error");
    case ByteString:
        return QStringLiteral("Byte string");
    case RawByteString:
        return QStringLiteral("Raw byte string");
    case ByteCharacter:
        return QStringLiteral("Byte character");
    default:
        return {};
    }
}

const char *RustLexer::keywords(int set) const
{
    // QsciLexer counts keyword sets from 1; LexRust's first list is the language keywords, the
    // second the primitive types, the third keywords reserved for future use.
    switch (set) {
    case 1:
        return "as async await break const continue crate dyn else enum extern false fn for if "
               "impl in let loop match mod move mut pub ref return self Self static struct super "
               "trait true type union unsafe use where while";
    case 2:
        return "bool char f32 f64 i8 i16 i32 i64 i128 isize str u8 u16 u32 u64 u128 usize";
    case 3:
        return "abstract become box do final macro override priv try typeof unsized virtual yield";
    default:
        return nullptr;
    }
}

QColor RustLexer::defaultColor(int style) const
{
    switch (style) {
    case CommentBlock:
    case CommentLine:
    case CommentBlockDoc:
    case CommentLineDoc:
        return QColor(0x00, 0x7f, 0x00);
    case Number:
        return QColor(0x00, 0x7f, 0x7f);
    case Keyword:
    case OtherKeyword:
        return QColor(0x00, 0x00, 0x7f);
    case BuiltInType:
        return QColor(0x80, 0x40, 0x00);
    case String:
    case RawString:
    case ByteString:
    case RawByteString:
    case Character:
    case ByteCharacter:
        return QColor(0x7f, 0x00, 0x7f);
    case Lifetime:
    case Macro:
        return QColor(0x7f, 0x7f, 0x00);
    case LexError:
        return QColor(0xc0, 0x00, 0x00);
    default:
        return QsciLexer::defaultColor(style);
    }
}

QFont RustLexer::defaultFont(int style) const
{
    QFont font = QsciLexer::defaultFont(style);
    if (style == Keyword)
        font.setBold(true);
    return font;
}

int RustLexer::braceStyle() const
{
    return Operator;
}

const char *RustLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
}

QStringList RustLexer::autoCompletionWordSeparators() const
{
    return {QStringLiteral("::"), QStringLiteral(".")};
}

void RustLexer::refreshProperties()
{
    // Scintilla lexers fold only when asked to through the "fold" property.
    emit propertyChanged("fold", "1");
    emit propertyChanged("fold.comment", "1");
}

} // namespace ensemble
