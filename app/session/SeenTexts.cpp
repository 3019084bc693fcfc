#include "session/SeenTexts.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace ensemble {

namespace {
// Changes when the files' form does; files of another form are not read.
constexpr quint32 format = 0x5ee70001;
} // namespace

SeenTexts::SeenTexts(const QString &directory)
    : m_directory(directory)
{
}

QString SeenTexts::pathOf(const QString &key) const
{
    // Keys hold host names and ids: a hash makes a safe file name of any.
    return m_directory + u'/'
        + QString::fromLatin1(
               QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex());
}

std::optional<QString> SeenTexts::text(const QString &key, const QString &epoch,
                                       qint64 revision) const
{
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QDataStream in(&file);
    quint32 form = 0;
    QString keyRead;
    QString epochRead;
    qint64 revisionRead = -1;
    QString text;
    in >> form >> keyRead >> epochRead >> revisionRead >> text;
    if (in.status() != QDataStream::Ok || form != format || keyRead != key || epochRead != epoch
        || revisionRead != revision)
        return std::nullopt;
    return text;
}

void SeenTexts::keep(const QString &key, const QString &epoch, qint64 revision, const QString &text)
{
    if (text.size() > maxTextUnits) {
        QFile::remove(pathOf(key));
        return;
    }
    if (!QDir().mkpath(m_directory))
        return;
    QFile::setPermissions(m_directory,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // QDataStream keeps every UTF-16 unit, lone surrogates included.
    QDataStream out(&file);
    out << format << key << epoch << revision << text;
    if (out.status() == QDataStream::Ok)
        file.commit();
}

void SeenTexts::trim()
{
    const QFileInfoList files
        = QDir(m_directory).entryInfoList(QDir::Files, QDir::Time); // newest first
    qint64 bytes = 0;
    for (const QFileInfo &file : files) {
        bytes += file.size();
        if (bytes > maxBytes)
            QFile::remove(file.absoluteFilePath());
    }
}

} // namespace ensemble
