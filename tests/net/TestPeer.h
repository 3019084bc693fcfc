#pragma once

#include "client/SessionClient.h"

#include <QRandomGenerator>
#include <QString>

namespace ensemble::test {

/// A participant for tests: a SessionClient plus the editor text it would show. Remote
/// operations are applied to text(); local edits change text() and go to the client, exactly as
/// the editor layer does it.
class TestPeer : public QObject
{
    Q_OBJECT

public:
    /// A peer named @p name (its client id derives from the name unless given).
    explicit TestPeer(const QString &name, QString clientId = {}, QObject *parent = nullptr);

    SessionClient &client() { return m_client; }
    const QString &name() const { return m_name; }
    const QString &text() const { return m_text; }
    /// True once the first documentReset() arrived.
    bool ready() const { return m_ready; }
    /// Errors received, as their codes (or kinds when there is no code).
    const QStringList &errors() const { return m_errors; }

    /// Inserts @p s at @p position (clamped to the text).
    void insert(qsizetype position, const QString &s);
    /// Deletes up to @p count units at @p position.
    void remove(qsizetype position, qsizetype count);
    /// One random insert or delete, mostly small, sometimes with surrogate pairs, newlines,
    /// U+FEFF, U+2028, U+2029, noncharacters and NUL.
    void randomEdit(QRandomGenerator &random);

private:
    void local(const TextOperation &op);

    SessionClient m_client;
    QString m_name;
    QString m_text;
    bool m_ready = false;
    QStringList m_errors;
};

} // namespace ensemble::test
