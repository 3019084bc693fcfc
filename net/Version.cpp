#include "Version.h"

namespace ensemble {

QString applicationVersion()
{
    return QStringLiteral(ENSEMBLE_VERSION);
}

} // namespace ensemble
