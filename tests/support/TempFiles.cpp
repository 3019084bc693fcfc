#include "TempFiles.h"

#include <QDir>
#include <QFile>
#include <csignal>
#include <sys/resource.h>

namespace ensemble::test {

TempFolder::TempFolder() = default;

QString TempFolder::filePath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString TempFolder::write(const QString &name, const QByteArray &bytes) const
{
    const QString path = filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

QStringList TempFolder::entries() const
{
    return QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FileSizeLimit::FileSizeLimit(qint64 bytes)
{
    rlimit limit {};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0)
        return;
    m_previousSoft = limit.rlim_cur;
    m_previousHard = limit.rlim_max;
    // Without this the kernel kills the process with SIGXFSZ instead of failing the write.
    std::signal(SIGXFSZ, SIG_IGN);
    limit.rlim_cur = rlim_t(bytes);
    m_active = setrlimit(RLIMIT_FSIZE, &limit) == 0;
}

FileSizeLimit::~FileSizeLimit()
{
    if (!m_active)
        return;
    rlimit limit {};
    limit.rlim_cur = m_previousSoft;
    limit.rlim_max = m_previousHard;
    setrlimit(RLIMIT_FSIZE, &limit);
}

QByteArray generatedSource(qint64 bytes)
{
    QByteArray source;
    source.reserve(bytes + 256);
    source += "#include <vector>\n\nnamespace generated {\n\n";
    for (int n = 0; source.size() < bytes; ++n) {
        source += "// Function " + QByteArray::number(n) + ": sums a vector, \"quoted\" text.\n";
        source += "int function" + QByteArray::number(n) + "(const std::vector<int> &values)\n{\n";
        source += "    int total = " + QByteArray::number(n % 97) + ";\n";
        source += "    for (int value : values)\n        total += value * 3;\n";
        source += "    return total;\n}\n\n";
    }
    source += "} // namespace generated\n";
    return source;
}

} // namespace ensemble::test
