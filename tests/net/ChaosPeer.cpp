#include "ChaosPeer.h"

namespace ensemble::test {

namespace {

// Text typed between tokens: BMP and non-BMP characters, an emoji with a modifier (two surrogate
// pairs), a combining accent, tabs and line breaks.
const QStringList fillers
    = {QStringLiteral("a"),       QStringLiteral("xy "), QStringLiteral("\n"),
       QStringLiteral("é"),       QStringLiteral("😀"),   QStringLiteral("𝄞"),
       QStringLiteral("中文"),    QStringLiteral("\t"),  QStringLiteral("👍🏽"),
       QStringLiteral("e\u0301"), QStringLiteral(" ")};

QString filler(QRandomGenerator &random)
{
    QString text;
    for (int i = 1 + random.bounded(3); i > 0; --i)
        text += fillers.at(random.bounded(int(fillers.size())));
    return text;
}

} // namespace

ChaosPeer::ChaosPeer(const QString &name, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_random(seed)
{
    m_client.setIdentity(name, QStringLiteral("#c04080"), QStringLiteral("chaos-") + name);
    connect(&m_client, &SessionClient::documentReset, this, [this](const QString &text) {
        m_text = text;
        m_ready = true;
    });
    connect(&m_client, &SessionClient::remoteOperation, this,
            [this](const TextOperation &op, int user) {
                Result<QString> applied = op.apply(m_text);
                if (!applied) {
                    m_failure = m_name + QStringLiteral(": a remote edit does not apply: ")
                        + applied.error().message;
                    return;
                }
                m_text = std::move(applied).value();
                if (user == 0)
                    ++m_merges;
            });
    // The client moves a relayed selection through its unconfirmed edits, which keeps a position
    // past the end of the server's text exactly that far past the end of this one: checking here
    // checks the selection against the text at the revision the server named.
    connect(&m_client, &SessionClient::remoteSelection, this,
            [this](int user, const Selection &selection) {
                ++m_remoteSelections;
                for (const SelectionRange &range : selection) {
                    if (range.anchor > m_text.size() || range.head > m_text.size())
                        m_failure = m_name
                            + QStringLiteral(": user %1's selection %2 lies past the end (%3)")
                                  .arg(user)
                                  .arg(std::max(range.anchor, range.head))
                                  .arg(m_text.size());
                }
            });
    connect(&m_client, &SessionClient::errorOccurred, this, [this](const SessionError &error) {
        // Falling out of a short operation log is answered by a rejoin that merges by text.
        const bool fellBehind = error.code == QStringLiteral("bad_revision");
        const QString line = m_name + QStringLiteral(": ") + error.message;
        if (error.kind == SessionError::Kind::ProtocolViolation)
            m_outOfStep.append(line);
        else if (error.kind != SessionError::Kind::ConnectionLost
                 && error.kind != SessionError::Kind::ConnectionRefused && !fellBehind)
            m_unexpected.append(line);
    });
    connect(&m_client, &SessionClient::revisionChanged, this, &ChaosPeer::noteConfirmed);
    connect(&m_client, &SessionClient::unsentEditCountChanged, this, &ChaosPeer::noteConfirmed);
}

void ChaosPeer::noteConfirmed()
{
    // Nothing unconfirmed left in a joined session: the server has applied everything typed.
    if (m_client.state() == SessionClient::State::Connected && m_client.revision() >= 0
        && m_client.unsentEditCount() == 0)
        m_confirmed = m_typed.size();
}

bool ChaosPeer::act()
{
    QRandomGenerator &random = m_random;
    const int choice = random.bounded(100);
    if (choice < 45) {
        const QString token = newToken();
        edit(safePosition(), 0, random.bounded(3) ? token : token + filler(random));
        return true;
    }
    if (choice < 60) {
        edit(safePosition(), 0, filler(random));
        return true;
    }
    if (choice < 90) {
        // Deleting, or typing over a selection, of text between tokens only.
        const qsizetype position = safePosition();
        const qsizetype length = fillerRunFrom(position, 1 + random.bounded(8));
        if (length == 0)
            return false;
        QString typed;
        if (choice >= 75)
            typed = random.bounded(2) ? filler(random) : newToken();
        edit(position, length, typed);
        return true;
    }
    Selection selection;
    for (int i = 1 + random.bounded(3); i > 0; --i)
        selection.append(SelectionRange {safePosition(), safePosition()});
    m_client.setLocalSelection(selection);
    return true;
}

qsizetype ChaosPeer::safePosition()
{
    qsizetype position = m_random.bounded(int(m_text.size()) + 1);
    // Not inside a token: past its end.
    const qsizetype open = m_text.lastIndexOf(u'[', position - 1);
    if (position > 0 && open >= 0 && open > m_text.lastIndexOf(u']', position - 1))
        position = m_text.indexOf(u']', open) + 1;
    // Not between the halves of a surrogate pair: the editor never does that either.
    if (position > 0 && position < m_text.size() && m_text.at(position).isLowSurrogate())
        --position;
    return position;
}

qsizetype ChaosPeer::fillerRunFrom(qsizetype position, qsizetype wanted) const
{
    qsizetype end = position;
    while (end < m_text.size() && end - position < wanted && !isTokenChar(m_text.at(end)))
        ++end;
    if (end > position && end < m_text.size() && m_text.at(end).isLowSurrogate())
        --end;
    return end - position;
}

QString ChaosPeer::newToken()
{
    const QString token = QStringLiteral("[%1.%2]").arg(m_name).arg(++m_nextToken);
    m_typed.append(token);
    return token;
}

void ChaosPeer::edit(qsizetype position, qsizetype removed, const QString &inserted)
{
    TextOperation op;
    op.retain(position).remove(removed).insert(inserted).retain(m_text.size() - position - removed);
    if (!m_client.applyLocal(op)) {
        m_failure = m_name + QStringLiteral(": the client refused a local edit");
        return;
    }
    m_text = op.apply(m_text).value();
    // The caret ends after the typed text, as in an editor: most ops then carry a selection.
    const qsizetype caret = position + inserted.size();
    m_client.setLocalSelection({{caret, caret}});
}

} // namespace ensemble::test
