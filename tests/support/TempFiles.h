#pragma once

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

namespace ensemble::test {

// A temporary folder, removed with its contents when the object goes away.
class TempFolder
{
public:
    TempFolder();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const;
    // Writes bytes to name inside the folder and returns the file's full path.
    QString write(const QString &name, const QByteArray &bytes) const;
    // Every entry in the folder, hidden files included (to spot leftover temporary files).
    QStringList entries() const;

private:
    QTemporaryDir m_dir;
};

// The whole content of a file; empty when it cannot be read.
QByteArray readBytes(const QString &path);

// While alive, files this process writes may not grow beyond `bytes` (RLIMIT_FSIZE): writes fail
// as on a full disk, even for root, who ignores permissions.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes);
    ~FileSizeLimit();
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isActive() const { return m_active; }

private:
    bool m_active = false;
    quint64 m_previousSoft = 0;
    quint64 m_previousHard = 0;
};

// Plausible C++ source of about `bytes` bytes (whole lines, LF), for large-file tests.
QByteArray generatedSource(qint64 bytes);

} // namespace ensemble::test
