#include "Utf16Index.h"

#include <Qsci/qsciscintillabase.h>

#include <QByteArray>
#include <QString>

namespace ensemble {

namespace {
constexpr unsigned long utf16 = QsciScintillaBase::SC_LINECHARACTERINDEX_UTF16;
}

Utf16Index::Utf16Index(QsciScintillaBase *editor)
    : m_editor(editor)
    , m_editorDestroyed(
          QObject::connect(editor, &QObject::destroyed, [this] { m_editor = nullptr; }))
{
    send(QsciScintillaBase::SCI_ALLOCATELINECHARACTERINDEX, utf16);
}

Utf16Index::~Utf16Index()
{
    QObject::disconnect(m_editorDestroyed);
    if (m_editor)
        send(QsciScintillaBase::SCI_RELEASELINECHARACTERINDEX, utf16);
}

long Utf16Index::send(unsigned int message, unsigned long wParam, long lParam) const
{
    return m_editor->SendScintilla(message, wParam, lParam);
}

qsizetype Utf16Index::toUtf16(long bytePosition) const
{
    const long line = send(QsciScintillaBase::SCI_LINEFROMPOSITION, bytePosition);
    const long lineStart = send(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    return send(QsciScintillaBase::SCI_INDEXPOSITIONFROMLINE, line, utf16)
        + send(QsciScintillaBase::SCI_COUNTCODEUNITS, lineStart, bytePosition);
}

long Utf16Index::toBytes(qsizetype utf16Position) const
{
    if (utf16Position < 0 || utf16Position > length())
        return -1;
    const long line = send(QsciScintillaBase::SCI_LINEFROMINDEXPOSITION, utf16Position, utf16);
    const long lineStart = send(QsciScintillaBase::SCI_POSITIONFROMLINE, line);
    const long offset
        = utf16Position - send(QsciScintillaBase::SCI_INDEXPOSITIONFROMLINE, line, utf16);
    if (offset == 0)
        return lineStart;
    // Scintilla answers 0 when the offset cannot be reached (mid surrogate pair).
    const long position = send(QsciScintillaBase::SCI_POSITIONRELATIVECODEUNITS, lineStart, offset);
    return position > 0 ? position : -1;
}

qsizetype Utf16Index::length() const
{
    const long lines = send(QsciScintillaBase::SCI_GETLINECOUNT);
    return send(QsciScintillaBase::SCI_INDEXPOSITIONFROMLINE, lines, utf16);
}

QString Utf16Index::text(long fromByte, long toByte) const
{
    if (toByte <= fromByte)
        return {};
    // Scintilla writes a terminating NUL after the range.
    QByteArray bytes(toByte - fromByte + 1, Qt::Uninitialized);
    m_editor->SendScintilla(QsciScintillaBase::SCI_GETTEXTRANGE, fromByte, toByte, bytes.data());
    return QString::fromUtf8(bytes.constData(), toByte - fromByte);
}

} // namespace ensemble
