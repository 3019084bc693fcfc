#include "session/AccountNames.h"

#include <pwd.h>
#include <unistd.h>

namespace ensemble {

AccountNames AccountNames::current()
{
    AccountNames names;
    // getpwuid, not $USER alone: su, containers and some session managers leave $USER unset.
    if (const passwd *entry = getpwuid(getuid())) {
        names.gecos = QString::fromLocal8Bit(entry->pw_gecos);
        names.login = QString::fromLocal8Bit(entry->pw_name);
    }
    names.user = qEnvironmentVariable("USER");
    names.logname = qEnvironmentVariable("LOGNAME");
    return names;
}

QString AccountNames::preferredName() const
{
    for (const QString &candidate : {gecos.section(u',', 0, 0), login, user, logname}) {
        const QString name = candidate.simplified();
        if (!name.isEmpty())
            return name;
    }
    return QString();
}

} // namespace ensemble
