// The History view (Edit ▸ History…) against the real embedded server of a hosted session, for
// the document of a one-file session and for a document of a shared folder alike: the slider
// spans the revisions the server keeps with who made each, the read-only view shows the text at
// the selected one and the changes from it to now (once their tab is shown), scrubbing fast asks
// the server for few texts, and Restore Document / Restore Selection bring old text back as a new
// edit that reaches everyone and Undo takes back.
#include "FolderPeers.h"
#include "client/DocumentSync.h"
#include "history/HistoryDialog.h"
#include "history/HistoryDiffView.h"
#include "history/HistoryTimeline.h"

#include <QAction>
#include <QImage>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTextBlock>

using namespace ensemble;
using namespace ensemble::test;

namespace {

// Hana, Ana and Bo in one document: a one-file session Hana hosts, or (folder) notes.txt of a
// folder of two files she shares, open in a tab of each. texts[r] is its text at revision r, once
// Ana typed a word after each of the others.
struct Scripted
{
    Room room;
    bool folder = false;
    TempFolder root;
    QString doc;
    QStringList texts;

    // The History view of peer's tab, opened over its window.
    HistoryDialog *history(Peer &peer)
    {
        const std::optional<HistorySubject> subject
            = HistorySubject::of(peer.collaboration(), peer.tab);
        return subject ? HistoryDialog::showFor(*subject, &peer.window) : nullptr;
    }
    // Sends what peer typed; whether the server confirmed all of it, at a revision past after.
    bool confirmed(Peer &peer, qint64 after)
    {
        if (!folder) {
            SessionClient &client = peer.session()->client();
            client.flush();
            return client.unsentEditCount() == 0 && client.revision() > after;
        }
        DocumentSync *sync = folders(peer).session()->client().document(doc);
        sync->flush();
        return sync->unsentEditCount() == 0 && sync->revision() > after;
    }
    // The server revision peer's document is at.
    qint64 revision(Peer &peer)
    {
        return folder ? folders(peer).session()->client().document(doc)->revision()
                      : peer.session()->client().revision();
    }
};

void startFolder(Scripted &s, const QString &text)
{
    s.root.write(QStringLiteral("notes.txt"), text.toUtf8());
    // A second file: a session of one document is served to the one-file protocol (protocol 1).
    s.root.write(QStringLiteral("other.txt"), "other\n");
    const Result<Invite> invite
        = folders(s.room.host)
              .share(s.root.path(), folderHostOptions(), s.room.host.collaboration().identity());
    QVERIFY2(invite.ok(), qPrintable(invite ? QString() : invite.error().message));
    QVERIFY(joinFolder(s.room.ana, invite.value(), 2));
    QVERIFY(joinFolder(s.room.bo, invite.value(), 2));
    for (Peer *peer : {&s.room.host, &s.room.ana, &s.room.bo}) {
        peer->tab = openFolderTab(*peer, QStringLiteral("notes.txt"));
        QVERIFY(peer->tab);
    }
    s.doc = docAt(s.room.host, QStringLiteral("notes.txt"));
}

void script(Scripted &s, const QStringList &words)
{
    QFETCH(bool, folder);
    s.folder = folder;
    if (folder)
        startFolder(s, QStringLiteral("one\n"));
    else
        s.room.start(QStringLiteral("one\n"));
    if (QTest::currentTestFailed())
        return;
    s.room.expectEveryoneHas(QStringLiteral("one\n"));
    s.texts.append(s.room.host.text());
    for (const QString &word : words) {
        const qint64 before = s.revision(s.room.ana);
        s.room.ana.typeAt(s.room.ana.text().size(), word);
        // Each word one revision: typed keys are sent once the debounce settles.
        QTRY_VERIFY(s.confirmed(s.room.ana, before));
        s.texts.append(s.room.ana.text());
    }
    s.room.expectEveryoneHas(s.texts.last());
}

// The column every test's rows have: which kind of session the document is in.
void addSessionKinds()
{
    QTest::addColumn<bool>("folder");
    QTest::addRow("one-file session") << false;
    QTest::addRow("shared folder") << true;
}

} // namespace

