#pragma once

#include "ot/Selection.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QsciScintilla;

namespace ensemble {

class EditCapture;
class RemoteCaret;
class TextOperation;
class Utf16Index;

// Shows the other participants' carets (a bar, with their name for a moment after they move and
// while the pointer is on it) and selections (a light tint of their colour) in one editor.
// Positions are kept in UTF-16 units and moved through every operation applied to the document,
// local or remote, so they stay on the same character.
class RemoteCursors : public QObject
{
    Q_OBJECT

public:
    // Parented to the editor unless a parent is given. The capture is the editor's: its changes
    // not reported yet are let out before positions in the current document come in.
    RemoteCursors(QsciScintilla *editor, EditCapture *capture, QObject *parent = nullptr);
    ~RemoteCursors() override;

    QStringList participants() const;
    // The participant's selection in the document as it is now (empty when unknown).
    Selection selection(const QString &id) const;
    // The participant's name, empty when unknown.
    QString name(const QString &id) const;
    // The byte position of the head of the participant's first selection range (their caret),
    // or -1 when it is not known or not in the document.
    long headPosition(const QString &id) const;
    // The participant's carets (the first has the name tag), for tests and tooltips.
    QList<RemoteCaret *> carets(const QString &id) const;
    // The indicator number tinting the participant's selection, or -1 when none was free.
    int indicator(const QString &id) const;
    // How long a name shows after its participant moves or types.
    void setTagDuration(int milliseconds);

public slots:
    // Adds a participant or changes their name or colour.
    void setParticipant(const QString &id, const QString &name, const QColor &color);
    // selection must be in the current document's coordinates (already transformed over the
    // operations this editor has and the sender had not seen).
    void setSelection(const QString &id, const ensemble::Selection &selection);
    void removeParticipant(const QString &id);
    void clear();
    // Call with every operation applied to the document (local and remote).
    void transform(const ensemble::TextOperation &op);
    // Redraws everything (the view scrolled, zoomed or was resized).
    void relayout();

signals:
    // The participant moved or typed: setSelection() gave them a new selection.
    void selectionChanged(const QString &id);
    // The participant is gone (removeParticipant() or clear()).
    void participantRemoved(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Participant
    {
        QString name;
        QColor color;
        Selection selection;
        int indicator = -1;
        bool tinted = false; // some of the indicator is painted
        QList<QPointer<RemoteCaret>> carets;
    };

    void scheduleRelayout();
    void paintSelection(Participant &participant);
    void placeCarets(Participant &participant);
    void hover(QPoint position);
    int takeIndicator();

    QsciScintilla *m_editor;
    QPointer<EditCapture> m_capture;
    std::unique_ptr<Utf16Index> m_index;
    QHash<QString, Participant> m_participants;
    // QsciScintilla cannot give an indicator number back, so released ones are reused from here.
    QList<int> m_freeIndicators;
    bool m_relayoutScheduled = false;
    int m_tagDuration = -1; // RemoteCaret's own default
};

} // namespace ensemble
