// ot.js's reference server (EditorSocketIOServer's onOperation: Server.receiveOperation, an ack
// to the sender, the transformed operation to everyone else) on a plain WebSocket instead of
// socket.io, speaking the part of Ensemble's protocol the load generator uses (hello with create,
// welcome, op, ack), so both servers get the same bytes. A relay is serialised once, as socket.io's
// broadcast does. Prints "on port N" once it listens on a free port of 127.0.0.1.
'use strict';

const { WebSocketServer } = require('ws');
const ot = require('ot');

const rooms = new Map(); // path -> {server: ot.Server, members: Set<WebSocket>}
let nextUser = 1;

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, maxPayload: 64 * 1024 * 1024 });
wss.on('listening', () => console.log(`otjs reference server on port ${wss.address().port}`));
wss.on('connection', (socket, request) => {
  const path = request.url;
  const user = nextUser++;
  let room = null;
  socket.on('message', (data) => {
    const message = JSON.parse(data.toString('utf8'));
    if (message.type === 'hello') {
      room = rooms.get(path);
      if (!room) {
        const text = (message.create && message.create.text) || '';
        room = { server: new ot.Server(text), members: new Set() };
        rooms.set(path, room);
      }
      room.members.add(socket);
      socket.send(JSON.stringify({ type: 'welcome', revision: room.server.operations.length,
                                   text: room.server.document, you: { id: user } }));
    } else if (message.type === 'op' && room) {
      const operation = room.server.receiveOperation(message.revision,
                                                     ot.TextOperation.fromJSON(message.op));
      const revision = room.server.operations.length;
      socket.send(JSON.stringify({ type: 'ack', revision, seq: message.seq }));
      const relay = Buffer.from(JSON.stringify({ type: 'op', revision, op: operation.toJSON(),
                                                 user }));
      for (const member of room.members) {
        if (member !== socket)
          member.send(relay, { binary: false });
      }
    }
  });
  socket.on('close', () => room && room.members.delete(socket));
});
