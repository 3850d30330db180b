#!/usr/bin/env bash
# Regenerates the user manual's screenshots (docs/manual/images/<lang>/*.png).
#
#   make screenshots                      # builds first, then runs this script
#   docs/manual/screenshots.sh            # uses build/bin/newsdesk as it is
#   SCREENSHOT_LANGS=en docs/manual/screenshots.sh
#   NEWSDESK_BIN=/usr/bin/newsdesk docs/manual/screenshots.sh
#
# Builds nothing. Creates demo libraries in a temporary folder, starts the editor under Xvfb
# with a fresh HOME (XDG folders in the temporary folder) once per language, drives it with
# xdotool (menus through their Alt mnemonics, dialogs through their labels' mnemonics), and
# captures the screen with ImageMagick. The recovery dialog comes from a real crash: an
# autosaved edit, then kill -9, then Newsdesk again. The exported site is photographed with
# headless Chromium. Every step waits for what it needs and stops the script with a message
# naming the step when it does not come; the temporary folder is then kept, with a picture of
# the screen.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
BIN=${NEWSDESK_BIN:-$ROOT/build/bin/newsdesk}
OUT=$ROOT/docs/manual/images
LANGS=${SCREENSHOT_LANGS:-zh_CN en}
SCREEN_W=1280
SCREEN_H=800
# Small files that stay the same when the screen does: 256 colours without dithering (the text
# stays sharp; a third of the size), no metadata, no time stamps.
PNG_OPTIONS="-strip +dither -colors 256 -define png:exclude-chunks=date,time"

die() {
    echo "screenshots: $*" >&2
    exit 1
}

# ---------------------------------------------------------------- outside Xvfb: checks, start
if [[ ${1:-} != --inside ]]; then
    [[ -x $BIN ]] || die "$BIN does not exist; run 'make build' first (or set NEWSDESK_BIN)."
    for tool in xvfb-run xdotool import convert chromium python3; do
        command -v "$tool" >/dev/null ||
            die "$tool is missing (Debian packages: xvfb, xdotool, imagemagick, chromium, python3)."
    done
    start=$(date +%s)
    # A fixed folder, so that the paths the pictures show stay the same from run to run.
    WORK=${TMPDIR:-/tmp}/newsdesk-manual
    rm -rf "$WORK"
    mkdir -p "$WORK"
    export WORK BIN
    if xvfb-run -a -s "-screen 0 1400x860x24" "$0" --inside; then
        rm -rf "$WORK"
        echo "screenshots: done in $(($(date +%s) - start)) s; images in ${OUT#"$ROOT"/}/"
    else
        echo "screenshots: failed; the work folder $WORK is kept (app logs, failure.png)." >&2
        exit 1
    fi
    exit 0
fi

# ---------------------------------------------------------------- inside Xvfb
export LC_ALL=C.UTF-8             # xdotool types Chinese only in a UTF-8 locale
APP_PID=
STEP=start
LANG_DIR=

on_exit() {
    local status=$?
    if [[ $status -ne 0 ]]; then
        echo "screenshots: the step '$STEP' failed${LANG_DIR:+ (language ${LANG_DIR##*/})}." >&2
        import -window root "$WORK/failure.png" 2>/dev/null || true
        [[ -n $LANG_DIR && -f $LANG_DIR/app.log ]] && tail -n 20 "$LANG_DIR/app.log" >&2
    fi
    [[ -n $APP_PID ]] && kill "$APP_PID" 2>/dev/null || true
    [[ -n ${HTTP_PID:-} ]] && kill "$HTTP_PID" 2>/dev/null || true
    return $status
}
trap on_exit EXIT

step() {
    STEP=$1
    echo "  $STEP"
}

# The id of the visible window whose title contains $1, waiting up to $2 seconds (10).
find_window() {
    local title=$1 id name
    for id in $(xdotool search --onlyvisible --name . 2>/dev/null); do
        name=$(xdotool getwindowname "$id" 2>/dev/null) || continue
        if [[ $name == *"$title"* ]]; then
            echo "$id"
            return 0
        fi
    done
    return 1
}

