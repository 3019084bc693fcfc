#pragma once

#include "client/SessionClient.h"

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace ensemble::test {

/// A participant of a chaos session: a SessionClient and the text its editor would show, typing a
/// workload whose outcome can be checked. Every insert carries a unique token `[name.n]`
/// (sometimes followed by other text); deletes and replaces only touch the text between tokens,
/// so every token typed must end up in the room exactly once. Text between tokens mixes emoji,
/// other non-BMP characters, combining marks and line breaks.
class ChaosPeer : public QObject
{
    Q_OBJECT

public:
    /// A peer called @p name (also its token prefix and client id), acting on random choices
    /// drawn from @p seed.
    ChaosPeer(const QString &name, quint32 seed, QObject *parent = nullptr);

    SessionClient &client() { return m_client; }
    const QString &name() const { return m_name; }
    const QString &text() const { return m_text; }
    /// True once the first documentReset() arrived.
    bool ready() const { return m_ready; }

    /// One random action: a token insert, an insert, delete or replace of text between tokens,
    /// or a selection change. Returns false when it changed nothing (nothing safe to delete).
    bool act();
    /// The tokens this peer typed, in order.
    const QStringList &typed() const { return m_typed; }
    /// How many of typed() the server has confirmed: the peer had nothing unconfirmed left after
    /// an acknowledgement or a rejoin.
    qsizetype confirmed() const { return m_confirmed; }
    /// Merges into the local text after a rejoin (remote operations from user 0).
    int merges() const { return m_merges; }
    /// Remote selections received, each checked to lie in the text.
    int remoteSelections() const { return m_remoteSelections; }
    /// What went wrong locally (a remote edit that did not apply, a remote selection outside the
    /// text); empty if nothing.
    const QString &failure() const { return m_failure; }
    /// Errors the client reported that a faulty network does not explain.
    const QStringList &unexpectedErrors() const { return m_unexpected; }
    /// Times the client found itself out of step with the server (and rejoined to fix it).
    const QStringList &outOfStep() const { return m_outOfStep; }

    /// Whether @p c delimits a token (no other text contains it).
    static bool isTokenChar(QChar c) { return c == u'[' || c == u']'; }

private:
    qsizetype safePosition();
    qsizetype fillerRunFrom(qsizetype position, qsizetype wanted) const;
    QString newToken();
    void edit(qsizetype position, qsizetype removed, const QString &inserted);
    void noteConfirmed();

    SessionClient m_client;
    QString m_name;
    QRandomGenerator m_random;
    QString m_text;
    bool m_ready = false;
    int m_nextToken = 0;
    QStringList m_typed;
    qsizetype m_confirmed = 0;
    int m_merges = 0;
    int m_remoteSelections = 0;
    QString m_failure;
    QStringList m_unexpected;
    QStringList m_outOfStep;
};

} // namespace ensemble::test
