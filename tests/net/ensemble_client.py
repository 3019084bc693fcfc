#!/usr/bin/python3
"""A minimal Ensemble protocol v1 client, written from docs/PROTOCOL.md alone (no Qt, no ot.js).

Usage: ensemble_client.py INVITE EDITS [PASSWORD]

INVITE is ws://HOST:PORT/ROOM-ID, or ensemble://HOST:PORT/ROOM-ID?fp=SHA256-HEX for a wss:// room
whose certificate is pinned. Joins the room (with the room's password, if given), sends a chat
line and a selection, makes EDITS single-letter inserts ("p") at
pseudo-random places while applying everyone else's edits, then waits until the text contains
"END" and no edit of its own is pending, and prints {"text", "revision", "chat"} as JSON.
"""
import asyncio
import hashlib
import json
import random
import ssl
import struct
import sys
import urllib.parse

import websockets


# ---- text in UTF-16 code units (docs/PROTOCOL.md section 2) ------------------------------

def units(text):
    data = text.encode("utf-16-le")
    return list(struct.unpack("<%dH" % (len(data) // 2), data))


def text_of(code_units):
    return struct.pack("<%dH" % len(code_units), *code_units).decode("utf-16-le")


def is_retain(c):
    return isinstance(c, int) and c > 0


def is_delete(c):
    return isinstance(c, int) and c < 0


def is_insert(c):
    return isinstance(c, str)


class Operation:
    """ot.js's TextOperation: retain n, insert string, delete n (as -n), normalised."""

    def __init__(self, components=()):
        self.ops = []
        self.base = 0
        self.target = 0
        for c in components:
            if is_retain(c):
                self.retain(c)
            elif is_delete(c):
                self.delete(-c)
            elif is_insert(c):
                self.insert(c)
            else:
                raise ValueError("bad component %r" % (c,))

    def retain(self, n):
        if n <= 0:
            return self
        self.base += n
        self.target += n
        if self.ops and is_retain(self.ops[-1]):
            self.ops[-1] += n
        else:
            self.ops.append(n)
        return self

    def insert(self, s):
        if not s:
            return self
        self.target += len(units(s))
        ops = self.ops
        if ops and is_insert(ops[-1]):
            ops[-1] += s
        elif ops and is_delete(ops[-1]):
            # An insert next to a delete goes first.
            if len(ops) > 1 and is_insert(ops[-2]):
                ops[-2] += s
            else:
                ops.append(ops[-1])
                ops[-2] = s
        else:
            ops.append(s)
        return self

    def delete(self, n):
        if n <= 0:
            return self
        self.base += n
        if self.ops and is_delete(self.ops[-1]):
            self.ops[-1] -= n
        else:
            self.ops.append(-n)
        return self

    def apply(self, doc):
        if len(doc) != self.base:
            raise ValueError("base length %d, document %d" % (self.base, len(doc)))
        out, i = [], 0
        for c in self.ops:
            if is_retain(c):
                out.extend(doc[i:i + c])
                i += c
            elif is_insert(c):
                out.extend(units(c))
            else:
                i -= c
        return out


def insert_length(c):
    return len(units(c))


def compose(a, b):
    """One operation doing a then b."""
    result = Operation()
    ops1, ops2 = list(a.ops), list(b.ops)
    i1 = i2 = 0
    op1 = ops1[0] if ops1 else None
    op2 = ops2[0] if ops2 else None

    def next1():
        nonlocal i1
        i1 += 1
        return ops1[i1] if i1 < len(ops1) else None

    def next2():
        nonlocal i2
        i2 += 1
        return ops2[i2] if i2 < len(ops2) else None

    while op1 is not None or op2 is not None:
        if is_delete(op1):
            result.delete(-op1)
            op1 = next1()
            continue
        if is_insert(op2):
            result.insert(op2)
            op2 = next2()
            continue
        if op1 is None or op2 is None:
            raise ValueError("compose: lengths differ")
        if is_retain(op1) and is_retain(op2):
            m = min(op1, op2)
            result.retain(m)
            op1, op2 = (op1 - m) or next1(), (op2 - m) or next2()
        elif is_insert(op1) and is_delete(op2):
            l1 = insert_length(op1)
            if l1 > -op2:
                op1, op2 = text_of(units(op1)[-op2:]), next2()
            elif l1 == -op2:
                op1, op2 = next1(), next2()
            else:
                op1, op2 = next1(), op2 + l1
        elif is_insert(op1) and is_retain(op2):
            l1 = insert_length(op1)
            if l1 > op2:
                result.insert(text_of(units(op1)[:op2]))
                op1, op2 = text_of(units(op1)[op2:]), next2()
            else:
                result.insert(op1)
                op1, op2 = next1(), (op2 - l1) or next2()
        elif is_retain(op1) and is_delete(op2):
            m = min(op1, -op2)
            result.delete(m)
            op1, op2 = (op1 - m) or next1(), (op2 + m) or next2()
        else:
            raise ValueError("compose: unexpected components")
    return result


def transform(a, b):
    """(a', b') with apply(apply(S, a), b') == apply(apply(S, b), a'); a's insert goes first."""
    a2, b2 = Operation(), Operation()
    ops1, ops2 = list(a.ops), list(b.ops)
    i1 = i2 = 0
    op1 = ops1[0] if ops1 else None
    op2 = ops2[0] if ops2 else None

    def next1():
        nonlocal i1
        i1 += 1
        return ops1[i1] if i1 < len(ops1) else None

    def next2():
        nonlocal i2
        i2 += 1
        return ops2[i2] if i2 < len(ops2) else None

    while op1 is not None or op2 is not None:
        if is_insert(op1):
            a2.insert(op1)
            b2.retain(insert_length(op1))
            op1 = next1()
            continue
        if is_insert(op2):
            a2.retain(insert_length(op2))
            b2.insert(op2)
            op2 = next2()
            continue
        if op1 is None or op2 is None:
            raise ValueError("transform: lengths differ")
        if is_retain(op1) and is_retain(op2):
            m = min(op1, op2)
            a2.retain(m)
            b2.retain(m)
            op1, op2 = (op1 - m) or next1(), (op2 - m) or next2()
        elif is_delete(op1) and is_delete(op2):
            m = min(-op1, -op2)
            op1, op2 = (op1 + m) or next1(), (op2 + m) or next2()
        elif is_delete(op1) and is_retain(op2):
            m = min(-op1, op2)
            a2.delete(m)
            op1, op2 = (op1 + m) or next1(), (op2 - m) or next2()
        elif is_retain(op1) and is_delete(op2):
            m = min(op1, -op2)
            b2.delete(m)
            op1, op2 = (op1 - m) or next1(), (op2 + m) or next2()
        else:
            raise ValueError("transform: unexpected components")
    return a2, b2


# ---- the client (docs/PROTOCOL.md sections 5-7) -----------------------------------------

class Client:
    def __init__(self, socket):
        self.socket = socket
        self.doc = []
        self.revision = 0
        self.seq = 0
        self.inflight = None
        self.buffer = None
        self.chat = []

    async def send(self, message):
        await self.socket.send(json.dumps(message))

    async def flush(self):
        if self.inflight is None and self.buffer is not None:
            self.seq += 1
            self.inflight, self.buffer = self.buffer, None
            await self.send({"type": "op", "revision": self.revision, "seq": self.seq,
                             "op": self.inflight.ops})

    async def edit(self, op):
        self.doc = op.apply(self.doc)
        self.buffer = op if self.buffer is None else compose(self.buffer, op)
        await self.flush()

    async def handle(self, message):
        kind = message["type"]
        if kind == "ack":
            assert message["seq"] == self.seq, message
            self.revision = message["revision"]
            self.inflight = None
            await self.flush()
        elif kind == "op":
            self.revision = message["revision"]
            incoming = Operation(message["op"])
            if self.inflight is not None:
                self.inflight, incoming = transform(self.inflight, incoming)
            if self.buffer is not None:
                self.buffer, incoming = transform(self.buffer, incoming)
            self.doc = incoming.apply(self.doc)
        elif kind == "chat":
            self.chat.append(message["text"])
        elif kind == "error":
            raise RuntimeError("server error: %r" % (message,))


def websocket_address(invite):
    """The URL and TLS context to open for an invite (docs/PROTOCOL.md section 1). A pinned
    certificate is fetched and compared first; the real connection then trusts exactly that
    certificate, so the room ID in the path never reaches another server."""
    parts = urllib.parse.urlsplit(invite)
    pin = urllib.parse.parse_qs(parts.query).get("fp", [""])[0].replace(":", "").lower()
    if not pin:
        return "ws://%s%s" % (parts.netloc, parts.path), None
    pem = ssl.get_server_certificate((parts.hostname, parts.port or 7717))
    presented = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    if presented != pin:
        raise SystemExit("certificate %s is not the pinned %s" % (presented, pin))
    context = ssl.create_default_context(cadata=pem)
    context.check_hostname = False  # the pin, not a name, identifies the server
    return "wss://%s%s" % (parts.netloc, parts.path), context


async def main(invite, edits, password):
    rng = random.Random(7)
    url, context = websocket_address(invite)
    async with websockets.connect(url, ssl=context) as socket:
        client = Client(socket)
        hello = {"type": "hello", "protocol": 1, "name": "Python", "color": "#306998",
                 "client": "python-test-client"}
        if password is not None:
            hello["password"] = password
        await client.send(hello)
        welcome = json.loads(await socket.recv())
        assert welcome["type"] == "welcome", welcome
        client.doc = units(welcome["text"])
        client.revision = welcome["revision"]
        client.seq = welcome["lastSeq"]
        await client.send({"type": "chat", "text": "hello from python"})
        await client.send({"type": "selection", "revision": client.revision,
                           "ranges": [{"anchor": 0, "head": min(2, len(client.doc))}]})

        async def reader():
            async for frame in socket:
                await client.handle(json.loads(frame))

        reading = asyncio.ensure_future(reader())
        for _ in range(edits):
            position = rng.randint(0, len(client.doc))
            await client.edit(Operation().retain(position).insert("p")
                              .retain(len(client.doc) - position))
            await asyncio.sleep(rng.uniform(0, 0.01))
        while "END" not in text_of(client.doc) or client.inflight or client.buffer:
            if reading.done():
                reading.result()
                raise RuntimeError("connection closed early")
            await asyncio.sleep(0.01)
        reading.cancel()
        print(json.dumps({"text": text_of(client.doc), "revision": client.revision,
                          "chat": client.chat}))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else None))
