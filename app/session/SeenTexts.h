#pragma once

#include <QString>
#include <optional>

namespace ensemble {

// The texts this user's windows saw last of shared documents, kept on disk next to the revisions
// (LastSeenRevisions), so that "while you were away" can compare one with the text now when the
// server kept too little history or none (docs/PROTOCOL.md 3.2). Bounded: a text longer than
// maxTextUnits is not kept, and the oldest files go once all of them take more than maxBytes.
// The files are readable by the user only.
class SeenTexts
{
public:
    static constexpr qsizetype maxTextUnits = 1024 * 1024;
    static constexpr qint64 maxBytes = 64 * 1024 * 1024;

    explicit SeenTexts(const QString &directory);

    // The text kept for @p key ("HOST:PORT/ID" or "HOST:PORT/ID#DOC") at @p epoch and
    // @p revision, if that is what was kept.
    std::optional<QString> text(const QString &key, const QString &epoch, qint64 revision) const;
    // Keeps @p text as @p key's at @p epoch and @p revision (a text too long: forgets any).
    void keep(const QString &key, const QString &epoch, qint64 revision, const QString &text);
    // Deletes the oldest files while all of them take more than maxBytes: once after a batch of
    // keep(), since it lists the whole folder.
    void trim();

private:
    QString pathOf(const QString &key) const;

    QString m_directory;
};

} // namespace ensemble
