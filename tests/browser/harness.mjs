// Shared by the browser tests: a room server started for the test (`ensemble_test_serve`, on a
// free port), Debian's headless Chromium driven by playwright-core, and rooms made through a
// page's own WebSocket (a hello with `create`, as any client may send).
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const serveBinary = process.env.ENSEMBLE_TEST_SERVE;

/** Starts a server; resolves to {port, base, stop()}. `tls`: serve with the test certificate. */
export async function startServer({ tls = false } = {}) {
  const tlsDir = new URL('../net/tls/', import.meta.url).pathname;
  const extraArgs = tls ? ['--cert', `${tlsDir}server.pem`, '--key', `${tlsDir}server-key.pem`] : [];
  const dataDir = mkdtempSync(join(tmpdir(), 'ensemble-browser-'));
  const child = spawn(serveBinary, ['--serve', '--port', '0', '--bind', '127.0.0.1',
                                    '--data-dir', dataDir, ...extraArgs],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${log}`)), 30000);
    const read = (chunk) => {
      log += chunk;
      const match = /on port (\d+)/.exec(log);
      if (match) { clearTimeout(timer); resolve(Number(match[1])); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${log}`)));
  });
  return {
    port,
    base: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    log: () => log,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with a fresh profile. */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'ensemble-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    // The test certificate is self-signed: a guest compares its fingerprint by hand instead.
    ignoreHTTPSErrors: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context,
    async newContext() { return context; },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function newRoomId() {
  return crypto.randomUUID();
}

/** Creates a room with `text` (and `password`) through a WebSocket from `page`. */
export async function createRoom(page, base, text, password) {
  const room = newRoomId();
  await page.goto(`${base}/`);
  const answer = await page.evaluate(async ({ room, text, password }) => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/${room}`);
    return await new Promise((resolve) => {
      socket.onopen = () => socket.send(JSON.stringify({
        type: 'hello', protocol: 1, name: 'Creator', color: '#000000', client: `creator-${room}`,
        create: { text, language: 'cpp', title: 'main.cpp', ...(password ? { password } : {}) },
      }));
      socket.onmessage = (event) => { socket.close(); resolve(JSON.parse(event.data)); };
      socket.onclose = (event) => resolve({ type: 'closed', code: event.code });
    });
  }, { room, text, password });
  if (answer.type !== 'welcome') throw new Error(`cannot create a room: ${JSON.stringify(answer)}`);
  return room;
}

/** Adds file `path` with `text` to session `room` (a protocol 2 `create`) from `page`. */
export async function createFile(page, room, path, text) {
  const answer = await page.evaluate(async ({ room, path, text }) => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(`${scheme}://${location.host}/${room}`);
    return await new Promise((resolve) => {
      socket.onopen = () => socket.send(JSON.stringify({
        type: 'hello', protocol: 2, name: 'Creator', color: '#000000', client: `files-${room}`,
      }));
      socket.onmessage = (event) => {
        const message = JSON.parse(event.data);
        if (message.type === 'welcome') socket.send(JSON.stringify({ type: 'create', path, kind: 'file', text }));
        if (message.type === 'tree' || message.type === 'error') { socket.close(); resolve(message); }
      };
      socket.onclose = (event) => resolve({ type: 'closed', code: event.code });
    });
  }, { room, path, text });
  if (answer.type !== 'tree') throw new Error(`cannot create ${path}: ${JSON.stringify(answer)}`);
}

/** Opens the room's web link in a new page and joins as `name`. */
export async function joinPage(context, base, room, name, password = '') {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.problems = problems;
  await page.goto(`${base}/${room}`);
  await page.fill('#name', name);
  if (password) await page.fill('#password', password);
  await page.click('#joinbutton');
  return page;
}

export async function waitOnline(page) {
  await page.waitForFunction(() => document.body.dataset.state === 'online'
                             && window.ensemble.session.doc.connected);
}

export const textOf = (page) => page.evaluate(() => window.ensemble.text());

/** Waits until `predicate(texts)` holds for the pages' texts (up to `ms`). */
export async function waitForTexts(pages, predicate, ms = 30000) {
  const end = Date.now() + ms;
  let texts = [];
  while (Date.now() < end) {
    texts = await Promise.all(pages.map(textOf));
    if (predicate(texts)) return texts;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`texts did not settle: ${JSON.stringify(texts)}`);
}

export function check(condition, message) {
  if (!condition) throw new Error(message);
}
