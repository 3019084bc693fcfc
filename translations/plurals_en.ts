<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>SessionError</name>
    <message numerus="yes">
        <location filename="../net/client/SessionError.cpp" line="38"/>
        <source>Too many wrong passwords from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords from your address; try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords from your address; try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::AwayBar</name>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="81"/>
        <source>%n change(s) by %1 while you were away</source>
        <translation>
            <numerusform>%n change by %1 while you were away</numerusform>
            <numerusform>%n changes by %1 while you were away</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="84"/>
        <source>%n change(s) while you were away; who made them and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n change while you were away; who made it and when is not known (compared with the text you saw last)</numerusform>
            <numerusform>%n changes while you were away; who made them and when is not known (compared with the text you saw last)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="88"/>
        <source>%n change(s) while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n change while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</numerusform>
            <numerusform>%n changes while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::FindReplaceBar</name>
    <message numerus="yes">
        <location filename="../app/window/FindReplaceBar.cpp" line="203"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>Replaced %n occurrence</numerusform>
            <numerusform>Replaced %n occurrences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::ProjectCopyController</name>
    <message numerus="yes">
        <location filename="../app/session/ProjectCopyController.cpp" line="95"/>
        <source>Saved a copy of %n file(s) in %1</source>
        <translation>
            <numerusform>Saved a copy of %n file in %1</numerusform>
            <numerusform>Saved a copy of %n files in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::Room</name>
    <message numerus="yes">
        <location filename="../net/server/Room.cpp" line="194"/>
        <source>This room already has %n participant(s).</source>
        <translation>
            <numerusform>This room already has %n participant.</numerusform>
            <numerusform>This room already has %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="56"/>
        <source>At most %n document(s) can be open at a time.</source>
        <translation>
            <numerusform>At most %n document can be open at a time.</numerusform>
            <numerusform>At most %n documents can be open at a time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="164"/>
        <source>A session holds at most %n file(s) and folder(s).</source>
        <translation>
            <numerusform>A session holds at most %n file or folder.</numerusform>
            <numerusform>A session holds at most %n files and folders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::RoomDocument</name>
    <message numerus="yes">
        <location filename="../net/server/RoomDocumentMessages.cpp" line="25"/>
        <source>The document may not grow beyond %n character(s).</source>
        <translation>
            <numerusform>The document may not grow beyond %n character.</numerusform>
            <numerusform>The document may not grow beyond %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::RoomServer</name>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="98"/>
        <source>Too many failed attempts from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed attempts from your address; try again in %n minute.</numerusform>
            <numerusform>Too many failed attempts from your address; try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="196"/>
        <source>Your address created %n room(s) within the last hour; try again later.</source>
        <translation>
            <numerusform>Your address created %n room within the last hour; try again later.</numerusform>
            <numerusform>Your address created %n rooms within the last hour; try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="229"/>
        <source>%1 failed to join %n time(s); it gets too_many_attempts for %2 s.</source>
        <extracomment>Server log: %1 a network address; too_many_attempts is a protocol error code.</extracomment>
        <translation>
            <numerusform>%1 failed to join %n time; it gets too_many_attempts for %2 s.</numerusform>
            <numerusform>%1 failed to join %n times; it gets too_many_attempts for %2 s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="232"/>
        <source>This server already holds %n room(s).</source>
        <translation>
            <numerusform>This server already holds %n room.</numerusform>
            <numerusform>This server already holds %n rooms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="236"/>
        <source>The document is longer than %n character(s).</source>
        <translation>
            <numerusform>The document is longer than %n character.</numerusform>
            <numerusform>The document is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::SessionClient</name>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected, sending %n edit(s)</source>
        <extracomment>Session state in the status bar.</extracomment>
        <translation>
            <numerusform>Connected, sending %n edit</numerusform>
            <numerusform>Connected, sending %n edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="518"/>
        <source>Reconnecting in %1 s (%n unsent edit(s))</source>
        <extracomment>Session state in the status bar: %1 is a number of seconds.</extracomment>
        <translation>
            <numerusform>Reconnecting in %1 s (%n unsent edit)</numerusform>
            <numerusform>Reconnecting in %1 s (%n unsent edits)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="521"/>
        <source>Disconnected (%n unsent edit(s))</source>
        <translation>
            <numerusform>Disconnected (%n unsent edit)</numerusform>
            <numerusform>Disconnected (%n unsent edits)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::SessionStatusController</name>
    <message numerus="yes">
        <location filename="../app/session/SessionStatusController.cpp" line="70"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
</TS>
