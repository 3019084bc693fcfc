#pragma once

#include <optional>
#include <random>
#include <string>
#include <vector>

namespace ensemble::fuzz {

/// input with one JSON value inside it replaced, an array element or object member added,
/// dropped or duplicated; nothing when input is not a JSON array or object. Byte-level edits
/// rarely keep JSON valid, so these reach the checks behind the parser far more often.
std::optional<std::string> mutateJson(const std::string &input, std::mt19937_64 &random,
                                      const std::vector<std::string> &dictionary);

} // namespace ensemble::fuzz
