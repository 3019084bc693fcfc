#include "CollaborationSession.h"

#include "EditCapture.h"
#include "LocalUndo.h"
#include "RemoteCursors.h"
#include "SessionBinding.h"
#include "client/SessionClient.h"

#include <Qsci/qsciscintillabase.h>

namespace ensemble {

namespace {
QString cursorId(int user)
{
    return QString::number(user);
}
} // namespace

CollaborationSession::CollaborationSession(SessionBinding *binding, SessionClient *client,
                                           QObject *parent)
    : QObject(parent ? parent : binding)
    , m_binding(binding)
    , m_client(client)
{
    RemoteCursors *cursors = binding->cursors();
    m_connections = {
        connect(binding, &SessionBinding::localOperation, client,
                [this](const TextOperation &op) {
                    if (!m_client->applyLocal(op)) {
                        emit outOfStep(
                            {QStringLiteral("bad_operation"),
                             tr("The session did not accept an edit made in the editor.")});
                    }
                }),
        connect(binding, &SessionBinding::localSelectionChanged, client,
                &SessionClient::setLocalSelection),
        connect(binding, &SessionBinding::remoteFailed, this, &CollaborationSession::outOfStep),
        connect(client, &SessionClient::documentReset, this,
                &CollaborationSession::onDocumentReset),
        connect(client, &SessionClient::remoteOperation, binding,
                [binding](const TextOperation &op) { binding->applyRemote(op); }),
        connect(client, &SessionClient::remoteSelection, cursors,
                [cursors](int user, const Selection &selection) {
                    cursors->setSelection(cursorId(user), selection);
                }),
        connect(client, &SessionClient::participantsReset, this,
                &CollaborationSession::onParticipantsReset),
        connect(client, &SessionClient::participantJoined, this,
                &CollaborationSession::showParticipant),
        connect(client, &SessionClient::participantLeft, cursors,
                [cursors](int user) { cursors->removeParticipant(cursorId(user)); }),
    };
}

SessionBinding *CollaborationSession::binding() const
{
    return m_binding;
}

SessionClient *CollaborationSession::client() const
{
    return m_client;
}

void CollaborationSession::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    if (m_binding)
        m_binding->setActive(false);
}

void CollaborationSession::onDocumentReset(const QString &text)
{
    // The room's text replaces the editor's without being sent back or made undoable; whatever
    // undo history there was described another text.
    QsciScintillaBase *editor = m_binding->capture()->editor();
    const bool fresh = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH) == 0;
    m_binding->setActive(false);
    m_binding->replaceText(text);
    // A joiner's empty editor starts at the top, as with a file just opened, rather than
    // wherever the insertion of the whole text pushed its caret.
    if (fresh)
        editor->SendScintilla(QsciScintillaBase::SCI_DOCUMENTSTART);
    m_binding->setActive(true);
}

void CollaborationSession::onParticipantsReset(const QList<Participant> &participants)
{
    // Those still there are updated rather than removed and added again, so that a rejoin after
    // a lost connection does not count as their leaving (which would stop following them).
    RemoteCursors *cursors = m_binding->cursors();
    QStringList gone = cursors->participants();
    for (const Participant &participant : participants) {
        gone.removeAll(cursorId(participant.id));
        showParticipant(participant);
        if (participant.selection.isEmpty())
            cursors->setSelection(cursorId(participant.id), {});
    }
    for (const QString &id : std::as_const(gone))
        cursors->removeParticipant(id);
}

void CollaborationSession::showParticipant(const Participant &participant)
{
    RemoteCursors *cursors = m_binding->cursors();
    const QString id = cursorId(participant.id);
    cursors->setParticipant(id, participant.name, QColor::fromString(participant.color));
    if (!participant.selection.isEmpty())
        cursors->setSelection(id, participant.selection);
}

} // namespace ensemble
