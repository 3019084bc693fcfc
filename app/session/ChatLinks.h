#pragma once

#include <QList>
#include <QString>
#include <QUrl>
#include <optional>

namespace ensemble {

// A place in a file named in a chat line: "main.cpp:42" or "src/net/Room.cpp:7".
struct ChatLink
{
    qsizetype start = 0; // where "name:line" starts in the text, in UTF-16 units
    qsizetype length = 0; // of "name:line"
    QString path; // as written: "src/net/Room.cpp"
    int line = 0; // 1-based
    bool operator==(const ChatLink &) const = default;
};

// Finds file places in chat text and writes chat text as HTML, escaped, with each place a link.
// A name needs an extension ("main.cpp", "CMakeLists.txt") so that times ("12:30") and words
// before a colon ("note: 5") are not taken for files; "host:port" inside a URL is not either.
class ChatLinks
{
public:
    static QList<ChatLink> find(const QString &text);
    // The text as HTML: every character literal (markup, entities, line breaks), places as links.
    static QString toHtml(const QString &text);
    // The link for a place, and the place a link names (none for any other URL).
    static QUrl url(const ChatLink &link);
    static std::optional<ChatLink> fromUrl(const QUrl &url);
};

} // namespace ensemble
