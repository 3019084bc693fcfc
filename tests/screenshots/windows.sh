# shellcheck shell=bash disable=SC2154
# Sourced by the screenshot scripts: finding and driving the windows of the apps they start.
# Expects `work` (a temporary folder), `build` (a build directory) and the array `pids`.

# Starts Ensemble as NAME with its own settings (SETTINGS, if given, is written as its
# Ensemble.conf), as two people on two machines would have: run NAME [SETTINGS] -- ARGS...
run() {
    local name=$1 settings=""
    shift
    if [ "$1" != -- ]; then
        settings=$1
        shift
    fi
    shift
    mkdir -p "$work/$name/Ensemble"
    [ -z "$settings" ] || printf '%s\n' "$settings" > "$work/$name/Ensemble/Ensemble.conf"
    XDG_CONFIG_HOME="$work/$name" XDG_DATA_HOME="$work/$name" "$build/app/ensemble" "$@" &
    pids+=($!)
}

# The visible window of process PID, waiting up to 15 s for it.
window_of() {
    local pid=$1 wid=""
    for _ in $(seq 150); do
        wid=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | tail -1) && [ -n "$wid" ] && break
        sleep 0.1
    done
    echo "$wid"
}

# Runs `xdotool ARGS...` with window WID in front: type_in WID ARGS...
type_in() {
    local wid=$1
    shift
    xdotool windowactivate --sync "$wid" 2>/dev/null || xdotool windowfocus --sync "$wid"
    xdotool "$@"
}

# The host's window at the left of the 1600x900 screen and the guest's at the right.
place_side_by_side() {
    xdotool windowsize "$1" 790 880 windowmove "$1" 0 0
    xdotool windowsize "$2" 790 880 windowmove "$2" 805 0
}

# The invite that a host started with --host printed to FILE, waiting up to 10 s for it.
invite_in() {
    for _ in $(seq 100); do grep -q '^ensemble://' "$1" && break; sleep 0.1; done
    grep -m1 '^ensemble://' "$1"
}
