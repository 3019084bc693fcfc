#!/bin/sh
# Rebuilds web/dist (the files embedded in the binary) from the pinned packages of
# package-lock.json. Needs node and npm; the app's own build does not (dist/ is committed).
set -eu
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
node build.mjs
