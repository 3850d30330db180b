#!/usr/bin/env bash
# The export side by side with Hugo, in one run (issue 6's targets; `make bench` runs it).
#
#   tests/bench/export_vs_hugo.sh [ARTICLES]      (default 10000)
#
# Creates a demo library of ARTICLES generated articles with `newsdesk init --demo`, writes its
# live articles as a Hugo content folder (bench_corpus) next to the comparable theme in
# tests/bench/hugo/, then measures with /usr/bin/time (wall seconds, peak resident memory):
#   1. newsdesk export to a folder (full),
#   2. newsdesk export --incremental after one article was edited (bench_touch),
#   3. newsdesk export --incremental with nothing changed,
#   4. newsdesk export to a .zip,
#   5. hugo building the same articles,
# and prints a Markdown table and the ratios Hugo / Newsdesk. BUILD (default build-release)
# is the build folder holding bin/newsdesk and bench/bench_corpus, bench/bench_touch; KEEP=1
# keeps the work folder.
set -euo pipefail

articles="${1:-10000}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
build="${BUILD:-$source_dir/build-release}"
newsdesk="$build/bin/newsdesk"
corpus="$build/bench/bench_corpus"
touch_article="$build/bench/bench_touch"
base_url="https://example.org/"

for tool in "$newsdesk" "$corpus" "$touch_article"; do
    [[ -x "$tool" ]] || { echo "export_vs_hugo: $tool is missing: build it first (make bench)" >&2; exit 1; }
done
for tool in hugo /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "export_vs_hugo: $tool is not installed (Debian packages hugo, time)" >&2; exit 1; }
done

work="$(mktemp -d "${TMPDIR:-/tmp}/export_vs_hugo.XXXXXX")"
if [[ "${KEEP:-0}" != 1 ]]; then
    trap 'rm -rf "$work"' EXIT
else
    echo "export_vs_hugo: keeping $work" >&2
fi
library="$work/bench.newsdesk"

echo "export_vs_hugo: creating a demo library of $articles articles" >&2
"$newsdesk" init --library "$library" --demo --articles "$articles" >"$work/init.log" 2>&1 \
    || { cat "$work/init.log" >&2; exit 1; }
"$corpus" "$library" "$work/hugo"
cp -r "$here/hugo/." "$work/hugo/"

rows=()
# A number from the --json summary newsdesk export printed last.
field() { sed -n "s/^ *\"$1\": \([^,]*\),\{0,1\}$/\1/p" "$work/out" | head -n 1; }
# The summary's "phases" object as "load 0.41, render 1.93, ...".
phases() {
    awk '/"phases": \{/ { on = 1; next } on && /}/ { exit }
         on { gsub(/^ +|[",]/, ""); split($0, kv, ": "); printf "%s%s %.2f", (n++ ? ", " : ""), kv[1], kv[2] }' "$work/out"
}

# measure NAME OUTPUT COMMAND...: runs COMMAND under /usr/bin/time and adds a table row: wall
# time, peak resident memory, the files of OUTPUT (a folder) or its size (a file), and for a
# newsdesk export (run with --json) its counts and its own timing.
measure() {
    local name="$1" output="$2"
    shift 2
    echo "export_vs_hugo: $name" >&2
    if ! /usr/bin/time -f '%e %M' -o "$work/time" "$@" >"$work/out" 2>"$work/err"; then
        cat "$work/out" "$work/err" >&2
        echo "export_vs_hugo: $name failed" >&2
        exit 1
    fi
    local seconds kb files counts="—" own="—" spent="—"
    read -r seconds kb < <(tail -n 1 "$work/time")
    if [[ -d "$output" ]]; then
        files="$(find "$output" -type f | wc -l)"
    else
        files="$(du -k "$output" | cut -f1) KiB"
    fi
    if [[ -n "$(field written)" ]]; then
        counts="$(field written) / $(field unchanged) / $(field removed)"
        own="$(field seconds)"
        own="${own:0:5}"
        spent="$(phases)"
    fi
    rows+=("| $name | $seconds | $((kb / 1024)) | $files | $counts | $own | ${spent:-—} |")
    last_seconds="$seconds"
    last_mb="$((kb / 1024))"
}

site="$work/site"
export_to=("$newsdesk" export --library "$library" --base-url "$base_url" --json --out)
measure "Newsdesk: full export to a folder" "$site" "${export_to[@]}" "$site"
full_seconds="$last_seconds"
full_mb="$last_mb"

edited="$("$touch_article" "$library")"
measure "Newsdesk: incremental, article $edited edited" "$site" "${export_to[@]}" "$site" --incremental
measure "Newsdesk: incremental, nothing changed" "$site" "${export_to[@]}" "$site" --incremental
measure "Newsdesk: full export to a .zip" "$work/site.zip" "${export_to[@]}" "$work/site.zip"

measure "Hugo $(hugo version | grep -o 'v[0-9.]*' | head -n 1): the same articles" "$work/hugo-site" \
    hugo --quiet -s "$work/hugo" -d "$work/hugo-site"
hugo_seconds="$last_seconds"
hugo_mb="$last_mb"

echo
echo "Export vs Hugo: $articles generated articles ($(grep -c . <<<"$(find "$work/hugo/content" -name '[0-9]*.md')") live), $(nproc) cores"
echo
echo "| run | wall s | peak RSS MB | files (or size) | written / unchanged / removed | export's own s | its phases, s |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
awk -v h="$hugo_seconds" -v n="$full_seconds" -v hm="$hugo_mb" -v nm="$full_mb" 'BEGIN {
    printf "Hugo time / Newsdesk time (full export to a folder): %.1f\n", (n > 0 ? h / n : 0)
    printf "Hugo memory / Newsdesk memory: %.1f\n", (nm > 0 ? hm / nm : 0)
}'
