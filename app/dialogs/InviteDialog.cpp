#include "dialogs/InviteDialog.h"

#include "client/WebLink.h"
#include "dialogs/FingerprintLabel.h"
#include "hosting/SessionHost.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ensemble {

InviteDialog::InviteDialog(const SessionHost &host, const QString &invite, QWidget *parent)
    : QDialog(parent)
    , m_host(host)
    , m_addresses(new QComboBox)
    , m_invite(new QLineEdit(invite))
    , m_webLink(new QLineEdit)
{
    setWindowTitle(tr("Invite"));
    setMinimumWidth(560);
    m_invite->setReadOnly(true);
    m_webLink->setReadOnly(true);
    if (const Result<Invite> parsed = Invite::parse(invite))
        m_webLink->setText(webLink(parsed.value()));
    m_addresses->addItems(SessionHost::lanAddresses());
    m_addresses->addItem(QStringLiteral("127.0.0.1"));
    // The address already in the invite stays selected.
    for (int i = 0; i < m_addresses->count(); ++i) {
        if (invite.contains(QStringLiteral("//%1:").arg(m_addresses->itemText(i))))
            m_addresses->setCurrentIndex(i);
    }
    m_addresses->setEditable(true);
    connect(m_addresses, &QComboBox::currentTextChanged, this, &InviteDialog::update);

    auto *copy = new QPushButton(tr("&Copy"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_invite->text()); });
    auto *row = new QHBoxLayout;
    row->addWidget(m_invite, 1);
    row->addWidget(copy);
    auto *copyLink = new QPushButton(tr("Copy &Link"));
    connect(copyLink, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_webLink->text()); });
    auto *linkRow = new QHBoxLayout;
    linkRow->addWidget(m_webLink, 1);
    linkRow->addWidget(copyLink);
    auto *certificate = new FingerprintLabel;
    if (host.isEncrypted())
        certificate->setFingerprint(host.fingerprint());
    else
        certificate->setMessage(
            tr("None: the session is not encrypted, so others on the network can read it."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Address:"), m_addresses);
    form->addRow(tr("Invite:"), row);
    //: A link that opens the session in a web browser, for people without the app.
    form->addRow(tr("Web link:"), linkRow);
    //: The SHA-256 fingerprint of the certificate connections are encrypted with follows.
    form->addRow(tr("Certificate:"), certificate);
    //: "Session ▸ Join Session…" is the menu path: use the translated menu and entry names.
    QString hintText = tr("Send the invite to the people you want to edit with; they paste it "
                          "in Session ▸ Join Session…");
    if (host.isEncrypted()) {
        hintText += u' '
            + tr("It carries the certificate's fingerprint, so their connection reaches this "
                 "computer and no other.");
    }
    hintText += u' ' + tr("Without the app, they open the web link in a browser.");
    if (host.isEncrypted()) {
        hintText += u' '
            + tr("The browser warns about the certificate: they compare its fingerprint with "
                 "the one above before they go on.");
    }
    auto *hint = new QLabel(hintText);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

QString InviteDialog::invite() const
{
    return m_invite->text();
}

void InviteDialog::update()
{
    const QString address = m_addresses->currentText().trimmed();
    if (!address.isEmpty()) {
        const Invite invite = m_host.invite(address);
        m_invite->setText(invite.toString());
        m_webLink->setText(webLink(invite));
    }
}

} // namespace ensemble
