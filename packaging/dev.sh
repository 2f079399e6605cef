#!/usr/bin/env bash
# The README's two commands:
#   bash packaging/dev.sh run    install what is needed, build, open the Opsdeck window
#   bash packaging/dev.sh test   install what is needed, build, run the whole suite with ctest
# Both are idempotent; run as root on Debian 12 (or as a user for whom the packages are
# already installed). BUILD_DIR (default build/release) and JOBS can be set.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
mode=${1:-}
build_dir=${BUILD_DIR:-$here/build/release}
jobs=${JOBS:-$(nproc)}

build_packages=(qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-svg-dev libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libssh2-1-dev
  cmake ninja-build g++ pkgconf dpkg-dev file libgl1-mesa-dev libyaml-cpp-dev libtomlplusplus-dev
  libarchive-dev libcurl4-openssl-dev libpng-dev mold)
run_packages=(gnome-keyring dbus-x11)
test_packages=(xvfb xauth gnome-keyring dbus dbus-x11 libsecret-tools openssh-server openssh-client
  prometheus-node-exporter prometheus graphite-carbon graphite-web netcat-openbsd postgresql
  python3 procps iproute2 ansible-core openssl curl monitoring-plugins-basic
  python3-aiosmtpd notification-daemon x11-utils trayer poppler-utils rrdtool)

install_packages() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "dev.sh: missing Debian packages: ${missing[*]}; run this as root once" >&2
    exit 1
  fi
  echo "dev.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends -o DPkg::Lock::Timeout=600 "${missing[@]}"
}

build() {
  cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release ${CMAKE_ARGS:-}
  cmake --build "$build_dir" -j "$jobs"
}

case "$mode" in
run)
  install_packages "${build_packages[@]}" "${run_packages[@]}"
  build
  shift
  exec "$build_dir/bin/opsdeck" "$@"
  ;;
test)
  install_packages "${build_packages[@]}" "${test_packages[@]}"
  build
  # A test that needs a Secret Service starts its own (tests/integration/scripts/keychain.sh:
  # gnome-keyring on a private D-Bus session); none may reach the caller's session bus or
  # display. A throw-away HOME and runtime folder for what outside tools write there.
  scratch=$(mktemp -d /tmp/opsdeck-test.XXXXXX)
  trap 'rm -rf "$scratch"' EXIT
  mkdir -m700 -p "$scratch/home" "$scratch/run"
  cd "$build_dir"
  # shellcheck disable=SC2086 # CTEST_ARGS holds several words
  env -u DISPLAY -u WAYLAND_DISPLAY -u DBUS_SESSION_BUS_ADDRESS HOME="$scratch/home" \
    XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=offscreen OPSDECK_REQUIRE_TOOLS=1 \
    ctest --output-on-failure --timeout 600 -j "$jobs" ${CTEST_ARGS:-}
  ;;
*)
  echo "usage: bash packaging/dev.sh run|test" >&2
  exit 2
  ;;
esac
