// Writes otjs_vectors.json: random cases with the answers of ot.js (npm package `ot`), the
// reference implementation, for tst_otjsvectors to compare byte for byte. Needs only node:
//   cd "$(mktemp -d)" && npm install ot
//   NODE_PATH="$PWD/node_modules" node /path/to/tests/ot/generate_vectors.js > /path/to/tests/ot/otjs_vectors.json
// The output is deterministic for a given seed and ot version.
'use strict';

const ot = require('ot');
const TextOperation = ot.TextOperation;

const seed = 20240611;
const perKind = 1000;

// mulberry32: a small seeded generator, so the vectors are reproducible.
let state = seed >>> 0;
function random() {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const randomInt = (n) => Math.floor(random() * n);

// The alphabet of the first vectors: ASCII, JSON escapes, BMP letters and emoji (2 units each).
const alphabet = Array.from('abcdefgh xyz\n\t"\\{}éß中文😀🎉');
// The vectors after them add what JSON parsers have mangled (Qt 6.4 dropped a U+FEFF leading a
// string): U+FEFF, noncharacters, line and paragraph separators, NUL and lone surrogates (which
// JSON.stringify escapes). tests/ot/OtRandom.cpp draws from the same ones but the surrogates.
const unicodeAlphabet = alphabet.concat(
    ['\ufeff', '\ufffe', '\uffff', '\u2028', '\u2029', '\u0000', '\ud800', '\udfff']);
let letters = alphabet;
function randomString(codePoints) {
  let s = '';
  for (let i = 0; i < codePoints; i++) s += letters[randomInt(letters.length)];
  return s;
}

// UTF-16 units taken by `count` code points of str from unit offset `at`.
function unitsFor(str, at, count) {
  let end = at;
  while (count-- > 0 && end < str.length) end += str.codePointAt(end) > 0xffff ? 2 : 1;
  return end - at;
}

// ot.js's own test helper (randomOperation), kept on code-point boundaries so every string
// survives UTF-8 JSON unchanged.
function randomOperation(str) {
  const op = new TextOperation();
  while (op.baseLength < str.length) {
    const count = 1 + randomInt(Math.min(str.length - op.baseLength, 20));
    const r = random();
    if (r < 0.2) op.insert(randomString(count));
    else if (r < 0.4) op['delete'](unitsFor(str, op.baseLength, count));
    else op.retain(unitsFor(str, op.baseLength, count));
  }
  if (random() < 0.3) op.insert(randomString(1 + randomInt(10)));
  return op;
}

// A raw, unnormalised component list with adjacent same kinds and deletes before inserts.
function randomRawComponents() {
  const raw = [];
  for (let n = 1 + randomInt(8); n > 0; n--) {
    const r = random();
    if (r < 0.35) raw.push(1 + randomInt(5));
    else if (r < 0.7) raw.push(randomString(1 + randomInt(4)));
    else raw.push(-(1 + randomInt(5)));
  }
  return raw;
}

const json = (value) => JSON.stringify(value);
const doc = () => randomString(randomInt(40));
const vectors = [];
function addVectors(count) {
  for (let i = 0; i < count; i++) {
  const s = doc();
  const a = randomOperation(s);
  const b = randomOperation(s);
  vectors.push({kind: 'apply', doc: s, op: a.toJSON(), expected: json(a.apply(s))});
  const c = randomOperation(a.apply(s));
  vectors.push({kind: 'compose', a: a.toJSON(), b: c.toJSON(), expected: json(a.compose(c))});
  const [aPrime, bPrime] = TextOperation.transform(a, b);
  vectors.push({kind: 'transform', a: a.toJSON(), b: b.toJSON(), expected: json([aPrime, bPrime])});
  vectors.push({kind: 'invert', doc: s, op: a.toJSON(), expected: json(a.invert(s))});
  const raw = randomRawComponents();
  vectors.push({kind: 'normalise', op: raw, expected: json(TextOperation.fromJSON(raw))});
  const index = randomInt(s.length + 1);
  const range = new ot.Selection.Range(index, randomInt(s.length + 1)).transform(a);
  vectors.push({kind: 'transformIndex', index, op: a.toJSON(), expected: json(range.anchor)});
}
}
// The first vectors stay as they were; the random sequence simply goes on for the others.
addVectors(perKind);
letters = unicodeAlphabet;
addVectors(perKind / 5);

const version = require('ot/package.json').version;
process.stdout.write('{"generator":"tests/ot/generate_vectors.js","ot":' + json(version) +
                     ',"seed":' + seed + ',"vectors":[\n' +
                     vectors.map(json).join(',\n') + '\n]}\n');
