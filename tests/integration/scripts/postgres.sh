#!/bin/bash
# Starts or stops a private PostgreSQL 15 for tests: a fresh cluster (initdb) in DIR/pg,
# listening on 127.0.0.1:PORT only (TCP takes passwords, scram-sha-256) and on a unix
# socket in DIR/pg/run (trust: only the script's own set-up uses it), fsync off.
#   postgres.sh start DIR PORT  prints PORT=, HOST=127.0.0.1, USER=opsdeck (the cluster's
#                               superuser), PASSWORD=..., DBNAME=opsdeck (an empty
#                               database), PGDATA=DIR/pg/data, SOCKET_DIR=DIR/pg/run
#   postgres.sh stop DIR        stops the server (fast shutdown)
#   postgres.sh resume DIR PORT starts the stopped cluster of DIR again on PORT (a test of
#                               a lost and returning server; the data and password stay)
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

case $cmd in
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
    as_server "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
        -o "-p $port -k $dir/pg/run -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
        start >/dev/null ||
        { echo "pg_ctl start failed, see $dir/pg/server.log" >&2; exit 1; }
    as_server "$bin/createdb" -h "$dir/pg/run" -p "$port" -U opsdeck opsdeck ||
        { echo "createdb failed, see $dir/pg/server.log" >&2; exit 1; }
    echo "PORT=$port"
    echo "HOST=127.0.0.1"
    echo "USER=opsdeck"
    echo "PASSWORD=$password"
    echo "DBNAME=opsdeck"
    echo "PGDATA=$dir/pg/data"
    echo "SOCKET_DIR=$dir/pg/run"
    ;;
stop)
    [ -f "$dir/pg/data/postmaster.pid" ] || exit 0
    as_server "$bin/pg_ctl" -D "$dir/pg/data" -m fast -w -t 30 stop >/dev/null 2>&1 || {
        # A server that would not stop: end it by the pid it wrote.
        pid=$(head -1 "$dir/pg/data/postmaster.pid" 2>/dev/null || true)
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null || true
    }
    ;;
resume)
    port=${3:?port}
    as_server "$bin/pg_ctl" -D "$dir/pg/data" -l "$dir/pg/server.log" -w -t 60 \
        -o "-p $port -k $dir/pg/run -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" \
        start >/dev/null ||
        { echo "pg_ctl start failed, see $dir/pg/server.log" >&2; exit 1; }
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR | resume DIR PORT" >&2
    exit 2
    ;;
esac
