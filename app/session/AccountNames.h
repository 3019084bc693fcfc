#pragma once

#include <QString>

namespace ensemble {

// What the system knows of the user's name, for the name shown to others in a session when the
// user has not given one.
struct AccountNames
{
    QString gecos; // the passwd entry's comment field: "Full Name,room,phone,..."
    QString login; // the passwd entry's user name
    QString user; // $USER
    QString logname; // $LOGNAME

    // The running process's passwd entry and environment.
    static AccountNames current();
    // The full name, else the login, else $USER or $LOGNAME; empty when nothing is known.
    QString preferredName() const;
};

} // namespace ensemble
