#!/bin/bash
# Shows a shared folder for the README: under a virtual display, one Ensemble window shares a
# small project (`--host DIR`, the invite read from its standard output), a second joins it
# (`--join`), opens two files from the Session panel's tree and types in both, the host types,
# both write in the Chat panel (one line names a file:line), and the guest follows the host into
# another file; then the screen is saved. A manual tool (needs xvfb, xdotool and ImageMagick's
# import).
# Usage: tests/screenshots/folder.sh [BUILD_DIR] [OUTPUT.png]   (ENSEMBLE_SHOT_DISPLAY: the first
# X display number to try, 99 unless set)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(realpath "${1:-$root/build/ci}")
out=$(realpath -m "${2:-$root/docs/screenshots/folder.png}")
if [ "${ENSEMBLE_SHOT_INNER:-}" != 1 ]; then
    exec env ENSEMBLE_SHOT_INNER=1 xvfb-run -n "${ENSEMBLE_SHOT_DISPLAY:-99}" -a \
        -s '-screen 0 1600x900x24' "$0" "$build" "$out"
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    # The host writes its session's files until it has stopped.
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=tests/screenshots/windows.sh
. "$root/tests/screenshots/windows.sh"

# A small project: a router, its header, a main and a test, with a build folder git ignores.
project=$work/tinyhttp
mkdir -p "$project/src/http" "$project/tests" "$project/build"
printf 'build/\n' > "$project/.gitignore"
printf 'junk\n' > "$project/build/cache.txt"
cat > "$project/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.20)
project(tinyhttp CXX)
add_executable(tinyhttp src/main.cpp src/http/Router.cpp)
add_executable(test_router tests/test_router.cpp src/http/Router.cpp)
EOF
cat > "$project/README.md" <<'EOF'
# tinyhttp

A router small enough to read in one sitting.
EOF
cat > "$project/src/http/Router.h" <<'EOF'
#pragma once

#include <functional>
#include <map>
#include <string>

using Handler = std::function<std::string()>;

class Router
{
public:
    void add(const std::string &path, Handler handler);
    std::string handle(const std::string &path) const;

private:
    std::map<std::string, Handler> m_routes;
};
EOF
cat > "$project/src/http/Router.cpp" <<'EOF'
#include "Router.h"

void Router::add(const std::string &path, Handler handler)
{
    m_routes[path] = std::move(handler);
}

std::string Router::handle(const std::string &path) const
{
    const auto route = m_routes.find(path);
    return route->second();
}
EOF
cat > "$project/src/main.cpp" <<'EOF'
#include "http/Router.h"

#include <iostream>

int main()
{
    Router router;
    router.add("/", [] { return "home"; });
    std::cout << router.handle("/") << '\n';
}
EOF
cat > "$project/tests/test_router.cpp" <<'EOF'
#include "../src/http/Router.h"

#include <cassert>

int main()
{
    Router router;
    router.add("/a", [] { return "A"; });
    assert(router.handle("/a") == "A");
}
EOF

run hana -- --name Hana --host "$project" > "$work/invite.txt"
invite=$(invite_in "$work/invite.txt")
echo "invite: $invite"
host=$(window_of "${pids[0]}")
run ana -- --name Ana --join "$invite"
guest=$(window_of "${pids[1]}")

place_side_by_side "$host" "$guest"
sleep 2

click_at() {
    local wid=$1 x=$2 y=$3
    xdotool windowactivate --sync "$wid" 2>/dev/null || true
    xdotool mousemove --window "$wid" "$x" "$y" click 1
    sleep 0.3
}
drag() {
    local wid=$1
    xdotool mousemove --window "$wid" "$2" "$3" mousedown 1
    sleep 0.2
    xdotool mousemove --window "$wid" $((($2 + $4) / 2)) $((($3 + $5) / 2))
    sleep 0.2
    xdotool mousemove --window "$wid" "$4" "$5"
    sleep 0.2
    xdotool mouseup 1
    sleep 0.3
}
# Each person closes the Participants panel (the Session panel lists them too) and drags the
# Chat panel below the Session panel, so that the editor gets the width.
arrange() {
    local wid=$1
    click_at "$wid" 781 27
    xdotool mousemove --window "$wid" 600 30 mousedown 1
    for y in 100 300 500 700 760; do xdotool mousemove --window "$wid" 120 $y; sleep 0.1; done
    sleep 0.5
    xdotool mouseup 1
    sleep 0.5
    drag "$wid" 243 450 285 450
    drag "$wid" 150 730 150 470
}

# Opens a file of the Session panel's tree as a person would with the keyboard: a click in the
# tree, the start of the name (the tree's type-ahead finds it), Return.
open_file() {
    local wid=$1 name=$2
    click_at "$wid" 120 420
    xdotool type --delay 40 "$name"
    xdotool key Return
    sleep 1
}
# A line in the Chat panel's input, sent with Return.
chat() {
    local wid=$1 text=$2
    click_at "$wid" 150 846
    xdotool type --delay 20 "$text"
    xdotool key Return
    sleep 0.5
}

arrange "$host"
arrange "$guest"
sleep 1
# Ana handles a missing route in the router and tries it in main.cpp.
open_file "$guest" Router.cpp
type_in "$guest" key ctrl+Home key Down Down Down Down Down Down Down Down Down End Return
type_in "$guest" type --delay 30 'if (route == m_routes.end())'
type_in "$guest" key Return type --delay 30 'return "404 Not Found";'
open_file "$guest" main.cpp
type_in "$guest" key ctrl+Home key Down Down Down Down Down Down Down Down End Return
type_in "$guest" type --delay 30 "std::cout << router.handle(\"/nope\") << '\\n';"
# Hana looks at the router, then answers in the chat.
open_file "$host" Router.cpp
chat "$guest" 'Missing routes answer 404 now, see src/http/Router.cpp:11'
chat "$host" "Nice! I'm adding a test for it, follow me"
chat "$guest" 'Following you'
# Ana follows Hana (a click on her name in the Session panel) into the test Hana writes.
click_at "$guest" 60 64
open_file "$host" test_router.cpp
# Hana's pointer rests on Ana's caret (at the start of the file), which shows her name, while she
# types; Ana's view shows Hana's name for a moment after each key, so the picture follows at once.
xdotool mousemove --window "$host" 337 58
type_in "$host" key ctrl+Home key Down Down Down Down Down Down Down Down End Return
type_in "$host" type --delay 30 'assert(router.handle("/b") == "404 Not Found");'
sleep 0.5
mkdir -p "$(dirname "$out")"
import -window root "$out"
echo "saved $out"
