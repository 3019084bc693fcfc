#pragma once

#include "client/AwayChanges.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QsciScintilla;

namespace ensemble {

class Utf16Index;

// "While you were away" for one editor: marks the stretches others changed while this client was
// away (RecentEdits finds them) with an outlined amber box, lets the user step from one to the
// next and back, and clears them when dismissed. The marks are a Scintilla indicator, so they
// move with every edit made after they were shown.
class AwayHighlighter : public QObject
{
    Q_OBJECT

public:
    // Parented to the editor unless a parent is given.
    explicit AwayHighlighter(QsciScintilla *editor, QObject *parent = nullptr);
    ~AwayHighlighter() override;

    // Marks @p changes (UTF-16 positions in the editor's text now) instead of any shown before;
    // @p compared: found by comparing texts (see isComparison()).
    void show(const QList<ensemble::AwayChange> &changes, bool compared = false);
    // The changes shown (0 once dismissed).
    qsizetype count() const { return m_count; }
    // Who made them, in the order they first did.
    QStringList authors() const { return m_authors; }
    // Whether they were found by comparing the text seen last with the text now, without the
    // history: who deleted text, and when anything changed, is not known.
    bool isComparison() const { return m_compared; }
    // The stretches marked now, as [from, to) in UTF-16 units; a deletion is marked on the
    // character after it (or before it, at the end of the text).
    QList<std::pair<qsizetype, qsizetype>> markedRanges() const;
    // The indicator number of the marks (-1 when none was free).
    int indicator() const { return m_indicator; }

public slots:
    // Moves the caret to the start of the next change after it (wrapping to the first), scrolled
    // into view.
    void next();
    // The same for the change before the caret (wrapping to the last).
    void previous();
    // Clears the marks.
    void dismiss();

signals:
    // Changes were marked, or the marks were dismissed.
    void changed();

private:
    long valueAt(long position) const;
    long endOf(long position) const;
    long startOf(long position) const;
    void goTo(long position);

    QPointer<QsciScintilla> m_editor;
    std::unique_ptr<Utf16Index> m_index;
    int m_indicator = -1;
    qsizetype m_count = 0;
    QStringList m_authors;
    bool m_compared = false;
};

} // namespace ensemble
