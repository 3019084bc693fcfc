#include "SyntaxTheme.h"

#include "ColorMath.h"
#include "EditorColors.h"

#include <Qsci/qscilexer.h>
#include <algorithm>
#include <array>

namespace ensemble {

namespace {

// Checked in order: the first role whose words occur in the description wins, so "Unclosed
// string" is an error and "Keyword set 2" a type.
struct RoleWords
{
    SyntaxRole role;
    std::array<const char *, 9> words; // unused entries are null
};

const RoleWords roleWords[] = {
    {SyntaxRole::Error, {{"error", "unclosed", "bad ", "invalid", "unterminated"}}},
    {SyntaxRole::Comment, {{"comment"}}},
    {SyntaxRole::Deleted, {{"removed", "deleted"}}},
    {SyntaxRole::Inserted, {{"added", "inserted"}}},
    {SyntaxRole::Preprocessor,
     {{"preprocessor", "pre-processor", "directive", "pragma", "macro", "decorator"}}},
    {SyntaxRole::Regex, {{"regular expression", "regex"}}},
    {SyntaxRole::String,
     {{"string", "character", "here document", "verbatim", "quoted", "cdata", "literal",
       "backtick"}}},
    {SyntaxRole::Number, {{"number", "numeric", "float", "integer", "value"}}},
    {SyntaxRole::Type,
     {{"type", "class", "secondary", "set 2", "built-in", "builtin", "lifetime", "standard"}}},
    {SyntaxRole::Keyword,
     {{"keyword", "reserved", "instruction", "command", "statement", "word", "operator word"}}},
    {SyntaxRole::Tag, {{"tag", "element", "entity", "section", "segment"}}},
    {SyntaxRole::Attribute, {{"attribute", "property", "key", "option"}}},
    {SyntaxRole::Heading, {{"header", "heading", "title", "emphasis", "strong", "changed"}}},
    {SyntaxRole::Variable,
     {{"variable", "scalar", "array", "hash", "parameter", "symbol", "substitution", "label"}}},
    {SyntaxRole::Function, {{"function", "method", "link", "url", "position"}}},
    {SyntaxRole::Operator, {{"operator", "punctuation", "delimiter", "bracket", "separator"}}},
};

// Light becomes dark and dark light, hue kept: turns colours meant for white paper into ones
// meant for dark paper.
QColor mirrorLightness(const QColor &color)
{
    QColor hsl = color.toHsl();
    hsl.setHslF(hsl.hslHueF(), hsl.hslSaturationF(), 1.0f - hsl.lightnessF());
    return hsl.toRgb();
}

// The editor paper nudged towards the hue of a lexer's own background (embedded script,
// here-document, ...): the block stays recognisable but never becomes a bright slab.
QColor tintedPaper(const EditorColors &colors, const QColor &own)
{
    const QColor hue = own.toHsl();
    const QColor tint
        = hue.hslHueF() < 0 ? colors.text : QColor::fromHslF(hue.hslHueF(), 0.6f, 0.5f);
    return mixColors(colors.paper, tint, 0.12);
}

struct RoleColors
{
    QColor light;
    QColor dark;
};

RoleColors roleColors(SyntaxRole role)
{
    switch (role) {
    case SyntaxRole::Comment:
        return {QColor(0x6a737d), QColor(0x7f848e)};
    case SyntaxRole::Keyword:
        return {QColor(0xa626a4), QColor(0xc678dd)};
    case SyntaxRole::Type:
    case SyntaxRole::Attribute:
        return {QColor(0x986801), QColor(0xe5c07b)};
    case SyntaxRole::String:
    case SyntaxRole::Inserted:
        return {QColor(0x3b8d3a), QColor(0x98c379)};
    case SyntaxRole::Number:
        return {QColor(0xb5550b), QColor(0xd19a66)};
    case SyntaxRole::Preprocessor:
    case SyntaxRole::Heading:
    case SyntaxRole::Function:
        return {QColor(0x2f62d8), QColor(0x61afef)};
    case SyntaxRole::Error:
    case SyntaxRole::Tag:
    case SyntaxRole::Variable:
    case SyntaxRole::Deleted:
        return {QColor(0xd73a49), QColor(0xe06c75)};
    case SyntaxRole::Regex:
        return {QColor(0x0184bc), QColor(0x56b6c2)};
    case SyntaxRole::Default:
    case SyntaxRole::Operator:
    case SyntaxRole::Unknown:
        break;
    }
    return {};
}

// Plain names and default text take the editor's text colour; checked after the roles so that
// "Secondary keywords and identifiers" still counts as a type.
bool isPlainStyle(const QString &description)
{
    return description.startsWith(QLatin1String("default"))
        || description.contains(QLatin1String("identifier"))
        || description.contains(QLatin1String("whitespace"))
        || description.contains(QLatin1String("text"));
}

QColor foregroundFor(const QsciLexer &lexer, int style, SyntaxRole role, const EditorColors &colors)
{
    const RoleColors hues = roleColors(role);
    if (hues.light.isValid())
        return colors.dark ? hues.dark : hues.light;
    if (role == SyntaxRole::Unknown) {
        // A lexer colour chosen for white paper: on dark paper mirror its lightness.
        if (lexer.defaultColor(style).rgb() == colors.text.rgb())
            return colors.text;
        const QColor own = lexer.defaultColor(style);
        return colors.dark ? mirrorLightness(own) : own;
    }
    return colors.text;
}

} // namespace

SyntaxRole classifyStyle(const QString &description)
{
    const QString text = description.toLower();
    if (text.isEmpty() || text.startsWith(QLatin1String("default")))
        return SyntaxRole::Default;
    for (const RoleWords &entry : roleWords) {
        for (const char *word : entry.words) {
            if (word && text.contains(QLatin1String(word)))
                return entry.role;
        }
    }
    return isPlainStyle(text) ? SyntaxRole::Default : SyntaxRole::Unknown;
}

void applySyntaxTheme(QsciLexer &lexer, const EditorColors &colors, const QFont &font)
{
    lexer.setDefaultPaper(colors.paper);
    lexer.setDefaultColor(colors.text);
    lexer.setDefaultFont(font);
    const QColor lexerPaper = lexer.defaultPaper(lexer.defaultStyle());
    for (int style = 0; style < 128; ++style) {
        const QString description = lexer.description(style);
        if (description.isEmpty())
            continue;
        const SyntaxRole role = classifyStyle(description);
        // Styles the lexer marks with their own background (unclosed strings, embedded code)
        // keep a faint tint of it so the distinction survives any palette.
        const QColor ownPaper = lexer.defaultPaper(style);
        const QColor paper = ownPaper == lexerPaper ? colors.paper : tintedPaper(colors, ownPaper);
        lexer.setPaper(paper, style);
        lexer.setColor(
            withContrast(foregroundFor(lexer, style, role, colors), paper, minimumContrast), style);
        QFont styleFont = font;
        styleFont.setItalic(role == SyntaxRole::Comment);
        styleFont.setBold(role == SyntaxRole::Heading);
        lexer.setFont(styleFont, style);
    }
}

} // namespace ensemble
