#include "HistoryClient.h"

#include "SessionClient.h"
#include "protocol/Overloaded.h"

namespace ensemble {

HistoryClient::HistoryClient(SessionClient *session, const QString &doc)
    : QObject(session)
    , m_session(session)
    , m_doc(doc)
{
    connect(session, &SessionClient::historyAnswerReceived, this, &HistoryClient::onAnswer);
    connect(session, &SessionClient::stateChanged, this, [this](SessionClient::State state) {
        // A new connection never answers the old one's requests.
        if (state != SessionClient::State::Connected)
            failPending();
    });
}

quint64 HistoryClient::requestEntries(qint64 from, qint64 to)
{
    const quint64 id = m_session->nextHistoryRequestId(m_doc);
    return send(HistoryRequestMsg {id, from, to, m_doc}, id);
}

quint64 HistoryClient::requestText(qint64 revision)
{
    const quint64 id = m_session->nextHistoryRequestId(m_doc);
    return send(HistoryTextRequestMsg {id, revision, m_doc}, id);
}

bool HistoryClient::isConnected() const
{
    return m_session->state() == SessionClient::State::Connected;
}

quint64 HistoryClient::send(const ClientMessage &request, quint64 id)
{
    if (m_session->state() != SessionClient::State::Connected || !m_session->sendRequest(request))
        return 0;
    m_pending.insert(id);
    return id;
}

void HistoryClient::onAnswer(const ServerMessage &answer)
{
    // Answers to requests this client did not send (or already gave up) are ignored; those
    // about another document are another HistoryClient's, whose ids may be the same.
    std::visit(Overloaded {
                   [this](const HistoryEntriesMsg &m) {
                       if (m.doc == m_doc && m_pending.remove(m.id))
                           emit entriesReceived(m.id, m.entries, m.oldest, m.latest);
                   },
                   [this](const HistoryTextMsg &m) {
                       if (m.doc == m_doc && m_pending.remove(m.id))
                           emit textReceived(m.id, m.revision, m.text);
                   },
                   [this](const HistoryErrorMsg &m) {
                       if (m.doc == m_doc && m_pending.remove(m.id))
                           emit requestFailed(m.id, m.code, m.message, m.oldest.value_or(-1));
                   },
                   [](const auto &) {},
               },
               answer);
}

void HistoryClient::failPending()
{
    const QSet<quint64> pending = std::exchange(m_pending, {});
    for (const quint64 id : pending)
        emit requestFailed(id, historyErrors::unavailable, tr("The connection was lost."));
}

} // namespace ensemble
