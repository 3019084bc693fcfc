#pragma once

#include "ot/Result.h"
#include "protocol/Limits.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace ensemble {

/// The command-line options of `ensemble --serve` that set the server's Limits, one per limit,
/// each documented with its default.
class LimitOptions
{
public:
    /// Every option, with a translated description.
    static QList<QCommandLineOption> options();
    /// Applies the options set in @p parser to @p limits; "bad_arguments" names the first value
    /// that is not a whole number in its range.
    static Result<std::monostate> apply(const QCommandLineParser &parser, Limits &limits);
};

} // namespace ensemble
