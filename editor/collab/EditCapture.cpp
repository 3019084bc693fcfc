#include "EditCapture.h"

#include <Qsci/qsciscintillabase.h>

#include <QCoreApplication>
#include <QPointer>

#include <utility>

namespace ensemble {

namespace {

using S = QsciScintillaBase;

// Reports the changes still pending in every EditCapture before the application delivers its
// next event, so that nothing else (a message from the server, a timer sending local edits)
// runs between a change and its report.
class PendingChanges : public QObject
{
public:
    static void add(EditCapture *capture)
    {
        PendingChanges *filter = instance();
        if (filter && !filter->m_captures.contains(capture))
            filter->m_captures.append(capture);
    }

    static void remove(EditCapture *capture)
    {
        if (PendingChanges *filter = instance())
            filter->m_captures.removeOne(capture);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_captures.isEmpty()) {
            // A report may end a session and take captures with it.
            const QList<QPointer<EditCapture>> captures = std::exchange(m_captures, {});
            for (const QPointer<EditCapture> &capture : captures) {
                if (capture)
                    capture->flush();
                // Not made yet (an event delivered while the change is being announced) or
                // refused: the capture settles it with the next announcement.
                if (capture && capture->hasPendingChange())
                    add(capture);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    explicit PendingChanges(QObject *parent)
        : QObject(parent)
    {
    }

    static PendingChanges *instance()
    {
        static QPointer<PendingChanges> filter;
        if (!filter && QCoreApplication::instance()) {
            filter = new PendingChanges(QCoreApplication::instance());
            QCoreApplication::instance()->installEventFilter(filter);
        }
        return filter;
    }

    QList<QPointer<EditCapture>> m_captures;
};

} // namespace

EditCapture::Suppression::Suppression(EditCapture *capture)
    : m_capture(capture)
{
    ++m_capture->m_suppressed;
}

EditCapture::Suppression::~Suppression()
{
    --m_capture->m_suppressed;
}

EditCapture::EditCapture(QsciScintillaBase *editor, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_index(editor)
{
    // Someone may have narrowed the notification mask for speed; these two are essential.
    const long mask = editor->SendScintilla(S::SCI_GETMODEVENTMASK);
    editor->SendScintilla(S::SCI_SETMODEVENTMASK,
                          mask | S::SC_MOD_BEFOREINSERT | S::SC_MOD_BEFOREDELETE);
    connect(editor, &S::SCN_MODIFIED, this,
            [this](int position, int type, const char *, int length) {
                onModified(position, type, length);
            });
}

EditCapture::~EditCapture()
{
    PendingChanges::remove(this);
}

void EditCapture::onModified(int position, int type, int length)
{
    if (!(type & (S::SC_MOD_BEFOREINSERT | S::SC_MOD_BEFOREDELETE)))
        return;
    // Scintilla makes one change at a time, undo and redo steps included: the previous one is over.
    settle(true);
    Announced announced;
    announced.byte = position;
    announced.bytesBefore = m_editor->SendScintilla(S::SCI_GETLENGTH);
    announced.suppressed = m_suppressed > 0;
    announced.edit.position = m_index.toUtf16(position);
    announced.edit.baseLength = m_index.length();
    if (!m_actionOpen) {
        ++m_action;
        m_actionOpen = true;
        // Also an event for the filter to see when nothing else happens.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_actionOpen = false;
                flush();
            },
            Qt::QueuedConnection);
    }
    announced.edit.action = m_action;
    if (type & S::SC_MOD_BEFOREINSERT) {
        announced.insertedBytes = length;
        announced.bytesAfter = announced.bytesBefore + length;
    } else {
        // Still in the document: the notification after a deletion carries the text only while
        // Scintilla collects undo, which sessions switch off.
        announced.edit.removed = m_index.text(position, position + length);
        announced.bytesAfter = announced.bytesBefore - length;
    }
    m_announced = std::move(announced);
    PendingChanges::add(this);
}

void EditCapture::flush()
{
    settle(false);
}

void EditCapture::settle(bool over)
{
    if (m_announced.byte < 0)
        return;
    // Qt delivers events while a widget is destroyed, when its Scintilla is already gone.
    if (!qobject_cast<QsciScintillaBase *>(m_editor)) {
        m_announced = {};
        return;
    }
    // Every change alters the length, so the length tells whether this one is in.
    if (m_editor->SendScintilla(S::SCI_GETLENGTH) != m_announced.bytesAfter) {
        if (over)
            m_announced = {};
        return;
    }
    Announced made = std::exchange(m_announced, {});
    if (made.insertedBytes > 0)
        made.edit.inserted = m_index.text(made.byte, made.byte + made.insertedBytes);
    if (!made.suppressed)
        report(made.edit);
}

void EditCapture::report(const TextEdit &edit)
{
    emit edited(edit);
    emit operationCaptured(edit.operation());
}

} // namespace ensemble
