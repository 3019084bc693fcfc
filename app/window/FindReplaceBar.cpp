#include "window/FindReplaceBar.h"

#include "CodeEditor.h"
#include "ColorMath.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace ensemble {

FindReplaceBar::FindReplaceBar(QWidget *parent)
    : QWidget(parent)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    //: Placeholder of the search field.
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->setClearButtonEnabled(true);
    //: Label of the small "match case" toggle button: an upper- and a lower-case letter.
    m_caseSensitive = addToggle(tr("Aa"), tr("Match case"));
    //: Label of the small "whole words only" toggle button: one letter for "word".
    m_wholeWord = addToggle(tr("W"), tr("Whole words only"));
    m_regularExpression = addToggle(QStringLiteral(".*"), tr("Regular expression (ECMAScript)"));
    //: Label of the small "wrap around" toggle button of the find bar; keep it short.
    m_wrapAround = addToggle(tr("Wrap"), tr("Continue from the other end of the document"));
    m_wrapAround->setChecked(true);

    auto *previous = new QPushButton(tr("Previous"), this);
    auto *next = new QPushButton(tr("Next"), this);
    auto *replaceOne = new QPushButton(tr("Replace"), this);
    auto *replaceEvery = new QPushButton(tr("Replace All"), this);
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(QIcon(QStringLiteral(":/ensemble/icons/tab-close.svg")));
    close->setToolTip(tr("Close (Esc)"));

    // One grid, so the two fields and their buttons line up.
    auto *toggles = new QHBoxLayout;
    toggles->setSpacing(2);
    for (QToolButton *toggle : {m_caseSensitive, m_wholeWord, m_regularExpression, m_wrapAround})
        toggles->addWidget(toggle);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setVerticalSpacing(4);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addLayout(toggles, 0, 3);
    layout->addWidget(m_status, 0, 4);
    layout->addWidget(close, 0, 5);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(replaceOne, 1, 1);
    layout->addWidget(replaceEvery, 1, 2);
    layout->setColumnStretch(0, 1);
    m_replaceRow = {m_replace, replaceOne, replaceEvery};
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("M")) * 14);

    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textEdited, this, &FindReplaceBar::searchAsTyped);
    connect(m_find, &QLineEdit::returnPressed, this, &FindReplaceBar::findNext);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindReplaceBar::replace);
    connect(next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replace);
    connect(replaceEvery, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        if (m_editor)
            m_editor->setFocus();
    });
    hide();
}

QToolButton *FindReplaceBar::addToggle(const QString &text, const QString &toolTip)
{
    auto *button = new QToolButton(this);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setCheckable(true);
    button->setAutoRaise(true);
    connect(button, &QToolButton::toggled, this, [this] { setStatus({}, false); });
    return button;
}

FindReplaceBar::~FindReplaceBar() = default;

void FindReplaceBar::setEditor(CodeEditor *editor)
{
    m_editor = editor;
    m_search = editor ? std::make_unique<TextSearch>(*editor) : nullptr;
    setStatus({}, false);
    if (!editor)
        hide();
}

void FindReplaceBar::showFind()
{
    open(false);
}

void FindReplaceBar::showReplace()
{
    open(true);
}

void FindReplaceBar::open(bool withReplace)
{
    if (!m_editor)
        return;
    // A selection on one line is what the user most likely wants to find.
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(u'\n') && !selected.contains(u'\r'))
        m_find->setText(selected);
    for (QWidget *widget : std::as_const(m_replaceRow))
        widget->setVisible(withReplace);
    show();
    m_find->setFocus();
    m_find->selectAll();
}

SearchOptions FindReplaceBar::options() const
{
    SearchOptions options;
    options.caseSensitive = m_caseSensitive->isChecked();
    options.wholeWord = m_wholeWord->isChecked();
    options.regularExpression = m_regularExpression->isChecked();
    options.wrapAround = m_wrapAround->isChecked();
    return options;
}

void FindReplaceBar::setOptions(const SearchOptions &options)
{
    m_caseSensitive->setChecked(options.caseSensitive);
    m_wholeWord->setChecked(options.wholeWord);
    m_regularExpression->setChecked(options.regularExpression);
    m_wrapAround->setChecked(options.wrapAround);
}

bool FindReplaceBar::findNext()
{
    return find(TextSearch::Direction::Forward);
}

bool FindReplaceBar::findPrevious()
{
    return find(TextSearch::Direction::Backward);
}

bool FindReplaceBar::find(TextSearch::Direction direction)
{
    if (!m_editor)
        return false;
    const TextSearch::Outcome outcome = m_search->find(m_find->text(), options(), direction);
    report(outcome);
    return outcome.found;
}

void FindReplaceBar::searchAsTyped()
{
    if (!m_editor || m_find->text().isEmpty()) {
        setStatus({}, false);
        return;
    }
    // Search again from where the current match starts, so typing more letters extends it.
    int line = 0;
    int index = 0;
    int lineTo = 0;
    int indexTo = 0;
    m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    if (line >= 0)
        m_editor->setCursorPosition(line, index);
    findNext();
}

bool FindReplaceBar::replace()
{
    if (!m_editor)
        return false;
    const TextSearch::Outcome outcome
        = m_search->replace(m_find->text(), m_replace->text(), options());
    report(outcome);
    return outcome.found;
}

int FindReplaceBar::replaceAll()
{
    if (!m_editor)
        return 0;
    const QString error = TextSearch::validate(m_find->text(), options());
    if (!error.isEmpty()) {
        setStatus(error, true);
        return 0;
    }
    const int count = m_search->replaceAll(m_find->text(), m_replace->text(), options());
    setStatus(tr("Replaced %n occurrence(s)", nullptr, count), count == 0);
    return count;
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

void FindReplaceBar::report(const TextSearch::Outcome &outcome)
{
    if (!outcome.error.isEmpty())
        setStatus(outcome.error, true);
    else if (!outcome.found)
        setStatus(tr("Not found"), true);
    else
        //: Find bar status: the search went past the end and went on from the start.
        setStatus(outcome.wrapped ? tr("Wrapped around") : QString(), false);
}

void FindReplaceBar::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = m_find->parentWidget()->palette();
    if (problem && !m_find->text().isEmpty())
        palette.setColor(QPalette::Base,
                         mixColors(palette.color(QPalette::Base), QColor(0xe0454f), 0.3));
    m_find->setPalette(palette);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        if (m_editor)
            m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    // Shift+Enter must reach us before QLineEdit turns it into returnPressed (find next).
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ShiftModifier)) {
            findPrevious();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ensemble
