#include "TestPeer.h"

#include <QTest>

namespace ensemble::test {

TestPeer::TestPeer(const QString &name, QString clientId, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    m_client.setIdentity(name, QStringLiteral("#336699"),
                         clientId.isEmpty() ? QStringLiteral("client-") + name : clientId);
    m_client.setFlushInterval(5);
    m_client.setReconnectDelays(20, 200);
    connect(&m_client, &SessionClient::documentReset, this, [this](const QString &text) {
        m_text = text;
        m_ready = true;
    });
    connect(&m_client, &SessionClient::remoteOperation, this, [this](const TextOperation &op) {
        Result<QString> applied = op.apply(m_text);
        if (!applied) {
            QTest::qFail(qPrintable(m_name + QStringLiteral(": remote op does not apply: ")
                                    + applied.error().message),
                         __FILE__, __LINE__);
            return;
        }
        m_text = std::move(applied).value();
    });
    connect(&m_client, &SessionClient::errorOccurred, this, [this](const SessionError &error) {
        m_errors.append(error.code.isEmpty() ? QString::number(int(error.kind)) : error.code);
    });
}

void TestPeer::local(const TextOperation &op)
{
    if (!m_client.applyLocal(op)) {
        QTest::qFail(qPrintable(m_name + QStringLiteral(": local edit refused")), __FILE__,
                     __LINE__);
        return;
    }
    m_text = op.apply(m_text).value();
}

void TestPeer::insert(qsizetype position, const QString &s)
{
    position = std::clamp<qsizetype>(position, 0, m_text.size());
    // Never split a surrogate pair: the editor would not either.
    if (position > 0 && position < m_text.size() && m_text.at(position).isLowSurrogate())
        --position;
    TextOperation op;
    op.retain(position).insert(s).retain(m_text.size() - position);
    local(op);
}

void TestPeer::remove(qsizetype position, qsizetype count)
{
    position = std::clamp<qsizetype>(position, 0, m_text.size());
    count = std::min(count, m_text.size() - position);
    if (count <= 0)
        return;
    TextOperation op;
    op.retain(position).remove(count).retain(m_text.size() - position - count);
    local(op);
}

void TestPeer::randomEdit(QRandomGenerator &random)
{
    // With the characters JSON parsers have mangled (Qt 6.4 dropped a U+FEFF leading a string).
    static const QStringList pieces = {QStringLiteral("a"),
                                       QStringLiteral("bc"),
                                       QStringLiteral("\n"),
                                       QStringLiteral("😀"),
                                       QStringLiteral("é"),
                                       QStringLiteral("word "),
                                       QStringLiteral("\uFEFF"),
                                       QStringLiteral("\uFEFFab"),
                                       QStringLiteral("\u2028\u2029"),
                                       QStringLiteral("\uFFFE\uFFFF"),
                                       QString(QChar(0))};
    const qsizetype position = random.bounded(int(m_text.size()) + 1);
    if (m_text.size() > 20 && random.bounded(3) == 0)
        remove(position, 1 + random.bounded(4));
    else
        insert(position, pieces.at(random.bounded(int(pieces.size()))));
}

} // namespace ensemble::test
