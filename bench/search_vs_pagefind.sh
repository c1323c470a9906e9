#!/bin/sh
# Compares callsite's search index with Pagefind's on one built site, in one
# run: index size, CPU to build each index, and (bench/searchvs, in headless
# Chromium) how often a phrase drawn from a paragraph finds its call among
# the top 10 and how long a query takes. Pagefind comes from the npm
# registry into a temporary folder; nothing is added to the repository.
#
#	bench/search_vs_pagefind.sh [content folder] [phrases]
#
# Default content: ../shared/corpus/transcripts; 200 phrases.
set -eu
content=${1:-../shared/corpus/transcripts}
n=${2:-200}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
site=$tmp/site

go build -o "$tmp/gen" ./cmd/gen
"$tmp/gen" build -quiet -keep-going -cards=false -content "$content" -out "$site" -cache "$tmp/cache" -cpuprofile "$tmp/cpu.prof" || true
calls=$(find "$site/c" -name call.json | wc -l)
# CPU the build spent in package search (its goroutines included): the
# samples of the profile with a frame of internal/search.
ours_cpu=$(go tool pprof -top -nodecount=100000 -focus 'callsite/internal/search\.' "$tmp/gen" "$tmp/cpu.prof" 2>/dev/null | awk '/Showing nodes/ { sub(",", "", $5); print $5 }')

(cd "$tmp" && npm install --silent --no-audit --no-fund pagefind >/dev/null 2>&1)
pf=$tmp/node_modules/.bin/pagefind
# Pagefind indexes the call pages (an exchange page repeats a part of its call's page).
/usr/bin/time -f '%U %S' -o "$tmp/pf.time" "$pf" --site "$site" --glob 'c/*/*/index.html' >"$tmp/pf.log"
pf_cpu=$(awk '{ printf "%.2fs", $1 + $2 }' "$tmp/pf.time")

size() { du -sb "$1" | cut -f1; }
gz() { find "$1" -type f ! -name '*.html' -exec sh -c 'for f; do gzip -c "$f" | wc -c; done' _ {} + | awk '{ s += $1 } END { print s }'; }
files() { find "$1" -type f ! -name '*.html' | wc -l; }
mb() { awk -v b="$1" 'BEGIN { printf "%.2f MB", b / 1e6 }'; }

echo "site: $content ($calls calls); Pagefind $("$pf" --version | cut -d' ' -f2)"
echo
echo "| index | files | size | gzipped | build CPU |"
echo "|---|---:|---:|---:|---:|"
echo "| callsite | $(files "$site/search") | $(mb "$(size "$site/search")") | $(mb "$(gz "$site/search")") | $ours_cpu |"
echo "| pagefind | $(files "$site/pagefind") | $(mb "$(size "$site/pagefind")") | $(mb "$(gz "$site/pagefind")") | $pf_cpu |"
echo
echo "| engine | call in top 10 | exchange/turn in top 10 | first query | median | 90th pct |"
echo "|---|---:|---:|---:|---:|---:|"
go run ./bench/searchvs -site "$site" -n "$n"
