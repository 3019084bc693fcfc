#pragma once

#include "UserPrompts.h"

#include <QList>
#include <QStringList>

namespace ensemble::test {

// Answers the application's questions from scripted queues and records what was asked. A
// question with no scripted answer is recorded in `unanswered` and answered "cancel".
class FakePrompts : public UserPrompts
{
public:
    QList<SaveChoice> saveChoices;
    QList<QStringList> filesToOpen;
    QStringList savePaths;
    QStringList copyFolders;
    QList<bool> copyIntoNonEmpty;
    QList<bool> saveAsUtf8;
    QList<bool> overwriteChangedFile;
    QList<std::optional<int>> lineNumbers;
    QList<bool> trustCertificate;
    QList<std::optional<QString>> passwords;
    QList<InterruptedHostingChoice> interruptedHosting;
    QList<bool> anotherPort;
    QList<bool> endHostedSessions;
    QList<RemoveChoice> removeChoices;
    QList<std::optional<QString>> newPasswords;

    QStringList askedToSave;
    QStringList suggestedSavePaths;
    QStringList nonEmptyFolders;
    QStringList passwordReasons;
    QStringList errors;
    // "SERVER FINGERPRINT PREVIOUS" per certificate question.
    QStringList certificateQuestions;
    // "DESCRIPTION | PROBLEM | open" (or "no open") per question about an interrupted room.
    QStringList interruptedRooms;
    QList<quint16> portsTaken;
    QList<int> guestsAskedAbout;
    QStringList askedToRemove;
    QStringList unanswered;

    SaveChoice askToSave(const QString &documentName) override
    {
        askedToSave.append(documentName);
        return take(saveChoices, SaveChoice::Cancel, "askToSave");
    }
    QStringList askFilesToOpen(const QString &) override
    {
        return take(filesToOpen, QStringList(), "askFilesToOpen");
    }
    QString askSavePath(const QString &suggestedPath) override
    {
        suggestedSavePaths.append(suggestedPath);
        return take(savePaths, QString(), "askSavePath");
    }
    QString askFolderForCopy(const QString &) override
    {
        return take(copyFolders, QString(), "askFolderForCopy");
    }
    bool askToCopyIntoNonEmptyFolder(const QString &folder) override
    {
        nonEmptyFolders.append(folder);
        return take(copyIntoNonEmpty, false, "askToCopyIntoNonEmptyFolder");
    }
    bool askToOverwriteChangedFile(const QString &) override
    {
        return take(overwriteChangedFile, false, "askToOverwriteChangedFile");
    }
    bool askToSaveAsUtf8(const QString &) override
    {
        return take(saveAsUtf8, false, "askToSaveAsUtf8");
    }
    bool askToTrustCertificate(const QString &server, const QString &fingerprint,
                               const QString &previousFingerprint) override
    {
        certificateQuestions.append(
            QStringList {server, fingerprint, previousFingerprint}.join(u' ').trimmed());
        return take(trustCertificate, false, "askToTrustCertificate");
    }
    std::optional<int> askLineNumber(int, int) override
    {
        return take(lineNumbers, std::optional<int>(), "askLineNumber");
    }
    std::optional<QString> askPassword(const QString &reason) override
    {
        passwordReasons.append(reason);
        return take(passwords, std::optional<QString>(), "askPassword");
    }
    InterruptedHostingChoice askAboutInterruptedHosting(const QString &description,
                                                        const QString &problem,
                                                        bool canOpen) override
    {
        interruptedRooms.append(QStringList {
            description, problem, canOpen ? QStringLiteral("open") : QStringLiteral("no open")}
                                    .join(QStringLiteral(" | ")));
        return take(interruptedHosting, InterruptedHostingChoice::Later,
                    "askAboutInterruptedHosting");
    }
    bool askToHostOnAnotherPort(quint16 port, const QString &) override
    {
        portsTaken.append(port);
        return take(anotherPort, false, "askToHostOnAnotherPort");
    }
    bool askToEndHostedSessions(int guests) override
    {
        guestsAskedAbout.append(guests);
        return take(endHostedSessions, false, "askToEndHostedSessions");
    }
    RemoveChoice askToRemoveParticipant(const QString &name) override
    {
        askedToRemove.append(name);
        return take(removeChoices, RemoveChoice::Cancel, "askToRemoveParticipant");
    }
    std::optional<QString> askNewPassword() override
    {
        return take(newPasswords, std::optional<QString>(), "askNewPassword");
    }
    void showError(const QString &title, const QString &message) override
    {
        errors.append(title + QStringLiteral(": ") + message);
    }

private:
    template<class T> T take(QList<T> &queue, T fallback, const char *question)
    {
        if (queue.isEmpty()) {
            unanswered.append(QString::fromLatin1(question));
            return fallback;
        }
        return queue.takeFirst();
    }
};

} // namespace ensemble::test
