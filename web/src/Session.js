// One connection to a session in protocol 2 (sections 1, 3-5, 7-9 and 14): the hello, the
// welcome, the tree, the participants and where they work, the chat, errors, and reconnecting
// with backoff. The page shows one document at a time: its messages go to a DocumentSync, and
// opening another closes it. Protocol 2 works on any session, a one-document room included.
import { DocumentSync } from './DocumentSync.js';

// Close codes after which trying again cannot help (section 9); 4003 asks for the password.
const finalCodes = new Set([4001, 4003, 4004, 4005, 4006, 4007, 4009, 4010, 4011, 4012, 4015, 1011]);
// Messages about one document, which name it in `doc`.
const documentMessages = new Set(['opened', 'ack', 'op', 'selection', 'language']);
// Errors naming the op in flight after which the client rejoins and merges by text (section 7).
const rejoinByText = new Set(['bad_message', 'bad_operation', 'bad_revision', 'too_far_behind']);

function randomId() {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes); // randomUUID() exists only on https pages
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class Session extends EventTarget {
  /**
   * @param {string} url  ws(s)://HOST:PORT/ROOM-ID
   * @param {object} editorHooks  as DocumentSync's, without `send`
   */
  constructor(url, editorHooks) {
    super();
    this.url = url;
    this.clientId = randomId();
    this.name = '';
    this.color = '#3060c0';
    this.password = '';
    this.me = null;
    this.users = new Map(); // id -> participant
    this.readOnly = false;
    this.language = '';
    this.socket = null;
    this.lastClose = null; // {code, reason} of the last close the server sent
    this.backoff = 500;
    this.retryTimer = null;
    this.byText = false;
    this.stopped = false;
    this.paused = false; // the browser says it is offline
    this.files = []; // the tree's files, [{path, doc, size}], sorted by path
    this.treeRevision = 0;
    this.chat = []; // [{user, name, color, time, text}], oldest first
    this.editorHooks = editorHooks;
    this.docId = null; // the document shown
    this.doc = this.newSync();
  }

  newSync() {
    return new DocumentSync({ ...this.editorHooks, send: (m) => this.send({ ...m, doc: this.docId }) });
  }

  /** The file of document `doc`, if the tree has it. */
  file(doc) {
    return this.files.find((f) => f.doc === doc);
  }

  /** Shows document `doc` instead of the current one (once the current one's work is acknowledged). */
  openDocument(doc) {
    clearTimeout(this.switchTimer);
    if (doc === this.docId || !this.file(doc)) return;
    if (this.doc.pending) {
      // Unacknowledged work belongs to the shown document; offline, the click is ignored.
      if (this.socket) this.switchTimer = setTimeout(() => this.openDocument(doc), 50);
      return;
    }
    if (this.docId && this.file(this.docId)) this.send({ type: 'close', doc: this.docId });
    this.doc.disconnected();
    this.docId = doc;
    this.doc = this.newSync();
    this.emit('document', { doc });
    this.emit('users');
    this.sendOpen();
  }

  sendOpen() {
    if (!this.docId) return;
    this.send({ type: 'open', doc: this.docId, ...this.doc.rejoinFields(this.byText) });
    this.byText = false;
    this.send({ type: 'focus', doc: this.docId });
  }

  /** Sends a chat line; false when offline. */
  sendChat(text) {
    return this.send({ type: 'chat', text });
  }

  /** Joins (again) with this name, colour and password (kept in memory only). */
  join(name, color, password) {
    this.name = name;
    this.color = color;
    this.password = password;
    this.stopped = false;
    this.connect();
  }

  send(message) {
    if (!this.socket || this.socket.readyState !== WebSocket.OPEN) return false;
    this.socket.send(JSON.stringify(message));
    return true;
  }

  emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail }));
  }

  connect() {
    clearTimeout(this.retryTimer);
    if (this.socket || this.stopped || this.paused) return;
    this.emit('status', { state: 'connecting' });
    const socket = new WebSocket(this.url);
    this.socket = socket;
    this.lastError = null;
    socket.onopen = () => {
      const hello = { type: 'hello', protocol: 2, name: this.name, color: this.color,
                      client: this.clientId };
      if (this.password) hello.password = this.password;
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (event) => {
      if (socket !== this.socket) return;
      try {
        this.receive(JSON.parse(event.data));
      } catch (error) {
        // Out of step with the server (section 7): rejoin and merge by text.
        console.warn('ensemble: rejoining by text:', error);
        this.byText = true;
        this.drop();
      }
    };
    socket.onclose = (event) => {
      if (socket !== this.socket) return;
      this.socket = null;
      this.lastClose = { code: event.code, reason: event.reason };
      this.lost(event.code);
    };
  }

  /** Closes the connection; the session reconnects unless stopped or offline. */
  drop() {
    const socket = this.socket;
    if (!socket) return;
    this.socket = null;
    socket.onclose = null;
    socket.close();
    this.lost(1006);
  }

  lost(code) {
    this.doc.disconnected();
    this.users.clear();
    this.emit('users');
    if (finalCodes.has(code)) {
      this.stopped = true;
      this.emit('status', { state: 'stopped', code, error: this.lastError });
      return;
    }
    this.emit('status', { state: 'offline', error: this.lastError });
    const delay = this.backoff / 2 + Math.random() * this.backoff / 2;
    this.backoff = Math.min(this.backoff * 2, 30000);
    this.retryTimer = setTimeout(() => this.connect(), delay);
  }

  /** The browser went offline (or back online): close at once, or reconnect at once. */
  setOffline(offline) {
    this.paused = offline;
    if (offline) {
      clearTimeout(this.retryTimer);
      this.drop();
      clearTimeout(this.retryTimer);
    } else {
      this.backoff = 500;
      this.connect();
    }
  }

  receive(msg) {
    // Messages of another document (one closed a moment ago) are not this page's.
    if (documentMessages.has(msg.type) && msg.doc !== undefined && msg.doc !== this.docId) return;
    switch (msg.type) {
    case 'welcome':
      this.backoff = 500;
      this.lastError = null;
      this.me = msg.you;
      this.users = new Map(msg.users.map((u) => [u.id, u]));
      this.title = msg.title;
      this.readOnly = msg.readOnly;
      this.setTree(msg.tree);
      this.emit('welcome', msg);
      this.emit('users');
      this.emit('status', { state: 'online' });
      this.reopen();
      break;
    case 'opened':
      this.language = msg.language;
      this.doc.welcome(msg, this.clientId);
      this.emit('opened', msg);
      break;
    case 'ack':
      this.doc.ack(msg);
      break;
    case 'op':
      this.doc.remoteOp(msg);
      if (msg.selection) this.emit('selection', { user: msg.user, ranges: this.doc.localRanges(msg.selection) });
      break;
    case 'selection':
      this.emit('selection', { user: msg.user, ranges: this.doc.localRanges(msg.ranges) });
      break;
    case 'joined':
      this.users.set(msg.user.id, msg.user);
      this.emit('users');
      break;
    case 'left':
      this.users.delete(msg.user);
      this.emit('users');
      break;
    case 'focus':
      if (this.users.has(msg.user)) this.users.get(msg.user).doc = msg.doc;
      else if (this.me?.id === msg.user) this.me.doc = msg.doc;
      this.emit('users');
      break;
    case 'tree':
      this.treeChanged(msg);
      break;
    case 'disk': {
      // The host's disk lost the file (or has it again); the session keeps it (section 14).
      const file = this.file(msg.doc);
      if (file) {
        file.deletedOnDisk = msg.deleted === true;
        this.emit('tree');
      }
      break;
    }
    case 'chat':
      this.chatLine(msg);
      break;
    case 'language':
      this.language = msg.language;
      this.emit('language', msg.language);
      break;
    case 'settings':
      this.readOnly = msg.readOnly;
      if (this.readOnly && !this.me?.host && this.doc.pending) this.doc.dropPending();
      this.emit('settings');
      break;
    case 'error':
      this.error(msg);
      break;
    default:
      break; // later additions
    }
  }

  // After a welcome: the document shown before (by operations when the server still has them),
  // or else the first file of the tree.
  reopen() {
    if (this.docId && !this.file(this.docId)) {
      this.docId = null; // deleted while the page was away; its text is gone from the session
      this.doc = this.newSync();
    }
    if (this.docId) {
      this.sendOpen();
      return;
    }
    if (this.files.length) this.openDocument(this.files[0].doc);
  }

  setTree(tree) {
    this.treeRevision = tree.revision;
    this.files = tree.entries.filter((e) => e.kind === 'file').sort((a, b) => a.path.localeCompare(b.path));
    this.emit('tree');
  }

  treeChanged(msg) {
    this.treeRevision = msg.revision;
    const inside = (path) => path === msg.path || path.startsWith(`${msg.path}/`);
    if (msg.change === 'create' && msg.entry?.kind === 'file') {
      this.files.push(msg.entry);
    } else if (msg.change === 'rename') {
      for (const f of this.files) {
        if (inside(f.path)) f.path = msg.to + f.path.slice(msg.path.length);
      }
    } else if (msg.change === 'delete') {
      this.files = this.files.filter((f) => !inside(f.path));
    }
    this.files.sort((a, b) => a.path.localeCompare(b.path));
    if (this.docId && !this.file(this.docId)) {
      // The server forgot the document: the page keeps its text, but nothing more is sent.
      this.doc.disconnected();
      this.docId = null;
      this.doc = this.newSync();
      this.emit('document', { doc: null });
    }
    this.emit('tree');
  }

  chatLine(msg) {
    const line = { user: msg.user, name: msg.name ?? this.users.get(msg.user)?.name ?? '?',
                   color: msg.color ?? this.users.get(msg.user)?.color ?? '#555555',
                   time: msg.time, text: msg.text };
    // A rejoin brings the history again: lines already held are dropped (section 14, chat).
    if (msg.history && this.chat.some((l) => l.time === line.time && l.user === line.user && l.text === line.text)) return;
    this.chat.push(line);
    if (this.chat.length > 200) this.chat.shift();
    this.emit('chat', line);
  }

  error(msg) {
    this.lastError = msg.code;
    const ownOp = msg.seq !== undefined && this.doc.inflight && msg.seq === this.doc.inflight.seq
      && (msg.doc === undefined || msg.doc === this.docId);
    if (ownOp && rejoinByText.has(msg.code)) {
      this.byText = true;
      this.drop();
    } else if (ownOp && (msg.code === 'too_large' || msg.code === 'read_only')) {
      this.doc.dropPending();
      this.emit('status', { state: 'online', error: msg.code });
    } else {
      this.emit('status', { state: this.socket ? 'online' : 'offline', error: msg.code });
    }
  }
}
