#include "LanguageRegistry.h"

#include <QSet>
#include <QTest>
#include <Qsci/qscilexer.h>

using namespace ensemble;

class LanguageRegistryTest : public QObject
{
    Q_OBJECT

private slots:
    void detectsByFileName_data();
    void detectsByFileName();
    void detectsByInterpreter_data();
    void detectsByInterpreter();
    void everyQScintillaLexerPlusRustIsOffered();
    void everyLanguageIsDetectableFromItsOwnPatterns();
    void lexersMatchTheirLanguage();
    void idsAreUniqueAndFindable();
};

void LanguageRegistryTest::detectsByFileName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("language");
    // At least one common name for every language, plus the tricky cases.
    const std::pair<const char *, const char *> rows[] = {
        {"clip.avs", "avs"},
        {"build.sh", "bash"},
        {".bashrc", "bash"},
        {"run.BAT", "batch"},
        {"CMakeLists.txt", "cmake"},
        {"Config.cmake.in", "cmake"},
        {"app.coffee", "coffeescript"},
        {"main.cpp", "cpp"},
        {"util.h", "cpp"},
        {"legacy.C", "cpp"},
        {"kernel.cu", "cpp"},
        {"Program.cs", "csharp"},
        {"site.css", "css"},
        {"app.d", "d"},
        {"fix.patch", "diff"},
        {"order.edi", "edifact"},
        {"solver.f90", "fortran"},
        {"old.f", "fortran77"},
        {"OLD.F", "fortran77"},
        {"index.html", "html"},
        {"page.php", "html"},
        {"api.idl", "idl"},
        {"Main.java", "java"},
        {"app.js", "javascript"},
        {"types.ts", "javascript"},
        {"package.json", "json"},
        {"init.lua", "lua"},
        {"Makefile", "makefile"},
        {"rules.mk", "makefile"},
        {"README.md", "markdown"},
        {"plot.m", "matlab"},
        {".octaverc", "octave"},
        {"unit.pas", "pascal"},
        {"script.pl", "perl"},
        {"de.po", "po"},
        {"figure.eps", "postscript"},
        {"scene.pov", "pov"},
        {"app.properties", "properties"},
        {"setup.ini", "properties"},
        {"Cargo.toml", "properties"},
        {"tool.py", "python"},
        {"SConstruct", "python"},
        {"Rakefile", "ruby"},
        {"gem.rb", "ruby"},
        {"lib.rs", "rust"},
        {"amp.cir", "spice"},
        {"schema.sql", "sql"},
        {"gui.tcl", "tcl"},
        {"paper.tex", "tex"},
        {"cpu.v", "verilog"},
        {"alu.vhd", "vhdl"},
        {"layout.xml", "xml"},
        {"icon.svg", "xml"},
        {"ci.yml", "yaml"},
        {".clang-format", "yaml"},
        {"notes.txt", "text"},
        {"LICENSE", "text"},
        {"archive.tar.gz", "text"},
        {"noextension.", "text"},
        {"", "text"},
        {"/home/user/src/deep/path/main.cpp", "cpp"},
        {"dir.with.dots/file", "text"},
    };
    for (const auto &[fileName, language] : rows)
        QTest::addRow("%s", fileName) << QString::fromUtf8(fileName) << QString::fromUtf8(language);
}

void LanguageRegistryTest::detectsByFileName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, language);
    QCOMPARE(QString::fromLatin1(LanguageRegistry::detect(fileName).id), language);
}

