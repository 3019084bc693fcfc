// One connection to a room (protocol sections 1, 3-5, 7-9): the hello, the welcome, the
// participants, errors, and reconnecting with backoff. Document messages go to a DocumentSync.
import { DocumentSync } from './DocumentSync.js';

// Close codes after which trying again cannot help (section 9); 4003 asks for the password.
const finalCodes = new Set([4001, 4003, 4004, 4005, 4006, 4007, 4009, 4010, 4011, 4012, 4015, 1011]);
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
    this.doc = new DocumentSync({ ...editorHooks, send: (m) => this.send(m) });
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
      const hello = { type: 'hello', protocol: 1, name: this.name, color: this.color,
                      client: this.clientId, ...this.doc.rejoinFields(this.byText) };
      if (this.password) hello.password = this.password;
      this.byText = false;
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
    switch (msg.type) {
    case 'welcome':
      this.backoff = 500;
      this.lastError = null;
      this.me = msg.you;
      this.users = new Map(msg.users.map((u) => [u.id, u]));
      this.language = msg.language;
      this.title = msg.title;
      this.readOnly = msg.readOnly;
      this.doc.welcome(msg, this.clientId);
      this.emit('welcome', msg);
      this.emit('users');
      for (const u of msg.users) {
        if (u.selection) this.emit('selection', { user: u.id, ranges: this.doc.localRanges(u.selection) });
      }
      this.emit('status', { state: 'online' });
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
      this.emit('selection', { user: msg.user, ranges: [] });
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
      break; // chat and later additions
    }
  }

  error(msg) {
    this.lastError = msg.code;
    const ownOp = msg.seq !== undefined && this.doc.inflight && msg.seq === this.doc.inflight.seq;
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
