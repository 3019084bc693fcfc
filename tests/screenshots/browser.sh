#!/bin/bash
# Shows a browser guest for the README: under a virtual display, an Ensemble window hosts a file
# (`--host`, the invite read from its standard output) and Chromium opens the session's web link
# beside it; both type, the page chats, and the screen is saved. A manual tool (needs xvfb,
# xdotool, chromium and ImageMagick).
# Usage: tests/screenshots/browser.sh [BUILD_DIR] [OUTPUT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-$root/build/ci}")
out=$(realpath -m "${2:-$root/docs/screenshots/browser.png}")
if [ "${ENSEMBLE_SHOT_INNER:-}" != 1 ]; then
    exec env ENSEMBLE_SHOT_INNER=1 xvfb-run -a -s '-screen 0 1600x900x24' "$0" "$build" "$out"
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true # Chromium writes its profile until it has stopped
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=tests/screenshots/windows.sh
. "$root/tests/screenshots/windows.sh"

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

mkdir -p "$work/hana"
HOME="$work/hana" XDG_CONFIG_HOME="$work/hana" XDG_DATA_HOME="$work/hana" \
    "$build/app/ensemble" --name Hana --port 0 --bind 127.0.0.1 --host "$work/fib.py" > "$work/invite.txt" &
pids+=($!)
for _ in $(seq 200); do grep -q '^ensemble://' "$work/invite.txt" && break; sleep 0.1; done
invite=$(grep -m1 '^ensemble://' "$work/invite.txt")
echo "invite: $invite"
# The web link is the invite's address and room over http(s): https when the invite pins a
# certificate (a self-signed one, which a guest checks by its fingerprint; Chromium is told to
# accept it here).
scheme=http
case "$invite" in *fp=*) scheme=https ;; esac
link=$(echo "$invite" | sed -E "s|^ensemble://([^/?]+)/([^?]+).*|$scheme://\1/\2|")
echo "web link: $link"

host=$(window_of "${pids[0]}")
xdotool windowsize "$host" 790 880 windowmove "$host" 0 0

# (--no-sandbox: Chromium refuses to run as root with its sandbox, as in a container.)
chromium --user-data-dir="$work/chromium" --no-sandbox --no-first-run --no-default-browser-check --test-type \
    --disable-gpu --ignore-certificate-errors --window-position=800,0 --window-size=800,880 \
    --app="$link" >/dev/null 2>&1 &
pids+=($!)
guest=""
for _ in $(seq 150); do
    guest=$(xdotool search --onlyvisible --class chromium 2>/dev/null | tail -1) || true
    [ -n "$guest" ] && break
    sleep 0.1
done
sleep 3 # the page loads
# Join as Ana, then type at the end while Hana documents the function.
type_in "$guest" type --delay 20 'Ana'
type_in "$guest" key Return
sleep 2
type_in "$guest" key ctrl+End type --delay 30 'assert fibonacci(5) == [0, 1, 1, 2, 3]'
type_in "$host" key ctrl+Home key Down key Down key End
type_in "$host" key Return type --delay 30 '# Each number is the sum of the two before it.'
type_in "$guest" key Tab
sleep 0.3
# The chat box: the page's last input.
xdotool mousemove 1451 860 click 1 2>/dev/null || true
type_in "$guest" type --delay 20 'Looks good, adding a test'
type_in "$guest" key Return
type_in "$host" key ctrl+Home key Down key Down key Down key Down key End
sleep 2
mkdir -p "$(dirname "$out")"
import -window root "$out"
# The windows end at 880 pixels: the strip below them is the bare screen.
convert "$out" -crop 1600x880+0+0 +repage "$out"
echo "saved $out"