void LanguageRegistryTest::detectsByInterpreter_data()
{
    QTest::addColumn<QString>("firstLine");
    QTest::addColumn<QString>("language");
    QTest::addRow("env python3") << "#!/usr/bin/env python3"
                                 << "python";
    QTest::addRow("python3.11") << "#!/usr/bin/python3.11 -u"
                                << "python";
    QTest::addRow("sh with option") << "#!/bin/sh -e"
                                    << "bash";
    QTest::addRow("env -S") << "#!/usr/bin/env -S perl -w"
                            << "perl";
    QTest::addRow("node") << "#!/usr/bin/env node"
                          << "javascript";
    QTest::addRow("unknown interpreter") << "#!/usr/bin/env frobnicate"
                                         << "text";
    QTest::addRow("not a shebang") << "python"
                                   << "text";
    QTest::addRow("bare #!") << "#!"
                             << "text";
}

void LanguageRegistryTest::detectsByInterpreter()
{
    QFETCH(QString, firstLine);
    QFETCH(QString, language);
    QCOMPARE(QString::fromLatin1(LanguageRegistry::detect(QStringLiteral("script"), firstLine).id),
             language);
    // The file name wins over the first line.
    QCOMPARE(QString::fromLatin1(LanguageRegistry::detect(QStringLiteral("x.c"), firstLine).id),
             QStringLiteral("cpp"));
}

void LanguageRegistryTest::everyQScintillaLexerPlusRustIsOffered()
{
    QObject owner;
    QSet<QString> lexerLanguages;
    int highlighted = 0;
    for (const Language &language : LanguageRegistry::languages()) {
        QsciLexer *lexer = LanguageRegistry::createLexer(language, &owner);
        QCOMPARE(lexer == nullptr, language.isPlainText());
        if (lexer) {
            ++highlighted;
            lexerLanguages.insert(QString::fromLatin1(lexer->language()));
        }
    }
    // QScintilla 2.13 ships 39 lexer classes; Rust comes on top through Scintilla's LexRust.
    QCOMPARE(highlighted, 40);
    QCOMPARE(lexerLanguages.size(), 40);
    QVERIFY(lexerLanguages.contains(QStringLiteral("Rust")));
    QVERIFY(LanguageRegistry::languages().first().isPlainText());
}

void LanguageRegistryTest::everyLanguageIsDetectableFromItsOwnPatterns()
{
    for (const Language &language : LanguageRegistry::languages()) {
        QVERIFY2(!language.patterns.isEmpty(), language.id);
        for (const QString &pattern : language.patterns) {
            const QString name = pattern.startsWith(QLatin1String("*."))
                ? QStringLiteral("file") + pattern.mid(1)
                : pattern;
            QVERIFY2(&LanguageRegistry::detect(name) == &language,
                     qPrintable(QStringLiteral("%1 -> %2").arg(name, QLatin1String(language.id))));
        }
    }
}

void LanguageRegistryTest::lexersMatchTheirLanguage()
{
    QObject owner;
    const std::pair<const char *, const char *> expected[] = {
        {"cpp", "C++"},       {"python", "Python"},       {"rust", "Rust"},
        {"octave", "Octave"}, {"fortran77", "Fortran77"}, {"html", "HTML"},
        {"json", "JSON"},     {"yaml", "YAML"},
    };
    for (const auto &[id, lexerLanguage] : expected) {
        const Language *language = LanguageRegistry::byId(QString::fromLatin1(id));
        QVERIFY2(language, id);
        QsciLexer *lexer = LanguageRegistry::createLexer(*language, &owner);
        QCOMPARE(QString::fromLatin1(lexer->language()), QString::fromLatin1(lexerLanguage));
    }
}

void LanguageRegistryTest::idsAreUniqueAndFindable()
{
    QSet<QString> ids;
    for (const Language &language : LanguageRegistry::languages()) {
        const QString id = QString::fromLatin1(language.id);
        QVERIFY2(!ids.contains(id), language.id);
        ids.insert(id);
        QCOMPARE(LanguageRegistry::byId(id), &language);
        QVERIFY(!language.displayName().isEmpty());
    }
    QCOMPARE(LanguageRegistry::byId(u"no-such-language"), nullptr);
}

QTEST_MAIN(LanguageRegistryTest)
#include "tst_languageregistry.moc"
