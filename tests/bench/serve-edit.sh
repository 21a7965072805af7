#!/usr/bin/env bash
# Opens SITE in `yearbook serve`, edits one chapter EDITS times (a sentence appended to its body,
# a new one each time), and prints the median of the server's "Rebuilt … in N ms" lines for those
# edits: the time from the file change to the last byte written. Used by build-vs-hugo.sh.
#
#   tests/bench/serve-edit.sh YEARBOOK_EXECUTABLE SITE WORK_DIR [EDITS]
set -euo pipefail
yearbook=$1 site=$2 work=$3 edits=${4:-5}

chapter=$(find "$site" -name '*.md' | sort | sed -n '2p')
backup="$work/serve-edit.backup"
log="$work/serve-edit.log"
cp "$chapter" "$backup"
"$yearbook" serve "$site" --port 0 >"$log" 2>&1 &
server=$!
cleanup() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; cp "$backup" "$chapter"; }
trap cleanup EXIT

# Waits until the log holds COUNT lines matching PATTERN (or the server died / 10 minutes passed).
wait_for() { # pattern count
  for _ in $(seq 1 6000); do
    [ "$(grep -c -- "$1" "$log" || true)" -ge "$2" ] && return 0
    kill -0 "$server" 2>/dev/null || { echo "serve exited:" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "timed out waiting for '$1' in $log" >&2; exit 1
}

wait_for '^Serving ' 1
before=$(grep -c '^Rebuilt ' "$log" || true)
for i in $(seq 1 "$edits"); do
  { cat "$backup"; printf '\n基准测试第%d次修改本章，补记一句。\n' "$i"; } >"$chapter.tmp"
  cat "$chapter.tmp" >"$chapter"   # written in place, as editors save
  rm "$chapter.tmp"
  wait_for '^Rebuilt ' $((before + i))
done

grep '^Rebuilt ' "$log" | tail -n "$edits" | sed -E 's/.* in ([0-9]+) ms.*/\1/' | sort -n |
  awk -v n="$edits" '{ v[NR] = $1 } END { printf "median %d ms over %d edits (min %d, max %d)\n", v[int((NR + 1) / 2)], n, v[1], v[NR] }'
