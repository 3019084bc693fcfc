#include "TextFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace ensemble {

TextFile::ReadResult TextFile::read(const QString &path)
{
    ReadResult result;
    const QFileInfo info(path);
    if (info.isDir()) {
        result.error = tr("%1 is a folder, not a file.").arg(path);
        return result;
    }
    if (info.size() > maximumSize) {
        result.error = tr("%1 is too large to open (%2 MB; the limit is %3 MB).")
                           .arg(path)
                           .arg(info.size() / (1024 * 1024))
                           .arg(maximumSize / (1024 * 1024));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open %1: %2").arg(path, file.errorString());
        return result;
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    result.content = decodeText(bytes);
    result.ok = true;
    return result;
}

TextFile::WriteResult TextFile::write(const QString &path, QStringView text,
                                      const TextFormat &format)
{
    WriteResult result;
    const std::optional<QByteArray> bytes = encodeText(text, format);
    if (!bytes) {
        result.status = WriteStatus::Unencodable;
        result.error
            = tr("The text contains characters that %1 cannot store.").arg(encodingLabel(format));
        return result;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return result;
    }
    if (file.write(*bytes) != bytes->size()) {
        result.error = tr("Cannot write %1: %2").arg(path, file.errorString());
        file.cancelWriting();
        return result;
    }
    if (!file.commit()) {
        result.error = tr("Cannot save %1: %2").arg(path, file.errorString());
        return result;
    }
    result.status = WriteStatus::Written;
    return result;
}

} // namespace ensemble
