#pragma once

#include "UserPrompts.h"

#include <QCoreApplication>

class QWidget;

namespace ensemble {

// UserPrompts answered by the user through standard Qt dialogs.
class DialogPrompts : public UserPrompts
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::DialogPrompts)

public:
    explicit DialogPrompts(QWidget *parent);

    SaveChoice askToSave(const QString &documentName) override;
    QStringList askFilesToOpen(const QString &directory) override;
    QString askSavePath(const QString &suggestedPath) override;
    QString askFolderForCopy(const QString &directory) override;
    bool askToCopyIntoNonEmptyFolder(const QString &folder) override;
    bool askToOverwriteChangedFile(const QString &documentName) override;
    bool askToSaveAsUtf8(const QString &documentName) override;
    bool askToTrustCertificate(const QString &server, const QString &fingerprint,
                               const QString &previousFingerprint) override;
    std::optional<int> askLineNumber(int currentLine, int lineCount) override;
    std::optional<QString> askPassword(const QString &reason) override;
    InterruptedHostingChoice askAboutInterruptedHosting(const QString &description,
                                                        const QString &problem,
                                                        bool canOpen) override;
    bool askToHostOnAnotherPort(quint16 port, const QString &reason) override;
    bool askToEndHostedSessions(int guests) override;
    RemoveChoice askToRemoveParticipant(const QString &name) override;
    std::optional<QString> askNewPassword() override;
    void showError(const QString &title, const QString &message) override;

private:
    QWidget *m_parent;
};

} // namespace ensemble
