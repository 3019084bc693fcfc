#pragma once

#include "ot/Result.h"
#include "ot/Selection.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace ensemble {

class SessionBinding;
class SessionClient;
struct Participant;

// Joins one editor (its SessionBinding) to a SessionClient: the editor's edits and selections
// go to the room; the room's text, the others' edits, carets and comings and goings come to the
// editor. Until the room's text has arrived, and after detach(), the editor is an ordinary one.
class CollaborationSession : public QObject
{
    Q_OBJECT

public:
    // Parented to the binding unless a parent is given; neither object is owned.
    CollaborationSession(SessionBinding *binding, SessionClient *client, QObject *parent = nullptr);

    SessionBinding *binding() const;
    SessionClient *client() const;

public slots:
    // Stops exchanging anything: the editor keeps its text and gets its usual undo back, the
    // remote carets go. The client is left as it is (leave() it separately).
    void detach();

signals:
    // The editor and the session no longer agree on the text (a bug, not a network problem):
    // the session should be left and joined again.
    void outOfStep(const ensemble::Error &error);

private:
    void onDocumentReset(const QString &text);
    void onParticipantsReset(const QList<ensemble::Participant> &participants);
    void showParticipant(const ensemble::Participant &participant);

    QPointer<SessionBinding> m_binding;
    QPointer<SessionClient> m_client;
    QList<QMetaObject::Connection> m_connections;
};

} // namespace ensemble
