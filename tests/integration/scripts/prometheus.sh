#!/bin/bash
# Starts or stops a real Prometheus for tests.
#   prometheus.sh start DIR PORT SCRAPE_INTERVAL TARGET...
#   prometheus.sh stop DIR
# TARGET is host:port, or @FILE for a file with one host:port a line.
# PROMETHEUS_WEB_CONFIG=FILE (environment) is passed as --web.config.file (TLS, basic
# auth); readiness is then probed over https.
# Its data lives in DIR/data. Exit 77 when the package is missing.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
case $cmd in
start)
    port=${3:?port}
    every=${4:?scrape interval, e.g. 1s}
    shift 4
    need prometheus prometheus
    mkdir -p "$dir/data"
    targets=()
    for t in "$@"; do
        if [ "${t:0:1}" = @ ]; then
            mapfile -t -O "${#targets[@]}" targets <"${t:1}"
        else
            targets+=("$t")
        fi
    done
    {
        echo "global:"
        echo "  scrape_interval: $every"
        echo "  scrape_timeout: $every"
        echo "scrape_configs:"
        echo "  - job_name: node"
        echo "    static_configs:"
        echo "      - targets:"
        for t in "${targets[@]}"; do
            echo "          - '$t'"
        done
    } >"$dir/prometheus.yml"
    web=()
    scheme=http
    if [ -n "${PROMETHEUS_WEB_CONFIG:-}" ]; then
        web=(--web.config.file="$PROMETHEUS_WEB_CONFIG")
        scheme=https
    fi
    prometheus --config.file="$dir/prometheus.yml" --storage.tsdb.path="$dir/data" \
        --web.listen-address="127.0.0.1:$port" "${web[@]}" >"$dir/prometheus.log" 2>&1 &
    echo $! >"$dir/prometheus.pid"
    wait_http "$scheme://127.0.0.1:$port/-/ready" 60
    ;;
stop)
    stop_pidfile "$dir/prometheus.pid"
    ;;
*)
    echo "usage: $0 start DIR PORT INTERVAL TARGET|@FILE... | stop DIR" >&2
    exit 2
    ;;
esac
