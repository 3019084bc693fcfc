#!/bin/bash
# Shows collaboration for the README: under a virtual display, one Ensemble window hosts a file
# (`--host`, the invite read from its standard output), a second joins it (`--join`), both type,
# and the screen is saved. A manual tool (needs xvfb, xdotool and ImageMagick's import).
# Usage: tests/screenshots/collaboration.sh [BUILD_DIR] [OUTPUT.png]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-$root/build/ci}")
out=$(realpath -m "${2:-$root/docs/screenshots/collaboration.png}")
if [ "${ENSEMBLE_SHOT_INNER:-}" != 1 ]; then
    exec env ENSEMBLE_SHOT_INNER=1 xvfb-run -a -s '-screen 0 1600x900x24' "$0" "$build" "$out"
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
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

run hana -- --name Hana --host "$work/fib.py" > "$work/invite.txt"
invite=$(invite_in "$work/invite.txt")
echo "invite: $invite"
host=$(window_of "${pids[0]}")
run ana -- --name Ana --join "$invite"
guest=$(window_of "${pids[1]}")

place_side_by_side "$host" "$guest"
sleep 1

# Hana documents the function while Ana adds a check at the end of the file.
type_in "$host" key ctrl+Home key Down key Down key End
type_in "$host" key Return type --delay 30 '# Each number is the sum of the two before it.'
type_in "$guest" key ctrl+End
type_in "$guest" type --delay 30 '    assert fibonacci(5) == [0, 1, 1, 2, 3]'
type_in "$host" key ctrl+Home key End
type_in "$guest" key ctrl+Home key Down key Down key Down key Down key End
sleep 2
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "saved $out"
