#include "hosting/FolderSaver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace ensemble {

FolderSaver::FolderSaver(QString root, QString recordFile)
    : m_root(std::move(root))
    , m_recordFile(std::move(recordFile))
{
}

bool FolderSaver::restore()
{
    QFile file(m_recordFile);
    if (m_recordFile.isEmpty() || !file.open(QIODevice::ReadOnly))
        return false;
    const QJsonDocument record = QJsonDocument::fromJson(file.readAll());
    if (!record.isObject())
        return false;
    m_saved.clear();
    const QJsonObject paths = record.object();
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        if (it.value().isString())
            m_saved.insert(it.key(), it.value().toString());
    }
    return true;
}

void FolderSaver::keepRecord() const
{
    if (m_recordFile.isEmpty())
        return;
    QJsonObject paths;
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
        paths.insert(it.key(), it.value());
    // Without it a resumed session leaves renamed files in place; saving goes on regardless.
    QSaveFile file(m_recordFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(paths).toJson()) < 0
        || !file.commit())
        qWarning("ensemble: cannot write %s", qPrintable(m_recordFile));
}

void FolderSaver::setSaved(const QList<SessionDocument> &tree)
{
    m_saved.clear();
    for (const SessionDocument &entry : tree) {
        if (!entry.doc.isEmpty())
            m_saved.insert(entry.doc, entry.path);
    }
    keepRecord();
}

QStringList FolderSaver::save(const FolderSnapshot &snapshot, const QSet<QString> &skip,
                              const QSet<QString> &keep)
{
    m_written = 0;
    QStringList problems;
    QHash<QString, QString> now;
    QSet<QString> paths = keep;
    for (const SessionDocument &entry : snapshot.tree) {
        paths.insert(entry.path);
        if (entry.doc.isEmpty()) {
            QDir(m_root).mkpath(entry.path);
            continue;
        }
        now.insert(entry.doc, entry.path);
        if (skip.contains(entry.doc))
            continue;
        const QString problem = write(entry.path, snapshot.texts.value(entry.doc));
        if (!problem.isEmpty())
            problems.append(problem);
    }
    // Renamed or deleted since the last save: the old file goes, unless something now lives
    // there or a tab still holds it.
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        if (now.value(it.key()) != it.value() && !paths.contains(it.value()))
            remove(it.value(), paths);
    }
    m_saved = now;
    keepRecord();
    return problems;
}

bool FolderSaver::holds(const FolderSnapshot &snapshot) const
{
    QHash<QString, QString> now;
    for (const SessionDocument &entry : snapshot.tree) {
        if (entry.doc.isEmpty())
            continue;
        now.insert(entry.doc, entry.path);
        QFile file(QDir(m_root).filePath(entry.path));
        if (!file.open(QIODevice::ReadOnly)
            || file.readAll() != snapshot.texts.value(entry.doc).toUtf8())
            return false;
    }
    return now == m_saved;
}

QString FolderSaver::write(const QString &path, const QString &text)
{
    const QString file = QDir(m_root).filePath(path);
    const QByteArray bytes = text.toUtf8();
    QFile current(file);
    if (current.open(QIODevice::ReadOnly) && current.readAll() == bytes)
        return {};
    current.close();
    QDir(m_root).mkpath(QFileInfo(path).path());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return tr("%1: %2").arg(path, out.errorString());
    ++m_written;
    return {};
}

void FolderSaver::remove(const QString &path, const QSet<QString> &keep)
{
    QFile::remove(QDir(m_root).filePath(path));
    // Folders the removal emptied go too, up to the shared folder itself.
    QString parent = QFileInfo(path).path();
    while (parent != QLatin1String(".") && !keep.contains(parent)
           && QDir(m_root).rmdir(parent)) // only succeeds on an empty folder
        parent = QFileInfo(parent).path();
}

} // namespace ensemble
