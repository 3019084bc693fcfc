#pragma once

#include "ot/Result.h"
#include "ot/TextOperation.h"

#include <QObject>

namespace ensemble {

class EditCapture;

// Applies other participants' operations to one editor: without echoing them through the
// EditCapture, without putting them on the local undo stack, and with the local carets,
// selections and scroll position carried through the operation instead of jumping.
class RemoteEditApplier : public QObject
{
    Q_OBJECT

public:
    // Parented to the capture unless a parent is given.
    explicit RemoteEditApplier(EditCapture *capture, QObject *parent = nullptr);

public slots:
    // op must apply to the document as it is now (i.e. already transformed over local edits not
    // yet acknowledged, as ClientState::applyServer returns it). False, with failed() emitted and
    // the document untouched, when it does not fit.
    bool apply(const ensemble::TextOperation &op);

signals:
    // op is now in the document; other features (undo, remote cursors) move through it.
    void applied(const ensemble::TextOperation &op);
    // The document no longer matches the session: it needs a full resynchronisation.
    void failed(const ensemble::Error &error);

private:
    EditCapture *m_capture;
};

} // namespace ensemble
