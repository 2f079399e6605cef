#!/usr/bin/env bash
# Builds the .deb with CPack into a scratch folder and checks what a user would get.
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
(cd "$build" && cpack -G DEB -B "$out" >"$out/cpack.log" 2>&1) || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/*.deb | head -n 1)
[ -f "$deb" ] || { echo "no .deb produced"; exit 1; }
contents=$(dpkg-deb -c "$deb")
for f in ./usr/bin/opsdeck ./usr/libexec/opsdeck/opsdeck-app ./usr/libexec/opsdeck/opsdeck-export \
         ./usr/share/applications/opsdeck.desktop \
         ./usr/share/icons/hicolor/scalable/apps/opsdeck.svg ./usr/share/metainfo/io.opsdeck.Opsdeck.metainfo.xml; do
  grep -qF "$f" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libqt6core6 libqt6widgets6 libssh2-1 libqt6keychain1 libqt6sql6-sqlite; do
  grep -q "$lib" <<<"$depends" || { echo "Depends lacks $lib: $depends"; exit 1; }
done
if command -v desktop-file-validate >/dev/null; then
  dpkg-deb -x "$deb" "$out/root"
  desktop-file-validate "$out/root/usr/share/applications/opsdeck.desktop"
fi
echo "ok: $(basename "$deb"): Depends: $depends"
