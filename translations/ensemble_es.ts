<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ClientState</name>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="62"/>
        <source>The local edit does not match the document length.</source>
        <translation>El cambio local no coincide con la longitud del documento.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="92"/>
        <source>The server&apos;s operation does not match its document.</source>
        <translation>La operación del servidor no coincide con su documento.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="127"/>
        <source>An acknowledgement arrived with no operation waiting for one.</source>
        <translation>Llegó una confirmación sin que ninguna operación la esperara.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="178"/>
        <source>The operations do not lead from this client&apos;s revision to the new one.</source>
        <translation>Las operaciones no llevan de la revisión de este cliente a la nueva.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="187"/>
        <source>The operations are not consecutive.</source>
        <translation>Las operaciones no son consecutivas.</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="65"/>
        <source>Ensemble room server (no display).</source>
        <translation>Servidor de salas de Ensemble (sin pantalla).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="68"/>
        <source>Run the headless room server.</source>
        <translation>Ejecutar solo el servidor de salas, sin interfaz.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="71"/>
        <source>TCP port (default 7717).</source>
        <translation>Puerto TCP (predeterminado: 7717).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="75"/>
        <source>Address to listen on (default: all).</source>
        <translation>Dirección en la que escuchar (predeterminado: todas).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="79"/>
        <source>Where rooms are saved (default: %1).</source>
        <translation>Dónde se guardan las salas (predeterminado: %1).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="84"/>
        <source>Refuse to create rooms on a client&apos;s request.</source>
        <translation>No crear salas a petición de un cliente.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="88"/>
        <source>Read the server&apos;s password from the first line of FILE: creating a room needs it, and rooms created without a password of their own get it.</source>
        <translation>Leer la contraseña del servidor de la primera línea de FILE: se necesita para crear una sala, y las salas creadas sin contraseña propia la reciben.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="95"/>
        <source>Serve wss:// with this certificate (PEM; chain allowed).</source>
        <translation>Servir wss:// con este certificado (PEM; se admite una cadena).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="100"/>
        <source>The certificate&apos;s private key (PEM, no passphrase).</source>
        <translation>La clave privada del certificado (PEM, sin frase de contraseña).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="119"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="126"/>
        <source>Not a port: %1</source>
        <translation>Puerto no válido: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="130"/>
        <source>Not an IP address: %1</source>
        <translation>Dirección IP no válida: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="141"/>
        <location filename="../net/server/StoreOptions.cpp" line="80"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="145"/>
        <source>The first line of %1 holds no password.</source>
        <translation>La primera línea de %1 no contiene ninguna contraseña.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="150"/>
        <source>--cert and --key must be given together.</source>
        <translation>--cert y --key deben indicarse juntos.</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="29"/>
        <source>Most rooms on the server</source>
        <translation>Número máximo de salas en el servidor</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="33"/>
        <source>Rooms clients from one IP address may create per hour, 0 for no limit</source>
        <translation>Salas que los clientes de una dirección IP pueden crear por hora, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="38"/>
        <source>Disk space the rooms may take before clients may create no more, 0 for no limit</source>
        <translation>Espacio en disco que pueden ocupar las salas antes de que los clientes no puedan crear más, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="45"/>
        <source>Days after which a room clients created and nobody joined since is deleted, 0 for never</source>
        <translation>Días tras los que se elimina una sala creada por clientes a la que nadie se ha unido desde entonces, 0 para nunca</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="51"/>
        <source>Revisions of each document&apos;s history kept on disk at least (older ones go a checkpoint interval at a time), 0 for all</source>
        <translation>Revisiones del historial de cada documento que se guardan en disco como mínimo (las más antiguas se van un intervalo de puntos de control cada vez), 0 para todas</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="57"/>
        <source>Disk space each document&apos;s history may take (the revisions since its last checkpoint always stay), 0 for no limit</source>
        <translation>Espacio en disco que puede ocupar el historial de cada documento (las revisiones desde su último punto de control se quedan siempre), 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="63"/>
        <source>Most participants per room</source>
        <translation>Número máximo de participantes por sala</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="67"/>
        <source>Largest message; twice as much closes the connection unread</source>
        <translation>Tamaño máximo de un mensaje; el doble cierra la conexión sin leerlo</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="75"/>
        <source>Longest document, in UTF-16 code units</source>
        <translation>Longitud máxima de un documento, en unidades de código UTF-16</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="79"/>
        <source>Most files and folders in one session&apos;s tree</source>
        <translation>Máximo de archivos y carpetas en el árbol de una sesión</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="83"/>
        <source>Most documents one connection may have open</source>
        <translation>Máximo de documentos que una conexión puede tener abiertos</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="87"/>
        <source>Text of all documents of one session together, in UTF-16 code units</source>
        <translation>Texto de todos los documentos de una sesión juntos, en unidades de código UTF-16</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="93"/>
        <source>Operations kept per room for rejoining clients</source>
        <translation>Operaciones que se conservan por sala para los clientes que vuelven a unirse</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="97"/>
        <source>Most units those kept operations may hold per room</source>
        <translation>Número máximo de unidades que pueden ocupar esas operaciones conservadas por sala</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="101"/>
        <source>Most catch-up work per message before too_far_behind, 0 for no limit</source>
        <translation>Trabajo máximo de puesta al día por mensaje antes de too_far_behind, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="106"/>
        <source>Messages per second per connection on average, 0 for no limit</source>
        <translation>Mensajes por segundo y conexión de media, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="111"/>
        <source>Messages per connection at once, on top of the rate</source>
        <translation>Mensajes por conexión de una vez, además de la tasa</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="115"/>
        <source>Messages that may wait for the rate before rate_limited closes</source>
        <translation>Mensajes que pueden esperar a la tasa antes de que rate_limited cierre la conexión</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="120"/>
        <source>Connections from one IP address, 0 for no limit (raise it behind a proxy)</source>
        <translation>Conexiones desde una misma dirección IP, 0 para sin límite (auméntelo detrás de un proxy)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="125"/>
        <source>Connections that have not joined a room yet, 0 for no limit</source>
        <translation>Conexiones que aún no se han unido a una sala, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="130"/>
        <source>Time to complete the WebSocket handshake</source>
        <translation>Tiempo para completar el protocolo de enlace WebSocket</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="133"/>
        <source>Time to send hello</source>
        <translation>Tiempo para enviar hello</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="137"/>
        <source>Silence (no message, no answer to pings) before idle_timeout, 0 for never</source>
        <translation>Silencio (ningún mensaje, ninguna respuesta a los pings) antes de idle_timeout, 0 para nunca</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="146"/>
        <source>Bytes waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Bytes que pueden esperar a enviarse a una conexión antes de que slow_reader la cierre, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="152"/>
        <source>Messages waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Mensajes que pueden esperar a enviarse a una conexión antes de que slow_reader la cierre, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="158"/>
        <source>Bytes waiting to be sent to all connections together, 0 for no limit</source>
        <translation>Bytes en espera de envío a todas las conexiones juntas, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="163"/>
        <source>Bytes of messages received in part, all connections together, 0 for no limit</source>
        <translation>Bytes de mensajes recibidos en parte, todas las conexiones juntas, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="170"/>
        <source>Time a message may take to arrive in full, 0 for no limit</source>
        <translation>Tiempo que puede tardar un mensaje en llegar completo, 0 para sin límite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="181"/>
        <source>%1 (default %2).</source>
        <translation>%1 (predeterminado: %2).</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="218"/>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 admite un número entero de %2 a %3, no «%4».</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="24"/>
        <source>Keep the rooms in a database shared with other servers instead of the data directory: postgresql (the connection string comes from --store-file or the ENSEMBLE_STORE environment variable).</source>
        <translation>Guardar las salas en una base de datos compartida con otros servidores en lugar del directorio de datos: postgresql (la cadena de conexión viene de --store-file o de la variable de entorno ENSEMBLE_STORE).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="31"/>
        <source>Read the database&apos;s connection string from the first line of FILE.</source>
        <translation>Leer la cadena de conexión de la base de datos de la primera línea de FILE.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="36"/>
        <source>With --store: seconds a server keeps a room after it stops answering (default 30).</source>
        <translation>Con --store: segundos que un servidor conserva una sala después de dejar de responder (30 por defecto).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="42"/>
        <source>With --store: where clients reach this server, ws://HOST:PORT or wss://HOST:PORT; other servers send a room&apos;s clients there.</source>
        <translation>Con --store: dónde llegan los clientes a este servidor, ws://HOST:PORT o wss://HOST:PORT; los demás servidores envían allí a los clientes de una sala.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="48"/>
        <source>With --store: this server&apos;s name in the database (default: HOST:PORT).</source>
        <translation>Con --store: el nombre de este servidor en la base de datos (por defecto: HOST:PORT).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="62"/>
        <source>--%1 goes with --store.</source>
        <translation>--%1 va con --store.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="69"/>
        <source>--store takes postgresql, not “%1”.</source>
        <translation>--store acepta postgresql, no «%1».</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="72"/>
        <source>--data-dir and --store exclude each other: with --store the rooms live in the database.</source>
        <translation>--data-dir y --store se excluyen: con --store las salas están en la base de datos.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="87"/>
        <source>--store needs a connection string in --store-file or in the ENSEMBLE_STORE environment variable.</source>
        <translation>--store necesita una cadena de conexión en --store-file o en la variable de entorno ENSEMBLE_STORE.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="95"/>
        <source>--lease takes seconds from 0.3 to 3600, not “%1”.</source>
        <translation>--lease acepta de 0,3 a 3600 segundos, no «%1».</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="103"/>
        <source>--store needs --public-address ws://HOST:PORT or wss://HOST:PORT, where clients reach this server.</source>
        <translation>--store necesita --public-address ws://HOST:PORT o wss://HOST:PORT, donde los clientes llegan a este servidor.</translation>
    </message>
