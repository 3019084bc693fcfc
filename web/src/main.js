// The page: the join form, the editor, the session's files (who works where), the participants,
// the chat and the connection status.
import { Session } from './Session.js';
import { Editor } from './editor.js';

const $ = (id) => document.getElementById(id);
const roomId = location.pathname.slice(1);
const palette = ['#d04040', '#3060c0', '#2e9d4f', '#b5651d', '#8e44ad', '#00838f', '#c2185b'];

const messages = {
  wrong_password: 'The password is wrong.',
  no_such_room: 'This room does not exist (any more). Ask the host for a new link.',
  room_full: 'The room is full.',
  removed: 'The host removed you from the room.',
  room_closed: 'The host closed the room.',
  too_many_attempts: 'Too many failed attempts from this address; try again later.',
  too_many_connections: 'Too many connections from this address.',
  incompatible_version: 'The server speaks another version of the protocol.',
  read_only: 'The room is read-only: your edit was taken back.',
  too_large: 'The edit is too large for the room: it was taken back.',
  replaced: 'You joined this room in another tab.',
  shutting_down: 'The server is restarting.',
};

// Stylesheet rules made at run time (the CSP allows no inline styles): selection colours.
const dynamicSheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, dynamicSheet];
const styledUsers = new Set();
function styleUser(id, color) {
  const key = `${id}${color}`;
  if (styledUsers.has(key) || !/^#[0-9a-fA-F]{6}$/.test(color)) return;
  styledUsers.add(key);
  dynamicSheet.insertRule(`.ens-user-${id} { background-color: ${color}40; }`, dynamicSheet.cssRules.length);
}

function start() {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(roomId)) {
    $('join').hidden = true;
    $('noroom').hidden = false;
    return;
  }
  if (location.protocol === 'https:') $('tlsnote').hidden = false;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/${roomId}`;
  let session = null;
  const editor = new Editor($('editor'), (op, selectionOnly) => {
    if (!session) return;
    if (selectionOnly) session.doc.localSelection();
    else session.doc.localEdit(op);
  });
  session = new Session(url, {
    text: () => editor.text(),
    applyRemote: (op) => editor.applyRemote(op),
    selection: () => editor.selection(),
  });
  window.ensemble = { session, editor, text: () => editor.text() }; // for tests and the console

  let saved = '';
  try { saved = localStorage.getItem('ensemble.name') || ''; } catch { /* storage disabled */ }
  $('name').value = saved;
  $('joinform').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = $('name').value.trim() || 'Guest';
    try { localStorage.setItem('ensemble.name', name); } catch { /* storage disabled */ }
    const password = $('password').value; // kept in memory only, never stored
    $('joinerror').textContent = '';
    $('joinbutton').disabled = true;
    session.join(name, palette[Math.floor(Math.random() * palette.length)], password);
  });

  session.addEventListener('status', ({ detail }) => {
    document.body.dataset.state = detail.state;
    const error = detail.error ? messages[detail.error] || `Error: ${detail.error}` : '';
    $('status').textContent = { connecting: 'Connecting…', online: 'Connected',
                                offline: 'Offline: your edits are kept and sent when the connection is back',
                                stopped: 'Disconnected' }[detail.state] + (error ? ` — ${error}` : '');
    if (detail.state === 'stopped') {
      editor.setEditable(false);
      if (!session.me || detail.code === 4003) {
        $('join').hidden = false;
        $('joinbutton').disabled = false;
        $('joinerror').textContent = error || 'Cannot join the room.';
        if (detail.code === 4003) $('password').focus();
      }
    }
  });
  const updateEditable = () => editor.setEditable(!!session.docId && session.doc.connected
                                                   && (!session.readOnly || !!session.me?.host));
  // The open file's path, unless it is the session's only file (which the title names).
  const showPath = () => {
    const path = session.docId ? session.file(session.docId)?.path ?? '' : '';
    $('path').textContent = session.files.length > 1 || path !== session.title ? path : '';
  };
  // A one-file session is named by its file (the room's title); a shared folder, whose title
  // is only its first file's name, by who shares it, as the app names it for a guest.
  const showTitle = () => {
    const sharer = session.files.length > 1 && !session.me?.host;
    const host = sharer ? [...session.users.values()].find((user) => user.host) : undefined;
    const title = host ? `Shared by ${host.name}` : session.title || 'Ensemble';
    $('title').textContent = title;
    document.title = `${title} — Ensemble`;
  };
  session.addEventListener('welcome', () => {
    $('join').hidden = true;
    showTitle();
  });
  session.addEventListener('document', ({ detail }) => {
    editor.startDocument();
    editor.setEditable(false);
    showPath();
    if (!detail.doc) $('path').textContent = 'The file was deleted; its text here is no longer shared.';
    renderFiles();
  });
  session.addEventListener('opened', ({ detail }) => {
    editor.setLanguage(detail.language);
    showPath();
    updateEditable();
    editor.focus();
  });
  session.addEventListener('settings', updateEditable);
  session.addEventListener('language', ({ detail }) => editor.setLanguage(detail));

  const swatch = (color) => {
    const dot = document.createElement('span');
    dot.className = 'swatch';
    dot.style.backgroundColor = color;
    return dot;
  };
  const everyone = () => (session.me ? [session.me, ...session.users.values()] : []);
  function renderFiles() {
    const list = $('files');
    list.replaceChildren();
    for (const file of session.files) {
      const item = document.createElement('li');
      item.dataset.doc = file.doc;
      item.classList.toggle('current', file.doc === session.docId);
      item.classList.toggle('deleted-on-disk', file.deletedOnDisk === true);
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = file.deletedOnDisk ? `${file.path} (deleted on disk)` : file.path;
      button.title = file.deletedOnDisk
        ? `${file.path}: deleted on the host's disk; the session keeps it until the host saves or deletes it.`
        : file.path;
      button.addEventListener('click', () => session.openDocument(file.doc));
      item.append(button);
      for (const user of everyone()) {
        if (user.doc === file.doc) {
          const dot = swatch(user.color);
          dot.title = user.name;
          item.append(dot);
        }
      }
      list.append(item);
    }
  }
  session.addEventListener('tree', () => { renderFiles(); showPath(); showTitle(); });
  session.addEventListener('users', () => {
    // Carets are shown for present participants only: a reconnect brings a new list (and the
    // previous connection's own id is not in it), so carets of the old one must not stay.
    editor.keepCarets(new Set(session.users.keys()));
    showTitle();
    if (session.me) session.me.doc = session.docId ?? undefined;
    const list = $('users');
    list.replaceChildren();
    for (const user of everyone()) {
      const item = document.createElement('li');
      item.append(swatch(user.color), user.name + (user === session.me ? ' (you)' : '') + (user.host ? ' — host' : ''));
      const path = user.doc ? session.file(user.doc)?.path : '';
      if (path) {
        const where = document.createElement('span');
        where.className = 'where';
        where.textContent = path.slice(path.lastIndexOf('/') + 1);
        where.title = path;
        item.append(where);
      }
      list.append(item);
    }
    renderFiles();
  });
  session.addEventListener('chat', ({ detail }) => {
    const list = $('chat');
    const item = document.createElement('li');
    const who = document.createElement('span');
    who.className = 'who';
    who.textContent = detail.name;
    if (/^#[0-9a-fA-F]{6}$/.test(detail.color)) who.style.color = detail.color;
    if (detail.time) item.title = new Date(detail.time).toLocaleString();
    item.append(who, detail.text);
    list.append(item);
    list.scrollTop = list.scrollHeight;
  });
  $('chatform').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $('chatinput').value;
    if (text.trim() && session.sendChat(text)) $('chatinput').value = '';
  });
  session.addEventListener('selection', ({ detail }) => {
    const user = session.users.get(detail.user);
    if (!user) { editor.setCaret(detail.user, '', '', []); return; }
    styleUser(user.id, user.color);
    editor.setCaret(user.id, user.name, user.color, detail.ranges);
  });
  window.addEventListener('offline', () => session.setOffline(true));
  window.addEventListener('online', () => session.setOffline(false));
}

start();
