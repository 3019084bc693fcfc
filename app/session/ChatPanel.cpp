#include "session/ChatPanel.h"

#include "protocol/Limits.h"
#include "session/ChatLinks.h"
#include "session/CurrentSession.h"

#include <QColor>
#include <QDateTime>
#include <QEvent>
#include <QLineEdit>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ensemble {

namespace {

// One line as HTML: every part escaped, the colour only as QColor writes it.
QString lineHtml(const ChatLine &line, const QColor &timeColor)
{
    const QColor color(line.color);
    const QString time
        = QDateTime::fromMSecsSinceEpoch(line.time).toLocalTime().toString(QStringLiteral("HH:mm"));
    return QStringLiteral("<span style=\"color:%1\">%2</span> "
                          "<b style=\"color:%3\">%4</b> "
                          "<span style=\"white-space:pre-wrap\">%5</span>")
        .arg(timeColor.name(), time.toHtmlEscaped(),
             color.isValid() ? color.name() : QStringLiteral("#808080"), line.name.toHtmlEscaped(),
             ChatLinks::toHtml(line.text));
}

} // namespace

ChatPanel::ChatPanel(CurrentSession &current, QWidget *parent)
    : QDockWidget(tr("Chat"), parent)
    , m_current(current)
    , m_view(new QTextBrowser)
    , m_input(new QLineEdit)
{
    setObjectName(QStringLiteral("chatPanel"));
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    connect(m_view, &QTextBrowser::anchorClicked, this, &ChatPanel::openLink);
    m_input->setMaxLength(int(Limits().maxChatLength));
    m_input->installEventFilter(this);
    connect(m_input, &QLineEdit::returnPressed, this, &ChatPanel::send);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addWidget(m_input);
    setWidget(content);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            setUnread(0);
    });
    connect(&current, &CurrentSession::changed, this, &ChatPanel::followSession);
    followSession();
}

void ChatPanel::followSession()
{
    updateInput();
    SessionClient *client = m_current.client();
    if (client == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_view->clear();
    setUnread(0);
    if (!client)
        return;
    for (const ChatLine &line : client->chatLines())
        addLine(line);
    const bool welcomed
        = client->state() == SessionClient::State::Connected || m_current.isConnectionLost();
    m_welcomes = welcomed ? 1 : 0;
    // History after a later welcome holds what was said while the connection was lost: unread.
    connect(client, &SessionClient::participantsReset, this, [this] { ++m_welcomes; });
    connect(client, &SessionClient::chatLineReceived, this, &ChatPanel::onLine);
}

void ChatPanel::updateInput()
{
    const bool shared = m_current.client() != nullptr;
    m_input->setEnabled(shared);
    if (!shared) {
        //: Placeholder of the chat's input line when the current tab is not shared.
        m_input->setPlaceholderText(tr("This document is not shared."));
        return;
    }
    //: Placeholder of the chat's input line.
    m_input->setPlaceholderText(tr("Write to everyone in the session"));
}

void ChatPanel::addLine(const ChatLine &line)
{
    QScrollBar *bar = m_view->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    if (!m_view->document()->isEmpty())
        cursor.insertBlock();
    cursor.insertHtml(lineHtml(line, m_view->palette().color(QPalette::Disabled, QPalette::Text)));
    if (atEnd)
        bar->setValue(bar->maximum());
}

void ChatPanel::onLine(const ChatLine &line)
{
    addLine(line);
    const bool own = m_client && line.userId == m_client->self().id;
    if (own || (line.history && m_welcomes < 2))
        return;
    if (!isVisible() || !m_input->hasFocus())
        setUnread(m_unread + 1);
}

void ChatPanel::send()
{
    const QString text = m_input->text();
    if (!m_client || text.trimmed().isEmpty())
        return;
    if (m_client->sendChat(text)) {
        m_input->clear();
        return;
    }
    //: Status bar message: a chat line could not be sent (it stays in the input line).
    emit notice(tr("Not connected: the message was not sent."));
}

void ChatPanel::setUnread(int count)
{
    m_unread = count;
    //: Title of the chat panel with the number of unread lines.
    setWindowTitle(count > 0 ? tr("Chat (%1)").arg(count) : tr("Chat"));
}

bool ChatPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_input && event->type() == QEvent::FocusIn)
        setUnread(0);
    return QDockWidget::eventFilter(watched, event);
}

void ChatPanel::openLink(const QUrl &url)
{
    const std::optional<ChatLink> link = ChatLinks::fromUrl(url);
    if (link && !m_current.openAt(link->path, link->line)) {
        //: Status bar message after a click on "main.cpp:42" in the chat.
        emit notice(tr("No open tab holds “%1”.").arg(link->path));
    }
}

} // namespace ensemble
