"""A flooding client for tst_pyclient: joins the room at argv[1] and sends chat frames as fast as
it can, letting its event loop run every 50 frames as a real client does, until the server
closes the connection. Prints the close code it heard: 1006 when the connection ended without a
close frame reaching it."""
import asyncio
import json
import sys

import websockets


async def main(url):
    async with websockets.connect(url, max_queue=None) as ws:
        await ws.send(json.dumps({"type": "hello", "protocol": 1, "name": "flood",
                                  "color": "#000000", "client": "flood"}))
        await ws.recv()
        sent = 0
        try:
            while True:
                await ws.send('{"type":"chat","text":"spam"}')
                sent += 1
                if sent % 50 == 0:
                    await asyncio.sleep(0)
        except websockets.ConnectionClosed as closed:
            print(closed.rcvd.code if closed.rcvd else 1006)


asyncio.run(main(sys.argv[1]))
