#include "RemoteCursors.h"

#include "EditCapture.h"
#include "RemoteCaret.h"
#include "Utf16Index.h"
#include "ot/TextOperation.h"

#include <Qsci/qsciscintilla.h>

#include <QMouseEvent>

namespace ensemble {

namespace {
using S = QsciScintillaBase;
constexpr int selectionAlpha = 60;
constexpr int outlineAlpha = 110;
} // namespace

RemoteCursors::RemoteCursors(QsciScintilla *editor, EditCapture *capture, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_editor(editor)
    , m_capture(capture)
    , m_index(std::make_unique<Utf16Index>(editor))
{
    // Scrolling, zooming, resizing and rewrapping move characters on screen without changing
    // any position in the text.
    connect(editor, &S::SCN_UPDATEUI, this, &RemoteCursors::scheduleRelayout);
    connect(editor, &S::SCN_ZOOM, this, &RemoteCursors::scheduleRelayout);
    // Pointer moves without a button pressed tell when it rests on a caret.
    editor->viewport()->setMouseTracking(true);
    editor->viewport()->installEventFilter(this);
}

RemoteCursors::~RemoteCursors() = default;

QStringList RemoteCursors::participants() const
{
    return m_participants.keys();
}

Selection RemoteCursors::selection(const QString &id) const
{
    return m_participants.value(id).selection;
}

QString RemoteCursors::name(const QString &id) const
{
    return m_participants.value(id).name;
}

long RemoteCursors::headPosition(const QString &id) const
{
    const auto it = m_participants.constFind(id);
    if (it == m_participants.cend() || it->selection.isEmpty())
        return -1;
    if (m_capture)
        m_capture->flush();
    return m_index->toBytes(it->selection.constFirst().head);
}

QList<RemoteCaret *> RemoteCursors::carets(const QString &id) const
{
    QList<RemoteCaret *> result;
    for (const QPointer<RemoteCaret> &caret : m_participants.value(id).carets)
        result.append(caret);
    return result;
}

int RemoteCursors::indicator(const QString &id) const
{
    return m_participants.value(id).indicator;
}

void RemoteCursors::setTagDuration(int milliseconds)
{
    m_tagDuration = milliseconds;
    for (const Participant &participant : std::as_const(m_participants)) {
        for (const QPointer<RemoteCaret> &caret : participant.carets)
            caret->setTagDuration(milliseconds);
    }
}

void RemoteCursors::setParticipant(const QString &id, const QString &name, const QColor &color)
{
    Participant &participant = m_participants[id];
    participant.name = name;
    if (participant.indicator < 0)
        participant.indicator = takeIndicator();
    if (participant.color != color && participant.indicator >= 0) {
        m_editor->setIndicatorForegroundColor(color, participant.indicator);
        m_editor->setIndicatorOutlineColor(color, participant.indicator);
        m_editor->SendScintilla(S::SCI_INDICSETALPHA, participant.indicator, selectionAlpha);
        m_editor->SendScintilla(S::SCI_INDICSETOUTLINEALPHA, participant.indicator, outlineAlpha);
    }
    participant.color = color;
    for (const QPointer<RemoteCaret> &caret : std::as_const(participant.carets))
        caret->setParticipant(name, color);
    placeCarets(participant);
}

void RemoteCursors::setSelection(const QString &id, const Selection &selection)
{
    auto it = m_participants.find(id);
    if (it == m_participants.end())
        return;
    if (m_capture)
        m_capture->flush();
    it->selection = selection;
    paintSelection(*it);
    placeCarets(*it);
    // The participant moved or typed: their name shows where they are now. Carets that only
    // move with someone else's edits (transform()) or the view keep it hidden.
    if (!it->carets.isEmpty())
        it->carets.constFirst()->showTagBriefly();
    emit selectionChanged(id);
}

void RemoteCursors::removeParticipant(const QString &id)
{
    // A copy: id may be a key of the participant erased below.
    const QString removed = id;
    auto it = m_participants.find(removed);
    if (it == m_participants.end())
        return;
    it->selection.clear();
    paintSelection(*it);
    placeCarets(*it);
    if (it->indicator >= 0)
        m_freeIndicators.append(it->indicator);
    m_participants.erase(it);
    emit participantRemoved(removed);
}

void RemoteCursors::clear()
{
    const QStringList ids = participants();
    for (const QString &id : ids)
        removeParticipant(id);
}

void RemoteCursors::transform(const TextOperation &op)
{
    for (Participant &participant : m_participants) {
        participant.selection = transformSelection(participant.selection, op);
        paintSelection(participant);
        placeCarets(participant);
    }
}

void RemoteCursors::scheduleRelayout()
{
    // Scintilla reports scrolling while it paints; moving widgets is left until it has finished.
    if (m_relayoutScheduled)
        return;
    m_relayoutScheduled = true;
    QMetaObject::invokeMethod(this, &RemoteCursors::relayout, Qt::QueuedConnection);
}

void RemoteCursors::relayout()
{
    m_relayoutScheduled = false;
    for (Participant &participant : m_participants)
        placeCarets(participant);
}

bool RemoteCursors::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
        scheduleRelayout();
        break;
    case QEvent::MouseMove:
        hover(static_cast<QMouseEvent *>(event)->position().toPoint());
        break;
    case QEvent::Leave:
        hover(QPoint(-1, -1));
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void RemoteCursors::hover(QPoint position)
{
    // A bar two pixels wide is hard to hit: a few pixels either side count.
    constexpr int slack = 4;
    for (const Participant &participant : std::as_const(m_participants)) {
        for (const QPointer<RemoteCaret> &caret : participant.carets) {
            caret->setHovered(
                caret->isVisible()
                && caret->barGeometry().adjusted(-slack, 0, slack, 0).contains(position));
        }
    }
}

int RemoteCursors::takeIndicator()
{
    const int number = m_freeIndicators.isEmpty()
        ? m_editor->indicatorDefine(QsciScintilla::FullBoxIndicator)
        : m_freeIndicators.takeLast();
    if (number < 0)
        return number;
    // Under the text, so a tinted selection never hides what is selected.
    m_editor->setIndicatorDrawUnder(true, number);
    return number;
}

void RemoteCursors::paintSelection(Participant &participant)
{
    if (participant.indicator < 0)
        return;
    m_editor->SendScintilla(S::SCI_SETINDICATORCURRENT, participant.indicator);
    // Carets alone (the usual case) need no clearing of the whole document on every keystroke.
    if (participant.tinted) {
        m_editor->SendScintilla(S::SCI_INDICATORCLEARRANGE, 0UL,
                                m_editor->SendScintilla(S::SCI_GETLENGTH));
    }
    participant.tinted = false;
    for (const SelectionRange &range : std::as_const(participant.selection)) {
        const long from = m_index->toBytes(qMin(range.anchor, range.head));
        const long to = m_index->toBytes(qMax(range.anchor, range.head));
        if (from >= 0 && to > from) {
            m_editor->SendScintilla(S::SCI_INDICATORFILLRANGE, from, to - from);
            participant.tinted = true;
        }
    }
}

void RemoteCursors::placeCarets(Participant &participant)
{
    while (participant.carets.size() > participant.selection.size())
        delete participant.carets.takeLast();
    while (participant.carets.size() < participant.selection.size()) {
        auto *caret = new RemoteCaret(participant.name, participant.color, m_editor->viewport());
        if (m_tagDuration >= 0)
            caret->setTagDuration(m_tagDuration);
        participant.carets.append(caret);
    }
    for (qsizetype i = 0; i < participant.selection.size(); ++i) {
        RemoteCaret *caret = participant.carets[i];
        const long head = m_index->toBytes(participant.selection[i].head);
        const long line = m_editor->SendScintilla(S::SCI_LINEFROMPOSITION, qMax(head, 0L));
        if (head < 0 || !m_editor->SendScintilla(S::SCI_GETLINEVISIBLE, line)) {
            caret->hide();
            continue;
        }
        const QPoint point(m_editor->SendScintilla(S::SCI_POINTXFROMPOSITION, 0UL, head),
                           m_editor->SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, head));
        // The name tag may go where the line's text ends, if that is on the caret's screen line
        // (with word wrap, a caret on an earlier screen line has text up to the wrap).
        const long end = m_editor->SendScintilla(S::SCI_GETLINEENDPOSITION, line);
        const int endY = int(m_editor->SendScintilla(S::SCI_POINTYFROMPOSITION, 0UL, end));
        const int freeX = endY == point.y()
            ? int(m_editor->SendScintilla(S::SCI_POINTXFROMPOSITION, 0UL, end))
            : -1;
        caret->place(point, m_editor->SendScintilla(S::SCI_TEXTHEIGHT, line), i == 0, freeX);
    }
}

} // namespace ensemble
