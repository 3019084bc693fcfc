#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Each fuzz target defines the libFuzzer entry point; libFuzzer drives it in the fuzz build and
// CorpusReplay.cpp's main() drives it in every other build, so ctest runs the same checks.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace ensemble::fuzz {

[[noreturn]] inline void checkFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, condition);
    std::abort();
}

} // namespace ensemble::fuzz

// Aborts on a broken invariant so libFuzzer saves the input and the replay runner fails. Unlike
// Q_ASSERT it stays on in every build type.
#define FUZZ_CHECK(condition)                                                                      \
    ((condition) ? void(0) : ::ensemble::fuzz::checkFailed(#condition, __FILE__, __LINE__))
