#include "SharedData.h"

#include <QDir>

namespace ensemble::test {

QString sharedDir()
{
    const QString fromEnv = qEnvironmentVariable("ENSEMBLE_SHARED_DIR");
    return QDir::cleanPath(fromEnv.isEmpty() ? QStringLiteral(ENSEMBLE_SHARED_DIR) : fromEnv);
}

QString testDataDir()
{
    return QStringLiteral(ENSEMBLE_TEST_DATA_DIR);
}

} // namespace ensemble::test
