// Differential fuzz target for the shortcuts of parseClientMessage: the one that reads plain `op`
// frames (readPlainOp) and the one for a hello creating a room with a long text
// (readCreatingHello, given the input where such a text starts, followed by 64 KiB more of it).
// Whatever frame a shortcut takes, the general reader takes too and reads the same message; and
// parseClientMessage (shortcuts first) answers every frame as the general reader does, under the
// default limits and under tiny ones.
#include "FuzzTarget.h"

#include "protocol/MessageParser.h"
#include "protocol/OpReader.h"
#include "protocol/SeedTextReader.h"

using namespace ensemble;

namespace {

void check(const QByteArray &frame, const Limits &limits)
{
    const Result<ClientMessage> general = parseClientMessageInGeneral(frame, limits);
    if (const std::optional<OpMsg> op = readPlainOp(frame, limits)) {
        FUZZ_CHECK(general.ok());
        FUZZ_CHECK(general.value() == ClientMessage {*op});
    }
    if (const std::optional<Result<ClientMessage>> hello = readCreatingHello(frame, limits)) {
        FUZZ_CHECK(general.ok() && hello->ok());
        FUZZ_CHECK(general.value() == hello->value());
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
    const QByteArray hello
        = QByteArrayLiteral("{\"type\":\"hello\",\"protocol\":1,\"name\":\"a\",\"color\":"
                            "\"#102030\",\"client\":\"c\",\"create\":{\"text\":\"")
        + frame + QByteArray(64 * 1024, 'x') + QByteArrayLiteral("\"}}");
    check(hello, Limits {});
    tiny.maxDocumentLength = 64 * 1024;
    check(hello, tiny);
    return 0;
}
