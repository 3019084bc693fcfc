#!/bin/sh
# Rebuilds the web client from package-lock.json into $1 and fails unless it equals the committed
# web/dist byte for byte (the files the binary embeds).
set -eu
out=$1
cd "$(dirname "$0")"
npm ci --no-audit --no-fund --loglevel=error
rm -rf "$out"
node build.mjs "$out"
diff -r "$out" dist
