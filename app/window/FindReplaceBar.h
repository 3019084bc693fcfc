#pragma once

#include "TextSearch.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QToolButton;

namespace ensemble {

class CodeEditor;

// The find and replace strip below the tabs: search as you type, Enter for the next match,
// Shift+Enter for the previous, Escape to return to the editor.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(QWidget *parent = nullptr);
    ~FindReplaceBar() override;

    // The editor searched; null hides the bar.
    void setEditor(CodeEditor *editor);

    void showFind();
    void showReplace();

    bool findNext();
    bool findPrevious();
    bool replace();
    int replaceAll();

    SearchOptions options() const;
    void setOptions(const SearchOptions &options);
    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(bool withReplace);
    bool find(TextSearch::Direction direction);
    void searchAsTyped();
    void report(const TextSearch::Outcome &outcome);
    void setStatus(const QString &text, bool problem);
    QToolButton *addToggle(const QString &text, const QString &toolTip);

    QPointer<CodeEditor> m_editor;
    std::unique_ptr<TextSearch> m_search; // for m_editor; used only while m_editor lives
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QList<QWidget *> m_replaceRow;
    QToolButton *m_caseSensitive;
    QToolButton *m_wholeWord;
    QToolButton *m_regularExpression;
    QToolButton *m_wrapAround;
    QLabel *m_status;
};

} // namespace ensemble
