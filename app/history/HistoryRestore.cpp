#include "history/HistoryRestore.h"

#include "CodeEditor.h"
#include "collab/EditCapture.h"
#include "collab/EditorOperation.h"
#include "collab/LocalUndo.h"
#include "collab/SessionBinding.h"
#include "ot/Diff.h"

namespace ensemble {

namespace {

bool applyAsOwnEdit(CodeEditor &editor, const TextOperation &op)
{
    auto *binding = editor.findChild<SessionBinding *>();
    if (!binding || !binding->isActive() || editor.isReadOnly())
        return false;
    // One undo step of its own, not merged with what the user typed just before.
    binding->undo()->breakGroup();
    editor.beginUndoAction();
    const Result<std::monostate> applied = applyToEditor(&editor, binding->capture()->index(), op);
    editor.endUndoAction();
    binding->capture()->flush();
    binding->undo()->breakGroup();
    return applied.ok();
}

struct Component
{
    TextOperation::Kind kind;
    qsizetype length;
};

// Where old position @p index is in the new text: a start stays before text that replaced what
// followed it, an end goes after text that replaced what preceded it, and text merely inserted
// at the boundary stays outside, so restoring a part replaces exactly what that part became.
qsizetype mapPosition(const QList<Component> &op, qsizetype index, bool isEnd)
{
    qsizetype before = 0; // in the old text
    qsizetype after = 0; // in the new text
    for (qsizetype i = 0; i < op.size(); ++i) {
        const Component &c = op.at(i);
        switch (c.kind) {
        case TextOperation::Kind::Retain:
            if (isEnd ? index <= before + c.length : index < before + c.length)
                return after + index - before;
            before += c.length;
            after += c.length;
            break;
        case TextOperation::Kind::Insert:
            if (!isEnd && index == before && i + 1 < op.size()
                && op.at(i + 1).kind == TextOperation::Kind::Delete)
                return after;
            after += c.length;
            break;
        case TextOperation::Kind::Delete:
            if (isEnd ? index <= before + c.length : index < before + c.length)
                return after;
            before += c.length;
            break;
        }
    }
    return after;
}

} // namespace

QString editorText(const CodeEditor &editor)
{
    // SCI_GETCHARACTERPOINTER, unlike QsciScintilla::text(), does not stop at a NUL character.
    auto &base = const_cast<CodeEditor &>(editor);
    const auto *data = static_cast<const char *>(
        base.SendScintillaPtrResult(QsciScintillaBase::SCI_GETCHARACTERPOINTER));
    return QString::fromUtf8(data, base.SendScintilla(QsciScintillaBase::SCI_GETLENGTH));
}

bool restoreDocument(CodeEditor &editor, const QString &old)
{
    return applyAsOwnEdit(editor, diff(editorText(editor), old));
}

bool restoreRange(CodeEditor &editor, const QString &old, qsizetype from, qsizetype to)
{
    const QString now = editorText(editor);
    QList<Component> since;
    diff(old, now).forEachComponent([&](TextOperation::Kind kind, qsizetype length, QStringView) {
        since.append({kind, length});
    });
    const qsizetype start = mapPosition(since, from, false);
    const qsizetype end = std::max(start, mapPosition(since, to, true));
    TextOperation op;
    op.retain(start).remove(end - start).insert(old.mid(from, to - from)).retain(now.size() - end);
    return applyAsOwnEdit(editor, op);
}

} // namespace ensemble
