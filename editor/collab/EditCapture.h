#pragma once

#include "TextEdit.h"
#include "Utf16Index.h"

#include <QObject>

class QsciScintillaBase;

namespace ensemble {

// Turns every modification of one editor's document into a TextEdit / TextOperation in UTF-16
// units, as the session client needs them. Edits made while a Suppression is alive (remote edits
// being applied) are measured but not reported, so they are never echoed back to the server.
//
// Scintilla announces each change before making it (SC_MOD_BEFOREINSERT, SC_MOD_BEFOREDELETE):
// the position and the removed text are measured then, while the document and the UTF-16 index
// are as before the change. QScintilla passes no text with the announcement of an insertion, and
// the notification after a change is left out for speed (see EditorAccessibility), so the
// inserted text is read from the document once it is there, and the change is reported then: at
// the latest when the next change is announced, before the application delivers its next event,
// or when flush() is called. A change the document refuses after its announcement (it was made
// read-only meanwhile) is never reported.
class EditCapture : public QObject
{
    Q_OBJECT

public:
    // Keeps edits quiet for as long as it lives; nests.
    class Suppression
    {
    public:
        explicit Suppression(EditCapture *capture);
        ~Suppression();
        Suppression(const Suppression &) = delete;
        Suppression &operator=(const Suppression &) = delete;

    private:
        EditCapture *m_capture;
    };

    // Parented to the editor unless a parent is given.
    explicit EditCapture(QsciScintillaBase *editor, QObject *parent = nullptr);
    ~EditCapture() override;

    QsciScintillaBase *editor() const { return m_editor; }
    const Utf16Index &index() const { return m_index; }
    // Document length in UTF-16 units, as the editor holds it now.
    qsizetype documentLength() const { return m_index.length(); }
    bool isSuppressed() const { return m_suppressed > 0; }
    // Whether a change was announced and not reported yet (nor found refused: that is known when
    // the next one is announced).
    bool hasPendingChange() const { return m_announced.byte >= 0; }

public slots:
    // Reports the change made since it was announced, if any. Call it before relying on every
    // change so far having been reported without going back to the event loop: right after
    // changing the text through Scintilla's messages, for instance.
    void flush();

signals:
    // A local edit, with enough detail to invert it.
    void edited(const ensemble::TextEdit &edit);
    // The same edit as an operation spanning the whole document (for the session client).
    void operationCaptured(const ensemble::TextOperation &operation);

private:
    struct Announced
    {
        TextEdit edit; // all but the inserted text, measured before the change
        long byte = -1; // -1: nothing announced
        long insertedBytes = 0;
        long bytesBefore = 0; // document length in bytes before the change
        long bytesAfter = 0; // and after it
        bool suppressed = false;
    };

    void onModified(int position, int type, int length);
    // over: another change is being announced, so this one is made or was refused.
    void settle(bool over);
    void report(const TextEdit &edit);

    QsciScintillaBase *m_editor;
    Utf16Index m_index;
    int m_suppressed = 0;
    Announced m_announced;
    quint64 m_action = 0;
    bool m_actionOpen = false; // the event loop has not run since m_action began
};

} // namespace ensemble
