#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace ensemble::fuzz {

/// A small, seeded stand-in for libFuzzer's mutation engine, for builds without libFuzzer: each
/// input is a corpus entry with a few edits, either on its JSON values or on its bytes
/// (bit flips, dictionary tokens, splices).
class Mutator
{
public:
    Mutator(std::vector<std::string> corpus, std::vector<std::string> dictionary, uint64_t seed);

    /// The next input; the sequence depends only on the corpus, the dictionary and the seed.
    std::string next();

private:
    void mutate(std::string &input);
    size_t below(size_t n)
    {
        return n == 0 ? 0 : std::uniform_int_distribution<size_t>(0, n - 1)(m_random);
    }
    const std::string &pick(const std::vector<std::string> &from);

    std::vector<std::string> m_corpus;
    std::vector<std::string> m_dictionary;
    std::mt19937_64 m_random;
};

/// Tokens of a libFuzzer dictionary file (lines `name="token"` with \\, \" and \xNN escapes);
/// empty when the file cannot be read.
std::vector<std::string> readDictionary(const std::string &path);

} // namespace ensemble::fuzz
