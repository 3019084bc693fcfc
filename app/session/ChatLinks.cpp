#include "session/ChatLinks.h"

#include <QRegularExpression>

namespace ensemble {

namespace {

const QString scheme = QStringLiteral("ensemble-line");

// A path of letters, digits, "_", "-", "." and "/" whose last component has an extension,
// not glued to what comes before it (a URL's "//host" or "x:host"), then ":" and a line number.
const QRegularExpression &placePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"((?<![\w./:\\-])((?:[\w.-]+/)*[\w-][\w.-]*\.\w+):([1-9]\d{0,8})(?![\w]))"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

QString escaped(QStringView text)
{
    QString html = text.toString().toHtmlEscaped();
    html.replace(u'\n', QStringLiteral("<br>"));
    return html;
}

} // namespace

QList<ChatLink> ChatLinks::find(const QString &text)
{
    QList<ChatLink> links;
    QRegularExpressionMatchIterator it = placePattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        links.append(ChatLink {match.capturedStart(), match.capturedLength(), match.captured(1),
                               match.captured(2).toInt()});
    }
    return links;
}

QString ChatLinks::toHtml(const QString &text)
{
    QString html;
    qsizetype at = 0;
    for (const ChatLink &link : find(text)) {
        html += escaped(QStringView(text).mid(at, link.start - at));
        html += QStringLiteral("<a href=\"%1\">%2</a>")
                    .arg(url(link).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                         escaped(QStringView(text).mid(link.start, link.length)));
        at = link.start + link.length;
    }
    html += escaped(QStringView(text).mid(at));
    return html;
}

QUrl ChatLinks::url(const ChatLink &link)
{
    QUrl url;
    url.setScheme(scheme);
    url.setPath(link.path);
    url.setFragment(QString::number(link.line));
    return url;
}

std::optional<ChatLink> ChatLinks::fromUrl(const QUrl &url)
{
    bool ok = false;
    const int line = url.fragment().toInt(&ok);
    if (url.scheme() != scheme || !ok || line < 1 || url.path().isEmpty())
        return std::nullopt;
    return ChatLink {0, 0, url.path(), line};
}

} // namespace ensemble
