#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QsciScintilla;

namespace ensemble {

class ClientAuthorship;
class RecentEdits;
class Utf16Index;

// View ▸ Show Authorship for one editor: tints each author's text with a light wash of their
// colour (one indicator whose value is the colour, drawn under the text at a low alpha, so it
// reads in light and dark themes alike) and says who wrote the text under the pointer. It
// follows a ClientAuthorship, repainting shortly after it changes.
class AuthorshipHighlighter : public QObject
{
    Q_OBJECT

public:
    // Parented to the editor unless a parent is given; the authorship is not owned.
    AuthorshipHighlighter(QsciScintilla *editor, ClientAuthorship *authorship,
                          QObject *parent = nullptr);
    ~AuthorshipHighlighter() override;

    // Shows or hides the tints (hidden at first).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // The indicator number of the tints (-1 when none was free).
    int indicator() const { return m_indicator; }
    // Repaints now rather than after the short delay that gathers bursts of edits.
    void refresh();
    // Where the tooltip finds when text was written (not owned; none: it says only who).
    void setTimes(RecentEdits *times);
    // Who wrote the unit at UTF-16 position @p position and when, as the tooltip says it (empty:
    // nobody known).
    QString describe(qsizetype position) const;

private:
    void onDwellStart(int position, int x, int y);

    QPointer<QsciScintilla> m_editor;
    /// The client's map, which may go before this (a tab that stops being shared).
    QPointer<ClientAuthorship> m_authorship;
    QPointer<RecentEdits> m_times;
    std::unique_ptr<Utf16Index> m_index;
    QTimer m_repaint;
    int m_indicator = -1;
    bool m_enabled = false;
};

} // namespace ensemble
