// One document's share of a session: ot.js's client state machine (protocol section 6) with the
// rejoin rules of section 7. It knows nothing of sockets or of the editor: the session feeds it
// the server's messages and sends what it returns, the editor applies the operations it hands
// back through `applyRemote`. Protocol 2 keeps one of these per document.
import { TextOperation, diff, transformRanges } from './ot.js';

// A burst of typing goes out as one message once it pauses this long, and at the latest this long
// after its first edit (Ensemble sends after 100 ms / 400 ms; a browser a little sooner).
const idleMs = 40;
const longestMs = 200;

export class DocumentSync {
  /**
   * @param {object} hooks
   *   text(): the editor's text;
   *   applyRemote(op): apply a transformed server operation to the editor;
   *   selection(): the local selection as protocol ranges;
   *   send(message): send a message when connected (returns false when not).
   */
  constructor(hooks) {
    this.hooks = hooks;
    this.revision = -1; // the last server revision seen; -1 before the first welcome
    this.serverText = ''; // the server's text at `revision`
    this.inflight = null; // {op, seq}
    this.buffer = null;
    this.lastSeq = 0;
    this.epoch = null;
    this.connected = false;
    this.selectionDirty = false;
    this.timer = null;
    this.burstStart = 0;
  }

  /** Whether there is work the server has not acknowledged. */
  get pending() {
    return this.inflight !== null || this.buffer !== null;
  }

  /** The fields a rejoining hello carries (none before the first welcome or for a text rejoin). */
  rejoinFields(byText) {
    if (this.revision < 0 || byText || this.epoch === null) return {};
    return { revision: this.revision, epoch: this.epoch };
  }

  /** The user edited the text: `op` turned the previous text into the editor's current one. */
  localEdit(op) {
    this.buffer = this.buffer ? this.buffer.compose(op) : op;
    this.schedule();
  }

  /** The user's selection moved without an edit. */
  localSelection() {
    this.selectionDirty = true;
    this.schedule();
  }

  schedule() {
    if (!this.connected) return;
    const now = Date.now();
    if (this.timer === null) this.burstStart = now;
    clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(idleMs, this.burstStart + longestMs - now));
    this.timer = setTimeout(() => { this.timer = null; this.flush(); }, wait);
  }

  flush() {
    if (!this.connected || this.inflight) return;
    if (this.buffer) {
      this.inflight = { op: this.buffer, seq: ++this.lastSeq };
      this.buffer = null;
      this.selectionDirty = false;
      this.hooks.send({ type: 'op', revision: this.revision, seq: this.inflight.seq,
                        op: this.inflight.op.toJSON(), selection: this.hooks.selection() });
    } else if (this.selectionDirty) {
      this.selectionDirty = false;
      this.hooks.send({ type: 'selection', revision: this.revision, ranges: this.hooks.selection() });
    }
  }

  /** The welcome of a (re)join. Throws when its operations do not fit (the caller rejoins by text). */
  welcome(msg, clientId) {
    this.epoch = msg.epoch;
    if (this.revision < 0) {
      this.serverText = msg.text;
      this.revision = msg.revision;
      this.lastSeq = msg.lastSeq;
      this.hooks.applyRemote(diff(this.hooks.text(), msg.text));
    } else if (msg.ops) {
      for (const entry of msg.ops) {
        if (this.inflight && entry.client === clientId && entry.seq === this.inflight.seq) {
          this.ack({ revision: entry.revision, seq: entry.seq });
        } else {
          this.remoteOp(entry);
        }
      }
    } else {
      this.mergeText(msg);
    }
    this.lastSeq = Math.max(this.lastSeq, msg.lastSeq);
    this.revision = msg.revision;
    // An op in flight that was not applied travels again with the offline edits.
    if (this.inflight) {
      this.buffer = this.buffer ? this.inflight.op.compose(this.buffer) : this.inflight.op;
      this.inflight = null;
    }
    this.connected = true;
    this.selectionDirty = true;
    this.flush();
  }

  mergeText(msg) {
    let base = this.serverText;
    let work = this.buffer;
    if (this.inflight) {
      if (msg.lastSeq >= this.inflight.seq) {
        base = this.inflight.op.apply(base); // already in the server's text
      } else {
        work = work ? this.inflight.op.compose(work) : this.inflight.op;
      }
      this.inflight = null;
    }
    const change = diff(base, msg.text);
    if (work) {
      const [workPrime, changePrime] = TextOperation.transform(work, change);
      this.buffer = workPrime;
      this.hooks.applyRemote(changePrime);
    } else {
      this.buffer = null;
      this.hooks.applyRemote(change);
    }
    this.serverText = msg.text;
  }

  /** `ack` from the server. Throws when none was expected. */
  ack(msg) {
    if (!this.inflight || msg.seq !== this.inflight.seq) throw new Error('unexpected ack');
    this.serverText = this.inflight.op.apply(this.serverText);
    this.revision = msg.revision;
    this.inflight = null;
    this.flush();
  }

  /** Someone else's `op`. Throws when it does not fit the server's text. */
  remoteOp(msg) {
    let op = TextOperation.fromJSON(msg.op);
    this.serverText = op.apply(this.serverText);
    this.revision = msg.revision;
    if (this.inflight) {
      const [inflight, opPrime] = TextOperation.transform(this.inflight.op, op);
      this.inflight.op = inflight;
      op = opPrime;
    }
    if (this.buffer) {
      const [buffer, opPrime] = TextOperation.transform(this.buffer, op);
      this.buffer = buffer;
      op = opPrime;
    }
    this.hooks.applyRemote(op);
  }

  /** Ranges in the server's text at `revision`, moved into the local text. */
  localRanges(ranges) {
    return transformRanges(this.buffer, transformRanges(this.inflight?.op, ranges));
  }

  /** The connection closed: edits stay in the buffer until the next welcome. */
  disconnected() {
    this.connected = false;
    clearTimeout(this.timer);
    this.timer = null;
  }

  /** The room became read-only for this client: unsent work is taken back. */
  dropPending() {
    const local = this.hooks.text();
    this.inflight = null;
    this.buffer = null;
    this.hooks.applyRemote(diff(local, this.serverText));
  }
}
