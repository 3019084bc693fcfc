#include "DialogPrompts.h"

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

void DialogPrompts::showError(const QString &title, const QString &message)
{
    QMessageBox::critical(m_parent, title, message);
}

} // namespace ensemble
