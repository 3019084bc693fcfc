#pragma once

#include <QList>
#include <QString>

class QIODevice;

namespace ensemble::test {

/// One thing wrong with a Qt Linguist .ts file.
struct TsProblem
{
    enum Kind { Malformed, Unfinished, Obsolete, Placeholders, Accelerator };
    Kind kind;
    QString context;
    QString source;
    QString detail;

    QString toString() const;
};

/// What a .ts file says: its language and every problem that must not ship.
struct TsReport
{
    QString language;
    int messages = 0;
    QList<TsProblem> problems;
};

/// Reads a .ts file and checks every message: translated and current (neither unfinished nor
/// obsolete/vanished), with the same %1..%99 and %n placeholders as its source, and an
/// &-accelerator exactly when the source has one.
TsReport checkTsFile(QIODevice *device);

} // namespace ensemble::test
