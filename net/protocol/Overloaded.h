#pragma once

namespace ensemble {

/// Combines lambdas into one visitor for std::visit over the message variants.
template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// clang 14 lacks C++20's aggregate deduction (P1816), so the guide is spelled out.
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

} // namespace ensemble
