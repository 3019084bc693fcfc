#pragma once

#include <QMetaObject>
#include <QObject>

class QLabel;
class QStatusBar;

namespace ensemble {

class DocumentTab;
class Workspace;

// Status bar: cursor line and column, language, encoding and line endings of the current
// document.
class StatusBarController : public QObject
{
    Q_OBJECT

public:
    StatusBarController(QStatusBar &bar, Workspace &workspace, QObject *parent);

    QLabel *positionLabel() const { return m_position; }
    QLabel *languageLabel() const { return m_language; }
    QLabel *encodingLabel() const { return m_encoding; }
    QLabel *lineEndingLabel() const { return m_lineEnding; }

private:
    void follow(DocumentTab *document);
    void updatePosition();
    void updateDocument();

    Workspace &m_workspace;
    QLabel *m_position;
    QLabel *m_language;
    QLabel *m_encoding;
    QLabel *m_lineEnding;
    QMetaObject::Connection m_cursorConnection;
};

} // namespace ensemble
