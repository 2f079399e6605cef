#!/bin/bash
# Starts or stops a real prometheus-node-exporter for tests.
#   node_exporter.sh start DIR PORT [LISTEN_HOST [MAX_REQUESTS]]
#   node_exporter.sh stop DIR
# LISTEN_HOST defaults to 127.0.0.1 (0.0.0.0 makes every 127.x.y.z answer);
# MAX_REQUESTS defaults to node_exporter's 40 (0: no limit).
# Exit 77 when the package is missing (ctest: skipped).
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
case $cmd in
start)
    port=${3:?port}
    host=${4:-127.0.0.1}
    maxreq=${5:-40}
    need prometheus-node-exporter prometheus-node-exporter
    mkdir -p "$dir"
    prometheus-node-exporter --web.listen-address="$host:$port" --web.max-requests="$maxreq" \
        --no-collector.systemd >"$dir/node_exporter.log" 2>&1 &
    echo $! >"$dir/node_exporter.pid"
    wait_http "http://127.0.0.1:$port/metrics" 30
    ;;
stop)
    stop_pidfile "$dir/node_exporter.pid"
    ;;
*)
    echo "usage: $0 start DIR PORT [HOST [MAX_REQUESTS]] | stop DIR" >&2
    exit 2
    ;;
esac
