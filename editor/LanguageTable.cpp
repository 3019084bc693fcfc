#include "LanguageTable.h"

#include "RustLexer.h"

#include <QCoreApplication>
#include <Qsci/qscilexeravs.h>
#include <Qsci/qscilexerbash.h>
#include <Qsci/qscilexerbatch.h>
#include <Qsci/qscilexercmake.h>
#include <Qsci/qscilexercoffeescript.h>
#include <Qsci/qscilexercpp.h>
#include <Qsci/qscilexercsharp.h>
#include <Qsci/qscilexercss.h>
#include <Qsci/qscilexerd.h>
#include <Qsci/qscilexerdiff.h>
#include <Qsci/qscilexeredifact.h>
#include <Qsci/qscilexerfortran.h>
#include <Qsci/qscilexerfortran77.h>
#include <Qsci/qscilexerhtml.h>
#include <Qsci/qscilexeridl.h>
#include <Qsci/qscilexerjava.h>
#include <Qsci/qscilexerjavascript.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexerlua.h>
#include <Qsci/qscilexermakefile.h>
#include <Qsci/qscilexermarkdown.h>
#include <Qsci/qscilexermatlab.h>
#include <Qsci/qscilexeroctave.h>
#include <Qsci/qscilexerpascal.h>
#include <Qsci/qscilexerperl.h>
#include <Qsci/qscilexerpo.h>
#include <Qsci/qscilexerpostscript.h>
#include <Qsci/qscilexerpov.h>
#include <Qsci/qscilexerproperties.h>
#include <Qsci/qscilexerpython.h>
#include <Qsci/qscilexerruby.h>
#include <Qsci/qscilexerspice.h>
#include <Qsci/qscilexersql.h>
#include <Qsci/qscilexertcl.h>
#include <Qsci/qscilexertex.h>
#include <Qsci/qscilexerverilog.h>
#include <Qsci/qscilexervhdl.h>
#include <Qsci/qscilexerxml.h>
#include <Qsci/qscilexeryaml.h>

