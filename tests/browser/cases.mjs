// Ensemble's web client in a real browser (Debian's headless Chromium): `node cases.mjs CASE`,
// with ENSEMBLE_TEST_SERVE naming the server binary, ENSEMBLE_PY_CLIENT the Python client
// (tests/net/ensemble_client.py), a native client written from docs/PROTOCOL.md, and
// ENSEMBLE_EXECUTABLE the desktop app.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startServer, launchBrowser, createRoom, createFile, joinPage, waitOnline, textOf, waitForTexts, check,
} from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The Python client makes `edits` one-letter inserts ("p") at random places, then waits for
// "END" in the text and prints {text, revision}.
function pythonClient(port, room, edits) {
  const child = spawn('/usr/bin/python3', [process.env.ENSEMBLE_PY_CLIENT, `ws://127.0.0.1:${port}/${room}`, String(edits)],
                      { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (c) => { out += c; });
  child.stderr.on('data', (c) => { err += c; });
  return new Promise((resolve, reject) => child.on('exit', (code) => {
    if (code === 0) resolve(JSON.parse(out));
    else reject(new Error(`python client failed (${code}): ${err}`));
  }));
}

// The desktop app's session client (protocol 2, tests/net/ensemble_test_folderpeer.cpp): resolves
// to {events, waitFor(predicate), chat(text), stop()} once it has joined.
async function folderPeer(port, room) {
  const child = spawn(process.env.ENSEMBLE_TEST_FOLDERPEER, [String(port), room],
                      { stdio: ['pipe', 'pipe', 'inherit'] });
  const events = [];
  let rest = '';
  child.stdout.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop();
    for (const line of lines) events.push(JSON.parse(line));
  });
  const peer = {
    events,
    async waitFor(predicate, ms = 20000) {
      const end = Date.now() + ms;
      while (Date.now() < end) {
        if (events.some(predicate)) return;
        await sleep(50);
      }
      throw new Error(`the app client did not see it; it saw ${JSON.stringify(events)}`);
    },
    chat(text) { child.stdin.write(`${JSON.stringify({ chat: text })}\n`); },
    stop() { child.stdin.end(); child.kill(); },
  };
  await peer.waitFor((e) => e.event === 'ready');
  return peer;
}

// The desktop app sharing a folder of `files` (path -> text), offscreen, with its settings in a
// temporary home: resolves to {folder, base, room, stop()} once it prints its invite. Browsers
// join from the page it serves on its own port (TLS with its self-signed certificate).
async function hostFolder(files) {
  const home = mkdtempSync(join(tmpdir(), 'ensemble-host-'));
  const folder = join(home, 'project');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  const env = { ...process.env, QT_QPA_PLATFORM: 'offscreen', HOME: home,
                XDG_CONFIG_HOME: join(home, 'config'), XDG_DATA_HOME: join(home, 'data') };
  const child = spawn(process.env.ENSEMBLE_EXECUTABLE, ['--host', '--name', 'Hana', folder],
                      { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (c) => { err += c; });
  const invite = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the app did not host: ${err}`)), 60000);
    child.stdout.on('data', (c) => {
      out += c;
      // The invite names the machine's address (IPv4, a name or [IPv6]); the page uses 127.0.0.1.
      const match = /^ensemble:\/\/(?:\[[^\]]*\]|[^:/]+):(\d+)\/([0-9a-f-]+)/m.exec(out);
      if (match) { clearTimeout(timer); resolve({ port: match[1], room: match[2] }); }
    });
    child.on('exit', (code) => reject(new Error(`the app exited with ${code}: ${err}`)));
  });
  return {
    folder,
    base: `https://127.0.0.1:${invite.port}`,
    room: invite.room,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      rmSync(home, { recursive: true, force: true });
    },
  };
}

// Types `count` tokens ("A0;", "A1;", ...) key by key, with pauses, at the page's caret.
async function typeTokens(page, letter, count) {
  const tokens = [];
  for (let i = 0; i < count; i++) {
    const token = `${letter}${i};`;
    tokens.push(token);
    await page.keyboard.type(token, { delay: 5 });
    await sleep(Math.random() * 30);
  }
  return tokens;
}

