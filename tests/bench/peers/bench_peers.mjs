// Ensemble, ot.js's reference server and Yjs's y-websocket server, one after another, under the
// same Node load generator (docs/PERFORMANCE.md "Beside ot.js and Yjs"):
//   1. Fanout: one writer keeping 32, then 2,048 edits in flight (a load generator's pace, not an
//      editor's), 10 subscribers; server CPU (the whole process, from /proc) per delivered edit.
//   2. A 10 MB document: creating the room, two joins (each from its hello, or Yjs's sync step 1,
//      to the arrival of the whole answer), then one typist at 10 keys/s at random places and
//      one reader in that room: the remote edit's delay, typist's send to reader's arrival.
// Usage: npm ci --omit=optional (here), then
//   ENSEMBLE_TEST_SERVE=build/release/tests/net/ensemble_test_serve node bench_peers.mjs
// Options (environment): BENCH_SERVERS=ensemble,otjs,yjs  BENCH_SECONDS=5 (fanout)
//   BENCH_TYPING_SECONDS=30  BENCH_SUBSCRIBERS=10  BENCH_ROUNDS=1 (the servers in turn, repeated)
//   BENCH_SCENARIOS=fanout,big  BENCH_WINDOWS=32,2048 (edits in flight, one fanout run each)
//   (servers: ensemble in memory, ensemble-disk with a data directory, otjs, yjs)
//   ENSEMBLE_TEST_SERVE_BEFORE=another build: each Ensemble row is run with it first
//   ("ensemble-before"), so two builds are measured alternately in the same run.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';

const here = new URL('.', import.meta.url).pathname;
const fanoutSeconds = Number(process.env.BENCH_SECONDS || 5);
const typingSeconds = Number(process.env.BENCH_TYPING_SECONDS || 30);
const subscribers = Number(process.env.BENCH_SUBSCRIBERS || 10);
const rounds = Number(process.env.BENCH_ROUNDS || 1);
const scenarios = (process.env.BENCH_SCENARIOS || 'fanout,big').split(',');
// Edits in flight per fanout run: 32 as bench_network's pipelinedWriter keeps, and 2,048 for the
// issue's unthrottled writer (it never waits for a server that keeps up, yet no buffer grows
// without bound).
const windows = (process.env.BENCH_WINDOWS || '32,2048').split(',').map(Number);
const bigLength = 10_000_000;
const clockTicks = 100; // USER_HZ on Linux

// The text of bench_bigroom: program text with what JSON escapes most (an escape every seven
// characters, more than real code has).
function bigText() {
  const line = '\tstd::printf("value %d \\"%s\\"\\n", x, name); // the line that is repeated\n';
  return line.repeat(Math.floor(bigLength / line.length));
}

// ---- servers ----------------------------------------------------------------------------------

