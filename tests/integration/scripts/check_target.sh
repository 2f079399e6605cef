#!/bin/bash
# Starts or stops check_target.py, the scriptable HTTP(S) server of the checks' tests.
#   check_target.sh start DIR PORT [DAYS]
#       plain HTTP; with DAYS, HTTPS with a self-signed certificate for 127.0.0.1 and
#       localhost made here with openssl, valid for DAYS days; prints CERT=DIR/cert.pem,
#       USER= and PASSWORD= (the Basic credentials /auth accepts)
#   check_target.sh stop DIR
# Files served by /file/NAME and the Jenkins paths are read from DIR.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
case $cmd in
start)
    port=${3:?port}
    days=${4:-}
    need python3 python3
    mkdir -p "$dir"
    password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
    tls=()
    scheme=http
    if [ -n "$days" ]; then
        need openssl openssl
        openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" \
            -days "$days" -subj "/CN=127.0.0.1" \
            -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" >"$dir/openssl.log" 2>&1
        tls=(--cert "$dir/cert.pem" --key "$dir/key.pem")
        scheme=https
        echo "CERT=$dir/cert.pem"
    fi
    python3 "$(dirname "$0")/check_target.py" "$dir" "$port" "${tls[@]}" --user probe \
        --password "$password" >"$dir/check_target.log" 2>&1 &
    echo $! >"$dir/check_target.pid"
    wait_http "$scheme://127.0.0.1:$port/status/200" 30
    echo "PORT=$port"
    echo "USER=probe"
    echo "PASSWORD=$password"
    ;;
stop)
    stop_pidfile "$dir/check_target.pid"
    ;;
*)
    echo "usage: $0 start DIR PORT [DAYS] | stop DIR" >&2
    exit 2
    ;;
esac
