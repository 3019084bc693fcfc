#include "SelectionCapture.h"

#include "EditCapture.h"
#include "ViewState.h"

#include <Qsci/qsciscintillabase.h>

namespace ensemble {

SelectionCapture::SelectionCapture(EditCapture *capture, QObject *parent)
    : QObject(parent ? parent : capture)
    , m_capture(capture)
    , m_reported(current())
{
    connect(capture->editor(), &QsciScintillaBase::SCN_UPDATEUI, this, [this](int updated) {
        if (updated
            & (QsciScintillaBase::SC_UPDATE_SELECTION | QsciScintillaBase::SC_UPDATE_CONTENT))
            check();
    });
    connect(capture, &EditCapture::operationCaptured, this, &SelectionCapture::transform);
}

Selection SelectionCapture::current() const
{
    return ViewState::save(m_capture->editor(), m_capture->index()).selection();
}

void SelectionCapture::transform(const TextOperation &op)
{
    m_reported = transformSelection(m_reported, op);
}

void SelectionCapture::check()
{
    // The selection moves with changes only once they are reported.
    m_capture->flush();
    Selection now = current();
    if (now == m_reported)
        return;
    m_reported = std::move(now);
    emit selectionChanged(m_reported);
}

} // namespace ensemble
