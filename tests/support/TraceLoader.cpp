#include "TraceLoader.h"

#include "SharedData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <zlib.h>

namespace ensemble::test {

namespace {

std::optional<QByteArray> gunzip(const QByteArray &compressed)
{
    z_stream stream {};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) // 16: expect a gzip header
        return std::nullopt;
    QByteArray out;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(chunk.data());
        stream.avail_out = uInt(chunk.size());
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk.constData(), chunk.size() - qsizetype(stream.avail_out));
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readPatches(const QJsonArray &txns, Trace &trace, QString *error)
{
    for (const QJsonValue &txn : txns) {
        ++trace.transactionCount;
        for (const QJsonValue &patchValue :
             txn.toObject().value(QStringLiteral("patches")).toArray()) {
            const QJsonArray patch = patchValue.toArray();
            if (patch.size() != 3 || !patch.at(0).isDouble() || !patch.at(1).isDouble()
                || !patch.at(2).isString())
                return fail(error,
                            QStringLiteral("malformed patch in transaction %1")
                                .arg(trace.transactionCount));
            trace.patches.append(TracePatch {qsizetype(patch.at(0).toInteger()),
                                             qsizetype(patch.at(1).toInteger()),
                                             patch.at(2).toString()});
        }
    }
    return true;
}

} // namespace

std::optional<TextOperation> patchOperation(const TracePatch &patch, qsizetype documentLength)
{
    if (patch.position < 0 || patch.deleteCount < 0
        || patch.position + patch.deleteCount > documentLength)
        return std::nullopt;
    TextOperation op;
    op.retain(patch.position)
        .remove(patch.deleteCount)
        .insert(patch.text)
        .retain(documentLength - patch.position - patch.deleteCount);
    return op;
}

QStringList traceFiles()
{
    const QDir dir(sharedDir() + QStringLiteral("/traces"));
    QStringList files;
    for (const QString &name :
         dir.entryList({QStringLiteral("*.json.gz")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

std::optional<Trace> loadTrace(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, file.errorString());
        return std::nullopt;
    }
    const std::optional<QByteArray> json = gunzip(file.readAll());
    if (!json) {
        fail(error, QStringLiteral("%1 is not valid gzip").arg(path));
        return std::nullopt;
    }
    QJsonParseError parseError {};
    const QJsonObject root = QJsonDocument::fromJson(*json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        fail(error, parseError.errorString());
        return std::nullopt;
    }
    Trace trace;
    trace.name = QFileInfo(path).fileName().section(u'.', 0, 0);
    trace.startContent = root.value(QStringLiteral("startContent")).toString();
    trace.endContent = root.value(QStringLiteral("endContent")).toString();
    if (!readPatches(root.value(QStringLiteral("txns")).toArray(), trace, error))
        return std::nullopt;
    return trace;
}

} // namespace ensemble::test
