#include "ProjectScan.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace ensemble {

namespace {
// git's buffer_is_binary() looks at the same number of bytes.
constexpr qint64 binaryProbeBytes = 8000;

QString joined(const QString &directory, const QString &name)
{
    return directory.isEmpty() ? name : directory + u'/' + name;
}
} // namespace

ProjectScan::ProjectScan(QString root, const ProjectLimits &limits)
    : m_root(std::move(root))
    , m_limits(limits)
{
}

std::optional<ProjectScan> ProjectScan::scan(const QString &root, const ProjectLimits &limits)
{
    return scan(root, limits, {});
}

std::optional<ProjectScan> ProjectScan::scan(const QString &root, const ProjectLimits &limits,
                                             const Known &known)
{
    const QFileInfo info(root);
    if (!info.isDir() || !info.isReadable() || !info.isExecutable())
        return std::nullopt;
    ProjectScan result(info.absoluteFilePath(), limits);
    result.m_known = known;
    result.m_totalBytes = known.bytes;
    result.walk(QString(), {});
    return result;
}

int ProjectScan::count(Reason reason) const
{
    return int(std::count_if(m_leftOut.cbegin(), m_leftOut.cend(),
                             [reason](const Omission &o) { return o.reason == reason; }));
}

void ProjectScan::walk(const QString &relative, QList<GitIgnore> ignores)
{
    m_directories.append(relative);
    const QDir directory(joined(m_root, relative));
    QFile gitignore(directory.filePath(QStringLiteral(".gitignore")));
    if (gitignore.open(QIODevice::ReadOnly))
        ignores.append(GitIgnore(QString::fromUtf8(gitignore.readAll()), relative));
    const QFileInfoList entries = directory.entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString path = joined(relative, entry.fileName());
        if (m_known.paths.contains(path) && (entry.isSymLink() || !entry.isDir())) {
            // Shared already, or left out already: a rescan looks only for what is new.
            m_knownFound.append(path);
        } else if (entry.isSymLink()) {
            m_leftOut.append({path, Reason::SymbolicLink, entry.symLinkTarget()});
        } else if (entry.isDir()) {
            if (entry.fileName() == QLatin1String(".git"))
                m_leftOut.append({path, Reason::GitDirectory, {}});
            else if (const auto by = ignoredBy(ignores, path, true))
                m_leftOut.append({path, Reason::Ignored, *by});
            else if (!entry.isReadable() || !entry.isExecutable())
                m_leftOut.append({path, Reason::Unreadable, {}});
            else
                walk(path, ignores); // Not descending is what keeps a re-included child out.
        } else if (!entry.isFile()) {
            m_leftOut.append({path, Reason::NotARegularFile, {}});
        } else if (const auto by = ignoredBy(ignores, path, false)) {
            m_leftOut.append({path, Reason::Ignored, *by});
        } else {
            consider(path, entry.size());
        }
    }
}

void ProjectScan::consider(const QString &path, qint64 bytes)
{
    if (bytes > m_limits.maxFileBytes) {
        m_leftOut.append({path, Reason::TooLarge, {}});
        return;
    }
    QFile file(joined(m_root, path));
    if (!file.open(QIODevice::ReadOnly)) {
        m_leftOut.append({path, Reason::Unreadable, file.errorString()});
        return;
    }
    if (file.read(binaryProbeBytes).contains('\0')) {
        m_leftOut.append({path, Reason::Binary, {}});
        return;
    }
    if (m_files.size() + m_known.files >= m_limits.maxFiles) {
        m_leftOut.append({path, Reason::TooManyFiles, {}});
        return;
    }
    if (m_totalBytes + bytes > m_limits.maxTotalBytes) {
        m_leftOut.append({path, Reason::TotalTooLarge, {}});
        return;
    }
    m_files.append({path, bytes});
    m_totalBytes += bytes;
}

std::optional<QString> ProjectScan::ignoredBy(const QList<GitIgnore> &ignores, const QString &path,
                                              bool isDirectory)
{
    // A deeper .gitignore overrides its parents', as in git: the first verdict from the bottom.
    for (auto it = ignores.crbegin(); it != ignores.crend(); ++it) {
        const GitIgnore::Verdict verdict = it->match(path, isDirectory);
        if (verdict == GitIgnore::Verdict::Ignored)
            return joined(it->directory(), QStringLiteral(".gitignore"));
        if (verdict == GitIgnore::Verdict::Included)
            return std::nullopt;
    }
    return std::nullopt;
}

} // namespace ensemble
