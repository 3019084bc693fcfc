// Yjs's y-websocket server (y-websocket 1.5's bin/server.js, whose work is all in its
// bin/utils.js setupWSConnection) on a free port of 127.0.0.1, in memory (no YPERSISTENCE).
// Prints "on port N" once it listens.
'use strict';

const http = require('http');
const { WebSocketServer } = require('ws');
const { setupWSConnection } = require('y-websocket/bin/utils');

const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
wss.on('connection', setupWSConnection);
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(0, '127.0.0.1', () => console.log(`y-websocket server on port ${server.address().port}`));
