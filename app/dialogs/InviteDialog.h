#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace ensemble {

class SessionHost;

// Shows the invite to a hosted room, naming the machine by one of its addresses (the user picks
// the one the others can reach), with a button that copies it, and the web link a browser opens
// to join without the app.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    InviteDialog(const SessionHost &host, const QString &invite, QWidget *parent = nullptr);

    QString invite() const;

private:
    void update();

    const SessionHost &m_host;
    QComboBox *m_addresses;
    QLineEdit *m_invite;
    QLineEdit *m_webLink;
};

} // namespace ensemble