class HistoryViewTest : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTextAtEachRevision_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::addColumn<int>("revision");
        for (const bool folder : {false, true}) {
            const char *kind = folder ? "shared folder" : "one-file session";
            QTest::addRow("%s, the first", kind) << folder << 0;
            QTest::addRow("%s, one in between", kind) << folder << 2;
            QTest::addRow("%s, the latest", kind) << folder << 3;
        }
    }
    void showsTheTextAtEachRevision()
    {
        QFETCH(int, revision);
        Scripted s;
        script(s, {QStringLiteral("two "), QStringLiteral("three "), QStringLiteral("four ")});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(s.texts.size(), 4);
        HistoryDialog *dialog = s.history(s.room.ana);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->slider()->isEnabled());
        QCOMPARE(dialog->slider()->minimum(), 0);
        QCOMPARE(dialog->slider()->maximum(), 3);
        dialog->slider()->setValue(revision);
        QTRY_COMPARE(dialog->shownRevision(), qint64(revision));
        QCOMPARE(dialog->shownText(), s.texts.at(revision));
        if (revision > 0) {
            // Who made it, as the room named them.
            QTRY_VERIFY(dialog->findChild<QLabel *>()->text().contains(QStringLiteral("Ana")));
        }
        // A second open raises the same view.
        QCOMPARE(s.history(s.room.ana), dialog);
    }

    // Edit ▸ History… opens the view of the current tab's document; it goes when the tab does.
    void historyMenuShowsTheCurrentTabs_data() { addSessionKinds(); }
    void historyMenuShowsTheCurrentTabs()
    {
        Scripted s;
        script(s, {QStringLiteral("two ")});
        if (QTest::currentTestFailed())
            return;
        Workspace &workspace = s.room.ana.window.workspace();
        // Another tab current first: the menu follows the current tab.
        workspace.newDocument();
        QAction *history = s.room.ana.action(QStringLiteral("History…"));
        QVERIFY(history);
        QVERIFY(!history->isEnabled());
        workspace.setCurrent(s.room.ana.tab);
        QVERIFY(history->isEnabled());
        history->trigger();
        QPointer<HistoryDialog> dialog = s.room.ana.window.findChild<HistoryDialog *>();
        QVERIFY(dialog);
        QTRY_COMPARE(dialog->shownRevision(), qint64(1));
        QCOMPARE(dialog->shownText(), s.texts.at(1));
        // The one-file session's tab holds text saved nowhere here: closing asks first.
        s.room.ana.prompts.saveChoices.append(UserPrompts::SaveChoice::Discard);
        QVERIFY(workspace.close(s.room.ana.tab));
        QTRY_VERIFY(!dialog);
    }

    void scrubbingAsksForFewTexts_data() { addSessionKinds(); }
    void scrubbingAsksForFewTexts()
    {
        Scripted s;
        script(s,
               {QStringLiteral("a "), QStringLiteral("b "), QStringLiteral("c "),
                QStringLiteral("d ")});
        if (QTest::currentTestFailed())
            return;
        HistoryDialog *dialog = s.history(s.room.ana);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->slider()->isEnabled());
        QTRY_COMPARE(dialog->shownRevision(), qint64(4));
        QSignalSpy texts(dialog->timeline(), &HistoryTimeline::textReady);
        for (int round = 0; round < 5; ++round) {
            for (int r = 4; r >= 0; --r)
                dialog->slider()->setValue(r);
            for (int r = 0; r <= 4; ++r)
                dialog->slider()->setValue(r);
        }
        dialog->slider()->setValue(1);
        QTRY_COMPARE(dialog->shownRevision(), qint64(1));
        QCOMPARE(dialog->shownText(), s.texts.at(1));
        // Fifty moves without a pause: one text, or two if one was already on its way.
        QVERIFY2(texts.size() <= 2, qPrintable(QString::number(texts.size())));
    }

    // The changes from the selected revision to now are worked out when their tab is shown, not
    // for every text that arrives while scrubbing.
    void changesSinceThenShowWhenTheirTabIs_data() { addSessionKinds(); }
    void changesSinceThenShowWhenTheirTabIs()
    {
        Scripted s;
        script(s, {QStringLiteral("two "), QStringLiteral("three ")});
        if (QTest::currentTestFailed())
            return;
        HistoryDialog *dialog = s.history(s.room.ana);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->slider()->isEnabled());
        dialog->slider()->setValue(1);
        QTRY_COMPARE(dialog->shownRevision(), qint64(1));
        auto *changes = dialog->findChild<HistoryDiffView *>();
        QVERIFY(changes);
        QCOMPARE(changes->toPlainText(), QString());
        QSignalSpy shown(changes, &HistoryDiffView::diffShown);
        dialog->findChild<QTabWidget *>()->setCurrentWidget(changes);
        // Worked out off the window's thread: "one\ntwo " then, "one\ntwo three " now.
        QTRY_COMPARE(shown.size(), 1);
        QCOMPARE(changes->removedLines(), 1);
        QCOMPARE(changes->addedLines(), 1);
        QCOMPARE(changes->toPlainText(), QStringLiteral("  one\n+ two three \n- two "));
        // Tinted: the added line green, the removed one red, past the end of their text.
        const QImage shot = changes->viewport()->grab().toImage();
        const auto tint = [&](int line) {
            const QTextCursor at(changes->document()->findBlockByNumber(line));
            return shot.pixelColor(shot.width() - 4, changes->cursorRect(at).center().y());
        };
        QVERIFY2(tint(1).green() > tint(1).red(), qPrintable(tint(1).name()));
        QVERIFY2(tint(2).red() > tint(2).green(), qPrintable(tint(2).name()));
        QCOMPARE(tint(0), changes->palette().color(QPalette::Base));
    }

    void restoreDocumentIsANewEditForEveryone_data() { addSessionKinds(); }
    void restoreDocumentIsANewEditForEveryone()
    {
        Scripted s;
        script(s, {QStringLiteral("two "), QStringLiteral("three ")});
        if (QTest::currentTestFailed())
            return;
        HistoryDialog *dialog = s.history(s.room.bo);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->slider()->isEnabled());
        dialog->slider()->setValue(1);
        QTRY_COMPARE(dialog->shownRevision(), qint64(1));
        const qint64 before = s.revision(s.room.bo);
        QVERIFY(dialog->restoreDocument());
        s.room.expectEveryoneHas(s.texts.at(1));
        // A new revision, not a rewrite: the history still holds the old ones.
        QTRY_VERIFY(s.confirmed(s.room.bo, before));
        // And this user's own: Undo takes it back, for everyone.
        QAction *undo = s.room.bo.action(QStringLiteral("Undo"));
        QVERIFY(undo);
        undo->trigger();
        s.room.expectEveryoneHas(s.texts.last());
    }

    void restoreSelectionPutsBackOnlyThatPart_data() { addSessionKinds(); }
    void restoreSelectionPutsBackOnlyThatPart()
    {
        Scripted s;
        script(s, {QStringLiteral("two ")});
        if (QTest::currentTestFailed())
            return;
        // Since revision 1 someone rewrote "one" and added a word.
        s.room.host.editor()->setSelection(0, 0, 0, 3);
        s.room.host.editor()->replaceSelectedText(QStringLiteral("ONE"));
        s.room.host.typeAt(s.room.host.text().size(), QStringLiteral("five "));
        s.room.expectEveryoneHas(QStringLiteral("ONE\ntwo five "));
        HistoryDialog *dialog = s.history(s.room.ana);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->slider()->isEnabled());
        dialog->slider()->setValue(1);
        QTRY_COMPARE(dialog->shownRevision(), qint64(1));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("historyText"));
        QVERIFY(text);
        QTextCursor cursor = text->textCursor();
        cursor.setPosition(0);
        cursor.setPosition(3, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        QVERIFY(dialog->restoreSelection());
        s.room.expectEveryoneHas(QStringLiteral("one\ntwo five "));
    }
};

QTEST_MAIN(HistoryViewTest)
#include "tst_historyview.moc"
