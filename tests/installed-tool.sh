#!/usr/bin/env bash
# The tool as a user installs it, away from the clone: packs Yearbook.Cli (this machine's RID and the pointer
# package), installs it with `dotnet tool install --tool-path` into a temp folder, starts a site there with
# `yearbook new site`, builds it and prints it. The print installs the typesetter from the npm registry on first use
# into a fresh cache (XDG_CACHE_HOME in the temp folder), as on a machine that never had a clone; a second print
# must find it installed. The PDF is checked with pdffonts (every font embedded, no Type 3) and pdftotext.
# Needs the network (npm registry, NuGet) and takes a few minutes, most of it `dotnet pack`: not part of tests/run.
# Usage: tests/installed-tool.sh [--keep] (--keep leaves the temp folder, with the tool in it, for print-500.sh --tool)
set -euo pipefail
cd "$(dirname "$0")/.."
keep=false
[ "${1:-}" = --keep ] && keep=true
work=$(mktemp -d /tmp/yearbook-installed.XXXXXX)
$keep || trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)

started=$(date +%s)
echo "packing for $rid into $work/packages"
dotnet pack generator/Yearbook.Cli -c Release -o "$work/packages" -p:RuntimeIdentifiers="$rid" -v q --nologo >/dev/null
echo "installing into $work/tool ($(( $(date +%s) - started )) s so far)"
dotnet tool install --tool-path "$work/tool" --add-source "$work/packages" Yearbook.Cli >/dev/null
yearbook="$work/tool/yearbook"
[ -d "$work/tool/.store" ] || fail "no tool store"

# Outside the clone, with a cache of its own: nothing of this repository is reachable from here.
export XDG_CACHE_HOME="$work/cache"
cd "$work"
"$yearbook" new site mybook --title 测试区年鉴 --district 测试区 >/dev/null
"$yearbook" build mybook --quiet >/dev/null 2>"$work/build.err" || { cat "$work/build.err"; fail "the new site does not build"; }
"$yearbook" print mybook --output "$work/pdf" >"$work/print1.out" 2>"$work/print1.err" || { cat "$work/print1.err"; fail "the first print failed"; }
grep -q "Installing the typesetter" "$work/print1.err" || fail "the first print did not install the typesetter"
ls "$work/cache/yearbook/" | grep -qE '^typesetter-[0-9a-f]{16}$' || fail "no typesetter-HASH folder in the cache"
[ -z "$(ls "$work/cache/yearbook/" | grep partial || true)" ] || fail "a staging folder was left behind"
"$yearbook" print mybook --output "$work/pdf" >"$work/print2.out" 2>"$work/print2.err" || { cat "$work/print2.err"; fail "the second print failed"; }
! grep -q "Installing the typesetter" "$work/print2.err" || fail "the second print installed the typesetter again"

year=$(ls mybook | grep -E '^[0-9]{4}$' | head -1)
for edition in zh-hans zh-hant; do
  pdf="$work/pdf/$year-$edition.pdf"
  [ -s "$pdf" ] || fail "$pdf is missing"
  fonts=$(pdffonts "$pdf" 2>/dev/null | tail -n +3)
  [ -n "$fonts" ] || fail "$pdf has no fonts"
  ! grep -q "Type 3" <<<"$fonts" || fail "$pdf has a Type 3 font"
  awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }' <<<"$fonts" || fail "$pdf has a font not embedded"
  face=$([ "$edition" = zh-hans ] && echo SC || echo TC)
  grep -qi "NotoSerifCJK$face" <<<"$fonts" || fail "$pdf is not set in Noto Serif CJK $face"
  title=$([ "$edition" = zh-hans ] && echo 测试区年 || echo 測試區年)
  pdftotext -f 1 -l 3 "$pdf" - 2>/dev/null | tr -d ' \n' | grep -q "$title" || fail "$pdf: the title pages do not read $title"
  echo "ok $edition: $(pdfinfo "$pdf" 2>/dev/null | sed -n 's/^Pages: *//p') pages, fonts: $(awk '{print $1}' <<<"$fonts" | sed 's/^[A-Z]*+//' | sort -u | tr '\n' ' ')"
done
cat "$work/print2.out"
echo "installed tool prints: ok ($(( $(date +%s) - started )) s in all)"
$keep && echo "kept $work (tool: $yearbook)"
