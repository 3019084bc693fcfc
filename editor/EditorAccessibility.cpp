#include "EditorAccessibility.h"

#include <Qsci/qsciscintilla.h>

#include <QAccessible>
#include <QAccessibleWidget>

#include <algorithm>

namespace ensemble {

namespace {

using S = QsciScintillaBase;
// Scintilla sends a notification when any of its bits is in the mask, and the ones after a
// change carry flags as well (who made it, which undo step): those go too.
constexpr long textChanges = S::SC_MOD_INSERTTEXT | S::SC_MOD_DELETETEXT | S::SC_PERFORMED_USER
    | S::SC_PERFORMED_UNDO | S::SC_PERFORMED_REDO | S::SC_MULTISTEPUNDOREDO
    | S::SC_LASTSTEPINUNDOREDO | S::SC_MULTILINEUNDOREDO | S::SC_STARTACTION;
constexpr long announcedChanges = S::SC_MOD_BEFOREINSERT | S::SC_MOD_BEFOREDELETE;

// Every editor with an EditorAccessibility, and whether assistive technology is active, as Qt
// reports it to activation observers.
class Registry : public QAccessible::ActivationObserver
{
public:
    // Never destroyed: Qt may still hold the observer and the factory while the program exits.
    static Registry &instance()
    {
        static auto *registry = new Registry;
        return *registry;
    }

    bool isActive() const { return m_active; }
    void add(EditorAccessibility *editor) { m_editors.append(editor); }
    void remove(EditorAccessibility *editor) { m_editors.removeOne(editor); }

    bool contains(const QObject *editor) const
    {
        return std::any_of(
            m_editors.cbegin(), m_editors.cend(),
            [editor](const EditorAccessibility *a) { return a->editor() == editor; });
    }

    void accessibilityActiveChanged(bool active) override
    {
        m_active = active;
        for (EditorAccessibility *editor : std::as_const(m_editors))
            editor->setFull(active);
    }

private:
    Registry()
        : m_active(QAccessible::isActive())
    {
        QAccessible::installFactory(&plainInterface);
        QAccessible::installActivationObserver(this);
    }

    // Asked before QScintilla's factory, which answers for the QsciScintillaBase base class only.
    static QAccessibleInterface *plainInterface(const QString &className, QObject *object)
    {
        const Registry &registry = instance();
        if (registry.m_active || !object
            || className != QLatin1String(object->metaObject()->className())
            || !registry.contains(object)) {
            return nullptr;
        }
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::EditableText);
    }

    bool m_active;
    QList<EditorAccessibility *> m_editors;
};

} // namespace

EditorAccessibility::EditorAccessibility(QsciScintilla *editor)
    : QObject(editor)
    , m_editor(editor)
{
    Registry &registry = Registry::instance();
    registry.add(this);
    connect(editor, &S::SCN_MODIFIED, this, [this](int, int type) {
        if (!m_full && (type & announcedChanges))
            queueChanged();
    });
    setFull(registry.isActive());
}

EditorAccessibility::~EditorAccessibility()
{
    Registry::instance().remove(this);
}

void EditorAccessibility::setFull(bool full)
{
    m_full = full;
    const long mask = m_editor->SendScintilla(S::SCI_GETMODEVENTMASK);
    m_editor->SendScintilla(S::SCI_SETMODEVENTMASK,
                            full ? mask | textChanges : (mask & ~textChanges) | announcedChanges);
    m_lines = m_editor->lines();
    // An accessible object of the other kind may exist already (Qt keeps them until the widget
    // goes): dropped, the next one asked for is of the right kind.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(m_editor);
    if (accessible && (accessible->textInterface() != nullptr) != full)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(accessible));
}

void EditorAccessibility::queueChanged()
{
    if (m_changedQueued)
        return;
    m_changedQueued = true;
    QMetaObject::invokeMethod(this, &EditorAccessibility::emitChanged, Qt::QueuedConnection);
}

void EditorAccessibility::emitChanged()
{
    m_changedQueued = false;
    // Emitted for QsciScintilla, whose own emission needs the notifications left out.
    emit m_editor->textChanged();
    const int lines = m_editor->lines();
    if (lines != m_lines) {
        m_lines = lines;
        emit m_editor->linesChanged();
    }
}

} // namespace ensemble
