#!/bin/sh
# Runs a command beside its own D-Bus system bus and Avahi daemon, in a private network and mount
# namespace that has only the loopback interface: the test announces and browses for real without
# seeing or disturbing the machine's network. Exits 77 (ctest's "skipped") when the machine cannot
# make such a namespace or lacks the daemons.
set -u
if [ "${1:-}" != --inside ]; then
    for tool in unshare ip dbus-daemon avahi-daemon; do
        command -v "$tool" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin:/sbin"
        command -v "$tool" >/dev/null 2>&1 || { echo "with_avahi: no $tool; skipped"; exit 77; }
    done
    # A user namespace is not enough: avahi-daemon hands its runtime directory to the avahi user,
    # whom such a namespace cannot map.
    [ "$(id -u)" -eq 0 ] || { echo "with_avahi: needs root to run avahi-daemon; skipped"; exit 77; }
    unshare -n -m true 2>/dev/null || { echo "with_avahi: cannot unshare; skipped"; exit 77; }
    exec unshare -n -m "$0" --inside "$@"
fi
shift
PATH="$PATH:/usr/sbin:/sbin"
dir=$(mktemp -d)
cleanup() {
    [ -f "$dir/avahi.pid" ] && kill "$(cat "$dir/avahi.pid")" 2>/dev/null
    [ -f "$dir/dbus.pid" ] && kill "$(cat "$dir/dbus.pid")" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
ip link set lo up && ip link set lo multicast on || { echo "with_avahi: no loopback"; exit 1; }
# avahi-daemon keeps its pid file and socket in /run/avahi-daemon: a private /run keeps them apart
# from a daemon the machine may run.
mount -t tmpfs tmpfs /run || { echo "with_avahi: cannot mount /run"; exit 1; }
cat >"$dir/dbus.conf" <<CONF
<busconfig>
  <type>system</type>
  <listen>unix:path=$dir/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*" eavesdrop="true"/>
    <allow receive_sender="*"/>
  </policy>
</busconfig>
CONF
dbus-daemon --config-file="$dir/dbus.conf" --fork --print-pid >"$dir/dbus.pid" || exit 1
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$dir/bus"
cat >"$dir/avahi.conf" <<CONF
[server]
use-ipv4=yes
use-ipv6=no
allow-interfaces=lo
enable-dbus=yes
[publish]
publish-workstation=no
CONF
avahi-daemon -f "$dir/avahi.conf" --no-drop-root --no-chroot --no-rlimits --no-proc-title \
    >"$dir/avahi.log" 2>&1 &
echo $! >"$dir/avahi.pid"
tries=0
until dbus-send --system --print-reply --dest=org.freedesktop.Avahi / \
        org.freedesktop.Avahi.Server.GetState 2>/dev/null | grep -q "int32 2"; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ]; then
        echo "with_avahi: the Avahi daemon did not start:"; cat "$dir/avahi.log"; exit 1
    fi
    sleep 0.1
done
"$@"
