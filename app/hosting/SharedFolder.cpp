#include "hosting/SharedFolder.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace ensemble {

namespace {

QString reasonText(const ProjectScan::Omission &omission)
{
    using Reason = ProjectScan::Reason;
    switch (omission.reason) {
    case Reason::Ignored:
        return SharedFolder::tr("ignored by %1").arg(omission.detail);
    case Reason::GitDirectory:
        return SharedFolder::tr("the Git repository");
    case Reason::Binary:
        return SharedFolder::tr("binary");
    case Reason::TooLarge:
        return SharedFolder::tr("too large");
    case Reason::TooManyFiles:
        return SharedFolder::tr("too many files");
    case Reason::TotalTooLarge:
        return SharedFolder::tr("the folder is too large");
    case Reason::Unreadable:
        return SharedFolder::tr("cannot be read");
    case Reason::SymbolicLink:
        return SharedFolder::tr("a symbolic link");
    case Reason::NotARegularFile:
        return SharedFolder::tr("not a regular file");
    }
    return {};
}

} // namespace

std::optional<SharedFolder> SharedFolder::read(const QString &root, const ProjectLimits &limits)
{
    const std::optional<ProjectScan> scan = ProjectScan::scan(root, limits);
    if (!scan)
        return std::nullopt;
    return read(root, *scan);
}

SharedFolder SharedFolder::read(const QString &root, const ProjectScan &scan,
                                const std::function<bool(const ProjectScan::Omission &)> &named)
{
    SharedFolder folder;
    folder.root = QDir(root).absolutePath();
    for (const ProjectScan::Omission &omission : scan.leftOut()) {
        if (!named || named(omission))
            folder.leftOut.append(
                QStringLiteral("%1 (%2)").arg(omission.path, reasonText(omission)));
    }
    const QDir dir(folder.root);
    for (const ProjectScan::File &file : scan.files()) {
        QFile in(dir.filePath(file.path));
        if (!in.open(QIODevice::ReadOnly)) {
            folder.leftOut.append(QStringLiteral("%1 (%2)").arg(file.path, tr("cannot be read")));
            continue;
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        QString text = decoder.decode(in.readAll());
        if (decoder.hasError()) {
            folder.leftOut.append(QStringLiteral("%1 (%2)").arg(file.path, tr("not UTF-8")));
            continue;
        }
        folder.files.append({file.path, text});
    }
    return folder;
}

QString SharedFolder::leftOutMessage() const
{
    if (leftOut.isEmpty())
        return {};
    constexpr int named = 5;
    QString list = leftOut.mid(0, named).join(QStringLiteral(", "));
    if (leftOut.size() > named)
        //: %1 lists what a shared folder left out, %2 counts the rest (1 or more).
        list = tr("%1 and %2 more").arg(list).arg(leftOut.size() - named);
    return tr("Not shared: %1.").arg(list);
}

} // namespace ensemble
