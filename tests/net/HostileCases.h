#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace ensemble::test {

/// One frame a hostile client sends and the error code the server must answer it with.
struct HostileCase
{
    QString name;
    QByteArray frame;
    QString code;
};

/// Generated from a table of every client message type and its fields: for each field (nested
/// ones included, e.g. "hello.create.text" or "op.selection.0.anchor"), the otherwise valid
/// message with that field set to each value of a JSON type or range the field does not accept.
/// @p hello selects the hello cases (for a connection that has not joined) or all the others.
/// @p documentLength is the length of the room's text (so valid templates really are valid).
QList<HostileCase> wrongTypeCases(bool hello, qsizetype documentLength);

/// One valid message of each client type other than hello, for a room text of @p documentLength.
QList<HostileCase> validMessages(qsizetype documentLength);

} // namespace ensemble::test
