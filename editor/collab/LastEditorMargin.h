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

// View ▸ Show Last Editor for one editor: a margin that names, beside each line, who edited it
// last (the author of its most recently written text that the RecentEdits know the time of; for
// older lines, the author of most of it), on a wash of their colour over the margin's own, with
// the text at a readable contrast in light and dark themes. Only the lines on screen are filled
// in, again shortly after each change or scroll.
class LastEditorMargin : public QObject
{
    Q_OBJECT

public:
    // The margin Scintilla offers beside line numbers, symbols and folding (CodeEditor's 0-2).
    static constexpr int margin = 3;

    // Parented to the editor unless a parent is given; neither the authorship nor the times are
    // owned (no times: every line by the author of most of it).
    LastEditorMargin(QsciScintilla *editor, ClientAuthorship *authorship, RecentEdits *times,
                     QObject *parent = nullptr);
    ~LastEditorMargin() override;

    // Shows or hides the margin (hidden at first).
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    // Fills in the lines on screen now rather than after the short delay.
    void refresh();
    // The name the margin gives line @p line (empty: nobody known).
    QString lastEditor(int line) const;

private:
    quint32 lastAuthor(int line) const;

    QPointer<QsciScintilla> m_editor;
    QPointer<ClientAuthorship> m_authorship;
    QPointer<RecentEdits> m_times;
    std::unique_ptr<Utf16Index> m_index;
    QTimer m_repaint;
    bool m_enabled = false;
};

} // namespace ensemble
