#!/usr/bin/env bash
# Installs the Debian package on a fresh Debian 12 system and uses it there, as a newsroom's IT
# would: debootstrap makes a minimal bookworm root in a temporary folder, apt installs the .deb
# with its dependencies from Debian's archive, and an unprivileged user runs the installed
# program: --version, the man page, `init --demo`, `export`, and the editor itself (offscreen)
# for ten seconds, which creates and opens its default library.
#
# Usage (as root, with access to deb.debian.org): install_check.sh DEB [ROOT]
#   DEB   the package, e.g. build/newsdesk_0.1.0-1_amd64.deb (make install-check builds it)
#   ROOT  keep the Debian root in this folder and reuse it next time (default: a temporary one,
#         removed afterwards); the package is purged and installed again on every run.
# Not part of make test: it downloads about 300 MB from Debian and takes minutes.
set -euo pipefail

deb=$(readlink -f "$1")
root=${2:-}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}

[ "$(id -u)" -eq 0 ] || { echo "install_check: run as root (debootstrap and chroot)" >&2; exit 1; }
[ -f "$deb" ] || { echo "install_check: $deb: no such package (make package builds it)" >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y debootstrap

keep=1
if [ -z "$root" ]; then
    root=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-root.XXXXXX")
    chmod 755 "$root" # it is the root folder of the system: mktemp makes it private
    keep=0
fi

mounts=()
cleanup() {
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do umount -l "${mounts[i]}" 2>/dev/null || true; done
    [ "$keep" -eq 1 ] || rm -rf --one-file-system "$root"
}
trap cleanup EXIT

if [ ! -x "$root/usr/bin/apt-get" ]; then
    echo "== debootstrap bookworm into $root"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
        tail -20 "$root.debootstrap.log" >&2
        exit 1
    }
    rm -f "$root.debootstrap.log"
    cat >"$root/etc/apt/sources.list" <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb http://deb.debian.org/debian-security bookworm-security main
EOF
fi

mount --bind /proc "$root/proc" && mounts+=("$root/proc")
mount --bind /sys "$root/sys" && mounts+=("$root/sys")
mount --bind /dev "$root/dev" && mounts+=("$root/dev")
# Chromium (the preview) needs a writable /dev/shm, as every desktop system has.
mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm" && mounts+=("$root/dev/shm")
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/newsdesk.deb"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root "$@"; }
as_user() { chroot "$root" /usr/sbin/runuser -u editor -- /usr/bin/env -i PATH=/usr/bin:/bin \
    HOME=/home/editor LANG="${LANG_IN_ROOT:-C.UTF-8}" "$@"; }

echo "== apt-get install ./$(basename "$deb")"
in_root apt-get -q update >/dev/null
in_root apt-get -y -q purge newsdesk >/dev/null 2>&1 || true
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/newsdesk.deb \
    >"$root/tmp/install.log" 2>&1 || { tail -30 "$root/tmp/install.log" >&2; exit 1; }
grep -E '^(Setting up newsdesk|[0-9]+ upgraded)' "$root/tmp/install.log"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
check() {
    local what=$1
    shift
    if "$@" >"$root/tmp/check.log" 2>&1; then
        echo "ok   $what"
    else
        cat "$root/tmp/check.log" >&2
        fail "$what"
    fi
}

in_root id editor >/dev/null 2>&1 || in_root useradd -m -s /bin/bash editor
in_root rm -rf /home/editor/.local /home/editor/.config /home/editor/demo.newsdesk /home/editor/site

echo "== the installed program, as an unprivileged user"
check "newsdesk --version" as_user sh -c 'newsdesk --version | grep -q "^newsdesk [0-9]"'
check "desktop entry, icon and metainfo installed" test -f "$root/usr/share/applications/org.newsdesk.Newsdesk.desktop" \
    -a -f "$root/usr/share/icons/hicolor/scalable/apps/org.newsdesk.Newsdesk.svg" \
    -a -f "$root/usr/share/metainfo/org.newsdesk.Newsdesk.metainfo.xml"
check "man page installed" test -f "$root/usr/share/man/man1/newsdesk.1.gz"
check "MIME type registered" test -f "$root/usr/share/mime/application/x-newsdesk-library.xml"
check "init --demo" as_user newsdesk init --library /home/editor/demo.newsdesk --demo --articles 50
check "export" as_user newsdesk export --library /home/editor/demo.newsdesk --out /home/editor/site
check "the exported home page" test -s "$root/home/editor/site/index.html"

echo "== the editor, offscreen, for ten seconds"
# QT_QPA_PLATFORM only: no display here. No sandbox switch: the user is not root.
set +e
as_user env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 10 newsdesk \
    >"$root/tmp/gui.log" 2>&1
status=$?
set -e
if [ "$status" -ne 124 ]; then
    cat "$root/tmp/gui.log" >&2
    fail "the editor exited with status $status before ten seconds"
elif grep -Eq 'FATAL|Segmentation|Cannot load|Could not load' "$root/tmp/gui.log"; then
    cat "$root/tmp/gui.log" >&2
    fail "the editor logged a fatal error"
else
    echo "ok   the editor ran for ten seconds"
fi
check "the default library was created with demo content" \
    test -s "$root/home/editor/.local/share/newsdesk/library.newsdesk"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "install check passed on Debian $(cat "$root/etc/debian_version")"
