#pragma once

#include <QString>

namespace ensemble {

/// The application version, as set by the top-level CMake project.
QString applicationVersion();

/// The collaboration protocol version this build speaks.
constexpr int protocolVersion = 1;

} // namespace ensemble
