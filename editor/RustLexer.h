#pragma once

#include <Qsci/qscilexer.h>

namespace ensemble {

// QScintilla 2.13 has no QsciLexer for Rust, but its Scintilla carries LexRust. Naming it in
// lexer() makes QsciScintilla select it with SCI_SETLEXERLANGUAGE("rust"); this class supplies
// the keywords, style names and default colours a QsciLexer normally would.
class RustLexer : public QsciLexer
{
    Q_OBJECT

public:
    // The style numbers of Scintilla's LexRust (SCE_RUST_* in SciLexer.h, not installed).
    enum Style {
        Default = 0,
        CommentBlock = 1,
        CommentLine = 2,
        CommentBlockDoc = 3,
        CommentLineDoc = 4,
        Number = 5,
        Keyword = 6,
        BuiltInType = 7,
        OtherKeyword = 8,
        String = 13,
        RawString = 14,
        Character = 15,
        Operator = 16,
        Identifier = 17,
        Lifetime = 18,
        Macro = 19,
        LexError = 20,
        ByteString = 21,
        RawByteString = 22,
        ByteCharacter = 23,
    };

    explicit RustLexer(QObject *parent = nullptr);

    const char *language() const override;
    const char *lexer() const override;
    QString description(int style) const override;
    const char *keywords(int set) const override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;
    int braceStyle() const override;
    const char *wordCharacters() const override;
    QStringList autoCompletionWordSeparators() const override;
    void refreshProperties() override;
};

} // namespace ensemble
