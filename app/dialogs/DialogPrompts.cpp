#include "dialogs/DialogPrompts.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace ensemble {

DialogPrompts::DialogPrompts(QWidget *parent)
    : m_parent(parent)
{
}

UserPrompts::SaveChoice DialogPrompts::askToSave(const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1” before closing?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Your changes will be lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

QStringList DialogPrompts::askFilesToOpen(const QString &directory)
{
    return QFileDialog::getOpenFileNames(m_parent, tr("Open Files"), directory,
                                         tr("All files (*)"));
}

QString DialogPrompts::askSavePath(const QString &suggestedPath)
{
    return QFileDialog::getSaveFileName(m_parent, tr("Save As"), suggestedPath,
                                        tr("All files (*)"));
}

QString DialogPrompts::askFolderForCopy(const QString &directory)
{
    return QFileDialog::getExistingDirectory(m_parent, tr("Save a Copy of the Project"), directory);
}

bool DialogPrompts::askToCopyIntoNonEmptyFolder(const QString &folder)
{
    QMessageBox box(
        QMessageBox::Warning, tr("Folder Not Empty"),
        tr("%1 is not empty. Save the copy into it anyway?").arg(QDir::toNativeSeparators(folder)),
        QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Files of the same names are replaced."));
    QPushButton *save = box.addButton(tr("Save &Anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == save;
}

bool DialogPrompts::askToOverwriteChangedFile(const QString &documentName)
{
    return QMessageBox::warning(
               m_parent, tr("File Changed on Disk"),
               tr("Another program changed “%1” since it was opened here. Overwrite its changes "
                  "with yours?")
                   .arg(documentName),
               QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Save;
}

bool DialogPrompts::askToSaveAsUtf8(const QString &documentName)
{
    return QMessageBox::question(
               m_parent, tr("Save as UTF-8?"),
               tr("“%1” now contains characters that ISO 8859-1 cannot store. Save it as UTF-8 "
                  "instead?")
                   .arg(documentName),
               QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save)
        == QMessageBox::Save;
}

bool DialogPrompts::askToTrustCertificate(const QString &server, const QString &fingerprint,
                                          const QString &previousFingerprint)
{
    const bool changed = !previousFingerprint.isEmpty();
    QMessageBox box(changed ? QMessageBox::Warning : QMessageBox::Question,
                    changed ? tr("Certificate Changed") : tr("Unverified Certificate"),
                    changed
                        ? tr("The certificate of %1 is not the one you trusted before.").arg(server)
                        : tr("Ensemble cannot verify the identity of %1.").arg(server),
                    QMessageBox::Cancel, m_parent);
    box.setInformativeText(
        changed ? tr("Someone may be intercepting the connection, or the host made a new "
                     "certificate. Accept the new one only if the host confirms that its "
                     "fingerprint is:<br><tt>%1</tt><br>Before, it was:<br><tt>%2</tt>")
                      .arg(fingerprint, previousFingerprint)
                : tr("Trust it only if the host confirms that its certificate's fingerprint "
                     "is:<br><tt>%1</tt><br>(the host's invite dialog shows it).")
                      .arg(fingerprint));
    QPushButton *trust
        = box.addButton(changed ? tr("&Accept the New Certificate") : tr("&Trust This Certificate"),
                        QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == trust;
}

std::optional<int> DialogPrompts::askLineNumber(int currentLine, int lineCount)
{
    bool ok = false;
    const int line
        = QInputDialog::getInt(m_parent, tr("Go to Line"), tr("Line (1 - %1):").arg(lineCount),
                               currentLine, 1, lineCount, 1, &ok);
    return ok ? std::optional<int>(line) : std::nullopt;
}

std::optional<QString> DialogPrompts::askPassword(const QString &reason)
{
    bool ok = false;
    const QString password
        = QInputDialog::getText(m_parent, tr("Room Password"), tr("%1\n\nPassword:").arg(reason),
                                QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

UserPrompts::InterruptedHostingChoice
DialogPrompts::askAboutInterruptedHosting(const QString &description, const QString &problem,
                                          bool canOpen)
{
    QMessageBox box(problem.isEmpty() ? QMessageBox::Question : QMessageBox::Warning,
                    tr("Hosting Was Interrupted"),
                    tr("Ensemble stopped while hosting a session: %1.").arg(description),
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(
        problem.isEmpty()
            ? tr("The room kept everything that reached it, your guests' edits included. Host it "
                 "again and your guests reconnect where they left off, with the edits they made "
                 "meanwhile; or open its text as a document.")
            : tr("It cannot be hosted again: %1").arg(problem));
    QPushButton *resume = problem.isEmpty()
        ? box.addButton(tr("&Resume Hosting"), QMessageBox::AcceptRole)
        : nullptr;
    QPushButton *open
        = canOpen ? box.addButton(tr("&Open as Document"), QMessageBox::ActionRole) : nullptr;
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    box.setDefaultButton(resume ? resume : later);
    box.exec();
    if (box.clickedButton() == resume)
        return InterruptedHostingChoice::Resume;
    if (box.clickedButton() == open)
        return InterruptedHostingChoice::Open;
    if (box.clickedButton() == discard
        && QMessageBox::warning(m_parent, tr("Discard the Room?"),
                                tr("Its text, with your guests' edits, will be deleted."),
                                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard)
        return InterruptedHostingChoice::Discard;
    return InterruptedHostingChoice::Later;
}

bool DialogPrompts::askToHostOnAnotherPort(quint16 port, const QString &reason)
{
    QMessageBox box(QMessageBox::Warning, tr("Port Not Available"),
                    tr("The session cannot be hosted on port %1 again.").arg(port),
                    QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("%1\n\nHost it on another port? Your guests then need the new "
                              "invite, which Ensemble shows next.")
                               .arg(reason));
    QPushButton *another = box.addButton(tr("Use &Another Port"), QMessageBox::AcceptRole);
    box.setDefaultButton(another);
    box.exec();
    return box.clickedButton() == another;
}

bool DialogPrompts::askToEndHostedSessions(int guests)
{
    QMessageBox box(QMessageBox::Warning, tr("Guests Are Connected"),
                    tr("Guests still in the session you host: %1.").arg(guests),
                    QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Ending it ends their sessions; each keeps the text as it is."));
    QPushButton *end = box.addButton(tr("&End the Session"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == end;
}

UserPrompts::RemoveChoice DialogPrompts::askToRemoveParticipant(const QString &name)
{
    QMessageBox box(QMessageBox::Question, tr("Remove from Session"),
                    tr("Remove %1 from the session?").arg(name), QMessageBox::Cancel, m_parent);
    box.setInformativeText(
        tr("Their session ends and keeps the text as it is. They can join again with the invite "
           "(and the password, if the room has one) unless you also change the password, or set "
           "one if it has none. Everyone else stays connected and needs no new password."));
    QPushButton *remove = box.addButton(tr("&Remove"), QMessageBox::AcceptRole);
    QPushButton *change
        = box.addButton(tr("Remove and &Change the Password…"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == change)
        return RemoveChoice::RemoveAndChangePassword;
    return box.clickedButton() == remove ? RemoveChoice::Remove : RemoveChoice::Cancel;
}

std::optional<QString> DialogPrompts::askNewPassword()
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        m_parent, tr("Change the Password"),
        tr("The room's new password (empty: none). Tell it to those who should be able to join; "
           "those in the session now stay without it.\n\nNew password:"),
        QLineEdit::Password, QString(), &ok);
    return ok ? std::optional<QString>(password) : std::nullopt;
}

void DialogPrompts::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(m_parent, title, message);
}

} // namespace ensemble
