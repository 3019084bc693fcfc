#pragma once

#include <QString>

namespace ensemble {

/// Checks the relative paths of shared documents that arrive from other people over the network.
class DocumentPath
{
public:
    /// Why a path was refused; None means it is acceptable.
    enum class Error {
        None,
        Empty,
        Absolute,
        DotComponent,
        EmptyComponent,
        ControlCharacter,
        ComponentTooLong,
        PathTooLong,
        Backslash,
        TrailingSpaceOrDot,
        ReservedName,
    };

    /// The first rule @p path breaks, or Error::None when it is a safe relative path.
    static Error validate(const QString &path);
};

} // namespace ensemble
