#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace ensemble {

// Every question the application asks the user, behind one interface so that tests can answer
// them without a modal dialog.
class UserPrompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class InterruptedHostingChoice { Resume, Open, Discard, Later };
    enum class RemoveChoice { Remove, RemoveAndChangePassword, Cancel };

    virtual ~UserPrompts() = default;

    virtual SaveChoice askToSave(const QString &documentName) = 0;
    // Empty when the user cancels.
    virtual QStringList askFilesToOpen(const QString &directory) = 0;
    virtual QString askSavePath(const QString &suggestedPath) = 0;
    // A folder to save a copy of a shared folder's project in, starting at directory; empty
    // when cancelled.
    virtual QString askFolderForCopy(const QString &directory) = 0;
    // folder holds files already; true to write the copy into it anyway (files of the same
    // names are replaced).
    virtual bool askToCopyIntoNonEmptyFolder(const QString &folder) = 0;
    // Another program changed the file since it was opened; true to overwrite it anyway.
    virtual bool askToOverwriteChangedFile(const QString &documentName) = 0;
    // The file's encoding cannot store the text; true to save it as UTF-8 instead.
    virtual bool askToSaveAsUtf8(const QString &documentName) = 0;
    // The certificate of server ("HOST:PORT") cannot be verified; true to trust it from now on.
    // previousFingerprint: the one trusted for this server before (empty the first time), when
    // the question is a warning that the certificate changed. Fingerprints as people compare them.
    virtual bool askToTrustCertificate(const QString &server, const QString &fingerprint,
                                       const QString &previousFingerprint)
        = 0;
    // A 1-based line number, or nothing when cancelled.
    virtual std::optional<int> askLineNumber(int currentLine, int lineCount) = 0;
    // The password of a room, asked after reason ("The room's password is wrong."); nothing
    // when cancelled.
    virtual std::optional<QString> askPassword(const QString &reason) = 0;
    // The app stopped while it hosted the room described ("“fib.py”, hosted since 14:32, with Ana
    // and Bo"): host it again, open its text as a document, discard it, or ask again at the next
    // start. problem: why it cannot be hosted again (empty when it can); canOpen: whether its text
    // can be opened.
    virtual InterruptedHostingChoice
    askAboutInterruptedHosting(const QString &description, const QString &problem, bool canOpen)
        = 0;
    // Hosting cannot listen on port again (reason says why); true to host on a free port
    // instead, whose new invite the guests then need.
    virtual bool askToHostOnAnotherPort(quint16 port, const QString &reason) = 0;
    // guests people are in sessions this window hosts, which closing it or stopping would end;
    // true to go on.
    virtual bool askToEndHostedSessions(int guests) = 0;
    // The host removes name from the session; the question says what that keeps out.
    virtual RemoveChoice askToRemoveParticipant(const QString &name) = 0;
    // The room's new password (empty: none); nothing when cancelled.
    virtual std::optional<QString> askNewPassword() = 0;
    virtual void showError(const QString &title, const QString &message) = 0;
};

} // namespace ensemble
