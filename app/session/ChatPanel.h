#pragma once

#include "client/ChatLine.h"

#include <QDockWidget>
#include <QPointer>

class QLineEdit;
class QTextBrowser;
class QUrl;

namespace ensemble {

class CollaborationController;
class DocumentTab;
class SharedDocument;
class Workspace;

// A dock with the chat of the current tab's session: each line with its author's name in their
// colour, the time (HH:mm) and the text (plain, file places such as "main.cpp:42" as links that
// open that line in the tab of that file), and a line to write in (Enter sends). While the dock
// is hidden or its input has no focus, lines from others count as unread in its title, and so do
// lines written while the connection was lost (the history a rejoin brings).
class ChatPanel : public QDockWidget
{
    Q_OBJECT

public:
    ChatPanel(CollaborationController &collaboration, Workspace &workspace,
              QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }
    QLineEdit *input() const { return m_input; }
    int unreadCount() const { return m_unread; }
    // Opens the line a chat link names in the tab of that file (or says there is none).
    void openLink(const QUrl &url);
    // The tab a chat names as path ("main.cpp", "src/main.cpp"), or null.
    DocumentTab *findTab(const QString &path) const;

signals:
    // Something to show in the status bar for a moment.
    void notice(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void followSession();
    void addLine(const ChatLine &line);
    void onLine(const ChatLine &line);
    void send();
    void setUnread(int count);
    void updateInput();

    CollaborationController &m_collaboration;
    Workspace &m_workspace;
    QPointer<SharedDocument> m_session;
    QTextBrowser *m_view;
    QLineEdit *m_input;
    int m_unread = 0;
    int m_welcomes = 0; // of the current session since the panel follows it
};

} // namespace ensemble
