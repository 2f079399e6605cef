#!/bin/bash
# Starts or stops a real Graphite (carbon-cache + graphite-web) for tests.
#   graphite.sh start DIR LINE_PORT PICKLE_PORT QUERY_PORT WEB_PORT
#   graphite.sh stop DIR
# Carbon listens on 127.0.0.1:LINE_PORT (plaintext), PICKLE_PORT and QUERY_PORT (cache
# queries, which graphite-web uses to see points not yet on disk); graphite-web on
# 127.0.0.1:WEB_PORT. Every file lives under DIR. Retention: 10s:1d.
# Exit 77 when a package is missing.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
case $cmd in
start)
    line=${3:?line port}
    pickle=${4:?pickle port}
    query=${5:?cache query port}
    web=${6:?web port}
    need carbon-cache graphite-carbon
    need graphite-manage graphite-web
    mkdir -p "$dir/storage/whisper" "$dir/log" "$dir/conf" "$dir/py"
    cat >"$dir/conf/carbon.conf" <<CONF
[cache]
STORAGE_DIR = $dir/storage
LOCAL_DATA_DIR = $dir/storage/whisper
WHITELISTS_DIR = $dir/storage/lists
CONF_DIR = $dir/conf
LOG_DIR = $dir/log
PID_DIR = $dir
USER =
ENABLE_LOGROTATION = False
MAX_CACHE_SIZE = inf
MAX_UPDATES_PER_SECOND = inf
MAX_CREATES_PER_MINUTE = inf
LINE_RECEIVER_INTERFACE = 127.0.0.1
LINE_RECEIVER_PORT = $line
ENABLE_UDP_LISTENER = False
PICKLE_RECEIVER_INTERFACE = 127.0.0.1
PICKLE_RECEIVER_PORT = $pickle
CACHE_QUERY_INTERFACE = 127.0.0.1
CACHE_QUERY_PORT = $query
LOG_LISTENER_CONNECTIONS = False
CONF
    cat >"$dir/conf/storage-schemas.conf" <<CONF
[default]
pattern = .*
retentions = 10s:1d
CONF
    cat >"$dir/conf/storage-aggregation.conf" <<CONF
[default]
pattern = .*
xFilesFactor = 0
aggregationMethod = average
CONF
    cat >"$dir/py/opsdeck_graphite_settings.py" <<CONF
SECRET_KEY = 'opsdeck-test-only'
ALLOWED_HOSTS = ['*']
TIME_ZONE = 'UTC'
STORAGE_DIR = '$dir/storage'
WHISPER_DIR = '$dir/storage/whisper'
STANDARD_DIRS = ['$dir/storage/whisper']
LOG_DIR = '$dir/log'
INDEX_FILE = '$dir/storage/index'
CARBONLINK_HOSTS = ['127.0.0.1:$query']
DATABASES = {'default': {'NAME': '$dir/graphite.db', 'ENGINE': 'django.db.backends.sqlite3'}}
CONF
    carbon-cache --config="$dir/conf/carbon.conf" --pidfile="$dir/carbon.pid.d" --logdir="$dir/log" \
        --nodaemon start >"$dir/carbon.log" 2>&1 &
    echo $! >"$dir/carbon.pid"
    export PYTHONPATH="$dir/py" GRAPHITE_SETTINGS_MODULE=opsdeck_graphite_settings
    graphite-manage migrate --run-syncdb >"$dir/migrate.log" 2>&1
    graphite-manage runserver --noreload "127.0.0.1:$web" >"$dir/web.log" 2>&1 &
    echo $! >"$dir/web.pid"
    # carbon up: its line port accepts connections
    for ((i = 0; i < 300; i++)); do
        if nc -z 127.0.0.1 "$line" 2>/dev/null; then break; fi
        sleep 0.1
    done
    nc -z 127.0.0.1 "$line" || { echo "carbon-cache did not start; see $dir/carbon.log" >&2; exit 1; }
    wait_http "http://127.0.0.1:$web/render?target=none&format=json" 60
    ;;
stop)
    stop_pidfile "$dir/web.pid"
    stop_pidfile "$dir/carbon.pid"
    ;;
*)
    echo "usage: $0 start DIR LINE_PORT PICKLE_PORT QUERY_PORT WEB_PORT | stop DIR" >&2
    exit 2
    ;;
esac
