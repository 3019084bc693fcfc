// Figures for docs/PERFORMANCE.md (not a test): the time from opening a room's web link to an
// editable document, and the latency of a keystroke in the page until a native client (Python,
// tests/net/ensemble_client.py's protocol) receives it through the server.
// ENSEMBLE_TEST_SERVE=build/dev/tests/net/ensemble_test_serve node tests/browser/bench.mjs
import { spawn } from 'node:child_process';
import { startServer, launchBrowser, createRoom, joinPage, waitOnline } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const listener = `
import asyncio, json, sys, time, websockets
async def main():
    async with websockets.connect(sys.argv[1]) as ws:
        await ws.send(json.dumps({"type": "hello", "protocol": 1, "name": "Native", "color": "#306998", "client": "bench-native"}))
        print("ready", flush=True)
        async for frame in ws:
            if json.loads(frame)["type"] == "op":
                print(time.time() * 1000, flush=True)
asyncio.run(main())
`;

const server = await startServer();
const browser = await launchBrowser();
try {
  const setup = await browser.context.newPage();
  const room = await createRoom(setup, server.base, 'int main()\n{\n}\n'.repeat(200));
  const opening = [];
  const sinceNavigation = [];
  for (let i = 0; i < 7; i++) {
    const start = Date.now();
    const page = await joinPage(browser.context, server.base, room, `Guest${i}`);
    await waitOnline(page);
    opening.push(Date.now() - start);
    sinceNavigation.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  console.log(`open link -> editable: median ${median(opening)} ms (wall, including typing the name), `
              + `${Math.round(median(sinceNavigation))} ms after navigation start, over ${opening.length}`);

  const native = spawn('/usr/bin/python3', ['-c', listener, `ws://127.0.0.1:${server.port}/${room}`]);
  const arrivals = [];
  await new Promise((resolve) => native.stdout.on('data', (chunk) => {
    for (const line of String(chunk).split('\n').filter(Boolean)) {
      if (line === 'ready') resolve();
      else arrivals.push(Number(line));
    }
  }));
  const page = await joinPage(browser.context, server.base, room, 'Typist');
  await waitOnline(page);
  await page.click('.cm-content');
  await sleep(500);
  const sent = [];
  for (let i = 0; i < 40; i++) {
    sent.push(Date.now());
    await page.keyboard.press('x');
    await sleep(250);
  }
  await sleep(500);
  native.kill();
  const latencies = arrivals.slice(-sent.length).map((t, i) => t - sent[i]);
  console.log(`keystroke -> native client: median ${median(latencies).toFixed(1)} ms, `
              + `max ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} keystrokes `
              + `(${arrivals.length} ops received)`);
} finally {
  await browser.close();
  await server.stop();
}
