// The same replay through ot.js's Server.receiveOperation, for comparison with bench_syncengine
// (ot comes from tests/bench/peers, whose lockfile pins it):
//   (cd tests/bench/peers && npm ci --omit=optional)
//   NODE_PATH=tests/bench/peers/node_modules node tests/bench/otjs_receive.js ../shared/traces/*.json.gz
'use strict';

const fs = require('fs');
const zlib = require('zlib');
const ot = require('ot');

for (const path of process.argv.slice(2)) {
  const trace = JSON.parse(zlib.gunzipSync(fs.readFileSync(path)).toString('utf8'));
  const ops = [];
  let length = trace.startContent.length;
  for (const txn of trace.txns) {
    for (const [pos, del, ins] of txn.patches) {
      ops.push(new ot.TextOperation().retain(pos)['delete'](del).insert(ins)
                   .retain(length - pos - del));
      length += ins.length - del;
    }
  }
  const server = new ot.Server(trace.startContent);
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  ops.forEach((op, revision) => server.receiveOperation(revision, op));
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // CPU time (user + system, every thread of node's: the garbage collector's helpers too) is the
  // figure a loaded machine changes least; wall time is what bench_syncengine also prints.
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const ok = server.document === trace.endContent ? 'ok' : 'MISMATCH';
  console.log(`${path.split('/').pop()}: ${ops.length} edits in ${ms.toFixed(0)} ms `
              + `(CPU ${cpuMs.toFixed(0)} ms) (${ok})`);
}
