<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ClientState</name>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="62"/>
        <source>The local edit does not match the document length.</source>
        <translation>La modification locale ne correspond pas à la longueur du document.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="92"/>
        <source>The server&apos;s operation does not match its document.</source>
        <translation>L&apos;opération du serveur ne correspond pas à son document.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="127"/>
        <source>An acknowledgement arrived with no operation waiting for one.</source>
        <translation>Un accusé de réception est arrivé alors qu&apos;aucune opération n&apos;en attendait.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="178"/>
        <source>The operations do not lead from this client&apos;s revision to the new one.</source>
        <translation>Les opérations ne mènent pas de la révision de ce client à la nouvelle.</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="187"/>
        <source>The operations are not consecutive.</source>
        <translation>Les opérations ne se suivent pas.</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="65"/>
        <source>Ensemble room server (no display).</source>
        <translation>Serveur de salles Ensemble (sans affichage).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="68"/>
        <source>Run the headless room server.</source>
        <translation>Lancer uniquement le serveur de salles, sans interface.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="71"/>
        <source>TCP port (default 7717).</source>
        <translation>Port TCP (par défaut&#xa0;: 7717).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="75"/>
        <source>Address to listen on (default: all).</source>
        <translation>Adresse d&apos;écoute (par défaut&#xa0;: toutes).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="79"/>
        <source>Where rooms are saved (default: %1).</source>
        <translation>Emplacement d&apos;enregistrement des salles (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="84"/>
        <source>Refuse to create rooms on a client&apos;s request.</source>
        <translation>Refuser de créer des salles à la demande d&apos;un client.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="88"/>
        <source>Read the server&apos;s password from the first line of FILE: creating a room needs it, and rooms created without a password of their own get it.</source>
        <translation>Lire le mot de passe du serveur sur la première ligne de FILE&#xa0;: il est nécessaire pour créer une salle, et les salles créées sans mot de passe propre le reçoivent.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="95"/>
        <source>Serve wss:// with this certificate (PEM; chain allowed).</source>
        <translation>Servir wss:// avec ce certificat (PEM&#xa0;; chaîne autorisée).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="100"/>
        <source>The certificate&apos;s private key (PEM, no passphrase).</source>
        <translation>La clé privée du certificat (PEM, sans phrase secrète).</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="119"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="126"/>
        <source>Not a port: %1</source>
        <translation>Port non valable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="130"/>
        <source>Not an IP address: %1</source>
        <translation>Adresse IP non valable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="141"/>
        <location filename="../net/server/StoreOptions.cpp" line="80"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="145"/>
        <source>The first line of %1 holds no password.</source>
        <translation>La première ligne de %1 ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="150"/>
        <source>--cert and --key must be given together.</source>
        <translation>--cert et --key doivent être indiqués ensemble.</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="29"/>
        <source>Most rooms on the server</source>
        <translation>Nombre maximal de salles sur le serveur</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="33"/>
        <source>Rooms clients from one IP address may create per hour, 0 for no limit</source>
        <translation>Salons que les clients d’une même adresse IP peuvent créer par heure, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="38"/>
        <source>Disk space the rooms may take before clients may create no more, 0 for no limit</source>
        <translation>Espace disque que les salons peuvent occuper avant que les clients ne puissent plus en créer, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="45"/>
        <source>Days after which a room clients created and nobody joined since is deleted, 0 for never</source>
        <translation>Jours après lesquels un salon créé par un client et que personne n’a rejoint depuis est supprimé, 0 pour jamais</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="51"/>
        <source>Revisions of each document&apos;s history kept on disk at least (older ones go a checkpoint interval at a time), 0 for all</source>
        <translation>Révisions de l&apos;historique de chaque document gardées sur disque au moins (les plus anciennes partent un intervalle de points de contrôle à la fois), 0 pour toutes</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="57"/>
        <source>Disk space each document&apos;s history may take (the revisions since its last checkpoint always stay), 0 for no limit</source>
        <translation>Espace disque que l&apos;historique de chaque document peut occuper (les révisions depuis son dernier point de contrôle restent toujours), 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="63"/>
        <source>Most participants per room</source>
        <translation>Nombre maximal de participants par salle</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="67"/>
        <source>Largest message; twice as much closes the connection unread</source>
        <translation>Taille maximale d&apos;un message&#xa0;; le double ferme la connexion sans lire le message</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="75"/>
        <source>Longest document, in UTF-16 code units</source>
        <translation>Longueur maximale d&apos;un document, en unités de code UTF-16</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="79"/>
        <source>Most files and folders in one session&apos;s tree</source>
        <translation>Nombre maximal de fichiers et dossiers dans l’arborescence d’une session</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="83"/>
        <source>Most documents one connection may have open</source>
        <translation>Nombre maximal de documents qu’une connexion peut garder ouverts</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="87"/>
        <source>Text of all documents of one session together, in UTF-16 code units</source>
        <translation>Texte de tous les documents d’une session ensemble, en unités de code UTF-16</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="93"/>
        <source>Operations kept per room for rejoining clients</source>
        <translation>Opérations conservées par salle pour les clients qui la rejoignent à nouveau</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="97"/>
        <source>Most units those kept operations may hold per room</source>
        <translation>Nombre maximal d&apos;unités que ces opérations conservées peuvent contenir par salle</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="101"/>
        <source>Most catch-up work per message before too_far_behind, 0 for no limit</source>
        <translation>Travail de rattrapage maximal par message avant too_far_behind, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="106"/>
        <source>Messages per second per connection on average, 0 for no limit</source>
        <translation>Messages par seconde et par connexion en moyenne, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="111"/>
        <source>Messages per connection at once, on top of the rate</source>
        <translation>Messages par connexion d&apos;un seul coup, en plus du débit</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="115"/>
        <source>Messages that may wait for the rate before rate_limited closes</source>
        <translation>Messages pouvant attendre le débit avant la fermeture par rate_limited</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="120"/>
        <source>Connections from one IP address, 0 for no limit (raise it behind a proxy)</source>
        <translation>Connexions depuis une même adresse IP, 0 pour aucune limite (à augmenter derrière un proxy)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="125"/>
        <source>Connections that have not joined a room yet, 0 for no limit</source>
        <translation>Connexions qui n&apos;ont pas encore rejoint de salle, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="130"/>
        <source>Time to complete the WebSocket handshake</source>
        <translation>Délai pour terminer la négociation WebSocket</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="133"/>
        <source>Time to send hello</source>
        <translation>Délai pour envoyer hello</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="137"/>
        <source>Silence (no message, no answer to pings) before idle_timeout, 0 for never</source>
        <translation>Silence (aucun message, aucune réponse aux pings) avant idle_timeout, 0 pour jamais</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="146"/>
        <source>Bytes waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Octets en attente d&apos;envoi vers une connexion avant que slow_reader ne la ferme, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="152"/>
        <source>Messages waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>Messages en attente d&apos;envoi vers une connexion avant que slow_reader ne la ferme, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="158"/>
        <source>Bytes waiting to be sent to all connections together, 0 for no limit</source>
        <translation>Octets en attente d&apos;envoi vers toutes les connexions ensemble, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="163"/>
        <source>Bytes of messages received in part, all connections together, 0 for no limit</source>
        <translation>Octets des messages reçus en partie, toutes connexions ensemble, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="170"/>
        <source>Time a message may take to arrive in full, 0 for no limit</source>
        <translation>Temps qu&apos;un message peut mettre à arriver en entier, 0 pour aucune limite</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="181"/>
        <source>%1 (default %2).</source>
        <translation>%1 (par défaut&#xa0;: %2).</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="218"/>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 attend un nombre entier de %2 à %3, pas «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="24"/>
        <source>Keep the rooms in a database shared with other servers instead of the data directory: postgresql (the connection string comes from --store-file or the ENSEMBLE_STORE environment variable).</source>
        <translation>Garder les salles dans une base de données partagée avec d&apos;autres serveurs au lieu du dossier de données&#xa0;: postgresql (la chaîne de connexion vient de --store-file ou de la variable d&apos;environnement ENSEMBLE_STORE).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="31"/>
        <source>Read the database&apos;s connection string from the first line of FILE.</source>
        <translation>Lire la chaîne de connexion de la base de données sur la première ligne de FILE.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="36"/>
        <source>With --store: seconds a server keeps a room after it stops answering (default 30).</source>
        <translation>Avec --store&#xa0;: secondes pendant lesquelles un serveur garde une salle après avoir cessé de répondre (30 par défaut).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="42"/>
        <source>With --store: where clients reach this server, ws://HOST:PORT or wss://HOST:PORT; other servers send a room&apos;s clients there.</source>
        <translation>Avec --store&#xa0;: où les clients joignent ce serveur, ws://HOST:PORT ou wss://HOST:PORT&#xa0;; les autres serveurs y envoient les clients d&apos;une salle.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="48"/>
        <source>With --store: this server&apos;s name in the database (default: HOST:PORT).</source>
        <translation>Avec --store&#xa0;: le nom de ce serveur dans la base de données (par défaut&#xa0;: HOST:PORT).</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="62"/>
        <source>--%1 goes with --store.</source>
        <translation>--%1 va avec --store.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="69"/>
        <source>--store takes postgresql, not “%1”.</source>
        <translation>--store accepte postgresql, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="72"/>
        <source>--data-dir and --store exclude each other: with --store the rooms live in the database.</source>
        <translation>--data-dir et --store s&apos;excluent&#xa0;: avec --store, les salles sont dans la base de données.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="87"/>
        <source>--store needs a connection string in --store-file or in the ENSEMBLE_STORE environment variable.</source>
        <translation>--store demande une chaîne de connexion dans --store-file ou dans la variable d&apos;environnement ENSEMBLE_STORE.</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="95"/>
        <source>--lease takes seconds from 0.3 to 3600, not “%1”.</source>
        <translation>--lease accepte de 0,3 à 3600 secondes, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="103"/>
        <source>--store needs --public-address ws://HOST:PORT or wss://HOST:PORT, where clients reach this server.</source>
        <translation>--store demande --public-address ws://HOST:PORT ou wss://HOST:PORT, où les clients joignent ce serveur.</translation>
    </message>
</context>
<context>
    <name>Invite</name>
    <message>
        <location filename="../net/client/Invite.cpp" line="28"/>
        <source>“%1” is not an invite address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse d&apos;invitation.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="33"/>
        <source>An invite starts with ensemble://, ws:// or wss://, not %1://.</source>
        <translation>Une invitation commence par ensemble://, ws:// ou wss://, pas par %1://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="38"/>
        <source>An invite has only a host, a port, a room ID and a certificate fingerprint (?fp=…).</source>
        <translation>Une invitation ne contient qu&apos;un hôte, un port, un identifiant de salle et une empreinte de certificat (?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="45"/>
        <source>The invite does not name a room (expected …/ROOM-ID).</source>
        <translation>L&apos;invitation n&apos;indique aucune salle (attendu&#xa0;: …/ID-SALLE).</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="48"/>
        <source>The invite&apos;s port must be between 1 and 65535.</source>
        <translation>Le port de l&apos;invitation doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="53"/>
        <source>A ws:// address is not encrypted, so it cannot carry a certificate fingerprint; use ensemble:// or wss://.</source>
        <translation>Une adresse ws:// n&apos;est pas chiffrée et ne peut donc pas porter d&apos;empreinte de certificat&#xa0;; utilisez ensemble:// ou wss://.</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="57"/>
        <source>The invite&apos;s certificate fingerprint (fp=…) must be 64 hexadecimal digits, a SHA-256 digest.</source>
        <translation>L&apos;empreinte du certificat de l&apos;invitation (fp=…) doit comporter 64 chiffres hexadécimaux, soit un condensat SHA-256.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="33"/>
        <source>Cannot Host Session</source>
        <translation>Impossible d&apos;héberger la session</translation>
    </message>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="47"/>
        <source>Cannot Join Session</source>
        <translation>Impossible de rejoindre la session</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <location filename="QScintillaStrings.h" line="13"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="14"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="15"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="16"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="17"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="18"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="19"/>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../net/ot/Selection.cpp" line="83"/>
        <source>A selection must be a JSON array.</source>
        <translation>Une sélection doit être un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="86"/>
        <source>The selection has too many ranges.</source>
        <translation>La sélection comporte trop de plages.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="92"/>
        <source>A selection range must be a JSON object.</source>
        <translation>Une plage de sélection doit être un objet JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="97"/>
        <source>A selection range needs an anchor and a head inside the document.</source>
        <translation>Une plage de sélection doit avoir son ancre et sa tête dans le document.</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../app/hosting/SelfSignedCertificate.cpp" line="38"/>
        <source>Cannot make a certificate (%1): %2</source>
        <translation>Impossible de créer un certificat (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ServerDocument</name>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="19"/>
        <source>The revision is unknown or no longer kept.</source>
        <translation>La révision est inconnue ou n&apos;est plus conservée.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="25"/>
        <source>The document would become too large.</source>
        <translation>Le document deviendrait trop volumineux.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="31"/>
        <source>The change is based on a revision too far behind the room; rejoin to catch up.</source>
        <translation>La modification repose sur une révision trop en retard sur la salle&#xa0;; rejoignez-la à nouveau pour rattraper ce retard.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="80"/>
        <source>The operation&apos;s sequence number is older than one already applied.</source>
        <translation>Le numéro de séquence de l&apos;opération est antérieur à celui d&apos;une opération déjà appliquée.</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="87"/>
        <source>The sequence number was already used for a different operation.</source>
        <translation>Le numéro de séquence a déjà été utilisé pour une autre opération.</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <location filename="../net/client/SessionError.cpp" line="18"/>
        <source>This room does not exist on the server. Check the invite.</source>
        <translation>Cette salle n&apos;existe pas sur le serveur. Vérifiez l&apos;invitation.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="20"/>
        <source>The room&apos;s password is wrong.</source>
        <translation>Le mot de passe de la salle est incorrect.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="23"/>
        <source>The server runs an incompatible version of Ensemble: %1</source>
        <translation>Le serveur exécute une version incompatible d&apos;Ensemble&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="27"/>
        <source>The server has no room for you: %1</source>
        <translation>Le serveur n&apos;a plus de place pour vous&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="30"/>
        <source>You joined this room again from another window or computer.</source>
        <translation>Vous avez rejoint cette salle à nouveau depuis une autre fenêtre ou un autre ordinateur.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="32"/>
        <source>The host closed this room.</source>
        <translation>L&apos;hôte a fermé cette salle.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="34"/>
        <source>The host removed you from this session.</source>
        <translation>L&apos;hôte vous a retiré de cette session.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionError.cpp" line="38"/>
        <source>Too many wrong passwords from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de mots de passe incorrects depuis votre adresse&#xa0;; réessayez dans %n minute.</numerusform>
            <numerusform>Trop de mots de passe incorrects depuis votre adresse&#xa0;; réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="46"/>
        <source>The server takes no more connections from your network (%1); ask its administrator.</source>
        <extracomment>%1 is the server&apos;s own explanation, in English, e.g. &quot;this server takes at most 256 connections from one address&quot;.</extracomment>
        <translation>Le serveur n’accepte plus de connexions depuis votre réseau (%1) ; adressez-vous à son administrateur.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="52"/>
        <source>The server is too busy to let this session in; trying again.</source>
        <translation>Le serveur est trop occupé pour accepter cette session ; nouvelle tentative.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="54"/>
        <source>Only the host can do that.</source>
        <translation>Seul l&apos;hôte peut faire cela.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="56"/>
        <source>Only the host can change this document.</source>
        <translation>Seul l&apos;hôte peut modifier ce document.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="62"/>
        <source>The server closed the connection (%1); reconnecting.</source>
        <translation>Le serveur a fermé la connexion (%1)&#xa0;; reconnexion en cours.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="65"/>
        <source>The server closed the connection because this session sent messages faster than it allows; reconnecting.</source>
        <translation>Le serveur a fermé la connexion, car cette session envoyait des messages plus vite qu&apos;il ne l&apos;autorise&#xa0;; reconnexion en cours.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="70"/>
        <source>The server heard nothing from this session for too long; reconnecting.</source>
        <translation>Le serveur n&apos;a rien reçu de cette session depuis trop longtemps&#xa0;; reconnexion en cours.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="73"/>
        <source>The session moved to another server; reconnecting.</source>
        <translation>La session est passée sur un autre serveur&#xa0;; reconnexion.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="77"/>
        <source>The server cannot reach its database for now; reconnecting.</source>
        <translation>Le serveur ne joint pas sa base de données pour l&apos;instant&#xa0;; reconnexion.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="80"/>
        <source>This session fell too far behind the room; rejoining to catch up.</source>
        <translation>Cette session a pris trop de retard sur la salle&#xa0;; elle la rejoint à nouveau pour le rattraper.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="82"/>
        <source>The server refused a change: %1</source>
        <translation>Le serveur a refusé une modification&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TextOperation</name>
    <message>
        <location filename="../net/ot/Rope.cpp" line="425"/>
        <location filename="../net/ot/TextOperation.cpp" line="83"/>
        <location filename="../net/ot/TextOperationJson.cpp" line="58"/>
        <source>The operation expects a document of %1 characters but it has %2.</source>
        <translation>L&apos;opération attend un document de %1 caractères, mais il en compte %2.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="62"/>
        <source>The second operation&apos;s base length must be the first operation&apos;s target length.</source>
        <translation>La longueur de départ de la seconde opération doit être égale à la longueur d&apos;arrivée de la première.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="81"/>
        <source>The operations cannot be composed.</source>
        <translation>Les opérations ne peuvent pas être composées.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="101"/>
        <source>Both operations must have the same base length.</source>
        <translation>Les deux opérations doivent avoir la même longueur de départ.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="123"/>
        <source>The operations cannot be transformed.</source>
        <translation>Les opérations ne peuvent pas être transformées.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="26"/>
        <source>An operation must be a JSON array.</source>
        <translation>Une opération doit être un tableau JSON.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="29"/>
        <source>The operation has too many components.</source>
        <translation>L&apos;opération comporte trop de composants.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="36"/>
        <source>Component %1 inserts an empty string.</source>
        <translation>Le composant %1 insère une chaîne vide.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="41"/>
        <source>Component %1 is not an integer.</source>
        <translation>Le composant %1 n&apos;est pas un entier.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="43"/>
        <source>Component %1 is zero.</source>
        <translation>Le composant %1 est nul.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="45"/>
        <source>Component %1 is too long.</source>
        <translation>Le composant %1 est trop long.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="52"/>
        <source>Component %1 is neither a number nor a string.</source>
        <translation>Le composant %1 n&apos;est ni un nombre ni une chaîne.</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="55"/>
        <source>The operation spans too long a document.</source>
        <translation>L&apos;opération porte sur un document trop long.</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="141"/>
        <source>Cannot read the private key file %1: %2</source>
        <translation>Impossible de lire le fichier de clé privée %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="150"/>
        <source>%1 holds no private key Ensemble can use: it needs an RSA or EC key in PEM form, not protected by a passphrase.</source>
        <translation>%1 ne contient aucune clé privée utilisable par Ensemble&#xa0;: il faut une clé RSA ou EC au format PEM, non protégée par une phrase secrète.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="160"/>
        <source>This system&apos;s Qt has no TLS support (%1); encrypted connections are not available.</source>
        <translation>La version de Qt de ce système ne prend pas en charge TLS (%1)&#xa0;; les connexions chiffrées ne sont pas disponibles.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="165"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="171"/>
        <source>%1 holds no certificate in PEM form.</source>
        <translation>%1 ne contient aucun certificat au format PEM.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="180"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>La clé privée de %1 ne correspond pas au certificat de %2.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="185"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>Le certificat de %1 n&apos;est pas valide avant le %2.</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="189"/>
        <source>The certificate in %1 expired on %2.</source>
        <translation>Le certificat de %1 a expiré le %2.</translation>
    </message>
</context>
<context>
    <name>ensemble::AuthorshipHighlighter</name>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="121"/>
        <source>Written by %1</source>
        <translation>Écrit par %1</translation>
    </message>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="129"/>
        <source>Written by %1 at %2</source>
        <extracomment>%1 is a name, %2 a time or a date and time.</extracomment>
        <translation>Écrit par %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ensemble::AwayBar</name>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="37"/>
        <source>Next Change</source>
        <translation>Modification suivante</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="38"/>
        <source>Previous Change</source>
        <translation>Modification précédente</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="39"/>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="56"/>
        <source>Changes made while you were away are not available: the server keeps no history</source>
        <translation>Les modifications faites pendant votre absence ne sont pas disponibles : le serveur ne conserve aucun historique</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="58"/>
        <source>Changes made while you were away are not available: the server keeps history from revision %1</source>
        <translation>Les modifications faites pendant votre absence ne sont pas disponibles : le serveur conserve l’historique à partir de la révision %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="81"/>
        <source>%n change(s) by %1 while you were away</source>
        <translation>
            <numerusform>%n modification par %1 pendant votre absence</numerusform>
            <numerusform>%n modifications par %1 pendant votre absence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="84"/>
        <source>%n change(s) while you were away; who made them and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n modification pendant votre absence ; son auteur et sa date ne sont pas connus (comparaison avec le dernier texte que vous avez vu)</numerusform>
            <numerusform>%n modifications pendant votre absence ; leurs auteurs et leurs dates ne sont pas connus (comparaison avec le dernier texte que vous avez vu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="88"/>
        <source>%n change(s) while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>%n modification pendant votre absence, texte ajouté par %1 ; qui a supprimé du texte et quand n’est pas connu (comparaison avec le dernier texte que vous avez vu)</numerusform>
            <numerusform>%n modifications pendant votre absence, texte ajouté par %1 ; qui a supprimé du texte et quand n’est pas connu (comparaison avec le dernier texte que vous avez vu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::CertificateCommand</name>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>Write a new self-signed certificate and key into DIR.</source>
        <translation>Écrire un nouveau certificat autosigné et sa clé dans DOSSIER.</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="35"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="47"/>
        <source>Certificate: %1
Private key: %2 (readable by you only)
SHA-256 fingerprint: %3
Serve with: ensemble --serve --cert %1 --key %2
</source>
        <translation>Certificat&#xa0;: %1
Clé privée&#xa0;: %2 (lisible par vous seul)
Empreinte SHA-256&#xa0;: %3
Pour servir&#xa0;: ensemble --serve --cert %1 --key %2
</translation>
    </message>
</context>
<context>
    <name>ensemble::ChatPanel</name>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="36"/>
        <location filename="../app/session/ChatPanel.cpp" line="138"/>
        <source>Chat</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="91"/>
        <source>This document is not shared.</source>
        <extracomment>Placeholder of the chat&apos;s input line when the current tab is not shared.</extracomment>
        <translation>Ce document n&apos;est pas partagé.</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="95"/>
        <source>Write to everyone in the session</source>
        <extracomment>Placeholder of the chat&apos;s input line.</extracomment>
        <translation>Écrire à tous les participants de la session</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="131"/>
        <source>Not connected: the message was not sent.</source>
        <extracomment>Status bar message: a chat line could not be sent (it stays in the input line).</extracomment>
        <translation>Non connecté&#xa0;: le message n&apos;a pas été envoyé.</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="138"/>
        <source>Chat (%1)</source>
        <extracomment>Title of the chat panel with the number of unread lines.</extracomment>
        <translation>Discussion (%1)</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="153"/>
        <source>No open tab holds “%1”.</source>
        <extracomment>Status bar message after a click on &quot;main.cpp:42&quot; in the chat.</extracomment>
        <translation>Aucun onglet ouvert ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationController</name>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="35"/>
        <source>There is no document to share.</source>
        <translation>Il n&apos;y a aucun document à partager.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="37"/>
        <source>This document is already shared.</source>
        <translation>Ce document est déjà partagé.</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="162"/>
        <source>Not connected to the room: nobody was removed</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before removing someone.</extracomment>
        <translation>Pas de connexion à la salle : personne n’a été retiré</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="181"/>
        <source>Not connected to the room: the password did not change</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before the password changed.</extracomment>
        <translation>Pas de connexion à la salle : le mot de passe n’a pas changé</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="185"/>
        <source>The room no longer has a password</source>
        <extracomment>Status bar, after the host changed the room&apos;s password.</extracomment>
        <translation>La salle n’a plus de mot de passe</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="186"/>
        <source>The room has a new password; only those in the session can rejoin without it</source>
        <translation>La salle a un nouveau mot de passe ; seules les personnes présentes dans la session peuvent revenir sans lui</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="326"/>
        <source>Show Your Version</source>
        <extracomment>Button: show the tab holding the edits the read-only room did not take.</extracomment>
        <translation>Afficher votre version</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="329"/>
        <source>The host made this document read-only before your latest edits reached the room, so they were taken back here. Your version is in “%1”.</source>
        <translation>L&apos;hôte a mis ce document en lecture seule avant que vos dernières modifications n&apos;atteignent la salle&#xa0;; elles ont donc été annulées ici. Votre version se trouve dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="341"/>
        <source>Cannot Join Session</source>
        <translation>Impossible de rejoindre la session</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="348"/>
        <source>The session ended: %1 This tab keeps the latest text as an ordinary document.</source>
        <extracomment>%1 says why the session ended, e.g. &quot;The host stopped sharing this document.&quot;</extracomment>
        <translation>La session est terminée : %1 Cet onglet garde le dernier texte comme un document ordinaire.</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationSession</name>
    <message>
        <location filename="../editor/collab/CollaborationSession.cpp" line="33"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>La session n&apos;a pas accepté une modification faite dans l&apos;éditeur.</translation>
    </message>
</context>
<context>
    <name>ensemble::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="15"/>
        <source>Ensemble, a code editor in which several people edit one document at once.</source>
        <translation>Ensemble, un éditeur de code dans lequel plusieurs personnes modifient un même document en même temps.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="18"/>
        <source>Also: ensemble --serve [OPTIONS] runs the room server alone, without a display (ensemble --serve --help lists its options); ensemble --generate-certificate DIR writes a certificate for it.</source>
        <translation>Aussi : ensemble --serve [OPTIONS] lance seulement le serveur de salons, sans affichage (ensemble --serve --help liste ses options) ; ensemble --generate-certificate DIR écrit un certificat pour lui.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Share FILE (or a new document, or the whole folder DIR) in a session on port 7717 (any free port when that one is taken) and print the invite on standard output.</source>
        <translation>Partager FICHIER (ou un nouveau document, ou tout le dossier DIR) dans une session sur le port 7717 (un port libre s&apos;il est pris) et afficher l&apos;invitation sur la sortie standard.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="28"/>
        <source>Join the session of INVITE (ensemble://HOST:PORT/ROOM-ID).</source>
        <translation>Rejoindre la session de INVITATION (ensemble://HÔTE:PORT/ID-SALLE).</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>INVITE</source>
        <extracomment>Value name in --help; the same word as INVITE above.</extracomment>
        <translation>INVITATION</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32"/>
        <source>Your name in sessions, for this run only.</source>
        <translation>Votre nom dans les sessions, pour cette exécution uniquement.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>NAME</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>NOM</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="36"/>
        <source>With --host: the port to listen on (0: any free one).</source>
        <translation>Avec --host : le port d’écoute (0 : n’importe quel port libre).</translation>
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
        <translation>Avec --host : l’adresse d’écoute, par ex. 127.0.0.1 pour cette machine seulement.</translation>
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
        <translation>Fichiers à ouvrir&#xa0;; un fichier qui n&apos;existe pas encore est créé au premier enregistrement. Une invitation ensemble:// est rejointe.</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="49"/>
        <source>[FILE|INVITE...]</source>
        <extracomment>Arguments in --help: the same words as FILE and INVITE above.</extracomment>
        <translation>[FICHIER|INVITATION...]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>--port takes a number from 0 to 65535, not “%1”.</source>
        <translation>--port attend un nombre de 0 à 65535, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>--bind takes an IP address such as 127.0.0.1, not “%1”.</source>
        <translation>--bind attend une adresse IP comme 127.0.0.1, pas « %1 ».</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>--port and --bind go with --host.</source>
        <translation>--port et --bind vont avec --host.</translation>
    </message>
</context>
<context>
    <name>ensemble::DialogPrompts</name>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="18"/>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="19"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="21"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="35"/>
        <source>Open Files</source>
        <translation>Ouvrir des fichiers</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="36"/>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="42"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="41"/>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="47"/>
        <source>Save a Copy of the Project</source>
        <translation>Enregistrer une copie du projet</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="53"/>
        <source>Folder Not Empty</source>
        <translation>Dossier non vide</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="54"/>
        <source>%1 is not empty. Save the copy into it anyway?</source>
        <translation>%1 n’est pas vide. Y enregistrer la copie quand même ?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="56"/>
        <source>Files of the same names are replaced.</source>
        <translation>Les fichiers de même nom sont remplacés.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="57"/>
        <source>Save &amp;Anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="66"/>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="67"/>
        <source>Another program changed “%1” since it was opened here. Overwrite its changes with yours?</source>
        <translation>Un autre programme a modifié «&#xa0;%1&#xa0;» depuis son ouverture ici. Remplacer ses modifications par les vôtres&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="77"/>
        <source>Save as UTF-8?</source>
        <translation>Enregistrer en UTF-8&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="78"/>
        <source>“%1” now contains characters that ISO 8859-1 cannot store. Save it as UTF-8 instead?</source>
        <translation>«&#xa0;%1&#xa0;» contient désormais des caractères que l&apos;ISO 8859-1 ne peut pas représenter. L&apos;enregistrer plutôt en UTF-8&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Certificate Changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Unverified Certificate</source>
        <translation>Certificat non vérifié</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="92"/>
        <source>The certificate of %1 is not the one you trusted before.</source>
        <translation>Le certificat de %1 n&apos;est pas celui auquel vous avez fait confiance auparavant.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="93"/>
        <source>Ensemble cannot verify the identity of %1.</source>
        <translation>Ensemble ne peut pas vérifier l&apos;identité de %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="96"/>
        <source>Someone may be intercepting the connection, or the host made a new certificate. Accept the new one only if the host confirms that its fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Before, it was:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>Quelqu&apos;un intercepte peut-être la connexion, ou l&apos;hôte a créé un nouveau certificat. N&apos;acceptez le nouveau que si l&apos;hôte confirme que son empreinte est&#xa0;:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Auparavant, c&apos;était&#xa0;:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="100"/>
        <source>Trust it only if the host confirms that its certificate&apos;s fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(the host&apos;s invite dialog shows it).</source>
        <translation>Ne lui faites confiance que si l&apos;hôte confirme que l&apos;empreinte de son certificat est&#xa0;:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(la fenêtre d&apos;invitation de l&apos;hôte l&apos;affiche).</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Accept the New Certificate</source>
        <translation>&amp;Accepter le nouveau certificat</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Go to Line</source>
        <translation>Aller à la ligne</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Line (1 - %1):</source>
        <translation>Ligne (1 à %1)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>Room Password</source>
        <translation>Mot de passe de la salle</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>%1

Password:</source>
        <translation>%1

Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="134"/>
        <source>Hosting Was Interrupted</source>
        <translation>Hébergement interrompu</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="135"/>
        <source>Ensemble stopped while hosting a session: %1.</source>
        <translation>Ensemble s&apos;est arrêté pendant l&apos;hébergement d&apos;une session&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="139"/>
        <source>The room kept everything that reached it, your guests&apos; edits included. Host it again and your guests reconnect where they left off, with the edits they made meanwhile; or open its text as a document.</source>
        <translation>La salle a conservé tout ce qui lui est parvenu, y compris les modifications de vos invités. Hébergez-la à nouveau et vos invités se reconnecteront là où ils s&apos;étaient arrêtés, avec les modifications faites entre-temps&#xa0;; ou ouvrez son texte comme document.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="142"/>
        <source>It cannot be hosted again: %1</source>
        <translation>La session ne peut pas être hébergée à nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="144"/>
        <source>&amp;Resume Hosting</source>
        <translation>&amp;Reprendre l&apos;hébergement</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="147"/>
        <source>&amp;Open as Document</source>
        <translation>&amp;Ouvrir comme document</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="148"/>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="149"/>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="157"/>
        <source>Discard the Room?</source>
        <translation>Abandonner la salle&#xa0;?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="158"/>
        <source>Its text, with your guests&apos; edits, will be deleted.</source>
        <translation>Son texte, avec les modifications de vos invités, sera supprimé.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="167"/>
        <source>Port Not Available</source>
        <translation>Port non disponible</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="168"/>
        <source>The session cannot be hosted on port %1 again.</source>
        <translation>La session ne peut pas être hébergée à nouveau sur le port %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="170"/>
        <source>%1

Host it on another port? Your guests then need the new invite, which Ensemble shows next.</source>
        <translation>%1

L&apos;héberger sur un autre port&#xa0;? Vos invités auront alors besoin de la nouvelle invitation, qu&apos;Ensemble affiche ensuite.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="173"/>
        <source>Use &amp;Another Port</source>
        <translation>Utiliser un &amp;autre port</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="181"/>
        <source>Guests Are Connected</source>
        <translation>Des invités sont connectés</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="182"/>
        <source>Guests still in the session you host: %1.</source>
        <translation>Invités encore dans la session que vous hébergez : %1.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="184"/>
        <source>Ending it ends their sessions; each keeps the text as it is.</source>
        <translation>La terminer met fin à leurs sessions ; chacun garde le texte tel qu’il est.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="185"/>
        <source>&amp;End the Session</source>
        <translation>&amp;Terminer la session</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="193"/>
        <source>Remove from Session</source>
        <translation>Retirer de la session</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="194"/>
        <source>Remove %1 from the session?</source>
        <translation>Retirer %1 de la session ?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="196"/>
        <source>Their session ends and keeps the text as it is. They can join again with the invite (and the password, if the room has one) unless you also change the password, or set one if it has none. Everyone else stays connected and needs no new password.</source>
        <translation>Sa session se termine et garde le texte tel quel. Cette personne peut revenir avec l’invitation (et le mot de passe, si la salle en a un), sauf si vous changez aussi le mot de passe, ou en définissez un s’il n’y en a pas. Tous les autres restent connectés et n’ont pas besoin d’un nouveau mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="199"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="201"/>
        <source>Remove and &amp;Change the Password…</source>
        <translation>Retirer et &amp;changer le mot de passe…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="213"/>
        <source>Change the Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="214"/>
        <source>The room&apos;s new password (empty: none). Tell it to those who should be able to join; those in the session now stay without it.

New password:</source>
        <translation>Le nouveau mot de passe de la salle (vide : aucun). Communiquez-le à ceux qui doivent pouvoir rejoindre la session ; ceux qui y sont maintenant restent sans lui.

Nouveau mot de passe :</translation>
    </message>
</context>
<context>
    <name>ensemble::DiskChangeWatcher</name>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="15"/>
        <source>Reload</source>
        <extracomment>Button on the notice that another program changed the file: read it again from disk.</extracomment>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="67"/>
        <source>The file was deleted or moved by another program. Saving will write it again.</source>
        <translation>Le fichier a été supprimé ou déplacé par un autre programme. L&apos;enregistrer le réécrira.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="71"/>
        <source>The file was changed by another program. Reloading it discards your unsaved changes here; saving overwrites the other program&apos;s changes.</source>
        <translation>Le fichier a été modifié par un autre programme. Le recharger abandonne vos modifications non enregistrées ici&#xa0;; l&apos;enregistrer écrase les modifications de l&apos;autre programme.</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="73"/>
        <source>The file was changed by another program.</source>
        <translation>Le fichier a été modifié par un autre programme.</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentSync</name>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="50"/>
        <source>The server sent no text to start from.</source>
        <translation>Le serveur n&apos;a envoyé aucun texte de départ.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="75"/>
        <source>Catching up with the room failed: %1</source>
        <translation>La mise à niveau avec la salle a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="113"/>
        <source>The server confirmed an edit this session did not expect.</source>
        <translation>Le serveur a confirmé une modification que cette session n&apos;attendait pas.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="129"/>
        <source>A remote edit did not fit this session&apos;s document.</source>
        <translation>Une modification distante ne correspondait pas au document de cette session.</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="145"/>
        <source>Taking back refused edits failed: %1</source>
        <translation>L&apos;annulation des modifications refusées a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentTab</name>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="18"/>
        <source>Convert to UTF-8</source>
        <translation>Convertir en UTF-8</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="44"/>
        <source>Untitled %1</source>
        <translation>Sans titre %1</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="234"/>
        <source>This file is not valid UTF-8. It is shown as ISO 8859-1 (Latin-1) and will be saved in that encoding, byte for byte as it was.</source>
        <translation>Ce fichier n&apos;est pas de l&apos;UTF-8 valide. Il est affiché en ISO 8859-1 (Latin-1) et sera enregistré dans cet encodage, octet pour octet comme il était.</translation>
    </message>
</context>
<context>
    <name>ensemble::EditMenuController</name>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="43"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="55"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="62"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="70"/>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="72"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="74"/>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="77"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="80"/>
        <source>Toggle Co&amp;mment</source>
        <translation>Basculer le co&amp;mmentaire</translation>
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
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="92"/>
        <source>&amp;Line Endings</source>
        <translation>&amp;Fins de ligne</translation>
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
        <translation>Mac OS classique (CR)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="109"/>
        <source>Convert to UTF-&amp;8</source>
        <translation>Convertir en UTF-&amp;8</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="115"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Préférences…</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="21"/>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="23"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="26"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="31"/>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="37"/>
        <source>Save A&amp;ll</source>
        <translation>Enregistrer &amp;tout</translation>
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
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
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
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>ensemble::FindReplaceBar</name>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="23"/>
        <source>Find</source>
        <extracomment>Placeholder of the search field.</extracomment>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="25"/>
        <source>Replace with</source>
        <translation>Remplacer par</translation>
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
        <translation>Respecter la casse</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>W</source>
        <extracomment>Label of the small &quot;whole words only&quot; toggle button: one letter for &quot;word&quot;.</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>Whole words only</source>
        <translation>Mots entiers uniquement</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="31"/>
        <source>Regular expression (ECMAScript)</source>
        <translation>Expression régulière (ECMAScript)</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Wrap</source>
        <extracomment>Label of the small &quot;wrap around&quot; toggle button of the find bar; keep it short.</extracomment>
        <translation>Boucler</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Continue from the other end of the document</source>
        <translation>Reprendre à l&apos;autre bout du document</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="36"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="37"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="38"/>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="39"/>
        <source>Replace All</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="43"/>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/FindReplaceBar.cpp" line="203"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n occurrence remplacée</numerusform>
            <numerusform>%n occurrences remplacées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="217"/>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="220"/>
        <source>Wrapped around</source>
        <extracomment>Find bar status: the search went past the end and went on from the start.</extracomment>
        <translation>Reprise à l&apos;autre bout</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDiskChanges</name>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="213"/>
        <source>%1 changed on disk, but the change could not be merged into the session: %2</source>
        <translation>%1 a été modifié sur le disque, mais la modification n’a pas pu être fusionnée dans la session : %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="215"/>
        <source>the document is out of step</source>
        <translation>le document est désynchronisé</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="249"/>
        <source>%1 was deleted on disk and left the shared folder</source>
        <translation>%1 a été supprimé sur le disque et a quitté le dossier partagé</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="256"/>
        <source>%1 was deleted on disk while %2 worked in it. The session keeps its text; Save Shared Folder writes it again.</source>
        <extracomment>%1: a file&apos;s path; %2: who works in it (&quot;Ana, Bo&quot;).</extracomment>
        <translation>%1 a été supprimé sur le disque pendant que %2 y travaillait. La session garde son texte ; « Enregistrer le dossier partagé » l’écrit à nouveau.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>someone</source>
        <translation>quelqu’un</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="268"/>
        <source>%1 changed on disk and is no longer UTF-8 text. The session keeps its text; saving leaves the file alone until it is text again.</source>
        <translation>%1 a été modifié sur le disque et n’est plus du texte UTF-8. La session garde son texte ; l’enregistrement ne touche pas au fichier tant qu’il n’est pas redevenu du texte.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="272"/>
        <source>%1 changed on disk but cannot be read. The session keeps its text; saving leaves the file alone until it can be read.</source>
        <translation>%1 a été modifié sur le disque mais ne peut pas être lu. La session garde son texte ; l’enregistrement ne touche pas au fichier tant qu’il ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDocumentLink</name>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="38"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>La session n&apos;a pas accepté une modification faite dans l&apos;éditeur.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="94"/>
        <source>The change made on disk could not be merged into the editor.</source>
        <translation>La modification faite sur le disque n’a pas pu être fusionnée dans l’éditeur.</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderMenuController</name>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="31"/>
        <source>Share &amp;Folder…</source>
        <extracomment>Session menu: share a whole folder (its text files) in one session.</extracomment>
        <translation>Partager un &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="34"/>
        <source>Sa&amp;ve Shared Folder</source>
        <extracomment>Session menu: the host writes every shared file into the shared folder.</extracomment>
        <translation>&amp;Enregistrer le dossier partagé</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="37"/>
        <source>Save Shared Folder &amp;Automatically</source>
        <extracomment>Session menu (checkable): the host&apos;s shared folder is saved a moment after each change.</extracomment>
        <translation>Enregistrer le dossier partagé &amp;automatiquement</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="42"/>
        <source>Show Folder Invi&amp;te…</source>
        <translation>Afficher l&apos;invita&amp;tion du dossier…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="45"/>
        <source>Save a &amp;Copy of the Project…</source>
        <extracomment>Session menu: write the shared folder&apos;s files, as the session has them, to a local folder.</extracomment>
        <translation>Enregistrer une &amp;copie du projet…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="51"/>
        <source>Ask Everyone to F&amp;ollow Me</source>
        <extracomment>Session menu: everyone else in the shared folder is asked to follow you (for a walkthrough).</extracomment>
        <translation>Demander à tous de me &amp;suivre</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="54"/>
        <location filename="../app/menus/FolderMenuController.cpp" line="117"/>
        <source>Leave Shared Fol&amp;der</source>
        <translation>Quitter le dossier parta&amp;gé</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="77"/>
        <source>Share Folder</source>
        <translation>Partager un dossier</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="89"/>
        <source>Cannot Share the Folder</source>
        <translation>Impossible de partager le dossier</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="116"/>
        <source>Stop Sharing the Fol&amp;der</source>
        <translation>Arrêter le partag&amp;e du dossier</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSaver</name>
    <message>
        <location filename="../app/hosting/FolderSaver.cpp" line="116"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSession</name>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="36"/>
        <source>%1 joined</source>
        <translation>%1 est arrivé</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="42"/>
        <source>%1 left</source>
        <translation>%1 est parti</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="89"/>
        <source>Shared by %1</source>
        <translation>Partagé par %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="91"/>
        <source>Shared folder</source>
        <translation>Dossier partagé</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="143"/>
        <source>Only the host saves the shared folder.</source>
        <translation>Seul l&apos;hôte enregistre le dossier partagé.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="175"/>
        <source>The host</source>
        <translation>L&apos;hôte</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="177"/>
        <source>%1 created %2</source>
        <translation>%1 a créé %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="179"/>
        <source>%1 renamed %2 to %3</source>
        <translation>%1 a renommé %2 en %3</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="181"/>
        <source>%1 deleted %2</source>
        <translation>%1 a supprimé %2</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSessionController</name>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="43"/>
        <location filename="../app/session/FolderSessionController.cpp" line="91"/>
        <source>This window already takes part in a shared folder.</source>
        <translation>Cette fenêtre participe déjà à un dossier partagé.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="48"/>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 n&apos;est pas un dossier lisible.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="103"/>
        <source>Sharing %1 again: Save Shared Folder writes what the session holds into it.</source>
        <extracomment>Status bar, after a shared folder&apos;s session was resumed following a crash.</extracomment>
        <translation>%1 est de nouveau partagé : « Enregistrer le dossier partagé » y écrit ce que contient la session.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="121"/>
        <source>The Session Refused the Change</source>
        <translation>La session a refusé la modification</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="261"/>
        <source>Cannot Save the Shared Folder</source>
        <translation>Impossible d&apos;enregistrer le dossier partagé</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>Autosave could not write: %1</source>
        <translation>L’enregistrement automatique n’a pas pu écrire : %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>; </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="268"/>
        <source>Saved the shared folder</source>
        <translation>Dossier partagé enregistré</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="291"/>
        <source>%1 changed on disk; the change is in the session</source>
        <translation>%1 a été modifié sur le disque ; la modification est dans la session</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="332"/>
        <source>%1 was deleted from the shared folder; this tab keeps its text.</source>
        <translation>%1 a été supprimé du dossier partagé ; cet onglet garde son texte.</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="352"/>
        <source>The Shared Folder Session Ended</source>
        <translation>La session du dossier partagé est terminée</translation>
    </message>
</context>
<context>
    <name>ensemble::HelpMenuController</name>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="18"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="19"/>
        <source>&amp;About Ensemble</source>
        <translation>À &amp;propos d&apos;Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="23"/>
        <source>About Ensemble</source>
        <translation>À propos d&apos;Ensemble</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="24"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="31"/>
        <source>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;A code editor in which several people edit one document at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;Un éditeur de code dans lequel plusieurs personnes modifient un même document en même temps.&lt;/p&gt;&lt;p&gt;Conçu avec Qt %2 et QScintilla %3.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryClient</name>
    <message>
        <location filename="../net/client/HistoryClient.cpp" line="72"/>
        <source>The connection was lost.</source>
        <translation>La connexion a été perdue.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDialog</name>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="33"/>
        <source>&amp;Play</source>
        <translation>&amp;Lire</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="34"/>
        <source>Restore &amp;Selection</source>
        <translation>Restaurer la &amp;sélection</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="35"/>
        <source>Restore &amp;Document</source>
        <translation>Restaurer le &amp;document</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="37"/>
        <source>History of %1</source>
        <translation>Historique de %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="46"/>
        <source>&amp;Text at This Revision</source>
        <translation>&amp;Texte à cette révision</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="47"/>
        <source>&amp;Changes Since Then</source>
        <translation>&amp;Modifications depuis</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="48"/>
        <source>Reading the history…</source>
        <translation>Lecture de l’historique…</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="148"/>
        <source>Revision %1 of %2</source>
        <translation>Révision %1 sur %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="158"/>
        <source>Revision %1 of %2, by %3, %4</source>
        <extracomment>Revision 12 of 40, by Ana, 5/12/26 22:01.</extracomment>
        <translation>Révision %1 sur %2, par %3, %4</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDiffView</name>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="51"/>
        <source>unchanged lines: %1</source>
        <translation>lignes inchangées : %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="73"/>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryService</name>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="99"/>
        <source>This room keeps no history (the server has no data directory, or cannot write it).</source>
        <translation>Ce salon ne conserve pas d’historique (le serveur n’a pas de dossier de données ou ne peut pas y écrire).</translation>
    </message>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="106"/>
        <source>At most %1 history requests may wait at a time.</source>
        <translation>Au plus %1 requêtes d’historique peuvent attendre à la fois.</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryTimeline</name>
    <message>
        <location filename="../app/history/HistoryTimeline.cpp" line="56"/>
        <source>The history can be read only while connected.</source>
        <translation>L’historique ne peut être lu que pendant la connexion.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostCertificate</name>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="99"/>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="103"/>
        <source>Ensemble on %1</source>
        <translation>Ensemble sur %1</translation>
    </message>
</context>
<context>
    <name>ensemble::HostRecoveryController</name>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="47"/>
        <source>Cannot Discard the Room</source>
        <translation>Impossible d&apos;abandonner la salle</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="48"/>
        <source>%1 could not be deleted.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="72"/>
        <source>Cannot Resume Hosting</source>
        <translation>Impossible de reprendre l&apos;hébergement</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="73"/>
        <source>%1

The room is kept in %2.</source>
        <translation>%1

La salle est conservée dans %2.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostSessionDialog</name>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="25"/>
        <source>&amp;Any free port</source>
        <translation>N&apos;importe quel port &amp;libre</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="28"/>
        <source>&amp;Guests can edit</source>
        <translation>Les &amp;invités peuvent modifier</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="29"/>
        <source>&amp;Encrypt connections (TLS)</source>
        <translation>Chi&amp;ffrer les connexions (TLS)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="31"/>
        <source>New Cer&amp;tificate</source>
        <translation>Nouveau cer&amp;tificat</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="32"/>
        <source>&amp;Show on the local network</source>
        <translation>Afficher sur le réseau lo&amp;cal</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="33"/>
        <source>Let anyone on the local network &amp;join without an invite</source>
        <translation>Laisser quiconque sur le réseau local &amp;rejoindre sans invitation</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="37"/>
        <source>Host Session</source>
        <translation>Héberger une session</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="41"/>
        <source>All network interfaces</source>
        <translation>Toutes les interfaces réseau</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="42"/>
        <source>This computer only</source>
        <translation>Cet ordinateur uniquement</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="47"/>
        <source>none</source>
        <extracomment>Placeholder of the empty password field: the room will have no password.</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="50"/>
        <source>Otherwise guests can only follow along (Session ▸ Guests Can Edit changes it later)</source>
        <extracomment>&quot;Session ▸ Guests Can Edit&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Sinon, les invités peuvent seulement suivre (Session ▸ Les invités peuvent modifier permet de changer cela plus tard)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="54"/>
        <source>Guests connect with wss://; the invite carries the certificate&apos;s fingerprint, so they reach this computer and no other.</source>
        <translation>Les invités se connectent en wss://&#xa0;; l&apos;invitation contient l&apos;empreinte du certificat, ils atteignent donc cet ordinateur et aucun autre.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="56"/>
        <source>Make a new certificate. Invites handed out before stop working, and guests who trusted the old one are warned.</source>
        <translation>Créer un nouveau certificat. Les invitations déjà distribuées cessent de fonctionner, et les invités qui faisaient confiance à l&apos;ancien sont avertis.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="66"/>
        <source>Guests on this network see the session in their Join dialog</source>
        <translation>Les invités sur ce réseau voient la session dans leur fenêtre Rejoindre</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="68"/>
        <source>Publishes the room ID, which is all it takes to join a room without a password. Otherwise guests still need your invite.</source>
        <translation>Publie l&apos;identifiant du salon, qui suffit pour rejoindre un salon sans mot de passe. Sinon, les invités ont toujours besoin de votre invitation.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="83"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="85"/>
        <source>&amp;Listen on:</source>
        <translation>&amp;Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="86"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="90"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="94"/>
        <source>Anyone who has the invite (and the password, if you set one) and can reach this computer can join.</source>
        <translation>Toute personne qui a l&apos;invitation (et le mot de passe, si vous en définissez un) et qui peut atteindre cet ordinateur peut rejoindre la session.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="99"/>
        <source>&amp;Host</source>
        <extracomment>Button: start hosting (a verb).</extracomment>
        <translation>&amp;Héberger</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="145"/>
        <source>Not shown on the network: only this computer can join.</source>
        <translation>Non affiché sur le réseau : seul cet ordinateur peut rejoindre.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="147"/>
        <source>Not shown on the network: guests need your invite.</source>
        <translation>Non affiché sur le réseau : les invités ont besoin de votre invitation.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="149"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address, whether there is a password and the certificate&apos;s fingerprint.</source>
        <translation>Tout le monde sur ce réseau voit le nom du document, votre nom, l&apos;adresse de cet ordinateur, s&apos;il y a un mot de passe et l&apos;empreinte du certificat.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="152"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address and whether there is a password.</source>
        <translation>Tout le monde sur ce réseau voit le nom du document, votre nom, l&apos;adresse de cet ordinateur et s&apos;il y a un mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="155"/>
        <source>They also see the room ID; joining needs the password.</source>
        <translation>Ils voient aussi l&apos;identifiant du salon ; pour rejoindre, il faut le mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="157"/>
        <source>They also see the room ID, so anyone on it can join.</source>
        <translation>Ils voient aussi l&apos;identifiant du salon : quiconque sur le réseau peut donc rejoindre.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="158"/>
        <source>The room ID stays hidden: joining needs your invite.</source>
        <translation>L&apos;identifiant du salon reste caché : pour rejoindre, il faut votre invitation.</translation>
    </message>
</context>
<context>
    <name>ensemble::HostedRoom</name>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="35"/>
        <source>Cannot create the directory %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="58"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="67"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="86"/>
        <source>%1 is damaged.</source>
        <translation>Le fichier %1 est endommagé.</translation>
    </message>
</context>
<context>
    <name>ensemble::IdentityFields</name>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="18"/>
        <source>How the others see you</source>
        <translation>Le nom que les autres voient</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="19"/>
        <source>Your caret and selection colour in everyone&apos;s editor</source>
        <translation>La couleur de votre curseur et de votre sélection dans l&apos;éditeur de chacun</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="23"/>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="24"/>
        <source>Your &amp;colour:</source>
        <translation>Votre &amp;couleur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="35"/>
        <source>Your Colour</source>
        <translation>Votre couleur</translation>
    </message>
</context>
<context>
    <name>ensemble::InterruptedRoom</name>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="39"/>
        <source>Revision %1 in %2 does not apply: %3</source>
        <translation>La révision %1 de %2 ne s&apos;applique pas&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="59"/>
        <source>The shared folder %1 is gone.</source>
        <translation>Le dossier partagé %1 n’existe plus.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="92"/>
        <source>%1 describes another room.</source>
        <translation>%1 décrit une autre salle.</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="103"/>
        <source>The room kept in %1</source>
        <extracomment>%1 is a directory.</extracomment>
        <translation>La salle conservée dans %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="106"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="115"/>
        <source>the folder “%1”, shared since %2</source>
        <extracomment>%1 a folder, %2 a time or a date and time.</extracomment>
        <translation>le dossier «&#xa0;%1&#xa0;», partagé depuis %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="117"/>
        <source>the folder “%1”, shared since %2, with %3</source>
        <extracomment>%1 a folder, %2 a time or a date and time, %3 the names of the guests in the session.</extracomment>
        <translation>le dossier «&#xa0;%1&#xa0;», partagé depuis %2, avec %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="122"/>
        <source>“%1”, hosted since %2</source>
        <extracomment>%1 a file name, %2 a time or a date and time.</extracomment>
        <translation>«&#xa0;%1&#xa0;», hébergé depuis %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="124"/>
        <source>“%1”, hosted since %2, with %3</source>
        <extracomment>%1 a file name, %2 a time or a date and time, %3 the names of the guests in the room.</extracomment>
        <translation>«&#xa0;%1&#xa0;», hébergé depuis %2, avec %3</translation>
    </message>
</context>
<context>
    <name>ensemble::InviteDialog</name>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="26"/>
        <source>Invite</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="48"/>
        <source>Copy &amp;Link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="59"/>
        <source>None: the session is not encrypted, so others on the network can read it.</source>
        <translation>Aucun&#xa0;: la session n&apos;est pas chiffrée, d&apos;autres personnes sur le réseau peuvent donc la lire.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="61"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="62"/>
        <source>Invite:</source>
        <translation>Invitation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="64"/>
        <source>Web link:</source>
        <extracomment>A link that opens the session in a web browser, for people without the app.</extracomment>
        <translation>Lien web :</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="66"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>Certificat&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="68"/>
        <source>Send the invite to the people you want to edit with; they paste it in Session ▸ Join Session…</source>
        <extracomment>&quot;Session ▸ Join Session…&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Envoyez l&apos;invitation aux personnes avec qui vous voulez travailler&#xa0;; elles la collent dans Session ▸ Rejoindre une session…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="72"/>
        <source>It carries the certificate&apos;s fingerprint, so their connection reaches this computer and no other.</source>
        <translation>Elle contient l&apos;empreinte du certificat, leur connexion atteint donc cet ordinateur et aucun autre.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="75"/>
        <source>Without the app, they open the web link in a browser.</source>
        <translation>Sans l’application, ils ouvrent le lien web dans un navigateur.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="78"/>
        <source>The browser warns about the certificate: they compare its fingerprint with the one above before they go on.</source>
        <translation>Le navigateur avertit au sujet du certificat : ils comparent son empreinte avec celle ci-dessus avant de continuer.</translation>
    </message>
</context>
<context>
    <name>ensemble::JoinSessionDialog</name>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="24"/>
        <source>&amp;Encrypted connection (the host&apos;s default)</source>
        <translation>Connexion chi&amp;ffrée (par défaut chez l&apos;hôte)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="31"/>
        <source>Join Session</source>
        <translation>Rejoindre une session</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="37"/>
        <source>ensemble://host:7717/room-id</source>
        <extracomment>Example invite: translate &quot;host&quot; (a computer) and &quot;room-id&quot;, keep the rest.</extracomment>
        <translation>ensemble://hote:7717/id-salle</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="38"/>
        <source>Paste the invite the host gave you, or pick a recent session</source>
        <translation>Collez l&apos;invitation reçue de l&apos;hôte ou choisissez une session récente</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="40"/>
        <source>host or host:port</source>
        <extracomment>&quot;host&quot; is the computer that hosts the session (a noun), &quot;port&quot; its network port.</extracomment>
        <translation>hôte ou hôte:port</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="41"/>
        <source>room ID</source>
        <translation>identifiant de salle</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="48"/>
        <source>only if the host set one</source>
        <translation>seulement si l&apos;hôte en a défini un</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="62"/>
        <source>&amp;Sessions nearby:</source>
        <translation>Sessions à &amp;proximité :</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="64"/>
        <source>&amp;Invite:</source>
        <translation>&amp;Invitation&#xa0;:</translation>
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
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="68"/>
        <source>&amp;Room ID:</source>
        <translation>ID de la &amp;salle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="70"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="72"/>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="93"/>
        <source>This host does not show the room ID on the network: paste their invite, or enter the room ID they give you.</source>
        <translation>Cet hôte n&apos;affiche pas l&apos;identifiant du salon sur le réseau : collez son invitation ou saisissez l&apos;identifiant qu&apos;il vous donne.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="97"/>
        <source>This room asks for a password.</source>
        <translation>Ce salon demande un mot de passe.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="125"/>
        <source>Paste an invite, or enter an address and room ID.</source>
        <translation>Collez une invitation, ou saisissez une adresse et un identifiant de salle.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="131"/>
        <source>Enter the name the others will see.</source>
        <translation>Saisissez le nom que les autres verront.</translation>
    </message>
</context>
<context>
    <name>ensemble::Language</name>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="66"/>
        <source>Plain Text</source>
        <translation>Texte brut</translation>
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
        <translation>&amp;Langage</translation>
    </message>
    <message>
        <location filename="../app/menus/LanguageMenuController.cpp" line="20"/>
        <source>&amp;Detect from File Name</source>
        <translation>&amp;Détecter d&apos;après le nom du fichier</translation>
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
        <translation>%1 par %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="56"/>
        <source>[password]</source>
        <extracomment>After a session nearby that asks for a password.</extracomment>
        <translation>[mot de passe]</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="65"/>
        <source>The host keeps the room ID private: you need their invite.</source>
        <translation>L&apos;hôte garde l&apos;identifiant du salon privé : il vous faut son invitation.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="81"/>
        <source>Sessions nearby cannot be listed: there is no D-Bus system bus.</source>
        <translation>Impossible de lister les sessions à proximité : il n&apos;y a pas de bus système D-Bus.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="84"/>
        <source>Sessions nearby cannot be listed: the Avahi daemon is not running.</source>
        <translation>Impossible de lister les sessions à proximité : le démon Avahi ne fonctionne pas.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="88"/>
        <source>Sessions nearby cannot be listed: %1</source>
        <translation>Impossible de lister les sessions à proximité : %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="101"/>
        <source>Looking for sessions on this network…</source>
        <translation>Recherche de sessions sur ce réseau…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="103"/>
        <source>Pick a session to fill in its address.</source>
        <translation>Choisissez une session pour remplir son adresse.</translation>
    </message>
</context>
<context>
    <name>ensemble::NoticeBar</name>
    <message>
        <location filename="../editor/NoticeBar.cpp" line="30"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>ensemble::ParticipantsPanel</name>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="41"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="61"/>
        <source>This document is not shared.</source>
        <translation>Ce document n&apos;est pas partagé.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="69"/>
        <source>Connection lost. Who is in the session is not known until it is back.</source>
        <extracomment>Participants panel, first line while the connection to the session is lost.</extracomment>
        <translation>Connexion perdue. On ne sait pas qui est dans la session tant qu’elle n’est pas rétablie.</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="76"/>
        <source>you</source>
        <extracomment>Participants list, after a name: this is you.</extracomment>
        <translation>vous</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="80"/>
        <source>host</source>
        <extracomment>Participants list, after a name: this person hosts the session (a noun).</extracomment>
        <translation>hôte</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="100"/>
        <source>following</source>
        <extracomment>Participants list, after a name: your view follows this person&apos;s caret.</extracomment>
        <translation>suivi</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="108"/>
        <source>in %1</source>
        <extracomment>Participants list, the line under a name: the shared folder&apos;s file they are in.</extracomment>
        <translation>dans %1</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="145"/>
        <source>Stop Following</source>
        <extracomment>Context menu of a participant: your view no longer follows their caret.</extracomment>
        <translation>Ne plus suivre</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="150"/>
        <source>Follow</source>
        <extracomment>Context menu of a participant: your view follows their caret as they move and type.</extracomment>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="156"/>
        <source>Remove from Session…</source>
        <extracomment>Context menu of a participant: the host sends them out of the session (asks first).</extracomment>
        <translation>Retirer de la session…</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="85"/>
        <source>connected</source>
        <extracomment>Participants list, after a name: this person is in the session.</extracomment>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="89"/>
        <source>reconnecting</source>
        <extracomment>Participants list, after your own name: your connection is being restored.</extracomment>
        <translation>reconnexion</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="94"/>
        <source>status unknown</source>
        <extracomment>Participants list, after a name: this person was in the session when your connection was lost; whether they still are is not known.</extracomment>
        <translation>état inconnu</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="52"/>
        <source>Cannot Save a Copy of the Project</source>
        <translation>Impossible d’enregistrer une copie du projet</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Saving a copy of the project…</source>
        <translation>Enregistrement d’une copie du projet…</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="63"/>
        <source>Save a Copy of the Project</source>
        <translation>Enregistrer une copie du projet</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="90"/>
        <source>Some Files Were Not Copied</source>
        <translation>Certains fichiers n’ont pas été copiés</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="91"/>
        <source>The copy in %1 lacks these files:
%2</source>
        <translation>Il manque ces fichiers à la copie dans %1 :
%2</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="93"/>
        <source>The copy in %1 was stopped</source>
        <translation>La copie dans %1 a été arrêtée</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/ProjectCopyController.cpp" line="95"/>
        <source>Saved a copy of %n file(s) in %1</source>
        <translation>
            <numerusform>Copie de %n fichier enregistrée dans %1</numerusform>
            <numerusform>Copie de %n fichiers enregistrée dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::ProjectDownload</name>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="28"/>
        <source>Not connected to a session that shares a folder.</source>
        <translation>Pas connecté à une session qui partage un dossier.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="33"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="38"/>
        <source>The folder %1 is not empty.</source>
        <translation>Le dossier %1 n’est pas vide.</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="127"/>
        <location filename="../net/client/ProjectDownload.cpp" line="132"/>
        <location filename="../net/client/ProjectDownload.cpp" line="170"/>
        <source>deleted from the session meanwhile</source>
        <translation>supprimé de la session entre-temps</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="174"/>
        <source>not a path this computer can hold</source>
        <translation>pas un chemin que cet ordinateur peut contenir</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="181"/>
        <source>cannot create its folder</source>
        <translation>impossible de créer son dossier</translation>
    </message>
</context>
<context>
    <name>ensemble::Room</name>
    <message>
        <location filename="../net/server/Room.cpp" line="179"/>
        <location filename="../net/server/RoomMessages.cpp" line="171"/>
        <source>The owner removed you from this room.</source>
        <translation>Le propriétaire vous a retiré de cette salle.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="186"/>
        <source>The same client joined again from elsewhere.</source>
        <translation>Le même client a rejoint la salle depuis un autre endroit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Room.cpp" line="194"/>
        <source>This room already has %n participant(s).</source>
        <translation>
            <numerusform>Cette salle compte déjà %n participant.</numerusform>
            <numerusform>Cette salle compte déjà %n participants.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="301"/>
        <source>this session shares a folder; it needs a client of protocol 2</source>
        <translation>cette session partage un dossier ; elle nécessite un client du protocole 2</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="357"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>Impossible d&apos;enregistrer la salle %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="64"/>
        <source>Only the owner may change this room.</source>
        <translation>Seul le propriétaire peut modifier cette salle.</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="381"/>
        <source>Room %1 could not save its chat: %2</source>
        <translation>La salle %1 n&apos;a pas pu enregistrer sa discussion&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="97"/>
        <location filename="../net/server/RoomMessages.cpp" line="119"/>
        <source>Document %1 is not open.</source>
        <translation>Le document %1 n’est pas ouvert.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="98"/>
        <location filename="../net/server/RoomTree.cpp" line="43"/>
        <source>There is no document %1 in this session.</source>
        <translation>Il n’y a pas de document %1 dans cette session.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="154"/>
        <source>Only the owner may remove participants.</source>
        <translation>Seul le propriétaire peut retirer des participants.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="158"/>
        <source>The owner cannot remove themselves.</source>
        <translation>Le propriétaire ne peut pas se retirer lui-même.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="178"/>
        <source>Only the owner may change the room&apos;s settings.</source>
        <translation>Seul le propriétaire peut modifier les paramètres de la salle.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="36"/>
        <source>open needs protocol 2.</source>
        <translation>open nécessite le protocole 2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="56"/>
        <source>At most %n document(s) can be open at a time.</source>
        <translation>
            <numerusform>Au plus %n document peut être ouvert à la fois.</numerusform>
            <numerusform>Au plus %n documents peuvent être ouverts à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="158"/>
        <location filename="../net/server/RoomTree.cpp" line="193"/>
        <source>“%1” is not a path a session can share.</source>
        <translation>« %1 » n’est pas un chemin qu’une session peut partager.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="161"/>
        <location filename="../net/server/RoomTree.cpp" line="203"/>
        <source>%1 exists already.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="164"/>
        <source>A session holds at most %n file(s) and folder(s).</source>
        <translation>
            <numerusform>Une session contient au plus %n fichier ou dossier.</numerusform>
            <numerusform>Une session contient au plus %n fichiers et dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="170"/>
        <source>The session&apos;s documents may hold at most %1 characters together.</source>
        <translation>Les documents de la session peuvent contenir au plus %1 caractères en tout.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="225"/>
        <source>There is no %1 in this session.</source>
        <translation>Il n’y a pas de %1 dans cette session.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="200"/>
        <source>%1 was renamed to %2.</source>
        <translation>%1 a été renommé en %2.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>La salle %1 est de nouveau enregistrée.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="75"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>La salle %1 n&apos;est pas enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="78"/>
        <source>The server cannot save this room for now; your edits wait and are sent again.</source>
        <translation>Le serveur ne peut pas enregistrer cette salle pour l&apos;instant&#xa0;; vos modifications attendent et seront renvoyées.</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomDocument</name>
    <message>
        <location filename="../net/server/RoomDocument.cpp" line="318"/>
        <source>Room %1 dropped a selection outside its text.</source>
        <translation>La salle %1 a ignoré une sélection hors de son texte.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomDocumentMessages.cpp" line="25"/>
        <source>The document may not grow beyond %n character(s).</source>
        <translation>
            <numerusform>Le document ne peut pas dépasser %n caractère.</numerusform>
            <numerusform>Le document ne peut pas dépasser %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="31"/>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="84"/>
        <source>The selection lies outside the document.</source>
        <translation>La sélection est en dehors du document.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="53"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>La salle %1 n&apos;est pas enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="55"/>
        <source>The server cannot save this room; recent edits may be lost if it stops.</source>
        <translation>Le serveur ne peut pas enregistrer cette salle&#xa0;; les dernières modifications pourraient être perdues s&apos;il s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>La salle %1 est de nouveau enregistrée.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="119"/>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="133"/>
        <source>Room %1 does not keep its history: %2</source>
        <translation>La salle %1 ne conserve pas son historique&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="147"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>Impossible d&apos;enregistrer la salle %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomServer</name>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="63"/>
        <source>The server is busy with other joining connections.</source>
        <translation>Le serveur est occupé par d’autres connexions en train de rejoindre.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="78"/>
        <source>Cannot accept connections: %1; trying again in %2 ms.</source>
        <translation>Impossible d&apos;accepter des connexions&#xa0;: %1&#xa0;; nouvelle tentative dans %2 ms.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="118"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d&apos;écouter sur %1, port %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="155"/>
        <source>The server is shutting down.</source>
        <translation>Le serveur s&apos;arrête.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="173"/>
        <source>Cannot create the data directory %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="180"/>
        <source>Another Ensemble server is using %1.</source>
        <translation>Un autre serveur Ensemble utilise %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="191"/>
        <location filename="../net/server/RoomServerJournal.cpp" line="42"/>
        <source>Room %1 was not loaded: %2</source>
        <translation>La salle %1 n&apos;a pas été chargée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="203"/>
        <source>“%1” is not a file name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="227"/>
        <source>“%1” is not a room ID.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de salle.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="229"/>
        <source>Room %1 already exists.</source>
        <translation>La salle %1 existe déjà.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="232"/>
        <source>This server already holds %n room(s).</source>
        <translation>
            <numerusform>Ce serveur héberge déjà %n salle.</numerusform>
            <numerusform>Ce serveur héberge déjà %n salles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="236"/>
        <source>The document is longer than %n character(s).</source>
        <translation>
            <numerusform>Le document dépasse %n caractère.</numerusform>
            <numerusform>Le document dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="265"/>
        <source>The host closed this room.</source>
        <translation>L&apos;hôte a fermé cette salle.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="285"/>
        <source>Room %1 was deleted: nobody had joined it for %2 hours.</source>
        <extracomment>Server log: %1 a room id, %2 a number of hours.</extracomment>
        <translation>Le salon %1 a été supprimé : personne ne l’avait rejoint depuis %2 heures.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="80"/>
        <source>The address must end in /ROOM-ID (a lowercase UUID).</source>
        <translation>L&apos;adresse doit se terminer par /ID-SALLE (un UUID en minuscules).</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="98"/>
        <source>Too many failed attempts from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de tentatives échouées depuis votre adresse&#xa0;; réessayez dans %n minute.</numerusform>
            <numerusform>Trop de tentatives échouées depuis votre adresse&#xa0;; réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="111"/>
        <source>This room needs a password.</source>
        <translation>Cette salle nécessite un mot de passe.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="160"/>
        <source>The password is wrong.</source>
        <translation>Le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="120"/>
        <location filename="../net/server/Admission.cpp" line="174"/>
        <source>There is no room with this ID here.</source>
        <translation>Il n&apos;y a ici aucune salle avec cet identifiant.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="70"/>
        <source>The server is checking too many passwords; try again later.</source>
        <translation>Le serveur vérifie trop de mots de passe ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="71"/>
        <source>Too many password attempts from your address at once; try again later.</source>
        <translation>Trop de tentatives de mot de passe simultanées depuis votre adresse ; réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="142"/>
        <source>Creating rooms on this server needs its password.</source>
        <translation>La création de salles sur ce serveur nécessite son mot de passe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="196"/>
        <source>Your address created %n room(s) within the last hour; try again later.</source>
        <translation>
            <numerusform>Votre adresse a créé %n salon au cours de la dernière heure ; réessayez plus tard.</numerusform>
            <numerusform>Votre adresse a créé %n salons au cours de la dernière heure ; réessayez plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="206"/>
        <source>The server&apos;s storage for rooms is full.</source>
        <translation>L’espace de stockage du serveur pour les salons est plein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="229"/>
        <source>%1 failed to join %n time(s); it gets too_many_attempts for %2 s.</source>
        <extracomment>Server log: %1 a network address; too_many_attempts is a protocol error code.</extracomment>
        <translation>
            <numerusform>%1 a échoué %n fois à rejoindre une salle&#xa0;; too_many_attempts lui est renvoyé pendant %2 s.</numerusform>
            <numerusform>%1 a échoué %n fois à rejoindre une salle&#xa0;; too_many_attempts lui est renvoyé pendant %2 s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerDocuments.cpp" line="14"/>
        <location filename="../net/server/RoomServerDocuments.cpp" line="24"/>
        <source>There is no room %1.</source>
        <translation>Il n’y a pas de salle %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="62"/>
        <source>This session is served by %1.</source>
        <extracomment>%1 a server&apos;s address, ws://HOST:PORT.</extracomment>
        <translation>Cette session est servie par %1.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="76"/>
        <source>Room %1 went to another server (its lease ran out or was taken).</source>
        <translation>La salle %1 est passée sur un autre serveur (son bail a expiré ou a été repris).</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="80"/>
        <source>This server no longer serves the session.</source>
        <translation>Ce serveur ne sert plus la session.</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="91"/>
        <source>The server cannot reach its database; trying again.</source>
        <translation>Le serveur ne joint pas sa base de données&#xa0;; nouvel essai.</translation>
    </message>
</context>
<context>
    <name>ensemble::SearchMenuController</name>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="21"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="22"/>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="24"/>
        <source>&amp;Replace…</source>
        <translation>R&amp;emplacer…</translation>
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
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="30"/>
        <source>Find &amp;Previous</source>
        <translation>Occurrence &amp;précédente</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="34"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Aller à la ligne…</translation>
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
        <translation>Le certificat de %1 n&apos;est pas celui qu&apos;indique l&apos;invitation. Quelqu&apos;un intercepte peut-être la connexion, ou l&apos;hôte a créé un nouveau certificat&#xa0;: demandez une invitation à jour à l&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="250"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection, or the host made a new certificate.</source>
        <translation>Le certificat de %1 n&apos;est pas celui auquel vous avez fait confiance auparavant. Quelqu&apos;un intercepte peut-être la connexion, ou l&apos;hôte a créé un nouveau certificat.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="264"/>
        <source>The identity of %1 cannot be verified: %2</source>
        <translation>L&apos;identité de %1 ne peut pas être vérifiée&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="284"/>
        <source>%1 did not set up an encrypted connection (%2); it may not offer encryption. Ask the host for a current invite.</source>
        <translation>%1 n&apos;a pas établi de connexion chiffrée (%2)&#xa0;; le serveur ne propose peut-être pas le chiffrement. Demandez une invitation à jour à l&apos;hôte.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="296"/>
        <source>%1 closed the connection without answering; it may accept only encrypted connections. If so, ask the host for an invite with the certificate&apos;s fingerprint (…?fp=…).</source>
        <translation>%1 a fermé la connexion sans répondre&#xa0;; le serveur n&apos;accepte peut-être que les connexions chiffrées. Dans ce cas, demandez à l&apos;hôte une invitation contenant l&apos;empreinte du certificat (…?fp=…).</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="314"/>
        <source>The connection to the server was lost.</source>
        <translation>La connexion au serveur a été perdue.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="325"/>
        <source>Nothing answers at %1:%2.</source>
        <translation>Rien ne répond à l&apos;adresse %1:%2.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="330"/>
        <source>The host %1 was not found.</source>
        <translation>L&apos;hôte %1 est introuvable.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="337"/>
        <source>No answer from %1:%2. Check the address, that the host is sharing a session, and that no firewall is in the way.</source>
        <translation>Aucune réponse de %1:%2. Vérifiez l’adresse, que l’hôte partage bien une session et qu’aucun pare-feu ne bloque la connexion.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="510"/>
        <source>Offline</source>
        <extracomment>Session state in the status bar: not connected to a session.</extracomment>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="512"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected, sending %n edit(s)</source>
        <extracomment>Session state in the status bar.</extracomment>
        <translation>
            <numerusform>Connecté, envoi de %n modification</numerusform>
            <numerusform>Connecté, envoi de %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="518"/>
        <source>Reconnecting in %1 s (%n unsent edit(s))</source>
        <extracomment>Session state in the status bar: %1 is a number of seconds.</extracomment>
        <translation>
            <numerusform>Reconnexion dans %1 s (%n modification non envoyée)</numerusform>
            <numerusform>Reconnexion dans %1 s (%n modifications non envoyées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="521"/>
        <source>Disconnected (%n unsent edit(s))</source>
        <translation>
            <numerusform>Déconnecté (%n modification non envoyée)</numerusform>
            <numerusform>Déconnecté (%n modifications non envoyées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="18"/>
        <source>The server sent a message this version does not understand: %1</source>
        <translation>Le serveur a envoyé un message que cette version ne comprend pas&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="25"/>
        <source>The server did not start with a welcome.</source>
        <translation>Le serveur n&apos;a pas commencé par un message d&apos;accueil.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="69"/>
        <source>The server welcomed this session twice.</source>
        <translation>Le serveur a accueilli cette session deux fois.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="142"/>
        <source>This room needs a password.</source>
        <translation>Cette salle nécessite un mot de passe.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="163"/>
        <source>The session fell behind the room; catching up.</source>
        <translation>La session a pris du retard sur la salle&#xa0;; mise à niveau en cours.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="171"/>
        <source>This session was out of step with the room; catching up.</source>
        <translation>Cette session était désynchronisée de la salle&#xa0;; mise à niveau en cours.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="178"/>
        <source>The server refused your recent edits (%1); the document is reloaded from the server.</source>
        <translation>Le serveur a refusé vos dernières modifications (%1)&#xa0;; le document est rechargé depuis le serveur.</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="218"/>
        <source>Someone</source>
        <extracomment>Name shown for a participant the server has not introduced.</extracomment>
        <translation>Quelqu&apos;un</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientFolder.cpp" line="137"/>
        <source>The server did not send the session&apos;s tree.</source>
        <translation>Le serveur n’a pas envoyé l’arborescence de la session.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionHost</name>
    <message>
        <location filename="../app/hosting/SessionHost.cpp" line="119"/>
        <source>The room&apos;s files cannot be read. %1</source>
        <translation>Impossible de lire les fichiers de la salle. %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SessionHostFolder.cpp" line="14"/>
        <source>The folder has no file to share.</source>
        <translation>Le dossier ne contient aucun fichier à partager.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionMenuController</name>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="31"/>
        <source>Sessio&amp;n</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="33"/>
        <source>&amp;Host Session…</source>
        <extracomment>&quot;Host&quot; is a verb: share the current document in a new session.</extracomment>
        <translation>&amp;Héberger une session…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="35"/>
        <source>&amp;Join Session…</source>
        <translation>&amp;Rejoindre une session…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="37"/>
        <source>Show &amp;Invite…</source>
        <translation>Afficher l&apos;&amp;invitation…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="39"/>
        <source>&amp;Guests Can Edit</source>
        <translation>Les invités peuvent &amp;modifier</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="48"/>
        <source>Change &amp;Password…</source>
        <extracomment>Session menu: the host gives the room a new password (asks for it).</extracomment>
        <translation>Changer le mot de &amp;passe…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="53"/>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Leave Session</source>
        <translation>&amp;Quitter la session</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="103"/>
        <source>Cannot Host Session</source>
        <translation>Impossible d&apos;héberger la session</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Stop Hosting</source>
        <translation>&amp;Arrêter l&apos;hébergement</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionPanel</name>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="56"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="69"/>
        <source>Click someone to follow them from file to file.</source>
        <translation>Cliquez sur quelqu&apos;un pour le suivre de fichier en fichier.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="128"/>
        <source>No shared folder. Session ▸ Share Folder… shares one.</source>
        <translation>Aucun dossier partagé. Session ▸ Partager un dossier… en partage un.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="133"/>
        <source>%1 (read-only)</source>
        <translation>%1 (lecture seule)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="214"/>
        <source>%1 (deleted on disk)</source>
        <extracomment>A file of the Session panel whose file the host&apos;s folder no longer has.</extracomment>
        <translation>%1 (supprimé du disque)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="224"/>
        <source>Deleted on the host&apos;s disk; the session keeps it until the host saves or deletes it.</source>
        <translation>Supprimé du disque de l&apos;hôte ; la session le garde jusqu&apos;à ce que l&apos;hôte l&apos;enregistre ou le supprime.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="227"/>
        <source>Deleted on the host&apos;s disk; kept while %1 edits it.</source>
        <extracomment>%1: who works in the file (&quot;Ana, Bo&quot;).</extracomment>
        <translation>Supprimé du disque de l&apos;hôte ; conservé tant que %1 le modifie.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="238"/>
        <source>%1 (following)</source>
        <translation>%1 (suivi)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="277"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="279"/>
        <source>New &amp;File…</source>
        <translation>Nouveau &amp;fichier…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="282"/>
        <source>New Fol&amp;der…</source>
        <translation>Nouveau &amp;dossier…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="285"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="287"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="296"/>
        <source>The host made this session read-only</source>
        <translation>L&apos;hôte a mis cette session en lecture seule</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New File</source>
        <translation>Nouveau fichier</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New Folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new file:</source>
        <translation>Chemin du nouveau fichier :</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new folder:</source>
        <translation>Chemin du nouveau dossier :</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>New path:</source>
        <translation>Nouveau chemin :</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="326"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="327"/>
        <source>Delete %1 from the shared folder for everyone? Whoever has it open keeps the text.</source>
        <translation>Supprimer %1 du dossier partagé pour tout le monde ? Qui l&apos;a ouvert garde le texte.</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionStatusController</name>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="23"/>
        <source>Session</source>
        <extracomment>Tooltip of the status bar field showing the session&apos;s state.</extracomment>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="25"/>
        <source>People in the session (see Session ▸ Participants)</source>
        <extracomment>&quot;Session ▸ Participants&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Personnes dans la session (voir Session ▸ Participants)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="27"/>
        <source>Type, click in the editor or press Escape to stop following</source>
        <extracomment>Tooltip of the status bar field naming the participant whose caret the view follows.</extracomment>
        <translation>Tapez, cliquez dans l’éditeur ou appuyez sur Échap pour ne plus suivre</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="57"/>
        <source>Following %1</source>
        <extracomment>Status bar: the view follows this participant&apos;s caret; %1 their name.</extracomment>
        <translation>Vous suivez %1</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="69"/>
        <source>Participants unknown</source>
        <extracomment>Status bar, instead of the participant count while the connection is lost.</extracomment>
        <translation>Participants inconnus</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/SessionStatusController.cpp" line="70"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Encrypted</source>
        <extracomment>Status bar: whether the session&apos;s connection is encrypted (TLS).</extracomment>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Not encrypted</source>
        <translation>Non chiffrée</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="75"/>
        <source>The connection is not encrypted: others on the network can read the document as it travels.</source>
        <translation>La connexion n&apos;est pas chiffrée&#xa0;: d&apos;autres personnes sur le réseau peuvent lire le document pendant son transfert.</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="78"/>
        <source>The connection is encrypted (TLS).</source>
        <translation>La connexion est chiffrée (TLS).</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="80"/>
        <source>The connection is encrypted (TLS). Server certificate SHA-256: %1</source>
        <translation>La connexion est chiffrée (TLS). SHA-256 du certificat du serveur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::Settings</name>
    <message>
        <location filename="../app/Settings.cpp" line="182"/>
        <source>Guest</source>
        <extracomment>Name shown to the others in a session when the user has none.</extracomment>
        <translation>Invité</translation>
    </message>
</context>
<context>
    <name>ensemble::SettingsDialog</name>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="24"/>
        <source>Indent with &amp;spaces instead of tabs</source>
        <translation>Indenter avec des espaces au lieu de &amp;tabulations</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="25"/>
        <source>Show &amp;whitespace</source>
        <translation>Afficher les &amp;espaces</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="26"/>
        <source>Wrap &amp;long lines</source>
        <translation>Renvoyer les lignes &amp;longues à la ligne</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="27"/>
        <source>Show &amp;indentation guides</source>
        <translation>Afficher les &amp;guides d&apos;indentation</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
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
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="47"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="48"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="56"/>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="60"/>
        <source>The interface language changes when Ensemble is next started.</source>
        <translation>La langue de l&apos;interface change au prochain démarrage d&apos;Ensemble.</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="71"/>
        <source>&amp;Font:</source>
        <translation>&amp;Police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="74"/>
        <source>&amp;Tab width:</source>
        <translation>Largeur de ta&amp;bulation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="79"/>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="80"/>
        <source>Interface lan&amp;guage:</source>
        <translation>Langue de l&apos;&amp;interface&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedDocument</name>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="116"/>
        <source>Resynchronising the document with the room</source>
        <translation>Resynchronisation du document avec la salle</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="134"/>
        <source>The host made the document read-only</source>
        <translation>L&apos;hôte a mis le document en lecture seule</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="135"/>
        <source>The host lets everyone edit again</source>
        <translation>L&apos;hôte permet de nouveau à tous de modifier</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="151"/>
        <source>%1 joined</source>
        <translation>%1 a rejoint la session</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="158"/>
        <source>%1 left</source>
        <translation>%1 a quitté la session</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="189"/>
        <source>%1 Trying again; your edits are kept.</source>
        <extracomment>%1 is a complete sentence saying what went wrong with the connection.</extracomment>
        <translation>%1 Nouvelle tentative&#xa0;; vos modifications sont conservées.</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="260"/>
        <source>Hosting on port %1</source>
        <extracomment>Status bar: this window hosts the session, on this network port.</extracomment>
        <translation>Hébergement sur le port %1</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="265"/>
        <source>%1, guests read-only</source>
        <extracomment>Session status of the room&apos;s host: %1 the state (&quot;Hosting on port 7717&quot;); guests cannot edit.</extracomment>
        <translation>%1, lecture seule pour les invités</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="268"/>
        <source>%1, read-only</source>
        <extracomment>Session status of a guest: %1 the state (&quot;Connected&quot;); the guest cannot edit the shared document.</extracomment>
        <translation>%1, lecture seule</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedFolder</name>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="16"/>
        <source>ignored by %1</source>
        <translation>exclu par %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="18"/>
        <source>the Git repository</source>
        <translation>le dépôt Git</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="20"/>
        <source>binary</source>
        <translation>binaire</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="22"/>
        <source>too large</source>
        <translation>trop grand</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="24"/>
        <source>too many files</source>
        <translation>trop de fichiers</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="26"/>
        <source>the folder is too large</source>
        <translation>le dossier est trop grand</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="28"/>
        <location filename="../app/hosting/SharedFolder.cpp" line="61"/>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="30"/>
        <source>a symbolic link</source>
        <translation>un lien symbolique</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="32"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="67"/>
        <source>not UTF-8</source>
        <translation>pas en UTF-8</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="83"/>
        <source>%1 and %2 more</source>
        <extracomment>%1 lists what a shared folder left out, %2 counts the rest (1 or more).</extracomment>
        <translation>%1 et %2 de plus</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="84"/>
        <source>Not shared: %1.</source>
        <translation>Non partagé : %1.</translation>
    </message>
</context>
<context>
    <name>ensemble::StatusBarController</name>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="21"/>
        <source>Line and column</source>
        <translation>Ligne et colonne</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="22"/>
        <source>Language (change it in the Language menu)</source>
        <translation>Langage (modifiable dans le menu Langage)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="23"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="25"/>
        <source>Line endings (convert them in Edit ▸ Line Endings)</source>
        <extracomment>&quot;Edit ▸ Line Endings&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>Fins de ligne (à convertir dans Édition ▸ Fins de ligne)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="62"/>
        <source>Ln %1, Col %2</source>
        <extracomment>Status bar: line and column of the cursor, abbreviated.</extracomment>
        <translation>Ligne %1, col. %2</translation>
    </message>
</context>
<context>
    <name>ensemble::SummonController</name>
    <message>
        <location filename="../app/session/SummonController.cpp" line="18"/>
        <source>Follow</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: follow Ana from file to file.</extracomment>
        <translation>Suivre</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="20"/>
        <source>Ignore</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: stay where you are.</extracomment>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="38"/>
        <source>Asked everyone to follow you</source>
        <translation>Tout le monde a été invité à vous suivre</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="40"/>
        <source>Not connected: nobody was asked to follow you</source>
        <translation>Non connecté : personne n’a été invité à vous suivre</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="64"/>
        <source>%1 asks everyone to follow them.</source>
        <extracomment>%1: who asks, in the Session panel of everyone else.</extracomment>
        <translation>%1 demande à tout le monde de le ou la suivre.</translation>
    </message>
</context>
<context>
    <name>ensemble::TextFile</name>
    <message>
        <location filename="../editor/TextFile.cpp" line="14"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="18"/>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 est trop volumineux pour être ouvert (%2 Mo&#xa0;; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="26"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="47"/>
        <source>The text contains characters that %1 cannot store.</source>
        <translation>Le texte contient des caractères que l&apos;encodage %1 ne peut pas représenter.</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="52"/>
        <location filename="../editor/TextFile.cpp" line="56"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="61"/>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2</translation>
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
        <translation>UTF-8 avec BOM</translation>
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
        <translation>Mixtes (%1)</translation>
    </message>
</context>
<context>
    <name>ensemble::TextSearch</name>
    <message>
        <location filename="../editor/TextSearch.cpp" line="16"/>
        <source>Nothing to search for.</source>
        <translation>Rien à rechercher.</translation>
    </message>
    <message>
        <location filename="../editor/TextSearch.cpp" line="24"/>
        <source>Invalid regular expression: %1</source>
        <translation>Expression régulière non valable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::ViewMenuController</name>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="22"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="29"/>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="31"/>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="35"/>
        <source>&amp;Reset Zoom</source>
        <translation>Réinitialiser le &amp;zoom</translation>
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
        <translation>Onglet &amp;suivant</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="48"/>
        <source>&amp;Previous Tab</source>
        <translation>Onglet &amp;précédent</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="53"/>
        <source>&amp;Word Wrap</source>
        <translation>Retour à la &amp;ligne automatique</translation>
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
        <translation>Afficher les &amp;espaces</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="57"/>
        <source>Show Indentation &amp;Guides</source>
        <translation>Afficher les &amp;guides d&apos;indentation</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="58"/>
        <source>Show &amp;Authorship</source>
        <translation>Afficher les a&amp;uteurs</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="59"/>
        <source>Show &amp;Last Editor</source>
        <translation>Afficher le dernier é&amp;diteur</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="62"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="65"/>
        <source>&amp;System</source>
        <extracomment>Theme that follows the desktop&apos;s colours.</extracomment>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="66"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="67"/>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
</context>
<context>
    <name>ensemble::Workspace</name>
    <message>
        <location filename="../app/window/Workspace.cpp" line="96"/>
        <source>Cannot Open File</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="200"/>
        <source>Cannot Save File</source>
        <translation>Impossible d&apos;enregistrer le fichier</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="264"/>
        <source>Cannot Reload File</source>
        <translation>Impossible de recharger le fichier</translation>
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
        <translation>%1 (lecture seule)</translation>
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
        <translation>La modification ne correspond pas au document.</translation>
    </message>
</context>
</TS>
