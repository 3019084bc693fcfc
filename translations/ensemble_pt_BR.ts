<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ClientState</name>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="62"/>
        <source>The local edit does not match the document length.</source>
        <translation>A alteração local não corresponde ao tamanho do documento.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="92"/>
        <source>The server&apos;s operation does not match its document.</source>
        <translation>A operação do servidor não corresponde ao documento dele.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="127"/>
        <source>An acknowledgement arrived with no operation waiting for one.</source>
        <translation>Chegou uma confirmação sem que nenhuma operação estivesse esperando por ela.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="178"/>
        <source>The operations do not lead from this client&apos;s revision to the new one.</source>
        <translation>As operações não levam da revisão deste cliente à nova.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="187"/>
        <source>The operations are not consecutive.</source>
        <translation>As operações não são consecutivas.</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="65"/>
        <source>Ensemble room server (no display).</source>
        <translation>Servidor de salas do Ensemble (sem tela).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="68"/>
        <source>Run the headless room server.</source>
        <translation>Executar apenas o servidor de salas, sem interface.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="71"/>
        <source>TCP port (default 7717).</source>
        <translation>Porta TCP (padrão: 7717).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="75"/>
        <source>Address to listen on (default: all).</source>
        <translation>Endereço em que escutar (padrão: todos).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="79"/>
        <source>Where rooms are saved (default: %1).</source>
        <translation>Onde as salas são salvas (padrão: %1).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="84"/>
        <source>Refuse to create rooms on a client&apos;s request.</source>
        <translation>Recusar a criação de salas a pedido de um cliente.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="88"/>
        <source>Read the server&apos;s password from the first line of FILE: creating a room needs it, and rooms created without a password of their own get it.</source>
        <translation>Ler a senha do servidor da primeira linha de FILE: ela é necessária para criar uma sala, e as salas criadas sem senha própria a recebem.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="95"/>
        <source>Serve wss:// with this certificate (PEM; chain allowed).</source>
        <translation>Servir wss:// com este certificado (PEM; cadeia permitida).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="100"/>
        <source>The certificate&apos;s private key (PEM, no passphrase).</source>
        <translation>A chave privada do certificado (PEM, sem frase secreta).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="119"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="126"/>
        <source>Not a port: %1</source>
        <translation>Porta inválida: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="130"/>
        <source>Not an IP address: %1</source>
        <translation>Endereço IP inválido: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="141"/>
        <location filename="../net/server/StoreOptions.cpp" line="80"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="145"/>
        <source>The first line of %1 holds no password.</source>
        <translation>A primeira linha de %1 não contém nenhuma senha.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="150"/>
        <source>--cert and --key must be given together.</source>
        <translation>--cert e --key devem ser informados juntos.</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="29"/>
        <source>Most rooms on the server</source>
        <translation>Número máximo de salas no servidor</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="33"/>
        <source>Rooms clients from one IP address may create per hour, 0 for no limit</source>
        <translation>Salas que clientes de um endereço IP podem criar por hora, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="38"/>
        <source>Disk space the rooms may take before clients may create no more, 0 for no limit</source>
        <translation>Espaço em disco que as salas podem ocupar antes que clientes não possam criar mais, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="45"/>
        <source>Days after which a room clients created and nobody joined since is deleted, 0 for never</source>
        <translation>Dias após os quais uma sala criada por clientes em que ninguém entrou desde então é excluída, 0 para nunca</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="51"/>
        <source>Revisions of each document&apos;s history kept on disk at least (older ones go a checkpoint interval at a time), 0 for all</source>
        <translation>Revisões do histórico de cada documento mantidas em disco no mínimo (as mais antigas saem um intervalo de pontos de verificação por vez), 0 para todas</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="57"/>
        <source>Disk space each document&apos;s history may take (the revisions since its last checkpoint always stay), 0 for no limit</source>
        <translation>Espaço em disco que o histórico de cada documento pode ocupar (as revisões desde seu último ponto de verificação sempre ficam), 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="63"/>
        <source>Most participants per room</source>
        <translation>Número máximo de participantes por sala</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="67"/>
        <source>Largest message; twice as much closes the connection unread</source>
        <translation>Tamanho máximo de uma mensagem; o dobro encerra a conexão sem ler a mensagem</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="75"/>
        <source>Longest document, in UTF-16 code units</source>
        <translation>Tamanho máximo de um documento, em unidades de código UTF-16</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="79"/>
        <source>Most files and folders in one session&apos;s tree</source>
        <translation>Máximo de arquivos e pastas na árvore de uma sessão</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="83"/>
        <source>Most documents one connection may have open</source>
        <translation>Máximo de documentos que uma conexão pode ter abertos</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="87"/>
        <source>Text of all documents of one session together, in UTF-16 code units</source>
        <translation>Texto de todos os documentos de uma sessão juntos, em unidades de código UTF-16</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="93"/>
        <source>Operations kept per room for rejoining clients</source>
        <translation>Operações mantidas por sala para clientes que entram de novo</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="97"/>
        <source>Most units those kept operations may hold per room</source>
        <translation>Número máximo de unidades que essas operações mantidas podem ocupar por sala</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="101"/>
        <source>Most catch-up work per message before too_far_behind, 0 for no limit</source>
        <translation>Trabalho máximo de atualização por mensagem antes de too_far_behind, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="106"/>
        <source>Messages per second per connection on average, 0 for no limit</source>
        <translation>Mensagens por segundo por conexão, em média, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="111"/>
        <source>Messages per connection at once, on top of the rate</source>
        <translation>Mensagens por conexão de uma só vez, além da taxa</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="115"/>
        <source>Messages that may wait for the rate before rate_limited closes</source>
        <translation>Mensagens que podem aguardar a taxa antes que rate_limited encerre a conexão</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="120"/>
        <source>Connections from one IP address, 0 for no limit (raise it behind a proxy)</source>
        <translation>Conexões a partir de um mesmo endereço IP, 0 para sem limite (aumente atrás de um proxy)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="125"/>
        <source>Connections that have not joined a room yet, 0 for no limit</source>
        <translation>Conexões que ainda não entraram em uma sala, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="130"/>
        <source>Time to complete the WebSocket handshake</source>
        <translation>Tempo para concluir o handshake do WebSocket</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="133"/>
        <source>Time to send hello</source>
        <translation>Tempo para enviar hello</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="137"/>
        <source>Silence (no message, no answer to pings) before idle_timeout, 0 for never</source>
        <translation>Silêncio (nenhuma mensagem, nenhuma resposta aos pings) antes de idle_timeout, 0 para nunca</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="146"/>
        <source>Bytes waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Bytes que podem aguardar envio para uma conexão antes que slow_reader a feche, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="152"/>
        <source>Messages waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Mensagens que podem aguardar envio para uma conexão antes que slow_reader a feche, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="158"/>
        <source>Bytes waiting to be sent to all connections together, 0 for no limit</source>
        <translation>Bytes aguardando envio para todas as conexões juntas, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="163"/>
        <source>Bytes of messages received in part, all connections together, 0 for no limit</source>
        <translation>Bytes de mensagens recebidas em parte, todas as conexões juntas, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="170"/>
        <source>Time a message may take to arrive in full, 0 for no limit</source>
        <translation>Tempo que uma mensagem pode levar para chegar por inteiro, 0 para sem limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="181"/>
        <source>%1 (default %2).</source>
        <translation>%1 (padrão: %2).</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="218"/>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 aceita um número inteiro de %2 a %3, não “%4”.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="24"/>
        <source>Keep the rooms in a database shared with other servers instead of the data directory: postgresql (the connection string comes from --store-file or the ENSEMBLE_STORE environment variable).</source>
        <translation>Manter as salas em um banco de dados compartilhado com outros servidores em vez do diretório de dados: postgresql (a string de conexão vem de --store-file ou da variável de ambiente ENSEMBLE_STORE).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="31"/>
        <source>Read the database&apos;s connection string from the first line of FILE.</source>
        <translation>Ler a string de conexão do banco de dados da primeira linha de FILE.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="36"/>
        <source>With --store: seconds a server keeps a room after it stops answering (default 30).</source>
        <translation>Com --store: segundos que um servidor mantém uma sala depois de parar de responder (padrão 30).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="42"/>
        <source>With --store: where clients reach this server, ws://HOST:PORT or wss://HOST:PORT; other servers send a room&apos;s clients there.</source>
        <translation>Com --store: onde os clientes alcançam este servidor, ws://HOST:PORT ou wss://HOST:PORT; os outros servidores enviam para lá os clientes de uma sala.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="48"/>
        <source>With --store: this server&apos;s name in the database (default: HOST:PORT).</source>
        <translation>Com --store: o nome deste servidor no banco de dados (padrão: HOST:PORT).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="62"/>
        <source>--%1 goes with --store.</source>
        <translation>--%1 acompanha --store.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="69"/>
        <source>--store takes postgresql, not “%1”.</source>
        <translation>--store aceita postgresql, não “%1”.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="72"/>
        <source>--data-dir and --store exclude each other: with --store the rooms live in the database.</source>
        <translation>--data-dir e --store se excluem: com --store as salas ficam no banco de dados.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="87"/>
        <source>--store needs a connection string in --store-file or in the ENSEMBLE_STORE environment variable.</source>
        <translation>--store precisa de uma string de conexão em --store-file ou na variável de ambiente ENSEMBLE_STORE.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="95"/>
        <source>--lease takes seconds from 0.3 to 3600, not “%1”.</source>
        <translation>--lease aceita de 0,3 a 3600 segundos, não “%1”.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="103"/>
        <source>--store needs --public-address ws://HOST:PORT or wss://HOST:PORT, where clients reach this server.</source>
        <translation>--store precisa de --public-address ws://HOST:PORT ou wss://HOST:PORT, onde os clientes alcançam este servidor.</translation>
    </message>