function startProcess(command, args, name) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start: ${log}`)), 30000);
    const read = (chunk) => {
      log += chunk;
      const match = /on port (\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        child.stdout.removeAllListeners('data');
        child.stderr.removeAllListeners('data');
        child.stdout.resume();
        child.stderr.resume();
        resolve({
          port: Number(match[1]), pid: child.pid,
          stop: () => new Promise((done) => { child.on('exit', done); child.kill('SIGTERM'); }),
        });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`${name} exited with ${code}: ${log}`)));
  });
}

// In memory (`--data-dir ""`), as the other two servers keep their rooms, or with a data directory
// in /tmp (every edit appended to the room's history, the first checkpoint written on create).
async function startEnsemble(binary, persistent) {
  const dataDir = persistent ? mkdtempSync(join(tmpdir(), 'ensemble-peers-')) : '';
  const server = await startProcess(binary, [
    '--serve', '--port', '0', '--bind', '127.0.0.1', '--data-dir', dataDir,
    '--max-document', String(16 * 1024 * 1024), '--max-message-bytes', String(64 * 1024 * 1024),
    '--message-rate', '0', '--rooms-per-hour', '0'], 'ensemble');
  const stop = server.stop;
  server.stop = async () => {
    await stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  return server;
}

/** Seconds of CPU the process has used so far (all its threads): [user, system]. */
function cpuSplit(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [Number(fields[11]) / clockTicks, Number(fields[12]) / clockTicks];
}

/** Seconds of CPU the process has used so far (all its threads, user and system). */
function cpuSeconds(pid) {
  const [user, system] = cpuSplit(pid);
  return user + system;
}

// ---- clients ----------------------------------------------------------------------------------

function open(url) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { maxPayload: 256 * 1024 * 1024, perMessageDeflate: false });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Resolves with the first message for which `test(data)` holds (the handler stays). */
function nextMessage(socket, test) {
  return new Promise((resolve) => {
    const handler = (data) => {
      if (test(data)) { socket.off('message', handler); resolve(data); }
    };
    socket.on('message', handler);
  });
}

const startsWith = (data, prefix) => data.length >= prefix.length
  && data.toString('latin1', 0, prefix.length) === prefix;

// Ensemble and the ot.js server speak the same JSON: one client for both.
const jsonOt = {
  hello(name, create) {
    return JSON.stringify({ type: 'hello', protocol: 1, name, color: '#102030', client: name,
                            ...(create !== undefined ? { create: { text: create } } : {}) });
  },
  /** Joins (creating with `create` if given): {socket, revision, length, helloToWelcomeMs}. */
  async join(url, name, create) {
    const socket = await open(url);
    const welcome = nextMessage(socket, (d) => startsWith(d, '{"type":"welcome"'));
    const hello = this.hello(name, create);
    const started = performance.now();
    socket.send(hello);
    const data = await welcome;
    const ms = performance.now() - started;
    const message = JSON.parse(data.toString('utf8'));
    return { socket, revision: message.revision, length: message.text.length, ms };
  },
  isRelay: (data) => startsWith(data, '{"type":"op"'),
  /** An editor that sends `[pos, text, rest]` / `[pos, -n, rest]` edits. */
  writer(client) {
    let revision = client.revision;
    let seq = 0;
    return {
      insert(position, text, length) {
        client.socket.send(JSON.stringify({ type: 'op', revision: revision++, seq: ++seq,
                                            op: trim([position, text, length - position]) }));
      },
      remove(position, count, length) {
        client.socket.send(JSON.stringify({ type: 'op', revision: revision++, seq: ++seq,
                                            op: trim([position, -count,
                                                      length - position - count]) }));
      },
    };
  },
};

function trim(op) {
  return op.filter((c) => c !== 0);
}

// Yjs: sync protocol messages (y-protocols) over a raw socket, and a Y.Doc only where a client
// must make edits.
const SYNC = 0;
function syncStep1(doc) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}
function syncUpdate(update) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}
function syncStep2(update) {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
const isYjsStep2 = (data) => data[0] === SYNC && data[1] === syncProtocol.messageYjsSyncStep2;
const isYjsUpdate = (data) => data[0] === SYNC && data[1] === syncProtocol.messageYjsUpdate;
function payload(data) {
  const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.length));
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

const yjs = {
  /** Joins; with `doc`, keeps it in step (a client that edits). {socket, doc, ms}. */
  async join(url, doc) {
    const socket = await open(url);
    const answer = nextMessage(socket, isYjsStep2);
    const started = performance.now();
    socket.send(syncStep1(doc || new Y.Doc()));
    const data = await answer;
    const ms = performance.now() - started;
    if (doc)
      Y.applyUpdate(doc, payload(data));
    return { socket, doc, ms };
  },
  isRelay: isYjsUpdate,
  writer(client) {
    const text = client.doc.getText('text');
    client.doc.on('update', (update) => client.socket.send(syncUpdate(update)));
    return {
      insert(position, inserted) { text.insert(position, inserted); },
      remove(position, count) { text.delete(position, count); },
    };
  },
};

// ---- scenarios --------------------------------------------------------------------------------

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

// Nearest rank: of 100 delays the 99th percentile is the second slowest, not the slowest.
function percentile(sorted, p) {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

// One writer keeping `window` edits in flight (counted at the slowest subscriber: Yjs has no
// acknowledgement), each a 3-unit insert at the start and then its deletion, so the document
// stays 1,000 units long and no server pays for a growing text.
async function fanout(kind, server, url, window) {
  const initial = 'x'.repeat(1000);
  const received = new Array(subscribers).fill(0);
  let writerClient;
  if (kind === 'yjs') {
    writerClient = await yjs.join(url, new Y.Doc());
    const writer = yjs.writer(writerClient);
    writer.insert(0, initial);
    writerClient.writer = writer;
  } else {
    writerClient = await jsonOt.join(url, 'writer', initial);
    writerClient.writer = jsonOt.writer(writerClient);
  }
  const subs = [];
  for (let i = 0; i < subscribers; ++i) {
    const client = kind === 'yjs' ? await yjs.join(url) : await jsonOt.join(url, `sub-${i}`);
    const isRelay = kind === 'yjs' ? yjs.isRelay : jsonOt.isRelay;
    client.socket.on('message', (data) => { if (isRelay(data)) ++received[i]; });
    subs.push(client);
  }
  await wait(300); // joins and the first edit's relays settle
  received.fill(0);
  let written = 0;
  let writing = true;
  const slowest = () => Math.min(...received);
  const write = () => {
    while (writing && written - slowest() < window) {
      if (written % 2 === 0)
        writerClient.writer.insert(0, 'abc', initial.length);
      else
        writerClient.writer.remove(0, 3, initial.length + 3);
      ++written;
    }
  };
  for (const client of subs) client.socket.on('message', () => write());
  const cpuStart = cpuSplit(server.pid);
  const started = performance.now();
  write();
  await wait(fanoutSeconds * 1000);
  writing = false;
  while (slowest() < written) await wait(5);
  const seconds = (performance.now() - started) / 1000;
  const [user, system] = cpuSplit(server.pid).map((s, i) => s - cpuStart[i]);
  const delivered = received.reduce((a, b) => a + b, 0);
  for (const client of [writerClient, ...subs]) client.socket.close();
  return { written, delivered, perSecond: delivered / seconds,
           cpuUs: (user + system) * 1e6 / delivered, systemUs: system * 1e6 / delivered };
}

async function bigDocument(kind, server, base) {
  const text = bigText();
  const url = `${base}/${randomUUID()}`;
  const result = {};
  let cpu = cpuSeconds(server.pid);
  if (kind === 'yjs') {
    // No answer to a create in this protocol: the time until a client already in the (empty)
    // room has the creator's 10 MB, as a joiner's welcome carries it back in the others.
    const observer = await open(url);
    const arrived = nextMessage(observer, isYjsUpdate);
    const creator = await open(url);
    const doc = new Y.Doc();
    doc.getText('text').insert(0, text);
    const message = syncStep2(Y.encodeStateAsUpdate(doc));
    const started = performance.now();
    creator.send(message);
    await arrived;
    result.createMs = performance.now() - started;
    observer.close();
    creator.close();
  } else {
    const creator = await jsonOt.join(url, 'creator', text);
    result.createMs = creator.ms;
    if (creator.length !== text.length)
      throw new Error(`created ${creator.length} units, not ${text.length}`);
    creator.socket.close();
  }
  result.createCpuMs = (cpuSeconds(server.pid) - cpu) * 1000;
  await wait(500);
  result.joins = [];
  for (let i = 0; i < 2; ++i) {
    cpu = cpuSeconds(server.pid);
    const joiner = kind === 'yjs' ? await yjs.join(url) : await jsonOt.join(url, `joiner-${i}`);
    result.joins.push({ ms: joiner.ms, cpuMs: (cpuSeconds(server.pid) - cpu) * 1000 });
    joiner.socket.close();
    await wait(300);
  }
  // One typist at random places, one reader; every edit's send matched with its arrival.
  const typist = kind === 'yjs' ? await yjs.join(url, new Y.Doc()) : await jsonOt.join(url, 'typist');
  const reader = kind === 'yjs' ? await yjs.join(url) : await jsonOt.join(url, 'reader');
  const writer = (kind === 'yjs' ? yjs : jsonOt).writer(typist);
  const isRelay = (kind === 'yjs' ? yjs : jsonOt).isRelay;
  const sent = [];
  const delays = [];
  reader.socket.on('message', (data) => {
    if (isRelay(data) && sent.length > delays.length)
      delays.push(performance.now() - sent[delays.length]);
  });
  await wait(300);
  // The 10 MB texts of the create and the joins are garbage now: collected here rather than in
  // a pause of this process in the middle of the typing, which would count as the server's delay.
  collectGarbage();
  const generatorDelay = monitorEventLoopDelay({ resolution: 1 });
  generatorDelay.enable();
  let length = text.length;
  const keys = typingSeconds * 10;
  for (let i = 0; i < keys; ++i) {
    const position = Math.floor(Math.random() * length);
    sent.push(performance.now());
    writer.insert(position, 'k', length);
    ++length;
    await wait(100);
  }
  while (delays.length < keys) await wait(10);
  generatorDelay.disable();
  delays.sort((a, b) => a - b);
  result.edit = { p50: percentile(delays, 0.5), p99: percentile(delays, 0.99),
                  max: delays[delays.length - 1], generatorMax: generatorDelay.max / 1e6 };
  typist.socket.close();
  reader.socket.close();
  return result;
}

// ---- the run ------------------------------------------------------------------------------------

const before = process.env.ENSEMBLE_TEST_SERVE_BEFORE;
const servers = {
  ensemble: { start: () => startEnsemble(process.env.ENSEMBLE_TEST_SERVE, false) },
  'ensemble-disk': { start: () => startEnsemble(process.env.ENSEMBLE_TEST_SERVE, true) },
  'ensemble-before': { start: () => startEnsemble(before, false) },
  'ensemble-disk-before': { start: () => startEnsemble(before, true) },
  otjs: { start: () => startProcess('node', [join(here, 'otjs_server.cjs')], 'otjs') },
  yjs: { start: () => startProcess('node', [join(here, 'yjs_server.cjs')], 'yjs') },
};
// With a build to compare, each Ensemble row is run before and after, alternately.
const names = (process.env.BENCH_SERVERS || 'ensemble,ensemble-disk,otjs,yjs').split(',')
  .flatMap((name) => (before && (name === 'ensemble' || name === 'ensemble-disk')
    ? [`${name}-before`, name] : [name]));
for (const name of names) {
  if (!servers[name]) throw new Error(`unknown server ${name}`);
}
if (!process.env.ENSEMBLE_TEST_SERVE && names.some((name) => name.startsWith('ensemble')))
  throw new Error('set ENSEMBLE_TEST_SERVE to ensemble_test_serve (a release build)');

const rows = [];
const fmt = (x, digits = 1) => x.toFixed(digits);
for (let round = 1; round <= rounds; ++round) {
  for (const name of names) {
    const load = loadavg()[0];
    const server = await servers[name].start();
    const base = `ws://127.0.0.1:${server.port}`;
    const kind = name === 'yjs' ? 'yjs' : 'ot';
    const fanouts = [];
    for (const window of scenarios.includes('fanout') ? windows : [])
      fanouts.push(await fanout(kind, server, `${base}/${randomUUID()}`, window));
    const big = scenarios.includes('big') ? await bigDocument(kind, server, base)
      : { createMs: NaN, createCpuMs: NaN, joins: [{ ms: NaN, cpuMs: NaN }, { ms: NaN, cpuMs: NaN }],
          edit: { p50: NaN, p99: NaN, max: NaN, generatorMax: NaN } };
    await server.stop();
    const row = { round, name, load, fanouts, big };
    rows.push(row);
    console.log(`${name} (round ${round}, load ${fmt(load, 2)}): `
                + fanouts.map((f, i) => `fanout with ${windows[i]} in flight ${f.written} written, `
                  + `${Math.round(f.perSecond)} delivered/s, ${fmt(f.cpuUs, 2)} us server CPU per `
                  + `delivery (${fmt(f.systemUs, 2)} us system); `).join('')
                + `10 MB create ${fmt(big.createMs)} ms (CPU ${fmt(big.createCpuMs)}), `
                + `joins ${big.joins.map((j) => `${fmt(j.ms)} ms (CPU ${fmt(j.cpuMs)})`).join(', ')}, `
                + `remote edit p50 ${fmt(big.edit.p50, 2)} p99 ${fmt(big.edit.p99, 2)} `
                + `max ${fmt(big.edit.max, 2)} ms (this generator's own event loop held up to `
                + `${fmt(big.edit.generatorMax, 2)} ms)`);
  }
}

