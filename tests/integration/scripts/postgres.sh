#!/bin/bash
# Starts or stops a private PostgreSQL 15 for tests: a fresh cluster (initdb) in DIR/pg,
# listening on 127.0.0.1:PORT only (TCP takes passwords, scram-sha-256) and on a unix
# socket in DIR/pg/run (trust: only the script's own set-up uses it), fsync off.
#   postgres.sh start DIR PORT  prints PORT=, HOST=127.0.0.1, USER=opsdeck (the cluster's
#                               superuser), PASSWORD=..., DBNAME=opsdeck (an empty
#                               database), PGDATA=DIR/pg/data, SOCKET_DIR=DIR/pg/run
#   postgres.sh start DIR PORT tls  the same with TLS on: a CA and a server certificate
#                               for 127.0.0.1 made here (openssl), TCP clients must use TLS
#                               (hostssl); also prints CA_CERT= (the CA to trust) and
#                               OTHER_CA_CERT= (a CA that did not sign it)
#   postgres.sh stop DIR        stops the server (fast shutdown)
#   postgres.sh kill DIR        kills the server as a crash would (immediate shutdown: no
#                               checkpoint, crash recovery from the WAL at the next start)
#   postgres.sh resume DIR      starts the stopped server again, same data, same port
# make_tls: a CA, a server certificate it signs for IP 127.0.0.1 (and CN localhost), and
# an unrelated second CA, in DIR/pg/tls.
make_tls() {
    need openssl openssl
    local t=$dir/pg/tls
    mkdir -p "$t"
    for ca in ca other; do
        openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=opsdeck test $ca" \
            -keyout "$t/$ca.key" -out "$t/$ca.crt" >/dev/null 2>&1
    done
    openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$t/server.key" \
        -out "$t/server.csr" >/dev/null 2>&1
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' >"$t/san.ext"
    openssl x509 -req -in "$t/server.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" -CAcreateserial \
        -days 2 -extfile "$t/san.ext" -out "$t/server.crt" >/dev/null 2>&1 ||
        { echo "openssl could not sign the server certificate" >&2; exit 1; }
    chmod 0600 "$t/server.key"
}

# initdb and the server refuse to run as root: under root both run as the `postgres`
# system user (Debian's package creates it), DIR is opened to it for traversal (0711)
# and DIR/pg is its own. Exit 77 when the Debian package postgresql-15 is missing.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
bin=/usr/lib/postgresql/15/bin

# as_server CMD...: runs CMD as the user the server runs as.
as_server() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# start_server PORT: starts the cluster in DIR/pg/data on 127.0.0.1:PORT (with TLS when
# DIR/pg/tls exists).
start_server() {
    local tls=""
    [ -d "$dir/pg/tls" ] &&
        tls="-c ssl=on -c ssl_cert_file=$dir/pg/tls/server.crt -c ssl_key_file=$dir/pg/tls/server.key"
    as_server "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
        -o "-p $1 -k $dir/pg/run -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off $tls" \
        start >/dev/null ||
        { echo "pg_ctl start failed, see $dir/pg/server.log" >&2; exit 1; }
}

case $cmd in
resume)
    [ -f "$dir/pg/port" ] || { echo "no server was started in $dir" >&2; exit 1; }
    start_server "$(cat "$dir/pg/port")"
    ;;
start)
    port=${3:?port}
    [ -x "$bin/initdb" ] || { echo "missing $bin/initdb (Debian package postgresql-15)" >&2; exit 77; }
    [ -x "$bin/pg_ctl" ] || { echo "missing $bin/pg_ctl (Debian package postgresql-15)" >&2; exit 77; }
    if [ "$(id -u)" -eq 0 ]; then
        need runuser util-linux
        id postgres >/dev/null 2>&1 || { echo "missing the postgres user (Debian package postgresql-15)" >&2; exit 77; }
    fi
    mkdir -p "$dir/pg/run"
    password=$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
    printf '%s\n' "$password" >"$dir/pg/pwfile"
    if [ "$(id -u)" -eq 0 ]; then
        chmod 0711 "$dir"
        chown -R postgres: "$dir/pg"
    fi
    chmod 0700 "$dir/pg"
    as_server "$bin/initdb" -D "$dir/pg/data" -U opsdeck --pwfile="$dir/pg/pwfile" -E UTF8 \
        --locale=C.UTF-8 --auth-local=trust --auth-host=scram-sha-256 --no-sync >"$dir/pg/initdb.log" 2>&1 ||
        { echo "initdb failed, see $dir/pg/initdb.log" >&2; exit 1; }
    rm -f "$dir/pg/pwfile"
    if [ "${4:-}" = tls ]; then
        make_tls
        # TCP only over TLS.
        sed -i 's/^host\([[:space:]]\)/hostssl\1/' "$dir/pg/data/pg_hba.conf"
        [ "$(id -u)" -eq 0 ] && chown -R postgres: "$dir/pg"
    fi
    echo "$port" >"$dir/pg/port"
    start_server "$port"
    as_server "$bin/createdb" -h "$dir/pg/run" -p "$port" -U opsdeck opsdeck ||
        { echo "createdb failed, see $dir/pg/server.log" >&2; exit 1; }
    echo "PORT=$port"
    echo "HOST=127.0.0.1"
    echo "USER=opsdeck"
    echo "PASSWORD=$password"
    echo "DBNAME=opsdeck"
    echo "PGDATA=$dir/pg/data"
    echo "SOCKET_DIR=$dir/pg/run"
    if [ -d "$dir/pg/tls" ]; then
        echo "CA_CERT=$dir/pg/tls/ca.crt"
        echo "OTHER_CA_CERT=$dir/pg/tls/other.crt"
    fi
    ;;
kill)
    [ -f "$dir/pg/data/postmaster.pid" ] || { echo "no server runs in $dir" >&2; exit 1; }
    as_server "$bin/pg_ctl" -D "$dir/pg/data" -m immediate -w -t 30 stop >/dev/null
    ;;
stop)
    [ -f "$dir/pg/data/postmaster.pid" ] || exit 0
    as_server "$bin/pg_ctl" -D "$dir/pg/data" -m fast -w -t 30 stop >/dev/null 2>&1 || {
        # A server that would not stop: end it by the pid it wrote.
        pid=$(head -1 "$dir/pg/data/postmaster.pid" 2>/dev/null || true)
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
    }
    ;;
*)
    echo "usage: $0 start DIR PORT [tls] | stop DIR | kill DIR | resume DIR" >&2
    exit 2
    ;;
esac
