#!/bin/bash
# Starts or stops a static page server (static_page.py) for benchmarks.
#   static_page.sh start DIR PORT FILE [HOST]
#   static_page.sh stop DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
case $cmd in
start)
    port=${3:?port}
    file=${4:?file to serve}
    host=${5:-127.0.0.1}
    need python3 python3
    mkdir -p "$dir"
    python3 "$(dirname "$0")/static_page.py" "$file" "$port" "$host" >"$dir/static_page.log" 2>&1 &
    echo $! >"$dir/static_page.pid"
    wait_http "http://127.0.0.1:$port/metrics" 30
    ;;
stop)
    stop_pidfile "$dir/static_page.pid"
    ;;
*)
    echo "usage: $0 start DIR PORT FILE [HOST] | stop DIR" >&2
    exit 2
    ;;
esac
