#include "GitIgnore.h"

#include <QStringList>

namespace ensemble {

GitIgnore::GitIgnore(const QString &text, const QString &directory)
    : m_directory(directory)
{
    for (QString line : text.split(u'\n')) {
        if (line.endsWith(u'\r'))
            line.chop(1);
        // Trailing spaces are dropped unless the last one is escaped with a backslash.
        while (line.endsWith(u' ') && !line.endsWith(u"\\ "))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        Pattern pattern;
        if (line.startsWith(u'!')) {
            pattern.negated = true;
            line.remove(0, 1);
        }
        if (line.endsWith(u'/')) {
            pattern.directoryOnly = true;
            line.chop(1);
        }
        if (line.startsWith(u'/')) {
            pattern.anchored = true;
            line.remove(0, 1);
        } else if (line.contains(u'/')) {
            pattern.anchored = true; // A slash in the middle anchors as well (gitignore(5)).
        }
        if (line.isEmpty())
            continue;
        pattern.glob = line;
        m_patterns.append(pattern);
    }
}

GitIgnore::Verdict GitIgnore::match(const QString &path, bool isDirectory) const
{
    QStringView relative(path);
    if (!m_directory.isEmpty()) {
        if (!path.startsWith(m_directory + u'/'))
            return Verdict::NoMatch;
        relative = relative.mid(m_directory.size() + 1);
    }
    const qsizetype slash = relative.lastIndexOf(u'/');
    const QStringView name = slash < 0 ? relative : relative.mid(slash + 1);
    // Last matching pattern wins, so scan from the end.
    for (qsizetype i = m_patterns.size() - 1; i >= 0; --i) {
        const Pattern &pattern = m_patterns.at(i);
        if (pattern.directoryOnly && !isDirectory)
            continue;
        if (wildmatch(pattern.glob, pattern.anchored ? relative : name))
            return pattern.negated ? Verdict::Included : Verdict::Ignored;
    }
    return Verdict::NoMatch;
}

// A recursive wildmatch: '*' and '?' and classes stop at '/', "**" between slashes spans them.
bool GitIgnore::wildmatch(QStringView glob, QStringView text)
{
    while (!glob.isEmpty()) {
        const QChar c = glob.front();
        if (c == u'*') {
            const bool doubleStar = glob.startsWith(u"**");
            if (doubleStar) {
                QStringView rest = glob.mid(2);
                if (rest.isEmpty())
                    return true; // Trailing "/**" (or "**"): everything inside.
                if (rest.front() == u'/') {
                    rest = rest.mid(1);
                    // "**/" matches zero or more whole directories.
                    if (wildmatch(rest, text))
                        return true;
                    for (qsizetype i = 0; i < text.size(); ++i) {
                        if (text.at(i) == u'/' && wildmatch(rest, text.mid(i + 1)))
                            return true;
                    }
                    return false;
                }
            }
            glob = glob.mid(doubleStar ? 2 : 1);
            for (qsizetype i = 0; i <= text.size(); ++i) {
                if (wildmatch(glob, text.mid(i)))
                    return true;
                if (i < text.size() && text.at(i) == u'/')
                    return false;
            }
            return false;
        }
        if (text.isEmpty())
            return false;
        if (c == u'?') {
            if (text.front() == u'/')
                return false;
        } else if (c == u'[') {
            qsizetype i = 1;
            bool negate = false;
            if (i < glob.size() && (glob.at(i) == u'!' || glob.at(i) == u'^')) {
                negate = true;
                ++i;
            }
            bool matched = false;
            bool first = true;
            const QChar t = text.front();
            while (i < glob.size() && (first || glob.at(i) != u']')) {
                first = false;
                QChar low = glob.at(i);
                if (low == u'\\' && i + 1 < glob.size())
                    low = glob.at(++i);
                QChar high = low;
                if (i + 2 < glob.size() && glob.at(i + 1) == u'-' && glob.at(i + 2) != u']') {
                    high = glob.at(i + 2);
                    i += 2;
                }
                if (t >= low && t <= high)
                    matched = true;
                ++i;
            }
            if (i >= glob.size())
                return false; // Unterminated class: git treats the pattern as matching nothing.
            if (t == u'/' || matched == negate)
                return false;
            glob = glob.mid(i);
        } else {
            QChar literal = c;
            if (c == u'\\' && glob.size() > 1) {
                glob = glob.mid(1);
                literal = glob.front();
            }
            if (text.front() != literal)
                return false;
        }
        glob = glob.mid(1);
        text = text.mid(1);
    }
    return text.isEmpty();
}

} // namespace ensemble
