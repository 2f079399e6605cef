#!/bin/bash
# Starts or stops a real OpenSSH sshd for tests, on 0.0.0.0 (so 127.0.0.2 ... 127.0.0.254
# are as many "hosts"), with its own ed25519 host key and authorized_keys, and a real
# ssh-agent holding a key of its own (not in DIR/keys).
#   sshd.sh start DIR PORT    prints PORT=, USER=, HOST_KEY=DIR/host_ed25519.pub,
#                             HOST_FINGERPRINT=SHA256:..., KEY_DIR=DIR/keys (id_ed25519,
#                             no passphrase), PASSPHRASE_KEY=DIR/keys/id_pass,
#                             PASSPHRASE=..., RSA_KEY=DIR/keys/id_rsa,
#                             SSH_AUTH_SOCK=DIR/agent.sock
#   sshd.sh start DIR PORT password
#                             the same, and sshd also takes passwords: it runs in a private
#                             mount namespace where /etc/shadow is a copy giving this user
#                             the password printed as PASSWORD= (the system's own file and
#                             password are untouched); exit 77 without unshare(1)
#   sshd.sh stop DIR          stops sshd and ssh-agent
# All keys are in authorized_keys. Exit 77 when openssh-server or the client is missing.
set -euo pipefail
. "$(dirname "$0")/common.sh"
cmd=${1:?start or stop}
dir=${2:?directory}
passphrase=opsdeck-test-passphrase

# wait_banner PORT SECONDS: true once 127.0.0.1:PORT says "SSH-2.0".
wait_banner() {
    local port=$1 secs=$2 i line
    for ((i = 0; i < secs * 10; i++)); do
        if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
            line=$(timeout 2 head -c 7 <&3 || true)
            exec 3<&- 3>&-
            [ "$line" = "SSH-2.0" ] && return 0
        fi
        sleep 0.1
    done
    echo "sshd not answering on $port after ${secs}s, see $dir/sshd.log" >&2
    return 1
}

case $cmd in
start)
    port=${3:?port}
    mode=${4:-keys}
    [ -x /usr/sbin/sshd ] || { echo "missing /usr/sbin/sshd (Debian package openssh-server)" >&2; exit 77; }
    need ssh-keygen openssh-client
    need ssh-agent openssh-client
    need ssh-add openssh-client
    mkdir -p /run/sshd 2>/dev/null || true
    mkdir -p "$dir/keys"
    chmod 700 "$dir" "$dir/keys"
    ssh-keygen -q -t ed25519 -N '' -C opsdeck-test-host -f "$dir/host_ed25519"
    ssh-keygen -q -t ed25519 -N '' -C opsdeck-test -f "$dir/keys/id_ed25519"
    ssh-keygen -q -t ed25519 -N "$passphrase" -C opsdeck-test-pass -f "$dir/keys/id_pass"
    ssh-keygen -q -t rsa -b 2048 -N '' -C opsdeck-test-rsa -f "$dir/keys/id_rsa"
    ssh-keygen -q -t ed25519 -N '' -C opsdeck-test-agent -f "$dir/agent_ed25519"
    cat "$dir"/keys/*.pub "$dir/agent_ed25519.pub" >"$dir/authorized_keys"
    password_auth=no
    root_login=prohibit-password
    launch=()
    if [ "$mode" = password ]; then
        need unshare util-linux
        need openssl openssl
        password=$(openssl rand -hex 12)
        hash=$(openssl passwd -6 "$password")
        user=$(id -un)
        awk -F: -v OFS=: -v u="$user" -v h="$hash" '$1 == u { $2 = h } { print }' /etc/shadow >"$dir/shadow"
        chmod 600 "$dir/shadow"
        grep -q "^$user:" "$dir/shadow" || { echo "$user has no /etc/shadow entry" >&2; exit 1; }
        unshare -m --propagation private true 2>/dev/null || {
            echo "unshare -m is not permitted here (password auth needs a private /etc/shadow)" >&2
            exit 77
        }
        password_auth=yes
        root_login=yes
        # unshare execs sh, which execs sshd: $! below stays sshd's pid.
        launch=(unshare -m --propagation private sh -c 'mount --bind "$0" /etc/shadow && exec "$@"' "$dir/shadow")
    fi
    cat >"$dir/sshd_config" <<CONF
Port $port
ListenAddress 0.0.0.0
HostKey $dir/host_ed25519
PidFile $dir/sshd.pidfile
AuthorizedKeysFile $dir/authorized_keys
PasswordAuthentication $password_auth
KbdInteractiveAuthentication no
PermitRootLogin $root_login
UsePAM no
StrictModes no
UseDNS no
MaxStartups 1000
MaxSessions 100
LogLevel ERROR
Subsystem sftp internal-sftp
# Keep the tests apart from the account's dotfiles: bash reads ~/.bashrc for a command
# sshd runs only at shell level 1 (SHLVL unset); a .bashrc that prints or is slow (this
# machine's root runs pyenv init, ~100 ms a shell) would otherwise be in every step.
SetEnv SHLVL=1
CONF
    "${launch[@]}" /usr/sbin/sshd -f "$dir/sshd_config" -D -e >"$dir/sshd.log" 2>&1 &
    echo $! >"$dir/sshd.pid"
    ssh-agent -D -a "$dir/agent.sock" >"$dir/agent.log" 2>&1 &
    echo $! >"$dir/agent.pid"
    for ((i = 0; i < 100; i++)); do
        [ -S "$dir/agent.sock" ] && break
        sleep 0.1
    done
    SSH_AUTH_SOCK="$dir/agent.sock" ssh-add -q "$dir/agent_ed25519" 2>>"$dir/agent.log" || {
        echo "ssh-agent not ready, see $dir/agent.log" >&2
        exit 1
    }
    wait_banner "$port" 30
    echo "PORT=$port"
    echo "USER=$(id -un)"
    echo "HOST_KEY=$dir/host_ed25519.pub"
    echo "HOST_FINGERPRINT=$(ssh-keygen -l -f "$dir/host_ed25519.pub" | awk '{print $2}')"
    echo "KEY_DIR=$dir/keys"
    echo "PASSPHRASE_KEY=$dir/keys/id_pass"
    echo "PASSPHRASE=$passphrase"
    echo "RSA_KEY=$dir/keys/id_rsa"
    echo "SSH_AUTH_SOCK=$dir/agent.sock"
    [ "$mode" = password ] && echo "PASSWORD=$password"
    true
    ;;
stop)
    stop_pidfile "$dir/agent.pid"
    stop_pidfile "$dir/sshd.pid"
    ;;
*)
    echo "usage: $0 start DIR PORT | stop DIR" >&2
    exit 2
    ;;
esac
