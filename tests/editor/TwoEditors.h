#pragma once

// Two editors sharing one document through the smallest possible relay: each side's operations
// wait for sync(), which transforms the two sides' pending work against each other (TP1, as the
// server does) and gives each side the other's, like two clients with edits in flight at once.

#include "CodeEditor.h"
#include "collab/EditCapture.h"
#include "collab/SessionBinding.h"

#include <memory>

namespace ensemble::test {

class TwoEditors
{
public:
    explicit TwoEditors(const QString &text)
    {
        for (Site *site : {&m_a, &m_b}) {
            site->editor = std::make_unique<CodeEditor>();
            site->editor->resize(500, 300);
            site->editor->setText(text);
            site->editor->show();
            site->binding = new SessionBinding(site->editor.get());
            site->binding->setActive(true);
            site->pending = TextOperation().retain(text.size());
            QObject::connect(site->binding, &SessionBinding::localOperation, site->binding,
                             [site](const TextOperation &op) {
                                 site->pending = TextOperation::compose(site->pending, op).value();
                             });
        }
    }

    CodeEditor &a() { return *m_a.editor; }
    CodeEditor &b() { return *m_b.editor; }
    SessionBinding &bindingA() { return *m_a.binding; }
    SessionBinding &bindingB() { return *m_b.binding; }
    CodeEditor &editor(QChar site) { return site == QLatin1Char('A') ? a() : b(); }
    SessionBinding &binding(QChar site)
    {
        return site == QLatin1Char('A') ? bindingA() : bindingB();
    }

    // True when both sides applied the other's work and hold the same text.
    bool sync()
    {
        // As the event loop would before any message goes out or comes in.
        m_a.binding->capture()->flush();
        m_b.binding->capture()->flush();
        Result<std::pair<TextOperation, TextOperation>> pair
            = TextOperation::transform(m_a.pending, m_b.pending);
        if (!pair)
            return false;
        const bool applied = m_a.binding->applyRemote(pair.value().second)
            && m_b.binding->applyRemote(pair.value().first);
        m_a.pending = TextOperation().retain(m_a.editor->text().size());
        m_b.pending = TextOperation().retain(m_b.editor->text().size());
        return applied && m_a.editor->text() == m_b.editor->text();
    }

private:
    struct Site
    {
        std::unique_ptr<CodeEditor> editor;
        SessionBinding *binding = nullptr;
        TextOperation pending; // everything since the last sync
    };
    Site m_a;
    Site m_b;
};

} // namespace ensemble::test
