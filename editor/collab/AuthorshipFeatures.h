#pragma once

#include <QObject>
#include <QPointer>

namespace ensemble {

class AuthorshipHighlighter;
class AwayBar;
class AwayHighlighter;
class ClientAuthorship;
class CodeEditor;
class HistoryClient;
class LastEditorMargin;
class RecentEdits;
class SessionClient;

// Who wrote what, for one shared editor: the authorship tints (View ▸ Show Authorship) with
// who and when on hover, the "last edited by" margin (View ▸ Show Last Editor), and "while you
// were away" (the marks and the bar above the editor). It reads the document's history through
// its own HistoryClient, which RecentEdits uses to learn when text was written and what changed
// while this client was away. The editor's options switch the tints and the margin.
class AuthorshipFeatures : public QObject
{
    Q_OBJECT

public:
    // For @p editor showing document @p doc of @p session (empty: protocol 1's one document),
    // whose authorship is @p authorship. Neither is owned; the bar goes above the editor in its
    // parent's layout.
    AuthorshipFeatures(CodeEditor *editor, ClientAuthorship *authorship, SessionClient *session,
                       const QString &doc = {}, QObject *parent = nullptr);
    ~AuthorshipFeatures() override;

    AuthorshipHighlighter *highlighter() const { return m_highlighter; }
    LastEditorMargin *margin() const { return m_margin; }
    AwayHighlighter *away() const { return m_away; }
    AwayBar *bar() const;
    RecentEdits *recentEdits() const;

private:
    AuthorshipHighlighter *m_highlighter;
    QPointer<HistoryClient> m_history; // the session's child: gone when the session is
    QPointer<RecentEdits> m_recent;
    LastEditorMargin *m_margin;
    AwayHighlighter *m_away;
    QPointer<AwayBar> m_bar; // the editor's parent's child
};

} // namespace ensemble
