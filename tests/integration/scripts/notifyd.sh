#!/bin/bash
# Starts or stops a real freedesktop notification daemon for tests: a D-Bus session bus of
# its own, a private X server (Xvfb, display picked by -displayfd) and Debian's
# notification-daemon on both, with a throw-away HOME and XDG folders under DIR.
#   notifyd.sh start DIR    prints DBUS_SESSION_BUS_ADDRESS=unix:path=DIR/bus and DISPLAY=:N
#   notifyd.sh stop DIR
# Exit 77 when a package is missing (ctest: skipped).
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
daemon=/usr/lib/notification-daemon/notification-daemon

has_owner() {
    dbus-send --bus="$1" --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$2" 2>/dev/null | grep -q true
}

case $cmd in
start)
    need dbus-daemon dbus
    need dbus-send dbus
    need Xvfb xvfb
    [ -x "$daemon" ] || { echo "missing $daemon (Debian package notification-daemon)" >&2; exit 77; }
    mkdir -p "$dir"
    mkdir -m700 -p "$dir/home" "$dir/run"
    private_env=(env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS HOME="$dir/home"
        XDG_RUNTIME_DIR="$dir/run" XDG_CONFIG_HOME="$dir/home/.config" XDG_CACHE_HOME="$dir/home/.cache")
    "${private_env[@]}" Xvfb -displayfd 3 -screen 0 800x600x24 -nolisten tcp 3>"$dir/display" \
        >"$dir/xvfb.log" 2>&1 &
    echo $! >"$dir/xvfb.pid"
    for ((i = 0; i < 300; i++)); do
        [ -s "$dir/display" ] && break
        sleep 0.1
    done
    [ -s "$dir/display" ] || { echo "Xvfb did not start, see $dir/xvfb.log" >&2; exit 1; }
    display=":$(tr -d '\n' <"$dir/display")"
    address="unix:path=$dir/bus"
    "${private_env[@]}" dbus-daemon --session --nofork --nopidfile --address="$address" >"$dir/dbus.log" 2>&1 &
    echo $! >"$dir/dbus.pid"
    for ((i = 0; i < 300; i++)); do
        [ -S "$dir/bus" ] && has_owner "$address" org.freedesktop.DBus && break
        sleep 0.1
    done
    has_owner "$address" org.freedesktop.DBus || { echo "dbus-daemon not ready, see $dir/dbus.log" >&2; exit 1; }
    "${private_env[@]}" DISPLAY="$display" DBUS_SESSION_BUS_ADDRESS="$address" GDK_BACKEND=x11 \
        "$daemon" >"$dir/notifyd.log" 2>&1 &
    echo $! >"$dir/notifyd.pid"
    for ((i = 0; i < 300; i++)); do
        has_owner "$address" org.freedesktop.Notifications && break
        sleep 0.1
    done
    has_owner "$address" org.freedesktop.Notifications || {
        echo "notification-daemon did not take org.freedesktop.Notifications, see $dir/notifyd.log" >&2
        cat "$dir/notifyd.log" >&2
        exit 1
    }
    echo "DBUS_SESSION_BUS_ADDRESS=$address"
    echo "DISPLAY=$display"
    ;;
stop)
    stop_pidfile "$dir/notifyd.pid"
    stop_pidfile "$dir/dbus.pid"
    stop_pidfile "$dir/xvfb.pid"
    ;;
*)
    echo "usage: $0 start DIR | stop DIR" >&2
    exit 2
    ;;
esac
