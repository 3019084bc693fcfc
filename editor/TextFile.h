#pragma once

#include "TextCodec.h"

#include <QCoreApplication>
#include <QString>

namespace ensemble {

// Reading and writing whole text files. No widgets: the document tab and tests both use it.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(ensemble::TextFile)

public:
    // Larger files are refused with a clear message instead of exhausting memory.
    static constexpr qint64 maximumSize = qint64(512) * 1024 * 1024;

    struct ReadResult
    {
        bool ok = false;
        QString error;
        DecodedText content;
    };

    enum class WriteStatus {
        Written,
        // The text holds characters the file's encoding cannot store; nothing was written.
        Unencodable,
        // Opening, writing or committing failed; the previous file is untouched.
        IoError,
    };

    struct WriteResult
    {
        WriteStatus status = WriteStatus::IoError;
        QString error;
        bool ok() const { return status == WriteStatus::Written; }
    };

    static ReadResult read(const QString &path);

    // Atomic: the bytes go to a temporary file that replaces the target only once complete.
    static WriteResult write(const QString &path, QStringView text, const TextFormat &format);
};

} // namespace ensemble
