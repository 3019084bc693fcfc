#pragma once

#include "ot/Selection.h"

#include <QObject>

namespace ensemble {

class EditCapture;

// Reports the local selections (all carets) in UTF-16 units whenever they change, so the others
// can draw them. A change that only follows text moving around them (an operation carried them
// along) is not reported again: the others transform their copy through the same operation.
class SelectionCapture : public QObject
{
    Q_OBJECT

public:
    // Parented to the capture unless a parent is given.
    explicit SelectionCapture(EditCapture *capture, QObject *parent = nullptr);

    // The selections as they are now.
    Selection current() const;

public slots:
    // Call with every operation applied to the document (local and remote).
    void transform(const ensemble::TextOperation &op);
    // Compares the editor's selections with the last report and reports them when they differ.
    void check();

signals:
    void selectionChanged(const ensemble::Selection &selection);

private:
    EditCapture *m_capture;
    Selection m_reported;
};

} // namespace ensemble