</context>
<context>
    <name>Invite</name>
    <message>
        <location filename="../net/client/Invite.cpp" line="28"/>
        <source>“%1” is not an invite address.</source>
        <translation>“%1” não é um endereço de convite.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="33"/>
        <source>An invite starts with ensemble://, ws:// or wss://, not %1://.</source>
        <translation>Um convite começa com ensemble://, ws:// ou wss://, não com %1://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="38"/>
        <source>An invite has only a host, a port, a room ID and a certificate fingerprint (?fp=…).</source>
        <translation>Um convite tem apenas um computador, uma porta, um ID de sala e uma impressão digital de certificado (?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="45"/>
        <source>The invite does not name a room (expected …/ROOM-ID).</source>
        <translation>O convite não indica nenhuma sala (esperado: …/ID-DA-SALA).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="48"/>
        <source>The invite&apos;s port must be between 1 and 65535.</source>
        <translation>A porta do convite deve estar entre 1 e 65535.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="53"/>
        <source>A ws:// address is not encrypted, so it cannot carry a certificate fingerprint; use ensemble:// or wss://.</source>
        <translation>Um endereço ws:// não é criptografado, por isso não pode levar uma impressão digital de certificado; use ensemble:// ou wss://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="57"/>
        <source>The invite&apos;s certificate fingerprint (fp=…) must be 64 hexadecimal digits, a SHA-256 digest.</source>
        <translation>A impressão digital do certificado do convite (fp=…) deve ter 64 dígitos hexadecimais, um resumo SHA-256.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="33"/>
        <source>Cannot Host Session</source>
        <translation>Não foi possível hospedar a sessão</translation>
    </message>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="47"/>
        <source>Cannot Join Session</source>
        <translation>Não foi possível entrar na sessão</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <location filename="QScintillaStrings.h" line="13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="14"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="15"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="16"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="17"/>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="18"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="19"/>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../net/ot/Selection.cpp" line="83"/>
        <source>A selection must be a JSON array.</source>
        <translation>Uma seleção deve ser um array JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="86"/>
        <source>The selection has too many ranges.</source>
        <translation>A seleção tem intervalos demais.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="92"/>
        <source>A selection range must be a JSON object.</source>
        <translation>Um intervalo de seleção deve ser um objeto JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="97"/>
        <source>A selection range needs an anchor and a head inside the document.</source>
        <translation>Um intervalo de seleção precisa de uma âncora e de uma ponta dentro do documento.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../app/hosting/SelfSignedCertificate.cpp" line="38"/>
        <source>Cannot make a certificate (%1): %2</source>
        <translation>Não foi possível criar um certificado (%1): %2</translation>
    </message>
</context>
<context>
    <name>ServerDocument</name>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="19"/>
        <source>The revision is unknown or no longer kept.</source>
        <translation>A revisão é desconhecida ou não é mais mantida.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="25"/>
        <source>The document would become too large.</source>
        <translation>O documento ficaria grande demais.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="31"/>
        <source>The change is based on a revision too far behind the room; rejoin to catch up.</source>
        <translation>A alteração se baseia em uma revisão muito atrasada em relação à sala; entre de novo para se atualizar.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="80"/>
        <source>The operation&apos;s sequence number is older than one already applied.</source>
        <translation>O número de sequência da operação é anterior ao de uma operação já aplicada.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="87"/>
        <source>The sequence number was already used for a different operation.</source>
        <translation>O número de sequência já foi usado para outra operação.</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <location filename="../net/client/SessionError.cpp" line="18"/>
        <source>This room does not exist on the server. Check the invite.</source>
        <translation>Esta sala não existe no servidor. Verifique o convite.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="20"/>
        <source>The room&apos;s password is wrong.</source>
        <translation>A senha da sala está incorreta.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="23"/>
        <source>The server runs an incompatible version of Ensemble: %1</source>
        <translation>O servidor executa uma versão incompatível do Ensemble: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="27"/>
        <source>The server has no room for you: %1</source>
        <translation>O servidor não tem mais lugar para você: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="30"/>
        <source>You joined this room again from another window or computer.</source>
        <translation>Você entrou nesta sala de novo a partir de outra janela ou outro computador.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="32"/>
        <source>The host closed this room.</source>
        <translation>O anfitrião fechou esta sala.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="34"/>
        <source>The host removed you from this session.</source>
        <translation>O anfitrião removeu você desta sessão.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionError.cpp" line="38"/>
        <source>Too many wrong passwords from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Senhas incorretas demais a partir do seu endereço; tente de novo em %n minuto.</numerusform>
            <numerusform>Senhas incorretas demais a partir do seu endereço; tente de novo em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="46"/>
        <source>The server takes no more connections from your network (%1); ask its administrator.</source>
        <extracomment>%1 is the server&apos;s own explanation, in English, e.g. &quot;this server takes at most 256 connections from one address&quot;.</extracomment>
        <translation>O servidor não aceita mais conexões da sua rede (%1); fale com o administrador dele.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="52"/>
        <source>The server is too busy to let this session in; trying again.</source>
        <translation>O servidor está ocupado demais para aceitar esta sessão; tentando novamente.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="54"/>
        <source>Only the host can do that.</source>
        <translation>Somente o anfitrião pode fazer isso.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="56"/>
        <source>Only the host can change this document.</source>
        <translation>Somente o anfitrião pode alterar este documento.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="62"/>
        <source>The server closed the connection (%1); reconnecting.</source>
        <translation>O servidor encerrou a conexão (%1); reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="65"/>
        <source>The server closed the connection because this session sent messages faster than it allows; reconnecting.</source>
        <translation>O servidor encerrou a conexão porque esta sessão enviou mensagens mais rápido do que ele permite; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="70"/>
        <source>The server heard nothing from this session for too long; reconnecting.</source>
        <translation>O servidor ficou tempo demais sem receber nada desta sessão; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="73"/>
        <source>The session moved to another server; reconnecting.</source>
        <translation>A sessão mudou para outro servidor; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="77"/>
        <source>The server cannot reach its database for now; reconnecting.</source>
        <translation>O servidor não consegue acessar seu banco de dados no momento; reconectando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="80"/>
        <source>This session fell too far behind the room; rejoining to catch up.</source>
        <translation>Esta sessão ficou atrasada demais em relação à sala; entrando de novo para se atualizar.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="82"/>
        <source>The server refused a change: %1</source>
        <translation>O servidor recusou uma alteração: %1</translation>
    </message>
</context>
<context>
    <name>TextOperation</name>
    <message>
        <location filename="../net/ot/Rope.cpp" line="425"/>
        <location filename="../net/ot/TextOperation.cpp" line="83"/>
        <location filename="../net/ot/TextOperationJson.cpp" line="58"/>
        <source>The operation expects a document of %1 characters but it has %2.</source>
        <translation>A operação espera um documento de %1 caracteres, mas ele tem %2.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="62"/>
        <source>The second operation&apos;s base length must be the first operation&apos;s target length.</source>
        <translation>O tamanho inicial da segunda operação deve ser o tamanho final da primeira.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="81"/>
        <source>The operations cannot be composed.</source>
        <translation>As operações não podem ser compostas.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="101"/>
        <source>Both operations must have the same base length.</source>
        <translation>As duas operações devem ter o mesmo tamanho inicial.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="123"/>
        <source>The operations cannot be transformed.</source>
        <translation>As operações não podem ser transformadas.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="26"/>
        <source>An operation must be a JSON array.</source>
        <translation>Uma operação deve ser um array JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="29"/>
        <source>The operation has too many components.</source>
        <translation>A operação tem componentes demais.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="36"/>
        <source>Component %1 inserts an empty string.</source>
        <translation>O componente %1 insere uma string vazia.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="41"/>
        <source>Component %1 is not an integer.</source>
        <translation>O componente %1 não é um número inteiro.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="43"/>
        <source>Component %1 is zero.</source>
        <translation>O componente %1 é zero.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="45"/>
        <source>Component %1 is too long.</source>
        <translation>O componente %1 é longo demais.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="52"/>
        <source>Component %1 is neither a number nor a string.</source>
        <translation>O componente %1 não é nem um número nem uma string.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="55"/>
        <source>The operation spans too long a document.</source>
        <translation>A operação abrange um documento longo demais.</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="141"/>
        <source>Cannot read the private key file %1: %2</source>
        <translation>Não foi possível ler o arquivo de chave privada %1: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="150"/>
        <source>%1 holds no private key Ensemble can use: it needs an RSA or EC key in PEM form, not protected by a passphrase.</source>
        <translation>%1 não contém nenhuma chave privada que o Ensemble possa usar: é necessária uma chave RSA ou EC no formato PEM, não protegida por frase secreta.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="160"/>
        <source>This system&apos;s Qt has no TLS support (%1); encrypted connections are not available.</source>
        <translation>O Qt deste sistema não tem suporte a TLS (%1); conexões criptografadas não estão disponíveis.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="165"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Não foi possível ler o arquivo de certificado %1: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="171"/>
        <source>%1 holds no certificate in PEM form.</source>
        <translation>%1 não contém nenhum certificado no formato PEM.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="180"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>A chave privada em %1 não pertence ao certificado em %2.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="185"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>O certificado em %1 não é válido antes de %2.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="189"/>
        <source>The certificate in %1 expired on %2.</source>
        <translation>O certificado em %1 expirou em %2.</translation>
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
        <translation>Próxima alteração</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="38"/>
        <source>Previous Change</source>
        <translation>Alteração anterior</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="39"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="56"/>
        <source>Changes made while you were away are not available: the server keeps no history</source>
        <translation>As alterações feitas enquanto você estava ausente não estão disponíveis: o servidor não guarda histórico</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="58"/>
        <source>Changes made while you were away are not available: the server keeps history from revision %1</source>
        <translation>As alterações feitas enquanto você estava ausente não estão disponíveis: o servidor guarda o histórico a partir da revisão %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="81"/>
        <source>%n change(s) by %1 while you were away</source>
        <translation>
            <numerusform>%n alteração de %1 enquanto você estava ausente</numerusform>
            <numerusform>%n alterações de %1 enquanto você estava ausente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="84"/>
        <source>%n change(s) while you were away; who made them and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n alteração enquanto você estava ausente; não se sabe quem a fez nem quando (comparado com o último texto que você viu)</numerusform>
            <numerusform>%n alterações enquanto você estava ausente; não se sabe quem as fez nem quando (comparado com o último texto que você viu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="88"/>
        <source>%n change(s) while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n alteração enquanto você estava ausente, texto adicionado por %1; não se sabe quem apagou texto nem quando (comparado com o último texto que você viu)</numerusform>
            <numerusform>%n alterações enquanto você estava ausente, texto adicionado por %1; não se sabe quem apagou texto nem quando (comparado com o último texto que você viu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::CertificateCommand</name>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>Write a new self-signed certificate and key into DIR.</source>
        <translation>Gravar um novo certificado autoassinado e sua chave em DIRETÓRIO.</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>DIR</source>
        <translation>DIRETÓRIO</translation>
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
Chave privada: %2 (legível somente por você)
Impressão digital SHA-256: %3
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
        <translation>Este documento não está compartilhado.</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="95"/>
        <source>Write to everyone in the session</source>
        <extracomment>Placeholder of the chat&apos;s input line.</extracomment>
        <translation>Escreva para todos na sessão</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="131"/>
        <source>Not connected: the message was not sent.</source>
        <extracomment>Status bar message: a chat line could not be sent (it stays in the input line).</extracomment>
        <translation>Sem conexão: a mensagem não foi enviada.</translation>
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
        <translation>Nenhuma aba aberta contém “%1”.</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationController</name>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="35"/>
        <source>There is no document to share.</source>
        <translation>Não há nenhum documento para compartilhar.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="37"/>
        <source>This document is already shared.</source>
        <translation>Este documento já está compartilhado.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="162"/>
        <source>Not connected to the room: nobody was removed</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before removing someone.</extracomment>
        <translation>Sem conexão com a sala: ninguém foi removido</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="181"/>
        <source>Not connected to the room: the password did not change</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before the password changed.</extracomment>
        <translation>Sem conexão com a sala: a senha não foi trocada</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="185"/>
        <source>The room no longer has a password</source>
        <extracomment>Status bar, after the host changed the room&apos;s password.</extracomment>
        <translation>A sala não tem mais senha</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="186"/>
        <source>The room has a new password; only those in the session can rejoin without it</source>
        <translation>A sala tem uma nova senha; só quem está na sessão pode voltar sem ela</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="326"/>
        <source>Show Your Version</source>
        <extracomment>Button: show the tab holding the edits the read-only room did not take.</extracomment>
        <translation>Mostrar sua versão</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="329"/>
        <source>The host made this document read-only before your latest edits reached the room, so they were taken back here. Your version is in “%1”.</source>
        <translation>O anfitrião deixou este documento somente leitura antes que suas últimas alterações chegassem à sala, por isso elas foram desfeitas aqui. Sua versão está em “%1”.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="341"/>
        <source>Cannot Join Session</source>
        <translation>Não é possível entrar na sessão</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="348"/>
        <source>The session ended: %1 This tab keeps the latest text as an ordinary document.</source>
        <extracomment>%1 says why the session ended, e.g. &quot;The host stopped sharing this document.&quot;</extracomment>
        <translation>A sessão terminou: %1 Esta aba mantém o texto mais recente como um documento comum.</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationSession</name>
    <message>
        <location filename="../editor/collab/CollaborationSession.cpp" line="33"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>A sessão não aceitou uma alteração feita no editor.</translation>
    </message>
</context>
<context>
    <name>ensemble::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="15"/>
        <source>Ensemble, a code editor in which several people edit one document at once.</source>
        <translation>Ensemble, um editor de código em que várias pessoas editam o mesmo documento ao mesmo tempo.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="18"/>
        <source>Also: ensemble --serve [OPTIONS] runs the room server alone, without a display (ensemble --serve --help lists its options); ensemble --generate-certificate DIR writes a certificate for it.</source>
        <translation>Também: ensemble --serve [OPTIONS] executa apenas o servidor de salas, sem tela (ensemble --serve --help lista suas opções); ensemble --generate-certificate DIR grava um certificado para ele.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Share FILE (or a new document, or the whole folder DIR) in a session on port 7717 (any free port when that one is taken) and print the invite on standard output.</source>
        <translation>Compartilhar ARQUIVO (ou um novo documento, ou a pasta DIR inteira) em uma sessão na porta 7717 (qualquer porta livre quando essa estiver ocupada) e imprimir o convite na saída padrão.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="28"/>
        <source>Join the session of INVITE (ensemble://HOST:PORT/ROOM-ID).</source>
        <translation>Entrar na sessão de CONVITE (ensemble://COMPUTADOR:PORTA/ID-DA-SALA).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>INVITE</source>
        <extracomment>Value name in --help; the same word as INVITE above.</extracomment>
        <translation>CONVITE</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32"/>
        <source>Your name in sessions, for this run only.</source>
        <translation>Seu nome nas sessões, só nesta execução.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>NAME</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>NOME</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="36"/>
        <source>With --host: the port to listen on (0: any free one).</source>
        <translation>Com --host: a porta em que escutar (0: qualquer livre).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="38"/>
        <source>PORT</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>PORTA</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="41"/>
        <source>With --host: the address to listen on, e.g. 127.0.0.1 for this machine only.</source>
        <translation>Com --host: o endereço em que escutar, por ex. 127.0.0.1 só para esta máquina.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="43"/>
        <source>ADDRESS</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>ENDEREÇO</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>Files to open; a file that does not exist yet is created on the first save. An ensemble:// invite is joined.</source>
        <translation>Arquivos a abrir; um arquivo que ainda não existe é criado ao ser salvo pela primeira vez. Com um convite ensemble://, entra-se na sessão.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="49"/>
        <source>[FILE|INVITE...]</source>
        <extracomment>Arguments in --help: the same words as FILE and INVITE above.</extracomment>
        <translation>[ARQUIVO|CONVITE...]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>--port takes a number from 0 to 65535, not “%1”.</source>
        <translation>--port aceita um número de 0 a 65535, não “%1”.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>--bind takes an IP address such as 127.0.0.1, not “%1”.</source>
        <translation>--bind aceita um endereço IP como 127.0.0.1, não “%1”.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>--port and --bind go with --host.</source>
        <translation>--port e --bind são usados com --host.</translation>
    </message>
</context>
<context>
    <name>ensemble::DialogPrompts</name>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="18"/>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="19"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Salvar as alterações em “%1” antes de fechar?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="21"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Suas alterações serão perdidas se você não salvá-las.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="35"/>
        <source>Open Files</source>
        <translation>Abrir arquivos</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="36"/>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="42"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="41"/>
        <source>Save As</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="47"/>
        <source>Save a Copy of the Project</source>
        <translation>Salvar uma cópia do projeto</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="53"/>
        <source>Folder Not Empty</source>
        <translation>Pasta não vazia</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="54"/>
        <source>%1 is not empty. Save the copy into it anyway?</source>
        <translation>%1 não está vazia. Salvar a cópia nela mesmo assim?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="56"/>
        <source>Files of the same names are replaced.</source>
        <translation>Arquivos com o mesmo nome são substituídos.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="57"/>
        <source>Save &amp;Anyway</source>
        <translation>Salvar &amp;mesmo assim</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="66"/>
        <source>File Changed on Disk</source>
        <translation>Arquivo alterado no disco</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="67"/>
        <source>Another program changed “%1” since it was opened here. Overwrite its changes with yours?</source>
        <translation>Outro programa alterou “%1” depois que ele foi aberto aqui. Sobrescrever as alterações dele com as suas?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="77"/>
        <source>Save as UTF-8?</source>
        <translation>Salvar como UTF-8?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="78"/>
        <source>“%1” now contains characters that ISO 8859-1 cannot store. Save it as UTF-8 instead?</source>
        <translation>“%1” agora contém caracteres que a ISO 8859-1 não consegue representar. Salvar como UTF-8?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Certificate Changed</source>
        <translation>Certificado alterado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Unverified Certificate</source>
        <translation>Certificado não verificado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="92"/>
        <source>The certificate of %1 is not the one you trusted before.</source>
        <translation>O certificado de %1 não é aquele em que você confiou antes.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="93"/>
        <source>Ensemble cannot verify the identity of %1.</source>
        <translation>O Ensemble não consegue verificar a identidade de %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="96"/>
        <source>Someone may be intercepting the connection, or the host made a new certificate. Accept the new one only if the host confirms that its fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Before, it was:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Alguém pode estar interceptando a conexão, ou o anfitrião criou um novo certificado. Aceite o novo somente se o anfitrião confirmar que a impressão digital dele é:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Antes, era:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="100"/>
        <source>Trust it only if the host confirms that its certificate&apos;s fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(the host&apos;s invite dialog shows it).</source>
        <translation>Confie nele somente se o anfitrião confirmar que a impressão digital do certificado dele é:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(a janela de convite do anfitrião a mostra).</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Accept the New Certificate</source>
        <translation>&amp;Aceitar o novo certificado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Confiar neste certificado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Go to Line</source>
        <translation>Ir para a linha</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Line (1 - %1):</source>
        <translation>Linha (1–%1):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>Room Password</source>
        <translation>Senha da sala</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>%1

Password:</source>
        <translation>%1

Senha:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="134"/>
        <source>Hosting Was Interrupted</source>
        <translation>Hospedagem interrompida</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="135"/>
        <source>Ensemble stopped while hosting a session: %1.</source>
        <translation>O Ensemble foi encerrado enquanto hospedava uma sessão: %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="139"/>
        <source>The room kept everything that reached it, your guests&apos; edits included. Host it again and your guests reconnect where they left off, with the edits they made meanwhile; or open its text as a document.</source>
        <translation>A sala guardou tudo o que chegou a ela, inclusive as alterações dos seus convidados. Hospede-a de novo e seus convidados se reconectam de onde pararam, com as alterações que fizeram nesse meio-tempo; ou abra o texto dela como documento.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="142"/>
        <source>It cannot be hosted again: %1</source>
        <translation>Não é possível hospedá-la de novo: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="144"/>
        <source>&amp;Resume Hosting</source>
        <translation>&amp;Retomar hospedagem</translation>
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
        <translation>Decidir mais &amp;tarde</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="157"/>
        <source>Discard the Room?</source>
        <translation>Descartar a sala?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="158"/>
        <source>Its text, with your guests&apos; edits, will be deleted.</source>
        <translation>O texto dela, com as alterações dos seus convidados, será excluído.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="167"/>
        <source>Port Not Available</source>
        <translation>Porta indisponível</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="168"/>
        <source>The session cannot be hosted on port %1 again.</source>
        <translation>Não é possível hospedar a sessão na porta %1 de novo.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="170"/>
        <source>%1

Host it on another port? Your guests then need the new invite, which Ensemble shows next.</source>
        <translation>%1

Hospedar em outra porta? Seus convidados vão precisar do novo convite, que o Ensemble mostra em seguida.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="173"/>
        <source>Use &amp;Another Port</source>
        <translation>Usar &amp;outra porta</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="181"/>
        <source>Guests Are Connected</source>
        <translation>Há convidados conectados</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="182"/>
        <source>Guests still in the session you host: %1.</source>
        <translation>Convidados ainda na sessão que você hospeda: %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="184"/>
        <source>Ending it ends their sessions; each keeps the text as it is.</source>
        <translation>Encerrá-la encerra as sessões deles; cada um mantém o texto como está.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="185"/>
        <source>&amp;End the Session</source>
        <translation>&amp;Encerrar a sessão</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="193"/>
        <source>Remove from Session</source>
        <translation>Remover da sessão</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="194"/>
        <source>Remove %1 from the session?</source>
        <translation>Remover %1 da sessão?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="196"/>
        <source>Their session ends and keeps the text as it is. They can join again with the invite (and the password, if the room has one) unless you also change the password, or set one if it has none. Everyone else stays connected and needs no new password.</source>
        <translation>A sessão dessa pessoa termina e fica com o texto como está. Ela pode entrar de novo com o convite (e a senha, se a sala tiver uma), a menos que você também troque a senha, ou defina uma se não houver. Todos os outros continuam conectados e não precisam de nova senha.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="199"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="201"/>
        <source>Remove and &amp;Change the Password…</source>
        <translation>Remover e &amp;trocar a senha…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="213"/>
        <source>Change the Password</source>
        <translation>Trocar a senha</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="214"/>
        <source>The room&apos;s new password (empty: none). Tell it to those who should be able to join; those in the session now stay without it.

New password:</source>
        <translation>A nova senha da sala (vazia: nenhuma). Informe-a a quem deve poder entrar; quem está na sessão agora continua sem ela.

Nova senha:</translation>
    </message>
</context>
<context>
    <name>ensemble::DiskChangeWatcher</name>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="15"/>
        <source>Reload</source>
        <extracomment>Button on the notice that another program changed the file: read it again from disk.</extracomment>
        <translation>Recarregar</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="67"/>
        <source>The file was deleted or moved by another program. Saving will write it again.</source>
        <translation>O arquivo foi excluído ou movido por outro programa. Salvar vai gravá-lo de novo.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="71"/>
        <source>The file was changed by another program. Reloading it discards your unsaved changes here; saving overwrites the other program&apos;s changes.</source>
        <translation>O arquivo foi alterado por outro programa. Recarregá-lo descarta as alterações não salvas aqui; salvá-lo sobrescreve as alterações do outro programa.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="73"/>
        <source>The file was changed by another program.</source>
        <translation>O arquivo foi alterado por outro programa.</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentSync</name>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="50"/>
        <source>The server sent no text to start from.</source>
        <translation>O servidor não enviou nenhum texto inicial.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="75"/>
        <source>Catching up with the room failed: %1</source>
        <translation>Falha ao sincronizar com a sala: %1</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="113"/>
        <source>The server confirmed an edit this session did not expect.</source>
        <translation>O servidor confirmou uma alteração que esta sessão não esperava.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="129"/>
        <source>A remote edit did not fit this session&apos;s document.</source>
        <translation>Uma alteração remota não se encaixou no documento desta sessão.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="145"/>
        <source>Taking back refused edits failed: %1</source>
        <translation>Não foi possível desfazer as alterações recusadas: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentTab</name>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="18"/>
        <source>Convert to UTF-8</source>
        <translation>Converter para UTF-8</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="44"/>
        <source>Untitled %1</source>
        <translation>Sem título %1</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="234"/>
        <source>This file is not valid UTF-8. It is shown as ISO 8859-1 (Latin-1) and will be saved in that encoding, byte for byte as it was.</source>
        <translation>Este arquivo não é UTF-8 válido. Ele é exibido como ISO 8859-1 (Latin-1) e será salvo nessa codificação, byte por byte como estava.</translation>
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
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="62"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="70"/>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="74"/>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="77"/>
        <source>Select &amp;All</source>
        <translation>Selecionar t&amp;udo</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="80"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Alternar co&amp;mentário</translation>
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
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="92"/>
        <source>&amp;Line Endings</source>
        <translation>&amp;Fins de linha</translation>
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
        <translation>Mac OS clássico (CR)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="109"/>
        <source>Convert to UTF-&amp;8</source>
        <translation>Converter para UTF-&amp;8</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="115"/>
        <source>Pr&amp;eferences…</source>
        <translation>Pr&amp;eferências…</translation>
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
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="21"/>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="23"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="26"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="31"/>
        <source>Save &amp;As…</source>
        <translation>Salvar &amp;como…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="37"/>
        <source>Save A&amp;ll</source>
        <translation>Salvar &amp;tudo</translation>
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
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;ir</translation>
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
        <translation>&amp;Limpar lista</translation>
    </message>
</context>
<context>
    <name>ensemble::FindReplaceBar</name>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="23"/>
        <source>Find</source>
        <extracomment>Placeholder of the search field.</extracomment>
        <translation>Localizar</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="25"/>
        <source>Replace with</source>
        <translation>Substituir por</translation>
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
        <translation>Diferenciar maiúsculas e minúsculas</translation>
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
        <translation>Somente palavras inteiras</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="31"/>
        <source>Regular expression (ECMAScript)</source>
        <translation>Expressão regular (ECMAScript)</translation>
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
        <translation>Continuar a partir da outra ponta do documento</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="36"/>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="37"/>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="38"/>
        <source>Replace</source>
        <translation>Substituir</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="39"/>
        <source>Replace All</source>
        <translation>Substituir tudo</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="43"/>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/FindReplaceBar.cpp" line="203"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n ocorrência substituída</numerusform>
            <numerusform>%n ocorrências substituídas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="217"/>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="220"/>
        <source>Wrapped around</source>
        <extracomment>Find bar status: the search went past the end and went on from the start.</extracomment>
        <translation>Continuou da outra ponta</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDiskChanges</name>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="213"/>
        <source>%1 changed on disk, but the change could not be merged into the session: %2</source>
        <translation>%1 mudou no disco, mas a mudança não pôde ser mesclada na sessão: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="215"/>
        <source>the document is out of step</source>
        <translation>o documento está fora de sincronia</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="249"/>
        <source>%1 was deleted on disk and left the shared folder</source>
        <translation>%1 foi excluído do disco e saiu da pasta compartilhada</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="256"/>
        <source>%1 was deleted on disk while %2 worked in it. The session keeps its text; Save Shared Folder writes it again.</source>
        <extracomment>%1: a file&apos;s path; %2: who works in it (&quot;Ana, Bo&quot;).</extracomment>
        <translation>%1 foi excluído do disco enquanto %2 trabalhava nele. A sessão mantém o texto; “Salvar a pasta compartilhada” o grava novamente.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>someone</source>
        <translation>alguém</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="268"/>
        <source>%1 changed on disk and is no longer UTF-8 text. The session keeps its text; saving leaves the file alone until it is text again.</source>
        <translation>%1 mudou no disco e não é mais texto UTF-8. A sessão mantém o texto; salvar não mexe no arquivo até ele voltar a ser texto.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="272"/>
        <source>%1 changed on disk but cannot be read. The session keeps its text; saving leaves the file alone until it can be read.</source>
        <translation>%1 mudou no disco mas não pode ser lido. A sessão mantém o texto; salvar não mexe no arquivo até ele poder ser lido.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDocumentLink</name>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="38"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>A sessão não aceitou uma edição feita no editor.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="94"/>
        <source>The change made on disk could not be merged into the editor.</source>
        <translation>A mudança feita no disco não pôde ser mesclada no editor.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderMenuController</name>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="31"/>
        <source>Share &amp;Folder…</source>
        <extracomment>Session menu: share a whole folder (its text files) in one session.</extracomment>
        <translation>Compartilhar p&amp;asta…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="34"/>
        <source>Sa&amp;ve Shared Folder</source>
        <extracomment>Session menu: the host writes every shared file into the shared folder.</extracomment>
        <translation>Sal&amp;var pasta compartilhada</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="37"/>
        <source>Save Shared Folder &amp;Automatically</source>
        <extracomment>Session menu (checkable): the host&apos;s shared folder is saved a moment after each change.</extracomment>
        <translation>Salvar a pasta compartilhada auto&amp;maticamente</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="42"/>
        <source>Show Folder Invi&amp;te…</source>
        <translation>Mostrar c&amp;onvite da pasta…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="45"/>
        <source>Save a &amp;Copy of the Project…</source>
        <extracomment>Session menu: write the shared folder&apos;s files, as the session has them, to a local folder.</extracomment>
        <translation>Salvar &amp;uma cópia do projeto…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="51"/>
        <source>Ask Everyone to F&amp;ollow Me</source>
        <extracomment>Session menu: everyone else in the shared folder is asked to follow you (for a walkthrough).</extracomment>
        <translation>Pedir a todos &amp;que me sigam</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="54"/>
        <location filename="../app/menus/FolderMenuController.cpp" line="117"/>
        <source>Leave Shared Fol&amp;der</source>
        <translation>Sair da pasta compart&amp;ilhada</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="77"/>
        <source>Share Folder</source>
        <translation>Compartilhar pasta</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="89"/>
        <source>Cannot Share the Folder</source>
        <translation>Não é possível compartilhar a pasta</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="116"/>
        <source>Stop Sharing the Fol&amp;der</source>
        <translation>Parar de compart&amp;ilhar a pasta</translation>
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
        <translation>%1 entrou</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="42"/>
        <source>%1 left</source>
        <translation>%1 saiu</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="89"/>
        <source>Shared by %1</source>
        <translation>Compartilhada por %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="91"/>
        <source>Shared folder</source>
        <translation>Pasta compartilhada</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="143"/>
        <source>Only the host saves the shared folder.</source>
        <translation>Só o anfitrião salva a pasta compartilhada.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="175"/>
        <source>The host</source>
        <translation>O anfitrião</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="177"/>
        <source>%1 created %2</source>
        <translation>%1 criou %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="179"/>
        <source>%1 renamed %2 to %3</source>
        <translation>%1 renomeou %2 para %3</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="181"/>
        <source>%1 deleted %2</source>
        <translation>%1 excluiu %2</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSessionController</name>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="43"/>
        <location filename="../app/session/FolderSessionController.cpp" line="91"/>
        <source>This window already takes part in a shared folder.</source>
        <translation>Esta janela já participa de uma pasta compartilhada.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="48"/>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 não é uma pasta que possa ser lida.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="103"/>
        <source>Sharing %1 again: Save Shared Folder writes what the session holds into it.</source>
        <extracomment>Status bar, after a shared folder&apos;s session was resumed following a crash.</extracomment>
        <translation>%1 compartilhada de novo: “Salvar pasta compartilhada” grava nela o que a sessão contém.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="121"/>
        <source>The Session Refused the Change</source>
        <translation>A sessão recusou a alteração</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="261"/>
        <source>Cannot Save the Shared Folder</source>
        <translation>Não é possível salvar a pasta compartilhada</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>Autosave could not write: %1</source>
        <translation>O salvamento automático não pôde gravar: %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="268"/>
        <source>Saved the shared folder</source>
        <translation>Pasta compartilhada salva</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="291"/>
        <source>%1 changed on disk; the change is in the session</source>
        <translation>%1 mudou no disco; a mudança está na sessão</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="332"/>
        <source>%1 was deleted from the shared folder; this tab keeps its text.</source>
        <translation>%1 foi excluído da pasta compartilhada; esta aba mantém o texto.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="352"/>
        <source>The Shared Folder Session Ended</source>
        <translation>A sessão da pasta compartilhada terminou</translation>
    </message>
</context>
<context>
    <name>ensemble::HelpMenuController</name>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="18"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="19"/>
        <source>&amp;About Ensemble</source>
        <translation>&amp;Sobre o Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="23"/>
        <source>About Ensemble</source>
        <translation>Sobre o Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="24"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="31"/>
        <source>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;A code editor in which several people edit one document at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;Um editor de código em que várias pessoas editam o mesmo documento ao mesmo tempo.&lt;/p&gt;&lt;p&gt;Feito com Qt %2 e QScintilla %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryClient</name>
    <message>
        <location filename="../net/client/HistoryClient.cpp" line="72"/>
        <source>The connection was lost.</source>
        <translation>A conexão foi perdida.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDialog</name>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="33"/>
        <source>&amp;Play</source>
        <translation>Re&amp;produzir</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="34"/>
        <source>Restore &amp;Selection</source>
        <translation>Restaurar &amp;seleção</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="35"/>
        <source>Restore &amp;Document</source>
        <translation>Restaurar &amp;documento</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="37"/>
        <source>History of %1</source>
        <translation>Histórico de %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="46"/>
        <source>&amp;Text at This Revision</source>
        <translation>&amp;Texto nesta revisão</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="47"/>
        <source>&amp;Changes Since Then</source>
        <translation>&amp;Mudanças desde então</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="48"/>
        <source>Reading the history…</source>
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="148"/>
        <source>Revision %1 of %2</source>
        <translation>Revisão %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="158"/>
        <source>Revision %1 of %2, by %3, %4</source>
        <extracomment>Revision 12 of 40, by Ana, 5/12/26 22:01.</extracomment>
        <translation>Revisão %1 de %2, por %3, %4</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDiffView</name>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="51"/>
        <source>unchanged lines: %1</source>
        <translation>linhas inalteradas: %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="73"/>
        <source>No changes.</source>
        <translation>Nenhuma mudança.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryService</name>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="99"/>
        <source>This room keeps no history (the server has no data directory, or cannot write it).</source>
        <translation>Esta sala não guarda histórico (o servidor não tem pasta de dados ou não consegue gravar nela).</translation>
    </message>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="106"/>
        <source>At most %1 history requests may wait at a time.</source>
        <translation>No máximo %1 pedidos de histórico podem aguardar ao mesmo tempo.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryTimeline</name>
    <message>
        <location filename="../app/history/HistoryTimeline.cpp" line="56"/>
        <source>The history can be read only while connected.</source>
        <translation>O histórico só pode ser lido enquanto conectado.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostCertificate</name>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="99"/>
        <source>Cannot create the directory %1.</source>
        <translation>Não foi possível criar o diretório %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="103"/>
        <source>Ensemble on %1</source>
        <translation>Ensemble em %1</translation>
    </message>
</context>
<context>
    <name>ensemble::HostRecoveryController</name>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="47"/>
        <source>Cannot Discard the Room</source>
        <translation>Não foi possível descartar a sala</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="48"/>
        <source>%1 could not be deleted.</source>
        <translation>Não foi possível excluir %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="72"/>
        <source>Cannot Resume Hosting</source>
        <translation>Não foi possível retomar a hospedagem</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="73"/>
        <source>%1

The room is kept in %2.</source>
        <translation>%1

A sala continua guardada em %2.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostSessionDialog</name>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="25"/>
        <source>&amp;Any free port</source>
        <translation>&amp;Qualquer porta livre</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="28"/>
        <source>&amp;Guests can edit</source>
        <translation>Convidados podem e&amp;ditar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="29"/>
        <source>&amp;Encrypt connections (TLS)</source>
        <translation>C&amp;riptografar conexões (TLS)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="31"/>
        <source>New Cer&amp;tificate</source>
        <translation>Novo cer&amp;tificado</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="32"/>
        <source>&amp;Show on the local network</source>
        <translation>Mostrar na rede lo&amp;cal</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="33"/>
        <source>Let anyone on the local network &amp;join without an invite</source>
        <translation>Deixar qualquer pessoa na rede local &amp;entrar sem convite</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="37"/>
        <source>Host Session</source>
        <translation>Hospedar sessão</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="41"/>
        <source>All network interfaces</source>
        <translation>Todas as interfaces de rede</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="42"/>
        <source>This computer only</source>
        <translation>Somente este computador</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="47"/>
        <source>none</source>
        <extracomment>Placeholder of the empty password field: the room will have no password.</extracomment>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="50"/>
        <source>Otherwise guests can only follow along (Session ▸ Guests Can Edit changes it later)</source>
        <extracomment>&quot;Session ▸ Guests Can Edit&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Caso contrário, os convidados só podem acompanhar (Sessão ▸ Convidados podem editar muda isso depois)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="54"/>
        <source>Guests connect with wss://; the invite carries the certificate&apos;s fingerprint, so they reach this computer and no other.</source>
        <translation>Os convidados se conectam com wss://; o convite leva a impressão digital do certificado, por isso eles chegam a este computador e a nenhum outro.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="56"/>
        <source>Make a new certificate. Invites handed out before stop working, and guests who trusted the old one are warned.</source>
        <translation>Criar um novo certificado. Os convites entregues antes deixam de funcionar, e os convidados que confiavam no antigo são avisados.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="66"/>
        <source>Guests on this network see the session in their Join dialog</source>
        <translation>Convidados nesta rede veem a sessão na janela Entrar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="68"/>
        <source>Publishes the room ID, which is all it takes to join a room without a password. Otherwise guests still need your invite.</source>
        <translation>Publica o ID da sala, que é tudo o que é preciso para entrar numa sala sem senha. Caso contrário, os convidados ainda precisam do seu convite.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="83"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="85"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Escutar em:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="86"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
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
        <translation>Qualquer pessoa que tenha o convite (e a senha, se você definir uma) e consiga acessar este computador pode entrar.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="99"/>
        <source>&amp;Host</source>
        <extracomment>Button: start hosting (a verb).</extracomment>
        <translation>&amp;Hospedar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="145"/>
        <source>Not shown on the network: only this computer can join.</source>
        <translation>Não mostrada na rede: só este computador pode entrar.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="147"/>
        <source>Not shown on the network: guests need your invite.</source>
        <translation>Não mostrada na rede: os convidados precisam do seu convite.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="149"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address, whether there is a password and the certificate&apos;s fingerprint.</source>
        <translation>Todos nesta rede veem o nome do documento, o seu nome, o endereço deste computador, se há senha e a impressão digital do certificado.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="152"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address and whether there is a password.</source>
        <translation>Todos nesta rede veem o nome do documento, o seu nome, o endereço deste computador e se há senha.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="155"/>
        <source>They also see the room ID; joining needs the password.</source>
        <translation>Também veem o ID da sala; para entrar é preciso a senha.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="157"/>
        <source>They also see the room ID, so anyone on it can join.</source>
        <translation>Também veem o ID da sala, então qualquer pessoa na rede pode entrar.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="158"/>
        <source>The room ID stays hidden: joining needs your invite.</source>
        <translation>O ID da sala fica oculto: para entrar é preciso o seu convite.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostedRoom</name>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="35"/>
        <source>Cannot create the directory %1.</source>
        <translation>Não foi possível criar o diretório %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="58"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="67"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="86"/>
        <source>%1 is damaged.</source>
        <translation>O arquivo %1 está danificado.</translation>
    </message>
</context>
<context>
    <name>ensemble::IdentityFields</name>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="18"/>
        <source>How the others see you</source>
        <translation>Como os outros veem você</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="19"/>
        <source>Your caret and selection colour in everyone&apos;s editor</source>
        <translation>A cor do seu cursor e da sua seleção no editor de todos</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="23"/>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="24"/>
        <source>Your &amp;colour:</source>
        <translation>Sua &amp;cor:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="35"/>
        <source>Your Colour</source>
        <translation>Sua cor</translation>
    </message>
</context>
<context>
    <name>ensemble::InterruptedRoom</name>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="39"/>
        <source>Revision %1 in %2 does not apply: %3</source>
        <translation>A revisão %1 em %2 não se aplica: %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="59"/>
        <source>The shared folder %1 is gone.</source>
        <translation>A pasta compartilhada %1 não existe mais.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="92"/>
        <source>%1 describes another room.</source>
        <translation>%1 descreve outra sala.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="103"/>
        <source>The room kept in %1</source>
        <extracomment>%1 is a directory.</extracomment>
        <translation>A sala guardada em %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="106"/>
        <source>Untitled</source>
        <translation>Sem título</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="115"/>
        <source>the folder “%1”, shared since %2</source>
        <extracomment>%1 a folder, %2 a time or a date and time.</extracomment>
        <translation>a pasta “%1”, compartilhada desde %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="117"/>
        <source>the folder “%1”, shared since %2, with %3</source>
        <extracomment>%1 a folder, %2 a time or a date and time, %3 the names of the guests in the session.</extracomment>
        <translation>a pasta “%1”, compartilhada desde %2, com %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="122"/>
        <source>“%1”, hosted since %2</source>
        <extracomment>%1 a file name, %2 a time or a date and time.</extracomment>
        <translation>“%1”, hospedado desde %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="124"/>
        <source>“%1”, hosted since %2, with %3</source>
        <extracomment>%1 a file name, %2 a time or a date and time, %3 the names of the guests in the room.</extracomment>
        <translation>“%1”, hospedado desde %2, com %3</translation>
    </message>
</context>
<context>
    <name>ensemble::InviteDialog</name>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="26"/>
        <source>Invite</source>
        <translation>Convite</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="48"/>
        <source>Copy &amp;Link</source>
        <translation>Copiar &amp;link</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="59"/>
        <source>None: the session is not encrypted, so others on the network can read it.</source>
        <translation>Nenhum: a sessão não é criptografada, por isso outras pessoas na rede podem lê-la.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="61"/>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="62"/>
        <source>Invite:</source>
        <translation>Convite:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="64"/>
        <source>Web link:</source>
        <extracomment>A link that opens the session in a web browser, for people without the app.</extracomment>
        <translation>Link web:</translation>
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
        <translation>Envie o convite para as pessoas com quem você quer editar; elas o colam em Sessão ▸ Entrar em uma sessão…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="72"/>
        <source>It carries the certificate&apos;s fingerprint, so their connection reaches this computer and no other.</source>
        <translation>Ele leva a impressão digital do certificado, por isso a conexão deles chega a este computador e a nenhum outro.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="75"/>
        <source>Without the app, they open the web link in a browser.</source>
        <translation>Sem o aplicativo, abrem o link web em um navegador.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="78"/>
        <source>The browser warns about the certificate: they compare its fingerprint with the one above before they go on.</source>
        <translation>O navegador avisa sobre o certificado: comparam a impressão digital dele com a de cima antes de continuar.</translation>
    </message>
</context>
<context>
    <name>ensemble::JoinSessionDialog</name>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="24"/>
        <source>&amp;Encrypted connection (the host&apos;s default)</source>
        <translation>Conexão c&amp;riptografada (padrão do anfitrião)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="31"/>
        <source>Join Session</source>
        <translation>Entrar em uma sessão</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="37"/>
        <source>ensemble://host:7717/room-id</source>
        <extracomment>Example invite: translate &quot;host&quot; (a computer) and &quot;room-id&quot;, keep the rest.</extracomment>
        <translation>ensemble://computador:7717/id-da-sala</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="38"/>
        <source>Paste the invite the host gave you, or pick a recent session</source>
        <translation>Cole o convite que o anfitrião enviou ou escolha uma sessão recente</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="40"/>
        <source>host or host:port</source>
        <extracomment>&quot;host&quot; is the computer that hosts the session (a noun), &quot;port&quot; its network port.</extracomment>
        <translation>computador ou computador:porta</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="41"/>
        <source>room ID</source>
        <translation>ID da sala</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="48"/>
        <source>only if the host set one</source>
        <translation>somente se o anfitrião definiu uma</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="62"/>
        <source>&amp;Sessions nearby:</source>
        <translation>Sessões &amp;próximas:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="64"/>
        <source>&amp;Invite:</source>
        <translation>Con&amp;vite:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="66"/>
        <source>or</source>
        <extracomment>Between the invite field and the address and room ID fields: one or the other.</extracomment>
        <translation>ou</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="67"/>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="68"/>
        <source>&amp;Room ID:</source>
        <translation>ID da &amp;sala:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="70"/>
        <source>Pass&amp;word:</source>
        <translation>Sen&amp;ha:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="72"/>
        <source>&amp;Join</source>
        <translation>En&amp;trar</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="93"/>
        <source>This host does not show the room ID on the network: paste their invite, or enter the room ID they give you.</source>
        <translation>Este anfitrião não mostra o ID da sala na rede: cole o convite dele ou digite o ID da sala que ele lhe der.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="97"/>
        <source>This room asks for a password.</source>
        <translation>Esta sala pede uma senha.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="125"/>
        <source>Paste an invite, or enter an address and room ID.</source>
        <translation>Cole um convite ou informe um endereço e um ID de sala.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="131"/>
        <source>Enter the name the others will see.</source>
        <translation>Informe o nome que os outros verão.</translation>
    </message>
</context>
<context>
    <name>ensemble::Language</name>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="66"/>
        <source>Plain Text</source>
        <translation>Texto simples</translation>
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
        <translation>&amp;Linguagem</translation>
    </message>
    <message>
        <location filename="../app/menus/LanguageMenuController.cpp" line="20"/>
        <source>&amp;Detect from File Name</source>
        <translation>&amp;Detectar pelo nome do arquivo</translation>
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
        <translation>[senha]</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="65"/>
        <source>The host keeps the room ID private: you need their invite.</source>
        <translation>O anfitrião mantém o ID da sala privado: você precisa do convite dele.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="81"/>
        <source>Sessions nearby cannot be listed: there is no D-Bus system bus.</source>
        <translation>Não é possível listar as sessões próximas: não há barramento de sistema D-Bus.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="84"/>
        <source>Sessions nearby cannot be listed: the Avahi daemon is not running.</source>
        <translation>Não é possível listar as sessões próximas: o serviço Avahi não está em execução.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="88"/>
        <source>Sessions nearby cannot be listed: %1</source>
        <translation>Não é possível listar as sessões próximas: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="101"/>
        <source>Looking for sessions on this network…</source>
        <translation>Procurando sessões nesta rede…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="103"/>
        <source>Pick a session to fill in its address.</source>
        <translation>Escolha uma sessão para preencher o endereço dela.</translation>
    </message>
</context>
<context>
    <name>ensemble::NoticeBar</name>
    <message>
        <location filename="../editor/NoticeBar.cpp" line="30"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
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
        <translation>Este documento não está compartilhado.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="69"/>
        <source>Connection lost. Who is in the session is not known until it is back.</source>
        <extracomment>Participants panel, first line while the connection to the session is lost.</extracomment>
        <translation>Conexão perdida. Não se sabe quem está na sessão até que ela volte.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="76"/>
        <source>you</source>
        <extracomment>Participants list, after a name: this is you.</extracomment>
        <translation>você</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="80"/>
        <source>host</source>
        <extracomment>Participants list, after a name: this person hosts the session (a noun).</extracomment>
        <translation>anfitrião</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="100"/>
        <source>following</source>
        <extracomment>Participants list, after a name: your view follows this person&apos;s caret.</extracomment>
        <translation>seguindo</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="108"/>
        <source>in %1</source>
        <extracomment>Participants list, the line under a name: the shared folder&apos;s file they are in.</extracomment>
        <translation>em %1</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="145"/>
        <source>Stop Following</source>
        <extracomment>Context menu of a participant: your view no longer follows their caret.</extracomment>
        <translation>Parar de seguir</translation>
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
        <translation>Remover da sessão…</translation>
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
        <translation>situação desconhecida</translation>
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
        <translation>Não é possível salvar uma cópia do projeto</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Saving a copy of the project…</source>
        <translation>Salvando uma cópia do projeto…</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="63"/>
        <source>Save a Copy of the Project</source>
        <translation>Salvar uma cópia do projeto</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="90"/>
        <source>Some Files Were Not Copied</source>
        <translation>Alguns arquivos não foram copiados</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="91"/>
        <source>The copy in %1 lacks these files:
%2</source>
        <translation>Faltam estes arquivos na cópia em %1:
%2</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="93"/>
        <source>The copy in %1 was stopped</source>
        <translation>A cópia em %1 foi interrompida</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/ProjectCopyController.cpp" line="95"/>
        <source>Saved a copy of %n file(s) in %1</source>
        <translation>
            <numerusform>Cópia de %n arquivo salva em %1</numerusform>
            <numerusform>Cópia de %n arquivos salva em %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::ProjectDownload</name>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="28"/>
        <source>Not connected to a session that shares a folder.</source>
        <translation>Não conectado a uma sessão que compartilha uma pasta.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="33"/>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="38"/>
        <source>The folder %1 is not empty.</source>
        <translation>A pasta %1 não está vazia.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="127"/>
        <location filename="../net/client/ProjectDownload.cpp" line="132"/>
        <location filename="../net/client/ProjectDownload.cpp" line="170"/>
        <source>deleted from the session meanwhile</source>
        <translation>excluído da sessão nesse meio-tempo</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="174"/>
        <source>not a path this computer can hold</source>
        <translation>não é um caminho que este computador pode guardar</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="181"/>
        <source>cannot create its folder</source>
        <translation>não é possível criar sua pasta</translation>
    </message>
</context>
<context>
    <name>ensemble::Room</name>
    <message>
        <location filename="../net/server/Room.cpp" line="179"/>
        <location filename="../net/server/RoomMessages.cpp" line="171"/>
        <source>The owner removed you from this room.</source>
        <translation>O proprietário removeu você desta sala.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="186"/>
        <source>The same client joined again from elsewhere.</source>
        <translation>O mesmo cliente entrou de novo a partir de outro lugar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Room.cpp" line="194"/>
        <source>This room already has %n participant(s).</source>
        <translation>
            <numerusform>Esta sala já tem %n participante.</numerusform>
            <numerusform>Esta sala já tem %n participantes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="301"/>
        <source>this session shares a folder; it needs a client of protocol 2</source>
        <translation>esta sessão compartilha uma pasta; ela precisa de um cliente do protocolo 2</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="357"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>Não foi possível salvar a sala %1: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="64"/>
        <source>Only the owner may change this room.</source>
        <translation>Somente o proprietário pode alterar esta sala.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="381"/>
        <source>Room %1 could not save its chat: %2</source>
        <translation>A sala %1 não pôde salvar seu chat: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="97"/>
        <location filename="../net/server/RoomMessages.cpp" line="119"/>
        <source>Document %1 is not open.</source>
        <translation>O documento %1 não está aberto.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="98"/>
        <location filename="../net/server/RoomTree.cpp" line="43"/>
        <source>There is no document %1 in this session.</source>
        <translation>Não há nenhum documento %1 nesta sessão.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="154"/>
        <source>Only the owner may remove participants.</source>
        <translation>Somente o proprietário pode remover participantes.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="158"/>
        <source>The owner cannot remove themselves.</source>
        <translation>O proprietário não pode remover a si mesmo.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="178"/>
        <source>Only the owner may change the room&apos;s settings.</source>
        <translation>Somente o proprietário pode alterar as configurações da sala.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="36"/>
        <source>open needs protocol 2.</source>
        <translation>open precisa do protocolo 2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="56"/>
        <source>At most %n document(s) can be open at a time.</source>
        <translation>
            <numerusform>No máximo %n documento pode ficar aberto ao mesmo tempo.</numerusform>
            <numerusform>No máximo %n documentos podem ficar abertos ao mesmo tempo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="158"/>
        <location filename="../net/server/RoomTree.cpp" line="193"/>
        <source>“%1” is not a path a session can share.</source>
        <translation>“%1” não é um caminho que uma sessão possa compartilhar.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="161"/>
        <location filename="../net/server/RoomTree.cpp" line="203"/>
        <source>%1 exists already.</source>
        <translation>%1 já existe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="164"/>
        <source>A session holds at most %n file(s) and folder(s).</source>
        <translation>
            <numerusform>Uma sessão contém no máximo %n arquivo ou pasta.</numerusform>
            <numerusform>Uma sessão contém no máximo %n arquivos e pastas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="170"/>
        <source>The session&apos;s documents may hold at most %1 characters together.</source>
        <translation>Os documentos da sessão podem conter no máximo %1 caracteres no total.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="225"/>
        <source>There is no %1 in this session.</source>
        <translation>Não há nenhum %1 nesta sessão.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="200"/>
        <source>%1 was renamed to %2.</source>
        <translation>%1 foi renomeado para %2.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>A sala %1 voltou a ser salva.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="75"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>A sala %1 não está sendo salva: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="78"/>
        <source>The server cannot save this room for now; your edits wait and are sent again.</source>
        <translation>O servidor não consegue salvar esta sala no momento; suas edições aguardam e serão reenviadas.</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomDocument</name>
    <message>
        <location filename="../net/server/RoomDocument.cpp" line="318"/>
        <source>Room %1 dropped a selection outside its text.</source>
        <translation>A sala %1 descartou uma seleção fora do seu texto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomDocumentMessages.cpp" line="25"/>
        <source>The document may not grow beyond %n character(s).</source>
        <translation>
            <numerusform>O documento não pode passar de %n caractere.</numerusform>
            <numerusform>O documento não pode passar de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="31"/>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="84"/>
        <source>The selection lies outside the document.</source>
        <translation>A seleção está fora do documento.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="53"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>A sala %1 não está sendo salva: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="55"/>
        <source>The server cannot save this room; recent edits may be lost if it stops.</source>
        <translation>O servidor não consegue salvar esta sala; as alterações recentes podem ser perdidas se ele parar.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>A sala %1 voltou a ser salva.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="119"/>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="133"/>
        <source>Room %1 does not keep its history: %2</source>
        <translation>A sala %1 não está salvando o histórico: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="147"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>Não foi possível salvar a sala %1: %2</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomServer</name>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="63"/>
        <source>The server is busy with other joining connections.</source>
        <translation>O servidor está ocupado com outras conexões entrando.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="78"/>
        <source>Cannot accept connections: %1; trying again in %2 ms.</source>
        <translation>Não foi possível aceitar conexões: %1; nova tentativa em %2 ms.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="118"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Não foi possível escutar em %1, porta %2: %3</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="155"/>
        <source>The server is shutting down.</source>
        <translation>O servidor está sendo desligado.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="173"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Não foi possível criar a pasta de dados %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="180"/>
        <source>Another Ensemble server is using %1.</source>
        <translation>Outro servidor do Ensemble está usando %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="191"/>
        <location filename="../net/server/RoomServerJournal.cpp" line="42"/>
        <source>Room %1 was not loaded: %2</source>
        <translation>A sala %1 não foi carregada: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="203"/>
        <source>“%1” is not a file name.</source>
        <translation>“%1” não é um nome de arquivo.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="227"/>
        <source>“%1” is not a room ID.</source>
        <translation>“%1” não é um ID de sala.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="229"/>
        <source>Room %1 already exists.</source>
        <translation>A sala %1 já existe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="232"/>
        <source>This server already holds %n room(s).</source>
        <translation>
            <numerusform>Este servidor já hospeda %n sala.</numerusform>
            <numerusform>Este servidor já hospeda %n salas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="236"/>
        <source>The document is longer than %n character(s).</source>
        <translation>
            <numerusform>O documento tem mais de %n caractere.</numerusform>
            <numerusform>O documento tem mais de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="265"/>
        <source>The host closed this room.</source>
        <translation>O anfitrião fechou esta sala.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="285"/>
        <source>Room %1 was deleted: nobody had joined it for %2 hours.</source>
        <extracomment>Server log: %1 a room id, %2 a number of hours.</extracomment>
        <translation>A sala %1 foi excluída: ninguém entrou nela por %2 horas.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="80"/>
        <source>The address must end in /ROOM-ID (a lowercase UUID).</source>
        <translation>O endereço deve terminar em /ID-DA-SALA (um UUID em letras minúsculas).</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="98"/>
        <source>Too many failed attempts from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Tentativas malsucedidas demais a partir do seu endereço; tente de novo em %n minuto.</numerusform>
            <numerusform>Tentativas malsucedidas demais a partir do seu endereço; tente de novo em %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="111"/>
        <source>This room needs a password.</source>
        <translation>Esta sala exige uma senha.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="160"/>
        <source>The password is wrong.</source>
        <translation>A senha está incorreta.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="120"/>
        <location filename="../net/server/Admission.cpp" line="174"/>
        <source>There is no room with this ID here.</source>
        <translation>Não há nenhuma sala com este ID aqui.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="70"/>
        <source>The server is checking too many passwords; try again later.</source>
        <translation>O servidor está verificando senhas demais; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="71"/>
        <source>Too many password attempts from your address at once; try again later.</source>
        <translation>Tentativas de senha simultâneas demais a partir do seu endereço; tente novamente mais tarde.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="142"/>
        <source>Creating rooms on this server needs its password.</source>
        <translation>Criar salas neste servidor exige a senha dele.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="196"/>
        <source>Your address created %n room(s) within the last hour; try again later.</source>
        <translation>
            <numerusform>Seu endereço criou %n sala na última hora; tente novamente mais tarde.</numerusform>
            <numerusform>Seu endereço criou %n salas na última hora; tente novamente mais tarde.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="206"/>
        <source>The server&apos;s storage for rooms is full.</source>
        <translation>O armazenamento do servidor para salas está cheio.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="229"/>
        <source>%1 failed to join %n time(s); it gets too_many_attempts for %2 s.</source>
        <extracomment>Server log: %1 a network address; too_many_attempts is a protocol error code.</extracomment>
        <translation>
            <numerusform>%1 não conseguiu entrar %n vez; recebe too_many_attempts por %2 s.</numerusform>
            <numerusform>%1 não conseguiu entrar %n vezes; recebe too_many_attempts por %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerDocuments.cpp" line="14"/>
        <location filename="../net/server/RoomServerDocuments.cpp" line="24"/>
        <source>There is no room %1.</source>
        <translation>Não há nenhuma sala %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="62"/>
        <source>This session is served by %1.</source>
        <extracomment>%1 a server&apos;s address, ws://HOST:PORT.</extracomment>
        <translation>Esta sessão é servida por %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="76"/>
        <source>Room %1 went to another server (its lease ran out or was taken).</source>
        <translation>A sala %1 passou para outro servidor (a concessão expirou ou foi tomada).</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="80"/>
        <source>This server no longer serves the session.</source>
        <translation>Este servidor não serve mais a sessão.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="91"/>
        <source>The server cannot reach its database; trying again.</source>
        <translation>O servidor não consegue acessar seu banco de dados; tentando de novo.</translation>
    </message>
</context>
<context>
    <name>ensemble::SearchMenuController</name>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="21"/>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="22"/>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="24"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Substituir…</translation>
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
        <translation>Localizar &amp;próxima</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="30"/>
        <source>Find &amp;Previous</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="34"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Ir para a linha…</translation>
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
        <translation>O certificado de %1 não é o indicado no convite. Alguém pode estar interceptando a conexão, ou o anfitrião criou um novo certificado: peça ao anfitrião um convite atual.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="250"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection, or the host made a new certificate.</source>
        <translation>O certificado de %1 não é aquele em que você confiou antes. Alguém pode estar interceptando a conexão, ou o anfitrião criou um novo certificado.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="264"/>
        <source>The identity of %1 cannot be verified: %2</source>
        <translation>Não é possível verificar a identidade de %1: %2</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="284"/>
        <source>%1 did not set up an encrypted connection (%2); it may not offer encryption. Ask the host for a current invite.</source>
        <translation>%1 não estabeleceu uma conexão criptografada (%2); talvez não ofereça criptografia. Peça ao anfitrião um convite atual.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="296"/>
        <source>%1 closed the connection without answering; it may accept only encrypted connections. If so, ask the host for an invite with the certificate&apos;s fingerprint (…?fp=…).</source>
        <translation>%1 encerrou a conexão sem responder; talvez aceite somente conexões criptografadas. Nesse caso, peça ao anfitrião um convite com a impressão digital do certificado (…?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="314"/>
        <source>The connection to the server was lost.</source>
        <translation>A conexão com o servidor foi perdida.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="325"/>
        <source>Nothing answers at %1:%2.</source>
        <translation>Nada responde em %1:%2.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="330"/>
        <source>The host %1 was not found.</source>
        <translation>O computador %1 não foi encontrado.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="337"/>
        <source>No answer from %1:%2. Check the address, that the host is sharing a session, and that no firewall is in the way.</source>
        <translation>Sem resposta de %1:%2. Verifique o endereço, se o anfitrião está compartilhando uma sessão e se nenhum firewall está bloqueando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="510"/>
        <source>Offline</source>
        <extracomment>Session state in the status bar: not connected to a session.</extracomment>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="512"/>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected, sending %n edit(s)</source>
        <extracomment>Session state in the status bar.</extracomment>
        <translation>
            <numerusform>Conectado, enviando %n alteração</numerusform>
            <numerusform>Conectado, enviando %n alterações</numerusform>
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
            <numerusform>Reconectando em %1 s (%n alteração não enviada)</numerusform>
            <numerusform>Reconectando em %1 s (%n alterações não enviadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="521"/>
        <source>Disconnected (%n unsent edit(s))</source>
        <translation>
            <numerusform>Sem conexão (%n alteração não enviada)</numerusform>
            <numerusform>Sem conexão (%n alterações não enviadas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="18"/>
        <source>The server sent a message this version does not understand: %1</source>
        <translation>O servidor enviou uma mensagem que esta versão não entende: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="25"/>
        <source>The server did not start with a welcome.</source>
        <translation>O servidor não começou com uma mensagem de boas-vindas.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="69"/>
        <source>The server welcomed this session twice.</source>
        <translation>O servidor deu as boas-vindas a esta sessão duas vezes.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="142"/>
        <source>This room needs a password.</source>
        <translation>Esta sala exige uma senha.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="163"/>
        <source>The session fell behind the room; catching up.</source>
        <translation>A sessão ficou atrás da sala; sincronizando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="171"/>
        <source>This session was out of step with the room; catching up.</source>
        <translation>Esta sessão estava dessincronizada da sala; sincronizando.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="178"/>
        <source>The server refused your recent edits (%1); the document is reloaded from the server.</source>
        <translation>O servidor recusou suas alterações recentes (%1); o documento é recarregado do servidor.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="218"/>
        <source>Someone</source>
        <extracomment>Name shown for a participant the server has not introduced.</extracomment>
        <translation>Alguém</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientFolder.cpp" line="137"/>
        <source>The server did not send the session&apos;s tree.</source>
        <translation>O servidor não enviou a árvore da sessão.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionHost</name>
    <message>
        <location filename="../app/hosting/SessionHost.cpp" line="119"/>
        <source>The room&apos;s files cannot be read. %1</source>
        <translation>Não foi possível ler os arquivos da sala. %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SessionHostFolder.cpp" line="14"/>
        <source>The folder has no file to share.</source>
        <translation>A pasta não tem nenhum arquivo para compartilhar.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionMenuController</name>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="31"/>
        <source>Sessio&amp;n</source>
        <translation>&amp;Sessão</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="33"/>
        <source>&amp;Host Session…</source>
        <extracomment>&quot;Host&quot; is a verb: share the current document in a new session.</extracomment>
        <translation>&amp;Hospedar sessão…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="35"/>
        <source>&amp;Join Session…</source>
        <translation>&amp;Entrar em uma sessão…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="37"/>
        <source>Show &amp;Invite…</source>
        <translation>Mostrar &amp;convite…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="39"/>
        <source>&amp;Guests Can Edit</source>
        <translation>Convidados podem e&amp;ditar</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="48"/>
        <source>Change &amp;Password…</source>
        <extracomment>Session menu: the host gives the room a new password (asks for it).</extracomment>
        <translation>&amp;Trocar a senha…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="53"/>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Leave Session</source>
        <translation>&amp;Sair da sessão</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="103"/>
        <source>Cannot Host Session</source>
        <translation>Não foi possível hospedar a sessão</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Stop Hosting</source>
        <translation>&amp;Parar de hospedar</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionPanel</name>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="56"/>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="69"/>
        <source>Click someone to follow them from file to file.</source>
        <translation>Clique em alguém para segui-lo de arquivo em arquivo.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="128"/>
        <source>No shared folder. Session ▸ Share Folder… shares one.</source>
        <translation>Nenhuma pasta compartilhada. Sessão ▸ Compartilhar pasta… compartilha uma.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="133"/>
        <source>%1 (read-only)</source>
        <translation>%1 (somente leitura)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="214"/>
        <source>%1 (deleted on disk)</source>
        <extracomment>A file of the Session panel whose file the host&apos;s folder no longer has.</extracomment>
        <translation>%1 (excluído do disco)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="224"/>
        <source>Deleted on the host&apos;s disk; the session keeps it until the host saves or deletes it.</source>
        <translation>Excluído do disco do anfitrião; a sessão o mantém até que o anfitrião o salve ou o exclua.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="227"/>
        <source>Deleted on the host&apos;s disk; kept while %1 edits it.</source>
        <extracomment>%1: who works in the file (&quot;Ana, Bo&quot;).</extracomment>
        <translation>Excluído do disco do anfitrião; mantido enquanto %1 o edita.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="238"/>
        <source>%1 (following)</source>
        <translation>%1 (seguindo)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="277"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="279"/>
        <source>New &amp;File…</source>
        <translation>Novo &amp;arquivo…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="282"/>
        <source>New Fol&amp;der…</source>
        <translation>Nova &amp;pasta…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="285"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renomear…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="287"/>
        <source>De&amp;lete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="296"/>
        <source>The host made this session read-only</source>
        <translation>O anfitrião deixou esta sessão somente leitura</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New File</source>
        <translation>Novo arquivo</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New Folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new file:</source>
        <translation>Caminho do novo arquivo:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new folder:</source>
        <translation>Caminho da nova pasta:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>Rename</source>
        <translation>Renomear</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>New path:</source>
        <translation>Novo caminho:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="326"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="327"/>
        <source>Delete %1 from the shared folder for everyone? Whoever has it open keeps the text.</source>
        <translation>Excluir %1 da pasta compartilhada para todos? Quem o tiver aberto mantém o texto.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionStatusController</name>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="23"/>
        <source>Session</source>
        <extracomment>Tooltip of the status bar field showing the session&apos;s state.</extracomment>
        <translation>Sessão</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="25"/>
        <source>People in the session (see Session ▸ Participants)</source>
        <extracomment>&quot;Session ▸ Participants&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Pessoas na sessão (veja Sessão ▸ Participantes)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="27"/>
        <source>Type, click in the editor or press Escape to stop following</source>
        <extracomment>Tooltip of the status bar field naming the participant whose caret the view follows.</extracomment>
        <translation>Digite, clique no editor ou pressione Esc para parar de seguir</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="57"/>
        <source>Following %1</source>
        <extracomment>Status bar: the view follows this participant&apos;s caret; %1 their name.</extracomment>
        <translation>Seguindo %1</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="69"/>
        <source>Participants unknown</source>
        <extracomment>Status bar, instead of the participant count while the connection is lost.</extracomment>
        <translation>Participantes desconhecidos</translation>
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
        <translation>Criptografada</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Not encrypted</source>
        <translation>Não criptografada</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="75"/>
        <source>The connection is not encrypted: others on the network can read the document as it travels.</source>
        <translation>A conexão não é criptografada: outras pessoas na rede podem ler o documento enquanto ele é transmitido.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="78"/>
        <source>The connection is encrypted (TLS).</source>
        <translation>A conexão é criptografada (TLS).</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="80"/>
        <source>The connection is encrypted (TLS). Server certificate SHA-256: %1</source>
        <translation>A conexão é criptografada (TLS). SHA-256 do certificado do servidor: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::Settings</name>
    <message>
        <location filename="../app/Settings.cpp" line="182"/>
        <source>Guest</source>
        <extracomment>Name shown to the others in a session when the user has none.</extracomment>
        <translation>Convidado</translation>
    </message>
</context>
<context>
    <name>ensemble::SettingsDialog</name>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="24"/>
        <source>Indent with &amp;spaces instead of tabs</source>
        <translation>Recuar com &amp;espaços em vez de tabulações</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="25"/>
        <source>Show &amp;whitespace</source>
        <translation>Mostrar espaços em &amp;branco</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="26"/>
        <source>Wrap &amp;long lines</source>
        <translation>&amp;Quebrar linhas longas</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="27"/>
        <source>Show &amp;indentation guides</source>
        <translation>Mostrar &amp;guias de recuo</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation>Preferências</translation>
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
        <translation>Igual ao sistema</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="47"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="48"/>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="56"/>
        <source>System default</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="60"/>
        <source>The interface language changes when Ensemble is next started.</source>
        <translation>O idioma da interface muda na próxima vez que o Ensemble for iniciado.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="71"/>
        <source>&amp;Font:</source>
        <translation>&amp;Fonte:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="74"/>
        <source>&amp;Tab width:</source>
        <translation>Largura da &amp;tabulação:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="79"/>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="80"/>
        <source>Interface lan&amp;guage:</source>
        <translation>&amp;Idioma da interface:</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedDocument</name>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="116"/>
        <source>Resynchronising the document with the room</source>
        <translation>Ressincronizando o documento com a sala</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="134"/>
        <source>The host made the document read-only</source>
        <translation>O anfitrião deixou o documento somente leitura</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="135"/>
        <source>The host lets everyone edit again</source>
        <translation>O anfitrião permite de novo que todos editem</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="151"/>
        <source>%1 joined</source>
        <translation>%1 entrou</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="158"/>
        <source>%1 left</source>
        <translation>%1 saiu</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="189"/>
        <source>%1 Trying again; your edits are kept.</source>
        <extracomment>%1 is a complete sentence saying what went wrong with the connection.</extracomment>
        <translation>%1 Tentando de novo; suas alterações são mantidas.</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="260"/>
        <source>Hosting on port %1</source>
        <extracomment>Status bar: this window hosts the session, on this network port.</extracomment>
        <translation>Hospedando na porta %1</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="265"/>
        <source>%1, guests read-only</source>
        <extracomment>Session status of the room&apos;s host: %1 the state (&quot;Hosting on port 7717&quot;); guests cannot edit.</extracomment>
        <translation>%1, somente leitura para convidados</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="268"/>
        <source>%1, read-only</source>
        <extracomment>Session status of a guest: %1 the state (&quot;Connected&quot;); the guest cannot edit the shared document.</extracomment>
        <translation>%1, somente leitura</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedFolder</name>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="16"/>
        <source>ignored by %1</source>
        <translation>ignorado por %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="18"/>
        <source>the Git repository</source>
        <translation>o repositório Git</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="20"/>
        <source>binary</source>
        <translation>binário</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="22"/>
        <source>too large</source>
        <translation>grande demais</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="24"/>
        <source>too many files</source>
        <translation>arquivos demais</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="26"/>
        <source>the folder is too large</source>
        <translation>a pasta é grande demais</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="28"/>
        <location filename="../app/hosting/SharedFolder.cpp" line="61"/>
        <source>cannot be read</source>
        <translation>não pode ser lido</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="30"/>
        <source>a symbolic link</source>
        <translation>um link simbólico</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="32"/>
        <source>not a regular file</source>
        <translation>não é um arquivo comum</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="67"/>
        <source>not UTF-8</source>
        <translation>não é UTF-8</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="83"/>
        <source>%1 and %2 more</source>
        <extracomment>%1 lists what a shared folder left out, %2 counts the rest (1 or more).</extracomment>
        <translation>%1 e mais %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="84"/>
        <source>Not shared: %1.</source>
        <translation>Não compartilhado: %1.</translation>
    </message>
</context>
<context>
    <name>ensemble::StatusBarController</name>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="21"/>
        <source>Line and column</source>
        <translation>Linha e coluna</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="22"/>
        <source>Language (change it in the Language menu)</source>
        <translation>Linguagem (altere no menu Linguagem)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="23"/>
        <source>Encoding</source>
        <translation>Codificação</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="25"/>
        <source>Line endings (convert them in Edit ▸ Line Endings)</source>
        <extracomment>&quot;Edit ▸ Line Endings&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Fins de linha (converta em Editar ▸ Fins de linha)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="62"/>
        <source>Ln %1, Col %2</source>
        <extracomment>Status bar: line and column of the cursor, abbreviated.</extracomment>
        <translation>Lin %1, Col %2</translation>
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
        <translation>Todos foram convidados a seguir você</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="40"/>
        <source>Not connected: nobody was asked to follow you</source>
        <translation>Sem conexão: ninguém foi convidado a seguir você</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="64"/>
        <source>%1 asks everyone to follow them.</source>
        <extracomment>%1: who asks, in the Session panel of everyone else.</extracomment>
        <translation>%1 pede que todos o sigam.</translation>
    </message>
</context>
<context>
    <name>ensemble::TextFile</name>
    <message>
        <location filename="../editor/TextFile.cpp" line="14"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="18"/>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 é grande demais para abrir (%2 MB; o limite é %3 MB).</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="26"/>
        <source>Cannot open %1: %2</source>
        <translation>Não foi possível abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>Não foi possível ler %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="47"/>
        <source>The text contains characters that %1 cannot store.</source>
        <translation>O texto contém caracteres que a codificação %1 não consegue representar.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="52"/>
        <location filename="../editor/TextFile.cpp" line="56"/>
        <source>Cannot write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="61"/>
        <source>Cannot save %1: %2</source>
        <translation>Não foi possível salvar %1: %2</translation>
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
        <translation>UTF-8 com BOM</translation>
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
        <translation>Mistos (%1)</translation>
    </message>
</context>
<context>
    <name>ensemble::TextSearch</name>
    <message>
        <location filename="../editor/TextSearch.cpp" line="16"/>
        <source>Nothing to search for.</source>
        <translation>Não há nada para localizar.</translation>
    </message>
    <message>
        <location filename="../editor/TextSearch.cpp" line="24"/>
        <source>Invalid regular expression: %1</source>
        <translation>Expressão regular inválida: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::ViewMenuController</name>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="22"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="29"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="31"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Reduzir</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="35"/>
        <source>&amp;Reset Zoom</source>
        <translation>Tamanho &amp;normal</translation>
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
        <translation>&amp;Próxima aba</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="48"/>
        <source>&amp;Previous Tab</source>
        <translation>A&amp;ba anterior</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="53"/>
        <source>&amp;Word Wrap</source>
        <translation>&amp;Quebra de linha</translation>
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
        <translation>Mostrar &amp;espaços em branco</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="57"/>
        <source>Show Indentation &amp;Guides</source>
        <translation>Mostrar &amp;guias de recuo</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="58"/>
        <source>Show &amp;Authorship</source>
        <translation>Mostrar a&amp;utoria</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="59"/>
        <source>Show &amp;Last Editor</source>
        <translation>Mostrar ú&amp;ltimo editor</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="62"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
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
        <translation>&amp;Escuro</translation>
    </message>
</context>
<context>
    <name>ensemble::Workspace</name>
    <message>
        <location filename="../app/window/Workspace.cpp" line="96"/>
        <source>Cannot Open File</source>
        <translation>Não foi possível abrir o arquivo</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="200"/>
        <source>Cannot Save File</source>
        <translation>Não foi possível salvar o arquivo</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="264"/>
        <source>Cannot Reload File</source>
        <translation>Não foi possível recarregar o arquivo</translation>
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
        <translation>%1 (somente leitura)</translation>
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
        <translation>A alteração não se encaixa no documento.</translation>
    </message>
</context>
</TS>
