#pragma once

#include <QMetaObject>
#include <QtGlobal>

class QsciScintillaBase;

namespace ensemble {

// Converts between Scintilla's positions (UTF-8 bytes) and the protocol's (UTF-16 code units)
// through Scintilla's UTF-16 line character index, so one conversion costs a line lookup plus a
// count within that line, never a scan from the start of a possibly 10 MB document. Scintilla
// reference-counts the index, so every feature holding one of these keeps it allocated.
class Utf16Index
{
public:
    explicit Utf16Index(QsciScintillaBase *editor);
    ~Utf16Index();
    Utf16Index(const Utf16Index &) = delete;
    Utf16Index &operator=(const Utf16Index &) = delete;

    // Byte positions are longs, as in Scintilla's messages.

    // The UTF-16 position of a byte position (which must lie on a character boundary).
    qsizetype toUtf16(long bytePosition) const;
    // The byte position of a UTF-16 position, or -1 when it lies beyond the end of the document
    // or between the two halves of a surrogate pair (Scintilla cannot address those).
    long toBytes(qsizetype utf16Position) const;
    // The document length in UTF-16 units, read from the index.
    qsizetype length() const;
    // The text between two byte positions.
    QString text(long fromByte, long toByte) const;

private:
    long send(unsigned int message, unsigned long wParam = 0, long lParam = 0) const;

    // The features holding an index are usually children of the editor, destroyed after its
    // Scintilla is gone (and before a QPointer would notice): destroyed() clears this first.
    QsciScintillaBase *m_editor;
    QMetaObject::Connection m_editorDestroyed;
};

} // namespace ensemble
