#pragma once

#include "client/ChatLine.h"

#include <QDockWidget>
#include <QPointer>

class QLineEdit;
class QTextBrowser;
class QUrl;

namespace ensemble {

class CurrentSession;
class SessionClient;

// A dock with the chat of the current session (CurrentSession: the current tab's, or the shared
// folder's): each line with its author's name in their colour, the time (HH:mm) and the text
// (plain, file places such as "main.cpp:42" as links that open that line in the tab of that
// file, or the shared folder's file of that path), and a line to write in (Enter sends). While the
// dock is hidden or its input has no focus, lines from others count as unread in its title, and so
// do lines written while the connection was lost (the history a rejoin brings).
class ChatPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit ChatPanel(CurrentSession &current, QWidget *parent = nullptr);

    QTextBrowser *view() const { return m_view; }
    QLineEdit *input() const { return m_input; }
    int unreadCount() const { return m_unread; }
    // Opens the line a chat link names in the tab of that file, or the shared folder's file
    // (or says there is none).
    void openLink(const QUrl &url);

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

    CurrentSession &m_current;
    QPointer<SessionClient> m_client;
    QTextBrowser *m_view;
    QLineEdit *m_input;
    int m_unread = 0;
    int m_welcomes = 0; // of the current session since the panel follows it
};

} // namespace ensemble
