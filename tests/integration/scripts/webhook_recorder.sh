#!/bin/bash
# Starts or stops a local HTTP listener that records the webhook POSTs it receives
# (webhook_recorder.py: DIR/posts.jsonl, one JSON line a request; the path picks the answer).
#   webhook_recorder.sh start DIR PORT   prints PORT=N and POSTS=DIR/posts.jsonl
#   webhook_recorder.sh stop DIR
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
case $cmd in
start)
    need python3 python3
    mkdir -p "$dir"
    port=${3:?port}
    : >"$dir/posts.jsonl"
    python3 "$(dirname "$0")/webhook_recorder.py" "$dir" "$port" >"$dir/recorder.log" 2>&1 &
    echo $! >"$dir/recorder.pid"
    wait_http "http://127.0.0.1:$port/ready" 30
    echo "PORT=$port"
    echo "POSTS=$dir/posts.jsonl"
    ;;
stop)
    stop_pidfile "$dir/recorder.pid"
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
