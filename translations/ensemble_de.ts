<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ClientState</name>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="62"/>
        <source>The local edit does not match the document length.</source>
        <translation>Die lokale Änderung passt nicht zur Länge des Dokuments.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="92"/>
        <source>The server&apos;s operation does not match its document.</source>
        <translation>Die Operation des Servers passt nicht zu seinem Dokument.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="127"/>
        <source>An acknowledgement arrived with no operation waiting for one.</source>
        <translation>Eine Bestätigung ist eingetroffen, obwohl keine Operation darauf wartete.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="178"/>
        <source>The operations do not lead from this client&apos;s revision to the new one.</source>
        <translation>Die Operationen führen nicht von der Revision dieses Clients zur neuen.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="187"/>
        <source>The operations are not consecutive.</source>
        <translation>Die Operationen folgen nicht lückenlos aufeinander.</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="65"/>
        <source>Ensemble room server (no display).</source>
        <translation>Ensemble-Raumserver (ohne Bildschirm).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="68"/>
        <source>Run the headless room server.</source>
        <translation>Nur den Raumserver ohne Oberfläche ausführen.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="71"/>
        <source>TCP port (default 7717).</source>
        <translation>TCP-Port (Standard: 7717).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="75"/>
        <source>Address to listen on (default: all).</source>
        <translation>Adresse, auf der der Server erreichbar ist (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="79"/>
        <source>Where rooms are saved (default: %1).</source>
        <translation>Speicherort der Räume (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="84"/>
        <source>Refuse to create rooms on a client&apos;s request.</source>
        <translation>Keine Räume auf Anfrage eines Clients anlegen.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="88"/>
        <source>Read the server&apos;s password from the first line of FILE: creating a room needs it, and rooms created without a password of their own get it.</source>
        <translation>Das Passwort des Servers aus der ersten Zeile von FILE lesen: Das Anlegen eines Raums erfordert es, und Räume, die ohne eigenes Passwort angelegt werden, erhalten es.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="95"/>
        <source>Serve wss:// with this certificate (PEM; chain allowed).</source>
        <translation>wss:// mit diesem Zertifikat anbieten (PEM; Zertifikatskette zulässig).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="100"/>
        <source>The certificate&apos;s private key (PEM, no passphrase).</source>
        <translation>Der private Schlüssel des Zertifikats (PEM, ohne Passphrase).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="119"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="126"/>
        <source>Not a port: %1</source>
        <translation>Kein gültiger Port: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="130"/>
        <source>Not an IP address: %1</source>
        <translation>Keine IP-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="141"/>
        <location filename="../net/server/StoreOptions.cpp" line="80"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="145"/>
        <source>The first line of %1 holds no password.</source>
        <translation>Die erste Zeile von %1 enthält kein Passwort.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="150"/>
        <source>--cert and --key must be given together.</source>
        <translation>--cert und --key müssen zusammen angegeben werden.</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="29"/>
        <source>Most rooms on the server</source>
        <translation>Höchstzahl an Räumen auf dem Server</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="33"/>
        <source>Rooms clients from one IP address may create per hour, 0 for no limit</source>
        <translation>Räume, die Clients von einer IP-Adresse pro Stunde erstellen dürfen, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="38"/>
        <source>Disk space the rooms may take before clients may create no more, 0 for no limit</source>
        <translation>Speicherplatz, den die Räume belegen dürfen, bevor Clients keine weiteren erstellen können, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="45"/>
        <source>Days after which a room clients created and nobody joined since is deleted, 0 for never</source>
        <translation>Tage, nach denen ein von Clients erstellter Raum gelöscht wird, dem seitdem niemand beigetreten ist, 0 für nie</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="51"/>
        <source>Revisions of each document&apos;s history kept on disk at least (older ones go a checkpoint interval at a time), 0 for all</source>
        <translation>Mindestzahl der Revisionen, die vom Verlauf jedes Dokuments auf der Festplatte bleiben (ältere gehen jeweils um ein Prüfpunktintervall), 0 für alle</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="57"/>
        <source>Disk space each document&apos;s history may take (the revisions since its last checkpoint always stay), 0 for no limit</source>
        <translation>Speicherplatz, den der Verlauf jedes Dokuments belegen darf (die Revisionen seit seinem letzten Prüfpunkt bleiben immer), 0 für keine Grenze</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="63"/>
        <source>Most participants per room</source>
        <translation>Höchstzahl an Teilnehmern pro Raum</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="67"/>
        <source>Largest message; twice as much closes the connection unread</source>
        <translation>Größte Nachricht; bei doppelter Größe wird die Verbindung getrennt, ohne sie zu lesen</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="75"/>
        <source>Longest document, in UTF-16 code units</source>
        <translation>Längstes Dokument, in UTF-16-Codeeinheiten</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="79"/>
        <source>Most files and folders in one session&apos;s tree</source>
        <translation>Höchstzahl der Dateien und Ordner im Baum einer Sitzung</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="83"/>
        <source>Most documents one connection may have open</source>
        <translation>Höchstzahl der Dokumente, die eine Verbindung geöffnet haben darf</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="87"/>
        <source>Text of all documents of one session together, in UTF-16 code units</source>
        <translation>Text aller Dokumente einer Sitzung zusammen, in UTF-16-Codeeinheiten</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="93"/>
        <source>Operations kept per room for rejoining clients</source>
        <translation>Pro Raum aufbewahrte Operationen für Clients, die erneut beitreten</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="97"/>
        <source>Most units those kept operations may hold per room</source>
        <translation>Höchstzahl an Einheiten, die diese aufbewahrten Operationen pro Raum umfassen dürfen</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="101"/>
        <source>Most catch-up work per message before too_far_behind, 0 for no limit</source>
        <translation>Höchster Aufholaufwand pro Nachricht vor too_far_behind, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="106"/>
        <source>Messages per second per connection on average, 0 for no limit</source>
        <translation>Nachrichten pro Sekunde und Verbindung im Durchschnitt, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="111"/>
        <source>Messages per connection at once, on top of the rate</source>
        <translation>Nachrichten pro Verbindung auf einmal, zusätzlich zur Rate</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="115"/>
        <source>Messages that may wait for the rate before rate_limited closes</source>
        <translation>Nachrichten, die auf die Rate warten dürfen, bevor rate_limited die Verbindung trennt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="120"/>
        <source>Connections from one IP address, 0 for no limit (raise it behind a proxy)</source>
        <translation>Verbindungen von einer IP-Adresse, 0 für unbegrenzt (hinter einem Proxy erhöhen)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="125"/>
        <source>Connections that have not joined a room yet, 0 for no limit</source>
        <translation>Verbindungen, die noch keinem Raum beigetreten sind, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="130"/>
        <source>Time to complete the WebSocket handshake</source>
        <translation>Zeit für den WebSocket-Handshake</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="133"/>
        <source>Time to send hello</source>
        <translation>Zeit bis zum Senden von hello</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="137"/>
        <source>Silence (no message, no answer to pings) before idle_timeout, 0 for never</source>
        <translation>Stille (keine Nachricht, keine Antwort auf Pings) vor idle_timeout, 0 für nie</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="146"/>
        <source>Bytes waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Bytes, die auf den Versand an eine Verbindung warten dürfen, bevor slow_reader sie schließt, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="152"/>
        <source>Messages waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Nachrichten, die auf den Versand an eine Verbindung warten dürfen, bevor slow_reader sie schließt, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="158"/>
        <source>Bytes waiting to be sent to all connections together, 0 for no limit</source>
        <translation>Bytes, die insgesamt auf den Versand an alle Verbindungen warten dürfen, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="163"/>
        <source>Bytes of messages received in part, all connections together, 0 for no limit</source>
        <translation>Bytes teilweise empfangener Nachrichten, alle Verbindungen zusammen, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="170"/>
        <source>Time a message may take to arrive in full, 0 for no limit</source>
        <translation>Zeit, die eine Nachricht brauchen darf, bis sie vollständig angekommen ist, 0 für unbegrenzt</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="181"/>
        <source>%1 (default %2).</source>
        <translation>%1 (Standard: %2).</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="218"/>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="24"/>
        <source>Keep the rooms in a database shared with other servers instead of the data directory: postgresql (the connection string comes from --store-file or the ENSEMBLE_STORE environment variable).</source>
        <translation>Die Räume in einer mit anderen Servern geteilten Datenbank statt im Datenverzeichnis halten: postgresql (die Verbindungszeichenkette kommt aus --store-file oder der Umgebungsvariablen ENSEMBLE_STORE).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="31"/>
        <source>Read the database&apos;s connection string from the first line of FILE.</source>
        <translation>Die Verbindungszeichenkette der Datenbank aus der ersten Zeile von FILE lesen.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="36"/>
        <source>With --store: seconds a server keeps a room after it stops answering (default 30).</source>
        <translation>Mit --store: Sekunden, die ein Server einen Raum behält, nachdem er nicht mehr antwortet (Standard 30).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="42"/>
        <source>With --store: where clients reach this server, ws://HOST:PORT or wss://HOST:PORT; other servers send a room&apos;s clients there.</source>
        <translation>Mit --store: wo Clients diesen Server erreichen, ws://HOST:PORT oder wss://HOST:PORT; andere Server schicken die Clients eines Raums dorthin.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="48"/>
        <source>With --store: this server&apos;s name in the database (default: HOST:PORT).</source>
        <translation>Mit --store: der Name dieses Servers in der Datenbank (Standard: HOST:PORT).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="62"/>
        <source>--%1 goes with --store.</source>
        <translation>--%1 gehört zu --store.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="69"/>
        <source>--store takes postgresql, not “%1”.</source>
        <translation>--store erwartet postgresql, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="72"/>
        <source>--data-dir and --store exclude each other: with --store the rooms live in the database.</source>
        <translation>--data-dir und --store schließen einander aus: mit --store liegen die Räume in der Datenbank.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="87"/>
        <source>--store needs a connection string in --store-file or in the ENSEMBLE_STORE environment variable.</source>
        <translation>--store braucht eine Verbindungszeichenkette in --store-file oder in der Umgebungsvariablen ENSEMBLE_STORE.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="95"/>
        <source>--lease takes seconds from 0.3 to 3600, not “%1”.</source>
        <translation>--lease erwartet Sekunden von 0,3 bis 3600, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="103"/>
        <source>--store needs --public-address ws://HOST:PORT or wss://HOST:PORT, where clients reach this server.</source>
        <translation>--store braucht --public-address ws://HOST:PORT oder wss://HOST:PORT, unter der Clients diesen Server erreichen.</translation>
    </message>
</context>
<context>
    <name>Invite</name>
    <message>
        <location filename="../net/client/Invite.cpp" line="28"/>
        <source>“%1” is not an invite address.</source>
        <translation>„%1“ ist keine Einladungsadresse.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="33"/>
        <source>An invite starts with ensemble://, ws:// or wss://, not %1://.</source>
        <translation>Eine Einladung beginnt mit ensemble://, ws:// oder wss://, nicht mit %1://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="38"/>
        <source>An invite has only a host, a port, a room ID and a certificate fingerprint (?fp=…).</source>
        <translation>Eine Einladung enthält nur Rechner, Port, Raum-ID und Zertifikat-Fingerabdruck (?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="45"/>
        <source>The invite does not name a room (expected …/ROOM-ID).</source>
        <translation>Die Einladung nennt keinen Raum (erwartet: …/RAUM-ID).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="48"/>
        <source>The invite&apos;s port must be between 1 and 65535.</source>
        <translation>Der Port der Einladung muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="53"/>
        <source>A ws:// address is not encrypted, so it cannot carry a certificate fingerprint; use ensemble:// or wss://.</source>
        <translation>Eine ws://-Adresse ist nicht verschlüsselt und kann daher keinen Zertifikat-Fingerabdruck enthalten; verwenden Sie ensemble:// oder wss://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="57"/>
        <source>The invite&apos;s certificate fingerprint (fp=…) must be 64 hexadecimal digits, a SHA-256 digest.</source>
        <translation>Der Zertifikat-Fingerabdruck der Einladung (fp=…) muss aus 64 Hexadezimalziffern bestehen, einem SHA-256-Hashwert.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="33"/>
        <source>Cannot Host Session</source>
        <translation>Sitzung kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="47"/>
        <source>Cannot Join Session</source>
        <translation>Beitritt zur Sitzung nicht möglich</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <location filename="QScintillaStrings.h" line="13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="14"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="15"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="16"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="17"/>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="18"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="19"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../net/ot/Selection.cpp" line="83"/>
        <source>A selection must be a JSON array.</source>
        <translation>Eine Auswahl muss ein JSON-Array sein.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="86"/>
        <source>The selection has too many ranges.</source>
        <translation>Die Auswahl hat zu viele Bereiche.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="92"/>
        <source>A selection range must be a JSON object.</source>
        <translation>Ein Auswahlbereich muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="97"/>
        <source>A selection range needs an anchor and a head inside the document.</source>
        <translation>Ein Auswahlbereich braucht Anker und Ende innerhalb des Dokuments.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../app/hosting/SelfSignedCertificate.cpp" line="38"/>
        <source>Cannot make a certificate (%1): %2</source>
        <translation>Zertifikat kann nicht erstellt werden (%1): %2</translation>
    </message>
</context>
<context>
    <name>ServerDocument</name>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="19"/>
        <source>The revision is unknown or no longer kept.</source>
        <translation>Die Revision ist unbekannt oder wird nicht mehr vorgehalten.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="25"/>
        <source>The document would become too large.</source>
        <translation>Das Dokument würde zu groß.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="31"/>
        <source>The change is based on a revision too far behind the room; rejoin to catch up.</source>
        <translation>Die Änderung beruht auf einer Revision, die zu weit hinter dem Raum zurückliegt; treten Sie erneut bei, um aufzuholen.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="80"/>
        <source>The operation&apos;s sequence number is older than one already applied.</source>
        <translation>Die Folgenummer der Operation ist älter als die einer bereits angewendeten.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="87"/>
        <source>The sequence number was already used for a different operation.</source>
        <translation>Die Sequenznummer wurde bereits für eine andere Operation verwendet.</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <location filename="../net/client/SessionError.cpp" line="18"/>
        <source>This room does not exist on the server. Check the invite.</source>
        <translation>Diesen Raum gibt es auf dem Server nicht. Bitte prüfen Sie die Einladung.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="20"/>
        <source>The room&apos;s password is wrong.</source>
        <translation>Das Passwort des Raums ist falsch.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="23"/>
        <source>The server runs an incompatible version of Ensemble: %1</source>
        <translation>Auf dem Server läuft eine inkompatible Version von Ensemble: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="27"/>
        <source>The server has no room for you: %1</source>
        <translation>Auf dem Server ist kein Platz mehr für Sie: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="30"/>
        <source>You joined this room again from another window or computer.</source>
        <translation>Sie sind diesem Raum aus einem anderen Fenster oder von einem anderen Rechner erneut beigetreten.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="32"/>
        <source>The host closed this room.</source>
        <translation>Der Gastgeber hat diesen Raum geschlossen.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="34"/>
        <source>The host removed you from this session.</source>
        <translation>Der Gastgeber hat Sie aus dieser Sitzung entfernt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionError.cpp" line="38"/>
        <source>Too many wrong passwords from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter von Ihrer Adresse; versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter von Ihrer Adresse; versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="46"/>
        <source>The server takes no more connections from your network (%1); ask its administrator.</source>
        <extracomment>%1 is the server&apos;s own explanation, in English, e.g. &quot;this server takes at most 256 connections from one address&quot;.</extracomment>
        <translation>Der Server nimmt keine weiteren Verbindungen aus Ihrem Netzwerk an (%1); wenden Sie sich an seinen Administrator.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="52"/>
        <source>The server is too busy to let this session in; trying again.</source>
        <translation>Der Server ist zu ausgelastet, um diese Sitzung einzulassen; neuer Versuch.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="54"/>
        <source>Only the host can do that.</source>
        <translation>Nur der Gastgeber kann das tun.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="56"/>
        <source>Only the host can change this document.</source>
        <translation>Nur der Gastgeber kann dieses Dokument ändern.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="62"/>
        <source>The server closed the connection (%1); reconnecting.</source>
        <translation>Der Server hat die Verbindung getrennt (%1); sie wird neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="65"/>
        <source>The server closed the connection because this session sent messages faster than it allows; reconnecting.</source>
        <translation>Der Server hat die Verbindung getrennt, weil diese Sitzung Nachrichten schneller gesendet hat als erlaubt; sie wird neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="70"/>
        <source>The server heard nothing from this session for too long; reconnecting.</source>
        <translation>Der Server hat zu lange nichts von dieser Sitzung gehört; die Verbindung wird neu aufgebaut.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="73"/>
        <source>The session moved to another server; reconnecting.</source>
        <translation>Die Sitzung ist auf einen anderen Server umgezogen; neue Verbindung wird aufgebaut.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="77"/>
        <source>The server cannot reach its database for now; reconnecting.</source>
        <translation>Der Server erreicht seine Datenbank gerade nicht; neue Verbindung wird aufgebaut.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="80"/>
        <source>This session fell too far behind the room; rejoining to catch up.</source>
        <translation>Diese Sitzung liegt zu weit hinter dem Raum zurück; sie tritt erneut bei, um aufzuholen.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="82"/>
        <source>The server refused a change: %1</source>
        <translation>Der Server hat eine Änderung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>TextOperation</name>
    <message>
        <location filename="../net/ot/Rope.cpp" line="425"/>
        <location filename="../net/ot/TextOperation.cpp" line="83"/>
        <location filename="../net/ot/TextOperationJson.cpp" line="58"/>
        <source>The operation expects a document of %1 characters but it has %2.</source>
        <translation>Die Operation erwartet ein Dokument mit %1 Zeichen, es hat aber %2.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="62"/>
        <source>The second operation&apos;s base length must be the first operation&apos;s target length.</source>
        <translation>Die Ausgangslänge der zweiten Operation muss der Ziellänge der ersten entsprechen.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="81"/>
        <source>The operations cannot be composed.</source>
        <translation>Die Operationen lassen sich nicht zusammensetzen.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="101"/>
        <source>Both operations must have the same base length.</source>
        <translation>Beide Operationen müssen dieselbe Ausgangslänge haben.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="123"/>
        <source>The operations cannot be transformed.</source>
        <translation>Die Operationen lassen sich nicht transformieren.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="26"/>
        <source>An operation must be a JSON array.</source>
        <translation>Eine Operation muss ein JSON-Array sein.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="29"/>
        <source>The operation has too many components.</source>
        <translation>Die Operation hat zu viele Bestandteile.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="36"/>
        <source>Component %1 inserts an empty string.</source>
        <translation>Bestandteil %1 fügt eine leere Zeichenkette ein.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="41"/>
        <source>Component %1 is not an integer.</source>
        <translation>Bestandteil %1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="43"/>
        <source>Component %1 is zero.</source>
        <translation>Bestandteil %1 ist null.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="45"/>
        <source>Component %1 is too long.</source>
        <translation>Bestandteil %1 ist zu lang.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="52"/>
        <source>Component %1 is neither a number nor a string.</source>
        <translation>Bestandteil %1 ist weder Zahl noch Zeichenkette.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="55"/>
        <source>The operation spans too long a document.</source>
        <translation>Die Operation umfasst ein zu langes Dokument.</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="141"/>
        <source>Cannot read the private key file %1: %2</source>
        <translation>Die Datei mit dem privaten Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="150"/>
        <source>%1 holds no private key Ensemble can use: it needs an RSA or EC key in PEM form, not protected by a passphrase.</source>
        <translation>%1 enthält keinen privaten Schlüssel, den Ensemble verwenden kann: Erforderlich ist ein RSA- oder EC-Schlüssel im PEM-Format, der nicht durch eine Passphrase geschützt ist.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="160"/>
        <source>This system&apos;s Qt has no TLS support (%1); encrypted connections are not available.</source>
        <translation>Das Qt dieses Systems unterstützt kein TLS (%1); verschlüsselte Verbindungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="165"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="171"/>
        <source>%1 holds no certificate in PEM form.</source>
        <translation>%1 enthält kein Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="180"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>Der private Schlüssel in %1 gehört nicht zum Zertifikat in %2.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="185"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>Das Zertifikat in %1 ist erst ab %2 gültig.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="189"/>
        <source>The certificate in %1 expired on %2.</source>
        <translation>Das Zertifikat in %1 ist am %2 abgelaufen.</translation>
    </message>
</context>
<context>
    <name>ensemble::AuthorshipHighlighter</name>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="121"/>
        <source>Written by %1</source>
        <translation>Geschrieben von %1</translation>
    </message>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="129"/>
        <source>Written by %1 at %2</source>
        <extracomment>%1 is a name, %2 a time or a date and time.</extracomment>
        <translation>Geschrieben von %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ensemble::AwayBar</name>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="37"/>
        <source>Next Change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="38"/>
        <source>Previous Change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="39"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="56"/>
        <source>Changes made while you were away are not available: the server keeps no history</source>
        <translation>Änderungen während Ihrer Abwesenheit sind nicht verfügbar: Der Server bewahrt keinen Verlauf auf</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="58"/>
        <source>Changes made while you were away are not available: the server keeps history from revision %1</source>
        <translation>Änderungen während Ihrer Abwesenheit sind nicht verfügbar: Der Server bewahrt den Verlauf ab Revision %1 auf</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="81"/>
        <source>%n change(s) by %1 while you were away</source>
        <translation>
            <numerusform>%n Änderung von %1, während Sie weg waren</numerusform>
            <numerusform>%n Änderungen von %1, während Sie weg waren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="84"/>
        <source>%n change(s) while you were away; who made them and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n Änderung, während Sie weg waren; von wem und wann, ist nicht bekannt (verglichen mit dem Text, den Sie zuletzt gesehen haben)</numerusform>
            <numerusform>%n Änderungen, während Sie weg waren; von wem und wann, ist nicht bekannt (verglichen mit dem Text, den Sie zuletzt gesehen haben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="88"/>
        <source>%n change(s) while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n Änderung, während Sie weg waren, Text eingefügt von %1; wer Text gelöscht hat und wann, ist nicht bekannt (verglichen mit dem Text, den Sie zuletzt gesehen haben)</numerusform>
            <numerusform>%n Änderungen, während Sie weg waren, Text eingefügt von %1; wer Text gelöscht hat und wann, ist nicht bekannt (verglichen mit dem Text, den Sie zuletzt gesehen haben)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::CertificateCommand</name>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>Write a new self-signed certificate and key into DIR.</source>
        <translation>Ein neues selbstsigniertes Zertifikat samt Schlüssel in VERZEICHNIS schreiben.</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="35"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="47"/>
        <source>Certificate: %1
Private key: %2 (readable by you only)
SHA-256 fingerprint: %3
Serve with: ensemble --serve --cert %1 --key %2
</source>
        <translation>Zertifikat: %1
Privater Schlüssel: %2 (nur für Sie lesbar)
SHA-256-Fingerabdruck: %3
Server starten mit: ensemble --serve --cert %1 --key %2
</translation>
    </message>
</context>
<context>
    <name>ensemble::ChatPanel</name>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="36"/>
        <location filename="../app/session/ChatPanel.cpp" line="138"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="91"/>
        <source>This document is not shared.</source>
        <extracomment>Placeholder of the chat&apos;s input line when the current tab is not shared.</extracomment>
        <translation>Dieses Dokument wird nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="95"/>
        <source>Write to everyone in the session</source>
        <extracomment>Placeholder of the chat&apos;s input line.</extracomment>
        <translation>An alle in der Sitzung schreiben</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="131"/>
        <source>Not connected: the message was not sent.</source>
        <extracomment>Status bar message: a chat line could not be sent (it stays in the input line).</extracomment>
        <translation>Nicht verbunden: Die Nachricht wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="138"/>
        <source>Chat (%1)</source>
        <extracomment>Title of the chat panel with the number of unread lines.</extracomment>
        <translation>Chat (%1)</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="153"/>
        <source>No open tab holds “%1”.</source>
        <extracomment>Status bar message after a click on &quot;main.cpp:42&quot; in the chat.</extracomment>
        <translation>Kein offener Tab enthält „%1“.</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationController</name>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="35"/>
        <source>There is no document to share.</source>
        <translation>Es gibt kein Dokument zum Teilen.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="37"/>
        <source>This document is already shared.</source>
        <translation>Dieses Dokument wird bereits geteilt.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="162"/>
        <source>Not connected to the room: nobody was removed</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before removing someone.</extracomment>
        <translation>Nicht mit dem Raum verbunden: niemand wurde entfernt</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="181"/>
        <source>Not connected to the room: the password did not change</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before the password changed.</extracomment>
        <translation>Nicht mit dem Raum verbunden: das Passwort wurde nicht geändert</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="185"/>
        <source>The room no longer has a password</source>
        <extracomment>Status bar, after the host changed the room&apos;s password.</extracomment>
        <translation>Der Raum hat kein Passwort mehr</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="186"/>
        <source>The room has a new password; only those in the session can rejoin without it</source>
        <translation>Der Raum hat ein neues Passwort; nur wer in der Sitzung ist, kann ohne es wieder beitreten</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="326"/>
        <source>Show Your Version</source>
        <extracomment>Button: show the tab holding the edits the read-only room did not take.</extracomment>
        <translation>Ihre Version anzeigen</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="329"/>
        <source>The host made this document read-only before your latest edits reached the room, so they were taken back here. Your version is in “%1”.</source>
        <translation>Der Gastgeber hat dieses Dokument auf schreibgeschützt gesetzt, bevor Ihre letzten Änderungen den Raum erreicht haben; sie wurden daher hier zurückgenommen. Ihre Version steht in „%1“.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="341"/>
        <source>Cannot Join Session</source>
        <translation>Sitzung kann nicht beigetreten werden</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="348"/>
        <source>The session ended: %1 This tab keeps the latest text as an ordinary document.</source>
        <extracomment>%1 says why the session ended, e.g. &quot;The host stopped sharing this document.&quot;</extracomment>
        <translation>Die Sitzung wurde beendet: %1 Dieser Tab behält den neuesten Text als gewöhnliches Dokument.</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationSession</name>
    <message>
        <location filename="../editor/collab/CollaborationSession.cpp" line="33"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>Die Sitzung hat eine im Editor vorgenommene Änderung nicht angenommen.</translation>
    </message>
</context>
<context>
    <name>ensemble::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="15"/>
        <source>Ensemble, a code editor in which several people edit one document at once.</source>
        <translation>Ensemble, ein Code-Editor, in dem mehrere Personen gleichzeitig an einem Dokument arbeiten.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="18"/>
        <source>Also: ensemble --serve [OPTIONS] runs the room server alone, without a display (ensemble --serve --help lists its options); ensemble --generate-certificate DIR writes a certificate for it.</source>
        <translation>Außerdem: ensemble --serve [OPTIONS] startet nur den Raumserver, ohne Bildschirm (ensemble --serve --help listet seine Optionen); ensemble --generate-certificate DIR schreibt ein Zertifikat dafür.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Share FILE (or a new document, or the whole folder DIR) in a session on port 7717 (any free port when that one is taken) and print the invite on standard output.</source>
        <translation>DATEI (oder ein neues Dokument, oder den ganzen Ordner DIR) in einer Sitzung auf Port 7717 freigeben (einem freien Port, wenn dieser belegt ist) und die Einladung auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="28"/>
        <source>Join the session of INVITE (ensemble://HOST:PORT/ROOM-ID).</source>
        <translation>Der Sitzung von EINLADUNG beitreten (ensemble://RECHNER:PORT/RAUM-ID).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>INVITE</source>
        <extracomment>Value name in --help; the same word as INVITE above.</extracomment>
        <translation>EINLADUNG</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32"/>
        <source>Your name in sessions, for this run only.</source>
        <translation>Ihr Name in Sitzungen, nur für diesen Programmlauf.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>NAME</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="36"/>
        <source>With --host: the port to listen on (0: any free one).</source>
        <translation>Mit --host: der Port, auf dem gelauscht wird (0: ein beliebiger freier).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="38"/>
        <source>PORT</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="41"/>
        <source>With --host: the address to listen on, e.g. 127.0.0.1 for this machine only.</source>
        <translation>Mit --host: die Adresse, auf der gelauscht wird, z. B. 127.0.0.1 nur für diesen Rechner.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="43"/>
        <source>ADDRESS</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>Files to open; a file that does not exist yet is created on the first save. An ensemble:// invite is joined.</source>
        <translation>Zu öffnende Dateien; eine noch nicht vorhandene Datei wird beim ersten Speichern angelegt. Einer ensemble://-Einladung wird beigetreten.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="49"/>
        <source>[FILE|INVITE...]</source>
        <extracomment>Arguments in --help: the same words as FILE and INVITE above.</extracomment>
        <translation>[DATEI|EINLADUNG...]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>--port takes a number from 0 to 65535, not “%1”.</source>
        <translation>--port erwartet eine Zahl von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>--bind takes an IP address such as 127.0.0.1, not “%1”.</source>
        <translation>--bind erwartet eine IP-Adresse wie 127.0.0.1, nicht „%1“.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>--port and --bind go with --host.</source>
        <translation>--port und --bind gehören zu --host.</translation>
    </message>
</context>
<context>
    <name>ensemble::DialogPrompts</name>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="18"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="19"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="21"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="35"/>
        <source>Open Files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="36"/>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="42"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="41"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="47"/>
        <source>Save a Copy of the Project</source>
        <translation>Eine Kopie des Projekts speichern</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="53"/>
        <source>Folder Not Empty</source>
        <translation>Ordner nicht leer</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="54"/>
        <source>%1 is not empty. Save the copy into it anyway?</source>
        <translation>%1 ist nicht leer. Die Kopie trotzdem dort speichern?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="56"/>
        <source>Files of the same names are replaced.</source>
        <translation>Dateien gleichen Namens werden ersetzt.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="57"/>
        <source>Save &amp;Anyway</source>
        <translation>&amp;Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="66"/>
        <source>File Changed on Disk</source>
        <translation>Datei wurde extern geändert</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="67"/>
        <source>Another program changed “%1” since it was opened here. Overwrite its changes with yours?</source>
        <translation>Ein anderes Programm hat „%1“ geändert, seit die Datei hier geöffnet wurde. Dessen Änderungen mit Ihren überschreiben?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="77"/>
        <source>Save as UTF-8?</source>
        <translation>Als UTF-8 speichern?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="78"/>
        <source>“%1” now contains characters that ISO 8859-1 cannot store. Save it as UTF-8 instead?</source>
        <translation>„%1“ enthält jetzt Zeichen, die ISO 8859-1 nicht darstellen kann. Stattdessen als UTF-8 speichern?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Certificate Changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Unverified Certificate</source>
        <translation>Nicht überprüftes Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="92"/>
        <source>The certificate of %1 is not the one you trusted before.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem Sie zuvor vertraut haben.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="93"/>
        <source>Ensemble cannot verify the identity of %1.</source>
        <translation>Ensemble kann die Identität von %1 nicht überprüfen.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="96"/>
        <source>Someone may be intercepting the connection, or the host made a new certificate. Accept the new one only if the host confirms that its fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Before, it was:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Möglicherweise fängt jemand die Verbindung ab, oder der Gastgeber hat ein neues Zertifikat erstellt. Akzeptieren Sie das neue nur, wenn der Gastgeber bestätigt, dass sein Fingerabdruck lautet:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Vorher lautete er:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="100"/>
        <source>Trust it only if the host confirms that its certificate&apos;s fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(the host&apos;s invite dialog shows it).</source>
        <translation>Vertrauen Sie ihm nur, wenn der Gastgeber bestätigt, dass der Fingerabdruck seines Zertifikats lautet:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(Der Einladungsdialog des Gastgebers zeigt ihn an.)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Accept the New Certificate</source>
        <translation>Neues Zertifikat &amp;akzeptieren</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Line (1 - %1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>Room Password</source>
        <translation>Raumpasswort</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>%1

Password:</source>
        <translation>%1

Passwort:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="134"/>
        <source>Hosting Was Interrupted</source>
        <translation>Sitzung wurde unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="135"/>
        <source>Ensemble stopped while hosting a session: %1.</source>
        <translation>Ensemble wurde beendet, während Sie Gastgeber einer Sitzung waren: %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="139"/>
        <source>The room kept everything that reached it, your guests&apos; edits included. Host it again and your guests reconnect where they left off, with the edits they made meanwhile; or open its text as a document.</source>
        <translation>Der Raum hat alles bewahrt, was ihn erreicht hat, auch die Änderungen Ihrer Gäste. Starten Sie die Sitzung erneut, dann verbinden sich Ihre Gäste dort wieder, wo sie aufgehört haben, samt den Änderungen, die sie inzwischen vorgenommen haben; oder öffnen Sie seinen Text als Dokument.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="142"/>
        <source>It cannot be hosted again: %1</source>
        <translation>Die Sitzung kann nicht erneut gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="144"/>
        <source>&amp;Resume Hosting</source>
        <translation>Sitzung &amp;fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="147"/>
        <source>&amp;Open as Document</source>
        <translation>Als &amp;Dokument öffnen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="148"/>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="149"/>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="157"/>
        <source>Discard the Room?</source>
        <translation>Raum verwerfen?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="158"/>
        <source>Its text, with your guests&apos; edits, will be deleted.</source>
        <translation>Sein Text wird samt den Änderungen Ihrer Gäste gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="167"/>
        <source>Port Not Available</source>
        <translation>Port nicht verfügbar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="168"/>
        <source>The session cannot be hosted on port %1 again.</source>
        <translation>Die Sitzung kann nicht erneut auf Port %1 gestartet werden.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="170"/>
        <source>%1

Host it on another port? Your guests then need the new invite, which Ensemble shows next.</source>
        <translation>%1

Die Sitzung auf einem anderen Port starten? Ihre Gäste brauchen dann die neue Einladung, die Ensemble als Nächstes anzeigt.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="173"/>
        <source>Use &amp;Another Port</source>
        <translation>&amp;Anderen Port verwenden</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="181"/>
        <source>Guests Are Connected</source>
        <translation>Gäste sind verbunden</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="182"/>
        <source>Guests still in the session you host: %1.</source>
        <translation>Gäste, die noch in Ihrer Sitzung sind: %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="184"/>
        <source>Ending it ends their sessions; each keeps the text as it is.</source>
        <translation>Wenn Sie sie beenden, enden auch deren Sitzungen; jeder behält den Text, wie er ist.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="185"/>
        <source>&amp;End the Session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="193"/>
        <source>Remove from Session</source>
        <translation>Aus der Sitzung entfernen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="194"/>
        <source>Remove %1 from the session?</source>
        <translation>%1 aus der Sitzung entfernen?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="196"/>
        <source>Their session ends and keeps the text as it is. They can join again with the invite (and the password, if the room has one) unless you also change the password, or set one if it has none. Everyone else stays connected and needs no new password.</source>
        <translation>Die Sitzung dieser Person endet, der Text bleibt ihr, wie er ist. Mit der Einladung (und dem Passwort, falls der Raum eines hat) kann sie erneut beitreten, es sei denn, Sie ändern auch das Passwort oder legen eines fest, falls es keines gibt. Alle anderen bleiben verbunden und brauchen kein neues Passwort.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="199"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="201"/>
        <source>Remove and &amp;Change the Password…</source>
        <translation>Entfernen und &amp;Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="213"/>
        <source>Change the Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="214"/>
        <source>The room&apos;s new password (empty: none). Tell it to those who should be able to join; those in the session now stay without it.

New password:</source>
        <translation>Das neue Passwort des Raums (leer: keines). Teilen Sie es denen mit, die beitreten können sollen; wer jetzt in der Sitzung ist, bleibt auch ohne es.

Neues Passwort:</translation>
    </message>
</context>
<context>
    <name>ensemble::DiskChangeWatcher</name>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="15"/>
        <source>Reload</source>
        <extracomment>Button on the notice that another program changed the file: read it again from disk.</extracomment>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="67"/>
        <source>The file was deleted or moved by another program. Saving will write it again.</source>
        <translation>Die Datei wurde von einem anderen Programm gelöscht oder verschoben. Beim Speichern wird sie neu geschrieben.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="71"/>
        <source>The file was changed by another program. Reloading it discards your unsaved changes here; saving overwrites the other program&apos;s changes.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert. Neu laden verwirft Ihre ungespeicherten Änderungen hier; Speichern überschreibt die Änderungen des anderen Programms.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="73"/>
        <source>The file was changed by another program.</source>
        <translation>Die Datei wurde von einem anderen Programm geändert.</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentSync</name>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="50"/>
        <source>The server sent no text to start from.</source>
        <translation>Der Server hat keinen Ausgangstext gesendet.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="75"/>
        <source>Catching up with the room failed: %1</source>
        <translation>Abgleich mit dem Raum fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="113"/>
        <source>The server confirmed an edit this session did not expect.</source>
        <translation>Der Server hat eine Änderung bestätigt, die diese Sitzung nicht erwartet hat.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="129"/>
        <source>A remote edit did not fit this session&apos;s document.</source>
        <translation>Eine entfernte Änderung passte nicht zum Dokument dieser Sitzung.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="145"/>
        <source>Taking back refused edits failed: %1</source>
        <translation>Das Zurücknehmen abgelehnter Änderungen ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentTab</name>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="18"/>
        <source>Convert to UTF-8</source>
        <translation>In UTF-8 umwandeln</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="44"/>
        <source>Untitled %1</source>
        <translation>Unbenannt %1</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="234"/>
        <source>This file is not valid UTF-8. It is shown as ISO 8859-1 (Latin-1) and will be saved in that encoding, byte for byte as it was.</source>
        <translation>Diese Datei ist kein gültiges UTF-8. Sie wird als ISO 8859-1 (Latin-1) angezeigt und in dieser Kodierung gespeichert, Byte für Byte wie zuvor.</translation>
    </message>
</context>
<context>
    <name>ensemble::EditMenuController</name>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="43"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="55"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="62"/>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="70"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="74"/>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="77"/>
        <source>Select &amp;All</source>
        <translation>Alles aus&amp;wählen</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="80"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Ko&amp;mmentar umschalten</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="82"/>
        <source>Ctrl+/</source>
        <extracomment>Keyboard shortcut: keep the English key names (Ctrl, Alt, Shift).</extracomment>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="85"/>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf…</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="92"/>
        <source>&amp;Line Endings</source>
        <translation>&amp;Zeilenenden</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="94"/>
        <source>Unix (LF)</source>
        <translation>Unix (LF)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="95"/>
        <source>Windows (CRLF)</source>
        <translation>Windows (CRLF)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="96"/>
        <source>Classic Mac (CR)</source>
        <translation>Klassisches Mac OS (CR)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="109"/>
        <source>Convert to UTF-&amp;8</source>
        <translation>In UTF-&amp;8 umwandeln</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="115"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="117"/>
        <source>Ctrl+,</source>
        <extracomment>Keyboard shortcut: keep the English key names.</extracomment>
        <translation>Ctrl+,</translation>
    </message>
</context>
<context>
    <name>ensemble::FileMenuController</name>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="20"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="21"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="23"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="26"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="31"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="37"/>
        <source>Save A&amp;ll</source>
        <translation>&amp;Alle speichern</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="39"/>
        <source>Ctrl+Alt+S</source>
        <extracomment>Keyboard shortcut: keep the English key names.</extracomment>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="42"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="67"/>
        <source>%1 %2  (%3)</source>
        <extracomment>Recent file entry: %1 its number (with the &amp;-accelerator), %2 the file name, %3 its folder.</extracomment>
        <translation>%1 %2  (%3)</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="77"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ensemble::FindReplaceBar</name>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="23"/>
        <source>Find</source>
        <extracomment>Placeholder of the search field.</extracomment>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="25"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="28"/>
        <source>Aa</source>
        <extracomment>Label of the small &quot;match case&quot; toggle button: an upper- and a lower-case letter.</extracomment>
        <translation>Aa</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="28"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>W</source>
        <extracomment>Label of the small &quot;whole words only&quot; toggle button: one letter for &quot;word&quot;.</extracomment>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>Whole words only</source>
        <translation>Nur ganze Wörter</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="31"/>
        <source>Regular expression (ECMAScript)</source>
        <translation>Regulärer Ausdruck (ECMAScript)</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Wrap</source>
        <extracomment>Label of the small &quot;wrap around&quot; toggle button of the find bar; keep it short.</extracomment>
        <translation>Rundum</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Continue from the other end of the document</source>
        <translation>Am anderen Ende des Dokuments weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="36"/>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="37"/>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="38"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="39"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="43"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/FindReplaceBar.cpp" line="203"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt</numerusform>
            <numerusform>%n Vorkommen ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="217"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="220"/>
        <source>Wrapped around</source>
        <extracomment>Find bar status: the search went past the end and went on from the start.</extracomment>
        <translation>Am anderen Ende fortgesetzt</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDiskChanges</name>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="213"/>
        <source>%1 changed on disk, but the change could not be merged into the session: %2</source>
        <translation>%1 wurde auf der Festplatte geändert, aber die Änderung ließ sich nicht in die Sitzung übernehmen: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="215"/>
        <source>the document is out of step</source>
        <translation>das Dokument ist nicht mehr im Gleichschritt</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="249"/>
        <source>%1 was deleted on disk and left the shared folder</source>
        <translation>%1 wurde auf der Festplatte gelöscht und hat den geteilten Ordner verlassen</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="256"/>
        <source>%1 was deleted on disk while %2 worked in it. The session keeps its text; Save Shared Folder writes it again.</source>
        <extracomment>%1: a file&apos;s path; %2: who works in it (&quot;Ana, Bo&quot;).</extracomment>
        <translation>%1 wurde auf der Festplatte gelöscht, während %2 darin arbeitete. Die Sitzung behält den Text; „Geteilten Ordner speichern“ schreibt die Datei wieder.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="268"/>
        <source>%1 changed on disk and is no longer UTF-8 text. The session keeps its text; saving leaves the file alone until it is text again.</source>
        <translation>%1 wurde auf der Festplatte geändert und ist kein UTF-8-Text mehr. Die Sitzung behält den Text; Speichern lässt die Datei unberührt, bis sie wieder Text ist.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="272"/>
        <source>%1 changed on disk but cannot be read. The session keeps its text; saving leaves the file alone until it can be read.</source>
        <translation>%1 wurde auf der Festplatte geändert, lässt sich aber nicht lesen. Die Sitzung behält den Text; Speichern lässt die Datei unberührt, bis sie lesbar ist.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDocumentLink</name>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="38"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>Die Sitzung hat eine Änderung im Editor nicht angenommen.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="94"/>
        <source>The change made on disk could not be merged into the editor.</source>
        <translation>Die Änderung auf der Festplatte ließ sich nicht in den Editor übernehmen.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderMenuController</name>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="31"/>
        <source>Share &amp;Folder…</source>
        <extracomment>Session menu: share a whole folder (its text files) in one session.</extracomment>
        <translation>&amp;Ordner freigeben…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="34"/>
        <source>Sa&amp;ve Shared Folder</source>
        <extracomment>Session menu: the host writes every shared file into the shared folder.</extracomment>
        <translation>Freigegebenen Ordner spei&amp;chern</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="37"/>
        <source>Save Shared Folder &amp;Automatically</source>
        <extracomment>Session menu (checkable): the host&apos;s shared folder is saved a moment after each change.</extracomment>
        <translation>Geteilten Ordner &amp;automatisch speichern</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="42"/>
        <source>Show Folder Invi&amp;te…</source>
        <translation>Ordner-Einla&amp;dung anzeigen…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="45"/>
        <source>Save a &amp;Copy of the Project…</source>
        <extracomment>Session menu: write the shared folder&apos;s files, as the session has them, to a local folder.</extracomment>
        <translation>Eine &amp;Kopie des Projekts speichern…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="51"/>
        <source>Ask Everyone to F&amp;ollow Me</source>
        <extracomment>Session menu: everyone else in the shared folder is asked to follow you (for a walkthrough).</extracomment>
        <translation>Alle bitten, mir zu &amp;folgen</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="54"/>
        <location filename="../app/menus/FolderMenuController.cpp" line="117"/>
        <source>Leave Shared Fol&amp;der</source>
        <translation>Freigegebenen Ordne&amp;r verlassen</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="77"/>
        <source>Share Folder</source>
        <translation>Ordner freigeben</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="89"/>
        <source>Cannot Share the Folder</source>
        <translation>Der Ordner kann nicht freigegeben werden</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="116"/>
        <source>Stop Sharing the Fol&amp;der</source>
        <translation>Ordnerf&amp;reigabe beenden</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSaver</name>
    <message>
        <location filename="../app/hosting/FolderSaver.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSession</name>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="36"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="42"/>
        <source>%1 left</source>
        <translation>%1 ist gegangen</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="89"/>
        <source>Shared by %1</source>
        <translation>Freigegeben von %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="91"/>
        <source>Shared folder</source>
        <translation>Freigegebener Ordner</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="143"/>
        <source>Only the host saves the shared folder.</source>
        <translation>Nur der Gastgeber speichert den freigegebenen Ordner.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="175"/>
        <source>The host</source>
        <translation>Der Gastgeber</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="177"/>
        <source>%1 created %2</source>
        <translation>%1 hat %2 angelegt</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="179"/>
        <source>%1 renamed %2 to %3</source>
        <translation>%1 hat %2 in %3 umbenannt</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="181"/>
        <source>%1 deleted %2</source>
        <translation>%1 hat %2 gelöscht</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSessionController</name>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="43"/>
        <location filename="../app/session/FolderSessionController.cpp" line="91"/>
        <source>This window already takes part in a shared folder.</source>
        <translation>Dieses Fenster nimmt schon an einem freigegebenen Ordner teil.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="48"/>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 ist kein lesbarer Ordner.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="103"/>
        <source>Sharing %1 again: Save Shared Folder writes what the session holds into it.</source>
        <extracomment>Status bar, after a shared folder&apos;s session was resumed following a crash.</extracomment>
        <translation>%1 wird wieder freigegeben: „Freigegebenen Ordner speichern“ schreibt hinein, was die Sitzung enthält.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="121"/>
        <source>The Session Refused the Change</source>
        <translation>Die Sitzung hat die Änderung abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="261"/>
        <source>Cannot Save the Shared Folder</source>
        <translation>Der freigegebene Ordner kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>Autosave could not write: %1</source>
        <translation>Automatisches Speichern konnte nicht schreiben: %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="268"/>
        <source>Saved the shared folder</source>
        <translation>Freigegebenen Ordner gespeichert</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="291"/>
        <source>%1 changed on disk; the change is in the session</source>
        <translation>%1 wurde auf der Festplatte geändert; die Änderung ist in der Sitzung</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="332"/>
        <source>%1 was deleted from the shared folder; this tab keeps its text.</source>
        <translation>%1 wurde aus dem freigegebenen Ordner gelöscht; dieser Tab behält den Text.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="352"/>
        <source>The Shared Folder Session Ended</source>
        <translation>Die Sitzung des freigegebenen Ordners ist beendet</translation>
    </message>
</context>
<context>
    <name>ensemble::HelpMenuController</name>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="18"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="19"/>
        <source>&amp;About Ensemble</source>
        <translation>&amp;Über Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="23"/>
        <source>About Ensemble</source>
        <translation>Über Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="24"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="31"/>
        <source>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;A code editor in which several people edit one document at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;Ein Code-Editor, in dem mehrere Personen gleichzeitig an einem Dokument arbeiten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2 und QScintilla %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryClient</name>
    <message>
        <location filename="../net/client/HistoryClient.cpp" line="72"/>
        <source>The connection was lost.</source>
        <translation>Die Verbindung ist abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDialog</name>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="33"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="34"/>
        <source>Restore &amp;Selection</source>
        <translation>Au&amp;swahl wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="35"/>
        <source>Restore &amp;Document</source>
        <translation>&amp;Dokument wiederherstellen</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="37"/>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="46"/>
        <source>&amp;Text at This Revision</source>
        <translation>&amp;Text in dieser Revision</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="47"/>
        <source>&amp;Changes Since Then</source>
        <translation>Än&amp;derungen seitdem</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="48"/>
        <source>Reading the history…</source>
        <translation>Verlauf wird gelesen…</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="148"/>
        <source>Revision %1 of %2</source>
        <translation>Revision %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="158"/>
        <source>Revision %1 of %2, by %3, %4</source>
        <extracomment>Revision 12 of 40, by Ana, 5/12/26 22:01.</extracomment>
        <translation>Revision %1 von %2, von %3, %4</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDiffView</name>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="51"/>
        <source>unchanged lines: %1</source>
        <translation>unveränderte Zeilen: %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="73"/>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryService</name>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="99"/>
        <source>This room keeps no history (the server has no data directory, or cannot write it).</source>
        <translation>Dieser Raum führt keinen Verlauf (der Server hat kein Datenverzeichnis oder kann es nicht beschreiben).</translation>
    </message>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="106"/>
        <source>At most %1 history requests may wait at a time.</source>
        <translation>Höchstens %1 Verlaufsanfragen dürfen gleichzeitig warten.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryTimeline</name>
    <message>
        <location filename="../app/history/HistoryTimeline.cpp" line="56"/>
        <source>The history can be read only while connected.</source>
        <translation>Der Verlauf kann nur mit bestehender Verbindung gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostCertificate</name>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="99"/>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="103"/>
        <source>Ensemble on %1</source>
        <translation>Ensemble auf %1</translation>
    </message>
</context>
<context>
    <name>ensemble::HostRecoveryController</name>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="47"/>
        <source>Cannot Discard the Room</source>
        <translation>Raum kann nicht verworfen werden</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="48"/>
        <source>%1 could not be deleted.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="72"/>
        <source>Cannot Resume Hosting</source>
        <translation>Sitzung kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="73"/>
        <source>%1

The room is kept in %2.</source>
        <translation>%1

Der Raum bleibt in %2 erhalten.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostSessionDialog</name>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="25"/>
        <source>&amp;Any free port</source>
        <translation>&amp;Beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="28"/>
        <source>&amp;Guests can edit</source>
        <translation>&amp;Gäste dürfen bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="29"/>
        <source>&amp;Encrypt connections (TLS)</source>
        <translation>Verbindungen &amp;verschlüsseln (TLS)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="31"/>
        <source>New Cer&amp;tificate</source>
        <translation>Neues &amp;Zertifikat</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="32"/>
        <source>&amp;Show on the local network</source>
        <translation>Im lo&amp;kalen Netzwerk anzeigen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="33"/>
        <source>Let anyone on the local network &amp;join without an invite</source>
        <translation>Jeden im lokalen Netzwerk ohne Einladung &amp;beitreten lassen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="37"/>
        <source>Host Session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="41"/>
        <source>All network interfaces</source>
        <translation>Alle Netzwerkschnittstellen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="42"/>
        <source>This computer only</source>
        <translation>Nur dieser Rechner</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="47"/>
        <source>none</source>
        <extracomment>Placeholder of the empty password field: the room will have no password.</extracomment>
        <translation>keines</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="50"/>
        <source>Otherwise guests can only follow along (Session ▸ Guests Can Edit changes it later)</source>
        <extracomment>&quot;Session ▸ Guests Can Edit&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Sonst können Gäste nur zusehen (über Sitzung ▸ Gäste dürfen bearbeiten lässt sich das später ändern)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="54"/>
        <source>Guests connect with wss://; the invite carries the certificate&apos;s fingerprint, so they reach this computer and no other.</source>
        <translation>Gäste verbinden sich über wss://; die Einladung enthält den Fingerabdruck des Zertifikats, sodass sie genau diesen Rechner erreichen und keinen anderen.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="56"/>
        <source>Make a new certificate. Invites handed out before stop working, and guests who trusted the old one are warned.</source>
        <translation>Ein neues Zertifikat erstellen. Bereits verteilte Einladungen funktionieren dann nicht mehr, und Gäste, die dem alten vertraut haben, werden gewarnt.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="66"/>
        <source>Guests on this network see the session in their Join dialog</source>
        <translation>Gäste in diesem Netzwerk sehen die Sitzung in ihrem Beitreten-Dialog</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="68"/>
        <source>Publishes the room ID, which is all it takes to join a room without a password. Otherwise guests still need your invite.</source>
        <translation>Veröffentlicht die Raum-ID, die alles ist, was man zum Beitreten eines Raums ohne Passwort braucht. Andernfalls brauchen Gäste weiterhin Ihre Einladung.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="83"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="85"/>
        <source>&amp;Listen on:</source>
        <translation>E&amp;rreichbar über:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="86"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="90"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="94"/>
        <source>Anyone who has the invite (and the password, if you set one) and can reach this computer can join.</source>
        <translation>Jeder, der die Einladung (und das Passwort, falls Sie eines festlegen) hat und diesen Rechner erreichen kann, kann beitreten.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="99"/>
        <source>&amp;Host</source>
        <extracomment>Button: start hosting (a verb).</extracomment>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="145"/>
        <source>Not shown on the network: only this computer can join.</source>
        <translation>Nicht im Netzwerk angezeigt: Nur dieser Computer kann beitreten.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="147"/>
        <source>Not shown on the network: guests need your invite.</source>
        <translation>Nicht im Netzwerk angezeigt: Gäste brauchen Ihre Einladung.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="149"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address, whether there is a password and the certificate&apos;s fingerprint.</source>
        <translation>Jeder in diesem Netzwerk sieht den Namen des Dokuments, Ihren Namen, die Adresse dieses Computers, ob es ein Passwort gibt, und den Fingerabdruck des Zertifikats.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="152"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address and whether there is a password.</source>
        <translation>Jeder in diesem Netzwerk sieht den Namen des Dokuments, Ihren Namen, die Adresse dieses Computers und ob es ein Passwort gibt.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="155"/>
        <source>They also see the room ID; joining needs the password.</source>
        <translation>Sie sehen auch die Raum-ID; zum Beitreten ist das Passwort nötig.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="157"/>
        <source>They also see the room ID, so anyone on it can join.</source>
        <translation>Sie sehen auch die Raum-ID, daher kann jeder im Netzwerk beitreten.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="158"/>
        <source>The room ID stays hidden: joining needs your invite.</source>
        <translation>Die Raum-ID bleibt verborgen: Zum Beitreten ist Ihre Einladung nötig.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostedRoom</name>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="35"/>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="58"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="67"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="86"/>
        <source>%1 is damaged.</source>
        <translation>Die Datei %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>ensemble::IdentityFields</name>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="18"/>
        <source>How the others see you</source>
        <translation>So sehen die anderen Sie</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="19"/>
        <source>Your caret and selection colour in everyone&apos;s editor</source>
        <translation>Farbe Ihrer Schreibmarke und Auswahl in den Editoren aller</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="23"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="24"/>
        <source>Your &amp;colour:</source>
        <translation>Ihre &amp;Farbe:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="35"/>
        <source>Your Colour</source>
        <translation>Ihre Farbe</translation>
    </message>
</context>
<context>
    <name>ensemble::InterruptedRoom</name>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="39"/>
        <source>Revision %1 in %2 does not apply: %3</source>
        <translation>Revision %1 in %2 lässt sich nicht anwenden: %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="59"/>
        <source>The shared folder %1 is gone.</source>
        <translation>Der freigegebene Ordner %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="92"/>
        <source>%1 describes another room.</source>
        <translation>%1 beschreibt einen anderen Raum.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="103"/>
        <source>The room kept in %1</source>
        <extracomment>%1 is a directory.</extracomment>
        <translation>Der in %1 aufbewahrte Raum</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="106"/>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="115"/>
        <source>the folder “%1”, shared since %2</source>
        <extracomment>%1 a folder, %2 a time or a date and time.</extracomment>
        <translation>der Ordner „%1“, freigegeben seit %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="117"/>
        <source>the folder “%1”, shared since %2, with %3</source>
        <extracomment>%1 a folder, %2 a time or a date and time, %3 the names of the guests in the session.</extracomment>
        <translation>der Ordner „%1“, freigegeben seit %2, mit %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="122"/>
        <source>“%1”, hosted since %2</source>
        <extracomment>%1 a file name, %2 a time or a date and time.</extracomment>
        <translation>„%1“, Sitzung seit %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="124"/>
        <source>“%1”, hosted since %2, with %3</source>
        <extracomment>%1 a file name, %2 a time or a date and time, %3 the names of the guests in the room.</extracomment>
        <translation>„%1“, Sitzung seit %2, mit %3</translation>
    </message>
</context>
<context>
    <name>ensemble::InviteDialog</name>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="26"/>
        <source>Invite</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="48"/>
        <source>Copy &amp;Link</source>
        <translation>&amp;Link kopieren</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="59"/>
        <source>None: the session is not encrypted, so others on the network can read it.</source>
        <translation>Keines: Die Sitzung ist nicht verschlüsselt, andere im Netzwerk können sie also mitlesen.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="61"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="62"/>
        <source>Invite:</source>
        <translation>Einladung:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="64"/>
        <source>Web link:</source>
        <extracomment>A link that opens the session in a web browser, for people without the app.</extracomment>
        <translation>Web-Link:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="66"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="68"/>
        <source>Send the invite to the people you want to edit with; they paste it in Session ▸ Join Session…</source>
        <extracomment>&quot;Session ▸ Join Session…&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Senden Sie die Einladung an die Personen, mit denen Sie bearbeiten möchten; sie fügen sie unter Sitzung ▸ Sitzung beitreten… ein.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="72"/>
        <source>It carries the certificate&apos;s fingerprint, so their connection reaches this computer and no other.</source>
        <translation>Sie enthält den Fingerabdruck des Zertifikats, sodass die Verbindung genau diesen Rechner erreicht und keinen anderen.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="75"/>
        <source>Without the app, they open the web link in a browser.</source>
        <translation>Ohne die App öffnen sie den Web-Link in einem Browser.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="78"/>
        <source>The browser warns about the certificate: they compare its fingerprint with the one above before they go on.</source>
        <translation>Der Browser warnt vor dem Zertifikat: Sie vergleichen dessen Fingerabdruck mit dem obigen, bevor sie fortfahren.</translation>
    </message>
</context>
<context>
    <name>ensemble::JoinSessionDialog</name>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="24"/>
        <source>&amp;Encrypted connection (the host&apos;s default)</source>
        <translation>&amp;Verschlüsselte Verbindung (Standard des Gastgebers)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="31"/>
        <source>Join Session</source>
        <translation>Sitzung beitreten</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="37"/>
        <source>ensemble://host:7717/room-id</source>
        <extracomment>Example invite: translate &quot;host&quot; (a computer) and &quot;room-id&quot;, keep the rest.</extracomment>
        <translation>ensemble://rechner:7717/raum-id</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="38"/>
        <source>Paste the invite the host gave you, or pick a recent session</source>
        <translation>Fügen Sie die Einladung des Gastgebers ein oder wählen Sie eine frühere Sitzung</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="40"/>
        <source>host or host:port</source>
        <extracomment>&quot;host&quot; is the computer that hosts the session (a noun), &quot;port&quot; its network port.</extracomment>
        <translation>Rechner oder Rechner:Port</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="41"/>
        <source>room ID</source>
        <translation>Raum-ID</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="48"/>
        <source>only if the host set one</source>
        <translation>nur, falls der Gastgeber eines festgelegt hat</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="62"/>
        <source>&amp;Sessions nearby:</source>
        <translation>Sitzungen in der &amp;Nähe:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="64"/>
        <source>&amp;Invite:</source>
        <translation>&amp;Einladung:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="66"/>
        <source>or</source>
        <extracomment>Between the invite field and the address and room ID fields: one or the other.</extracomment>
        <translation>oder</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="67"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="68"/>
        <source>&amp;Room ID:</source>
        <translation>&amp;Raum-ID:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="70"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="72"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="93"/>
        <source>This host does not show the room ID on the network: paste their invite, or enter the room ID they give you.</source>
        <translation>Dieser Host zeigt die Raum-ID nicht im Netzwerk: Fügen Sie seine Einladung ein oder geben Sie die Raum-ID ein, die er Ihnen nennt.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="97"/>
        <source>This room asks for a password.</source>
        <translation>Dieser Raum verlangt ein Passwort.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="125"/>
        <source>Paste an invite, or enter an address and room ID.</source>
        <translation>Fügen Sie eine Einladung ein oder geben Sie Adresse und Raum-ID ein.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="131"/>
        <source>Enter the name the others will see.</source>
        <translation>Geben Sie den Namen ein, den die anderen sehen.</translation>
    </message>
</context>
<context>
    <name>ensemble::Language</name>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="66"/>
        <source>Plain Text</source>
        <translation>Einfacher Text</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="67"/>
        <source>AviSynth</source>
        <translation>AviSynth</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="68"/>
        <source>Bash</source>
        <translation>Bash</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="71"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="72"/>
        <source>CMake</source>
        <translation>CMake</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="73"/>
        <source>CoffeeScript</source>
        <translation>CoffeeScript</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="74"/>
        <source>C++</source>
        <translation>C++</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="77"/>
        <source>C#</source>
        <translation>C#</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="78"/>
        <source>CSS</source>
        <translation>CSS</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="79"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="80"/>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="81"/>
        <source>EDIFACT</source>
        <translation>EDIFACT</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="82"/>
        <source>Fortran</source>
        <translation>Fortran</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="83"/>
        <source>Fortran 77</source>
        <translation>Fortran 77</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="84"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="86"/>
        <source>IDL</source>
        <translation>IDL</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="87"/>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="88"/>
        <source>JavaScript</source>
        <translation>JavaScript</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="90"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="92"/>
        <source>Lua</source>
        <translation>Lua</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="93"/>
        <source>Makefile</source>
        <translation>Makefile</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="95"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="96"/>
        <source>MATLAB</source>
        <translation>MATLAB</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="97"/>
        <source>Octave</source>
        <translation>Octave</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="98"/>
        <source>Pascal</source>
        <translation>Pascal</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="99"/>
        <source>Perl</source>
        <translation>Perl</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="100"/>
        <source>PO (gettext)</source>
        <translation>PO (gettext)</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="101"/>
        <source>PostScript</source>
        <translation>PostScript</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="102"/>
        <source>POV-Ray</source>
        <translation>POV-Ray</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="103"/>
        <source>Properties / INI</source>
        <translation>Properties / INI</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="105"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="107"/>
        <source>Ruby</source>
        <translation>Ruby</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="109"/>
        <source>Rust</source>
        <translation>Rust</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="110"/>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="111"/>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="112"/>
        <source>Tcl</source>
        <translation>Tcl</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="113"/>
        <source>TeX</source>
        <translation>TeX</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="114"/>
        <source>Verilog</source>
        <translation>Verilog</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="115"/>
        <source>VHDL</source>
        <translation>VHDL</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="116"/>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="118"/>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
</context>
<context>
    <name>ensemble::LanguageMenuController</name>
    <message>
        <location filename="../app/menus/LanguageMenuController.cpp" line="17"/>
        <source>&amp;Language</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location filename="../app/menus/LanguageMenuController.cpp" line="20"/>
        <source>&amp;Detect from File Name</source>
        <translation>Aus &amp;Dateinamen erkennen</translation>
    </message>
</context>
<context>
    <name>ensemble::MainWindow</name>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="139"/>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <location filename="../app/window/MainWindow.cpp" line="153"/>
        <source>%1 — Ensemble</source>
        <extracomment>Window title: %1 is the document&apos;s name and folder.</extracomment>
        <translation>%1 — Ensemble</translation>
    </message>
</context>
<context>
    <name>ensemble::NearbySessionsList</name>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="53"/>
        <source>%1 by %2 (%3)</source>
        <extracomment>A session on the local network: the document&apos;s name, the host&apos;s name, their address.</extracomment>
        <translation>%1 von %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="56"/>
        <source>[password]</source>
        <extracomment>After a session nearby that asks for a password.</extracomment>
        <translation>[Passwort]</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="65"/>
        <source>The host keeps the room ID private: you need their invite.</source>
        <translation>Der Host hält die Raum-ID geheim: Sie brauchen seine Einladung.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="81"/>
        <source>Sessions nearby cannot be listed: there is no D-Bus system bus.</source>
        <translation>Sitzungen in der Nähe können nicht aufgelistet werden: Es gibt keinen D-Bus-Systembus.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="84"/>
        <source>Sessions nearby cannot be listed: the Avahi daemon is not running.</source>
        <translation>Sitzungen in der Nähe können nicht aufgelistet werden: Der Avahi-Dienst läuft nicht.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="88"/>
        <source>Sessions nearby cannot be listed: %1</source>
        <translation>Sitzungen in der Nähe können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="101"/>
        <source>Looking for sessions on this network…</source>
        <translation>Suche nach Sitzungen in diesem Netzwerk…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="103"/>
        <source>Pick a session to fill in its address.</source>
        <translation>Wählen Sie eine Sitzung, um ihre Adresse einzutragen.</translation>
    </message>
</context>
<context>
    <name>ensemble::NoticeBar</name>
    <message>
        <location filename="../editor/NoticeBar.cpp" line="30"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>ensemble::ParticipantsPanel</name>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="41"/>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="61"/>
        <source>This document is not shared.</source>
        <translation>Dieses Dokument wird nicht geteilt.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="69"/>
        <source>Connection lost. Who is in the session is not known until it is back.</source>
        <extracomment>Participants panel, first line while the connection to the session is lost.</extracomment>
        <translation>Verbindung verloren. Wer in der Sitzung ist, ist erst wieder bekannt, wenn sie zurück ist.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="76"/>
        <source>you</source>
        <extracomment>Participants list, after a name: this is you.</extracomment>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="80"/>
        <source>host</source>
        <extracomment>Participants list, after a name: this person hosts the session (a noun).</extracomment>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="100"/>
        <source>following</source>
        <extracomment>Participants list, after a name: your view follows this person&apos;s caret.</extracomment>
        <translation>Sie folgen</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="108"/>
        <source>in %1</source>
        <extracomment>Participants list, the line under a name: the shared folder&apos;s file they are in.</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="145"/>
        <source>Stop Following</source>
        <extracomment>Context menu of a participant: your view no longer follows their caret.</extracomment>
        <translation>Nicht mehr folgen</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="150"/>
        <source>Follow</source>
        <extracomment>Context menu of a participant: your view follows their caret as they move and type.</extracomment>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="156"/>
        <source>Remove from Session…</source>
        <extracomment>Context menu of a participant: the host sends them out of the session (asks first).</extracomment>
        <translation>Aus der Sitzung entfernen…</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="85"/>
        <source>connected</source>
        <extracomment>Participants list, after a name: this person is in the session.</extracomment>
        <translation>verbunden</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="89"/>
        <source>reconnecting</source>
        <extracomment>Participants list, after your own name: your connection is being restored.</extracomment>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="94"/>
        <source>status unknown</source>
        <extracomment>Participants list, after a name: this person was in the session when your connection was lost; whether they still are is not known.</extracomment>
        <translation>Status unbekannt</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="104"/>
        <source>%1 (%2)</source>
        <extracomment>Participants list entry: %1 a name, %2 notes such as &quot;you, host, connected&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="104"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ensemble::ProjectCopyController</name>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="52"/>
        <source>Cannot Save a Copy of the Project</source>
        <translation>Kopie des Projekts kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Saving a copy of the project…</source>
        <translation>Kopie des Projekts wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="63"/>
        <source>Save a Copy of the Project</source>
        <translation>Eine Kopie des Projekts speichern</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="90"/>
        <source>Some Files Were Not Copied</source>
        <translation>Einige Dateien wurden nicht kopiert</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="91"/>
        <source>The copy in %1 lacks these files:
%2</source>
        <translation>In der Kopie in %1 fehlen diese Dateien:
%2</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="93"/>
        <source>The copy in %1 was stopped</source>
        <translation>Die Kopie in %1 wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/ProjectCopyController.cpp" line="95"/>
        <source>Saved a copy of %n file(s) in %1</source>
        <translation>
            <numerusform>Kopie von %n Datei in %1 gespeichert</numerusform>
            <numerusform>Kopie von %n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::ProjectDownload</name>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="28"/>
        <source>Not connected to a session that shares a folder.</source>
        <translation>Nicht mit einer Sitzung verbunden, die einen Ordner teilt.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="33"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="38"/>
        <source>The folder %1 is not empty.</source>
        <translation>Der Ordner %1 ist nicht leer.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="127"/>
        <location filename="../net/client/ProjectDownload.cpp" line="132"/>
        <location filename="../net/client/ProjectDownload.cpp" line="170"/>
        <source>deleted from the session meanwhile</source>
        <translation>inzwischen aus der Sitzung gelöscht</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="174"/>
        <source>not a path this computer can hold</source>
        <translation>kein Pfad, den dieser Computer speichern kann</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="181"/>
        <source>cannot create its folder</source>
        <translation>sein Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ensemble::Room</name>
    <message>
        <location filename="../net/server/Room.cpp" line="179"/>
        <location filename="../net/server/RoomMessages.cpp" line="171"/>
        <source>The owner removed you from this room.</source>
        <translation>Der Eigentümer hat Sie aus diesem Raum entfernt.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="186"/>
        <source>The same client joined again from elsewhere.</source>
        <translation>Derselbe Client ist von anderswo erneut beigetreten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Room.cpp" line="194"/>
        <source>This room already has %n participant(s).</source>
        <translation>
            <numerusform>Dieser Raum hat bereits %n Teilnehmer.</numerusform>
            <numerusform>Dieser Raum hat bereits %n Teilnehmer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="301"/>
        <source>this session shares a folder; it needs a client of protocol 2</source>
        <translation>Diese Sitzung teilt einen Ordner; sie braucht einen Client mit Protokoll 2</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="357"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>Raum %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="64"/>
        <source>Only the owner may change this room.</source>
        <translation>Nur der Eigentümer darf diesen Raum ändern.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="381"/>
        <source>Room %1 could not save its chat: %2</source>
        <translation>Raum %1 konnte seinen Chat nicht speichern: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="97"/>
        <location filename="../net/server/RoomMessages.cpp" line="119"/>
        <source>Document %1 is not open.</source>
        <translation>Dokument %1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="98"/>
        <location filename="../net/server/RoomTree.cpp" line="43"/>
        <source>There is no document %1 in this session.</source>
        <translation>In dieser Sitzung gibt es kein Dokument %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="154"/>
        <source>Only the owner may remove participants.</source>
        <translation>Nur der Eigentümer darf Teilnehmer entfernen.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="158"/>
        <source>The owner cannot remove themselves.</source>
        <translation>Der Eigentümer kann sich nicht selbst entfernen.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="178"/>
        <source>Only the owner may change the room&apos;s settings.</source>
        <translation>Nur der Eigentümer darf die Einstellungen des Raums ändern.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="36"/>
        <source>open needs protocol 2.</source>
        <translation>open erfordert Protokoll 2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="56"/>
        <source>At most %n document(s) can be open at a time.</source>
        <translation>
            <numerusform>Es kann höchstens %n Dokument gleichzeitig geöffnet sein.</numerusform>
            <numerusform>Es können höchstens %n Dokumente gleichzeitig geöffnet sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="158"/>
        <location filename="../net/server/RoomTree.cpp" line="193"/>
        <source>“%1” is not a path a session can share.</source>
        <translation>„%1“ ist kein Pfad, den eine Sitzung teilen kann.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="161"/>
        <location filename="../net/server/RoomTree.cpp" line="203"/>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="164"/>
        <source>A session holds at most %n file(s) and folder(s).</source>
        <translation>
            <numerusform>Eine Sitzung enthält höchstens %n Datei oder Ordner.</numerusform>
            <numerusform>Eine Sitzung enthält höchstens %n Dateien und Ordner.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="170"/>
        <source>The session&apos;s documents may hold at most %1 characters together.</source>
        <translation>Die Dokumente der Sitzung dürfen zusammen höchstens %1 Zeichen enthalten.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="225"/>
        <source>There is no %1 in this session.</source>
        <translation>In dieser Sitzung gibt es kein %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="200"/>
        <source>%1 was renamed to %2.</source>
        <translation>%1 wurde in %2 umbenannt.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>Raum %1 wird wieder gespeichert.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="75"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>Raum %1 wird nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="78"/>
        <source>The server cannot save this room for now; your edits wait and are sent again.</source>
        <translation>Der Server kann diesen Raum gerade nicht speichern; deine Änderungen warten und werden erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomDocument</name>
    <message>
        <location filename="../net/server/RoomDocument.cpp" line="318"/>
        <source>Room %1 dropped a selection outside its text.</source>
        <translation>Raum %1 hat eine Auswahl außerhalb seines Textes verworfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomDocumentMessages.cpp" line="25"/>
        <source>The document may not grow beyond %n character(s).</source>
        <translation>
            <numerusform>Das Dokument darf nicht länger als %n Zeichen werden.</numerusform>
            <numerusform>Das Dokument darf nicht länger als %n Zeichen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="31"/>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="84"/>
        <source>The selection lies outside the document.</source>
        <translation>Die Auswahl liegt außerhalb des Dokuments.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="53"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>Raum %1 wird nicht gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="55"/>
        <source>The server cannot save this room; recent edits may be lost if it stops.</source>
        <translation>Der Server kann diesen Raum nicht speichern; die letzten Änderungen können verloren gehen, wenn er anhält.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>Raum %1 wird wieder gespeichert.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="119"/>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="133"/>
        <source>Room %1 does not keep its history: %2</source>
        <translation>Raum %1 speichert seinen Verlauf nicht: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="147"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>Raum %1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomServer</name>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="63"/>
        <source>The server is busy with other joining connections.</source>
        <translation>Der Server ist mit anderen beitretenden Verbindungen ausgelastet.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="78"/>
        <source>Cannot accept connections: %1; trying again in %2 ms.</source>
        <translation>Verbindungen können nicht angenommen werden: %1; neuer Versuch in %2 ms.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="118"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Port %2 auf %1 kann nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="155"/>
        <source>The server is shutting down.</source>
        <translation>Der Server wird heruntergefahren.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="173"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="180"/>
        <source>Another Ensemble server is using %1.</source>
        <translation>Ein anderer Ensemble-Server verwendet %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="191"/>
        <location filename="../net/server/RoomServerJournal.cpp" line="42"/>
        <source>Room %1 was not loaded: %2</source>
        <translation>Raum %1 wurde nicht geladen: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="203"/>
        <source>“%1” is not a file name.</source>
        <translation>„%1“ ist kein Dateiname.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="227"/>
        <source>“%1” is not a room ID.</source>
        <translation>„%1“ ist keine Raum-ID.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="229"/>
        <source>Room %1 already exists.</source>
        <translation>Raum %1 existiert bereits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="232"/>
        <source>This server already holds %n room(s).</source>
        <translation>
            <numerusform>Dieser Server verwaltet bereits %n Raum.</numerusform>
            <numerusform>Dieser Server verwaltet bereits %n Räume.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="236"/>
        <source>The document is longer than %n character(s).</source>
        <translation>
            <numerusform>Das Dokument ist länger als %n Zeichen.</numerusform>
            <numerusform>Das Dokument ist länger als %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="265"/>
        <source>The host closed this room.</source>
        <translation>Der Gastgeber hat diesen Raum geschlossen.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="285"/>
        <source>Room %1 was deleted: nobody had joined it for %2 hours.</source>
        <extracomment>Server log: %1 a room id, %2 a number of hours.</extracomment>
        <translation>Raum %1 wurde gelöscht: Niemand war ihm %2 Stunden lang beigetreten.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="80"/>
        <source>The address must end in /ROOM-ID (a lowercase UUID).</source>
        <translation>Die Adresse muss auf /RAUM-ID enden (eine UUID in Kleinbuchstaben).</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="98"/>
        <source>Too many failed attempts from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Zu viele fehlgeschlagene Versuche von Ihrer Adresse; versuchen Sie es in %n Minute erneut.</numerusform>
            <numerusform>Zu viele fehlgeschlagene Versuche von Ihrer Adresse; versuchen Sie es in %n Minuten erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="111"/>
        <source>This room needs a password.</source>
        <translation>Dieser Raum erfordert ein Passwort.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="160"/>
        <source>The password is wrong.</source>
        <translation>Das Passwort ist falsch.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="120"/>
        <location filename="../net/server/Admission.cpp" line="174"/>
        <source>There is no room with this ID here.</source>
        <translation>Hier gibt es keinen Raum mit dieser ID.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="70"/>
        <source>The server is checking too many passwords; try again later.</source>
        <translation>Der Server prüft gerade zu viele Passwörter; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="71"/>
        <source>Too many password attempts from your address at once; try again later.</source>
        <translation>Zu viele gleichzeitige Passwortversuche von Ihrer Adresse; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="142"/>
        <source>Creating rooms on this server needs its password.</source>
        <translation>Zum Anlegen von Räumen auf diesem Server ist sein Passwort erforderlich.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="196"/>
        <source>Your address created %n room(s) within the last hour; try again later.</source>
        <translation>
            <numerusform>Ihre Adresse hat in der letzten Stunde %n Raum erstellt; versuchen Sie es später erneut.</numerusform>
            <numerusform>Ihre Adresse hat in der letzten Stunde %n Räume erstellt; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="206"/>
        <source>The server&apos;s storage for rooms is full.</source>
        <translation>Der Speicherplatz des Servers für Räume ist voll.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="229"/>
        <source>%1 failed to join %n time(s); it gets too_many_attempts for %2 s.</source>
        <extracomment>Server log: %1 a network address; too_many_attempts is a protocol error code.</extracomment>
        <translation>
            <numerusform>%1 ist %n-mal am Beitreten gescheitert; die Adresse erhält %2 s lang too_many_attempts.</numerusform>
            <numerusform>%1 ist %n-mal am Beitreten gescheitert; die Adresse erhält %2 s lang too_many_attempts.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerDocuments.cpp" line="14"/>
        <location filename="../net/server/RoomServerDocuments.cpp" line="24"/>
        <source>There is no room %1.</source>
        <translation>Es gibt keinen Raum %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="62"/>
        <source>This session is served by %1.</source>
        <extracomment>%1 a server&apos;s address, ws://HOST:PORT.</extracomment>
        <translation>Diese Sitzung wird von %1 bedient.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="76"/>
        <source>Room %1 went to another server (its lease ran out or was taken).</source>
        <translation>Raum %1 ist auf einen anderen Server übergegangen (seine Lease ist abgelaufen oder wurde übernommen).</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="80"/>
        <source>This server no longer serves the session.</source>
        <translation>Dieser Server bedient die Sitzung nicht mehr.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="91"/>
        <source>The server cannot reach its database; trying again.</source>
        <translation>Der Server erreicht seine Datenbank nicht; neuer Versuch folgt.</translation>
    </message>
</context>
<context>
    <name>ensemble::SearchMenuController</name>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="21"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="22"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="24"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="26"/>
        <source>Ctrl+H</source>
        <extracomment>Keyboard shortcut: keep the English key names.</extracomment>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="28"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="30"/>
        <source>Find &amp;Previous</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="34"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="36"/>
        <source>Ctrl+L</source>
        <extracomment>Keyboard shortcut: keep the English key names.</extracomment>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionClient</name>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="239"/>
        <source>The certificate of %1 is not the one the invite names. Someone may be intercepting the connection, or the host made a new certificate: ask the host for a current invite.</source>
        <translation>Das Zertifikat von %1 ist nicht das in der Einladung genannte. Möglicherweise fängt jemand die Verbindung ab, oder der Gastgeber hat ein neues Zertifikat erstellt: Bitten Sie den Gastgeber um eine aktuelle Einladung.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="250"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection, or the host made a new certificate.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem Sie zuvor vertraut haben. Möglicherweise fängt jemand die Verbindung ab, oder der Gastgeber hat ein neues Zertifikat erstellt.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="264"/>
        <source>The identity of %1 cannot be verified: %2</source>
        <translation>Die Identität von %1 kann nicht überprüft werden: %2</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="284"/>
        <source>%1 did not set up an encrypted connection (%2); it may not offer encryption. Ask the host for a current invite.</source>
        <translation>%1 hat keine verschlüsselte Verbindung aufgebaut (%2); möglicherweise wird keine Verschlüsselung angeboten. Bitten Sie den Gastgeber um eine aktuelle Einladung.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="296"/>
        <source>%1 closed the connection without answering; it may accept only encrypted connections. If so, ask the host for an invite with the certificate&apos;s fingerprint (…?fp=…).</source>
        <translation>%1 hat die Verbindung ohne Antwort getrennt; möglicherweise werden nur verschlüsselte Verbindungen angenommen. Bitten Sie den Gastgeber in diesem Fall um eine Einladung mit dem Fingerabdruck des Zertifikats (…?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="314"/>
        <source>The connection to the server was lost.</source>
        <translation>Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="325"/>
        <source>Nothing answers at %1:%2.</source>
        <translation>Unter %1:%2 antwortet niemand.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="330"/>
        <source>The host %1 was not found.</source>
        <translation>Der Rechner %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="337"/>
        <source>No answer from %1:%2. Check the address, that the host is sharing a session, and that no firewall is in the way.</source>
        <translation>Keine Antwort von %1:%2. Prüfen Sie die Adresse, ob der Gastgeber eine Sitzung teilt und ob keine Firewall im Weg ist.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="510"/>
        <source>Offline</source>
        <extracomment>Session state in the status bar: not connected to a session.</extracomment>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="512"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected, sending %n edit(s)</source>
        <extracomment>Session state in the status bar.</extracomment>
        <translation>
            <numerusform>Verbunden, %n Änderung wird gesendet</numerusform>
            <numerusform>Verbunden, %n Änderungen werden gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="518"/>
        <source>Reconnecting in %1 s (%n unsent edit(s))</source>
        <extracomment>Session state in the status bar: %1 is a number of seconds.</extracomment>
        <translation>
            <numerusform>Neuer Verbindungsversuch in %1 s (%n ungesendete Änderung)</numerusform>
            <numerusform>Neuer Verbindungsversuch in %1 s (%n ungesendete Änderungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="521"/>
        <source>Disconnected (%n unsent edit(s))</source>
        <translation>
            <numerusform>Getrennt (%n ungesendete Änderung)</numerusform>
            <numerusform>Getrennt (%n ungesendete Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="18"/>
        <source>The server sent a message this version does not understand: %1</source>
        <translation>Der Server hat eine Nachricht gesendet, die diese Version nicht versteht: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="25"/>
        <source>The server did not start with a welcome.</source>
        <translation>Der Server hat nicht mit einer Begrüßung begonnen.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="69"/>
        <source>The server welcomed this session twice.</source>
        <translation>Der Server hat diese Sitzung zweimal begrüßt.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="142"/>
        <source>This room needs a password.</source>
        <translation>Dieser Raum erfordert ein Passwort.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="163"/>
        <source>The session fell behind the room; catching up.</source>
        <translation>Die Sitzung ist hinter dem Raum zurück; sie wird abgeglichen.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="171"/>
        <source>This session was out of step with the room; catching up.</source>
        <translation>Diese Sitzung war nicht mehr mit dem Raum abgestimmt; sie wird abgeglichen.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="178"/>
        <source>The server refused your recent edits (%1); the document is reloaded from the server.</source>
        <translation>Der Server hat Ihre letzten Änderungen abgelehnt (%1); das Dokument wird neu vom Server geladen.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="218"/>
        <source>Someone</source>
        <extracomment>Name shown for a participant the server has not introduced.</extracomment>
        <translation>Jemand</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientFolder.cpp" line="137"/>
        <source>The server did not send the session&apos;s tree.</source>
        <translation>Der Server hat den Baum der Sitzung nicht gesendet.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionHost</name>
    <message>
        <location filename="../app/hosting/SessionHost.cpp" line="119"/>
        <source>The room&apos;s files cannot be read. %1</source>
        <translation>Die Dateien des Raums können nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SessionHostFolder.cpp" line="14"/>
        <source>The folder has no file to share.</source>
        <translation>Der Ordner enthält keine Datei zum Freigeben.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionMenuController</name>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="31"/>
        <source>Sessio&amp;n</source>
        <translation>S&amp;itzung</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="33"/>
        <source>&amp;Host Session…</source>
        <extracomment>&quot;Host&quot; is a verb: share the current document in a new session.</extracomment>
        <translation>Sitzung &amp;starten…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="35"/>
        <source>&amp;Join Session…</source>
        <translation>Sitzung &amp;beitreten…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="37"/>
        <source>Show &amp;Invite…</source>
        <translation>&amp;Einladung anzeigen…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="39"/>
        <source>&amp;Guests Can Edit</source>
        <translation>&amp;Gäste dürfen bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="48"/>
        <source>Change &amp;Password…</source>
        <extracomment>Session menu: the host gives the room a new password (asks for it).</extracomment>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="53"/>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Leave Session</source>
        <translation>Sitzung &amp;verlassen</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="103"/>
        <source>Cannot Host Session</source>
        <translation>Sitzung kann nicht gestartet werden</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Stop Hosting</source>
        <translation>Sitzung bee&amp;nden</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionPanel</name>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="56"/>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="69"/>
        <source>Click someone to follow them from file to file.</source>
        <translation>Klicken Sie auf jemanden, um ihm von Datei zu Datei zu folgen.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="128"/>
        <source>No shared folder. Session ▸ Share Folder… shares one.</source>
        <translation>Kein freigegebener Ordner. Sitzung ▸ Ordner freigeben… gibt einen frei.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="133"/>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="214"/>
        <source>%1 (deleted on disk)</source>
        <extracomment>A file of the Session panel whose file the host&apos;s folder no longer has.</extracomment>
        <translation>%1 (auf der Festplatte gelöscht)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="224"/>
        <source>Deleted on the host&apos;s disk; the session keeps it until the host saves or deletes it.</source>
        <translation>Auf der Festplatte des Gastgebers gelöscht; die Sitzung behält die Datei, bis der Gastgeber sie speichert oder löscht.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="227"/>
        <source>Deleted on the host&apos;s disk; kept while %1 edits it.</source>
        <extracomment>%1: who works in the file (&quot;Ana, Bo&quot;).</extracomment>
        <translation>Auf der Festplatte des Gastgebers gelöscht; bleibt erhalten, solange %1 die Datei bearbeitet.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="238"/>
        <source>%1 (following)</source>
        <translation>%1 (gefolgt)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="277"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="279"/>
        <source>New &amp;File…</source>
        <translation>Neue &amp;Datei…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="282"/>
        <source>New Fol&amp;der…</source>
        <translation>Neuer &amp;Ordner…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="285"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="287"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="296"/>
        <source>The host made this session read-only</source>
        <translation>Der Gastgeber hat diese Sitzung schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New File</source>
        <translation>Neue Datei</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new file:</source>
        <translation>Pfad der neuen Datei:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new folder:</source>
        <translation>Pfad des neuen Ordners:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>New path:</source>
        <translation>Neuer Pfad:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="326"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="327"/>
        <source>Delete %1 from the shared folder for everyone? Whoever has it open keeps the text.</source>
        <translation>%1 für alle aus dem freigegebenen Ordner löschen? Wer die Datei offen hat, behält den Text.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionStatusController</name>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="23"/>
        <source>Session</source>
        <extracomment>Tooltip of the status bar field showing the session&apos;s state.</extracomment>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="25"/>
        <source>People in the session (see Session ▸ Participants)</source>
        <extracomment>&quot;Session ▸ Participants&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Personen in der Sitzung (siehe Sitzung ▸ Teilnehmer)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="27"/>
        <source>Type, click in the editor or press Escape to stop following</source>
        <extracomment>Tooltip of the status bar field naming the participant whose caret the view follows.</extracomment>
        <translation>Tippen, in den Editor klicken oder Escape drücken, um nicht mehr zu folgen</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="57"/>
        <source>Following %1</source>
        <extracomment>Status bar: the view follows this participant&apos;s caret; %1 their name.</extracomment>
        <translation>Sie folgen %1</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="69"/>
        <source>Participants unknown</source>
        <extracomment>Status bar, instead of the participant count while the connection is lost.</extracomment>
        <translation>Teilnehmer unbekannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/SessionStatusController.cpp" line="70"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Encrypted</source>
        <extracomment>Status bar: whether the session&apos;s connection is encrypted (TLS).</extracomment>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="75"/>
        <source>The connection is not encrypted: others on the network can read the document as it travels.</source>
        <translation>Die Verbindung ist nicht verschlüsselt: Andere im Netzwerk können das Dokument auf dem Übertragungsweg mitlesen.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="78"/>
        <source>The connection is encrypted (TLS).</source>
        <translation>Die Verbindung ist verschlüsselt (TLS).</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="80"/>
        <source>The connection is encrypted (TLS). Server certificate SHA-256: %1</source>
        <translation>Die Verbindung ist verschlüsselt (TLS). SHA-256 des Serverzertifikats: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::Settings</name>
    <message>
        <location filename="../app/Settings.cpp" line="182"/>
        <source>Guest</source>
        <extracomment>Name shown to the others in a session when the user has none.</extracomment>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>ensemble::SettingsDialog</name>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="24"/>
        <source>Indent with &amp;spaces instead of tabs</source>
        <translation>Mit &amp;Leerzeichen statt Tabulatoren einrücken</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="25"/>
        <source>Show &amp;whitespace</source>
        <translation>Leer&amp;raum anzeigen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="26"/>
        <source>Wrap &amp;long lines</source>
        <translation>Lange Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="27"/>
        <source>Show &amp;indentation guides</source>
        <translation>&amp;Einrückungslinien anzeigen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="37"/>
        <source> pt</source>
        <extracomment>Font size unit (points), after the number.</extracomment>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="46"/>
        <source>Follow the system</source>
        <extracomment>Theme that follows the desktop&apos;s colours.</extracomment>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="47"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="48"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="56"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="60"/>
        <source>The interface language changes when Ensemble is next started.</source>
        <translation>Die Sprache der Oberfläche ändert sich beim nächsten Start von Ensemble.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="71"/>
        <source>&amp;Font:</source>
        <translation>&amp;Schrift:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="74"/>
        <source>&amp;Tab width:</source>
        <translation>&amp;Tabulatorbreite:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="79"/>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="80"/>
        <source>Interface lan&amp;guage:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedDocument</name>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="116"/>
        <source>Resynchronising the document with the room</source>
        <translation>Das Dokument wird neu mit dem Raum abgeglichen</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="134"/>
        <source>The host made the document read-only</source>
        <translation>Der Gastgeber hat das Dokument auf schreibgeschützt gesetzt</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="135"/>
        <source>The host lets everyone edit again</source>
        <translation>Der Gastgeber lässt wieder alle bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="151"/>
        <source>%1 joined</source>
        <translation>%1 ist beigetreten</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="158"/>
        <source>%1 left</source>
        <translation>%1 hat die Sitzung verlassen</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="189"/>
        <source>%1 Trying again; your edits are kept.</source>
        <extracomment>%1 is a complete sentence saying what went wrong with the connection.</extracomment>
        <translation>%1 Neuer Versuch läuft; Ihre Änderungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="260"/>
        <source>Hosting on port %1</source>
        <extracomment>Status bar: this window hosts the session, on this network port.</extracomment>
        <translation>Sitzung läuft auf Port %1</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="265"/>
        <source>%1, guests read-only</source>
        <extracomment>Session status of the room&apos;s host: %1 the state (&quot;Hosting on port 7717&quot;); guests cannot edit.</extracomment>
        <translation>%1, für Gäste schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="268"/>
        <source>%1, read-only</source>
        <extracomment>Session status of a guest: %1 the state (&quot;Connected&quot;); the guest cannot edit the shared document.</extracomment>
        <translation>%1, schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedFolder</name>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="16"/>
        <source>ignored by %1</source>
        <translation>von %1 ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="18"/>
        <source>the Git repository</source>
        <translation>das Git-Repository</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="20"/>
        <source>binary</source>
        <translation>binär</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="22"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="24"/>
        <source>too many files</source>
        <translation>zu viele Dateien</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="26"/>
        <source>the folder is too large</source>
        <translation>der Ordner ist zu groß</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="28"/>
        <location filename="../app/hosting/SharedFolder.cpp" line="61"/>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="30"/>
        <source>a symbolic link</source>
        <translation>ein symbolischer Link</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="32"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="67"/>
        <source>not UTF-8</source>
        <translation>nicht UTF-8</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="83"/>
        <source>%1 and %2 more</source>
        <extracomment>%1 lists what a shared folder left out, %2 counts the rest (1 or more).</extracomment>
        <translation>%1 und %2 weitere</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="84"/>
        <source>Not shared: %1.</source>
        <translation>Nicht freigegeben: %1.</translation>
    </message>
</context>
<context>
    <name>ensemble::StatusBarController</name>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="21"/>
        <source>Line and column</source>
        <translation>Zeile und Spalte</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="22"/>
        <source>Language (change it in the Language menu)</source>
        <translation>Sprache (im Menü „Sprache“ änderbar)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="23"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="25"/>
        <source>Line endings (convert them in Edit ▸ Line Endings)</source>
        <extracomment>&quot;Edit ▸ Line Endings&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Zeilenenden (umwandeln unter Bearbeiten ▸ Zeilenenden)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="62"/>
        <source>Ln %1, Col %2</source>
        <extracomment>Status bar: line and column of the cursor, abbreviated.</extracomment>
        <translation>Z. %1, Sp. %2</translation>
    </message>
</context>
<context>
    <name>ensemble::SummonController</name>
    <message>
        <location filename="../app/session/SummonController.cpp" line="18"/>
        <source>Follow</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: follow Ana from file to file.</extracomment>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="20"/>
        <source>Ignore</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: stay where you are.</extracomment>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="38"/>
        <source>Asked everyone to follow you</source>
        <translation>Alle wurden gebeten, dir zu folgen</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="40"/>
        <source>Not connected: nobody was asked to follow you</source>
        <translation>Nicht verbunden: niemand wurde gebeten, dir zu folgen</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="64"/>
        <source>%1 asks everyone to follow them.</source>
        <extracomment>%1: who asks, in the Session panel of everyone else.</extracomment>
        <translation>%1 bittet alle, zu folgen.</translation>
    </message>
</context>
<context>
    <name>ensemble::TextFile</name>
    <message>
        <location filename="../editor/TextFile.cpp" line="14"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="18"/>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß zum Öffnen (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="26"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="47"/>
        <source>The text contains characters that %1 cannot store.</source>
        <translation>Der Text enthält Zeichen, die %1 nicht darstellen kann.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="52"/>
        <location filename="../editor/TextFile.cpp" line="56"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="61"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ensemble::TextFormat</name>
    <message>
        <location filename="../editor/TextFormat.cpp" line="39"/>
        <source>ISO 8859-1</source>
        <translation>ISO 8859-1</translation>
    </message>
    <message>
        <location filename="../editor/TextFormat.cpp" line="40"/>
        <source>UTF-8 BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <location filename="../editor/TextFormat.cpp" line="41"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../editor/TextFormat.cpp" line="48"/>
        <source>CRLF</source>
        <translation>CRLF</translation>
    </message>
    <message>
        <location filename="../editor/TextFormat.cpp" line="50"/>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <location filename="../editor/TextFormat.cpp" line="54"/>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <location filename="../editor/TextFormat.cpp" line="62"/>
        <source>Mixed (%1)</source>
        <translation>Gemischt (%1)</translation>
    </message>
</context>
<context>
    <name>ensemble::TextSearch</name>
    <message>
        <location filename="../editor/TextSearch.cpp" line="16"/>
        <source>Nothing to search for.</source>
        <translation>Kein Suchbegriff angegeben.</translation>
    </message>
    <message>
        <location filename="../editor/TextSearch.cpp" line="24"/>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::ViewMenuController</name>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="22"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="29"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="31"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="35"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="34"/>
        <source>Ctrl+0</source>
        <extracomment>Keyboard shortcut: keep the English key names.</extracomment>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="45"/>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="48"/>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="53"/>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Zeilenumbruch</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="55"/>
        <source>Alt+Z</source>
        <extracomment>Keyboard shortcut: keep the English key names.</extracomment>
        <translation>Alt+Z</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="56"/>
        <source>Show White&amp;space</source>
        <translation>&amp;Leerraum anzeigen</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="57"/>
        <source>Show Indentation &amp;Guides</source>
        <translation>&amp;Einrückungslinien anzeigen</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="58"/>
        <source>Show &amp;Authorship</source>
        <translation>&amp;Autorschaft anzeigen</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="59"/>
        <source>Show &amp;Last Editor</source>
        <translation>Letzten &amp;Bearbeiter anzeigen</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="62"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="65"/>
        <source>&amp;System</source>
        <extracomment>Theme that follows the desktop&apos;s colours.</extracomment>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="66"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="67"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ensemble::Workspace</name>
    <message>
        <location filename="../app/window/Workspace.cpp" line="96"/>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="200"/>
        <source>Cannot Save File</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="264"/>
        <source>Cannot Reload File</source>
        <translation>Datei kann nicht neu geladen werden</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="288"/>
        <source>%1 (%2)</source>
        <extracomment>Tab of a document whose name an earlier tab has too: %1 is the name, %2 a number.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="292"/>
        <source>%1 (read-only)</source>
        <extracomment>Tab of a shared document the host lets guests only read: %1 is its name.</extracomment>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="295"/>
        <source>%1 ●</source>
        <extracomment>Tab of a document with unsaved changes: %1 is its name, the dot marks the changes.</extracomment>
        <translation>%1 ●</translation>
    </message>
</context>
<context>
    <name>ensemble::applyToEditor</name>
    <message>
        <location filename="../editor/collab/EditorOperation.cpp" line="56"/>
        <source>The edit does not fit the document.</source>
        <translation>Die Änderung passt nicht zum Dokument.</translation>
    </message>
</context>
</TS>
