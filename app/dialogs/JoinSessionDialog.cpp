#include "dialogs/JoinSessionDialog.h"

#include "dialogs/IdentityFields.h"
#include "dialogs/NearbySessionsList.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusConnection>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ensemble {

JoinSessionDialog::JoinSessionDialog(const Identity &identity, const QStringList &recent,
                                     QWidget *parent)
    : QDialog(parent)
    , m_inviteText(new QComboBox)
    , m_address(new QLineEdit)
    , m_room(new QLineEdit)
    , m_encrypted(new QCheckBox(tr("&Encrypted connection (the host's default)")))
    , m_password(new QLineEdit)
    , m_error(new QLabel)
    , m_identity(new IdentityFields(identity))
    , m_nearby(new NearbySessionsList(QDBusConnection::systemBus()))
    , m_nearbyHint(new QLabel)
{
    setWindowTitle(tr("Join Session"));
    setMinimumWidth(520);
    m_inviteText->setEditable(true);
    m_inviteText->addItems(recent);
    m_inviteText->setCurrentText(QString());
    //: Example invite: translate "host" (a computer) and "room-id", keep the rest.
    m_inviteText->lineEdit()->setPlaceholderText(tr("ensemble://host:7717/room-id"));
    m_inviteText->setToolTip(tr("Paste the invite the host gave you, or pick a recent session"));
    //: "host" is the computer that hosts the session (a noun), "port" its network port.
    m_address->setPlaceholderText(tr("host or host:port"));
    m_room->setPlaceholderText(tr("room ID"));
    m_address->setObjectName(QStringLiteral("address"));
    m_room->setObjectName(QStringLiteral("room"));
    m_encrypted->setObjectName(QStringLiteral("encrypted"));
    // Without the invite's fingerprint, the certificate is verified or trusted on first use.
    m_encrypted->setChecked(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if the host set one"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->hide();
    m_nearbyHint->setWordWrap(true);
    m_nearbyHint->hide();
    connect(m_nearby, &NearbySessionsList::chosen, this, &JoinSessionDialog::choose);
    connect(m_nearby, &NearbySessionsList::activated, this, [this](const NearbySession &session) {
        choose(session);
        if (session.hasRoomId() && !session.announcement.hasPassword)
            accept();
    });

    auto *form = new QFormLayout;
    form->addRow(tr("&Sessions nearby:"), m_nearby);
    form->addRow(QString(), m_nearbyHint);
    form->addRow(tr("&Invite:"), m_inviteText);
    //: Between the invite field and the address and room ID fields: one or the other.
    form->addRow(new QLabel(tr("or")));
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Room ID:"), m_room);
    form->addRow(QString(), m_encrypted);
    form->addRow(tr("Pass&word:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Join"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JoinSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_identity);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void JoinSessionDialog::choose(const NearbySession &session)
{
    const Invite invite = session.invite();
    m_nearbyServer = invite.server();
    m_nearbyFingerprint = session.announcement.fingerprint;
    m_inviteText->setCurrentText(session.hasRoomId() ? invite.toString() : QString());
    m_address->setText(invite.server());
    m_room->setText(session.announcement.roomId);
    m_encrypted->setChecked(session.announcement.encrypted);
    m_error->hide();
    if (!session.hasRoomId()) {
        m_nearbyHint->setText(tr("This host does not show the room ID on the network: paste "
                                 "their invite, or enter the room ID they give you."));
        m_room->setFocus();
    } else if (session.announcement.hasPassword) {
        m_nearbyHint->setText(tr("This room asks for a password."));
        m_password->setFocus();
    } else {
        m_nearbyHint->clear();
    }
    m_nearbyHint->setVisible(!m_nearbyHint->text().isEmpty());
}

QString JoinSessionDialog::password() const
{
    return m_password->text();
}

Identity JoinSessionDialog::identity() const
{
    return m_identity->identity();
}

void JoinSessionDialog::accept()
{
    QString text = m_inviteText->currentText().trimmed();
    if (text.isEmpty() && !m_address->text().trimmed().isEmpty())
        text = QStringLiteral("%1://%2/%3")
                   .arg(m_encrypted->isChecked() ? QStringLiteral("wss")
                                                 : QStringLiteral("ensemble"),
                        m_address->text().trimmed(), m_room->text().trimmed());
    const Result<Invite> parsed = Invite::parse(text);
    if (!parsed) {
        m_error->setText(text.isEmpty() ? tr("Paste an invite, or enter an address and room ID.")
                                        : parsed.error().message);
        m_error->show();
        return;
    }
    if (identity().name.isEmpty()) {
        m_error->setText(tr("Enter the name the others will see."));
        m_error->show();
        return;
    }
    m_invite = parsed.value();
    // A room ID typed for a session nearby: its address still comes with its certificate.
    if (m_invite.isEncrypted() && m_invite.fingerprint().isEmpty()
        && m_invite.server() == m_nearbyServer)
        m_invite.setFingerprint(m_nearbyFingerprint);
    QDialog::accept();
}

} // namespace ensemble
