#include "window/StatusBarController.h"

#include "CodeEditor.h"
#include "DocumentTab.h"
#include "Language.h"
#include "window/Workspace.h"

#include <QLabel>
#include <QStatusBar>

namespace ensemble {

StatusBarController::StatusBarController(QStatusBar &bar, Workspace &workspace, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_position(new QLabel(&bar))
    , m_language(new QLabel(&bar))
    , m_encoding(new QLabel(&bar))
    , m_lineEnding(new QLabel(&bar))
{
    m_position->setToolTip(tr("Line and column"));
    m_language->setToolTip(tr("Language (change it in the Language menu)"));
    m_encoding->setToolTip(tr("Encoding"));
    //: "Edit ▸ Line Endings" is the menu path: use the translated menu and entry names.
    m_lineEnding->setToolTip(tr("Line endings (convert them in Edit ▸ Line Endings)"));
    for (QLabel *label : {m_position, m_language, m_encoding, m_lineEnding}) {
        label->setContentsMargins(8, 0, 8, 0);
        bar.addPermanentWidget(label);
    }
    connect(&workspace, &Workspace::currentChanged, this, &StatusBarController::follow);
    connect(&workspace, &Workspace::documentChanged, this, [this](DocumentTab *document) {
        if (document == m_workspace.current())
            updateDocument();
    });
    follow(workspace.current());
}

void StatusBarController::follow(DocumentTab *document)
{
    disconnect(m_cursorConnection);
    if (document) {
        m_cursorConnection = connect(document->editor(), &CodeEditor::cursorPositionChanged, this,
                                     &StatusBarController::updatePosition);
    }
    updatePosition();
    updateDocument();
}

void StatusBarController::updatePosition()
{
    const DocumentTab *document = m_workspace.current();
    if (!document) {
        m_position->clear();
        return;
    }
    const CodeEditor *editor = document->editor();
    const long position = editor->SendScintilla(QsciScintillaBase::SCI_GETCURRENTPOS);
    const long line = editor->SendScintilla(QsciScintillaBase::SCI_LINEFROMPOSITION, position);
    // SCI_GETCOLUMN counts characters with tabs expanded: the column a user sees.
    const long column = editor->SendScintilla(QsciScintillaBase::SCI_GETCOLUMN, position);
    //: Status bar: line and column of the cursor, abbreviated.
    m_position->setText(tr("Ln %1, Col %2").arg(line + 1).arg(column + 1));
}

void StatusBarController::updateDocument()
{
    const DocumentTab *document = m_workspace.current();
    for (QLabel *label : {m_language, m_encoding, m_lineEnding})
        label->setVisible(document != nullptr);
    if (!document)
        return;
    m_language->setText(document->language().displayName());
    m_encoding->setText(ensemble::encodingLabel(document->format()));
    m_lineEnding->setText(ensemble::lineEndingLabel(document->format()));
}

} // namespace ensemble
