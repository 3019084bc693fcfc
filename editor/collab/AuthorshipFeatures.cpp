#include "collab/AuthorshipFeatures.h"

#include "CodeEditor.h"
#include "client/HistoryClient.h"
#include "client/RecentEdits.h"
#include "collab/AuthorshipHighlighter.h"
#include "collab/AwayBar.h"
#include "collab/AwayHighlighter.h"
#include "collab/LastEditorMargin.h"

#include <QBoxLayout>

namespace ensemble {

AuthorshipFeatures::AuthorshipFeatures(CodeEditor *editor, ClientAuthorship *authorship,
                                       SessionClient *session, const QString &doc, QObject *parent)
    : QObject(parent ? parent : editor)
    , m_highlighter(new AuthorshipHighlighter(editor, authorship, this))
    , m_history(new HistoryClient(session, doc))
    , m_recent(new RecentEdits(authorship, m_history))
    , m_margin(new LastEditorMargin(editor, authorship, m_recent, this))
    , m_away(new AwayHighlighter(editor, this))
{
    m_highlighter->setTimes(m_recent);
    connect(m_recent, &RecentEdits::awayChangesFound, m_away, &AwayHighlighter::show);
    if (auto *layout = editor->parentWidget()
            ? qobject_cast<QBoxLayout *>(editor->parentWidget()->layout())
            : nullptr) {
        m_bar = new AwayBar(m_away, editor->parentWidget());
        layout->insertWidget(layout->indexOf(editor), m_bar);
        connect(m_recent, &RecentEdits::awayChangesUnavailable, m_bar, &AwayBar::showUnavailable);
    }
    const auto apply = [this](const EditorOptions &options) {
        m_highlighter->setEnabled(options.showAuthorship);
        m_margin->setEnabled(options.showLastEditor);
    };
    apply(editor->options());
    connect(editor, &CodeEditor::optionsApplied, this, apply);
}

AwayBar *AuthorshipFeatures::bar() const
{
    return m_bar;
}

RecentEdits *AuthorshipFeatures::recentEdits() const
{
    return m_recent;
}

AuthorshipFeatures::~AuthorshipFeatures()
{
    delete m_bar;
    delete m_history;
}

} // namespace ensemble