const fanoutColumns = scenarios.includes('fanout') ? windows : [];
console.log('\n| round | server | load | '
            + fanoutColumns.map((w) => `fanout, ${w} in flight: delivered/s, server CPU per delivery `
                                       + '(system) | ').join('')
            + '10 MB: create (server CPU) | join 1 | join 2 | remote edit p50 / p99 / max '
            + '(generator\'s own longest stall) |');
console.log(`|---|---|---|${'---|'.repeat(fanoutColumns.length)}---|---|---|---|`);
for (const { round, name, load, fanouts, big } of rows) {
  console.log(`| ${round} | ${name} | ${fmt(load, 2)} | `
              + fanouts.map((f) => `${Math.round(f.perSecond)}, ${fmt(f.cpuUs, 2)} µs `
                                   + `(${fmt(f.systemUs, 2)}) | `).join('')
              + `${fmt(big.createMs)} ms (${fmt(big.createCpuMs)}) `
              + `| ${big.joins.map((j) => `${fmt(j.ms)} ms (${fmt(j.cpuMs)})`).join(' | ')} `
              + `| ${fmt(big.edit.p50, 2)} / ${fmt(big.edit.p99, 2)} / ${fmt(big.edit.max, 2)} ms `
              + `(${fmt(big.edit.generatorMax, 2)} ms) |`);
}
