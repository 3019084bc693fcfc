#pragma once

#include <QString>

namespace ensemble::test {

// The read-only ../shared folder beside the checkout (override with ENSEMBLE_SHARED_DIR).
// Tests that need it skip cleanly when it is missing.
QString sharedDir();

// tests/data in the source tree: small committed fixtures.
QString testDataDir();

} // namespace ensemble::test
