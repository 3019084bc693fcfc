#pragma once

#include "ProjectScan.h"
#include "hosting/SessionHost.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

namespace ensemble {

// What hosting a folder shares: the files ProjectScan keeps, read as UTF-8 text, and everything
// left out (by the scan, or because a file is not UTF-8 and saving it back would change it).
struct SharedFolder
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::SharedFolder)

public:
    QString root; // absolute
    QList<SharedFile> files;
    QStringList leftOut; // "build (a .gitignore excludes it)", one per omission

    // Reads root; nullopt when it is not a readable directory.
    static std::optional<SharedFolder> read(const QString &root, const ProjectLimits &limits = {});
    // Reads the files scan (of root) kept, and names what it left out (what named accepts,
    // when given).
    static SharedFolder read(const QString &root, const ProjectScan &scan,
                             const std::function<bool(const ProjectScan::Omission &)> &named = {});
    // A sentence naming what was left out (the first few, and how many more); empty when
    // nothing was.
    QString leftOutMessage() const;
};

} // namespace ensemble
