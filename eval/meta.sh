#!/usr/bin/env bash
# Build a folder of transcripts with a gen binary and check the metadata it
# inferred (issue 13): no call lost, company and period sources, period
# against what the call states, file-name disagreements warned, Q&A with
# exchanges, warnings per call.
#
#   go build -o /tmp/gen ./cmd/gen
#   eval/meta.sh /tmp/gen ../shared/corpus/bulk/transcripts [-v]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
GEN=${1:?usage: meta.sh GEN_BINARY CONTENT_DIR [-v]}
SRC=${2:?usage: meta.sh GEN_BINARY CONTENT_DIR [-v]}
WORK=${WORK:-$(mktemp -d /tmp/callsite-meta.XXXXXX)}
mkdir -p "$WORK"
rm -rf "$WORK/out" "$WORK/.callsite-cache"
code=0
"$GEN" build -v -cards=false -content "$SRC" -out "$WORK/out" 2>"$WORK/warnings.txt" >/dev/null || code=$?
if [ "$code" -gt 1 ]; then cat "$WORK/warnings.txt" >&2; exit "$code"; fi
python3 "$HERE/meta.py" "$WORK/out" "$WORK/warnings.txt" "$SRC" "${@:3}"
