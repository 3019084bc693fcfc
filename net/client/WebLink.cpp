#include "WebLink.h"

namespace ensemble {

QString webLink(const Invite &invite)
{
    if (!invite.isValid())
        return {};
    return (invite.isEncrypted() ? QStringLiteral("https://") : QStringLiteral("http://"))
        + invite.server() + u'/' + invite.roomId();
}

} // namespace ensemble
