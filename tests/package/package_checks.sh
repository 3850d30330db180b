#!/usr/bin/env bash
# The Debian package (packaging/CMakeLists.txt): builds it with CPack from the build folder into
# a temporary folder, checks it with lintian (no errors), desktop-file-validate and appstreamcli,
# extracts it into a temporary root, checks the installed files and runs the extracted binary:
# --version, --help, and `init --demo` + `export` offscreen.
#
# Usage: package_checks.sh BUILD_DIR VERSION
# Exits 77 (ctest's SKIP_RETURN_CODE) only when a tool it needs is missing.
set -euo pipefail

build_dir=$(cd "$1" && pwd)
version=$2
app_id=org.newsdesk.Newsdesk

missing=()
for tool in cpack dpkg-deb dpkg-shlibdeps lintian desktop-file-validate appstreamcli rsvg-convert; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "SKIP: missing ${missing[*]} (make deps installs them: packaging/debian-packages.txt)"
    exit 77
fi

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

work=$(mktemp -d "${TMPDIR:-/tmp}/newsdesk-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

echo "== cpack"
# Into the temporary folder, so that a concurrent `make package` in the build folder is not
# disturbed.
(cd "$build_dir" && cpack --config CPackConfig.cmake -B "$work/out") >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack" >&2
    exit 1
}
debs=("$work"/out/newsdesk_"$version"-*.deb)
[ -f "${debs[0]}" ] || { cat "$work/cpack.log" >&2; echo "FAIL: no newsdesk_$version-*.deb" >&2; exit 1; }
deb=${debs[0]}
echo "built $(basename "$deb")"

echo "== control fields"
depends=$(dpkg-deb -f "$deb" Depends)
for package in libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins qt6-image-formats-plugins \
        libqt6svg6 qt6-translations-l10n libqt6core6 libqt6webenginecore6-bin; do
    grep -Eq "(^|, )$package( |,|$)" <<<"$depends" || fail "Depends lacks $package: $depends"
done
grep -q fonts-noto-cjk <<<"$(dpkg-deb -f "$deb" Recommends)" || fail "Recommends lacks fonts-noto-cjk"
[ "$(dpkg-deb -f "$deb" Package)" = newsdesk ] || fail "package name"
[ "$(dpkg-deb -f "$deb" Version)" = "$version-1" ] || fail "version $(dpkg-deb -f "$deb" Version)"

echo "== lintian"
# lintian exits non-zero on errors too; its E: lines are what counts here.
lintian --no-cfg "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E:' "$work/lintian.log"; then
    fail "lintian reports errors"
fi

echo "== installed files"
root=$work/root
dpkg-deb -x "$deb" "$root"
expected=(
    usr/bin/newsdesk
    usr/share/man/man1/newsdesk.1.gz
    usr/share/doc/newsdesk/copyright
    usr/share/doc/newsdesk/manual/en/index.md
    usr/share/doc/newsdesk/manual/zh_CN/index.md
    usr/share/doc/newsdesk/changelog.Debian.gz
    usr/share/applications/$app_id.desktop
    usr/share/metainfo/$app_id.metainfo.xml
    usr/share/mime/packages/newsdesk.xml
    usr/share/icons/hicolor/scalable/apps/$app_id.svg
    usr/share/newsdesk/translations/newsdesk_zh_CN.qm
    usr/share/newsdesk/translations/newsdesk_en.qm
    usr/share/newsdesk/themes/default/templates/article.mustache
    usr/share/newsdesk/themes/default/templates/partials/head.mustache
    usr/share/newsdesk/themes/default/strings/zh-CN.json
    usr/share/newsdesk/themes/default/assets/style.css
)
for size in 16 24 32 48 64 128 256; do
    expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    [ -s "$root/$file" ] || fail "not installed: /$file"
done
for size in 16 48 256; do
    png=$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png
    [ -f "$png" ] || continue
    # PNG header: the width and height are the big-endian words at bytes 16 and 20.
    width=$(od -An -tu1 -j16 -N4 "$png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
    [ "$width" = "$size" ] || fail "icon ${size}x${size} is $width pixels wide"
done
[ -x "$root/usr/bin/newsdesk" ] || fail "/usr/bin/newsdesk is not executable"

echo "== desktop-file-validate, appstreamcli"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"

echo "== the extracted binary"
# Its own home, so no settings or default library of the person running the tests are touched.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache XDG_RUNTIME_DIR=$work/runtime QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
newsdesk=$root/usr/bin/newsdesk

"$newsdesk" --version >"$work/version.txt" 2>&1 || fail "--version exits $?"
grep -qx "newsdesk $version" "$work/version.txt" || fail "--version says: $(cat "$work/version.txt")"

"$newsdesk" --help >"$work/help.txt" 2>&1 || fail "--help exits $?"
grep -q '^Usage:' "$work/help.txt" || fail "--help has no usage: $(cat "$work/help.txt")"

# The man page covers every subcommand the binary lists.
zcat "$root/usr/share/man/man1/newsdesk.1.gz" >"$work/newsdesk.1"
subcommands=$(sed -n 's/^  newsdesk \([a-z][a-z]*\) .*/\1/p' "$work/help.txt")
[ -n "$subcommands" ] || fail "no subcommands found in --help"
for subcommand in $subcommands; do
    grep -q "^\.SS \"$subcommand " "$work/newsdesk.1" || fail "the man page has no section for $subcommand"
done

library=$work/demo.newsdesk
if "$newsdesk" init --library "$library" --demo --articles 12 >"$work/init.log" 2>&1; then
    if "$newsdesk" export --library "$library" --out "$work/site" >"$work/export.log" 2>&1; then
        [ -s "$work/site/index.html" ] || fail "export wrote no index.html"
        ls "$work/site"/*.xml >/dev/null 2>&1 || fail "export wrote no feed or sitemap"
    else
        cat "$work/export.log" >&2
        fail "export"
    fi
else
    cat "$work/init.log" >&2
    fail "init --demo"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed: $(basename "$deb")"
