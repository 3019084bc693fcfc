#include "ColorMath.h"
#include "EditorColors.h"
#include "LanguageRegistry.h"
#include "SyntaxTheme.h"

#include <QPalette>
#include <QTest>
#include <Qsci/qscilexer.h>

using namespace ensemble;

Q_DECLARE_METATYPE(ensemble::SyntaxRole)

namespace {

QPalette paletteWith(const QColor &base, const QColor &text)
{
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return palette;
}

} // namespace

class SyntaxThemeTest : public QObject
{
    Q_OBJECT

private slots:
    void classifiesStyleDescriptions_data();
    void classifiesStyleDescriptions();
    void everyStyleIsReadable_data();
    void everyStyleIsReadable();
    void darkPaletteGivesDarkEditorColors();
    void withContrastKeepsGoodColoursAndFixesBadOnes();
};

void SyntaxThemeTest::classifiesStyleDescriptions_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<SyntaxRole>("role");
    QTest::addRow("default") << "Default" << SyntaxRole::Default;
    QTest::addRow("identifier") << "Identifier" << SyntaxRole::Default;
    QTest::addRow("C comment") << "C comment" << SyntaxRole::Comment;
    QTest::addRow("JavaDoc keyword") << "JavaDoc style C comment keyword" << SyntaxRole::Comment;
    QTest::addRow("keyword") << "Keyword" << SyntaxRole::Keyword;
    QTest::addRow("secondary keywords") << "Secondary keywords and identifiers" << SyntaxRole::Type;
    QTest::addRow("string") << "Double-quoted string" << SyntaxRole::String;
    QTest::addRow("unclosed string") << "Unclosed string" << SyntaxRole::Error;
    QTest::addRow("number") << "Number" << SyntaxRole::Number;
    QTest::addRow("preprocessor") << "Pre-processor block" << SyntaxRole::Preprocessor;
    QTest::addRow("operator") << "Operator" << SyntaxRole::Operator;
    QTest::addRow("html tag") << "Tag" << SyntaxRole::Tag;
    QTest::addRow("attribute") << "Attribute" << SyntaxRole::Attribute;
    QTest::addRow("markdown header") << "Level 1 header" << SyntaxRole::Heading;
    QTest::addRow("diff added") << "Added line" << SyntaxRole::Inserted;
    QTest::addRow("diff removed") << "Removed line" << SyntaxRole::Deleted;
    QTest::addRow("regex") << "Regular expression" << SyntaxRole::Regex;
    QTest::addRow("perl scalar") << "Scalar" << SyntaxRole::Variable;
    QTest::addRow("python function") << "Function or method name" << SyntaxRole::Function;
    QTest::addRow("something else") << "Frobnication" << SyntaxRole::Unknown;
}

void SyntaxThemeTest::classifiesStyleDescriptions()
{
    QFETCH(QString, description);
    QFETCH(SyntaxRole, role);
    QCOMPARE(classifyStyle(description), role);
}

void SyntaxThemeTest::everyStyleIsReadable_data()
{
    QTest::addColumn<QString>("languageId");
    QTest::addColumn<QPalette>("palette");
    const std::pair<const char *, QPalette> palettes[] = {
        {"light", paletteWith(Qt::white, Qt::black)},
        {"dark", paletteWith(QColor(0x1f, 0x21, 0x25), QColor(0xdc, 0xdf, 0xe4))},
        {"solarized dark", paletteWith(QColor(0x00, 0x2b, 0x36), QColor(0x83, 0x94, 0x96))},
        {"grey", paletteWith(QColor(0x80, 0x80, 0x80), Qt::black)},
    };
    for (const Language &language : LanguageRegistry::languages()) {
        if (language.isPlainText())
            continue;
        for (const auto &[name, palette] : palettes)
            QTest::addRow("%s, %s", language.id, name)
                << QString::fromLatin1(language.id) << palette;
    }
}

void SyntaxThemeTest::everyStyleIsReadable()
{
    QFETCH(QString, languageId);
    QFETCH(QPalette, palette);
    QObject owner;
    QsciLexer *lexer = LanguageRegistry::createLexer(*LanguageRegistry::byId(languageId), &owner);
    const EditorColors colors = EditorColors::fromPalette(palette);
    applySyntaxTheme(*lexer, colors, QFont(QStringLiteral("Monospace")));
    int styles = 0;
    for (int style = 0; style < 128; ++style) {
        if (lexer->description(style).isEmpty())
            continue;
        ++styles;
        const double contrast = contrastRatio(lexer->color(style), lexer->paper(style));
        QVERIFY2(contrast >= minimumContrast - 0.01,
                 qPrintable(QStringLiteral("style %1 (%2): contrast %3")
                                .arg(style)
                                .arg(lexer->description(style))
                                .arg(contrast)));
        // Paper stays close to the editor's, so no style turns into a bright block on dark.
        QVERIFY(contrastRatio(lexer->paper(style), colors.paper) < 1.6);
    }
    QVERIFY(styles > 1);
}

void SyntaxThemeTest::darkPaletteGivesDarkEditorColors()
{
    const EditorColors dark = EditorColors::fromPalette(
        paletteWith(QColor(0x1f, 0x21, 0x25), QColor(0xdc, 0xdf, 0xe4)));
    QVERIFY(dark.dark);
    QVERIFY(isDark(dark.paper));
    QVERIFY(isDark(dark.currentLine));
    QVERIFY(dark.currentLine != dark.paper);
    QVERIFY(contrastRatio(dark.text, dark.paper) >= 7.0);
    QVERIFY(contrastRatio(dark.marginText, dark.marginPaper) >= 3.0);
    const EditorColors light = EditorColors::fromPalette(paletteWith(Qt::white, Qt::black));
    QVERIFY(!light.dark);
    QVERIFY(!isDark(light.currentLine));
}

void SyntaxThemeTest::withContrastKeepsGoodColoursAndFixesBadOnes()
{
    const QColor navy(0x00, 0x00, 0x7f);
    QCOMPARE(withContrast(navy, Qt::white, 4.5), navy);
    const QColor fixed = withContrast(navy, QColor(0x1f, 0x21, 0x25), 4.5);
    QVERIFY(contrastRatio(fixed, QColor(0x1f, 0x21, 0x25)) >= 4.5);
    // Still recognisably blue.
    QVERIFY(fixed.blue() > fixed.red() && fixed.blue() > fixed.green());
}

QTEST_MAIN(SyntaxThemeTest)
#include "tst_syntaxtheme.moc"
