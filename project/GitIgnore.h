#pragma once

#include <QList>
#include <QString>

namespace ensemble {

/// The patterns of one .gitignore file, matched with the rules of gitignore(5).
class GitIgnore
{
public:
    /// What the last matching pattern of this file says about a path.
    enum class Verdict { NoMatch, Ignored, Included };

    /// Parses @p text of the .gitignore that lives in @p directory (relative to the scan root,
    /// '/'-separated, empty for the root itself).
    GitIgnore(const QString &text, const QString &directory);

    /// The verdict for @p path (relative to the scan root, '/'-separated); @p isDirectory because
    /// patterns ending in '/' match directories only.
    Verdict match(const QString &path, bool isDirectory) const;
    /// The directory of this .gitignore, relative to the scan root (empty for the root).
    const QString &directory() const { return m_directory; }

private:
    struct Pattern
    {
        QString glob;
        bool negated = false;
        bool directoryOnly = false;
        bool anchored = false;
    };

    static bool wildmatch(QStringView glob, QStringView text);

    QString m_directory;
    QList<Pattern> m_patterns;
};

} // namespace ensemble
