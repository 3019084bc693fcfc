#include "history/HistoryDialog.h"

#include "CodeEditor.h"
#include "DocumentTab.h"
#include "client/SessionClient.h"
#include "history/HistoryDiffView.h"
#include "history/HistoryRestore.h"
#include "history/HistoryTimeline.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ensemble {

HistoryDialog::HistoryDialog(const HistorySubject &subject, QWidget *parent)
    : QDialog(parent)
    , m_subject(subject)
    , m_editor(subject.tab->editor())
    , m_timeline(new HistoryTimeline(*subject.client, subject.doc, this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_revision(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_text(new QPlainTextEdit(this))
    , m_diff(new HistoryDiffView(this))
    , m_play(new QPushButton(tr("&Play"), this))
    , m_restoreSelection(new QPushButton(tr("Restore &Selection"), this))
    , m_restoreDocument(new QPushButton(tr("Restore &Document"), this))
{
    setWindowTitle(tr("History of %1").arg(subject.tab->displayName()));
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 560);
    m_slider->setEnabled(false);
    m_slider->setPageStep(10);
    m_text->setObjectName(QStringLiteral("historyText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_text, tr("&Text at This Revision"));
    m_tabs->addTab(m_diff, tr("&Changes Since Then"));
    m_revision->setText(tr("Reading the history…"));
    m_revision->setTextFormat(Qt::PlainText);
    m_revision->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_play->setCheckable(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_play, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restoreSelection, QDialogButtonBox::ActionRole);
    buttons->addButton(m_restoreDocument, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_slider);
    layout->addWidget(m_revision);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    m_playTimer.setInterval(playIntervalMs);
    connect(&m_playTimer, &QTimer::timeout, this, &HistoryDialog::step);
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        if (on && m_slider->value() >= m_slider->maximum())
            m_slider->setValue(m_slider->minimum());
        on ? m_playTimer.start() : m_playTimer.stop();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_restoreSelection, &QPushButton::clicked, this, &HistoryDialog::restoreSelection);
    connect(m_restoreDocument, &QPushButton::clicked, this, &HistoryDialog::restoreDocument);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &HistoryDialog::updateButtons);
    connect(m_tabs, &QTabWidget::currentChanged, this, &HistoryDialog::showChangesIfInView);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        m_timeline->select(value);
        describe(value);
    });
    connect(m_timeline, &HistoryTimeline::rangeChanged, this, &HistoryDialog::onRange);
    connect(m_timeline, &HistoryTimeline::textReady, this, &HistoryDialog::onText);
    connect(m_timeline, &HistoryTimeline::entryReady, this, &HistoryDialog::showEntry);
    connect(m_timeline, &HistoryTimeline::failed, m_revision, &QLabel::setText);
    // The document leaving its session (its tab closing, the session ending) takes the view
    // with it.
    connect(subject.session, &QObject::destroyed, this, &QWidget::close);
    updateButtons();
    m_timeline->refresh();
}

HistoryDialog *HistoryDialog::showFor(const HistorySubject &subject, QWidget *window)
{
    for (HistoryDialog *open : window->findChildren<HistoryDialog *>()) {
        if (open->m_subject.session == subject.session) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new HistoryDialog(subject, window);
    dialog->show();
    return dialog;
}

QString HistoryDialog::shownText() const
{
    return m_shownText;
}

void HistoryDialog::onRange(qint64 oldest, qint64 latest)
{
    // QSlider counts in int: a history beyond 2^31 revisions is not a concern for one document.
    const bool first = !m_slider->isEnabled();
    m_slider->setRange(int(oldest), int(latest));
    m_slider->setEnabled(latest > oldest);
    if (first) {
        m_slider->setValue(int(latest));
        m_timeline->select(latest);
        describe(latest);
    }
}

void HistoryDialog::onText(qint64 revision, const QString &text)
{
    m_shownRevision = revision;
    m_shownText = text;
    m_text->setPlainText(text);
    m_changesStale = true;
    showChangesIfInView();
    updateButtons();
}

void HistoryDialog::showChangesIfInView()
{
    // A diff of the whole text and a line of the view per changed line: on a long history that
    // took hundreds of milliseconds per text shown, so it waits until someone looks at it.
    if (!m_changesStale || m_tabs->currentWidget() != m_diff || !m_editor)
        return;
    m_changesStale = false;
    m_diff->showDiff(m_shownText, editorText(*m_editor));
}

void HistoryDialog::describe(qint64 revision)
{
    if (const std::optional<HistoryRecord> entry = m_timeline->entry(revision)) {
        showEntry(*entry);
        return;
    }
    m_revision->setText(tr("Revision %1 of %2").arg(revision).arg(m_slider->maximum()));
}

void HistoryDialog::showEntry(const HistoryRecord &entry)
{
    if (entry.revision != m_slider->value())
        return;
    const QString when
        = QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.time), QLocale::ShortFormat);
    //: Revision 12 of 40, by Ana, 5/12/26 22:01.
    m_revision->setText(tr("Revision %1 of %2, by %3, %4")
                            .arg(entry.revision)
                            .arg(m_slider->maximum())
                            .arg(entry.name, when));
}

void HistoryDialog::step()
{
    if (m_slider->value() >= m_slider->maximum()) {
        m_play->setChecked(false);
        return;
    }
    m_slider->setValue(m_slider->value() + 1);
}

void HistoryDialog::updateButtons()
{
    const SessionClient *client = m_subject.session ? m_subject.client.data() : nullptr;
    const bool canEdit = client && m_editor && client->canEdit()
        && client->state() == SessionClient::State::Connected;
    m_restoreDocument->setEnabled(canEdit && m_shownRevision >= 0);
    m_restoreSelection->setEnabled(canEdit && m_shownRevision >= 0
                                   && m_text->textCursor().hasSelection());
}

bool HistoryDialog::restoreSelection()
{
    const QTextCursor selection = m_text->textCursor();
    if (!m_editor || !selection.hasSelection())
        return false;
    // The view's own text: the selection counts in it (it may show line ends its own way).
    return ensemble::restoreRange(*m_editor, m_text->toPlainText(), selection.selectionStart(),
                                  selection.selectionEnd());
}

bool HistoryDialog::restoreDocument()
{
    return m_editor && m_shownRevision >= 0 && ensemble::restoreDocument(*m_editor, m_shownText);
}

} // namespace ensemble
