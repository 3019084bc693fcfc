#include "LanguageRegistry.h"

#include "LanguageTable.h"

#include <QFileInfo>
#include <QHash>
#include <algorithm>

namespace ensemble {

namespace {

// The table plus lookup indexes, built once. Keys are lower case: file systems differ on case,
// and "README.MD" is as much Markdown as "readme.md".
struct Index
{
    QList<Language> languages;
    QHash<QString, qsizetype> byFileName;
    QHash<QString, qsizetype> byExtension; // without "*.", may contain dots ("cmake.in")
    QHash<QString, qsizetype> byInterpreter;
    QHash<QString, qsizetype> byId;

    Index()
        : languages(languageTable())
    {
        std::stable_sort(
            languages.begin() + 1, languages.end(), [](const Language &a, const Language &b) {
                return QLatin1String(a.name).compare(QLatin1String(b.name), Qt::CaseInsensitive)
                    < 0;
            });
        for (qsizetype i = 0; i < languages.size(); ++i) {
            const Language &language = languages[i];
            byId.insert(QString::fromLatin1(language.id), i);
            for (const QString &pattern : language.patterns) {
                if (pattern.startsWith(QLatin1String("*.")))
                    byExtension.insert(pattern.mid(2), i);
                else
                    byFileName.insert(pattern, i);
            }
            for (const QString &interpreter : language.interpreters)
                byInterpreter.insert(interpreter, i);
        }
    }
};

const Index &index()
{
    static const Index instance;
    return instance;
}

// "#!/usr/bin/env python3.11" -> "python"; "#!/bin/sh -e" -> "sh".
QString interpreterOf(QStringView firstLine)
{
    if (!firstLine.startsWith(u"#!"))
        return {};
    QStringList words = firstLine.mid(2).toString().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QString program = words.takeFirst().section(u'/', -1);
    if (program == u"env") {
        // Skip env's own options, such as "-S".
        while (!words.isEmpty() && words.first().startsWith(u'-'))
            words.removeFirst();
        if (words.isEmpty())
            return {};
        program = words.first().section(u'/', -1);
    }
    while (!program.isEmpty() && (program.back().isDigit() || program.back() == u'.'))
        program.chop(1);
    return program.toLower();
}

} // namespace

const QList<Language> &LanguageRegistry::languages()
{
    return index().languages;
}

const Language &LanguageRegistry::plainText()
{
    return index().languages.first();
}

const Language *LanguageRegistry::byId(QStringView id)
{
    const Index &idx = index();
    const auto it = idx.byId.constFind(id.toString());
    return it == idx.byId.cend() ? nullptr : &idx.languages[*it];
}

const Language &LanguageRegistry::detect(const QString &fileName, QStringView firstLine)
{
    const Index &idx = index();
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (const auto it = idx.byFileName.constFind(name); it != idx.byFileName.cend())
        return idx.languages[*it];
    // Longest extension first: "x.cmake.in" tries "cmake.in" before "in". A leading dot marks a
    // hidden file, not an extension.
    for (qsizetype dot = name.indexOf(u'.', 1); dot >= 0; dot = name.indexOf(u'.', dot + 1)) {
        if (const auto it = idx.byExtension.constFind(name.mid(dot + 1));
            it != idx.byExtension.cend())
            return idx.languages[*it];
    }
    if (const auto it = idx.byInterpreter.constFind(interpreterOf(firstLine));
        it != idx.byInterpreter.cend())
        return idx.languages[*it];
    return plainText();
}

QsciLexer *LanguageRegistry::createLexer(const Language &language, QObject *parent)
{
    return language.makeLexer ? language.makeLexer(parent) : nullptr;
}

} // namespace ensemble
