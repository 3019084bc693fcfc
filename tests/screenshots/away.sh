#!/bin/bash
# Shows authorship and "while you were away" for the README: under a virtual display, one
# Ensemble window hosts a file (light theme), a second (dark theme) joins it through a small TCP
# relay, both type, the relay is stopped while the host types more, then started again: the
# guest reconnects and marks what changed meanwhile. Show Authorship and Show Last Editor are on
# in both. A manual tool (needs xvfb, xdotool, ImageMagick's import and python3).
# Usage: tests/screenshots/away.sh [BUILD_DIR] [OUTPUT.png]   (ENSEMBLE_SHOT_DISPLAY: the first
# X display number to try, 99 unless set)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-$root/build/ci}")
out=$(realpath -m "${2:-$root/docs/screenshots/away.png}")
if [ "${ENSEMBLE_SHOT_INNER:-}" != 1 ]; then
    exec env ENSEMBLE_SHOT_INNER=1 xvfb-run -n "${ENSEMBLE_SHOT_DISPLAY:-99}" -a \
        -s '-screen 0 1600x900x24' "$0" "$build" "$out"
fi

work=$(mktemp -d)
pids=()
relay_pid=""
cleanup() {
    for pid in "${pids[@]}" $relay_pid; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=tests/screenshots/windows.sh
. "$root/tests/screenshots/windows.sh"
# Settings with authorship and the last editor shown, in theme $1.
settings_in() {
    printf '[editor]\nshowAuthorship=true\nshowLastEditor=true\n[appearance]\ntheme=%s' "$1"
}

cat > "$work/fib.py" <<'PY'
def fibonacci(n):
    """The first n Fibonacci numbers."""
    numbers = [0, 1]
    while len(numbers) < n:
        numbers.append(numbers[-1] + numbers[-2])
    return numbers[:n]

if __name__ == "__main__":
    print(fibonacci(10))
PY

# A TCP relay from a free port to the host's: stopping it cuts the guest off, as a lost network
# would.
cat > "$work/relay.py" <<'PY'
import asyncio, sys

async def pipe(reader, writer):
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    finally:
        writer.close()

async def main(listen_port, host, port):
    async def handle(reader, writer):
        r, w = await asyncio.open_connection(host, port)
        await asyncio.gather(pipe(reader, w), pipe(r, writer), return_exceptions=True)
    server = await asyncio.start_server(handle, "127.0.0.1", listen_port, reuse_address=True)
    async with server:
        await server.serve_forever()

asyncio.run(main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3])))
PY

run hana "$(settings_in light)" -- --name Hana --host "$work/fib.py" > "$work/invite.txt"
invite=$(invite_in "$work/invite.txt")
echo "invite: $invite"
authority=$(sed -E 's|^ensemble://([^/]+)/.*|\1|' <<< "$invite")
host_address=${authority%:*}
host_port=${authority##*:}
relay_port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
relay() {
    /usr/bin/python3 "$work/relay.py" "$relay_port" "$host_address" "$host_port" &
    relay_pid=$!
    sleep 0.5
}
relay
host=$(window_of "${pids[0]}")
run ana "$(settings_in dark)" -- --name Ana --join "$(sed -E "s|^ensemble://[^/]+/|ensemble://127.0.0.1:$relay_port/|" <<< "$invite")"
guest=$(window_of "${pids[1]}")

place_side_by_side "$host" "$guest"
sleep 1

# Ana adds a check at the end of the file while both are connected.
type_in "$guest" key ctrl+End
type_in "$guest" type --delay 30 '    assert fibonacci(5) == [0, 1, 1, 2, 3]'
sleep 1
# Ana's network goes; Hana documents the function meanwhile.
kill "$relay_pid"
relay_pid=""
sleep 1
type_in "$host" key ctrl+Home key Down key Down key End
type_in "$host" key Return type --delay 30 '# Each number is the sum of the two before it.'
sleep 1
# It comes back: Ana's client reconnects by itself and catches up.
relay
sleep 10
type_in "$host" key ctrl+End
type_in "$guest" key ctrl+End
sleep 1
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "saved $out"
