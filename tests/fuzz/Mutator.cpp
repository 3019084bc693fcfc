#include "Mutator.h"

#include "JsonMutation.h"

#include <fstream>

namespace ensemble::fuzz {

namespace {

// Bytes that change the meaning of JSON most often.
constexpr char structural[] = "[]{}\",:-+.0123456789eE\\u tfn\x7f\xff\xc3\xa9";

} // namespace

Mutator::Mutator(std::vector<std::string> corpus, std::vector<std::string> dictionary,
                 uint64_t seed)
    : m_corpus(std::move(corpus))
    , m_dictionary(std::move(dictionary))
    , m_random(seed)
{
    if (m_corpus.empty())
        m_corpus.emplace_back("[]");
    if (m_dictionary.empty())
        m_dictionary.emplace_back("0");
}

const std::string &Mutator::pick(const std::vector<std::string> &from)
{
    return from[below(from.size())];
}

std::string Mutator::next()
{
    std::string input = pick(m_corpus);
    const size_t edits = 1 + below(3);
    const bool structured = below(2) == 0;
    for (size_t i = 0; i < edits; ++i) {
        std::optional<std::string> mutated;
        if (structured)
            mutated = mutateJson(input, m_random, m_dictionary);
        if (mutated)
            input = std::move(*mutated);
        else
            mutate(input);
    }
    return input;
}

void Mutator::mutate(std::string &input)
{
    const size_t at = below(input.size() + 1);
    switch (below(7)) {
    case 0: // flip one bit
        if (at < input.size())
            input[at] = char(input[at] ^ (1 << below(8)));
        break;
    case 1: // overwrite with a structural byte
        if (at < input.size())
            input[at] = structural[below(sizeof structural - 1)];
        break;
    case 2: // insert a dictionary token
        input.insert(at, pick(m_dictionary));
        break;
    case 3: // erase a short range
        input.erase(at, 1 + below(8));
        break;
    case 4: // duplicate a range, to grow nesting and repetition
        if (at < input.size())
            input.insert(at, input.substr(at, 1 + below(32)));
        break;
    case 5: { // splice: this input's head, another entry's tail
        const std::string &other = pick(m_corpus);
        input = input.substr(0, at) + other.substr(below(other.size() + 1));
        break;
    }
    default: // a number at the edge of what JSON and qsizetype hold
        input.insert(at, std::to_string(int64_t(m_random()) >> below(64)));
        break;
    }
}

std::vector<std::string> readDictionary(const std::string &path)
{
    std::vector<std::string> tokens;
    std::ifstream file(path);
    std::string line;
    while (std::getline(file, line)) {
        const size_t open = line.find('"');
        const size_t close = line.rfind('"');
        if (line.empty() || line[0] == '#' || open == std::string::npos || close <= open)
            continue;
        std::string token;
        for (size_t i = open + 1; i < close; ++i) {
            if (line[i] != '\\' || i + 1 >= close) {
                token += line[i];
            } else if (line[i + 1] == 'x' && i + 3 < close) {
                token += char(std::stoi(line.substr(i + 2, 2), nullptr, 16));
                i += 3;
            } else {
                token += line[++i];
            }
        }
        tokens.push_back(token);
    }
    return tokens;
}

} // namespace ensemble::fuzz
