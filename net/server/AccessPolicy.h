#pragma once

namespace ensemble {

/// How a server answers failed joins (wrong passwords, unknown rooms) and how hard it makes
/// password guessing; the defaults suit real use, tests shorten the times.
struct AccessPolicy
{
    /// The first failure from an address is answered after this many milliseconds; each further
    /// one within failureWindowMs waits twice as long as the one before.
    int failureDelayMs = 1000;
    /// The longest a failure waits for its answer.
    int maxFailureDelayMs = 16000;
    /// Failures from one address within failureWindowMs before it is locked out.
    int maxFailures = 10;
    /// How long a failure counts against its address.
    int failureWindowMs = 15 * 60 * 1000;
    /// How long a locked-out address gets `too_many_attempts` for every join.
    int lockoutMs = 15 * 60 * 1000;
    /// PBKDF2-SHA256 iterations for room passwords (see docs/RELIABILITY.md for what one costs).
    int passwordIterations = 100000;
};

} // namespace ensemble
