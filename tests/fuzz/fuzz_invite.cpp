// Fuzz target for invites, the one input users paste by hand: any text either parses into a valid
// invite whose written form parses back to the same invite (and whose WebSocket URL, ws:// or
// wss://, to the same invite without its certificate fingerprint), or is refused with
// `bad_invite`.
#include "FuzzTarget.h"

#include "client/Invite.h"
#include "protocol/RoomId.h"

using namespace ensemble;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Invite> invite = Invite::parse(text);
    if (!invite) {
        FUZZ_CHECK(invite.error().code == QLatin1String("bad_invite"));
        FUZZ_CHECK(!invite.error().message.isEmpty());
        return 0;
    }
    const Invite &parsed = invite.value();
    FUZZ_CHECK(parsed.isValid() && parsed.port() > 0 && isValidRoomId(parsed.roomId()));
    const Result<Invite> again = Invite::parse(parsed.toString());
    FUZZ_CHECK(again.ok() && again.value() == parsed);
    const QUrl url = parsed.webSocketUrl();
    FUZZ_CHECK(url.isValid() && url.path() == u'/' + parsed.roomId());
    FUZZ_CHECK(url.scheme() == (parsed.isEncrypted() ? QLatin1String("wss") : QLatin1String("ws")));
    FUZZ_CHECK(parsed.fingerprint().isEmpty() || parsed.fingerprint().size() == 32);
    Invite unpinned = parsed;
    unpinned.setFingerprint({});
    const Result<Invite> bare = Invite::parse(url.toString());
    FUZZ_CHECK(bare.ok() && bare.value() == unpinned);
    return 0;
}
