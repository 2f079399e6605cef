#!/bin/bash
# Starts or stops a private Secret Service for tests: a D-Bus session bus of its own and
# gnome-keyring (secrets component, login keyring unlocked) on it, both with a throw-away
# HOME and XDG folders under DIR, no display (else the keyring's prompter waits forever).
# A test points DBUS_SESSION_BUS_ADDRESS at the bus, so it never sees the user's keyring.
#   keychain.sh start DIR    prints DBUS_SESSION_BUS_ADDRESS=unix:path=DIR/bus
#   keychain.sh stop DIR
# Exit 77 when a package is missing (ctest: skipped).
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}

# The environment both daemons run in: nothing of the user's session. (An array, not a
# function: `env` must exec the daemon in the process whose pid is kept.)
private_env=(env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS -u GNOME_KEYRING_CONTROL
    -u SSH_AUTH_SOCK HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/home/.local/share"
    XDG_CONFIG_HOME="$dir/home/.config" XDG_CACHE_HOME="$dir/home/.cache")

# has_owner ADDRESS NAME: true when NAME is owned on the bus at ADDRESS.
has_owner() {
    dbus-send --bus="$1" --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner "string:$2" 2>/dev/null | grep -q true
}

case $cmd in
start)
    need dbus-daemon dbus
    need dbus-send dbus
    need gnome-keyring-daemon gnome-keyring
    mkdir -p "$dir"
    mkdir -m700 -p "$dir/home" "$dir/run"
    address="unix:path=$dir/bus"
    "${private_env[@]}" dbus-daemon --session --nofork --nopidfile --address="$address" \
        >"$dir/dbus.log" 2>&1 &
    echo $! >"$dir/dbus.pid"
    for ((i = 0; i < 300; i++)); do
        [ -S "$dir/bus" ] && has_owner "$address" org.freedesktop.DBus && break
        sleep 0.1
    done
    has_owner "$address" org.freedesktop.DBus || { echo "dbus-daemon not ready, see $dir/dbus.log" >&2; exit 1; }
    # --unlock reads the login keyring's password from stdin (created on first use).
    printf opsdeck-test | "${private_env[@]}" DBUS_SESSION_BUS_ADDRESS="$address" \
        gnome-keyring-daemon --foreground --unlock --components=secrets >"$dir/keyring.log" 2>&1 &
    echo $! >"$dir/keyring.pid"
    for ((i = 0; i < 300; i++)); do
        has_owner "$address" org.freedesktop.secrets && break
        sleep 0.1
    done
    has_owner "$address" org.freedesktop.secrets || {
        echo "gnome-keyring did not take org.freedesktop.secrets, see $dir/keyring.log" >&2
        exit 1
    }
    echo "DBUS_SESSION_BUS_ADDRESS=$address"
    ;;
stop)
    stop_pidfile "$dir/keyring.pid"
    stop_pidfile "$dir/dbus.pid"
    ;;
*)
    echo "usage: $0 start DIR | stop DIR" >&2
    exit 2
    ;;
esac
