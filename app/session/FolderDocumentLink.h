#pragma once

#include "ot/Result.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ensemble {

class AuthorshipFeatures;
class DocumentSync;
class FolderSession;
class SessionBinding;
struct Participant;

// Joins one tab's editor (its SessionBinding) to one document of a shared folder (its
// DocumentSync): the editor's edits and selections go to the document; its text, the others'
// edits and the carets of those working in it come to the editor. What CollaborationSession is
// for a one-document session, for each tab of a folder.
class FolderDocumentLink : public QObject
{
    Q_OBJECT

public:
    // Parented to the binding; neither the binding nor the session is owned.
    FolderDocumentLink(SessionBinding *binding, FolderSession &session, const QString &doc);

    QString doc() const { return m_doc; }
    // Whether the document's text has arrived (edits before that would have no base).
    bool hasText() const { return m_hasText; }

    // Takes in a change another program made to the document's file on the host's disk, from
    // base (what the file held) to changed: rebased onto what the session did since, it becomes
    // this user's edit, in the editor (kept out of its undo, carets kept) and in the session.
    // False (and outOfStep()) when it could not be.
    bool takeOutsideChange(const QString &base, const QString &changed);

public slots:
    // Stops exchanging anything: the editor keeps its text as an ordinary document.
    void detach();

signals:
    // The document's text arrived (the first time, and after a resynchronisation).
    void textArrived();
    // The editor and the document no longer agree on the text; the document must be reopened.
    void outOfStep(const ensemble::Error &error);

private:
    void onReset(const QString &text);
    void showParticipants();
    void showParticipant(const Participant &participant);

    QPointer<SessionBinding> m_binding;
    FolderSession &m_session;
    QString m_doc;
    QPointer<DocumentSync> m_sync;
    QList<QMetaObject::Connection> m_connections;
    QPointer<AuthorshipFeatures> m_authorship;
    bool m_hasText = false;
};

} // namespace ensemble
