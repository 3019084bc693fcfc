#pragma once

#include "CodeEditor.h"
#include "DocumentTab.h"
#include "FakePrompts.h"
#include "Settings.h"
#include "TempFiles.h"
#include "session/CollaborationController.h"
#include "window/MainWindow.h"
#include "window/Workspace.h"

#include <QAction>
#include <QKeyEvent>
#include <QTest>

namespace ensemble::test {

// One person's application: a window with its own settings and scripted prompts.
struct Peer
{
    Peer(const QString &name, const QString &color)
    {
        settings.setDisplayName(name);
        settings.setParticipantColor(color);
        window.resize(700, 400);
        window.show();
    }

    TempFolder folder;
    Settings settings {folder.filePath(QStringLiteral("settings.ini"))};
    FakePrompts prompts;
    MainWindow window {settings, &prompts};
    DocumentTab *tab = nullptr;

    CollaborationController &collaboration() { return window.collaboration(); }
    SharedDocument *session() { return collaboration().session(tab); }
    CodeEditor *editor() { return tab->editor(); }
    QString text() { return editor()->text(); }
    bool connected()
    {
        return session() && session()->client().state() == SessionClient::State::Connected;
    }
    // Puts the caret at a UTF-16 position of the text.
    void moveTo(qsizetype position)
    {
        const QByteArray before = text().left(position).toUtf8();
        editor()->SendScintilla(QsciScintillaBase::SCI_GOTOPOS, long(before.size()));
    }
    void typeAt(qsizetype position, const QString &keys)
    {
        moveTo(position);
        for (const QChar c : keys) {
            if (c.unicode() < 128) {
                QTest::keyClick(editor(), c.toLatin1());
                continue;
            }
            // QTest only maps ASCII to keys; a keyboard layout delivers é as a key with text.
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(editor(), &press);
            QCoreApplication::sendEvent(editor(), &release);
        }
    }
    // The participant id this peer's session knows someone by.
    int idOf(const QString &name)
    {
        for (const Participant &participant : session()->client().participants()) {
            if (participant.name == name)
                return participant.id;
        }
        return 0;
    }
    QAction *action(const QString &text)
    {
        for (QAction *candidate : window.findChildren<QAction *>()) {
            if (candidate->text().remove(u'&') == text)
                return candidate;
        }
        return nullptr;
    }
};

// A host and two guests in one room of the host's embedded server, on a free loopback port.
struct Room
{
    Peer host {QStringLiteral("Hana"), QStringLiteral("#d81b60")};
    Peer ana {QStringLiteral("Ana"), QStringLiteral("#1e88e5")};
    Peer bo {QStringLiteral("Bo"), QStringLiteral("#43a047")};
    Invite invite;

    // Shares text from the host (the current tab, or a new one) with options on a free loopback
    // port and lets both guests join with the password; QVERIFY-style failures on timeout.
    void start(const QString &text, HostOptions options = {})
    {
        if (!host.window.workspace().current())
            host.window.openStartupFiles({});
        host.tab = host.window.workspace().current();
        host.editor()->setText(text);
        options.bindAddress = QHostAddress::LocalHost;
        options.port = 0;
        const Result<Invite> hosted = host.collaboration().host(host.tab, options);
        QVERIFY2(hosted.ok(), qPrintable(hosted ? QString() : hosted.error().message));
        invite = hosted.value();
        ana.tab = ana.collaboration().join(invite, options.password);
        bo.tab = bo.collaboration().join(invite, options.password);
        for (Peer *peer : {&host, &ana, &bo}) {
            QTRY_VERIFY(peer->connected());
            QTRY_COMPARE(peer->session()->client().participants().size(), 2);
        }
        QCOMPARE(ana.text(), text);
        QCOMPARE(bo.text(), text);
    }

    void expectEveryoneHas(const QString &expected)
    {
        QTRY_COMPARE(host.text(), expected);
        QTRY_COMPARE(ana.text(), expected);
        QTRY_COMPARE(bo.text(), expected);
    }
};

} // namespace ensemble::test