</context>
<context>
    <name>Invite</name>
    <message>
        <location filename="../net/client/Invite.cpp" line="28"/>
        <source>“%1” is not an invite address.</source>
        <translation>«%1» no es una dirección de invitación.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="33"/>
        <source>An invite starts with ensemble://, ws:// or wss://, not %1://.</source>
        <translation>Una invitación empieza por ensemble://, ws:// o wss://, no por %1://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="38"/>
        <source>An invite has only a host, a port, a room ID and a certificate fingerprint (?fp=…).</source>
        <translation>Una invitación solo contiene un equipo, un puerto, un ID de sala y una huella digital de certificado (?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="45"/>
        <source>The invite does not name a room (expected …/ROOM-ID).</source>
        <translation>La invitación no indica ninguna sala (se esperaba …/ID-SALA).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="48"/>
        <source>The invite&apos;s port must be between 1 and 65535.</source>
        <translation>El puerto de la invitación debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="53"/>
        <source>A ws:// address is not encrypted, so it cannot carry a certificate fingerprint; use ensemble:// or wss://.</source>
        <translation>Una dirección ws:// no está cifrada, así que no puede llevar una huella digital de certificado; use ensemble:// o wss://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="57"/>
        <source>The invite&apos;s certificate fingerprint (fp=…) must be 64 hexadecimal digits, a SHA-256 digest.</source>
        <translation>La huella digital del certificado de la invitación (fp=…) debe tener 64 dígitos hexadecimales, un resumen SHA-256.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="33"/>
        <source>Cannot Host Session</source>
        <translation>No se puede alojar la sesión</translation>
    </message>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="47"/>
        <source>Cannot Join Session</source>
        <translation>No es posible unirse a la sesión</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <location filename="QScintillaStrings.h" line="13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="14"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="15"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="16"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="17"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="18"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="19"/>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../net/ot/Selection.cpp" line="83"/>
        <source>A selection must be a JSON array.</source>
        <translation>Una selección debe ser un array JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="86"/>
        <source>The selection has too many ranges.</source>
        <translation>La selección tiene demasiados rangos.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="92"/>
        <source>A selection range must be a JSON object.</source>
        <translation>Un rango de selección debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="97"/>
        <source>A selection range needs an anchor and a head inside the document.</source>
        <translation>Un rango de selección necesita un ancla y un extremo dentro del documento.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../app/hosting/SelfSignedCertificate.cpp" line="38"/>
        <source>Cannot make a certificate (%1): %2</source>
        <translation>No se puede crear un certificado (%1): %2</translation>
    </message>
</context>
<context>
    <name>ServerDocument</name>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="19"/>
        <source>The revision is unknown or no longer kept.</source>
        <translation>La revisión es desconocida o ya no se conserva.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="25"/>
        <source>The document would become too large.</source>
        <translation>El documento sería demasiado grande.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="31"/>
        <source>The change is based on a revision too far behind the room; rejoin to catch up.</source>
        <translation>El cambio se basa en una revisión demasiado atrasada respecto a la sala; vuelva a unirse para ponerse al día.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="80"/>
        <source>The operation&apos;s sequence number is older than one already applied.</source>
        <translation>El número de secuencia de la operación es anterior al de una ya aplicada.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="87"/>
        <source>The sequence number was already used for a different operation.</source>
        <translation>El número de secuencia ya se usó para otra operación.</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <location filename="../net/client/SessionError.cpp" line="18"/>
        <source>This room does not exist on the server. Check the invite.</source>
        <translation>Esta sala no existe en el servidor. Compruebe la invitación.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="20"/>
        <source>The room&apos;s password is wrong.</source>
        <translation>La contraseña de la sala es incorrecta.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="23"/>
        <source>The server runs an incompatible version of Ensemble: %1</source>
        <translation>El servidor ejecuta una versión incompatible de Ensemble: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="27"/>
        <source>The server has no room for you: %1</source>
        <translation>El servidor no tiene sitio para usted: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="30"/>
        <source>You joined this room again from another window or computer.</source>
        <translation>Se ha vuelto a unir a esta sala desde otra ventana u otro equipo.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="32"/>
        <source>The host closed this room.</source>
        <translation>El anfitrión ha cerrado esta sala.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="34"/>
        <source>The host removed you from this session.</source>
        <translation>El anfitrión le ha expulsado de esta sesión.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionError.cpp" line="38"/>
        <source>Too many wrong passwords from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiadas contraseñas incorrectas desde su dirección; vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiadas contraseñas incorrectas desde su dirección; vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="46"/>
        <source>The server takes no more connections from your network (%1); ask its administrator.</source>
        <extracomment>%1 is the server&apos;s own explanation, in English, e.g. &quot;this server takes at most 256 connections from one address&quot;.</extracomment>
        <translation>El servidor no acepta más conexiones desde su red (%1); consulte a su administrador.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="52"/>
        <source>The server is too busy to let this session in; trying again.</source>
        <translation>El servidor está demasiado ocupado para admitir esta sesión; reintentando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="54"/>
        <source>Only the host can do that.</source>
        <translation>Solo el anfitrión puede hacer eso.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="56"/>
        <source>Only the host can change this document.</source>
        <translation>Solo el anfitrión puede modificar este documento.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="62"/>
        <source>The server closed the connection (%1); reconnecting.</source>
        <translation>El servidor ha cerrado la conexión (%1); reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="65"/>
        <source>The server closed the connection because this session sent messages faster than it allows; reconnecting.</source>
        <translation>El servidor ha cerrado la conexión porque esta sesión enviaba mensajes más rápido de lo que permite; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="70"/>
        <source>The server heard nothing from this session for too long; reconnecting.</source>
        <translation>El servidor no ha recibido nada de esta sesión durante demasiado tiempo; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="73"/>
        <source>The session moved to another server; reconnecting.</source>
        <translation>La sesión se ha trasladado a otro servidor; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="77"/>
        <source>The server cannot reach its database for now; reconnecting.</source>
        <translation>El servidor no puede acceder a su base de datos por ahora; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="80"/>
        <source>This session fell too far behind the room; rejoining to catch up.</source>
        <translation>Esta sesión se ha quedado demasiado atrasada respecto a la sala; volviendo a unirse para ponerse al día.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="82"/>
        <source>The server refused a change: %1</source>
        <translation>El servidor ha rechazado un cambio: %1</translation>
    </message>
</context>
<context>
    <name>TextOperation</name>
    <message>
        <location filename="../net/ot/Rope.cpp" line="425"/>
        <location filename="../net/ot/TextOperation.cpp" line="83"/>
        <location filename="../net/ot/TextOperationJson.cpp" line="58"/>
        <source>The operation expects a document of %1 characters but it has %2.</source>
        <translation>La operación espera un documento de %1 caracteres, pero tiene %2.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="62"/>
        <source>The second operation&apos;s base length must be the first operation&apos;s target length.</source>
        <translation>La longitud de partida de la segunda operación debe ser la longitud final de la primera.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="81"/>
        <source>The operations cannot be composed.</source>
        <translation>Las operaciones no se pueden componer.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="101"/>
        <source>Both operations must have the same base length.</source>
        <translation>Ambas operaciones deben tener la misma longitud de partida.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="123"/>
        <source>The operations cannot be transformed.</source>
        <translation>Las operaciones no se pueden transformar.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="26"/>
        <source>An operation must be a JSON array.</source>
        <translation>Una operación debe ser un array JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="29"/>
        <source>The operation has too many components.</source>
        <translation>La operación tiene demasiados componentes.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="36"/>
        <source>Component %1 inserts an empty string.</source>
        <translation>El componente %1 inserta una cadena vacía.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="41"/>
        <source>Component %1 is not an integer.</source>
        <translation>El componente %1 no es un número entero.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="43"/>
        <source>Component %1 is zero.</source>
        <translation>El componente %1 es cero.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="45"/>
        <source>Component %1 is too long.</source>
        <translation>El componente %1 es demasiado largo.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="52"/>
        <source>Component %1 is neither a number nor a string.</source>
        <translation>El componente %1 no es ni un número ni una cadena.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="55"/>
        <source>The operation spans too long a document.</source>
        <translation>La operación abarca un documento demasiado largo.</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="141"/>
        <source>Cannot read the private key file %1: %2</source>
        <translation>No se puede leer el archivo de clave privada %1: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="150"/>
        <source>%1 holds no private key Ensemble can use: it needs an RSA or EC key in PEM form, not protected by a passphrase.</source>
        <translation>%1 no contiene ninguna clave privada que Ensemble pueda usar: se necesita una clave RSA o EC en formato PEM, sin protección por frase de contraseña.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="160"/>
        <source>This system&apos;s Qt has no TLS support (%1); encrypted connections are not available.</source>
        <translation>El Qt de este sistema no admite TLS (%1); las conexiones cifradas no están disponibles.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="165"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>No se puede leer el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="171"/>
        <source>%1 holds no certificate in PEM form.</source>
        <translation>%1 no contiene ningún certificado en formato PEM.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="180"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>La clave privada de %1 no corresponde al certificado de %2.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="185"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>El certificado de %1 no es válido antes del %2.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="189"/>
        <source>The certificate in %1 expired on %2.</source>
        <translation>El certificado de %1 caducó el %2.</translation>
    </message>
</context>
<context>
    <name>ensemble::AuthorshipHighlighter</name>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="121"/>
        <source>Written by %1</source>
        <translation>Escrito por %1</translation>
    </message>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="129"/>
        <source>Written by %1 at %2</source>
        <extracomment>%1 is a name, %2 a time or a date and time.</extracomment>
        <translation>Escrito por %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ensemble::AwayBar</name>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="37"/>
        <source>Next Change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="38"/>
        <source>Previous Change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="39"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="56"/>
        <source>Changes made while you were away are not available: the server keeps no history</source>
        <translation>Los cambios hechos mientras no estaba no están disponibles: el servidor no guarda historial</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="58"/>
        <source>Changes made while you were away are not available: the server keeps history from revision %1</source>
        <translation>Los cambios hechos mientras no estaba no están disponibles: el servidor guarda el historial desde la revisión %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="81"/>
        <source>%n change(s) by %1 while you were away</source>
        <translation>
            <numerusform>%n cambio de %1 mientras no estabas</numerusform>
            <numerusform>%n cambios de %1 mientras no estabas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="84"/>
        <source>%n change(s) while you were away; who made them and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n cambio mientras no estaba; no se sabe quién lo hizo ni cuándo (comparado con el último texto que vio)</numerusform>
            <numerusform>%n cambios mientras no estaba; no se sabe quién los hizo ni cuándo (comparado con el último texto que vio)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="88"/>
        <source>%n change(s) while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n cambio mientras no estaba, texto añadido por %1; no se sabe quién borró texto ni cuándo (comparado con el último texto que vio)</numerusform>
            <numerusform>%n cambios mientras no estaba, texto añadido por %1; no se sabe quién borró texto ni cuándo (comparado con el último texto que vio)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::CertificateCommand</name>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>Write a new self-signed certificate and key into DIR.</source>
        <translation>Escribir un certificado autofirmado nuevo y su clave en DIRECTORIO.</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>DIR</source>
        <translation>DIRECTORIO</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="35"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="47"/>
        <source>Certificate: %1
Private key: %2 (readable by you only)
SHA-256 fingerprint: %3
Serve with: ensemble --serve --cert %1 --key %2
</source>
        <translation>Certificado: %1
Clave privada: %2 (solo usted puede leerla)
Huella digital SHA-256: %3
Para servir: ensemble --serve --cert %1 --key %2
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
        <translation>Este documento no está compartido.</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="95"/>
        <source>Write to everyone in the session</source>
        <extracomment>Placeholder of the chat&apos;s input line.</extracomment>
        <translation>Escribe a todos los de la sesión</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="131"/>
        <source>Not connected: the message was not sent.</source>
        <extracomment>Status bar message: a chat line could not be sent (it stays in the input line).</extracomment>
        <translation>Sin conexión: el mensaje no se ha enviado.</translation>
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
        <translation>Ninguna pestaña abierta contiene «%1».</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationController</name>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="35"/>
        <source>There is no document to share.</source>
        <translation>No hay ningún documento que compartir.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="37"/>
        <source>This document is already shared.</source>
        <translation>Este documento ya está compartido.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="162"/>
        <source>Not connected to the room: nobody was removed</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before removing someone.</extracomment>
        <translation>Sin conexión con la sala: no se expulsó a nadie</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="181"/>
        <source>Not connected to the room: the password did not change</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before the password changed.</extracomment>
        <translation>Sin conexión con la sala: la contraseña no cambió</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="185"/>
        <source>The room no longer has a password</source>
        <extracomment>Status bar, after the host changed the room&apos;s password.</extracomment>
        <translation>La sala ya no tiene contraseña</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="186"/>
        <source>The room has a new password; only those in the session can rejoin without it</source>
        <translation>La sala tiene una contraseña nueva; solo quienes están en la sesión pueden volver a unirse sin ella</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="326"/>
        <source>Show Your Version</source>
        <extracomment>Button: show the tab holding the edits the read-only room did not take.</extracomment>
        <translation>Mostrar su versión</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="329"/>
        <source>The host made this document read-only before your latest edits reached the room, so they were taken back here. Your version is in “%1”.</source>
        <translation>El anfitrión hizo este documento de solo lectura antes de que sus últimos cambios llegaran a la sala, así que se han deshecho aquí. Su versión está en «%1».</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="341"/>
        <source>Cannot Join Session</source>
        <translation>No se puede unir a la sesión</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="348"/>
        <source>The session ended: %1 This tab keeps the latest text as an ordinary document.</source>
        <extracomment>%1 says why the session ended, e.g. &quot;The host stopped sharing this document.&quot;</extracomment>
        <translation>La sesión ha terminado: %1 Esta pestaña conserva el texto más reciente como un documento normal.</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationSession</name>
    <message>
        <location filename="../editor/collab/CollaborationSession.cpp" line="33"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>La sesión no ha aceptado un cambio hecho en el editor.</translation>
    </message>
</context>
<context>
    <name>ensemble::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="15"/>
        <source>Ensemble, a code editor in which several people edit one document at once.</source>
        <translation>Ensemble, un editor de código en el que varias personas editan un mismo documento a la vez.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="18"/>
        <source>Also: ensemble --serve [OPTIONS] runs the room server alone, without a display (ensemble --serve --help lists its options); ensemble --generate-certificate DIR writes a certificate for it.</source>
        <translation>Además: ensemble --serve [OPTIONS] ejecuta solo el servidor de salas, sin pantalla (ensemble --serve --help lista sus opciones); ensemble --generate-certificate DIR escribe un certificado para él.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Share FILE (or a new document, or the whole folder DIR) in a session on port 7717 (any free port when that one is taken) and print the invite on standard output.</source>
        <translation>Compartir ARCHIVO (o un documento nuevo, o toda la carpeta DIR) en una sesión en el puerto 7717 (cualquier puerto libre si ese está ocupado) e imprimir la invitación en la salida estándar.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="28"/>
        <source>Join the session of INVITE (ensemble://HOST:PORT/ROOM-ID).</source>
        <translation>Unirse a la sesión de INVITACIÓN (ensemble://EQUIPO:PUERTO/ID-SALA).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>INVITE</source>
        <extracomment>Value name in --help; the same word as INVITE above.</extracomment>
        <translation>INVITACIÓN</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32"/>
        <source>Your name in sessions, for this run only.</source>
        <translation>Su nombre en las sesiones, solo para esta ejecución.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>NAME</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="36"/>
        <source>With --host: the port to listen on (0: any free one).</source>
        <translation>Con --host: el puerto en el que escuchar (0: cualquiera libre).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="38"/>
        <source>PORT</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>PUERTO</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="41"/>
        <source>With --host: the address to listen on, e.g. 127.0.0.1 for this machine only.</source>
        <translation>Con --host: la dirección en la que escuchar, p. ej. 127.0.0.1 solo para esta máquina.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="43"/>
        <source>ADDRESS</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>Files to open; a file that does not exist yet is created on the first save. An ensemble:// invite is joined.</source>
        <translation>Archivos que abrir; un archivo que aún no existe se crea al guardarlo por primera vez. Con una invitación ensemble:// se une a la sesión.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="49"/>
        <source>[FILE|INVITE...]</source>
        <extracomment>Arguments in --help: the same words as FILE and INVITE above.</extracomment>
        <translation>[ARCHIVO|INVITACIÓN...]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>--port takes a number from 0 to 65535, not “%1”.</source>
        <translation>--port admite un número de 0 a 65535, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>--bind takes an IP address such as 127.0.0.1, not “%1”.</source>
        <translation>--bind admite una dirección IP como 127.0.0.1, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>--port and --bind go with --host.</source>
        <translation>--port y --bind van con --host.</translation>
    </message>
</context>
<context>
    <name>ensemble::DialogPrompts</name>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="18"/>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="19"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>¿Guardar los cambios de «%1» antes de cerrar?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="21"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Si no los guarda, sus cambios se perderán.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="35"/>
        <source>Open Files</source>
        <translation>Abrir archivos</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="36"/>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="42"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="41"/>
        <source>Save As</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="47"/>
        <source>Save a Copy of the Project</source>
        <translation>Guardar una copia del proyecto</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="53"/>
        <source>Folder Not Empty</source>
        <translation>Carpeta no vacía</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="54"/>
        <source>%1 is not empty. Save the copy into it anyway?</source>
        <translation>%1 no está vacía. ¿Guardar la copia en ella de todos modos?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="56"/>
        <source>Files of the same names are replaced.</source>
        <translation>Se sustituyen los archivos con el mismo nombre.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="57"/>
        <source>Save &amp;Anyway</source>
        <translation>Guardar de &amp;todos modos</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="66"/>
        <source>File Changed on Disk</source>
        <translation>Archivo modificado en el disco</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="67"/>
        <source>Another program changed “%1” since it was opened here. Overwrite its changes with yours?</source>
        <translation>Otro programa ha modificado «%1» desde que se abrió aquí. ¿Sobrescribir sus cambios con los suyos?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="77"/>
        <source>Save as UTF-8?</source>
        <translation>¿Guardar como UTF-8?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="78"/>
        <source>“%1” now contains characters that ISO 8859-1 cannot store. Save it as UTF-8 instead?</source>
        <translation>«%1» contiene ahora caracteres que ISO 8859-1 no puede representar. ¿Guardarlo como UTF-8?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Certificate Changed</source>
        <translation>El certificado ha cambiado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Unverified Certificate</source>
        <translation>Certificado no verificado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="92"/>
        <source>The certificate of %1 is not the one you trusted before.</source>
        <translation>El certificado de %1 no es aquel en el que confió anteriormente.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="93"/>
        <source>Ensemble cannot verify the identity of %1.</source>
        <translation>Ensemble no puede verificar la identidad de %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="96"/>
        <source>Someone may be intercepting the connection, or the host made a new certificate. Accept the new one only if the host confirms that its fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Before, it was:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Puede que alguien esté interceptando la conexión o que el anfitrión haya creado un certificado nuevo. Acepte el nuevo solo si el anfitrión confirma que su huella digital es:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Antes era:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="100"/>
        <source>Trust it only if the host confirms that its certificate&apos;s fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(the host&apos;s invite dialog shows it).</source>
        <translation>Confíe en él solo si el anfitrión confirma que la huella digital de su certificado es:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(el diálogo de invitación del anfitrión la muestra).</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Accept the New Certificate</source>
        <translation>&amp;Aceptar el certificado nuevo</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Go to Line</source>
        <translation>Ir a la línea</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Line (1 - %1):</source>
        <translation>Línea (1-%1):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>Room Password</source>
        <translation>Contraseña de la sala</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>%1

Password:</source>
        <translation>%1

Contraseña:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="134"/>
        <source>Hosting Was Interrupted</source>
        <translation>Alojamiento interrumpido</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="135"/>
        <source>Ensemble stopped while hosting a session: %1.</source>
        <translation>Ensemble se detuvo mientras alojaba una sesión: %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="139"/>
        <source>The room kept everything that reached it, your guests&apos; edits included. Host it again and your guests reconnect where they left off, with the edits they made meanwhile; or open its text as a document.</source>
        <translation>La sala conservó todo lo que le llegó, incluidos los cambios de sus invitados. Vuelva a alojarla y sus invitados se reconectarán donde lo dejaron, con los cambios que hicieron entretanto; o abra su texto como documento.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="142"/>
        <source>It cannot be hosted again: %1</source>
        <translation>No se puede volver a alojar: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="144"/>
        <source>&amp;Resume Hosting</source>
        <translation>&amp;Reanudar el alojamiento</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="147"/>
        <source>&amp;Open as Document</source>
        <translation>&amp;Abrir como documento</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="148"/>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="149"/>
        <source>Decide &amp;Later</source>
        <translation>Decidir &amp;más tarde</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="157"/>
        <source>Discard the Room?</source>
        <translation>¿Descartar la sala?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="158"/>
        <source>Its text, with your guests&apos; edits, will be deleted.</source>
        <translation>Su texto, con los cambios de sus invitados, se eliminará.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="167"/>
        <source>Port Not Available</source>
        <translation>Puerto no disponible</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="168"/>
        <source>The session cannot be hosted on port %1 again.</source>
        <translation>No se puede volver a alojar la sesión en el puerto %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="170"/>
        <source>%1

Host it on another port? Your guests then need the new invite, which Ensemble shows next.</source>
        <translation>%1

¿Alojarla en otro puerto? Sus invitados necesitarán entonces la nueva invitación, que Ensemble muestra a continuación.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="173"/>
        <source>Use &amp;Another Port</source>
        <translation>Usar &amp;otro puerto</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="181"/>
        <source>Guests Are Connected</source>
        <translation>Hay invitados conectados</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="182"/>
        <source>Guests still in the session you host: %1.</source>
        <translation>Invitados que siguen en la sesión que aloja: %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="184"/>
        <source>Ending it ends their sessions; each keeps the text as it is.</source>
        <translation>Terminarla termina sus sesiones; cada uno conserva el texto tal como está.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="185"/>
        <source>&amp;End the Session</source>
        <translation>&amp;Terminar la sesión</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="193"/>
        <source>Remove from Session</source>
        <translation>Expulsar de la sesión</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="194"/>
        <source>Remove %1 from the session?</source>
        <translation>¿Expulsar a %1 de la sesión?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="196"/>
        <source>Their session ends and keeps the text as it is. They can join again with the invite (and the password, if the room has one) unless you also change the password, or set one if it has none. Everyone else stays connected and needs no new password.</source>
        <translation>Su sesión termina y conserva el texto tal como está. Puede volver a unirse con la invitación (y la contraseña, si la sala tiene una) a menos que también cambie la contraseña, o ponga una si no la tiene. Los demás siguen conectados y no necesitan una contraseña nueva.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="199"/>
        <source>&amp;Remove</source>
        <translation>&amp;Expulsar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="201"/>
        <source>Remove and &amp;Change the Password…</source>
        <translation>Expulsar y &amp;cambiar la contraseña…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="213"/>
        <source>Change the Password</source>
        <translation>Cambiar la contraseña</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="214"/>
        <source>The room&apos;s new password (empty: none). Tell it to those who should be able to join; those in the session now stay without it.

New password:</source>
        <translation>La nueva contraseña de la sala (vacía: ninguna). Dígasela a quienes deban poder unirse; quienes están ahora en la sesión siguen sin ella.

Nueva contraseña:</translation>
    </message>
</context>
<context>
    <name>ensemble::DiskChangeWatcher</name>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="15"/>
        <source>Reload</source>
        <extracomment>Button on the notice that another program changed the file: read it again from disk.</extracomment>
        <translation>Volver a cargar</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="67"/>
        <source>The file was deleted or moved by another program. Saving will write it again.</source>
        <translation>Otro programa ha eliminado o movido el archivo. Al guardar se volverá a escribir.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="71"/>
        <source>The file was changed by another program. Reloading it discards your unsaved changes here; saving overwrites the other program&apos;s changes.</source>
        <translation>Otro programa ha modificado el archivo. Al volver a cargarlo se descartan los cambios sin guardar de aquí; al guardar se sobrescriben los cambios del otro programa.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="73"/>
        <source>The file was changed by another program.</source>
        <translation>Otro programa ha modificado el archivo.</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentSync</name>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="50"/>
        <source>The server sent no text to start from.</source>
        <translation>El servidor no ha enviado ningún texto de partida.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="75"/>
        <source>Catching up with the room failed: %1</source>
        <translation>No se ha podido poner al día con la sala: %1</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="113"/>
        <source>The server confirmed an edit this session did not expect.</source>
        <translation>El servidor ha confirmado un cambio que esta sesión no esperaba.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="129"/>
        <source>A remote edit did not fit this session&apos;s document.</source>
        <translation>Un cambio remoto no encajaba con el documento de esta sesión.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="145"/>
        <source>Taking back refused edits failed: %1</source>
        <translation>No se han podido deshacer los cambios rechazados: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentTab</name>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="18"/>
        <source>Convert to UTF-8</source>
        <translation>Convertir a UTF-8</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="44"/>
        <source>Untitled %1</source>
        <translation>Sin título %1</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="234"/>
        <source>This file is not valid UTF-8. It is shown as ISO 8859-1 (Latin-1) and will be saved in that encoding, byte for byte as it was.</source>
        <translation>Este archivo no es UTF-8 válido. Se muestra como ISO 8859-1 (Latin-1) y se guardará en esa codificación, byte a byte tal como estaba.</translation>
    </message>
</context>
<context>
    <name>ensemble::EditMenuController</name>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="43"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="55"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="62"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="70"/>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="74"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="77"/>
        <source>Select &amp;All</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="80"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Co&amp;mentar/descomentar</translation>
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
        <translation>&amp;Historial…</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="92"/>
        <source>&amp;Line Endings</source>
        <translation>&amp;Finales de línea</translation>
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
        <translation>Mac OS clásico (CR)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="109"/>
        <source>Convert to UTF-&amp;8</source>
        <translation>Convertir a UTF-&amp;8</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="115"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferencias…</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="21"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="23"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="26"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="31"/>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="37"/>
        <source>Save A&amp;ll</source>
        <translation>Guardar &amp;todo</translation>
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
        <translation>C&amp;errar</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
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
        <translation>&amp;Vaciar la lista</translation>
    </message>
</context>
<context>
    <name>ensemble::FindReplaceBar</name>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="23"/>
        <source>Find</source>
        <extracomment>Placeholder of the search field.</extracomment>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="25"/>
        <source>Replace with</source>
        <translation>Reemplazar por</translation>
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
        <translation>Distinguir mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>W</source>
        <extracomment>Label of the small &quot;whole words only&quot; toggle button: one letter for &quot;word&quot;.</extracomment>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>Whole words only</source>
        <translation>Solo palabras completas</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="31"/>
        <source>Regular expression (ECMAScript)</source>
        <translation>Expresión regular (ECMAScript)</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Wrap</source>
        <extracomment>Label of the small &quot;wrap around&quot; toggle button of the find bar; keep it short.</extracomment>
        <translation>Circular</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Continue from the other end of the document</source>
        <translation>Continuar desde el otro extremo del documento</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="36"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="37"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="38"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="39"/>
        <source>Replace All</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="43"/>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/FindReplaceBar.cpp" line="203"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>Se ha reemplazado %n coincidencia</numerusform>
            <numerusform>Se han reemplazado %n coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="217"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="220"/>
        <source>Wrapped around</source>
        <extracomment>Find bar status: the search went past the end and went on from the start.</extracomment>
        <translation>Continuado desde el otro extremo</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDiskChanges</name>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="213"/>
        <source>%1 changed on disk, but the change could not be merged into the session: %2</source>
        <translation>%1 cambió en el disco, pero el cambio no se pudo fusionar en la sesión: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="215"/>
        <source>the document is out of step</source>
        <translation>el documento está desincronizado</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="249"/>
        <source>%1 was deleted on disk and left the shared folder</source>
        <translation>%1 se eliminó del disco y salió de la carpeta compartida</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="256"/>
        <source>%1 was deleted on disk while %2 worked in it. The session keeps its text; Save Shared Folder writes it again.</source>
        <extracomment>%1: a file&apos;s path; %2: who works in it (&quot;Ana, Bo&quot;).</extracomment>
        <translation>%1 se eliminó del disco mientras %2 trabajaba en él. La sesión conserva su texto; «Guardar la carpeta compartida» lo vuelve a escribir.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="268"/>
        <source>%1 changed on disk and is no longer UTF-8 text. The session keeps its text; saving leaves the file alone until it is text again.</source>
        <translation>%1 cambió en el disco y ya no es texto UTF-8. La sesión conserva su texto; al guardar no se toca el archivo hasta que vuelva a ser texto.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="272"/>
        <source>%1 changed on disk but cannot be read. The session keeps its text; saving leaves the file alone until it can be read.</source>
        <translation>%1 cambió en el disco pero no se puede leer. La sesión conserva su texto; al guardar no se toca el archivo hasta que se pueda leer.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDocumentLink</name>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="38"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>La sesión no aceptó una edición hecha en el editor.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="94"/>
        <source>The change made on disk could not be merged into the editor.</source>
        <translation>El cambio hecho en el disco no se pudo fusionar en el editor.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderMenuController</name>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="31"/>
        <source>Share &amp;Folder…</source>
        <extracomment>Session menu: share a whole folder (its text files) in one session.</extracomment>
        <translation>Compartir una carpe&amp;ta…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="34"/>
        <source>Sa&amp;ve Shared Folder</source>
        <extracomment>Session menu: the host writes every shared file into the shared folder.</extracomment>
        <translation>&amp;Guardar la carpeta compartida</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="37"/>
        <source>Save Shared Folder &amp;Automatically</source>
        <extracomment>Session menu (checkable): the host&apos;s shared folder is saved a moment after each change.</extracomment>
        <translation>Guardar la carpeta compartida auto&amp;máticamente</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="42"/>
        <source>Show Folder Invi&amp;te…</source>
        <translation>Mostrar la in&amp;vitación de la carpeta…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="45"/>
        <source>Save a &amp;Copy of the Project…</source>
        <extracomment>Session menu: write the shared folder&apos;s files, as the session has them, to a local folder.</extracomment>
        <translation>Guardar una copia del &amp;proyecto…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="51"/>
        <source>Ask Everyone to F&amp;ollow Me</source>
        <extracomment>Session menu: everyone else in the shared folder is asked to follow you (for a walkthrough).</extracomment>
        <translation>Pedir a todos &amp;que me sigan</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="54"/>
        <location filename="../app/menus/FolderMenuController.cpp" line="117"/>
        <source>Leave Shared Fol&amp;der</source>
        <translation>Salir de la ca&amp;rpeta compartida</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="77"/>
        <source>Share Folder</source>
        <translation>Compartir una carpeta</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="89"/>
        <source>Cannot Share the Folder</source>
        <translation>No se puede compartir la carpeta</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="116"/>
        <source>Stop Sharing the Fol&amp;der</source>
        <translation>Dejar de compa&amp;rtir la carpeta</translation>
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
        <translation>%1 se unió</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="42"/>
        <source>%1 left</source>
        <translation>%1 se fue</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="89"/>
        <source>Shared by %1</source>
        <translation>Compartida por %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="91"/>
        <source>Shared folder</source>
        <translation>Carpeta compartida</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="143"/>
        <source>Only the host saves the shared folder.</source>
        <translation>Solo el anfitrión guarda la carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="175"/>
        <source>The host</source>
        <translation>El anfitrión</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="177"/>
        <source>%1 created %2</source>
        <translation>%1 creó %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="179"/>
        <source>%1 renamed %2 to %3</source>
        <translation>%1 renombró %2 a %3</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="181"/>
        <source>%1 deleted %2</source>
        <translation>%1 eliminó %2</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSessionController</name>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="43"/>
        <location filename="../app/session/FolderSessionController.cpp" line="91"/>
        <source>This window already takes part in a shared folder.</source>
        <translation>Esta ventana ya participa en una carpeta compartida.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="48"/>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 no es una carpeta que se pueda leer.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="103"/>
        <source>Sharing %1 again: Save Shared Folder writes what the session holds into it.</source>
        <extracomment>Status bar, after a shared folder&apos;s session was resumed following a crash.</extracomment>
        <translation>%1 se comparte de nuevo: «Guardar la carpeta compartida» escribe en ella lo que tiene la sesión.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="121"/>
        <source>The Session Refused the Change</source>
        <translation>La sesión rechazó el cambio</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="261"/>
        <source>Cannot Save the Shared Folder</source>
        <translation>No se puede guardar la carpeta compartida</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>Autosave could not write: %1</source>
        <translation>El guardado automático no pudo escribir: %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="268"/>
        <source>Saved the shared folder</source>
        <translation>Carpeta compartida guardada</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="291"/>
        <source>%1 changed on disk; the change is in the session</source>
        <translation>%1 cambió en el disco; el cambio está en la sesión</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="332"/>
        <source>%1 was deleted from the shared folder; this tab keeps its text.</source>
        <translation>%1 se eliminó de la carpeta compartida; esta pestaña conserva su texto.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="352"/>
        <source>The Shared Folder Session Ended</source>
        <translation>La sesión de la carpeta compartida terminó</translation>
    </message>
</context>
<context>
    <name>ensemble::HelpMenuController</name>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="18"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="19"/>
        <source>&amp;About Ensemble</source>
        <translation>&amp;Acerca de Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="23"/>
        <source>About Ensemble</source>
        <translation>Acerca de Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="24"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="31"/>
        <source>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;A code editor in which several people edit one document at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;Un editor de código en el que varias personas editan un mismo documento a la vez.&lt;/p&gt;&lt;p&gt;Creado con Qt %2 y QScintilla %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryClient</name>
    <message>
        <location filename="../net/client/HistoryClient.cpp" line="72"/>
        <source>The connection was lost.</source>
        <translation>Se perdió la conexión.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDialog</name>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="33"/>
        <source>&amp;Play</source>
        <translation>Re&amp;producir</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="34"/>
        <source>Restore &amp;Selection</source>
        <translation>Restaurar &amp;selección</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="35"/>
        <source>Restore &amp;Document</source>
        <translation>Restaurar &amp;documento</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="37"/>
        <source>History of %1</source>
        <translation>Historial de %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="46"/>
        <source>&amp;Text at This Revision</source>
        <translation>&amp;Texto en esta revisión</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="47"/>
        <source>&amp;Changes Since Then</source>
        <translation>&amp;Cambios desde entonces</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="48"/>
        <source>Reading the history…</source>
        <translation>Leyendo el historial…</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="148"/>
        <source>Revision %1 of %2</source>
        <translation>Revisión %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="158"/>
        <source>Revision %1 of %2, by %3, %4</source>
        <extracomment>Revision 12 of 40, by Ana, 5/12/26 22:01.</extracomment>
        <translation>Revisión %1 de %2, de %3, %4</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDiffView</name>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="51"/>
        <source>unchanged lines: %1</source>
        <translation>líneas sin cambios: %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="73"/>
        <source>No changes.</source>
        <translation>Sin cambios.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryService</name>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="99"/>
        <source>This room keeps no history (the server has no data directory, or cannot write it).</source>
        <translation>Esta sala no guarda historial (el servidor no tiene carpeta de datos o no puede escribir en ella).</translation>
    </message>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="106"/>
        <source>At most %1 history requests may wait at a time.</source>
        <translation>Como máximo %1 solicitudes de historial pueden esperar a la vez.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryTimeline</name>
    <message>
        <location filename="../app/history/HistoryTimeline.cpp" line="56"/>
        <source>The history can be read only while connected.</source>
        <translation>El historial solo se puede leer mientras hay conexión.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostCertificate</name>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="99"/>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="103"/>
        <source>Ensemble on %1</source>
        <translation>Ensemble en %1</translation>
    </message>
</context>
<context>
    <name>ensemble::HostRecoveryController</name>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="47"/>
        <source>Cannot Discard the Room</source>
        <translation>No se puede descartar la sala</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="48"/>
        <source>%1 could not be deleted.</source>
        <translation>No se ha podido eliminar %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="72"/>
        <source>Cannot Resume Hosting</source>
        <translation>No se puede reanudar el alojamiento</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="73"/>
        <source>%1

The room is kept in %2.</source>
        <translation>%1

La sala se conserva en %2.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostSessionDialog</name>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="25"/>
        <source>&amp;Any free port</source>
        <translation>&amp;Cualquier puerto libre</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="28"/>
        <source>&amp;Guests can edit</source>
        <translation>Los &amp;invitados pueden editar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="29"/>
        <source>&amp;Encrypt connections (TLS)</source>
        <translation>Ci&amp;frar las conexiones (TLS)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="31"/>
        <source>New Cer&amp;tificate</source>
        <translation>Nuevo cer&amp;tificado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="32"/>
        <source>&amp;Show on the local network</source>
        <translation>Mostrar en la red lo&amp;cal</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="33"/>
        <source>Let anyone on the local network &amp;join without an invite</source>
        <translation>Dejar que cualquiera en la red local se &amp;una sin invitación</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="37"/>
        <source>Host Session</source>
        <translation>Alojar una sesión</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="41"/>
        <source>All network interfaces</source>
        <translation>Todas las interfaces de red</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="42"/>
        <source>This computer only</source>
        <translation>Solo este equipo</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="47"/>
        <source>none</source>
        <extracomment>Placeholder of the empty password field: the room will have no password.</extracomment>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="50"/>
        <source>Otherwise guests can only follow along (Session ▸ Guests Can Edit changes it later)</source>
        <extracomment>&quot;Session ▸ Guests Can Edit&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Si no, los invitados solo pueden seguir la edición (Sesión ▸ Los invitados pueden editar lo cambia más adelante)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="54"/>
        <source>Guests connect with wss://; the invite carries the certificate&apos;s fingerprint, so they reach this computer and no other.</source>
        <translation>Los invitados se conectan con wss://; la invitación lleva la huella digital del certificado, así que llegan a este equipo y a ningún otro.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="56"/>
        <source>Make a new certificate. Invites handed out before stop working, and guests who trusted the old one are warned.</source>
        <translation>Crear un certificado nuevo. Las invitaciones entregadas antes dejan de funcionar, y se avisa a los invitados que confiaban en el anterior.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="66"/>
        <source>Guests on this network see the session in their Join dialog</source>
        <translation>Los invitados de esta red ven la sesión en su diálogo Unirse</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="68"/>
        <source>Publishes the room ID, which is all it takes to join a room without a password. Otherwise guests still need your invite.</source>
        <translation>Publica el ID de la sala, que es todo lo necesario para unirse a una sala sin contraseña. Si no, los invitados siguen necesitando tu invitación.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="83"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="85"/>
        <source>&amp;Listen on:</source>
        <translation>Escuc&amp;har en:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="86"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="90"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="94"/>
        <source>Anyone who has the invite (and the password, if you set one) and can reach this computer can join.</source>
        <translation>Cualquiera que tenga la invitación (y la contraseña, si establece una) y pueda llegar a este equipo puede unirse.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="99"/>
        <source>&amp;Host</source>
        <extracomment>Button: start hosting (a verb).</extracomment>
        <translation>&amp;Alojar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="145"/>
        <source>Not shown on the network: only this computer can join.</source>
        <translation>No se muestra en la red: solo este equipo puede unirse.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="147"/>
        <source>Not shown on the network: guests need your invite.</source>
        <translation>No se muestra en la red: los invitados necesitan tu invitación.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="149"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address, whether there is a password and the certificate&apos;s fingerprint.</source>
        <translation>Todos en esta red ven el nombre del documento, tu nombre, la dirección de este equipo, si hay contraseña y la huella del certificado.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="152"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address and whether there is a password.</source>
        <translation>Todos en esta red ven el nombre del documento, tu nombre, la dirección de este equipo y si hay contraseña.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="155"/>
        <source>They also see the room ID; joining needs the password.</source>
        <translation>También ven el ID de la sala; para unirse hace falta la contraseña.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="157"/>
        <source>They also see the room ID, so anyone on it can join.</source>
        <translation>También ven el ID de la sala, así que cualquiera en la red puede unirse.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="158"/>
        <source>The room ID stays hidden: joining needs your invite.</source>
        <translation>El ID de la sala queda oculto: para unirse hace falta tu invitación.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostedRoom</name>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="35"/>
        <source>Cannot create the directory %1.</source>
        <translation>No se puede crear el directorio %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="58"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="67"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="86"/>
        <source>%1 is damaged.</source>
        <translation>El archivo %1 está dañado.</translation>
    </message>
</context>
<context>
    <name>ensemble::IdentityFields</name>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="18"/>
        <source>How the others see you</source>
        <translation>Cómo le ven los demás</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="19"/>
        <source>Your caret and selection colour in everyone&apos;s editor</source>
        <translation>El color de su cursor y su selección en el editor de todos</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="23"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="24"/>
        <source>Your &amp;colour:</source>
        <translation>Su co&amp;lor:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="35"/>
        <source>Your Colour</source>
        <translation>Su color</translation>
    </message>
</context>
<context>
    <name>ensemble::InterruptedRoom</name>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="39"/>
        <source>Revision %1 in %2 does not apply: %3</source>
        <translation>La revisión %1 de %2 no se puede aplicar: %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="59"/>
        <source>The shared folder %1 is gone.</source>
        <translation>La carpeta compartida %1 ya no existe.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="92"/>
        <source>%1 describes another room.</source>
        <translation>%1 describe otra sala.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="103"/>
        <source>The room kept in %1</source>
        <extracomment>%1 is a directory.</extracomment>
        <translation>La sala conservada en %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="106"/>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="115"/>
        <source>the folder “%1”, shared since %2</source>
        <extracomment>%1 a folder, %2 a time or a date and time.</extracomment>
        <translation>la carpeta «%1», compartida desde %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="117"/>
        <source>the folder “%1”, shared since %2, with %3</source>
        <extracomment>%1 a folder, %2 a time or a date and time, %3 the names of the guests in the session.</extracomment>
        <translation>la carpeta «%1», compartida desde %2, con %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="122"/>
        <source>“%1”, hosted since %2</source>
        <extracomment>%1 a file name, %2 a time or a date and time.</extracomment>
        <translation>«%1», alojado desde %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="124"/>
        <source>“%1”, hosted since %2, with %3</source>
        <extracomment>%1 a file name, %2 a time or a date and time, %3 the names of the guests in the room.</extracomment>
        <translation>«%1», alojado desde %2, con %3</translation>
    </message>
</context>
<context>
    <name>ensemble::InviteDialog</name>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="26"/>
        <source>Invite</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="48"/>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;enlace</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="59"/>
        <source>None: the session is not encrypted, so others on the network can read it.</source>
        <translation>Ninguno: la sesión no está cifrada, así que otras personas de la red pueden leerla.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="61"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="62"/>
        <source>Invite:</source>
        <translation>Invitación:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="64"/>
        <source>Web link:</source>
        <extracomment>A link that opens the session in a web browser, for people without the app.</extracomment>
        <translation>Enlace web:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="66"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>Certificado:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="68"/>
        <source>Send the invite to the people you want to edit with; they paste it in Session ▸ Join Session…</source>
        <extracomment>&quot;Session ▸ Join Session…&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Envíe la invitación a las personas con las que quiera editar; ellas la pegan en Sesión ▸ Unirse a una sesión…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="72"/>
        <source>It carries the certificate&apos;s fingerprint, so their connection reaches this computer and no other.</source>
        <translation>Lleva la huella digital del certificado, así que su conexión llega a este equipo y a ningún otro.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="75"/>
        <source>Without the app, they open the web link in a browser.</source>
        <translation>Sin la aplicación, abren el enlace web en un navegador.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="78"/>
        <source>The browser warns about the certificate: they compare its fingerprint with the one above before they go on.</source>
        <translation>El navegador avisa sobre el certificado: comparan su huella con la de arriba antes de continuar.</translation>
    </message>
</context>
<context>
    <name>ensemble::JoinSessionDialog</name>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="24"/>
        <source>&amp;Encrypted connection (the host&apos;s default)</source>
        <translation>Conexión ci&amp;frada (la predeterminada del anfitrión)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="31"/>
        <source>Join Session</source>
        <translation>Unirse a una sesión</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="37"/>
        <source>ensemble://host:7717/room-id</source>
        <extracomment>Example invite: translate &quot;host&quot; (a computer) and &quot;room-id&quot;, keep the rest.</extracomment>
        <translation>ensemble://equipo:7717/id-sala</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="38"/>
        <source>Paste the invite the host gave you, or pick a recent session</source>
        <translation>Pegue la invitación que le dio el anfitrión o elija una sesión reciente</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="40"/>
        <source>host or host:port</source>
        <extracomment>&quot;host&quot; is the computer that hosts the session (a noun), &quot;port&quot; its network port.</extracomment>
        <translation>equipo o equipo:puerto</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="41"/>
        <source>room ID</source>
        <translation>ID de sala</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="48"/>
        <source>only if the host set one</source>
        <translation>solo si el anfitrión ha establecido una</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="62"/>
        <source>&amp;Sessions nearby:</source>
        <translation>Sesiones &amp;cercanas:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="64"/>
        <source>&amp;Invite:</source>
        <translation>&amp;Invitación:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="66"/>
        <source>or</source>
        <extracomment>Between the invite field and the address and room ID fields: one or the other.</extracomment>
        <translation>o</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="67"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="68"/>
        <source>&amp;Room ID:</source>
        <translation>ID de &amp;sala:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="70"/>
        <source>Pass&amp;word:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="72"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="93"/>
        <source>This host does not show the room ID on the network: paste their invite, or enter the room ID they give you.</source>
        <translation>Este anfitrión no muestra el ID de la sala en la red: pega su invitación o escribe el ID de sala que te dé.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="97"/>
        <source>This room asks for a password.</source>
        <translation>Esta sala pide una contraseña.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="125"/>
        <source>Paste an invite, or enter an address and room ID.</source>
        <translation>Pegue una invitación o introduzca una dirección y un ID de sala.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="131"/>
        <source>Enter the name the others will see.</source>
        <translation>Introduzca el nombre que verán los demás.</translation>
    </message>
</context>
<context>
    <name>ensemble::Language</name>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="66"/>
        <source>Plain Text</source>
        <translation>Texto sin formato</translation>
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
        <translation>&amp;Lenguaje</translation>
    </message>
    <message>
        <location filename="../app/menus/LanguageMenuController.cpp" line="20"/>
        <source>&amp;Detect from File Name</source>
        <translation>&amp;Detectar por el nombre del archivo</translation>
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
        <translation>%1 de %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="56"/>
        <source>[password]</source>
        <extracomment>After a session nearby that asks for a password.</extracomment>
        <translation>[contraseña]</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="65"/>
        <source>The host keeps the room ID private: you need their invite.</source>
        <translation>El anfitrión mantiene privado el ID de la sala: necesitas su invitación.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="81"/>
        <source>Sessions nearby cannot be listed: there is no D-Bus system bus.</source>
        <translation>No se pueden listar las sesiones cercanas: no hay bus de sistema D-Bus.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="84"/>
        <source>Sessions nearby cannot be listed: the Avahi daemon is not running.</source>
        <translation>No se pueden listar las sesiones cercanas: el servicio Avahi no está en marcha.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="88"/>
        <source>Sessions nearby cannot be listed: %1</source>
        <translation>No se pueden listar las sesiones cercanas: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="101"/>
        <source>Looking for sessions on this network…</source>
        <translation>Buscando sesiones en esta red…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="103"/>
        <source>Pick a session to fill in its address.</source>
        <translation>Elige una sesión para rellenar su dirección.</translation>
    </message>
</context>
<context>
    <name>ensemble::NoticeBar</name>
    <message>
        <location filename="../editor/NoticeBar.cpp" line="30"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>ensemble::ParticipantsPanel</name>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="41"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="61"/>
        <source>This document is not shared.</source>
        <translation>Este documento no está compartido.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="69"/>
        <source>Connection lost. Who is in the session is not known until it is back.</source>
        <extracomment>Participants panel, first line while the connection to the session is lost.</extracomment>
        <translation>Se perdió la conexión. No se sabe quién está en la sesión hasta que vuelva.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="76"/>
        <source>you</source>
        <extracomment>Participants list, after a name: this is you.</extracomment>
        <translation>usted</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="80"/>
        <source>host</source>
        <extracomment>Participants list, after a name: this person hosts the session (a noun).</extracomment>
        <translation>anfitrión</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="100"/>
        <source>following</source>
        <extracomment>Participants list, after a name: your view follows this person&apos;s caret.</extracomment>
        <translation>siguiendo</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="108"/>
        <source>in %1</source>
        <extracomment>Participants list, the line under a name: the shared folder&apos;s file they are in.</extracomment>
        <translation>en %1</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="145"/>
        <source>Stop Following</source>
        <extracomment>Context menu of a participant: your view no longer follows their caret.</extracomment>
        <translation>Dejar de seguir</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="150"/>
        <source>Follow</source>
        <extracomment>Context menu of a participant: your view follows their caret as they move and type.</extracomment>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="156"/>
        <source>Remove from Session…</source>
        <extracomment>Context menu of a participant: the host sends them out of the session (asks first).</extracomment>
        <translation>Expulsar de la sesión…</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="85"/>
        <source>connected</source>
        <extracomment>Participants list, after a name: this person is in the session.</extracomment>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="89"/>
        <source>reconnecting</source>
        <extracomment>Participants list, after your own name: your connection is being restored.</extracomment>
        <translation>reconectando</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="94"/>
        <source>status unknown</source>
        <extracomment>Participants list, after a name: this person was in the session when your connection was lost; whether they still are is not known.</extracomment>
        <translation>estado desconocido</translation>
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
        <translation>No se puede guardar una copia del proyecto</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Saving a copy of the project…</source>
        <translation>Guardando una copia del proyecto…</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="63"/>
        <source>Save a Copy of the Project</source>
        <translation>Guardar una copia del proyecto</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="90"/>
        <source>Some Files Were Not Copied</source>
        <translation>Algunos archivos no se copiaron</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="91"/>
        <source>The copy in %1 lacks these files:
%2</source>
        <translation>A la copia en %1 le faltan estos archivos:
%2</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="93"/>
        <source>The copy in %1 was stopped</source>
        <translation>Se detuvo la copia en %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/ProjectCopyController.cpp" line="95"/>
        <source>Saved a copy of %n file(s) in %1</source>
        <translation>
            <numerusform>Se guardó una copia de %n archivo en %1</numerusform>
            <numerusform>Se guardó una copia de %n archivos en %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::ProjectDownload</name>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="28"/>
        <source>Not connected to a session that shares a folder.</source>
        <translation>No conectado a una sesión que comparta una carpeta.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="33"/>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="38"/>
        <source>The folder %1 is not empty.</source>
        <translation>La carpeta %1 no está vacía.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="127"/>
        <location filename="../net/client/ProjectDownload.cpp" line="132"/>
        <location filename="../net/client/ProjectDownload.cpp" line="170"/>
        <source>deleted from the session meanwhile</source>
        <translation>eliminado de la sesión mientras tanto</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="174"/>
        <source>not a path this computer can hold</source>
        <translation>no es una ruta que este equipo pueda guardar</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="181"/>
        <source>cannot create its folder</source>
        <translation>no se puede crear su carpeta</translation>
    </message>
</context>
<context>
    <name>ensemble::Room</name>
    <message>
        <location filename="../net/server/Room.cpp" line="179"/>
        <location filename="../net/server/RoomMessages.cpp" line="171"/>
        <source>The owner removed you from this room.</source>
        <translation>El propietario le ha expulsado de esta sala.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="186"/>
        <source>The same client joined again from elsewhere.</source>
        <translation>El mismo cliente se ha vuelto a unir desde otro lugar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Room.cpp" line="194"/>
        <source>This room already has %n participant(s).</source>
        <translation>
            <numerusform>Esta sala ya tiene %n participante.</numerusform>
            <numerusform>Esta sala ya tiene %n participantes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="301"/>
        <source>this session shares a folder; it needs a client of protocol 2</source>
        <translation>esta sesión comparte una carpeta; necesita un cliente del protocolo 2</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="357"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>No se ha podido guardar la sala %1: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="64"/>
        <source>Only the owner may change this room.</source>
        <translation>Solo el propietario puede modificar esta sala.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="381"/>
        <source>Room %1 could not save its chat: %2</source>
        <translation>La sala %1 no pudo guardar su chat: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="97"/>
        <location filename="../net/server/RoomMessages.cpp" line="119"/>
        <source>Document %1 is not open.</source>
        <translation>El documento %1 no está abierto.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="98"/>
        <location filename="../net/server/RoomTree.cpp" line="43"/>
        <source>There is no document %1 in this session.</source>
        <translation>No hay ningún documento %1 en esta sesión.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="154"/>
        <source>Only the owner may remove participants.</source>
        <translation>Solo el propietario puede expulsar a participantes.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="158"/>
        <source>The owner cannot remove themselves.</source>
        <translation>El propietario no puede expulsarse a sí mismo.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="178"/>
        <source>Only the owner may change the room&apos;s settings.</source>
        <translation>Solo el propietario puede cambiar la configuración de la sala.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="36"/>
        <source>open needs protocol 2.</source>
        <translation>open necesita el protocolo 2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="56"/>
        <source>At most %n document(s) can be open at a time.</source>
        <translation>
            <numerusform>Como máximo puede haber %n documento abierto a la vez.</numerusform>
            <numerusform>Como máximo puede haber %n documentos abiertos a la vez.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="158"/>
        <location filename="../net/server/RoomTree.cpp" line="193"/>
        <source>“%1” is not a path a session can share.</source>
        <translation>«%1» no es una ruta que una sesión pueda compartir.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="161"/>
        <location filename="../net/server/RoomTree.cpp" line="203"/>
        <source>%1 exists already.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="164"/>
        <source>A session holds at most %n file(s) and folder(s).</source>
        <translation>
            <numerusform>Una sesión contiene como máximo %n archivo o carpeta.</numerusform>
            <numerusform>Una sesión contiene como máximo %n archivos y carpetas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="170"/>
        <source>The session&apos;s documents may hold at most %1 characters together.</source>
        <translation>Los documentos de la sesión pueden contener como máximo %1 caracteres en total.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="225"/>
        <source>There is no %1 in this session.</source>
        <translation>No hay ningún %1 en esta sesión.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="200"/>
        <source>%1 was renamed to %2.</source>
        <translation>%1 se renombró a %2.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>La sala %1 vuelve a guardarse.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="75"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>La sala %1 no se está guardando: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="78"/>
        <source>The server cannot save this room for now; your edits wait and are sent again.</source>
        <translation>El servidor no puede guardar esta sala por ahora; tus cambios esperan y se enviarán de nuevo.</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomDocument</name>
    <message>
        <location filename="../net/server/RoomDocument.cpp" line="318"/>
        <source>Room %1 dropped a selection outside its text.</source>
        <translation>La sala %1 descartó una selección fuera de su texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomDocumentMessages.cpp" line="25"/>
        <source>The document may not grow beyond %n character(s).</source>
        <translation>
            <numerusform>El documento no puede superar %n carácter.</numerusform>
            <numerusform>El documento no puede superar los %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="31"/>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="84"/>
        <source>The selection lies outside the document.</source>
        <translation>La selección está fuera del documento.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="53"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>La sala %1 no se está guardando: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="55"/>
        <source>The server cannot save this room; recent edits may be lost if it stops.</source>
        <translation>El servidor no puede guardar esta sala; los últimos cambios podrían perderse si se detiene.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>La sala %1 vuelve a guardarse.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="119"/>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="133"/>
        <source>Room %1 does not keep its history: %2</source>
        <translation>La sala %1 no guarda su historial: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="147"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>No se ha podido guardar la sala %1: %2</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomServer</name>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="63"/>
        <source>The server is busy with other joining connections.</source>
        <translation>El servidor está ocupado con otras conexiones que se están uniendo.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="78"/>
        <source>Cannot accept connections: %1; trying again in %2 ms.</source>
        <translation>No se pueden aceptar conexiones: %1; se reintentará dentro de %2 ms.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="118"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="155"/>
        <source>The server is shutting down.</source>
        <translation>El servidor se está apagando.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="173"/>
        <source>Cannot create the data directory %1.</source>
        <translation>No se puede crear la carpeta de datos %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="180"/>
        <source>Another Ensemble server is using %1.</source>
        <translation>Otro servidor de Ensemble está usando %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="191"/>
        <location filename="../net/server/RoomServerJournal.cpp" line="42"/>
        <source>Room %1 was not loaded: %2</source>
        <translation>No se ha cargado la sala %1: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="203"/>
        <source>“%1” is not a file name.</source>
        <translation>«%1» no es un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="227"/>
        <source>“%1” is not a room ID.</source>
        <translation>«%1» no es un ID de sala.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="229"/>
        <source>Room %1 already exists.</source>
        <translation>La sala %1 ya existe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="232"/>
        <source>This server already holds %n room(s).</source>
        <translation>
            <numerusform>Este servidor ya aloja %n sala.</numerusform>
            <numerusform>Este servidor ya aloja %n salas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="236"/>
        <source>The document is longer than %n character(s).</source>
        <translation>
            <numerusform>El documento supera %n carácter.</numerusform>
            <numerusform>El documento supera los %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="265"/>
        <source>The host closed this room.</source>
        <translation>El anfitrión ha cerrado esta sala.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="285"/>
        <source>Room %1 was deleted: nobody had joined it for %2 hours.</source>
        <extracomment>Server log: %1 a room id, %2 a number of hours.</extracomment>
        <translation>Se eliminó la sala %1: nadie se había unido a ella en %2 horas.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="80"/>
        <source>The address must end in /ROOM-ID (a lowercase UUID).</source>
        <translation>La dirección debe terminar en /ID-SALA (un UUID en minúsculas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="98"/>
        <source>Too many failed attempts from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados intentos fallidos desde su dirección; vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados intentos fallidos desde su dirección; vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="111"/>
        <source>This room needs a password.</source>
        <translation>Esta sala necesita una contraseña.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="160"/>
        <source>The password is wrong.</source>
        <translation>La contraseña es incorrecta.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="120"/>
        <location filename="../net/server/Admission.cpp" line="174"/>
        <source>There is no room with this ID here.</source>
        <translation>Aquí no hay ninguna sala con este ID.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="70"/>
        <source>The server is checking too many passwords; try again later.</source>
        <translation>El servidor está comprobando demasiadas contraseñas; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="71"/>
        <source>Too many password attempts from your address at once; try again later.</source>
        <translation>Demasiados intentos de contraseña simultáneos desde su dirección; inténtelo más tarde.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="142"/>
        <source>Creating rooms on this server needs its password.</source>
        <translation>Para crear salas en este servidor se necesita su contraseña.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="196"/>
        <source>Your address created %n room(s) within the last hour; try again later.</source>
        <translation>
            <numerusform>Su dirección creó %n sala en la última hora; inténtelo más tarde.</numerusform>
            <numerusform>Su dirección creó %n salas en la última hora; inténtelo más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="206"/>
        <source>The server&apos;s storage for rooms is full.</source>
        <translation>El almacenamiento del servidor para salas está lleno.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="229"/>
        <source>%1 failed to join %n time(s); it gets too_many_attempts for %2 s.</source>
        <extracomment>Server log: %1 a network address; too_many_attempts is a protocol error code.</extracomment>
        <translation>
            <numerusform>%1 no ha podido unirse %n vez; recibe too_many_attempts durante %2 s.</numerusform>
            <numerusform>%1 no ha podido unirse %n veces; recibe too_many_attempts durante %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerDocuments.cpp" line="14"/>
        <location filename="../net/server/RoomServerDocuments.cpp" line="24"/>
        <source>There is no room %1.</source>
        <translation>No hay ninguna sala %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="62"/>
        <source>This session is served by %1.</source>
        <extracomment>%1 a server&apos;s address, ws://HOST:PORT.</extracomment>
        <translation>Esta sesión la sirve %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="76"/>
        <source>Room %1 went to another server (its lease ran out or was taken).</source>
        <translation>La sala %1 ha pasado a otro servidor (su concesión expiró o fue tomada).</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="80"/>
        <source>This server no longer serves the session.</source>
        <translation>Este servidor ya no sirve la sesión.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="91"/>
        <source>The server cannot reach its database; trying again.</source>
        <translation>El servidor no puede acceder a su base de datos; se volverá a intentar.</translation>
    </message>
</context>
<context>
    <name>ensemble::SearchMenuController</name>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="21"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="22"/>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="24"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Reemplazar…</translation>
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
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="30"/>
        <source>Find &amp;Previous</source>
        <translation>Buscar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="34"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir a la línea…</translation>
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
        <translation>El certificado de %1 no es el que indica la invitación. Puede que alguien esté interceptando la conexión o que el anfitrión haya creado un certificado nuevo: pida al anfitrión una invitación actual.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="250"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection, or the host made a new certificate.</source>
        <translation>El certificado de %1 no es aquel en el que confió anteriormente. Puede que alguien esté interceptando la conexión o que el anfitrión haya creado un certificado nuevo.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="264"/>
        <source>The identity of %1 cannot be verified: %2</source>
        <translation>No se puede verificar la identidad de %1: %2</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="284"/>
        <source>%1 did not set up an encrypted connection (%2); it may not offer encryption. Ask the host for a current invite.</source>
        <translation>%1 no ha establecido una conexión cifrada (%2); puede que no ofrezca cifrado. Pida al anfitrión una invitación actual.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="296"/>
        <source>%1 closed the connection without answering; it may accept only encrypted connections. If so, ask the host for an invite with the certificate&apos;s fingerprint (…?fp=…).</source>
        <translation>%1 ha cerrado la conexión sin responder; puede que solo acepte conexiones cifradas. En ese caso, pida al anfitrión una invitación con la huella digital del certificado (…?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="314"/>
        <source>The connection to the server was lost.</source>
        <translation>Se ha perdido la conexión con el servidor.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="325"/>
        <source>Nothing answers at %1:%2.</source>
        <translation>Nadie responde en %1:%2.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="330"/>
        <source>The host %1 was not found.</source>
        <translation>No se ha encontrado el equipo %1.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="337"/>
        <source>No answer from %1:%2. Check the address, that the host is sharing a session, and that no firewall is in the way.</source>
        <translation>No hay respuesta de %1:%2. Compruebe la dirección, que el anfitrión esté compartiendo una sesión y que ningún cortafuegos lo impida.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="510"/>
        <source>Offline</source>
        <extracomment>Session state in the status bar: not connected to a session.</extracomment>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="512"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected, sending %n edit(s)</source>
        <extracomment>Session state in the status bar.</extracomment>
        <translation>
            <numerusform>Conectado, enviando %n cambio</numerusform>
            <numerusform>Conectado, enviando %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="518"/>
        <source>Reconnecting in %1 s (%n unsent edit(s))</source>
        <extracomment>Session state in the status bar: %1 is a number of seconds.</extracomment>
        <translation>
            <numerusform>Reconectando en %1 s (%n cambio sin enviar)</numerusform>
            <numerusform>Reconectando en %1 s (%n cambios sin enviar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="521"/>
        <source>Disconnected (%n unsent edit(s))</source>
        <translation>
            <numerusform>Desconectado (%n cambio sin enviar)</numerusform>
            <numerusform>Desconectado (%n cambios sin enviar)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="18"/>
        <source>The server sent a message this version does not understand: %1</source>
        <translation>El servidor ha enviado un mensaje que esta versión no entiende: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="25"/>
        <source>The server did not start with a welcome.</source>
        <translation>El servidor no ha empezado con un mensaje de bienvenida.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="69"/>
        <source>The server welcomed this session twice.</source>
        <translation>El servidor ha dado la bienvenida a esta sesión dos veces.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="142"/>
        <source>This room needs a password.</source>
        <translation>Esta sala necesita una contraseña.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="163"/>
        <source>The session fell behind the room; catching up.</source>
        <translation>La sesión se ha quedado atrás respecto a la sala; poniéndose al día.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="171"/>
        <source>This session was out of step with the room; catching up.</source>
        <translation>Esta sesión estaba desfasada respecto a la sala; poniéndose al día.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="178"/>
        <source>The server refused your recent edits (%1); the document is reloaded from the server.</source>
        <translation>El servidor ha rechazado sus últimos cambios (%1); el documento se vuelve a cargar desde el servidor.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="218"/>
        <source>Someone</source>
        <extracomment>Name shown for a participant the server has not introduced.</extracomment>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientFolder.cpp" line="137"/>
        <source>The server did not send the session&apos;s tree.</source>
        <translation>El servidor no envió el árbol de la sesión.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionHost</name>
    <message>
        <location filename="../app/hosting/SessionHost.cpp" line="119"/>
        <source>The room&apos;s files cannot be read. %1</source>
        <translation>No se pueden leer los archivos de la sala. %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SessionHostFolder.cpp" line="14"/>
        <source>The folder has no file to share.</source>
        <translation>La carpeta no tiene ningún archivo que compartir.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionMenuController</name>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="31"/>
        <source>Sessio&amp;n</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="33"/>
        <source>&amp;Host Session…</source>
        <extracomment>&quot;Host&quot; is a verb: share the current document in a new session.</extracomment>
        <translation>&amp;Alojar una sesión…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="35"/>
        <source>&amp;Join Session…</source>
        <translation>&amp;Unirse a una sesión…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="37"/>
        <source>Show &amp;Invite…</source>
        <translation>Mostrar la &amp;invitación…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="39"/>
        <source>&amp;Guests Can Edit</source>
        <translation>Los invitados pueden &amp;editar</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="48"/>
        <source>Change &amp;Password…</source>
        <extracomment>Session menu: the host gives the room a new password (asks for it).</extracomment>
        <translation>Cambiar la &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="53"/>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Leave Session</source>
        <translation>&amp;Salir de la sesión</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="103"/>
        <source>Cannot Host Session</source>
        <translation>No se puede alojar la sesión</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Stop Hosting</source>
        <translation>&amp;Dejar de alojar</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionPanel</name>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="56"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="69"/>
        <source>Click someone to follow them from file to file.</source>
        <translation>Haga clic en alguien para seguirlo de archivo en archivo.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="128"/>
        <source>No shared folder. Session ▸ Share Folder… shares one.</source>
        <translation>No hay carpeta compartida. Sesión ▸ Compartir una carpeta… comparte una.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="133"/>
        <source>%1 (read-only)</source>
        <translation>%1 (solo lectura)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="214"/>
        <source>%1 (deleted on disk)</source>
        <extracomment>A file of the Session panel whose file the host&apos;s folder no longer has.</extracomment>
        <translation>%1 (eliminado del disco)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="224"/>
        <source>Deleted on the host&apos;s disk; the session keeps it until the host saves or deletes it.</source>
        <translation>Eliminado del disco del anfitrión; la sesión lo conserva hasta que el anfitrión lo guarde o lo elimine.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="227"/>
        <source>Deleted on the host&apos;s disk; kept while %1 edits it.</source>
        <extracomment>%1: who works in the file (&quot;Ana, Bo&quot;).</extracomment>
        <translation>Eliminado del disco del anfitrión; se conserva mientras %1 lo edita.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="238"/>
        <source>%1 (following)</source>
        <translation>%1 (siguiendo)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="277"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="279"/>
        <source>New &amp;File…</source>
        <translation>Nuevo &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="282"/>
        <source>New Fol&amp;der…</source>
        <translation>Nueva &amp;carpeta…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="285"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="287"/>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="296"/>
        <source>The host made this session read-only</source>
        <translation>El anfitrión puso esta sesión en solo lectura</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New File</source>
        <translation>Nuevo archivo</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New Folder</source>
        <translation>Nueva carpeta</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new file:</source>
        <translation>Ruta del nuevo archivo:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new folder:</source>
        <translation>Ruta de la nueva carpeta:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>New path:</source>
        <translation>Nueva ruta:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="326"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="327"/>
        <source>Delete %1 from the shared folder for everyone? Whoever has it open keeps the text.</source>
        <translation>¿Eliminar %1 de la carpeta compartida para todos? Quien lo tenga abierto conserva el texto.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionStatusController</name>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="23"/>
        <source>Session</source>
        <extracomment>Tooltip of the status bar field showing the session&apos;s state.</extracomment>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="25"/>
        <source>People in the session (see Session ▸ Participants)</source>
        <extracomment>&quot;Session ▸ Participants&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Personas en la sesión (vea Sesión ▸ Participantes)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="27"/>
        <source>Type, click in the editor or press Escape to stop following</source>
        <extracomment>Tooltip of the status bar field naming the participant whose caret the view follows.</extracomment>
        <translation>Escriba, haga clic en el editor o pulse Escape para dejar de seguir</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="57"/>
        <source>Following %1</source>
        <extracomment>Status bar: the view follows this participant&apos;s caret; %1 their name.</extracomment>
        <translation>Siguiendo a %1</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="69"/>
        <source>Participants unknown</source>
        <extracomment>Status bar, instead of the participant count while the connection is lost.</extracomment>
        <translation>Participantes desconocidos</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/SessionStatusController.cpp" line="70"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participante</numerusform>
            <numerusform>%n participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Encrypted</source>
        <extracomment>Status bar: whether the session&apos;s connection is encrypted (TLS).</extracomment>
        <translation>Cifrada</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Not encrypted</source>
        <translation>Sin cifrar</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="75"/>
        <source>The connection is not encrypted: others on the network can read the document as it travels.</source>
        <translation>La conexión no está cifrada: otras personas de la red pueden leer el documento mientras viaja.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="78"/>
        <source>The connection is encrypted (TLS).</source>
        <translation>La conexión está cifrada (TLS).</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="80"/>
        <source>The connection is encrypted (TLS). Server certificate SHA-256: %1</source>
        <translation>La conexión está cifrada (TLS). SHA-256 del certificado del servidor: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::Settings</name>
    <message>
        <location filename="../app/Settings.cpp" line="182"/>
        <source>Guest</source>
        <extracomment>Name shown to the others in a session when the user has none.</extracomment>
        <translation>Invitado</translation>
    </message>
</context>
<context>
    <name>ensemble::SettingsDialog</name>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="24"/>
        <source>Indent with &amp;spaces instead of tabs</source>
        <translation>Sangrar con &amp;espacios en lugar de tabuladores</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="25"/>
        <source>Show &amp;whitespace</source>
        <translation>Mostrar espacios en &amp;blanco</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="26"/>
        <source>Wrap &amp;long lines</source>
        <translation>A&amp;justar las líneas largas</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="27"/>
        <source>Show &amp;indentation guides</source>
        <translation>Mostrar &amp;guías de sangría</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
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
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="47"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="48"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="56"/>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="60"/>
        <source>The interface language changes when Ensemble is next started.</source>
        <translation>El idioma de la interfaz cambia la próxima vez que se inicie Ensemble.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="71"/>
        <source>&amp;Font:</source>
        <translation>&amp;Tipo de letra:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="74"/>
        <source>&amp;Tab width:</source>
        <translation>Anc&amp;ho de tabulación:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="79"/>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="80"/>
        <source>Interface lan&amp;guage:</source>
        <translation>&amp;Idioma de la interfaz:</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedDocument</name>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="116"/>
        <source>Resynchronising the document with the room</source>
        <translation>Resincronizando el documento con la sala</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="134"/>
        <source>The host made the document read-only</source>
        <translation>El anfitrión ha hecho el documento de solo lectura</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="135"/>
        <source>The host lets everyone edit again</source>
        <translation>El anfitrión vuelve a permitir que todos editen</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="151"/>
        <source>%1 joined</source>
        <translation>%1 se ha unido</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="158"/>
        <source>%1 left</source>
        <translation>%1 ha salido</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="189"/>
        <source>%1 Trying again; your edits are kept.</source>
        <extracomment>%1 is a complete sentence saying what went wrong with the connection.</extracomment>
        <translation>%1 Se está reintentando; sus cambios se conservan.</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="260"/>
        <source>Hosting on port %1</source>
        <extracomment>Status bar: this window hosts the session, on this network port.</extracomment>
        <translation>Alojando en el puerto %1</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="265"/>
        <source>%1, guests read-only</source>
        <extracomment>Session status of the room&apos;s host: %1 the state (&quot;Hosting on port 7717&quot;); guests cannot edit.</extracomment>
        <translation>%1, solo lectura para los invitados</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="268"/>
        <source>%1, read-only</source>
        <extracomment>Session status of a guest: %1 the state (&quot;Connected&quot;); the guest cannot edit the shared document.</extracomment>
        <translation>%1, solo lectura</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedFolder</name>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="16"/>
        <source>ignored by %1</source>
        <translation>excluido por %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="18"/>
        <source>the Git repository</source>
        <translation>el repositorio Git</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="20"/>
        <source>binary</source>
        <translation>binario</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="22"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="24"/>
        <source>too many files</source>
        <translation>demasiados archivos</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="26"/>
        <source>the folder is too large</source>
        <translation>la carpeta es demasiado grande</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="28"/>
        <location filename="../app/hosting/SharedFolder.cpp" line="61"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="30"/>
        <source>a symbolic link</source>
        <translation>un enlace simbólico</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="32"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="67"/>
        <source>not UTF-8</source>
        <translation>no es UTF-8</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="83"/>
        <source>%1 and %2 more</source>
        <extracomment>%1 lists what a shared folder left out, %2 counts the rest (1 or more).</extracomment>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="84"/>
        <source>Not shared: %1.</source>
        <translation>No compartido: %1.</translation>
    </message>
</context>
<context>
    <name>ensemble::StatusBarController</name>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="21"/>
        <source>Line and column</source>
        <translation>Línea y columna</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="22"/>
        <source>Language (change it in the Language menu)</source>
        <translation>Lenguaje (se cambia en el menú Lenguaje)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="23"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="25"/>
        <source>Line endings (convert them in Edit ▸ Line Endings)</source>
        <extracomment>&quot;Edit ▸ Line Endings&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Finales de línea (se convierten en Editar ▸ Finales de línea)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="62"/>
        <source>Ln %1, Col %2</source>
        <extracomment>Status bar: line and column of the cursor, abbreviated.</extracomment>
        <translation>Lín %1, col %2</translation>
    </message>
</context>
<context>
    <name>ensemble::SummonController</name>
    <message>
        <location filename="../app/session/SummonController.cpp" line="18"/>
        <source>Follow</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: follow Ana from file to file.</extracomment>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="20"/>
        <source>Ignore</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: stay where you are.</extracomment>
        <translation>Ignorar</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="38"/>
        <source>Asked everyone to follow you</source>
        <translation>Se pidió a todos que te sigan</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="40"/>
        <source>Not connected: nobody was asked to follow you</source>
        <translation>Sin conexión: no se pidió a nadie que te siga</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="64"/>
        <source>%1 asks everyone to follow them.</source>
        <extracomment>%1: who asks, in the Session panel of everyone else.</extracomment>
        <translation>%1 pide a todos que lo sigan.</translation>
    </message>
</context>
<context>
    <name>ensemble::TextFile</name>
    <message>
        <location filename="../editor/TextFile.cpp" line="14"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="18"/>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 es demasiado grande para abrirlo (%2 MB; el límite es %3 MB).</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="26"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="47"/>
        <source>The text contains characters that %1 cannot store.</source>
        <translation>El texto contiene caracteres que %1 no puede representar.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="52"/>
        <location filename="../editor/TextFile.cpp" line="56"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="61"/>
        <source>Cannot save %1: %2</source>
        <translation>No se puede guardar %1: %2</translation>
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
        <translation>UTF-8 con BOM</translation>
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
        <translation>Mixtos (%1)</translation>
    </message>
</context>
<context>
    <name>ensemble::TextSearch</name>
    <message>
        <location filename="../editor/TextSearch.cpp" line="16"/>
        <source>Nothing to search for.</source>
        <translation>No hay nada que buscar.</translation>
    </message>
    <message>
        <location filename="../editor/TextSearch.cpp" line="24"/>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::ViewMenuController</name>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="22"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="29"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="31"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="35"/>
        <source>&amp;Reset Zoom</source>
        <translation>Tamaño &amp;normal</translation>
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
        <translation>Pestaña &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="48"/>
        <source>&amp;Previous Tab</source>
        <translation>Pestaña an&amp;terior</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="53"/>
        <source>&amp;Word Wrap</source>
        <translation>A&amp;juste de línea</translation>
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
        <translation>Mostrar &amp;espacios en blanco</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="57"/>
        <source>Show Indentation &amp;Guides</source>
        <translation>Mostrar &amp;guías de sangría</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="58"/>
        <source>Show &amp;Authorship</source>
        <translation>Mostrar a&amp;utoría</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="59"/>
        <source>Show &amp;Last Editor</source>
        <translation>Mostrar ú&amp;ltimo editor</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="62"/>
        <source>&amp;Theme</source>
        <translation>Te&amp;ma</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="65"/>
        <source>&amp;System</source>
        <extracomment>Theme that follows the desktop&apos;s colours.</extracomment>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="66"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="67"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
</context>
<context>
    <name>ensemble::Workspace</name>
    <message>
        <location filename="../app/window/Workspace.cpp" line="96"/>
        <source>Cannot Open File</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="200"/>
        <source>Cannot Save File</source>
        <translation>No se puede guardar el archivo</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="264"/>
        <source>Cannot Reload File</source>
        <translation>No se puede volver a cargar el archivo</translation>
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
        <translation>%1 (solo lectura)</translation>
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
        <translation>El cambio no encaja con el documento.</translation>
    </message>
</context>
</TS>