wait_window() {
    local title=$1 seconds=${2:-10} i
    for ((i = 0; i < seconds * 5; i++)); do
        if find_window "$title"; then
            return 0
        fi
        [[ -n $APP_PID ]] && ! kill -0 "$APP_PID" 2>/dev/null && die "Newsdesk exited."
        sleep 0.2
    done
    die "no window titled '$title' within $seconds s."
}

wait_gone() {
    local title=$1 i
    for ((i = 0; i < 50; i++)); do
        find_window "$title" >/dev/null || return 0
        sleep 0.2
    done
    die "the window '$title' did not close."
}

# Gives the keyboard to window $1 (there is no window manager to do it).
focus() {
    xdotool windowfocus --sync "$1"
    sleep 0.2
}

# The main window; found again each time, as Qt replaces its X window when the first web view
# (the preview) appears in it.
focus_main() {
    focus "$(wait_window "$T_MAIN")"
}

keys() {
    xdotool key --delay 60 "$@"
    sleep 0.4
}

# Chinese characters slowly: xdotool maps each to a spare key code, and a mapping that changes
# before Qt has read the last one gives the wrong character.
type_text() {
    local text=$1
    if ! LC_ALL=C grep -q '[^ -~]' <<<"$text"; then
        xdotool type --delay 25 "$text"
    else
        xdotool type --delay 120 "$text"
    fi
    sleep 0.3
}

click() {
    xdotool mousemove "$1" "$2" click 1
    sleep 0.4
}

# Captures the screen, cropped to the main window's 1280x800, into images/<lang>/<name>.png.
shot() {
    local file=$OUT/$LANG_NAME/$1.png
    sleep "${2:-1}"
    import -window root png:- |
        convert - -crop "${SCREEN_W}x${SCREEN_H}+0+0" +repage $PNG_OPTIONS "PNG8:$file"
    echo "    ${file#"$ROOT"/}"
}

# Starts Newsdesk on the library $1 in the language $2 (a locale name) and puts its main
# window at the top left, 1280x800.
start_newsdesk() {
    LANG=$2 LANGUAGE= LC_ALL= LC_MESSAGES= \
        "$BIN" --library "$1" >>"$LANG_DIR/app.log" 2>&1 &
    APP_PID=$!
    local main
    main=$(wait_window "$T_MAIN" 30)
    xdotool windowmove --sync "$main" 0 0 windowsize --sync "$main" $SCREEN_W $SCREEN_H
}

# Signs in through File > Switch User…: $1 are the keys that choose the person in the list
# (by id: 北风, 林晓, 陈静, 周远, admin), $2 the password ("" for none). Choosing someone with a
# password moves the keyboard to the password field.
sign_in() {
    focus_main
    keys alt+f
    keys w
    local dialog
    dialog=$(wait_window "$T_SIGN_IN")
    focus "$dialog"
    keys alt+w $1                 # the list (the password field has the keyboard after 北风)
    if [[ -n $2 ]]; then
        keys alt+p
        type_text "$2"
    fi
    keys Return
    wait_gone "$T_SIGN_IN"
}

# Puts the dialog $1 in the middle of the main window's 1280x800 (a dialog that came up
# before the main window was moved there).
center_window() {
    local WIDTH HEIGHT X Y WINDOW SCREEN
    eval "$(xdotool getwindowgeometry --shell "$1")"
    xdotool windowmove --sync "$1" $(((SCREEN_W - WIDTH) / 2)) $(((SCREEN_H - HEIGHT) / 2))
    sleep 0.5
}

# How many unsaved articles the recovery store $1 holds (0 when there is none yet).
recovery_entries() {
    python3 - "$1" <<'PYTHON' 2>/dev/null || echo 0
import sqlite3, sys
print(sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
      .execute("SELECT count(*) FROM recovery").fetchone()[0])
PYTHON
}

