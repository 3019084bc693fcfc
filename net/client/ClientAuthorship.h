#pragma once

#include "protocol/AuthorshipMessages.h"
#include "protocol/Messages.h"

#include <QHash>
#include <QObject>
#include <optional>

namespace ensemble {

/// What a document's (re)start can compare when the history cannot say what changed meanwhile
/// (docs/PROTOCOL.md 3.2): the server's text at the revision this client saw last (when known)
/// and at the start.
struct StartTexts
{
    std::optional<QString> seen;
    QString server;
};

/// Who wrote each unit of one document as this client shows it: the server's authorship from
/// the last `welcome` or `opened`, then every edit the editor's text goes through in the same
/// order (its own, and the others' as transformed for it), so it stays in step with the editor.
/// Owned by a DocumentSync, which feeds it.
class ClientAuthorship : public QObject
{
    Q_OBJECT

public:
    explicit ClientAuthorship(QObject *parent = nullptr);

    /// Starts over from the server's @p info for a text of @p serverLength units (nobody known
    /// when there is none or it does not fit), with @p unconfirmed local edits on top, by @p self
    /// (this client's participant id).
    void adopt(const std::optional<AuthorshipInfo> &info, qsizetype serverLength,
               const QList<TextOperation> &unconfirmed, int self);
    /// The name and colour of participant @p who, for the authors the server did not name: kept
    /// after they leave, so that their text still says whose it is.
    void learn(const Participant &who);
    /// This client's own edit.
    void applyLocal(const TextOperation &op);
    /// An edit of participant @p user as applied to the editor (0: nobody known, e.g. a merge).
    void applyRemote(const TextOperation &op, int user);

    /// The runs, covering the editor's text.
    const AuthorshipMap &map() const { return m_map; }
    /// Author @p number of the map (empty for 0 or past the table; no name when neither the
    /// server nor learn() named them).
    AuthorRecord author(quint32 number) const;
    /// This client's participant id, as given to adopt().
    int self() const { return m_self; }
    /// The stable author id of participant @p user (empty when the server named no author for
    /// them: they have not written in this document).
    QString authorId(int user) const;
    /// Tells what follows the document's (re)start: it is at server revision @p revision, this
    /// client last saw @p previous (-1: never, or in another incarnation of the room), and the
    /// editor holds @p unconfirmed local edits on top of the server's text of @p serverLength;
    /// @p texts: the texts at @p previous and @p revision, when known.
    void markStart(qint64 previous, qint64 revision, qsizetype serverLength,
                   const QList<ensemble::TextOperation> &unconfirmed,
                   const ensemble::StartTexts &texts = {});

signals:
    /// The map changed (after the editor's text did).
    void changed();
    /// markStart() was called.
    void started(qint64 previous, qint64 revision, qsizetype serverLength,
                 const QList<ensemble::TextOperation> &unconfirmed,
                 const ensemble::StartTexts &texts);
    /// The editor's text went through @p op (after adopt(), every edit in the editor's order).
    void operationApplied(const ensemble::TextOperation &op);

private:
    quint32 numberOf(int user);
    void apply(const TextOperation &op, quint32 author);

    AuthorshipMap m_map;
    QList<AuthorRecord> m_authors;
    QHash<int, quint32> m_byUser;
    QHash<int, Participant> m_participants; ///< By id, as learn() heard of them.
    int m_self = 0;
};

} // namespace ensemble
