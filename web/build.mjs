// Builds dist/ from src/ with the esbuild of package-lock.json: `npm ci && node build.mjs`
// (or ./build.sh). The output is deterministic, so a rebuild gives the committed files byte for
// byte (tests/browser checks it).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';

const here = new URL('.', import.meta.url).pathname;
mkdirSync(`${here}dist/assets`, { recursive: true });
await build({
  entryPoints: { app: `${here}src/main.js` },
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['chrome100', 'firefox100', 'safari16'],
  legalComments: 'eof',
  charset: 'utf8',
  outdir: `${here}dist/assets`,
  logLevel: 'warning',
});
await build({
  entryPoints: { app: `${here}src/app.css` },
  bundle: true,
  minify: true,
  outdir: `${here}dist/assets`,
  logLevel: 'warning',
});
copyFileSync(`${here}index.html`, `${here}dist/index.html`);
copyFileSync(`${here}src/favicon.svg`, `${here}dist/assets/favicon.svg`);