namespace ensemble {

namespace {

template<class Lexer> QsciLexer *make(QObject *parent)
{
    return new Lexer(parent);
}

} // namespace

QString Language::displayName() const
{
    return QCoreApplication::translate("ensemble::Language", name);
}

QList<Language> languageTable()
{
    // clang-format off
    return {
        {"text", QT_TRANSLATE_NOOP("ensemble::Language", "Plain Text"), nullptr, {"*.txt", "*.text", "*.log"}, {}, nullptr},
        {"avs", QT_TRANSLATE_NOOP("ensemble::Language", "AviSynth"), "#", {"*.avs", "*.avsi"}, {}, make<QsciLexerAVS>},
        {"bash", QT_TRANSLATE_NOOP("ensemble::Language", "Bash"), "#",
         {"*.sh", "*.bash", "*.zsh", "*.ksh", ".bashrc", ".bash_profile", ".bash_aliases", ".profile", ".zshrc", "pkgbuild"},
         {"sh", "bash", "zsh", "ksh", "dash"}, make<QsciLexerBash>},
        {"batch", QT_TRANSLATE_NOOP("ensemble::Language", "Batch"), "rem", {"*.bat", "*.cmd"}, {}, make<QsciLexerBatch>},
        {"cmake", QT_TRANSLATE_NOOP("ensemble::Language", "CMake"), "#", {"cmakelists.txt", "*.cmake", "*.cmake.in"}, {}, make<QsciLexerCMake>},
        {"coffeescript", QT_TRANSLATE_NOOP("ensemble::Language", "CoffeeScript"), "#", {"*.coffee", "*.litcoffee", "cakefile"}, {"coffee"}, make<QsciLexerCoffeeScript>},
        {"cpp", QT_TRANSLATE_NOOP("ensemble::Language", "C++"), "//",
         {"*.c", "*.cc", "*.cpp", "*.cxx", "*.c++", "*.h", "*.hh", "*.hpp", "*.hxx", "*.h++", "*.ipp", "*.inl", "*.tpp", "*.ino", "*.mm", "*.cu", "*.cuh"},
         {}, make<QsciLexerCPP>},
        {"csharp", QT_TRANSLATE_NOOP("ensemble::Language", "C#"), "//", {"*.cs", "*.csx"}, {}, make<QsciLexerCSharp>},
        {"css", QT_TRANSLATE_NOOP("ensemble::Language", "CSS"), nullptr, {"*.css", "*.scss", "*.less", "*.qss"}, {}, make<QsciLexerCSS>},
        {"d", QT_TRANSLATE_NOOP("ensemble::Language", "D"), "//", {"*.d", "*.di"}, {}, make<QsciLexerD>},
        {"diff", QT_TRANSLATE_NOOP("ensemble::Language", "Diff"), nullptr, {"*.diff", "*.patch", "*.rej"}, {}, make<QsciLexerDiff>},
        {"edifact", QT_TRANSLATE_NOOP("ensemble::Language", "EDIFACT"), nullptr, {"*.edi", "*.edifact"}, {}, make<QsciLexerEDIFACT>},
        {"fortran", QT_TRANSLATE_NOOP("ensemble::Language", "Fortran"), "!", {"*.f90", "*.f95", "*.f03", "*.f08"}, {}, make<QsciLexerFortran>},
        {"fortran77", QT_TRANSLATE_NOOP("ensemble::Language", "Fortran 77"), "!", {"*.f", "*.for", "*.f77", "*.ftn"}, {}, make<QsciLexerFortran77>},
        {"html", QT_TRANSLATE_NOOP("ensemble::Language", "HTML"), nullptr,
         {"*.html", "*.htm", "*.xhtml", "*.shtml", "*.php", "*.phtml", "*.asp", "*.aspx", "*.jsp"}, {"php"}, make<QsciLexerHTML>},
        {"idl", QT_TRANSLATE_NOOP("ensemble::Language", "IDL"), "//", {"*.idl", "*.odl"}, {}, make<QsciLexerIDL>},
        {"java", QT_TRANSLATE_NOOP("ensemble::Language", "Java"), "//", {"*.java", "*.jsh"}, {}, make<QsciLexerJava>},
        {"javascript", QT_TRANSLATE_NOOP("ensemble::Language", "JavaScript"), "//",
         {"*.js", "*.mjs", "*.cjs", "*.jsx", "*.ts", "*.mts", "*.tsx", "*.qml"}, {"node", "nodejs", "deno"}, make<QsciLexerJavaScript>},
        {"json", QT_TRANSLATE_NOOP("ensemble::Language", "JSON"), nullptr,
         {"*.json", "*.jsonc", "*.json5", "*.geojson", "*.webmanifest", ".babelrc", ".eslintrc"}, {}, make<QsciLexerJSON>},
        {"lua", QT_TRANSLATE_NOOP("ensemble::Language", "Lua"), "--", {"*.lua", "*.rockspec"}, {"lua", "luajit"}, make<QsciLexerLua>},
        {"makefile", QT_TRANSLATE_NOOP("ensemble::Language", "Makefile"), "#",
         {"makefile", "gnumakefile", "kbuild", "*.mk", "*.mak", "*.make"}, {"make"}, make<QsciLexerMakefile>},
        {"markdown", QT_TRANSLATE_NOOP("ensemble::Language", "Markdown"), nullptr, {"*.md", "*.markdown", "*.mkd", "*.mdown"}, {}, make<QsciLexerMarkdown>},
        {"matlab", QT_TRANSLATE_NOOP("ensemble::Language", "MATLAB"), "%", {"*.m"}, {}, make<QsciLexerMatlab>},
        {"octave", QT_TRANSLATE_NOOP("ensemble::Language", "Octave"), "%", {".octaverc", "octaverc"}, {"octave"}, make<QsciLexerOctave>},
        {"pascal", QT_TRANSLATE_NOOP("ensemble::Language", "Pascal"), "//", {"*.pas", "*.pp", "*.dpr", "*.dpk", "*.lpr"}, {}, make<QsciLexerPascal>},
        {"perl", QT_TRANSLATE_NOOP("ensemble::Language", "Perl"), "#", {"*.pl", "*.pm", "*.pod", "*.psgi"}, {"perl"}, make<QsciLexerPerl>},
        {"po", QT_TRANSLATE_NOOP("ensemble::Language", "PO (gettext)"), "#", {"*.po", "*.pot"}, {}, make<QsciLexerPO>},
        {"postscript", QT_TRANSLATE_NOOP("ensemble::Language", "PostScript"), "%", {"*.ps", "*.eps"}, {}, make<QsciLexerPostScript>},
        {"pov", QT_TRANSLATE_NOOP("ensemble::Language", "POV-Ray"), "//", {"*.pov"}, {}, make<QsciLexerPOV>},
        {"properties", QT_TRANSLATE_NOOP("ensemble::Language", "Properties / INI"), "#",
         {"*.properties", "*.ini", "*.cfg", "*.conf", "*.desktop", "*.toml", ".editorconfig", ".gitconfig", ".npmrc"}, {}, make<QsciLexerProperties>},
        {"python", QT_TRANSLATE_NOOP("ensemble::Language", "Python"), "#",
         {"*.py", "*.pyw", "*.pyi", "*.pyx", "sconstruct", "sconscript", "wscript"}, {"python", "pypy"}, make<QsciLexerPython>},
        {"ruby", QT_TRANSLATE_NOOP("ensemble::Language", "Ruby"), "#",
         {"*.rb", "*.rbw", "*.rake", "*.gemspec", "rakefile", "gemfile", "vagrantfile", "podfile"}, {"ruby"}, make<QsciLexerRuby>},
        {"rust", QT_TRANSLATE_NOOP("ensemble::Language", "Rust"), "//", {"*.rs"}, {}, make<RustLexer>},
        {"spice", QT_TRANSLATE_NOOP("ensemble::Language", "SPICE"), "*", {"*.cir", "*.sp", "*.spice"}, {}, make<QsciLexerSpice>},
        {"sql", QT_TRANSLATE_NOOP("ensemble::Language", "SQL"), "--", {"*.sql", "*.ddl"}, {}, make<QsciLexerSQL>},
        {"tcl", QT_TRANSLATE_NOOP("ensemble::Language", "Tcl"), "#", {"*.tcl", "*.tk", "*.itcl"}, {"tclsh", "wish"}, make<QsciLexerTCL>},
        {"tex", QT_TRANSLATE_NOOP("ensemble::Language", "TeX"), "%", {"*.tex", "*.sty", "*.cls", "*.ltx", "*.dtx"}, {}, make<QsciLexerTeX>},
        {"verilog", QT_TRANSLATE_NOOP("ensemble::Language", "Verilog"), "//", {"*.v", "*.vh", "*.sv", "*.svh"}, {}, make<QsciLexerVerilog>},
        {"vhdl", QT_TRANSLATE_NOOP("ensemble::Language", "VHDL"), "--", {"*.vhd", "*.vhdl"}, {}, make<QsciLexerVHDL>},
        {"xml", QT_TRANSLATE_NOOP("ensemble::Language", "XML"), nullptr,
         {"*.xml", "*.xsd", "*.xsl", "*.xslt", "*.svg", "*.ui", "*.qrc", "*.plist", "*.xaml", "*.csproj", "*.vcxproj", "*.rss", "*.atom"}, {}, make<QsciLexerXML>},
        {"yaml", QT_TRANSLATE_NOOP("ensemble::Language", "YAML"), "#", {"*.yaml", "*.yml", ".clang-format", ".clang-tidy"}, {}, make<QsciLexerYAML>},
    };
    // clang-format on
}

} // namespace ensemble
