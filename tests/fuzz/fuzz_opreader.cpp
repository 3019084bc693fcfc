// Differential fuzz target for the shortcut that reads plain `op` frames (readPlainOp): whatever
// frame it takes, the general reader takes too and reads the same message; and parseClientMessage
// (shortcut first) answers every frame as the general reader does, under the default limits and
// under tiny ones.
#include "FuzzTarget.h"

#include "protocol/MessageParser.h"
#include "protocol/OpReader.h"

using namespace ensemble;

namespace {

void check(const QByteArray &frame, const Limits &limits)
{
    const Result<ClientMessage> general = parseClientMessageInGeneral(frame, limits);
    if (const std::optional<OpMsg> op = readPlainOp(frame, limits)) {
        FUZZ_CHECK(general.ok());
        FUZZ_CHECK(general.value() == ClientMessage {*op});
    }
    const Result<ClientMessage> parsed = parseClientMessage(frame, limits);
    FUZZ_CHECK(parsed.ok() == general.ok());
    if (general.ok())
        FUZZ_CHECK(parsed.value() == general.value());
    else
        FUZZ_CHECK(parsed.error().code == general.error().code
                   && parsed.error().message == general.error().message);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray frame(reinterpret_cast<const char *>(data), qsizetype(size));
    check(frame, Limits {});
    Limits tiny;
    tiny.maxSelectionRanges = 2;
    check(frame, tiny);
    return 0;
}
