#pragma once

#include "TextEdit.h"
#include "Utf16Index.h"

#include <QObject>

class QsciScintillaBase;

namespace ensemble {

// Turns every modification of one editor's document into a TextEdit / TextOperation in UTF-16
// units, as the session client needs them. Edits made while a Suppression is alive (remote edits
// being applied) are measured but not reported, so they are never echoed back to the server.
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

    QsciScintillaBase *editor() const { return m_editor; }
    const Utf16Index &index() const { return m_index; }
    // Document length in UTF-16 units, kept up to date edit by edit.
    qsizetype documentLength() const { return m_length; }
    bool isSuppressed() const { return m_suppressed > 0; }

signals:
    // A local edit, with enough detail to invert it.
    void edited(const ensemble::TextEdit &edit);
    // The same edit as an operation spanning the whole document (for the session client).
    void operationCaptured(const ensemble::TextOperation &operation);

private:
    void onModified(int position, int type, const char *text, int length);
    void report(TextEdit edit);

    QsciScintillaBase *m_editor;
    Utf16Index m_index;
    qsizetype m_length = 0;
    int m_suppressed = 0;
    // Measured just before a deletion, while the text is still there: the notification after it
    // carries the removed text only when Scintilla collects undo, which sessions switch off.
    TextEdit m_pendingDelete;
};

} // namespace ensemble
