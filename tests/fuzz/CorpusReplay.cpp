// Runs a fuzz target without libFuzzer (g++ builds, the ASan stage in CI): every file of the
// committed seed corpus, then inputs mutated from it with a fixed seed, all through the target's
// LLVMFuzzerTestOneInput, so each build runs the target's checks. A failed check aborts.
//   fuzz_replay_<target> [--count N] [--seed S] [FILE_OR_DIRECTORY ...]
// Without files it replays FUZZ_CORPUS_DIR (tests/fuzz/corpus/<target>); N defaults to
// FUZZ_MUTATIONS (set per target in CMakeLists.txt).
#include "FuzzTarget.h"
#include "Mutator.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace fs = std::filesystem;

namespace {

std::string readFile(const fs::path &path)
{
    std::ifstream file(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
}

void collect(const fs::path &path, std::vector<fs::path> *files)
{
    if (!fs::is_directory(path)) {
        files->push_back(path);
        return;
    }
    for (const fs::directory_entry &entry : fs::recursive_directory_iterator(path)) {
        if (entry.is_regular_file())
            files->push_back(entry.path());
    }
}

int run(const std::string &input)
{
    return LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.data()), input.size());
}

} // namespace

int main(int argc, char **argv)
{
    long count = FUZZ_MUTATIONS;
    uint64_t seed = 20240601;
    std::vector<fs::path> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--count" && i + 1 < argc)
            count = std::stol(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc)
            seed = std::stoull(argv[++i]);
        else
            collect(arg, &files);
    }
    if (files.empty())
        collect(FUZZ_CORPUS_DIR, &files);
    std::sort(files.begin(), files.end());

    const auto start = std::chrono::steady_clock::now();
    std::vector<std::string> corpus;
    for (const fs::path &file : files) {
        corpus.push_back(readFile(file));
        run(corpus.back());
    }
    ensemble::fuzz::Mutator mutator(corpus, ensemble::fuzz::readDictionary(FUZZ_DICTIONARY), seed);
    for (long i = 0; i < count; ++i)
        run(mutator.next());
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::cout << "replayed " << corpus.size() << " corpus inputs and " << count
              << " mutated inputs (seed " << seed << ") in " << elapsed.count() << " s\n";
    return corpus.empty() ? 1 : 0;
}
