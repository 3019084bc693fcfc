#pragma once

#include "hosting/SessionHost.h"

#include <QCoreApplication>
#include <QSet>

namespace ensemble {

// Writes a shared folder's session back into the host's folder, whose disk is the project's
// truth: each document's text to its path, and the files of documents renamed or deleted since
// the last save removed, so that the folder ends as the session's tree. What the folder holds is
// also kept in a record file (beside the hosted room's hosting.json), so that a session resumed
// after a crash still knows which files its renames and deletions concern.
class FolderSaver
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::FolderSaver)

public:
    // recordFile: where to keep what the folder holds (empty: nowhere).
    explicit FolderSaver(QString root, QString recordFile = {});

    // What the folder holds now: the tree as shared (or last saved).
    void setSaved(const QList<SessionDocument> &tree);
    // What the folder held as the record file says (an earlier run's); false when there is none.
    bool restore();
    // Writes snapshot, except the documents in skip (written elsewhere, by their tabs); files
    // at paths in keep are never removed (an open tab still holds them). Returns the problems,
    // each naming its file; empty when everything was written.
    QStringList save(const FolderSnapshot &snapshot, const QSet<QString> &skip = {},
                     const QSet<QString> &keep = {});
    // Whether the folder holds snapshot: every document's text at its path, and no document
    // renamed or deleted since the last save.
    bool holds(const FolderSnapshot &snapshot) const;
    // Where the folder holds document doc (empty: it never wrote it, nor was it shared).
    QString savedPath(const QString &doc) const { return m_saved.value(doc); }
    // The files the last save() wrote (those already holding their text are left untouched).
    int written() const { return m_written; }

private:
    QString write(const QString &path, const QString &text);
    void remove(const QString &path, const QSet<QString> &keep);
    void keepRecord() const;

    QString m_root;
    QString m_recordFile;
    QHash<QString, QString> m_saved; // document id -> path on disk
    int m_written = 0;
};

} // namespace ensemble