# The titles and texts the steps look for, in the interface's language, and the places that
# move with the language's fonts: the article list's first row, the side panel's Preview tab.
set_strings() {
    case $LANG_NAME in
    zh_CN)
        T_MAIN="demo.newsdesk — Newsdesk"; T_SIGN_IN="登录"; T_REVIEW="审核："; T_EXPORT="导出站点"
        T_IMPORT="导入稿件"; T_IMPORT_FOLDER="导入文件夹"; T_CONNECT="连接编辑部服务器"
        T_NEW_LIBRARY="新建资料库"; T_SHORTCUTS="键盘快捷键"; T_SITE_SETTINGS="站点设置"
        T_USERS="管理用户"; T_RECOVERY="恢复未保存的文章"
        SEARCH="东西扶贫协作"; DRAFT_SEARCH="西安的坚持"; ROW_Y=160; PREVIEW_TAB="942 106" ;;
    en)
        T_MAIN="demo.newsdesk — Newsdesk"; T_SIGN_IN="Sign In"; T_REVIEW="Review: "; T_EXPORT="Export Site"
        T_IMPORT="Import Articles"; T_IMPORT_FOLDER="Import a Folder"
        T_CONNECT="Connect to Newsroom Server"; T_NEW_LIBRARY="New Library"
        T_SHORTCUTS="Keyboard Shortcuts"; T_SITE_SETTINGS="Site Settings"; T_USERS="Manage Users"
        T_RECOVERY="Recover Unsaved Articles"
        SEARCH="东西扶贫协作"; DRAFT_SEARCH="西安的坚持"; ROW_Y=143; PREVIEW_TAB="972 97" ;;
    *) die "unknown language $LANG_NAME" ;;
    esac
}

