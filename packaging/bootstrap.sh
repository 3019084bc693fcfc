#!/usr/bin/env bash
# Set up a Debian 12 machine for Ensemble, build it, and either start the app or run the tests.
#   bash packaging/bootstrap.sh run [ARGS...]   install what is missing, build the app (release), start it
#   bash packaging/bootstrap.sh test            install what is missing, build (ci), run every test
set -euo pipefail

mode=${1:-}
shift || true
cd "$(dirname "$0")/.."

build_packages=(cmake ninja-build g++ lld pkg-config zlib1g-dev libssl-dev libpq-dev
    qt6-base-dev qt6-websockets-dev libqscintilla2-qt6-dev qt6-tools-dev qt6-l10n-tools
    qt6-svg-dev qt6-qpa-plugins libqt6svg6)
test_packages=(clang clang-format python3 python3-websockets xvfb xauth dbus avahi-daemon iproute2
    desktop-file-utils appstream dpkg-dev file groff-base qt6-translations-l10n postgresql chromium)
# The browser tests run the web client in Chromium through playwright-core (tests/browser, from
# npm), and check that web/dist rebuilds from web/package-lock.json. Debian's node and npm only
# when there are none: a node from elsewhere (nodesource) conflicts with Debian's npm.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    test_packages+=(nodejs npm)
fi

install_missing() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "bootstrap: installing ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "bootstrap: need root or sudo to install: ${missing[*]}" >&2
            exit 1
        fi
    fi
    "${sudo[@]}" apt-get update
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
}

case "$mode" in
run)
    install_missing "${build_packages[@]}"
    cmake --preset release
    # The app alone: the tests, benchmarks and fuzzers would add minutes before it starts.
    cmake --build --preset release --target ensemble
    exec build/release/app/ensemble "$@"
    ;;
test)
    install_missing "${build_packages[@]}" "${test_packages[@]}"
    cmake --preset ci
    cmake --build --preset ci
    ctest --preset ci
    ;;
*)
    echo "usage: bash packaging/bootstrap.sh run [ARGS...] | test" >&2
    exit 2
    ;;
esac
