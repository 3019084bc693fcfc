#include "TsChecker.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <algorithm>

namespace ensemble::test {

namespace {

// %1..%99, %L1 (locale-aware, same argument) and %n (numerus count), as a sorted list.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    std::sort(found.begin(), found.end());
    return found;
}

// "&File" has one, "Tom && Jerry" and "R & D" have none. CJK translations conventionally write
// "ファイル(&F)": still an accelerator, which is all the check asks.
bool hasAccelerator(QString text)
{
    static const QRegularExpression accelerator(QStringLiteral("&[^\\s&]"));
    text.replace(QLatin1String("&&"), QString());
    return accelerator.match(text).hasMatch();
}

struct Message
{
    QString source;
    QString type;
    QStringList translations; // one, or one per numerus form
};

void checkMessage(const QString &context, const Message &message, QList<TsProblem> &problems)
{
    auto report = [&](TsProblem::Kind kind, const QString &detail) {
        problems.append({kind, context, message.source, detail});
    };
    if (message.type == QLatin1String("obsolete") || message.type == QLatin1String("vanished")) {
        report(TsProblem::Obsolete, message.type);
        return;
    }
    const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                   [](const QString &t) { return t.isEmpty(); });
    if (message.type == QLatin1String("unfinished") || message.translations.isEmpty() || empty) {
        report(TsProblem::Unfinished,
               message.type.isEmpty() ? QStringLiteral("empty") : message.type);
        return;
    }
    const QStringList expected = placeholders(message.source);
    const bool accelerator = hasAccelerator(message.source);
    for (const QString &translation : message.translations) {
        if (placeholders(translation) != expected)
            report(TsProblem::Placeholders,
                   QStringLiteral("\"%1\" has %2, source has %3")
                       .arg(translation, placeholders(translation).join(QLatin1Char(',')),
                            expected.join(QLatin1Char(','))));
        if (hasAccelerator(translation) != accelerator)
            report(TsProblem::Accelerator,
                   QStringLiteral("\"%1\" %2 an &-accelerator, the source %3")
                       .arg(translation,
                            accelerator ? QStringLiteral("lacks") : QStringLiteral("has"),
                            accelerator ? QStringLiteral("has one") : QStringLiteral("has none")));
    }
}

Message readMessage(QXmlStreamReader &xml)
{
    Message message;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            bool numerus = false;
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    numerus = true;
                    message.translations.append(xml.readElementText());
                } else if (xml.isStartElement()) {
                    xml.skipCurrentElement();
                } else if (xml.isEndElement()) {
                    break;
                }
            }
            if (!numerus)
                message.translations.append(text);
        } else {
            xml.skipCurrentElement();
        }
    }
    return message;
}

} // namespace

QString TsProblem::toString() const
{
    static const char *const names[]
        = {"malformed", "unfinished", "obsolete", "placeholders", "accelerator"};
    return QStringLiteral("%1: [%2] \"%3\": %4")
        .arg(QLatin1String(names[kind]), context, source, detail);
}

TsReport checkTsFile(QIODevice *device)
{
    TsReport result;
    QXmlStreamReader xml(device);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        result.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    ++result.messages;
                    checkMessage(context, readMessage(xml), result.problems);
                } else {
                    xml.skipCurrentElement();
                }
            }
        }
    } else if (!xml.hasError()) {
        xml.raiseError(QStringLiteral("not a Qt Linguist file (no <TS> root)"));
    }
    // What was read before the error proves nothing about the rest: report only the error.
    if (xml.hasError())
        result.problems
            = {{TsProblem::Malformed,
                {},
                {},
                QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString())}};
    return result;
}

} // namespace ensemble::test