run_language() {
    LANG_NAME=$1
    LANG_DIR=$WORK/$LANG_NAME
    set_strings
    echo "screenshots: $LANG_NAME"
    mkdir -p "$OUT/$LANG_NAME" "$LANG_DIR/home/Documents" "$LANG_DIR/run"
    chmod 700 "$LANG_DIR/run"
    export HOME=$LANG_DIR/home
    export XDG_CONFIG_HOME=$HOME/.config XDG_DATA_HOME=$HOME/.local/share
    export XDG_CACHE_HOME=$HOME/.cache XDG_RUNTIME_DIR=$LANG_DIR/run
    export USER=newsdesk-manual LOGNAME=newsdesk-manual
    export QTWEBENGINE_DISABLE_SANDBOX=1
    # The interface's language, for Newsdesk only (the system may have no such locale: Qt
    # reads the variable itself; the tools here keep C.UTF-8).
    local app_lang
    case $LANG_NAME in
    zh_CN) app_lang=zh_CN.UTF-8 ;;
    en) app_lang=en_US.UTF-8 ;;
    esac

    step "create the demo library"
    local library=$LANG_DIR/demo.newsdesk
    "$BIN" init --library "$library" --demo >/dev/null 2>"$LANG_DIR/init.log" ||
        die "newsdesk init failed: $(tail -n 1 "$LANG_DIR/init.log")"
    mkdir -p "$LANG_DIR/old-site"
    local fixtures=$ROOT/tests/data/import
    cp "$fixtures/html/dede-utf8.html" "$fixtures/html/dede-gbk.html" \
        "$fixtures/html/blog-article.html" "$fixtures/markdown/hugo-yaml.md" \
        "$fixtures/markdown/2017-07-21-jekyll-post.md" "$LANG_DIR/old-site/"

    step "start Newsdesk"
    start_newsdesk "$library" "$app_lang"
    sleep 3

    step "main window (signed in as the editor 林晓)"
    shot main-window 1

    step "the Library menu"
    focus_main
    keys alt+l
    shot menu-library 0.5
    keys Escape

    step "sign in as the chief editor 北风"
    keys alt+f
    keys w
    local dialog
    dialog=$(wait_window "$T_SIGN_IN")
    focus "$dialog"
    keys Home                     # the person list has the focus; 北风 comes first
    keys alt+p
    type_text newsdesk-demo
    shot sign-in 0.5
    keys Return
    wait_gone "$T_SIGN_IN"

    step "the review queue"
    shot review-queue 3

    step "the review panel of a staged edit"
    click 1000 113                # the queue's first row
    keys End Return               # the last row: the demo's edit of a published article
    dialog=$(wait_window "$T_REVIEW")
    shot review-panel 2
    focus "$dialog"
    keys alt+h
    xdotool mousemove --window "$dialog" 110 150 click 1   # version 2: the staged edit's save
    shot review-history 1.5
    keys Escape
    wait_gone "$T_REVIEW"

    step "close the review queue"
    click 1272 71                 # the dock's close button
    sleep 1

    step "find the reference article"
    focus_main
    keys ctrl+f
    type_text "$SEARCH"
    sleep 2.5
    click 320 "$ROW_Y"                 # the only hit
    shot article-details 2

    step "the preview tab"
    click $PREVIEW_TAB
    shot preview 4

    step "the article editor"
    click 320 "$ROW_Y"
    focus_main
    keys Return                   # opens the current article in an editor tab
    shot editor-preview 6
    focus_main
    keys ctrl+shift+p             # hide the editor's preview
    shot editor 1.5
    keys ctrl+shift+p

    step "export the site"
    click 25 77                   # the Library tab
    click 320 "$ROW_Y"                 # the list has the keyboard (in a text field Ctrl+E is "end")
    keys ctrl+e
    dialog=$(wait_window "$T_EXPORT")
    focus "$dialog"
    keys alt+t ctrl+a
    type_text "$LANG_DIR/site"
    keys alt+e
    local i
    for ((i = 0; i < 150; i++)); do
        [[ -f $LANG_DIR/site/manifest.json ]] && break
        sleep 0.2
    done
    [[ -f $LANG_DIR/site/manifest.json ]] || die "the export wrote no $LANG_DIR/site/manifest.json"
    shot export-dialog 2
    focus "$dialog"
    keys Escape
    wait_gone "$T_EXPORT"

    step "import a folder of old pages (Check)"
    focus_main
    keys alt+l
    keys i
    dialog=$(wait_window "$T_IMPORT")
    focus "$dialog"
    keys alt+o
    local chooser
    chooser=$(wait_window "$T_IMPORT_FOLDER")
    focus "$chooser"
    keys ctrl+a
    type_text "$LANG_DIR/old-site"
    keys Return
    sleep 0.5
    if find_window "$T_IMPORT_FOLDER" >/dev/null; then
        keys Return               # the first Return may only enter the folder
    fi
    wait_gone "$T_IMPORT_FOLDER"
    focus "$dialog"
    keys alt+h
    shot import-dialog 4
    focus "$dialog"
    keys Escape
    wait_gone "$T_IMPORT"

    step "connect to a newsroom server"
    focus_main
    keys alt+f
    keys v
    dialog=$(wait_window "$T_CONNECT")
    focus "$dialog"
    keys alt+s
    type_text db.example.org
    keys alt+d
    type_text newsroom
    keys alt+u ctrl+a
    type_text 林晓
    shot connect-dialog 0.5
    keys Escape
    wait_gone "$T_CONNECT"

    step "a new library"
    focus_main
    keys ctrl+shift+n
    dialog=$(wait_window "$T_NEW_LIBRARY")
    focus "$dialog"
    keys alt+d                    # with the demo newsroom
    shot new-library 0.5
    keys Escape
    wait_gone "$T_NEW_LIBRARY"

    step "the keyboard shortcuts"
    focus_main
    keys ctrl+slash
    dialog=$(wait_window "$T_SHORTCUTS")
    shot shortcuts-dialog 1
    focus "$dialog"
    keys Escape
    wait_gone "$T_SHORTCUTS"

    step "sign in as the administrator admin"
    sign_in End newsdesk-demo     # admin comes last

    step "site settings"
    focus_main
    keys alt+l
    keys s
    dialog=$(wait_window "$T_SITE_SETTINGS")
    shot site-settings 1
    focus "$dialog"
    keys Escape
    wait_gone "$T_SITE_SETTINGS"

    step "manage users"
    focus_main
    keys alt+l
    keys u
    dialog=$(wait_window "$T_USERS")
    xdotool mousemove --window "$dialog" 60 66 click 1     # the second row: 林晓
    shot manage-users 1
    focus "$dialog"
    keys Escape
    wait_gone "$T_USERS"

    step "sign in as the editor 林晓 (no password)"
    sign_in "Up Up Up" ""         # from admin; choosing 北风 on the way would move the keyboard

    step "edit a draft of 林晓's until it is autosaved"
    focus_main
    keys ctrl+f ctrl+a
    type_text "$DRAFT_SEARCH"
    sleep 2.5
    click 320 "$ROW_Y"            # the only hit
    focus_main
    keys Return
    sleep 3
    focus_main
    keys End                      # the title has the keyboard
    type_text "与传承"
    local recovery=$XDG_DATA_HOME/newsdesk/recovery.sqlite
    for ((i = 0; i < 50; i++)); do
        [[ $(recovery_entries "$recovery") -gt 0 ]] && break
        sleep 0.2
    done
    [[ $(recovery_entries "$recovery") -gt 0 ]] || die "nothing was autosaved to $recovery"

    step "crash (kill -9) and start again"
    local helpers
    helpers=$(cat /proc/"$APP_PID"/task/*/children 2>/dev/null || true)
    echo "crash: Newsdesk $APP_PID, its helpers: $helpers" >>"$LANG_DIR/app.log"
    kill -KILL "$APP_PID"
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
    # The web engine's helpers end by themselves once Newsdesk is gone; make sure.
    [[ -n $helpers ]] && kill $helpers 2>/dev/null || true
    start_newsdesk "$library" "$app_lang"
    dialog=$(wait_window "$T_RECOVERY" 20)
    center_window "$dialog"
    shot recovery-dialog 1
    focus "$dialog"
    keys Escape                   # Decide Later
    wait_gone "$T_RECOVERY"
    sleep 1

    step "quit"
    focus_main
    keys ctrl+q
    for ((i = 0; i < 50; i++)); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.2
    done
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=
}

# The exported site's home and article pages, as a browser shows them.
site_pictures() {
    local site=$1 port
    step "the exported site in Chromium"
    mkdir -p "$OUT/site"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    python3 -m http.server --bind 127.0.0.1 --directory "$site" "$port" >"$WORK/http.log" 2>&1 &
    HTTP_PID=$!
    local i
    for ((i = 0; i < 50; i++)); do
        python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/')" \
            2>/dev/null && break
        sleep 0.2
    done
    local article
    article=$(cd "$site" && ls zixun/redian/2017/0721/*.html | head -n 1)
    [[ -n $article ]] || die "the exported site has no page of the reference article"
    local name url
    for name in home article; do
        url=http://127.0.0.1:$port/
        [[ $name == article ]] && url+=$article
        rm -rf "$WORK/chromium"
        chromium --headless --no-sandbox --disable-gpu --no-first-run \
            --disable-background-networking --disable-component-update --disable-sync \
            --hide-scrollbars --user-data-dir="$WORK/chromium" \
            --screenshot="$WORK/site-$name.png" --window-size=1280,900 "$url" \
            >"$WORK/chromium.log" 2>&1 || die "chromium failed on $url (see $WORK/chromium.log)"
        convert "$WORK/site-$name.png" $PNG_OPTIONS "PNG8:$OUT/site/$name.png"
        echo "    ${OUT#"$ROOT"/}/site/$name.png"
    done
    kill "$HTTP_PID" 2>/dev/null || true
    HTTP_PID=
}

for lang in $LANGS; do
    run_language "$lang"
done
site_pictures "$WORK/${LANGS%% *}/site"
LANG_DIR=
