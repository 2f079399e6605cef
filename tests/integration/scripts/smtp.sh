#!/bin/bash
# Starts or stops a real local SMTP listener (smtp.py on Debian's python3-aiosmtpd) that
# keeps each message it receives as DIR/mail/N.eml with its envelope in DIR/mail/N.json.
#   smtp.sh start DIR PORT [starttls|plain] [MECHANISMS]
#       starttls (default): STARTTLS required, with a self-signed certificate for 127.0.0.1
#       made by openssl in DIR; plain: no STARTTLS offered. Both: AUTH LOGIN and PLAIN as
#       USER=opsdeck-mail with a random PASSWORD (MECHANISMS, e.g. LOGIN: offer only those).
#     prints PORT=, USER=, PASSWORD=, CA_FILE=DIR/cert.pem and MAIL_DIR=DIR/mail
#   smtp.sh stop DIR
# Exit 77 when a package is missing.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
# Debian's interpreter, where python3-aiosmtpd is installed (not a pyenv or venv one).
py=/usr/bin/python3
case $cmd in
start)
    port=${3:?port}
    mode=${4:-starttls}
    mechanisms=${5:-}
    need openssl openssl
    [ -x "$py" ] || { echo "missing $py (Debian package python3)" >&2; exit 77; }
    "$py" -c 'import aiosmtpd' 2>/dev/null || { echo "missing aiosmtpd (Debian package python3-aiosmtpd)" >&2; exit 77; }
    mkdir -p "$dir/mail"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout "$dir/key.pem" -out "$dir/cert.pem" -days 2 \
        -subj /CN=127.0.0.1 -addext "subjectAltName=IP:127.0.0.1,DNS:localhost" >"$dir/openssl.log" 2>&1
    user=opsdeck-mail
    password=$(openssl rand -hex 12)
    "$py" "$(dirname "$0")/smtp.py" "$mode" "$port" "$dir/mail" "$dir/cert.pem" "$dir/key.pem" "$user" \
        "$password" "$mechanisms" >"$dir/smtp.log" 2>&1 &
    echo $! >"$dir/smtp.pid"
    for ((i = 0; i < 300; i++)); do
        grep -q '^ready' "$dir/smtp.log" 2>/dev/null && break
        kill -0 "$(cat "$dir/smtp.pid")" 2>/dev/null || break
        sleep 0.1
    done
    grep -q '^ready' "$dir/smtp.log" || { echo "smtp.py did not start, see $dir/smtp.log" >&2; cat "$dir/smtp.log" >&2; exit 1; }
    echo "PORT=$port"
    echo "USER=$user"
    echo "PASSWORD=$password"
    echo "CA_FILE=$dir/cert.pem"
    echo "MAIL_DIR=$dir/mail"
    ;;
stop)
    stop_pidfile "$dir/smtp.pid"
    ;;
*)
    echo "usage: $0 start DIR PORT [starttls|plain] [MECHANISMS] | stop DIR" >&2
    exit 2
    ;;
esac
