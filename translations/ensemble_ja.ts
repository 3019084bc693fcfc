<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ClientState</name>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="62"/>
        <source>The local edit does not match the document length.</source>
        <translation>ローカルの編集がドキュメントの長さと一致しません。</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="92"/>
        <source>The server&apos;s operation does not match its document.</source>
        <translation>サーバーの操作がサーバー側のドキュメントと一致しません。</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="127"/>
        <source>An acknowledgement arrived with no operation waiting for one.</source>
        <translation>確認応答を待っている操作がないのに、確認応答が届きました。</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="178"/>
        <source>The operations do not lead from this client&apos;s revision to the new one.</source>
        <translation>操作列がこのクライアントのリビジョンから新しいリビジョンにつながっていません。</translation>
    </message>
    <message>
        <location filename="../net/ot/ClientState.cpp" line="187"/>
        <source>The operations are not consecutive.</source>
        <translation>操作が連続していません。</translation>
    </message>
</context>
<context>
    <name>HeadlessServer</name>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="65"/>
        <source>Ensemble room server (no display).</source>
        <translation>Ensemble ルームサーバー (画面なし)。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="68"/>
        <source>Run the headless room server.</source>
        <translation>画面を使わずにルームサーバーだけを実行します。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="71"/>
        <source>TCP port (default 7717).</source>
        <translation>TCP ポート (既定値: 7717)。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="75"/>
        <source>Address to listen on (default: all).</source>
        <translation>待ち受けるアドレス (既定値: すべて)。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="79"/>
        <source>Where rooms are saved (default: %1).</source>
        <translation>ルームの保存先 (既定値: %1)。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="84"/>
        <source>Refuse to create rooms on a client&apos;s request.</source>
        <translation>クライアントの要求によるルームの作成を拒否します。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="88"/>
        <source>Read the server&apos;s password from the first line of FILE: creating a room needs it, and rooms created without a password of their own get it.</source>
        <translation>サーバーのパスワードを FILE の 1 行目から読み込みます。ルームの作成にはこのパスワードが必要で、独自のパスワードなしで作成されたルームにもこのパスワードが設定されます。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="95"/>
        <source>Serve wss:// with this certificate (PEM; chain allowed).</source>
        <translation>この証明書で wss:// を提供します (PEM 形式、証明書チェーン可)。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="100"/>
        <source>The certificate&apos;s private key (PEM, no passphrase).</source>
        <translation>証明書の秘密鍵 (PEM 形式、パスフレーズなし)。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="119"/>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数です: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="126"/>
        <source>Not a port: %1</source>
        <translation>ポート番号ではありません: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="130"/>
        <source>Not an IP address: %1</source>
        <translation>IP アドレスではありません: %1</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="141"/>
        <location filename="../net/server/StoreOptions.cpp" line="80"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="145"/>
        <source>The first line of %1 holds no password.</source>
        <translation>%1 の 1 行目にパスワードがありません。</translation>
    </message>
    <message>
        <location filename="../net/server/HeadlessServer.cpp" line="150"/>
        <source>--cert and --key must be given together.</source>
        <translation>--cert と --key は一緒に指定する必要があります。</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="29"/>
        <source>Most rooms on the server</source>
        <translation>サーバー上のルームの最大数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="33"/>
        <source>Rooms clients from one IP address may create per hour, 0 for no limit</source>
        <translation>1 つの IP アドレスのクライアントが 1 時間に作成できるルーム数。0 で無制限</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="38"/>
        <source>Disk space the rooms may take before clients may create no more, 0 for no limit</source>
        <translation>クライアントがルームを作成できなくなるまでにルームが使用できるディスク容量。0 で無制限</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="45"/>
        <source>Days after which a room clients created and nobody joined since is deleted, 0 for never</source>
        <translation>クライアントが作成し、その後だれも参加していないルームを削除するまでの日数。0 で削除しない</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="51"/>
        <source>Revisions of each document&apos;s history kept on disk at least (older ones go a checkpoint interval at a time), 0 for all</source>
        <translation>各ドキュメントの履歴をディスクに最低限保持するリビジョン数（古いものはチェックポイント間隔ごとに削除）、0 ですべて</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="57"/>
        <source>Disk space each document&apos;s history may take (the revisions since its last checkpoint always stay), 0 for no limit</source>
        <translation>各ドキュメントの履歴が使えるディスク容量（最後のチェックポイント以降のリビジョンは常に残る）、0 で無制限</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="63"/>
        <source>Most participants per room</source>
        <translation>ルームあたりの参加者の最大数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="67"/>
        <source>Largest message; twice as much closes the connection unread</source>
        <translation>メッセージの最大サイズ。その 2 倍を超えると読まずに接続を閉じます</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="75"/>
        <source>Longest document, in UTF-16 code units</source>
        <translation>ドキュメントの最大長 (UTF-16 コード単位)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="79"/>
        <source>Most files and folders in one session&apos;s tree</source>
        <translation>1 つのセッションのツリーに含められるファイルとフォルダーの最大数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="83"/>
        <source>Most documents one connection may have open</source>
        <translation>1 つの接続で開けるドキュメントの最大数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="87"/>
        <source>Text of all documents of one session together, in UTF-16 code units</source>
        <translation>1 つのセッションの全ドキュメントの合計テキスト量（UTF-16 コード単位）</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="93"/>
        <source>Operations kept per room for rejoining clients</source>
        <translation>再参加するクライアントのためにルームごとに保持する操作の数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="97"/>
        <source>Most units those kept operations may hold per room</source>
        <translation>保持する操作がルームごとに占められる単位の最大数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="101"/>
        <source>Most catch-up work per message before too_far_behind, 0 for no limit</source>
        <translation>too_far_behind になるまでのメッセージあたりの追いつき処理の最大量 (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="106"/>
        <source>Messages per second per connection on average, 0 for no limit</source>
        <translation>接続あたりの 1 秒間の平均メッセージ数 (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="111"/>
        <source>Messages per connection at once, on top of the rate</source>
        <translation>平均レートに加えて、接続あたり一度に送れるメッセージ数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="115"/>
        <source>Messages that may wait for the rate before rate_limited closes</source>
        <translation>rate_limited で接続を閉じる前に、レートを待って待機できるメッセージ数</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="120"/>
        <source>Connections from one IP address, 0 for no limit (raise it behind a proxy)</source>
        <translation>1 つの IP アドレスからの接続数 (0 で無制限、プロキシの背後では増やしてください)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="125"/>
        <source>Connections that have not joined a room yet, 0 for no limit</source>
        <translation>まだルームに参加していない接続の数 (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="130"/>
        <source>Time to complete the WebSocket handshake</source>
        <translation>WebSocket ハンドシェイクを完了するまでの時間</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="133"/>
        <source>Time to send hello</source>
        <translation>hello を送信するまでの時間</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="137"/>
        <source>Silence (no message, no answer to pings) before idle_timeout, 0 for never</source>
        <translation>idle_timeout になるまでの無通信 (メッセージも ping への応答もない) 時間 (0 で無期限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="146"/>
        <source>Bytes waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>1 つの接続への送信を待てるバイト数。超えると slow_reader で閉じる (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="152"/>
        <source>Messages waiting to be sent to one connection before slow_reader closes it, 0 for no limit</source>
        <translation>1 つの接続への送信を待てるメッセージ数。超えると slow_reader で閉じる (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="158"/>
        <source>Bytes waiting to be sent to all connections together, 0 for no limit</source>
        <translation>全接続への送信を待てるバイト数の合計 (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="163"/>
        <source>Bytes of messages received in part, all connections together, 0 for no limit</source>
        <translation>一部だけ受信したメッセージのバイト数の全接続の合計 (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="170"/>
        <source>Time a message may take to arrive in full, 0 for no limit</source>
        <translation>メッセージが全部届くまでに許される時間 (0 で無制限)</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="181"/>
        <source>%1 (default %2).</source>
        <translation>%1 (既定値: %2)。</translation>
    </message>
    <message>
        <location filename="../net/server/LimitOptions.cpp" line="218"/>
        <source>--%1 takes a whole number from %2 to %3, not “%4”.</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください (「%4」は無効です)。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="24"/>
        <source>Keep the rooms in a database shared with other servers instead of the data directory: postgresql (the connection string comes from --store-file or the ENSEMBLE_STORE environment variable).</source>
        <translation>ルームをデータ ディレクトリではなく、他のサーバーと共有するデータベースに保存します: postgresql (接続文字列は --store-file または環境変数 ENSEMBLE_STORE から取得)。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="31"/>
        <source>Read the database&apos;s connection string from the first line of FILE.</source>
        <translation>データベースの接続文字列を FILE の 1 行目から読み込みます。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="36"/>
        <source>With --store: seconds a server keeps a room after it stops answering (default 30).</source>
        <translation>--store 使用時: サーバーが応答しなくなってからルームを保持する秒数 (既定値 30)。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="42"/>
        <source>With --store: where clients reach this server, ws://HOST:PORT or wss://HOST:PORT; other servers send a room&apos;s clients there.</source>
        <translation>--store 使用時: クライアントがこのサーバーに接続するアドレス (ws://HOST:PORT または wss://HOST:PORT)。他のサーバーはルームのクライアントをここへ案内します。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="48"/>
        <source>With --store: this server&apos;s name in the database (default: HOST:PORT).</source>
        <translation>--store 使用時: データベース内でのこのサーバーの名前 (既定値: HOST:PORT)。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="62"/>
        <source>--%1 goes with --store.</source>
        <translation>--%1 は --store と一緒に指定します。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="69"/>
        <source>--store takes postgresql, not “%1”.</source>
        <translation>--store には “%1” ではなく postgresql を指定します。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="72"/>
        <source>--data-dir and --store exclude each other: with --store the rooms live in the database.</source>
        <translation>--data-dir と --store は同時に指定できません。--store ではルームはデータベースに保存されます。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="87"/>
        <source>--store needs a connection string in --store-file or in the ENSEMBLE_STORE environment variable.</source>
        <translation>--store には --store-file または環境変数 ENSEMBLE_STORE で接続文字列を指定する必要があります。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="95"/>
        <source>--lease takes seconds from 0.3 to 3600, not “%1”.</source>
        <translation>--lease には “%1” ではなく 0.3 から 3600 までの秒数を指定します。</translation>
    </message>
    <message>
        <location filename="../net/server/StoreOptions.cpp" line="103"/>
        <source>--store needs --public-address ws://HOST:PORT or wss://HOST:PORT, where clients reach this server.</source>
        <translation>--store には、クライアントがこのサーバーに接続するアドレス --public-address ws://HOST:PORT または wss://HOST:PORT が必要です。</translation>
    </message>
</context>
<context>
    <name>Invite</name>
    <message>
        <location filename="../net/client/Invite.cpp" line="28"/>
        <source>“%1” is not an invite address.</source>
        <translation>「%1」は招待アドレスではありません。</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="33"/>
        <source>An invite starts with ensemble://, ws:// or wss://, not %1://.</source>
        <translation>招待は ensemble://、ws://、wss:// のいずれかで始まります。%1:// は使用できません。</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="38"/>
        <source>An invite has only a host, a port, a room ID and a certificate fingerprint (?fp=…).</source>
        <translation>招待に含められるのは、ホスト、ポート、ルーム ID、証明書のフィンガープリント (?fp=…) だけです。</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="45"/>
        <source>The invite does not name a room (expected …/ROOM-ID).</source>
        <translation>招待にルームが指定されていません (…/ルーム ID の形式が必要です)。</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="48"/>
        <source>The invite&apos;s port must be between 1 and 65535.</source>
        <translation>招待のポートは 1 から 65535 の範囲で指定してください。</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="53"/>
        <source>A ws:// address is not encrypted, so it cannot carry a certificate fingerprint; use ensemble:// or wss://.</source>
        <translation>ws:// アドレスは暗号化されないため、証明書のフィンガープリントを含められません。ensemble:// または wss:// を使用してください。</translation>
    </message>
    <message>
        <location filename="../net/client/Invite.cpp" line="57"/>
        <source>The invite&apos;s certificate fingerprint (fp=…) must be 64 hexadecimal digits, a SHA-256 digest.</source>
        <translation>招待の証明書フィンガープリント (fp=…) は 64 桁の 16 進数 (SHA-256 ダイジェスト) でなければなりません。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="33"/>
        <source>Cannot Host Session</source>
        <translation>セッションをホストできません</translation>
    </message>
    <message>
        <location filename="../app/session/LaunchSession.cpp" line="47"/>
        <source>Cannot Join Session</source>
        <translation>セッションに参加できません</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <location filename="QScintillaStrings.h" line="13"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="14"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="15"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="16"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="17"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="18"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="QScintillaStrings.h" line="19"/>
        <source>Select All</source>
        <translation>すべて選択</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <location filename="../net/ot/Selection.cpp" line="83"/>
        <source>A selection must be a JSON array.</source>
        <translation>選択範囲は JSON 配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="86"/>
        <source>The selection has too many ranges.</source>
        <translation>選択範囲の数が多すぎます。</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="92"/>
        <source>A selection range must be a JSON object.</source>
        <translation>選択範囲は JSON オブジェクトでなければなりません。</translation>
    </message>
    <message>
        <location filename="../net/ot/Selection.cpp" line="97"/>
        <source>A selection range needs an anchor and a head inside the document.</source>
        <translation>選択範囲の始点と終点はドキュメント内になければなりません。</translation>
    </message>
</context>
<context>
    <name>SelfSignedCertificate</name>
    <message>
        <location filename="../app/hosting/SelfSignedCertificate.cpp" line="38"/>
        <source>Cannot make a certificate (%1): %2</source>
        <translation>証明書を作成できません (%1): %2</translation>
    </message>
</context>
<context>
    <name>ServerDocument</name>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="19"/>
        <source>The revision is unknown or no longer kept.</source>
        <translation>リビジョンが不明か、すでに保持されていません。</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="25"/>
        <source>The document would become too large.</source>
        <translation>ドキュメントが大きくなりすぎます。</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="31"/>
        <source>The change is based on a revision too far behind the room; rejoin to catch up.</source>
        <translation>この変更はルームより古すぎるリビジョンに基づいています。再参加して最新の状態にしてください。</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="80"/>
        <source>The operation&apos;s sequence number is older than one already applied.</source>
        <translation>操作のシーケンス番号が、適用済みの操作より古くなっています。</translation>
    </message>
    <message>
        <location filename="../net/ot/ServerDocument.cpp" line="87"/>
        <source>The sequence number was already used for a different operation.</source>
        <translation>このシーケンス番号は別の操作ですでに使われています。</translation>
    </message>
</context>
<context>
    <name>SessionError</name>
    <message>
        <location filename="../net/client/SessionError.cpp" line="18"/>
        <source>This room does not exist on the server. Check the invite.</source>
        <translation>このルームはサーバーにありません。招待を確認してください。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="20"/>
        <source>The room&apos;s password is wrong.</source>
        <translation>ルームのパスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="23"/>
        <source>The server runs an incompatible version of Ensemble: %1</source>
        <translation>サーバーの Ensemble のバージョンに互換性がありません: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="27"/>
        <source>The server has no room for you: %1</source>
        <translation>サーバーに参加できる空きがありません: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="30"/>
        <source>You joined this room again from another window or computer.</source>
        <translation>別のウィンドウまたはコンピューターからこのルームに再度参加しました。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="32"/>
        <source>The host closed this room.</source>
        <translation>ホストがこのルームを閉じました。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="34"/>
        <source>The host removed you from this session.</source>
        <translation>ホストによってこのセッションから削除されました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionError.cpp" line="38"/>
        <source>Too many wrong passwords from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>お使いのアドレスから誤ったパスワードが多すぎます。%n 分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="46"/>
        <source>The server takes no more connections from your network (%1); ask its administrator.</source>
        <extracomment>%1 is the server&apos;s own explanation, in English, e.g. &quot;this server takes at most 256 connections from one address&quot;.</extracomment>
        <translation>サーバーはお使いのネットワークからこれ以上の接続を受け付けません (%1)。サーバーの管理者にお問い合わせください。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="52"/>
        <source>The server is too busy to let this session in; trying again.</source>
        <translation>サーバーが混み合っていてこのセッションを受け付けられません。再試行しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="54"/>
        <source>Only the host can do that.</source>
        <translation>この操作はホストだけが行えます。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="56"/>
        <source>Only the host can change this document.</source>
        <translation>このドキュメントを変更できるのはホストだけです。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="62"/>
        <source>The server closed the connection (%1); reconnecting.</source>
        <translation>サーバーが接続を閉じました (%1)。再接続しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="65"/>
        <source>The server closed the connection because this session sent messages faster than it allows; reconnecting.</source>
        <translation>このセッションが許可された速度を超えてメッセージを送信したため、サーバーが接続を閉じました。再接続しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="70"/>
        <source>The server heard nothing from this session for too long; reconnecting.</source>
        <translation>サーバーがこのセッションから長時間何も受信しませんでした。再接続しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="73"/>
        <source>The session moved to another server; reconnecting.</source>
        <translation>セッションは別のサーバーに移りました。再接続しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="77"/>
        <source>The server cannot reach its database for now; reconnecting.</source>
        <translation>サーバーは現在データベースに接続できません。再接続しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="80"/>
        <source>This session fell too far behind the room; rejoining to catch up.</source>
        <translation>このセッションはルームから大きく遅れました。再参加して最新の状態にしています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionError.cpp" line="82"/>
        <source>The server refused a change: %1</source>
        <translation>サーバーが変更を拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>TextOperation</name>
    <message>
        <location filename="../net/ot/Rope.cpp" line="425"/>
        <location filename="../net/ot/TextOperation.cpp" line="83"/>
        <location filename="../net/ot/TextOperationJson.cpp" line="58"/>
        <source>The operation expects a document of %1 characters but it has %2.</source>
        <translation>操作は %1 文字のドキュメントを前提としていますが、実際は %2 文字です。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="62"/>
        <source>The second operation&apos;s base length must be the first operation&apos;s target length.</source>
        <translation>2 番目の操作の元の長さは、1 番目の操作の結果の長さと同じでなければなりません。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="81"/>
        <source>The operations cannot be composed.</source>
        <translation>操作を合成できません。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="101"/>
        <source>Both operations must have the same base length.</source>
        <translation>2 つの操作の元の長さは同じでなければなりません。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationAlgebra.cpp" line="123"/>
        <source>The operations cannot be transformed.</source>
        <translation>操作を変換できません。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="26"/>
        <source>An operation must be a JSON array.</source>
        <translation>操作は JSON 配列でなければなりません。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="29"/>
        <source>The operation has too many components.</source>
        <translation>操作の要素が多すぎます。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="36"/>
        <source>Component %1 inserts an empty string.</source>
        <translation>要素 %1 が空の文字列を挿入しています。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="41"/>
        <source>Component %1 is not an integer.</source>
        <translation>要素 %1 が整数ではありません。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="43"/>
        <source>Component %1 is zero.</source>
        <translation>要素 %1 がゼロです。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="45"/>
        <source>Component %1 is too long.</source>
        <translation>要素 %1 が長すぎます。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="52"/>
        <source>Component %1 is neither a number nor a string.</source>
        <translation>要素 %1 は数値でも文字列でもありません。</translation>
    </message>
    <message>
        <location filename="../net/ot/TextOperationJson.cpp" line="55"/>
        <source>The operation spans too long a document.</source>
        <translation>操作の対象のドキュメントが長すぎます。</translation>
    </message>
</context>
<context>
    <name>TlsCredentials</name>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="141"/>
        <source>Cannot read the private key file %1: %2</source>
        <translation>秘密鍵ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="150"/>
        <source>%1 holds no private key Ensemble can use: it needs an RSA or EC key in PEM form, not protected by a passphrase.</source>
        <translation>%1 には Ensemble で使用できる秘密鍵がありません。パスフレーズで保護されていない、PEM 形式の RSA 鍵または EC 鍵が必要です。</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="160"/>
        <source>This system&apos;s Qt has no TLS support (%1); encrypted connections are not available.</source>
        <translation>このシステムの Qt は TLS に対応していません (%1)。暗号化された接続は使用できません。</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="165"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>証明書ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="171"/>
        <source>%1 holds no certificate in PEM form.</source>
        <translation>%1 に PEM 形式の証明書がありません。</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="180"/>
        <source>The private key in %1 does not belong to the certificate in %2.</source>
        <translation>%1 の秘密鍵は %2 の証明書に対応していません。</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="185"/>
        <source>The certificate in %1 is not valid before %2.</source>
        <translation>%1 の証明書は %2 より前には有効ではありません。</translation>
    </message>
    <message>
        <location filename="../net/tls/TlsCredentials.cpp" line="189"/>
        <source>The certificate in %1 expired on %2.</source>
        <translation>%1 の証明書は %2 に有効期限が切れました。</translation>
    </message>
</context>
<context>
    <name>ensemble::AuthorshipHighlighter</name>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="121"/>
        <source>Written by %1</source>
        <translation>作成者: %1</translation>
    </message>
    <message>
        <location filename="../editor/collab/AuthorshipHighlighter.cpp" line="129"/>
        <source>Written by %1 at %2</source>
        <extracomment>%1 is a name, %2 a time or a date and time.</extracomment>
        <translation>%1 が記述 (%2)</translation>
    </message>
</context>
<context>
    <name>ensemble::AwayBar</name>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="37"/>
        <source>Next Change</source>
        <translation>次の変更</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="38"/>
        <source>Previous Change</source>
        <translation>前の変更</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="39"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="56"/>
        <source>Changes made while you were away are not available: the server keeps no history</source>
        <translation>不在中の変更は利用できません: サーバーは履歴を保持していません</translation>
    </message>
    <message>
        <location filename="../editor/collab/AwayBar.cpp" line="58"/>
        <source>Changes made while you were away are not available: the server keeps history from revision %1</source>
        <translation>不在中の変更は利用できません: サーバーはリビジョン %1 以降の履歴を保持しています</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="81"/>
        <source>%n change(s) by %1 while you were away</source>
        <translation>
            <numerusform>不在中に %1 による %n 件の変更</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="84"/>
        <source>%n change(s) while you were away; who made them and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>不在中の変更 %n 件。誰がいつ変更したかは不明です (最後に見たテキストとの比較)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../editor/collab/AwayBar.cpp" line="88"/>
        <source>%n change(s) while you were away, text added by %1; who deleted text and when is not known (compared with the text you saw last)</source>
        <translation>
            <numerusform>不在中の変更 %n 件。%1 がテキストを追加しました。誰がいつテキストを削除したかは不明です (最後に見たテキストとの比較)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::CertificateCommand</name>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>Write a new self-signed certificate and key into DIR.</source>
        <translation>新しい自己署名証明書と鍵をディレクトリに書き込みます。</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="31"/>
        <source>DIR</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="35"/>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数です: %1</translation>
    </message>
    <message>
        <location filename="../app/hosting/CertificateCommand.cpp" line="47"/>
        <source>Certificate: %1
Private key: %2 (readable by you only)
SHA-256 fingerprint: %3
Serve with: ensemble --serve --cert %1 --key %2
</source>
        <translation>証明書: %1
秘密鍵: %2 (あなただけが読み取り可能)
SHA-256 フィンガープリント: %3
サーバーの起動: ensemble --serve --cert %1 --key %2
</translation>
    </message>
</context>
<context>
    <name>ensemble::ChatPanel</name>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="36"/>
        <location filename="../app/session/ChatPanel.cpp" line="138"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="91"/>
        <source>This document is not shared.</source>
        <extracomment>Placeholder of the chat&apos;s input line when the current tab is not shared.</extracomment>
        <translation>このドキュメントは共有されていません。</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="95"/>
        <source>Write to everyone in the session</source>
        <extracomment>Placeholder of the chat&apos;s input line.</extracomment>
        <translation>セッションの全員にメッセージを送信</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="131"/>
        <source>Not connected: the message was not sent.</source>
        <extracomment>Status bar message: a chat line could not be sent (it stays in the input line).</extracomment>
        <translation>接続されていません: メッセージは送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="138"/>
        <source>Chat (%1)</source>
        <extracomment>Title of the chat panel with the number of unread lines.</extracomment>
        <translation>チャット (%1)</translation>
    </message>
    <message>
        <location filename="../app/session/ChatPanel.cpp" line="153"/>
        <source>No open tab holds “%1”.</source>
        <extracomment>Status bar message after a click on &quot;main.cpp:42&quot; in the chat.</extracomment>
        <translation>「%1」を開いているタブはありません。</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationController</name>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="35"/>
        <source>There is no document to share.</source>
        <translation>共有するドキュメントがありません。</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="37"/>
        <source>This document is already shared.</source>
        <translation>このドキュメントはすでに共有されています。</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="162"/>
        <source>Not connected to the room: nobody was removed</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before removing someone.</extracomment>
        <translation>ルームに接続していません: 誰も削除されませんでした</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="181"/>
        <source>Not connected to the room: the password did not change</source>
        <extracomment>Status bar: the host&apos;s connection to the room was lost before the password changed.</extracomment>
        <translation>ルームに接続していません: パスワードは変更されませんでした</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="185"/>
        <source>The room no longer has a password</source>
        <extracomment>Status bar, after the host changed the room&apos;s password.</extracomment>
        <translation>ルームのパスワードを解除しました</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="186"/>
        <source>The room has a new password; only those in the session can rejoin without it</source>
        <translation>ルームのパスワードを変更しました。パスワードなしで再参加できるのは、今セッションにいる人だけです</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="326"/>
        <source>Show Your Version</source>
        <extracomment>Button: show the tab holding the edits the read-only room did not take.</extracomment>
        <translation>あなたのバージョンを表示</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="329"/>
        <source>The host made this document read-only before your latest edits reached the room, so they were taken back here. Your version is in “%1”.</source>
        <translation>最新の編集がルームに届く前にホストがこのドキュメントを読み取り専用にしたため、編集はここで取り消されました。あなたのバージョンは「%1」にあります。</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="341"/>
        <source>Cannot Join Session</source>
        <translation>セッションに参加できません</translation>
    </message>
    <message>
        <location filename="../app/session/CollaborationController.cpp" line="348"/>
        <source>The session ended: %1 This tab keeps the latest text as an ordinary document.</source>
        <extracomment>%1 says why the session ended, e.g. &quot;The host stopped sharing this document.&quot;</extracomment>
        <translation>セッションが終了しました: %1 このタブは最新のテキストを通常のドキュメントとして保持します。</translation>
    </message>
</context>
<context>
    <name>ensemble::CollaborationSession</name>
    <message>
        <location filename="../editor/collab/CollaborationSession.cpp" line="33"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>エディターで行った編集をセッションが受け付けませんでした。</translation>
    </message>
</context>
<context>
    <name>ensemble::CommandLine</name>
    <message>
        <location filename="../app/CommandLine.cpp" line="15"/>
        <source>Ensemble, a code editor in which several people edit one document at once.</source>
        <translation>Ensemble は、複数の人が 1 つのドキュメントを同時に編集できるコードエディターです。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="18"/>
        <source>Also: ensemble --serve [OPTIONS] runs the room server alone, without a display (ensemble --serve --help lists its options); ensemble --generate-certificate DIR writes a certificate for it.</source>
        <translation>ほかに: ensemble --serve [OPTIONS] はディスプレイなしでルームサーバーだけを実行します（ensemble --serve --help でオプション一覧）。ensemble --generate-certificate DIR はそのための証明書を書き出します。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="25"/>
        <source>Share FILE (or a new document, or the whole folder DIR) in a session on port 7717 (any free port when that one is taken) and print the invite on standard output.</source>
        <translation>FILE (または新しいドキュメント、またはフォルダー DIR 全体) をポート 7717 (使用中なら空いているポート) のセッションで共有し、招待を標準出力に表示します。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="28"/>
        <source>Join the session of INVITE (ensemble://HOST:PORT/ROOM-ID).</source>
        <translation>招待 (ensemble://ホスト:ポート/ルーム ID) のセッションに参加します。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="30"/>
        <source>INVITE</source>
        <extracomment>Value name in --help; the same word as INVITE above.</extracomment>
        <translation>招待</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="32"/>
        <source>Your name in sessions, for this run only.</source>
        <translation>セッションで使う名前 (今回の起動のみ)。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="34"/>
        <source>NAME</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="36"/>
        <source>With --host: the port to listen on (0: any free one).</source>
        <translation>--host と併用: 待ち受けるポート（0: 空いている任意のポート）。</translation>
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
        <translation>--host と併用: 待ち受けるアドレス。例: このマシンだけなら 127.0.0.1。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="43"/>
        <source>ADDRESS</source>
        <extracomment>Value name in --help.</extracomment>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="46"/>
        <source>Files to open; a file that does not exist yet is created on the first save. An ensemble:// invite is joined.</source>
        <translation>開くファイル。まだ存在しないファイルは最初の保存時に作成されます。ensemble:// の招待を指定するとそのセッションに参加します。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="49"/>
        <source>[FILE|INVITE...]</source>
        <extracomment>Arguments in --help: the same words as FILE and INVITE above.</extracomment>
        <translation>[ファイル|招待...]</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="63"/>
        <source>--port takes a number from 0 to 65535, not “%1”.</source>
        <translation>--port には 0 から 65535 の数値を指定してください（「%1」ではなく）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="68"/>
        <source>--bind takes an IP address such as 127.0.0.1, not “%1”.</source>
        <translation>--bind には 127.0.0.1 のような IP アドレスを指定してください（「%1」ではなく）。</translation>
    </message>
    <message>
        <location filename="../app/CommandLine.cpp" line="70"/>
        <source>--port and --bind go with --host.</source>
        <translation>--port と --bind は --host と一緒に使います。</translation>
    </message>
</context>
<context>
    <name>ensemble::DialogPrompts</name>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="18"/>
        <source>Unsaved Changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="19"/>
        <source>Save the changes to “%1” before closing?</source>
        <translation>閉じる前に「%1」の変更を保存しますか?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="21"/>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>保存しないと変更は失われます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="35"/>
        <source>Open Files</source>
        <translation>ファイルを開く</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="36"/>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="42"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="41"/>
        <source>Save As</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="47"/>
        <source>Save a Copy of the Project</source>
        <translation>プロジェクトのコピーを保存</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="53"/>
        <source>Folder Not Empty</source>
        <translation>フォルダーが空ではありません</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="54"/>
        <source>%1 is not empty. Save the copy into it anyway?</source>
        <translation>%1 は空ではありません。それでもコピーを保存しますか?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="56"/>
        <source>Files of the same names are replaced.</source>
        <translation>同じ名前のファイルは置き換えられます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="57"/>
        <source>Save &amp;Anyway</source>
        <translation>それでも保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="66"/>
        <source>File Changed on Disk</source>
        <translation>ディスク上のファイルが変更されました</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="67"/>
        <source>Another program changed “%1” since it was opened here. Overwrite its changes with yours?</source>
        <translation>ここで開いた後に、別のプログラムが「%1」を変更しました。その変更をあなたの変更で上書きしますか?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="77"/>
        <source>Save as UTF-8?</source>
        <translation>UTF-8 で保存しますか?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="78"/>
        <source>“%1” now contains characters that ISO 8859-1 cannot store. Save it as UTF-8 instead?</source>
        <translation>「%1」に ISO 8859-1 では保存できない文字が含まれています。代わりに UTF-8 で保存しますか?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Certificate Changed</source>
        <translation>証明書が変更されました</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="90"/>
        <source>Unverified Certificate</source>
        <translation>未検証の証明書</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="92"/>
        <source>The certificate of %1 is not the one you trusted before.</source>
        <translation>%1 の証明書は、以前に信頼した証明書と異なります。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="93"/>
        <source>Ensemble cannot verify the identity of %1.</source>
        <translation>Ensemble は %1 の身元を確認できません。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="96"/>
        <source>Someone may be intercepting the connection, or the host made a new certificate. Accept the new one only if the host confirms that its fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;Before, it was:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</source>
        <translation>誰かが接続を傍受しているか、ホストが新しい証明書を作成した可能性があります。フィンガープリントが次のとおりであることをホストが確認した場合にのみ、新しい証明書を受け入れてください:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;以前のフィンガープリント:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="100"/>
        <source>Trust it only if the host confirms that its certificate&apos;s fingerprint is:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(the host&apos;s invite dialog shows it).</source>
        <translation>証明書のフィンガープリントが次のとおりであることをホストが確認した場合にのみ信頼してください:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;br&gt;(ホストの招待ダイアログに表示されます)。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Accept the New Certificate</source>
        <translation>新しい証明書を受け入れる(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="104"/>
        <source>&amp;Trust This Certificate</source>
        <translation>この証明書を信頼する(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Go to Line</source>
        <translation>指定行へ移動</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="115"/>
        <source>Line (1 - %1):</source>
        <translation>行 (1～%1):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>Room Password</source>
        <translation>ルームのパスワード</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="124"/>
        <source>%1

Password:</source>
        <translation>%1

パスワード:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="134"/>
        <source>Hosting Was Interrupted</source>
        <translation>ホストが中断されました</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="135"/>
        <source>Ensemble stopped while hosting a session: %1.</source>
        <translation>セッションのホスト中に Ensemble が終了しました: %1。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="139"/>
        <source>The room kept everything that reached it, your guests&apos; edits included. Host it again and your guests reconnect where they left off, with the edits they made meanwhile; or open its text as a document.</source>
        <translation>ルームには、ゲストの編集を含め、届いた内容がすべて保存されています。もう一度ホストすると、ゲストは中断したところから、その間に行った編集とともに再接続します。または、そのテキストをドキュメントとして開くこともできます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="142"/>
        <source>It cannot be hosted again: %1</source>
        <translation>再びホストすることはできません: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="144"/>
        <source>&amp;Resume Hosting</source>
        <translation>ホストを再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="147"/>
        <source>&amp;Open as Document</source>
        <translation>ドキュメントとして開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="148"/>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="149"/>
        <source>Decide &amp;Later</source>
        <translation>後で決める(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="157"/>
        <source>Discard the Room?</source>
        <translation>ルームを破棄しますか?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="158"/>
        <source>Its text, with your guests&apos; edits, will be deleted.</source>
        <translation>そのテキストは、ゲストの編集も含めて削除されます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="167"/>
        <source>Port Not Available</source>
        <translation>ポートを使用できません</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="168"/>
        <source>The session cannot be hosted on port %1 again.</source>
        <translation>ポート %1 でセッションを再びホストすることはできません。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="170"/>
        <source>%1

Host it on another port? Your guests then need the new invite, which Ensemble shows next.</source>
        <translation>%1

別のポートでホストしますか? その場合、ゲストには新しい招待が必要です。招待は次に表示されます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="173"/>
        <source>Use &amp;Another Port</source>
        <translation>別のポートを使用(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="181"/>
        <source>Guests Are Connected</source>
        <translation>ゲストが接続中です</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="182"/>
        <source>Guests still in the session you host: %1.</source>
        <translation>ホストしているセッションにまだいるゲスト: %1 人。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="184"/>
        <source>Ending it ends their sessions; each keeps the text as it is.</source>
        <translation>終了するとゲストのセッションも終了します。各自のテキストはそのまま残ります。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="185"/>
        <source>&amp;End the Session</source>
        <translation>セッションを終了(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="193"/>
        <source>Remove from Session</source>
        <translation>セッションから削除</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="194"/>
        <source>Remove %1 from the session?</source>
        <translation>%1 をセッションから削除しますか?</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="196"/>
        <source>Their session ends and keeps the text as it is. They can join again with the invite (and the password, if the room has one) unless you also change the password, or set one if it has none. Everyone else stays connected and needs no new password.</source>
        <translation>その人のセッションは終了し、テキストはそのまま残ります。パスワードも変更しない限り (パスワードがないルームでは設定しない限り)、招待 (とパスワードがあればそれ) で再び参加できます。ほかの人は接続したままで、新しいパスワードは不要です。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="199"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="201"/>
        <source>Remove and &amp;Change the Password…</source>
        <translation>削除してパスワードを変更(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="213"/>
        <source>Change the Password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <location filename="../app/dialogs/DialogPrompts.cpp" line="214"/>
        <source>The room&apos;s new password (empty: none). Tell it to those who should be able to join; those in the session now stay without it.

New password:</source>
        <translation>ルームの新しいパスワード (空欄: なし)。参加してよい人に伝えてください。今セッションにいる人は、パスワードなしでそのまま残ります。

新しいパスワード:</translation>
    </message>
</context>
<context>
    <name>ensemble::DiskChangeWatcher</name>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="15"/>
        <source>Reload</source>
        <extracomment>Button on the notice that another program changed the file: read it again from disk.</extracomment>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="67"/>
        <source>The file was deleted or moved by another program. Saving will write it again.</source>
        <translation>別のプログラムによってファイルが削除または移動されました。保存するとファイルが再び書き込まれます。</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="71"/>
        <source>The file was changed by another program. Reloading it discards your unsaved changes here; saving overwrites the other program&apos;s changes.</source>
        <translation>別のプログラムによってファイルが変更されました。再読み込みするとここでの未保存の変更は破棄され、保存すると別のプログラムの変更が上書きされます。</translation>
    </message>
    <message>
        <location filename="../editor/DiskChangeWatcher.cpp" line="73"/>
        <source>The file was changed by another program.</source>
        <translation>別のプログラムによってファイルが変更されました。</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentSync</name>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="50"/>
        <source>The server sent no text to start from.</source>
        <translation>サーバーが初期テキストを送信しませんでした。</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="75"/>
        <source>Catching up with the room failed: %1</source>
        <translation>ルームとの同期に失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="113"/>
        <source>The server confirmed an edit this session did not expect.</source>
        <translation>このセッションが想定していない編集をサーバーが確認しました。</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="129"/>
        <source>A remote edit did not fit this session&apos;s document.</source>
        <translation>リモートの編集がこのセッションのドキュメントに適用できませんでした。</translation>
    </message>
    <message>
        <location filename="../net/client/DocumentSync.cpp" line="145"/>
        <source>Taking back refused edits failed: %1</source>
        <translation>拒否された編集を取り消せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::DocumentTab</name>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="18"/>
        <source>Convert to UTF-8</source>
        <translation>UTF-8 に変換</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="44"/>
        <source>Untitled %1</source>
        <translation>無題 %1</translation>
    </message>
    <message>
        <location filename="../editor/DocumentTab.cpp" line="234"/>
        <source>This file is not valid UTF-8. It is shown as ISO 8859-1 (Latin-1) and will be saved in that encoding, byte for byte as it was.</source>
        <translation>このファイルは正しい UTF-8 ではありません。ISO 8859-1 (Latin-1) として表示し、保存時もそのエンコーディングで元のバイト列のまま書き込みます。</translation>
    </message>
</context>
<context>
    <name>ensemble::EditMenuController</name>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="43"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="55"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="62"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="70"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="72"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="74"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="77"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="80"/>
        <source>Toggle Co&amp;mment</source>
        <translation>コメントの切り替え(&amp;M)</translation>
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
        <translation>履歴(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="92"/>
        <source>&amp;Line Endings</source>
        <translation>改行コード(&amp;L)</translation>
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
        <translation>旧 Mac OS (CR)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="109"/>
        <source>Convert to UTF-&amp;8</source>
        <translation>UTF-8 に変換(&amp;8)</translation>
    </message>
    <message>
        <location filename="../app/menus/EditMenuController.cpp" line="115"/>
        <source>Pr&amp;eferences…</source>
        <translation>設定(&amp;E)…</translation>
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
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="21"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="23"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="26"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="28"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="31"/>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="37"/>
        <source>Save A&amp;ll</source>
        <translation>すべて保存(&amp;L)</translation>
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
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/menus/FileMenuController.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
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
        <translation>一覧を消去(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ensemble::FindReplaceBar</name>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="23"/>
        <source>Find</source>
        <extracomment>Placeholder of the search field.</extracomment>
        <translation>検索</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="25"/>
        <source>Replace with</source>
        <translation>置換後の文字列</translation>
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
        <translation>大文字と小文字を区別</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>W</source>
        <extracomment>Label of the small &quot;whole words only&quot; toggle button: one letter for &quot;word&quot;.</extracomment>
        <translation>語</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="30"/>
        <source>Whole words only</source>
        <translation>単語単位で検索</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="31"/>
        <source>Regular expression (ECMAScript)</source>
        <translation>正規表現 (ECMAScript)</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Wrap</source>
        <extracomment>Label of the small &quot;wrap around&quot; toggle button of the find bar; keep it short.</extracomment>
        <translation>循環</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="33"/>
        <source>Continue from the other end of the document</source>
        <translation>ドキュメントの反対側の端から続けて検索</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="36"/>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="37"/>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="38"/>
        <source>Replace</source>
        <translation>置換</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="39"/>
        <source>Replace All</source>
        <translation>すべて置換</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="43"/>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/window/FindReplaceBar.cpp" line="203"/>
        <source>Replaced %n occurrence(s)</source>
        <translation>
            <numerusform>%n 件置換しました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="217"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location filename="../app/window/FindReplaceBar.cpp" line="220"/>
        <source>Wrapped around</source>
        <extracomment>Find bar status: the search went past the end and went on from the start.</extracomment>
        <translation>反対側の端から検索しました</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDiskChanges</name>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="213"/>
        <source>%1 changed on disk, but the change could not be merged into the session: %2</source>
        <translation>%1 がディスク上で変更されましたが、その変更をセッションにマージできませんでした: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="215"/>
        <source>the document is out of step</source>
        <translation>ドキュメントの同期がずれています</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="249"/>
        <source>%1 was deleted on disk and left the shared folder</source>
        <translation>%1 がディスク上で削除され、共有フォルダーから外れました</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="256"/>
        <source>%1 was deleted on disk while %2 worked in it. The session keeps its text; Save Shared Folder writes it again.</source>
        <extracomment>%1: a file&apos;s path; %2: who works in it (&quot;Ana, Bo&quot;).</extracomment>
        <translation>%2 が作業中に %1 がディスク上で削除されました。セッションはテキストを保持します。「共有フォルダーを保存」で再び書き込まれます。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="258"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="268"/>
        <source>%1 changed on disk and is no longer UTF-8 text. The session keeps its text; saving leaves the file alone until it is text again.</source>
        <translation>%1 がディスク上で変更され、UTF-8 テキストではなくなりました。セッションはテキストを保持します。再びテキストになるまで、保存してもこのファイルには触れません。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDiskChanges.cpp" line="272"/>
        <source>%1 changed on disk but cannot be read. The session keeps its text; saving leaves the file alone until it can be read.</source>
        <translation>%1 がディスク上で変更されましたが、読み取れません。セッションはテキストを保持します。読み取れるようになるまで、保存してもこのファイルには触れません。</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderDocumentLink</name>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="38"/>
        <source>The session did not accept an edit made in the editor.</source>
        <translation>エディターでの編集をセッションが受け付けませんでした。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderDocumentLink.cpp" line="94"/>
        <source>The change made on disk could not be merged into the editor.</source>
        <translation>ディスク上の変更をエディターにマージできませんでした。</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderMenuController</name>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="31"/>
        <source>Share &amp;Folder…</source>
        <extracomment>Session menu: share a whole folder (its text files) in one session.</extracomment>
        <translation>フォルダーを共有(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="34"/>
        <source>Sa&amp;ve Shared Folder</source>
        <extracomment>Session menu: the host writes every shared file into the shared folder.</extracomment>
        <translation>共有フォルダーを保存(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="37"/>
        <source>Save Shared Folder &amp;Automatically</source>
        <extracomment>Session menu (checkable): the host&apos;s shared folder is saved a moment after each change.</extracomment>
        <translation>共有フォルダーを自動保存(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="42"/>
        <source>Show Folder Invi&amp;te…</source>
        <translation>フォルダーの招待を表示(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="45"/>
        <source>Save a &amp;Copy of the Project…</source>
        <extracomment>Session menu: write the shared folder&apos;s files, as the session has them, to a local folder.</extracomment>
        <translation>プロジェクトのコピーを保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="51"/>
        <source>Ask Everyone to F&amp;ollow Me</source>
        <extracomment>Session menu: everyone else in the shared folder is asked to follow you (for a walkthrough).</extracomment>
        <translation>全員にフォローを依頼(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="54"/>
        <location filename="../app/menus/FolderMenuController.cpp" line="117"/>
        <source>Leave Shared Fol&amp;der</source>
        <translation>共有フォルダーから退出(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="77"/>
        <source>Share Folder</source>
        <translation>フォルダーを共有</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="89"/>
        <source>Cannot Share the Folder</source>
        <translation>フォルダーを共有できません</translation>
    </message>
    <message>
        <location filename="../app/menus/FolderMenuController.cpp" line="116"/>
        <source>Stop Sharing the Fol&amp;der</source>
        <translation>フォルダーの共有を終了(&amp;D)</translation>
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
        <translation>%1 が参加しました</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="42"/>
        <source>%1 left</source>
        <translation>%1 が退出しました</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="89"/>
        <source>Shared by %1</source>
        <translation>%1 が共有</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="91"/>
        <source>Shared folder</source>
        <translation>共有フォルダー</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="143"/>
        <source>Only the host saves the shared folder.</source>
        <translation>共有フォルダーを保存できるのはホストだけです。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="175"/>
        <source>The host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="177"/>
        <source>%1 created %2</source>
        <translation>%1 が %2 を作成しました</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="179"/>
        <source>%1 renamed %2 to %3</source>
        <translation>%1 が %2 を %3 に名前変更しました</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSession.cpp" line="181"/>
        <source>%1 deleted %2</source>
        <translation>%1 が %2 を削除しました</translation>
    </message>
</context>
<context>
    <name>ensemble::FolderSessionController</name>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="43"/>
        <location filename="../app/session/FolderSessionController.cpp" line="91"/>
        <source>This window already takes part in a shared folder.</source>
        <translation>このウィンドウはすでに共有フォルダーに参加しています。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="48"/>
        <source>%1 is not a folder that can be read.</source>
        <translation>%1 は読み取れるフォルダーではありません。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="103"/>
        <source>Sharing %1 again: Save Shared Folder writes what the session holds into it.</source>
        <extracomment>Status bar, after a shared folder&apos;s session was resumed following a crash.</extracomment>
        <translation>%1 を再び共有しています: 「共有フォルダーを保存」でセッションの内容をフォルダーに書き込みます。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="121"/>
        <source>The Session Refused the Change</source>
        <translation>セッションが変更を拒否しました</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="224"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="261"/>
        <source>Cannot Save the Shared Folder</source>
        <translation>共有フォルダーを保存できません</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>Autosave could not write: %1</source>
        <translation>自動保存で書き込めませんでした: %1</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="264"/>
        <source>; </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="268"/>
        <source>Saved the shared folder</source>
        <translation>共有フォルダーを保存しました</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="291"/>
        <source>%1 changed on disk; the change is in the session</source>
        <translation>%1 がディスク上で変更されました。変更はセッションに反映されています</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="332"/>
        <source>%1 was deleted from the shared folder; this tab keeps its text.</source>
        <translation>%1 は共有フォルダーから削除されました。このタブにはテキストが残ります。</translation>
    </message>
    <message>
        <location filename="../app/session/FolderSessionController.cpp" line="352"/>
        <source>The Shared Folder Session Ended</source>
        <translation>共有フォルダーのセッションが終了しました</translation>
    </message>
</context>
<context>
    <name>ensemble::HelpMenuController</name>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="18"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="19"/>
        <source>&amp;About Ensemble</source>
        <translation>Ensemble について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="23"/>
        <source>About Ensemble</source>
        <translation>Ensemble について</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="24"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/menus/HelpMenuController.cpp" line="31"/>
        <source>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;A code editor in which several people edit one document at once.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and QScintilla %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ensemble %1&lt;/h3&gt;&lt;p&gt;複数の人が 1 つのドキュメントを同時に編集できるコードエディターです。&lt;/p&gt;&lt;p&gt;Qt %2 と QScintilla %3 で構築されています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryClient</name>
    <message>
        <location filename="../net/client/HistoryClient.cpp" line="72"/>
        <source>The connection was lost.</source>
        <translation>接続が切れました。</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDialog</name>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="33"/>
        <source>&amp;Play</source>
        <translation>再生(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="34"/>
        <source>Restore &amp;Selection</source>
        <translation>選択部分を復元(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="35"/>
        <source>Restore &amp;Document</source>
        <translation>文書を復元(&amp;D)</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="37"/>
        <source>History of %1</source>
        <translation>%1 の履歴</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="46"/>
        <source>&amp;Text at This Revision</source>
        <translation>このリビジョンのテキスト(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="47"/>
        <source>&amp;Changes Since Then</source>
        <translation>それ以降の変更(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="48"/>
        <source>Reading the history…</source>
        <translation>履歴を読み込んでいます…</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="148"/>
        <source>Revision %1 of %2</source>
        <translation>リビジョン %1 / %2</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDialog.cpp" line="158"/>
        <source>Revision %1 of %2, by %3, %4</source>
        <extracomment>Revision 12 of 40, by Ana, 5/12/26 22:01.</extracomment>
        <translation>リビジョン %1 / %2、%3、%4</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryDiffView</name>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="51"/>
        <source>unchanged lines: %1</source>
        <translation>変更のない行: %1</translation>
    </message>
    <message>
        <location filename="../app/history/HistoryDiff.cpp" line="73"/>
        <source>No changes.</source>
        <translation>変更はありません。</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryService</name>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="99"/>
        <source>This room keeps no history (the server has no data directory, or cannot write it).</source>
        <translation>このルームは履歴を保存しません (サーバーにデータディレクトリがないか、書き込めません)。</translation>
    </message>
    <message>
        <location filename="../net/server/HistoryService.cpp" line="106"/>
        <source>At most %1 history requests may wait at a time.</source>
        <translation>同時に待機できる履歴リクエストは最大 %1 件です。</translation>
    </message>
</context>
<context>
    <name>ensemble::HistoryTimeline</name>
    <message>
        <location filename="../app/history/HistoryTimeline.cpp" line="56"/>
        <source>The history can be read only while connected.</source>
        <translation>履歴は接続中にのみ読み込めます。</translation>
    </message>
</context>
<context>
    <name>ensemble::HostCertificate</name>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="50"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="99"/>
        <source>Cannot create the directory %1.</source>
        <translation>ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostCertificate.cpp" line="103"/>
        <source>Ensemble on %1</source>
        <translation>%1 上の Ensemble</translation>
    </message>
</context>
<context>
    <name>ensemble::HostRecoveryController</name>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="47"/>
        <source>Cannot Discard the Room</source>
        <translation>ルームを破棄できません</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="48"/>
        <source>%1 could not be deleted.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="72"/>
        <source>Cannot Resume Hosting</source>
        <translation>ホストを再開できません</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostRecoveryController.cpp" line="73"/>
        <source>%1

The room is kept in %2.</source>
        <translation>%1

ルームは %2 に保存されています。</translation>
    </message>
</context>
<context>
    <name>ensemble::HostSessionDialog</name>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="25"/>
        <source>&amp;Any free port</source>
        <translation>空いている任意のポート(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="28"/>
        <source>&amp;Guests can edit</source>
        <translation>ゲストによる編集を許可(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="29"/>
        <source>&amp;Encrypt connections (TLS)</source>
        <translation>接続を暗号化 (TLS)(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="31"/>
        <source>New Cer&amp;tificate</source>
        <translation>新しい証明書(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="32"/>
        <source>&amp;Show on the local network</source>
        <translation>ローカルネットワークに表示(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="33"/>
        <source>Let anyone on the local network &amp;join without an invite</source>
        <translation>ローカルネットワーク上の誰でも招待なしで参加できるようにする(&amp;J)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="37"/>
        <source>Host Session</source>
        <translation>セッションをホスト</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="41"/>
        <source>All network interfaces</source>
        <translation>すべてのネットワークインターフェース</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="42"/>
        <source>This computer only</source>
        <translation>このコンピューターのみ</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="47"/>
        <source>none</source>
        <extracomment>Placeholder of the empty password field: the room will have no password.</extracomment>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="50"/>
        <source>Otherwise guests can only follow along (Session ▸ Guests Can Edit changes it later)</source>
        <extracomment>&quot;Session ▸ Guests Can Edit&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>オフにすると、ゲストは閲覧のみできます ([セッション] ▸ [ゲストによる編集を許可] で後から変更できます)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="54"/>
        <source>Guests connect with wss://; the invite carries the certificate&apos;s fingerprint, so they reach this computer and no other.</source>
        <translation>ゲストは wss:// で接続します。招待には証明書のフィンガープリントが含まれるため、ゲストはほかのコンピューターではなく、必ずこのコンピューターに接続します。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="56"/>
        <source>Make a new certificate. Invites handed out before stop working, and guests who trusted the old one are warned.</source>
        <translation>新しい証明書を作成します。これまでに配布した招待は使えなくなり、古い証明書を信頼していたゲストには警告が表示されます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="66"/>
        <source>Guests on this network see the session in their Join dialog</source>
        <translation>このネットワーク上のゲストは参加ダイアログでこのセッションを見られます</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="68"/>
        <source>Publishes the room ID, which is all it takes to join a room without a password. Otherwise guests still need your invite.</source>
        <translation>ルーム ID を公開します。パスワードのないルームにはそれだけで参加できます。公開しない場合、ゲストには招待が必要です。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="83"/>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="85"/>
        <source>&amp;Listen on:</source>
        <translation>待ち受けアドレス(&amp;L):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="86"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="90"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>証明書:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="94"/>
        <source>Anyone who has the invite (and the password, if you set one) and can reach this computer can join.</source>
        <translation>招待 (とパスワードを設定した場合はそのパスワード) を持ち、このコンピューターに接続できる人は誰でも参加できます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="99"/>
        <source>&amp;Host</source>
        <extracomment>Button: start hosting (a verb).</extracomment>
        <translation>ホスト(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="145"/>
        <source>Not shown on the network: only this computer can join.</source>
        <translation>ネットワークには表示されません: このコンピューターだけが参加できます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="147"/>
        <source>Not shown on the network: guests need your invite.</source>
        <translation>ネットワークには表示されません: ゲストには招待が必要です。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="149"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address, whether there is a password and the certificate&apos;s fingerprint.</source>
        <translation>このネットワーク上の全員に、文書名、あなたの名前、このコンピューターのアドレス、パスワードの有無、証明書のフィンガープリントが見えます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="152"/>
        <source>Everyone on this network sees the document&apos;s name, your name, this computer&apos;s address and whether there is a password.</source>
        <translation>このネットワーク上の全員に、文書名、あなたの名前、このコンピューターのアドレス、パスワードの有無が見えます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="155"/>
        <source>They also see the room ID; joining needs the password.</source>
        <translation>ルーム ID も見えます。参加にはパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="157"/>
        <source>They also see the room ID, so anyone on it can join.</source>
        <translation>ルーム ID も見えるため、ネットワーク上の誰でも参加できます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/HostSessionDialog.cpp" line="158"/>
        <source>The room ID stays hidden: joining needs your invite.</source>
        <translation>ルーム ID は表示されません: 参加には招待が必要です。</translation>
    </message>
</context>
<context>
    <name>ensemble::HostedRoom</name>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="35"/>
        <source>Cannot create the directory %1.</source>
        <translation>ディレクトリ %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="58"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="67"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../app/hosting/HostedRoom.cpp" line="86"/>
        <source>%1 is damaged.</source>
        <translation>ファイル %1 は破損しています。</translation>
    </message>
</context>
<context>
    <name>ensemble::IdentityFields</name>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="18"/>
        <source>How the others see you</source>
        <translation>ほかの参加者に表示される名前</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="19"/>
        <source>Your caret and selection colour in everyone&apos;s editor</source>
        <translation>全員のエディターに表示される、あなたのカーソルと選択範囲の色</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="23"/>
        <source>Your &amp;name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="24"/>
        <source>Your &amp;colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/IdentityFields.cpp" line="35"/>
        <source>Your Colour</source>
        <translation>あなたの色</translation>
    </message>
</context>
<context>
    <name>ensemble::InterruptedRoom</name>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="39"/>
        <source>Revision %1 in %2 does not apply: %3</source>
        <translation>%2 のリビジョン %1 を適用できません: %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="59"/>
        <source>The shared folder %1 is gone.</source>
        <translation>共有フォルダー %1 はもう存在しません。</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="92"/>
        <source>%1 describes another room.</source>
        <translation>%1 には別のルームの情報が記録されています。</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="103"/>
        <source>The room kept in %1</source>
        <extracomment>%1 is a directory.</extracomment>
        <translation>%1 に保存されているルーム</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="106"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="115"/>
        <source>the folder “%1”, shared since %2</source>
        <extracomment>%1 a folder, %2 a time or a date and time.</extracomment>
        <translation>フォルダー「%1」、%2 から共有中</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="117"/>
        <source>the folder “%1”, shared since %2, with %3</source>
        <extracomment>%1 a folder, %2 a time or a date and time, %3 the names of the guests in the session.</extracomment>
        <translation>フォルダー「%1」、%2 から共有中、ゲスト: %3</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="122"/>
        <source>“%1”, hosted since %2</source>
        <extracomment>%1 a file name, %2 a time or a date and time.</extracomment>
        <translation>「%1」、%2 からホスト中</translation>
    </message>
    <message>
        <location filename="../app/hosting/InterruptedRoom.cpp" line="124"/>
        <source>“%1”, hosted since %2, with %3</source>
        <extracomment>%1 a file name, %2 a time or a date and time, %3 the names of the guests in the room.</extracomment>
        <translation>「%1」、%2 からホスト中、ゲスト: %3</translation>
    </message>
</context>
<context>
    <name>ensemble::InviteDialog</name>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="26"/>
        <source>Invite</source>
        <translation>招待</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="42"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="48"/>
        <source>Copy &amp;Link</source>
        <translation>リンクをコピー(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="59"/>
        <source>None: the session is not encrypted, so others on the network can read it.</source>
        <translation>なし: セッションは暗号化されていないため、ネットワーク上のほかの人が読み取れます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="61"/>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="62"/>
        <source>Invite:</source>
        <translation>招待:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="64"/>
        <source>Web link:</source>
        <extracomment>A link that opens the session in a web browser, for people without the app.</extracomment>
        <translation>Web リンク:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="66"/>
        <source>Certificate:</source>
        <extracomment>The SHA-256 fingerprint of the certificate connections are encrypted with follows.</extracomment>
        <translation>証明書:</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="68"/>
        <source>Send the invite to the people you want to edit with; they paste it in Session ▸ Join Session…</source>
        <extracomment>&quot;Session ▸ Join Session…&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>一緒に編集したい人に招待を送ってください。受け取った人は [セッション] ▸ [セッションに参加…] で貼り付けます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="72"/>
        <source>It carries the certificate&apos;s fingerprint, so their connection reaches this computer and no other.</source>
        <translation>招待には証明書のフィンガープリントが含まれるため、相手の接続はほかのコンピューターではなく、必ずこのコンピューターに届きます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="75"/>
        <source>Without the app, they open the web link in a browser.</source>
        <translation>アプリがない場合は、Web リンクをブラウザーで開きます。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/InviteDialog.cpp" line="78"/>
        <source>The browser warns about the certificate: they compare its fingerprint with the one above before they go on.</source>
        <translation>ブラウザーが証明書について警告します。続行する前に、そのフィンガープリントを上のものと照合してください。</translation>
    </message>
</context>
<context>
    <name>ensemble::JoinSessionDialog</name>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="24"/>
        <source>&amp;Encrypted connection (the host&apos;s default)</source>
        <translation>暗号化された接続 (ホストの既定)(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="31"/>
        <source>Join Session</source>
        <translation>セッションに参加</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="37"/>
        <source>ensemble://host:7717/room-id</source>
        <extracomment>Example invite: translate &quot;host&quot; (a computer) and &quot;room-id&quot;, keep the rest.</extracomment>
        <translation>ensemble://ホスト:7717/ルームID</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="38"/>
        <source>Paste the invite the host gave you, or pick a recent session</source>
        <translation>ホストから受け取った招待を貼り付けるか、最近のセッションを選んでください</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="40"/>
        <source>host or host:port</source>
        <extracomment>&quot;host&quot; is the computer that hosts the session (a noun), &quot;port&quot; its network port.</extracomment>
        <translation>ホストまたはホスト:ポート</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="41"/>
        <source>room ID</source>
        <translation>ルーム ID</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="48"/>
        <source>only if the host set one</source>
        <translation>ホストが設定した場合のみ</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="62"/>
        <source>&amp;Sessions nearby:</source>
        <translation>近くのセッション(&amp;N):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="64"/>
        <source>&amp;Invite:</source>
        <translation>招待(&amp;I):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="66"/>
        <source>or</source>
        <extracomment>Between the invite field and the address and room ID fields: one or the other.</extracomment>
        <translation>または</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="67"/>
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="68"/>
        <source>&amp;Room ID:</source>
        <translation>ルーム ID(&amp;R):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="70"/>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="72"/>
        <source>&amp;Join</source>
        <translation>参加(&amp;J)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="93"/>
        <source>This host does not show the room ID on the network: paste their invite, or enter the room ID they give you.</source>
        <translation>このホストはルーム ID をネットワークに表示していません: 招待を貼り付けるか、教えてもらったルーム ID を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="97"/>
        <source>This room asks for a password.</source>
        <translation>このルームにはパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="125"/>
        <source>Paste an invite, or enter an address and room ID.</source>
        <translation>招待を貼り付けるか、アドレスとルーム ID を入力してください。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/JoinSessionDialog.cpp" line="131"/>
        <source>Enter the name the others will see.</source>
        <translation>ほかの参加者に表示される名前を入力してください。</translation>
    </message>
</context>
<context>
    <name>ensemble::Language</name>
    <message>
        <location filename="../editor/LanguageTable.cpp" line="66"/>
        <source>Plain Text</source>
        <translation>プレーンテキスト</translation>
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
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/menus/LanguageMenuController.cpp" line="20"/>
        <source>&amp;Detect from File Name</source>
        <translation>ファイル名から判定(&amp;D)</translation>
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
        <translation>%1 - %2 (%3)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="56"/>
        <source>[password]</source>
        <extracomment>After a session nearby that asks for a password.</extracomment>
        <translation>[パスワード]</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="65"/>
        <source>The host keeps the room ID private: you need their invite.</source>
        <translation>ホストはルーム ID を公開していません: 招待が必要です。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="81"/>
        <source>Sessions nearby cannot be listed: there is no D-Bus system bus.</source>
        <translation>近くのセッションを一覧できません: D-Bus システムバスがありません。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="84"/>
        <source>Sessions nearby cannot be listed: the Avahi daemon is not running.</source>
        <translation>近くのセッションを一覧できません: Avahi デーモンが動いていません。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="88"/>
        <source>Sessions nearby cannot be listed: %1</source>
        <translation>近くのセッションを一覧できません: %1</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="101"/>
        <source>Looking for sessions on this network…</source>
        <translation>このネットワークのセッションを探しています…</translation>
    </message>
    <message>
        <location filename="../app/dialogs/NearbySessionsList.cpp" line="103"/>
        <source>Pick a session to fill in its address.</source>
        <translation>セッションを選ぶとアドレスが入力されます。</translation>
    </message>
</context>
<context>
    <name>ensemble::NoticeBar</name>
    <message>
        <location filename="../editor/NoticeBar.cpp" line="30"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ensemble::ParticipantsPanel</name>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="41"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="61"/>
        <source>This document is not shared.</source>
        <translation>このドキュメントは共有されていません。</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="69"/>
        <source>Connection lost. Who is in the session is not known until it is back.</source>
        <extracomment>Participants panel, first line while the connection to the session is lost.</extracomment>
        <translation>接続が切れました。接続が戻るまで、セッションに誰がいるかはわかりません。</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="76"/>
        <source>you</source>
        <extracomment>Participants list, after a name: this is you.</extracomment>
        <translation>あなた</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="80"/>
        <source>host</source>
        <extracomment>Participants list, after a name: this person hosts the session (a noun).</extracomment>
        <translation>ホスト</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="100"/>
        <source>following</source>
        <extracomment>Participants list, after a name: your view follows this person&apos;s caret.</extracomment>
        <translation>フォロー中</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="108"/>
        <source>in %1</source>
        <extracomment>Participants list, the line under a name: the shared folder&apos;s file they are in.</extracomment>
        <translation>%1 を編集中</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="145"/>
        <source>Stop Following</source>
        <extracomment>Context menu of a participant: your view no longer follows their caret.</extracomment>
        <translation>フォローを停止</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="150"/>
        <source>Follow</source>
        <extracomment>Context menu of a participant: your view follows their caret as they move and type.</extracomment>
        <translation>フォロー</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="156"/>
        <source>Remove from Session…</source>
        <extracomment>Context menu of a participant: the host sends them out of the session (asks first).</extracomment>
        <translation>セッションから削除…</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="85"/>
        <source>connected</source>
        <extracomment>Participants list, after a name: this person is in the session.</extracomment>
        <translation>接続中</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="89"/>
        <source>reconnecting</source>
        <extracomment>Participants list, after your own name: your connection is being restored.</extracomment>
        <translation>再接続中</translation>
    </message>
    <message>
        <location filename="../app/session/ParticipantsPanel.cpp" line="94"/>
        <source>status unknown</source>
        <extracomment>Participants list, after a name: this person was in the session when your connection was lost; whether they still are is not known.</extracomment>
        <translation>状態不明</translation>
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
        <translation>、</translation>
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
        <translation>プロジェクトのコピーを保存できません</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Saving a copy of the project…</source>
        <translation>プロジェクトのコピーを保存しています…</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="61"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="63"/>
        <source>Save a Copy of the Project</source>
        <translation>プロジェクトのコピーを保存</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="90"/>
        <source>Some Files Were Not Copied</source>
        <translation>一部のファイルはコピーされませんでした</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="91"/>
        <source>The copy in %1 lacks these files:
%2</source>
        <translation>%1 のコピーには次のファイルがありません:
%2</translation>
    </message>
    <message>
        <location filename="../app/session/ProjectCopyController.cpp" line="93"/>
        <source>The copy in %1 was stopped</source>
        <translation>%1 へのコピーは中止されました</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/ProjectCopyController.cpp" line="95"/>
        <source>Saved a copy of %n file(s) in %1</source>
        <translation>
            <numerusform>%n 個のファイルのコピーを %1 に保存しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ensemble::ProjectDownload</name>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="28"/>
        <source>Not connected to a session that shares a folder.</source>
        <translation>フォルダーを共有するセッションに接続していません。</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="33"/>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="38"/>
        <source>The folder %1 is not empty.</source>
        <translation>フォルダー %1 は空ではありません。</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="127"/>
        <location filename="../net/client/ProjectDownload.cpp" line="132"/>
        <location filename="../net/client/ProjectDownload.cpp" line="170"/>
        <source>deleted from the session meanwhile</source>
        <translation>その間にセッションから削除されました</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="174"/>
        <source>not a path this computer can hold</source>
        <translation>このコンピューターでは扱えないパスです</translation>
    </message>
    <message>
        <location filename="../net/client/ProjectDownload.cpp" line="181"/>
        <source>cannot create its folder</source>
        <translation>フォルダーを作成できません</translation>
    </message>
</context>
<context>
    <name>ensemble::Room</name>
    <message>
        <location filename="../net/server/Room.cpp" line="179"/>
        <location filename="../net/server/RoomMessages.cpp" line="171"/>
        <source>The owner removed you from this room.</source>
        <translation>オーナーによってこのルームから削除されました。</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="186"/>
        <source>The same client joined again from elsewhere.</source>
        <translation>同じクライアントが別の場所から再度参加しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Room.cpp" line="194"/>
        <source>This room already has %n participant(s).</source>
        <translation>
            <numerusform>このルームにはすでに %n 人が参加しています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="301"/>
        <source>this session shares a folder; it needs a client of protocol 2</source>
        <translation>このセッションはフォルダーを共有しています。プロトコル 2 のクライアントが必要です</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="357"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>ルーム %1 を保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="64"/>
        <source>Only the owner may change this room.</source>
        <translation>このルームを変更できるのはオーナーだけです。</translation>
    </message>
    <message>
        <location filename="../net/server/Room.cpp" line="381"/>
        <source>Room %1 could not save its chat: %2</source>
        <translation>ルーム %1 のチャットを保存できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="97"/>
        <location filename="../net/server/RoomMessages.cpp" line="119"/>
        <source>Document %1 is not open.</source>
        <translation>ドキュメント %1 は開かれていません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="98"/>
        <location filename="../net/server/RoomTree.cpp" line="43"/>
        <source>There is no document %1 in this session.</source>
        <translation>このセッションにドキュメント %1 はありません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="154"/>
        <source>Only the owner may remove participants.</source>
        <translation>参加者を削除できるのはオーナーだけです。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="158"/>
        <source>The owner cannot remove themselves.</source>
        <translation>オーナーは自分自身を削除できません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomMessages.cpp" line="178"/>
        <source>Only the owner may change the room&apos;s settings.</source>
        <translation>ルームの設定を変更できるのはオーナーだけです。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="36"/>
        <source>open needs protocol 2.</source>
        <translation>open にはプロトコル 2 が必要です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="56"/>
        <source>At most %n document(s) can be open at a time.</source>
        <translation>
            <numerusform>同時に開けるドキュメントは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="158"/>
        <location filename="../net/server/RoomTree.cpp" line="193"/>
        <source>“%1” is not a path a session can share.</source>
        <translation>「%1」はセッションで共有できるパスではありません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="161"/>
        <location filename="../net/server/RoomTree.cpp" line="203"/>
        <source>%1 exists already.</source>
        <translation>%1 は既に存在します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomTree.cpp" line="164"/>
        <source>A session holds at most %n file(s) and folder(s).</source>
        <translation>
            <numerusform>セッションに含められるファイルとフォルダーは最大 %n 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="170"/>
        <source>The session&apos;s documents may hold at most %1 characters together.</source>
        <translation>セッションのドキュメントの合計は最大 %1 文字です。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="199"/>
        <location filename="../net/server/RoomTree.cpp" line="225"/>
        <source>There is no %1 in this session.</source>
        <translation>このセッションに %1 はありません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomTree.cpp" line="200"/>
        <source>%1 was renamed to %2.</source>
        <translation>%1 は %2 に名前が変更されました。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>ルーム %1 の保存が再開されました。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="75"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>ルーム %1 を保存できていません: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomJournal.cpp" line="78"/>
        <source>The server cannot save this room for now; your edits wait and are sent again.</source>
        <translation>サーバーは現在このルームを保存できません。編集は保留され、再送信されます。</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomDocument</name>
    <message>
        <location filename="../net/server/RoomDocument.cpp" line="318"/>
        <source>Room %1 dropped a selection outside its text.</source>
        <translation>ルーム %1 はテキストの範囲外の選択範囲を破棄しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomDocumentMessages.cpp" line="25"/>
        <source>The document may not grow beyond %n character(s).</source>
        <translation>
            <numerusform>ドキュメントを %n 文字より長くすることはできません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="31"/>
        <location filename="../net/server/RoomDocumentMessages.cpp" line="84"/>
        <source>The selection lies outside the document.</source>
        <translation>選択範囲がドキュメントの外にあります。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="53"/>
        <source>Room %1 is not being saved: %2</source>
        <translation>ルーム %1 を保存できていません: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="55"/>
        <source>The server cannot save this room; recent edits may be lost if it stops.</source>
        <translation>サーバーがこのルームを保存できません。サーバーが停止すると最近の編集が失われる可能性があります。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="64"/>
        <source>Room %1 is being saved again.</source>
        <translation>ルーム %1 の保存が再開されました。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="119"/>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="133"/>
        <source>Room %1 does not keep its history: %2</source>
        <translation>ルーム %1 の履歴を保存できていません: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomDocumentStorage.cpp" line="147"/>
        <source>Room %1 could not be saved: %2</source>
        <translation>ルーム %1 を保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ensemble::RoomServer</name>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="63"/>
        <source>The server is busy with other joining connections.</source>
        <translation>サーバーは参加中の他の接続で混み合っています。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="78"/>
        <source>Cannot accept connections: %1; trying again in %2 ms.</source>
        <translation>接続を受け付けられません: %1。%2 ミリ秒後に再試行します。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="118"/>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="155"/>
        <source>The server is shutting down.</source>
        <translation>サーバーを終了しています。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="173"/>
        <source>Cannot create the data directory %1.</source>
        <translation>データフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="180"/>
        <source>Another Ensemble server is using %1.</source>
        <translation>別の Ensemble サーバーが %1 を使用しています。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="191"/>
        <location filename="../net/server/RoomServerJournal.cpp" line="42"/>
        <source>Room %1 was not loaded: %2</source>
        <translation>ルーム %1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="203"/>
        <source>“%1” is not a file name.</source>
        <translation>「%1」はファイル名ではありません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="227"/>
        <source>“%1” is not a room ID.</source>
        <translation>「%1」はルーム ID ではありません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="229"/>
        <source>Room %1 already exists.</source>
        <translation>ルーム %1 はすでに存在します。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="232"/>
        <source>This server already holds %n room(s).</source>
        <translation>
            <numerusform>このサーバーにはすでに %n 個のルームがあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/RoomServer.cpp" line="236"/>
        <source>The document is longer than %n character(s).</source>
        <translation>
            <numerusform>ドキュメントが %n 文字を超えています。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="265"/>
        <source>The host closed this room.</source>
        <translation>ホストがこのルームを閉じました。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServer.cpp" line="285"/>
        <source>Room %1 was deleted: nobody had joined it for %2 hours.</source>
        <extracomment>Server log: %1 a room id, %2 a number of hours.</extracomment>
        <translation>ルーム %1 を削除しました: %2 時間だれも参加していませんでした。</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="80"/>
        <source>The address must end in /ROOM-ID (a lowercase UUID).</source>
        <translation>アドレスの末尾は /ルーム ID (小文字の UUID) でなければなりません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="98"/>
        <source>Too many failed attempts from your address; try again in %n minute(s).</source>
        <translation>
            <numerusform>お使いのアドレスからの失敗した試行が多すぎます。%n 分後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="111"/>
        <source>This room needs a password.</source>
        <translation>このルームにはパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="160"/>
        <source>The password is wrong.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="120"/>
        <location filename="../net/server/Admission.cpp" line="174"/>
        <source>There is no room with this ID here.</source>
        <translation>この ID のルームはありません。</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="70"/>
        <source>The server is checking too many passwords; try again later.</source>
        <translation>サーバーが確認中のパスワードが多すぎます。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="71"/>
        <source>Too many password attempts from your address at once; try again later.</source>
        <translation>お使いのアドレスから同時に送られたパスワードの試行が多すぎます。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="142"/>
        <source>Creating rooms on this server needs its password.</source>
        <translation>このサーバーでルームを作成するには、サーバーのパスワードが必要です。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="196"/>
        <source>Your address created %n room(s) within the last hour; try again later.</source>
        <translation>
            <numerusform>お使いのアドレスは直近 1 時間に %n 個のルームを作成しました。後でもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/Admission.cpp" line="206"/>
        <source>The server&apos;s storage for rooms is full.</source>
        <translation>サーバーのルーム用ストレージがいっぱいです。</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/server/Admission.cpp" line="229"/>
        <source>%1 failed to join %n time(s); it gets too_many_attempts for %2 s.</source>
        <extracomment>Server log: %1 a network address; too_many_attempts is a protocol error code.</extracomment>
        <translation>
            <numerusform>%1 は参加に %n 回失敗しました。%2 秒間 too_many_attempts を返します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerDocuments.cpp" line="14"/>
        <location filename="../net/server/RoomServerDocuments.cpp" line="24"/>
        <source>There is no room %1.</source>
        <translation>ルーム %1 はありません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="62"/>
        <source>This session is served by %1.</source>
        <extracomment>%1 a server&apos;s address, ws://HOST:PORT.</extracomment>
        <translation>このセッションは %1 が担当しています。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="76"/>
        <source>Room %1 went to another server (its lease ran out or was taken).</source>
        <translation>ルーム %1 は別のサーバーに移りました (リースが期限切れになったか、引き継がれました)。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="80"/>
        <source>This server no longer serves the session.</source>
        <translation>このサーバーはもうこのセッションを担当していません。</translation>
    </message>
    <message>
        <location filename="../net/server/RoomServerJournal.cpp" line="91"/>
        <source>The server cannot reach its database; trying again.</source>
        <translation>サーバーはデータベースに接続できません。再試行します。</translation>
    </message>
</context>
<context>
    <name>ensemble::SearchMenuController</name>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="21"/>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="22"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="24"/>
        <source>&amp;Replace…</source>
        <translation>置換(&amp;R)…</translation>
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
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="30"/>
        <source>Find &amp;Previous</source>
        <translation>前を検索(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/menus/SearchMenuController.cpp" line="34"/>
        <source>&amp;Go to Line…</source>
        <translation>指定行へ移動(&amp;G)…</translation>
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
        <translation>%1 の証明書は招待に記載された証明書と異なります。誰かが接続を傍受しているか、ホストが新しい証明書を作成した可能性があります。ホストに最新の招待を依頼してください。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="250"/>
        <source>The certificate of %1 is not the one you trusted before. Someone may be intercepting the connection, or the host made a new certificate.</source>
        <translation>%1 の証明書は、以前に信頼した証明書と異なります。誰かが接続を傍受しているか、ホストが新しい証明書を作成した可能性があります。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="264"/>
        <source>The identity of %1 cannot be verified: %2</source>
        <translation>%1 の身元を確認できません: %2</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="284"/>
        <source>%1 did not set up an encrypted connection (%2); it may not offer encryption. Ask the host for a current invite.</source>
        <translation>%1 は暗号化された接続を確立しませんでした (%2)。暗号化に対応していない可能性があります。ホストに最新の招待を依頼してください。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="296"/>
        <source>%1 closed the connection without answering; it may accept only encrypted connections. If so, ask the host for an invite with the certificate&apos;s fingerprint (…?fp=…).</source>
        <translation>%1 は応答せずに接続を閉じました。暗号化された接続のみを受け付けている可能性があります。その場合は、証明書のフィンガープリントを含む招待 (…?fp=…) をホストに依頼してください。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="314"/>
        <source>The connection to the server was lost.</source>
        <translation>サーバーとの接続が切れました。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="325"/>
        <source>Nothing answers at %1:%2.</source>
        <translation>%1:%2 から応答がありません。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="330"/>
        <source>The host %1 was not found.</source>
        <translation>ホスト %1 が見つかりません。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="337"/>
        <source>No answer from %1:%2. Check the address, that the host is sharing a session, and that no firewall is in the way.</source>
        <translation>%1:%2 から応答がありません。アドレス、ホストがセッションを共有していること、ファイアウォールが妨げていないことを確認してください。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="510"/>
        <source>Offline</source>
        <extracomment>Session state in the status bar: not connected to a session.</extracomment>
        <translation>オフライン</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="512"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected, sending %n edit(s)</source>
        <extracomment>Session state in the status bar.</extracomment>
        <translation>
            <numerusform>接続中、%n 件の編集を送信しています</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClient.cpp" line="515"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="518"/>
        <source>Reconnecting in %1 s (%n unsent edit(s))</source>
        <extracomment>Session state in the status bar: %1 is a number of seconds.</extracomment>
        <translation>
            <numerusform>%1 秒後に再接続します (未送信の編集 %n 件)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../net/client/SessionClient.cpp" line="521"/>
        <source>Disconnected (%n unsent edit(s))</source>
        <translation>
            <numerusform>切断されました (未送信の編集 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="18"/>
        <source>The server sent a message this version does not understand: %1</source>
        <translation>このバージョンでは理解できないメッセージをサーバーが送信しました: %1</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="25"/>
        <source>The server did not start with a welcome.</source>
        <translation>サーバーが最初に歓迎メッセージを送信しませんでした。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="69"/>
        <source>The server welcomed this session twice.</source>
        <translation>サーバーがこのセッションに歓迎メッセージを 2 回送信しました。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="142"/>
        <source>This room needs a password.</source>
        <translation>このルームにはパスワードが必要です。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="163"/>
        <source>The session fell behind the room; catching up.</source>
        <translation>セッションがルームから遅れています。同期しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="171"/>
        <source>This session was out of step with the room; catching up.</source>
        <translation>このセッションはルームと同期がずれていました。同期しています。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="178"/>
        <source>The server refused your recent edits (%1); the document is reloaded from the server.</source>
        <translation>サーバーが最近の編集を拒否しました (%1)。ドキュメントをサーバーから再読み込みします。</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientMessages.cpp" line="218"/>
        <source>Someone</source>
        <extracomment>Name shown for a participant the server has not introduced.</extracomment>
        <translation>誰か</translation>
    </message>
    <message>
        <location filename="../net/client/SessionClientFolder.cpp" line="137"/>
        <source>The server did not send the session&apos;s tree.</source>
        <translation>サーバーがセッションのツリーを送信しませんでした。</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionHost</name>
    <message>
        <location filename="../app/hosting/SessionHost.cpp" line="119"/>
        <source>The room&apos;s files cannot be read. %1</source>
        <translation>ルームのファイルを読み込めません。%1</translation>
    </message>
    <message>
        <location filename="../app/hosting/SessionHostFolder.cpp" line="14"/>
        <source>The folder has no file to share.</source>
        <translation>フォルダーに共有できるファイルがありません。</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionMenuController</name>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="31"/>
        <source>Sessio&amp;n</source>
        <translation>セッション(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="33"/>
        <source>&amp;Host Session…</source>
        <extracomment>&quot;Host&quot; is a verb: share the current document in a new session.</extracomment>
        <translation>セッションをホスト(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="35"/>
        <source>&amp;Join Session…</source>
        <translation>セッションに参加(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="37"/>
        <source>Show &amp;Invite…</source>
        <translation>招待を表示(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="39"/>
        <source>&amp;Guests Can Edit</source>
        <translation>ゲストによる編集を許可(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="48"/>
        <source>Change &amp;Password…</source>
        <extracomment>Session menu: the host gives the room a new password (asks for it).</extracomment>
        <translation>パスワードを変更(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="53"/>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Leave Session</source>
        <translation>セッションから退出(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="103"/>
        <source>Cannot Host Session</source>
        <translation>セッションをホストできません</translation>
    </message>
    <message>
        <location filename="../app/menus/SessionMenuController.cpp" line="142"/>
        <source>&amp;Stop Hosting</source>
        <translation>ホストを終了(&amp;S)</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionPanel</name>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="56"/>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="69"/>
        <source>Click someone to follow them from file to file.</source>
        <translation>クリックすると、その人をファイルからファイルへ追従します。</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="128"/>
        <source>No shared folder. Session ▸ Share Folder… shares one.</source>
        <translation>共有フォルダーはありません。セッション ▸ フォルダーを共有… で共有できます。</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="133"/>
        <source>%1 (read-only)</source>
        <translation>%1 (読み取り専用)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="214"/>
        <source>%1 (deleted on disk)</source>
        <extracomment>A file of the Session panel whose file the host&apos;s folder no longer has.</extracomment>
        <translation>%1（ディスクから削除済み）</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="224"/>
        <source>Deleted on the host&apos;s disk; the session keeps it until the host saves or deletes it.</source>
        <translation>ホストのディスクから削除されました。ホストが保存または削除するまでセッションが保持します。</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="227"/>
        <source>Deleted on the host&apos;s disk; kept while %1 edits it.</source>
        <extracomment>%1: who works in the file (&quot;Ana, Bo&quot;).</extracomment>
        <translation>ホストのディスクから削除されました。%1 が編集している間は保持されます。</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="238"/>
        <source>%1 (following)</source>
        <translation>%1 (追従中)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="277"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="279"/>
        <source>New &amp;File…</source>
        <translation>新しいファイル(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="282"/>
        <source>New Fol&amp;der…</source>
        <translation>新しいフォルダー(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="285"/>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="287"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="296"/>
        <source>The host made this session read-only</source>
        <translation>ホストがこのセッションを読み取り専用にしました</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New File</source>
        <translation>新しいファイル</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="307"/>
        <source>New Folder</source>
        <translation>新しいフォルダー</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new file:</source>
        <translation>新しいファイルのパス:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="308"/>
        <source>Path of the new folder:</source>
        <translation>新しいフォルダーのパス:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="318"/>
        <source>New path:</source>
        <translation>新しいパス:</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="326"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../app/session/SessionPanel.cpp" line="327"/>
        <source>Delete %1 from the shared folder for everyone? Whoever has it open keeps the text.</source>
        <translation>%1 を全員の共有フォルダーから削除しますか? 開いている人のテキストは残ります。</translation>
    </message>
</context>
<context>
    <name>ensemble::SessionStatusController</name>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="23"/>
        <source>Session</source>
        <extracomment>Tooltip of the status bar field showing the session&apos;s state.</extracomment>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="25"/>
        <source>People in the session (see Session ▸ Participants)</source>
        <extracomment>&quot;Session ▸ Participants&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>セッションの参加者 ([セッション] ▸ [参加者] を参照)</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="27"/>
        <source>Type, click in the editor or press Escape to stop following</source>
        <extracomment>Tooltip of the status bar field naming the participant whose caret the view follows.</extracomment>
        <translation>入力するか、エディターをクリックするか、Esc キーを押すとフォローを停止します</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="57"/>
        <source>Following %1</source>
        <extracomment>Status bar: the view follows this participant&apos;s caret; %1 their name.</extracomment>
        <translation>%1 をフォロー中</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="69"/>
        <source>Participants unknown</source>
        <extracomment>Status bar, instead of the participant count while the connection is lost.</extracomment>
        <translation>参加者不明</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/session/SessionStatusController.cpp" line="70"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>参加者 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Encrypted</source>
        <extracomment>Status bar: whether the session&apos;s connection is encrypted (TLS).</extracomment>
        <translation>暗号化済み</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="73"/>
        <source>Not encrypted</source>
        <translation>暗号化なし</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="75"/>
        <source>The connection is not encrypted: others on the network can read the document as it travels.</source>
        <translation>接続は暗号化されていません。ネットワーク上のほかの人が、転送中のドキュメントを読み取れます。</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="78"/>
        <source>The connection is encrypted (TLS).</source>
        <translation>接続は暗号化されています (TLS)。</translation>
    </message>
    <message>
        <location filename="../app/session/SessionStatusController.cpp" line="80"/>
        <source>The connection is encrypted (TLS). Server certificate SHA-256: %1</source>
        <translation>接続は暗号化されています (TLS)。サーバー証明書の SHA-256: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::Settings</name>
    <message>
        <location filename="../app/Settings.cpp" line="182"/>
        <source>Guest</source>
        <extracomment>Name shown to the others in a session when the user has none.</extracomment>
        <translation>ゲスト</translation>
    </message>
</context>
<context>
    <name>ensemble::SettingsDialog</name>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="24"/>
        <source>Indent with &amp;spaces instead of tabs</source>
        <translation>タブの代わりにスペースでインデント(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="25"/>
        <source>Show &amp;whitespace</source>
        <translation>空白文字を表示(&amp;W)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="26"/>
        <source>Wrap &amp;long lines</source>
        <translation>長い行を折り返す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="27"/>
        <source>Show &amp;indentation guides</source>
        <translation>インデントガイドを表示(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="31"/>
        <source>Preferences</source>
        <translation>設定</translation>
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
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="47"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="48"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="56"/>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="60"/>
        <source>The interface language changes when Ensemble is next started.</source>
        <translation>表示言語は Ensemble の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="71"/>
        <source>&amp;Font:</source>
        <translation>フォント(&amp;F):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="74"/>
        <source>&amp;Tab width:</source>
        <translation>タブ幅(&amp;T):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="79"/>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <location filename="../app/dialogs/SettingsDialog.cpp" line="80"/>
        <source>Interface lan&amp;guage:</source>
        <translation>表示言語(&amp;G):</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedDocument</name>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="116"/>
        <source>Resynchronising the document with the room</source>
        <translation>ドキュメントをルームと再同期しています</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="134"/>
        <source>The host made the document read-only</source>
        <translation>ホストがドキュメントを読み取り専用にしました</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="135"/>
        <source>The host lets everyone edit again</source>
        <translation>ホストが再び全員に編集を許可しました</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="151"/>
        <source>%1 joined</source>
        <translation>%1 さんが参加しました</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="158"/>
        <source>%1 left</source>
        <translation>%1 さんが退出しました</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="189"/>
        <source>%1 Trying again; your edits are kept.</source>
        <extracomment>%1 is a complete sentence saying what went wrong with the connection.</extracomment>
        <translation>%1 再試行しています。編集内容は保持されます。</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="260"/>
        <source>Hosting on port %1</source>
        <extracomment>Status bar: this window hosts the session, on this network port.</extracomment>
        <translation>ポート %1 でホスト中</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="265"/>
        <source>%1, guests read-only</source>
        <extracomment>Session status of the room&apos;s host: %1 the state (&quot;Hosting on port 7717&quot;); guests cannot edit.</extracomment>
        <translation>%1、ゲストは読み取り専用</translation>
    </message>
    <message>
        <location filename="../app/session/SharedDocument.cpp" line="268"/>
        <source>%1, read-only</source>
        <extracomment>Session status of a guest: %1 the state (&quot;Connected&quot;); the guest cannot edit the shared document.</extracomment>
        <translation>%1、読み取り専用</translation>
    </message>
</context>
<context>
    <name>ensemble::SharedFolder</name>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="16"/>
        <source>ignored by %1</source>
        <translation>%1 で除外</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="18"/>
        <source>the Git repository</source>
        <translation>Git リポジトリ</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="20"/>
        <source>binary</source>
        <translation>バイナリ</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="22"/>
        <source>too large</source>
        <translation>大きすぎる</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="24"/>
        <source>too many files</source>
        <translation>ファイルが多すぎる</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="26"/>
        <source>the folder is too large</source>
        <translation>フォルダーが大きすぎる</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="28"/>
        <location filename="../app/hosting/SharedFolder.cpp" line="61"/>
        <source>cannot be read</source>
        <translation>読み取れない</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="30"/>
        <source>a symbolic link</source>
        <translation>シンボリックリンク</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="32"/>
        <source>not a regular file</source>
        <translation>通常のファイルではない</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="67"/>
        <source>not UTF-8</source>
        <translation>UTF-8 ではない</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="83"/>
        <source>%1 and %2 more</source>
        <extracomment>%1 lists what a shared folder left out, %2 counts the rest (1 or more).</extracomment>
        <translation>%1 ほか %2 件</translation>
    </message>
    <message>
        <location filename="../app/hosting/SharedFolder.cpp" line="84"/>
        <source>Not shared: %1.</source>
        <translation>共有されていません: %1。</translation>
    </message>
</context>
<context>
    <name>ensemble::StatusBarController</name>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="21"/>
        <source>Line and column</source>
        <translation>行と列</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="22"/>
        <source>Language (change it in the Language menu)</source>
        <translation>言語 ([言語] メニューで変更できます)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="23"/>
        <source>Encoding</source>
        <translation>エンコーディング</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="25"/>
        <source>Line endings (convert them in Edit ▸ Line Endings)</source>
        <extracomment>&quot;Edit ▸ Line Endings&quot; is the menu path: use the translated menu and entry names.</extracomment>
        <translation>改行コード ([編集] ▸ [改行コード] で変換できます)</translation>
    </message>
    <message>
        <location filename="../app/window/StatusBarController.cpp" line="62"/>
        <source>Ln %1, Col %2</source>
        <extracomment>Status bar: line and column of the cursor, abbreviated.</extracomment>
        <translation>%1 行、%2 列</translation>
    </message>
</context>
<context>
    <name>ensemble::SummonController</name>
    <message>
        <location filename="../app/session/SummonController.cpp" line="18"/>
        <source>Follow</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: follow Ana from file to file.</extracomment>
        <translation>フォロー</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="20"/>
        <source>Ignore</source>
        <extracomment>Answer to &quot;Ana asks everyone to follow them&quot;: stay where you are.</extracomment>
        <translation>無視</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="38"/>
        <source>Asked everyone to follow you</source>
        <translation>全員にフォローを依頼しました</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="40"/>
        <source>Not connected: nobody was asked to follow you</source>
        <translation>未接続: 誰にもフォローを依頼していません</translation>
    </message>
    <message>
        <location filename="../app/session/SummonController.cpp" line="64"/>
        <source>%1 asks everyone to follow them.</source>
        <extracomment>%1: who asks, in the Session panel of everyone else.</extracomment>
        <translation>%1 が全員にフォローを依頼しています。</translation>
    </message>
</context>
<context>
    <name>ensemble::TextFile</name>
    <message>
        <location filename="../editor/TextFile.cpp" line="14"/>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="18"/>
        <source>%1 is too large to open (%2 MB; the limit is %3 MB).</source>
        <translation>%1 は大きすぎて開けません (%2 MB、上限は %3 MB)。</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="26"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="31"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="47"/>
        <source>The text contains characters that %1 cannot store.</source>
        <translation>テキストに %1 では保存できない文字が含まれています。</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="52"/>
        <location filename="../editor/TextFile.cpp" line="56"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../editor/TextFile.cpp" line="61"/>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
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
        <translation>UTF-8 (BOM 付き)</translation>
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
        <translation>混在 (%1)</translation>
    </message>
</context>
<context>
    <name>ensemble::TextSearch</name>
    <message>
        <location filename="../editor/TextSearch.cpp" line="16"/>
        <source>Nothing to search for.</source>
        <translation>検索する文字列がありません。</translation>
    </message>
    <message>
        <location filename="../editor/TextSearch.cpp" line="24"/>
        <source>Invalid regular expression: %1</source>
        <translation>正規表現が正しくありません: %1</translation>
    </message>
</context>
<context>
    <name>ensemble::ViewMenuController</name>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="22"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="29"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="31"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="35"/>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
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
        <translation>次のタブ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="48"/>
        <source>&amp;Previous Tab</source>
        <translation>前のタブ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="53"/>
        <source>&amp;Word Wrap</source>
        <translation>折り返し(&amp;W)</translation>
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
        <translation>空白文字を表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="57"/>
        <source>Show Indentation &amp;Guides</source>
        <translation>インデントガイドを表示(&amp;G)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="58"/>
        <source>Show &amp;Authorship</source>
        <translation>作成者を表示(&amp;A)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="59"/>
        <source>Show &amp;Last Editor</source>
        <translation>最終編集者を表示(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="62"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="65"/>
        <source>&amp;System</source>
        <extracomment>Theme that follows the desktop&apos;s colours.</extracomment>
        <translation>システム(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="66"/>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/menus/ViewMenuController.cpp" line="67"/>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ensemble::Workspace</name>
    <message>
        <location filename="../app/window/Workspace.cpp" line="96"/>
        <source>Cannot Open File</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="200"/>
        <source>Cannot Save File</source>
        <translation>ファイルを保存できません</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="264"/>
        <source>Cannot Reload File</source>
        <translation>ファイルを再読み込みできません</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="288"/>
        <source>%1 (%2)</source>
        <extracomment>Tab of a document whose name an earlier tab has too: %1 is the name, %2 a number.</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../app/window/Workspace.cpp" line="292"/>
        <source>%1 (read-only)</source>
        <extracomment>Tab of a shared document the host lets guests only read: %1 is its name.</extracomment>
        <translation>%1（読み取り専用）</translation>
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
        <translation>編集をドキュメントに適用できません。</translation>
    </message>
</context>
</TS>
