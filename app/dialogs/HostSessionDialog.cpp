#include "dialogs/HostSessionDialog.h"

#include "dialogs/FingerprintLabel.h"
#include "dialogs/IdentityFields.h"
#include "hosting/HostCertificate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ensemble {

HostSessionDialog::HostSessionDialog(const Identity &identity, const QString &certificateDirectory,
                                     QWidget *parent)
    : QDialog(parent)
    , m_certificateDirectory(certificateDirectory)
    , m_port(new QSpinBox)
    , m_anyPort(new QCheckBox(tr("&Any free port")))
    , m_address(new QComboBox)
    , m_password(new QLineEdit)
    , m_guestsCanEdit(new QCheckBox(tr("&Guests can edit")))
    , m_encrypt(new QCheckBox(tr("&Encrypt connections (TLS)")))
    , m_fingerprint(new FingerprintLabel)
    , m_newCertificate(new QPushButton(tr("New Cer&tificate")))
    , m_announce(new QCheckBox(tr("&Show on the local network")))
    , m_announceRoomId(new QCheckBox(tr("Let anyone on the local network &join without an invite")))
    , m_visibility(new QLabel)
    , m_identity(new IdentityFields(identity))
{
    setWindowTitle(tr("Host Session"));
    m_port->setRange(1, 65535);
    m_port->setValue(Invite::defaultPort);
    connect(m_anyPort, &QCheckBox::toggled, m_port, &QSpinBox::setDisabled);
    m_address->addItem(tr("All network interfaces"), QHostAddress(QHostAddress::Any).toString());
    m_address->addItem(tr("This computer only"), QStringLiteral("127.0.0.1"));
    for (const QString &address : SessionHost::lanAddresses())
        m_address->addItem(address, address);
    m_password->setEchoMode(QLineEdit::Password);
    //: Placeholder of the empty password field: the room will have no password.
    m_password->setPlaceholderText(tr("none"));
    m_guestsCanEdit->setChecked(true);
    //: "Session ▸ Guests Can Edit" is the menu path: use the translated menu and entry names.
    m_guestsCanEdit->setToolTip(tr("Otherwise guests can only follow along (Session ▸ Guests Can "
                                   "Edit changes it later)"));

    m_encrypt->setChecked(true);
    m_encrypt->setToolTip(tr("Guests connect with wss://; the invite carries the certificate's "
                             "fingerprint, so they reach this computer and no other."));
    m_newCertificate->setToolTip(tr("Make a new certificate. Invites handed out before stop "
                                    "working, and guests who trusted the old one are warned."));
    connect(m_newCertificate, &QPushButton::clicked, this,
            [this] { showFingerprint(HostCertificate(m_certificateDirectory).regenerate()); });
    connect(m_encrypt, &QCheckBox::toggled, m_fingerprint, &QLabel::setEnabled);
    connect(m_encrypt, &QCheckBox::toggled, m_newCertificate, &QPushButton::setEnabled);
    showFingerprint(HostCertificate(m_certificateDirectory).ensure());
    m_announce->setObjectName(QStringLiteral("announce"));
    m_announceRoomId->setObjectName(QStringLiteral("announceRoomId"));
    m_announce->setChecked(true);
    m_announce->setToolTip(tr("Guests on this network see the session in their Join dialog"));
    m_announceRoomId->setToolTip(
        tr("Publishes the room ID, which is all it takes to join a room "
           "without a password. Otherwise guests still need your invite."));
    m_visibility->setWordWrap(true);
    connect(m_announce, &QCheckBox::toggled, this, &HostSessionDialog::updateAnnouncement);
    connect(m_announceRoomId, &QCheckBox::toggled, this, &HostSessionDialog::updateAnnouncement);
    connect(m_password, &QLineEdit::textChanged, this, &HostSessionDialog::updateAnnouncement);
    connect(m_encrypt, &QCheckBox::toggled, this, &HostSessionDialog::updateAnnouncement);
    connect(m_address, &QComboBox::currentIndexChanged, this,
            &HostSessionDialog::updateAnnouncement);
    updateAnnouncement();
    auto *certificate = new QHBoxLayout;
    certificate->addWidget(m_fingerprint, 1);
    certificate->addWidget(m_newCertificate, 0, Qt::AlignTop);

    auto *form = new QFormLayout;
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_anyPort);
    form->addRow(tr("&Listen on:"), m_address);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(QString(), m_guestsCanEdit);
    form->addRow(QString(), m_encrypt);
    //: The SHA-256 fingerprint of the certificate connections are encrypted with follows.
    form->addRow(tr("Certificate:"), certificate);
    form->addRow(QString(), m_announce);
    form->addRow(QString(), m_announceRoomId);
    form->addRow(QString(), m_visibility);
    auto *note = new QLabel(tr("Anyone who has the invite (and the password, if you set one) and "
                               "can reach this computer can join."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    //: Button: start hosting (a verb).
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Host"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_identity);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

HostOptions HostSessionDialog::options() const
{
    HostOptions options;
    options.bindAddress = QHostAddress(m_address->currentData().toString());
    options.port = m_anyPort->isChecked() ? 0 : quint16(m_port->value());
    options.freePortIfTaken = options.port == Invite::defaultPort;
    options.password = m_password->text();
    options.guestsCanEdit = m_guestsCanEdit->isChecked();
    options.encrypted = m_encrypt->isChecked();
    options.announce = m_announce->isChecked();
    options.announceRoomId = m_announceRoomId->isChecked();
    return options;
}

void HostSessionDialog::showFingerprint(const Result<QByteArray> &fingerprint)
{
    if (fingerprint)
        m_fingerprint->setFingerprint(fingerprint.value());
    else
        m_fingerprint->setMessage(fingerprint.error().message);
}

void HostSessionDialog::updateAnnouncement()
{
    HostOptions chosen = options();
    const bool loopback = chosen.bindAddress.isLoopback();
    m_announce->setEnabled(!loopback);
    // A room with a password is announced with its ID: the password still keeps it closed.
    m_announceRoomId->setEnabled(chosen.announce && !loopback && chosen.password.isEmpty());
    m_visibility->setText(visibilityText());
}

QString HostSessionDialog::visibilityText() const
{
    const HostOptions chosen = options();
    if (chosen.bindAddress.isLoopback())
        return tr("Not shown on the network: only this computer can join.");
    if (!chosen.announce)
        return tr("Not shown on the network: guests need your invite.");
    const QString what = chosen.encrypted
        ? tr("Everyone on this network sees the document's name, your name, "
             "this computer's address, whether there is a password and the "
             "certificate's fingerprint.")
        : tr("Everyone on this network sees the document's name, your name, "
             "this computer's address and whether there is a password.");
    if (!chosen.password.isEmpty())
        return what + u' ' + tr("They also see the room ID; joining needs the password.");
    if (chosen.announceRoomId)
        return what + u' ' + tr("They also see the room ID, so anyone on it can join.");
    return what + u' ' + tr("The room ID stays hidden: joining needs your invite.");
}

Identity HostSessionDialog::identity() const
{
    return m_identity->identity();
}

} // namespace ensemble
