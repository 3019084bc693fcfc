// The History view (Edit ▸ History…) against the real embedded server of a hosted session: the
// slider spans the revisions the server keeps with who made each, the read-only view shows the
// text at the selected one and the changes from it to now (once their tab is shown), scrubbing
// fast asks the server for few texts, and Restore Document / Restore Selection bring old text back
// as a new edit that reaches everyone and Undo takes back.
#include "SessionPeers.h"
#include "history/HistoryDialog.h"
#include "history/HistoryDiffView.h"
#include "history/HistoryTimeline.h"

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

// texts[r]: the room's text at revision r, once Ana typed a word after each of the others.
struct Scripted
{
    Room room;
    QStringList texts;
};

void script(Scripted &s, const QStringList &words)
{
    s.room.start(QStringLiteral("one\n"));
    s.texts.append(s.room.host.text());
    for (const QString &word : words) {
        const qint64 before = s.room.ana.session()->client().revision();
        s.room.ana.typeAt(s.room.ana.text().size(), word);
        // Each word one revision: typed keys are sent once the debounce settles.
        s.room.ana.session()->client().flush();
        QTRY_VERIFY(s.room.ana.session()->client().unsentEditCount() == 0
                    && s.room.ana.session()->client().revision() > before);
        s.texts.append(s.room.ana.text());
    }
    s.room.expectEveryoneHas(s.texts.last());
}

} // namespace

class HistoryViewTest : public QObject
{
    Q_OBJECT

private slots:
    void showsTheTextAtEachRevision_data()
    {
        QTest::addColumn<int>("revision");
        QTest::addRow("the first") << 0;
        QTest::addRow("one in between") << 2;
        QTest::addRow("the latest") << 3;
    }
    void showsTheTextAtEachRevision()
    {
        QFETCH(int, revision);
        Scripted s;
        script(s, {QStringLiteral("two "), QStringLiteral("three "), QStringLiteral("four ")});
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(s.texts.size(), 4);
        HistoryDialog *dialog = HistoryDialog::showFor(*s.room.ana.session(), &s.room.ana.window);
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
        QCOMPARE(HistoryDialog::showFor(*s.room.ana.session(), &s.room.ana.window), dialog);
    }

    void scrubbingAsksForFewTexts()
    {
        Scripted s;
        script(s,
               {QStringLiteral("a "), QStringLiteral("b "), QStringLiteral("c "),
                QStringLiteral("d ")});
        if (QTest::currentTestFailed())
            return;
        HistoryDialog *dialog = HistoryDialog::showFor(*s.room.ana.session(), &s.room.ana.window);
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
    void changesSinceThenShowWhenTheirTabIs()
    {
        Scripted s;
        script(s, {QStringLiteral("two "), QStringLiteral("three ")});
        if (QTest::currentTestFailed())
            return;
        HistoryDialog *dialog = HistoryDialog::showFor(*s.room.ana.session(), &s.room.ana.window);
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

    void restoreDocumentIsANewEditForEveryone()
    {
        Scripted s;
        script(s, {QStringLiteral("two "), QStringLiteral("three ")});
        if (QTest::currentTestFailed())
            return;
        HistoryDialog *dialog = HistoryDialog::showFor(*s.room.bo.session(), &s.room.bo.window);
        QTRY_VERIFY(dialog->slider()->isEnabled());
        dialog->slider()->setValue(1);
        QTRY_COMPARE(dialog->shownRevision(), qint64(1));
        const qint64 before = s.room.bo.session()->client().revision();
        QVERIFY(dialog->restoreDocument());
        s.room.expectEveryoneHas(s.texts.at(1));
        // A new revision, not a rewrite: the history still holds the old ones.
        QTRY_VERIFY(s.room.bo.session()->client().revision() > before);
        // And this user's own: Undo takes it back, for everyone.
        QAction *undo = s.room.bo.action(QStringLiteral("Undo"));
        QVERIFY(undo);
        undo->trigger();
        s.room.expectEveryoneHas(s.texts.last());
    }

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
        HistoryDialog *dialog = HistoryDialog::showFor(*s.room.ana.session(), &s.room.ana.window);
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
