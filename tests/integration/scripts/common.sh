# Helpers shared by the server scripts (sourced, not run).

# http_ok URL: true when URL answers 2xx (curl if there, else python3). Only a
# readiness probe: an https URL's certificate is not checked here.
http_ok() {
    if command -v curl >/dev/null 2>&1; then
        curl -kfsS -o /dev/null --max-time 2 "$1" 2>/dev/null
    else
        python3 -c 'import ssl, sys, urllib.request
urllib.request.urlopen(sys.argv[1], timeout=2, context=ssl._create_unverified_context())' "$1" 2>/dev/null
    fi
}

# wait_http URL SECONDS: waits until URL answers 2xx.
wait_http() {
    local url=$1 secs=${2:-30} i
    for ((i = 0; i < secs * 10; i++)); do
        if http_ok "$url"; then
            return 0
        fi
        sleep 0.1
    done
    echo "not ready after ${secs}s: $url" >&2
    return 1
}

# stop_pidfile FILE: stops the process whose pid FILE holds (TERM, then KILL).
stop_pidfile() {
    local f=$1 pid i
    [ -f "$f" ] || return 0
    pid=$(cat "$f")
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null || true
        for ((i = 0; i < 50; i++)); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$f"
}

need() {
    command -v "$1" >/dev/null 2>&1 || { echo "missing $1 (Debian package $2)" >&2; exit 77; }
}
