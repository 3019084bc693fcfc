// Builds dist/ (or the directory given as the argument) from src/ with the esbuild of
// package-lock.json: `npm ci && node build.mjs` (or ./build.sh). The output is deterministic, so
// a rebuild gives the committed files byte for byte (the web_bundle_current test checks it).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
const out = process.argv[2] ? `${process.argv[2]}/` : `${here}dist/`;
mkdirSync(`${out}assets`, { recursive: true });
await build({
  entryPoints: { app: `${here}src/main.js` },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome100', 'firefox100', 'safari16'],
  legalComments: 'eof',
  charset: 'utf8',
  outdir: `${out}assets`,
  logLevel: 'warning',
});
await build({
  entryPoints: { app: `${here}src/app.css` },
  bundle: true,
  minify: true,
  outdir: `${out}assets`,
  logLevel: 'warning',
});
copyFileSync(`${here}index.html`, `${out}index.html`);
copyFileSync(`${here}src/favicon.svg`, `${out}assets/favicon.svg`);
