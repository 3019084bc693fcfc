#include "EditorOperation.h"

#include "Utf16Index.h"
#include "ot/TextOperation.h"

#include <Qsci/qsciscintillabase.h>

#include <QCoreApplication>

namespace ensemble {

namespace {

using Kind = TextOperation::Kind;

// Every position the operation touches, in the base document, must be one Scintilla can address.
bool fits(const Utf16Index &index, const TextOperation &op)
{
    if (op.baseLength() != index.length())
        return false;
    qsizetype position = 0;
    bool ok = true;
    op.forEachComponent([&](Kind kind, qsizetype length, QStringView) {
        if (kind == Kind::Retain) {
            position += length;
            return;
        }
        ok = ok && index.toBytes(position) >= 0;
        if (kind == Kind::Delete) {
            position += length;
            ok = ok && index.toBytes(position) >= 0;
        }
    });
    return ok;
}

void insertAt(QsciScintillaBase *editor, long byte, QStringView text)
{
    // The target API takes a length, so text containing NUL survives (SCI_INSERTTEXT would stop
    // there). The target is restored since find-and-replace relies on it.
    const long oldStart = editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETSTART);
    const long oldEnd = editor->SendScintilla(QsciScintillaBase::SCI_GETTARGETEND);
    const QByteArray utf8 = text.toUtf8();
    editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE, byte, byte);
    editor->SendScintilla(QsciScintillaBase::SCI_REPLACETARGET, utf8.size(), utf8.constData());
    editor->SendScintilla(QsciScintillaBase::SCI_SETTARGETRANGE, oldStart, oldEnd);
}

} // namespace

Result<std::monostate> applyToEditor(QsciScintillaBase *editor, const Utf16Index &index,
                                     const TextOperation &op)
{
    if (!fits(index, op)) {
        return Error {QStringLiteral("bad_operation"),
                      QCoreApplication::translate("ensemble::applyToEditor",
                                                  "The edit does not fit the document.")};
    }
    // Positions are in the document as it is being rewritten: the prefix already done is in its
    // new form, the rest still in its old form, which is exactly what the editor holds.
    qsizetype position = 0;
    op.forEachComponent([&](Kind kind, qsizetype length, QStringView text) {
        switch (kind) {
        case Kind::Retain:
            position += length;
            break;
        case Kind::Insert:
            insertAt(editor, index.toBytes(position), text);
            position += length;
            break;
        case Kind::Delete: {
            const long from = index.toBytes(position);
            const long to = index.toBytes(position + length);
            editor->SendScintilla(QsciScintillaBase::SCI_DELETERANGE, from, to - from);
            break;
        }
        }
    });
    return success();
}

} // namespace ensemble