const cases = {
  // Three pages and the native client type at once; all end with one text holding every token
  // once and every one of the client's inserts.
  async concurrentTyping(server, browser) {
    const setup = await browser.context.newPage();
    const room = await createRoom(setup, server.base, 'start\n');
    const pages = [];
    for (const name of ['Ada', 'Bob', 'Cy']) pages.push(await joinPage(browser.context, server.base, room, name));
    await Promise.all(pages.map(waitOnline));
    await Promise.all(pages.map((p) => p.click('.cm-content')));
    const edits = 60;
    const python = pythonClient(server.port, room, edits);
    python.catch(() => {}); // awaited below; a failure must not end the process before that
    const typed = (await Promise.all(pages.map((p, i) => typeTokens(p, 'ABC'[i], 25)))).flat();
    // Once everyone's edits are everywhere, a page types END and the native client finishes.
    await waitForTexts(pages, (ts) => ts.every((t) => t === ts[0] && (t.match(/p/g) || []).length === edits
                                               && typed.every((token) => t.replace(/p/g, '').includes(token))));
    await pages[0].keyboard.press('Control+End');
    await pages[0].keyboard.type('END');
    const native = await python;
    const texts = await waitForTexts(pages, (ts) => ts.every((t) => t === native.text));
    const letters = texts[0].replace(/p/g, '');
    for (const token of typed) {
      check(letters.split(token).length === 2, `token ${token} is not there once: ${JSON.stringify(texts[0])}`);
    }
    check((texts[0].match(/p/g) || []).length === edits, 'the native client\'s inserts');
    for (const p of pages) check(p.problems.length === 0, `page errors: ${p.problems}`);
  },

  // A page loses the network, keeps typing, comes back and merges with what others typed.
  async offlineMerge(server, browser) {
    const setup = await browser.context.newPage();
    const room = await createRoom(setup, server.base, 'one\ntwo\n');
    const ada = await joinPage(browser.context, server.base, room, 'Ada');
    const bob = await joinPage(browser.context, server.base, room, 'Bob');
    await Promise.all([ada, bob].map(waitOnline));
    await ada.click('.cm-content');
    await ada.keyboard.press('Control+Home');
    await ada.keyboard.type('ada1 ');
    await waitForTexts([bob], ([t]) => t.includes('ada1'));
    // Cut off: the page sees the browser go offline and its socket closes.
    await ada.evaluate(() => window.dispatchEvent(new Event('offline')));
    await ada.waitForFunction(() => document.body.dataset.state === 'offline');
    await ada.keyboard.type('offline-words ');
    await bob.click('.cm-content');
    await bob.keyboard.press('Control+End');
    await bob.keyboard.type('bob-while-ada-was-away');
    await sleep(300);
    check(!(await textOf(ada)).includes('bob-while'), 'the offline page got edits');
    await ada.evaluate(() => window.dispatchEvent(new Event('online')));
    const [text] = await waitForTexts([ada, bob], ([a, b]) => a === b && a.includes('offline-words')
                                                          && a.includes('bob-while-ada-was-away'));
    check(text === 'ada1 offline-words one\ntwo\nbob-while-ada-was-away', JSON.stringify(text));
  },

  // After a reconnect the page shows the carets of those present only: not of a participant who
  // left while it was away.
  async staleCarets(server, browser) {
    const setup = await browser.context.newPage();
    const room = await createRoom(setup, server.base, 'one\ntwo\n');
    const pages = [];
    for (const name of ['Ada', 'Bob', 'Cy']) pages.push(await joinPage(browser.context, server.base, room, name));
    const [ada, bob, cy] = pages;
    await Promise.all(pages.map(waitOnline));
    const caretNames = (page) => page.$$eval('.ens-caret-name', (labels) => labels.map((l) => l.textContent).sort());
    for (const p of [bob, cy]) {
      await p.click('.cm-content');
      await p.keyboard.press('Control+End');
      await p.keyboard.type(p === bob ? 'b' : 'c');
    }
    await ada.waitForFunction(() => document.querySelectorAll('.ens-caret').length === 2);
    await ada.evaluate(() => window.dispatchEvent(new Event('offline')));
    await ada.waitForFunction(() => document.body.dataset.state === 'offline');
    await bob.close();
    await sleep(300);
    await ada.evaluate(() => window.dispatchEvent(new Event('online')));
    await waitOnline(ada);
    await ada.waitForFunction(() => document.querySelectorAll('.ens-caret').length === 1);
    await sleep(300);
    const names = await caretNames(ada);
    check(JSON.stringify(names) === '["Cy"]', `carets after the reconnect: ${JSON.stringify(names)}`);
  },

  // Protocol 2: the page shows the session's files and who is where, opens a second document and
  // types in it, and chats; the desktop app's client sees the edit, the focus and the chat, and
  // its chat line reaches the page.
  async folderAndChat(server, browser) {
    const setup = await browser.context.newPage();
    const room = await createRoom(setup, server.base, 'int main() {}\n');
    await createFile(setup, room, 'src/notes.md', 'notes\n');
    const app = await folderPeer(server.port, room);
    try {
      const ada = await joinPage(browser.context, server.base, room, 'Ada');
      await waitOnline(ada);
      await ada.waitForFunction(() => document.querySelectorAll('#files li').length === 2);
      const files = await ada.$$eval('#files li button', (bs) => bs.map((b) => b.textContent));
      check(JSON.stringify(files) === '["main.cpp","src/notes.md"]', `files: ${JSON.stringify(files)}`);
      // Nobody hosts from an app here: the room's title names it.
      check((await ada.textContent('#title')) === 'main.cpp', `the title reads ${await ada.textContent('#title')}`);
      await ada.click('#files li:nth-child(2) button');
      await ada.waitForFunction(() => window.ensemble.text() === 'notes\n' && window.ensemble.session.doc.connected);
      check((await ada.textContent('#path')) === 'src/notes.md', 'the path of the open file');
      await app.waitFor((e) => e.event === 'focus' && e.name === 'Ada' && e.path === 'src/notes.md');
      await ada.click('.cm-content');
      await ada.keyboard.press('Control+End');
      await ada.keyboard.type('from the page');
      await app.waitFor((e) => e.event === 'text' && e.path === 'src/notes.md' && e.text === 'notes\nfrom the page');
      check(!app.events.some((e) => e.event === 'text' && e.path === 'main.cpp' && e.text.includes('page')),
            'the edit went into the other document');
      // The app participant's dot is beside main.cpp, Ada's beside src/notes.md.
      const dots = await ada.$$eval('#files li', (items) => items.map((i) => i.querySelectorAll('.swatch').length));
      check(JSON.stringify(dots) === '[1,1]', `who is where: ${JSON.stringify(dots)}`);
      await ada.fill('#chatinput', 'hello app');
      await ada.press('#chatinput', 'Enter');
      await app.waitFor((e) => e.event === 'chat' && e.name === 'Ada' && e.text === 'hello app');
      app.chat('hello page');
      await ada.waitForFunction(() => [...document.querySelectorAll('#chat li')]
        .some((li) => li.textContent === 'Apphello page'));
      check(ada.problems.length === 0, `page errors: ${ada.problems}`);
    } finally {
      app.stop();
    }
  },

  // A file deleted on the host's disk while a page works in it is kept, and the page marks it
  // until the file is back.
  async deletedOnDisk(server, browser) {
    const app = await hostFolder({ 'main.cpp': 'int main() {}\n', 'src/notes.md': 'notes\n' });
    try {
      const ada = await joinPage(browser.context, app.base, app.room, 'Ada');
      await waitOnline(ada);
      await ada.waitForFunction(() => document.querySelectorAll('#files li').length === 2);
      // A shared folder is named by who shares it, not by its first file.
      check((await ada.textContent('#title')) === 'Shared by Hana', `the title reads ${await ada.textContent('#title')}`);
      check((await ada.title()) === 'Shared by Hana — Ensemble', `the page's title is ${await ada.title()}`);
      await ada.click('#files li:nth-child(2) button');
      await ada.waitForFunction(() => window.ensemble.text() === 'notes\n' && window.ensemble.session.doc.connected);
      const marked = () => ada.$$eval('#files li', (items) => items.map((i) => i.classList.contains('deleted-on-disk')));
      check(JSON.stringify(await marked()) === '[false,false]', 'a file is marked before any deletion');
      rmSync(join(app.folder, 'src', 'notes.md'));
      await ada.waitForFunction(() => document.querySelector('#files li:nth-child(2)').classList.contains('deleted-on-disk'),
                                null, { timeout: 20000 });
      check(JSON.stringify(await marked()) === '[false,true]', `marks: ${JSON.stringify(await marked())}`);
      const label = await ada.textContent('#files li:nth-child(2) button');
      check(label === 'src/notes.md (deleted on disk)', `the file reads ${JSON.stringify(label)}`);
      // Still in the session, still editable.
      await ada.click('.cm-content');
      await ada.keyboard.press('Control+End');
      await ada.keyboard.type('kept');
      await ada.waitForFunction(() => window.ensemble.text() === 'notes\nkept' && !window.ensemble.session.doc.pending);
      writeFileSync(join(app.folder, 'src', 'notes.md'), 'notes\n');
      await ada.waitForFunction(() => !document.querySelector('#files li:nth-child(2)').classList.contains('deleted-on-disk'),
                                null, { timeout: 20000 });
      check((await textOf(ada)) === 'notes\nkept', `the text is ${JSON.stringify(await textOf(ada))}`);
      check(ada.problems.length === 0, `page errors: ${ada.problems}`);
    } finally {
      await app.stop();
    }
  },

  // CRLF line ends, emoji and characters outside the BMP keep every UTF-16 unit, both ways.
  async unicodeAndCrlf(server, browser) {
    const setup = await browser.context.newPage();
    const initial = 'a\r\nb😀c\r\n𝄞\r\n';
    const room = await createRoom(setup, server.base, initial);
    const ada = await joinPage(browser.context, server.base, room, 'Ada');
    await waitOnline(ada);
    check((await textOf(ada)) === initial, `welcome text: ${JSON.stringify(await textOf(ada))}`);
    await ada.click('.cm-content');
    await ada.keyboard.press('Control+End');
    await ada.keyboard.insertText('é🎉𐍈');
    await ada.keyboard.press('Enter'); // a CRLF text gets "\r\n"
    await ada.keyboard.type('x');
    await ada.keyboard.press('Control+Home');
    await ada.keyboard.press('End'); // the end of line 1 is before its "\r"
    await ada.keyboard.type('!');
    const expected = 'a!\r\nb😀c\r\n𝄞\r\né🎉𐍈\r\nx';
    await waitForTexts([ada], ([t]) => t === expected, 10000);
    const bob = await joinPage(browser.context, server.base, room, 'Bob');
    await waitOnline(bob);
    await waitForTexts([bob], ([t]) => t === expected, 10000);
    // And an edit from the other page after the astral characters lands where it should.
    await bob.click('.cm-content');
    await bob.keyboard.press('Control+End');
    await bob.keyboard.type('y');
    await waitForTexts([ada, bob], (ts) => ts.every((t) => t === `${expected}y`), 10000);
  },

  // With TLS the same certificate serves the page over HTTPS and its WebSocket over wss://.
  async httpsPage(server, browser) {
    const setup = await browser.context.newPage();
    const room = await createRoom(setup, server.base, 'over tls\n');
    const ada = await joinPage(browser.context, server.base, room, 'Ada');
    const bob = await joinPage(browser.context, server.base, room, 'Bob');
    await Promise.all([ada, bob].map(waitOnline));
    check(!(await ada.$eval('#tlsnote', (e) => e.hidden)), 'the page does not say how to check the certificate');
    await ada.click('.cm-content');
    await ada.keyboard.press('Control+End');
    await ada.keyboard.type('encrypted');
    await waitForTexts([ada, bob], (ts) => ts.every((t) => t === 'over tls\nencrypted'));
  },

  // A page of another origin cannot open a WebSocket to a room; the room's own page can.
  async crossOriginRefused(server, browser) {
    const setup = await browser.context.newPage();
    const room = await createRoom(setup, server.base, 'secret\n');
    const other = await browser.context.newPage();
    // Another origin: the same server under another host name is another origin as well.
    await other.goto(`http://localhost:${server.port}/`);
    const tryOpen = (page, host) => page.evaluate(({ host, room }) => new Promise((resolve) => {
      const socket = new WebSocket(`ws://${host}/${room}`);
      socket.onopen = () => { socket.close(); resolve('open'); };
      socket.onerror = () => resolve('refused');
    }), { host, room });
    check((await tryOpen(other, `127.0.0.1:${server.port}`)) === 'refused', 'cross-origin socket opened');
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    check((await tryOpen(blank, `127.0.0.1:${server.port}`)) === 'refused', 'about:blank socket opened');
    check((await tryOpen(setup, `127.0.0.1:${server.port}`)) === 'open', 'same-origin socket refused');
  },

  // A wrong password is refused with its close code and the page says so; the right one lets the
  // guest in.
  async wrongPassword(server, browser) {
    const setup = await browser.context.newPage();
    const room = await createRoom(setup, server.base, 'guarded\n', 'tulip');
    const ada = await joinPage(browser.context, server.base, room, 'Ada', 'tulp');
    await ada.waitForFunction(() => document.getElementById('joinerror').textContent.includes('password is wrong'),
                              null, { timeout: 20000 });
    check(!(await ada.isHidden('#join')), 'the join form is hidden');
    // The server's close code and reason reach the page (a second close frame from the server
    // made Chromium report 1006, "abnormal closure", instead).
    const close = await ada.evaluate(() => window.ensemble.session.lastClose);
    check(close.code === 4003 && close.reason === 'wrong_password', `the page saw ${JSON.stringify(close)}`);
    await ada.fill('#password', 'tulip');
    await ada.click('#joinbutton');
    await waitOnline(ada);
    check((await textOf(ada)) === 'guarded\n', 'text after the right password');
    const stored = await ada.evaluate(() => JSON.stringify({ ...localStorage }) + document.cookie);
    check(!stored.includes('tulip'), 'the password was stored');
  },
};

const name = process.argv[2];
if (!cases[name]) {
  console.error(`unknown case ${name}; cases: ${Object.keys(cases).join(', ')}`);
  process.exit(2);
}
const server = await startServer({ tls: name === 'httpsPage' });
const browser = await launchBrowser();
let failed = false;
try {
  await cases[name](server, browser);
  console.log(`PASS ${name}`);
} catch (error) {
  failed = true;
  console.error(`FAIL ${name}: ${error.stack || error}`);
} finally {
  await browser.close();
  await server.stop();
  if (failed) console.error(server.log());
}
process.exit(failed ? 1 : 0);
