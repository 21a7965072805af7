#!/usr/bin/env bash
# Opens SITE in `yearbook serve`, edits one chapter EDITS times, and prints the median of the
# server's "Rebuilt … in N ms" lines for those edits: the time from the file change to the last
# byte written. Used by build-vs-hugo.sh.
#
#   tests/bench/serve-edit.sh YEARBOOK_EXECUTABLE SITE WORK_DIR [EDITS] [body|front-matter]
#
# body (the default) appends a new sentence to the second chapter's body each time; front-matter
# changes the value of the first statistic of the first chapter that has one (a new value each
# time), which the statistics index, its downloads and the chapter's pages show.
set -euo pipefail
yearbook=$1 site=$2 work=$3 edits=${4:-5} kind=${5:-body}

case "$kind" in
  body) chapter=$(find "$site" -name '*.md' -not -path '*/themes/*' | sort | sed -n '2p') ;;
  front-matter)
    chapter=""
    for file in $(find "$site" -name '*.md' -not -path '*/themes/*' | sort); do
      if grep -q -E '^ +value: ' "$file"; then chapter=$file; break; fi
    done
    [ -n "$chapter" ] || { echo "no chapter in $site has a statistic" >&2; exit 2; } ;;
  *) echo "unknown edit kind '$kind' (body or front-matter)" >&2; exit 2 ;;
esac
backup="$work/serve-edit.backup"
log="$work/serve-edit.log"
edited="$work/serve-edit.md" # prepared outside the site, so that only the chapter's change is seen
cp "$chapter" "$backup"
"$yearbook" serve "$site" --port 0 ${YEARBOOK_SERVE_ARGS:-} >"$log" 2>&1 &
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
  if [ "$kind" = body ]; then
    { cat "$backup"; printf '\n基准测试第%d次修改本章，补记一句。\n' "$i"; } >"$edited"
  else
    awk -v i="$i" '!done && /^ +value: / { sub(/value: .*/, "value: " 1000 + i); done = 1 } { print }' "$backup" >"$edited"
  fi
  cat "$edited" >"$chapter"   # written in place, as editors save
  wait_for '^Rebuilt ' $((before + i))
done

grep '^Rebuilt ' "$log" | tail -n "$edits" | sed -E 's/.* in ([0-9]+) ms.*/\1/' | sort -n |
  awk -v n="$edits" -v kind="$kind" '{ v[NR] = $1 } END { printf "%s edit: median %d ms over %d edits (min %d, max %d)\n", kind, v[int((NR + 1) / 2)], n, v[1], v[NR] }'
