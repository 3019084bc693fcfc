#pragma once

#include "history/HistorySubject.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QTabWidget;

namespace ensemble {

class CodeEditor;
class HistoryDiffView;
class HistoryTimeline;
struct HistoryRecord;

// Edit ▸ History…: a shared document's history (a one-file session's or a shared folder's document:
// HistorySubject). A slider runs over the revisions the server keeps
// (with who made each one and when), the text at the selected revision shows read-only beside
// the changes from it to now (worked out only while their tab is shown: they cost far more than
// the text, so scrubbing with the text in view stays smooth), Play steps through the revisions,
// and Restore Selection / Restore Document bring old text back as a new edit of this user's,
// through the session.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // Interval between revisions while playing.
    static constexpr int playIntervalMs = 150;

    HistoryDialog(const HistorySubject &subject, QWidget *parent);

    // The History view of @p subject, opened (or raised, when it is open already) over @p window.
    static HistoryDialog *showFor(const HistorySubject &subject, QWidget *window);

    QSlider *slider() const { return m_slider; }
    // The text at the revision shown, and its revision (-1 before the first arrived).
    QString shownText() const;
    qint64 shownRevision() const { return m_shownRevision; }
    HistoryTimeline *timeline() const { return m_timeline; }
    // Restores the old text selected in the read-only view, or the whole old document.
    bool restoreSelection();
    bool restoreDocument();

private:
    void onRange(qint64 oldest, qint64 latest);
    void onText(qint64 revision, const QString &text);
    void showChangesIfInView();
    void showEntry(const HistoryRecord &entry);
    void describe(qint64 revision);
    void step();
    void updateButtons();

    HistorySubject m_subject;
    QPointer<CodeEditor> m_editor;
    HistoryTimeline *m_timeline;
    QSlider *m_slider;
    QLabel *m_revision;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    HistoryDiffView *m_diff;
    QPushButton *m_play;
    QPushButton *m_restoreSelection;
    QPushButton *m_restoreDocument;
    QTimer m_playTimer;
    qint64 m_shownRevision = -1;
    QString m_shownText;
    bool m_changesStale = false; // the changes tab does not show m_shownText's yet
};

} // namespace ensemble
