#include "session/FolderDocumentLink.h"

#include "CodeEditor.h"
#include "collab/AuthorshipFeatures.h"
#include "collab/EditCapture.h"
#include "collab/RemoteCursors.h"
#include "collab/SessionBinding.h"
#include "session/FolderDiskChanges.h"
#include "session/FolderSession.h"

#include <Qsci/qsciscintillabase.h>

namespace ensemble {

namespace {
QString cursorId(int user)
{
    return QString::number(user);
}
} // namespace

FolderDocumentLink::FolderDocumentLink(SessionBinding *binding, FolderSession &session,
                                       const QString &doc)
    : QObject(binding)
    , m_binding(binding)
    , m_session(session)
    , m_doc(doc)
    , m_sync(session.open(doc))
{
    RemoteCursors *cursors = binding->cursors();
    SessionClient *client = &session.client();
    m_connections = {
        connect(binding, &SessionBinding::localOperation, m_sync,
                [this](const TextOperation &op) {
                    if (!m_sync->applyLocal(op)) {
                        emit outOfStep(
                            {QStringLiteral("bad_operation"),
                             tr("The session did not accept an edit made in the editor.")});
                    }
                }),
        connect(binding, &SessionBinding::localSelectionChanged, m_sync,
                &DocumentSync::setLocalSelection),
        connect(binding, &SessionBinding::remoteFailed, this, &FolderDocumentLink::outOfStep),
        connect(m_sync, &DocumentSync::documentReset, this, &FolderDocumentLink::onReset),
        connect(m_sync, &DocumentSync::remoteOperation, binding,
                [binding](const TextOperation &op) { binding->applyRemote(op); }),
        connect(m_sync, &DocumentSync::remoteSelection, cursors,
                [cursors](int user, const Selection &selection) {
                    cursors->setSelection(cursorId(user), selection);
                }),
        connect(client, &SessionClient::participantsReset, this,
                &FolderDocumentLink::showParticipants),
        connect(client, &SessionClient::participantJoined, this,
                &FolderDocumentLink::showParticipant),
        connect(client, &SessionClient::participantLeft, cursors,
                [cursors](int user) { cursors->removeParticipant(cursorId(user)); }),
        // A caret stays where its owner works: one who moved to another file takes it along.
        connect(client, &SessionClient::participantFocused, cursors,
                [this, cursors](int user, const QString &doc) {
                    if (doc != m_doc)
                        cursors->setSelection(cursorId(user), {});
                }),
    };
    showParticipants();
    // Who wrote what and while you were away, as in a one-document session.
    if (auto *editor = qobject_cast<CodeEditor *>(binding->capture()->editor()))
        m_authorship = new AuthorshipFeatures(editor, m_sync->authorship(), client, doc, this);
    // Edits of this user's not confirmed yet (an outside change being merged) are in its text.
    if (m_sync->hasText())
        onReset(m_sync->text());
}

void FolderDocumentLink::detach()
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    delete m_authorship;
    if (m_binding)
        m_binding->setActive(false);
}

bool FolderDocumentLink::takeOutsideChange(const QString &base, const QString &changed)
{
    if (!m_hasText || !m_sync || !m_binding)
        return false;
    // The editor's last keystroke goes to the sync first: both hold the same text then.
    m_binding->capture()->flush();
    const Result<TextOperation> op = FolderDiskChanges::rebase(base, changed, m_sync->text());
    if (op && op.value().isNoop())
        return true;
    if (!op || !m_sync->applyLocal(op.value()) || !m_binding->applyRemote(op.value())) {
        emit outOfStep({QStringLiteral("bad_operation"),
                        tr("The change made on disk could not be merged into the editor.")});
        return false;
    }
    return true;
}

void FolderDocumentLink::onReset(const QString &text)
{
    // The document's text replaces the editor's without being sent back or made undoable.
    QsciScintillaBase *editor = m_binding->capture()->editor();
    const bool fresh = editor->SendScintilla(QsciScintillaBase::SCI_GETLENGTH) == 0;
    m_binding->setActive(false);
    m_binding->replaceText(text);
    if (fresh)
        editor->SendScintilla(QsciScintillaBase::SCI_DOCUMENTSTART);
    m_binding->setActive(true);
    m_hasText = true;
    emit textArrived();
}

void FolderDocumentLink::showParticipants()
{
    for (const Participant &participant : m_session.client().participants())
        showParticipant(participant);
}

void FolderDocumentLink::showParticipant(const Participant &participant)
{
    m_binding->cursors()->setParticipant(cursorId(participant.id), participant.name,
                                         QColor::fromString(participant.color));
}

} // namespace ensemble
