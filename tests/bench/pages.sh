#!/usr/bin/env bash
# The reader's side of a series: builds a synthetic 10,000-chapter yearbook with the published tool, serves it
# from 127.0.0.1 and loads one page of every kind in headless Chromium at 360 px, 5 times each
# (tests/Yearbook.PageBenchmark): bytes, elements and the median time to the load event, then the largest HTML
# file of the whole output. Prints a Markdown table with the load average; a tool, not a test.
#
#   tests/bench/pages.sh [--chapters 10000] [--runs 5] [--seed 1] [--work DIR]
#
# Needs Debian's chromium (tests/setup installs it; YEARBOOK_CHROMIUM names another executable).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

chapters=10000
runs=5
seed=1
work=${TMPDIR:-/tmp}/yearbook-pages-bench
while [ $# -gt 0 ]; do
  case $1 in
    --chapters) chapters=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done
mkdir -p "$work"

echo "== publishing the CLI (Release, ReadyToRun, as the tool installs), the generator and the benchmark" >&2
dotnet publish generator/Yearbook.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" --nologo -v q >/dev/null
dotnet publish tests/Yearbook.SyntheticSite -c Release -o "$work/synth" --nologo -v q >/dev/null
dotnet publish tests/Yearbook.PageBenchmark -c Release -o "$work/bench" --nologo -v q >/dev/null

site="$work/n$chapters"
# Each volume with a chronicle of 240 items (the synthetic chapters have none), so a chronicle year page is measured.
if [ ! -f "$site/.complete-$seed-chronicle" ]; then
  echo "== generating $chapters chapters (seed $seed)" >&2
  rm -rf "$site"
  "$work/synth/Yearbook.SyntheticSite" --chapters "$chapters" --seed "$seed" --out "$site/yearbook" --theme "$repo/themes/default" --chronicle 240 >/dev/null
  touch "$site/.complete-$seed-chronicle"
fi

echo "== building" >&2
rm -rf "$site/out"
"$work/cli/Yearbook.Cli" build "$site/yearbook" --output "$site/out" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 1; }
tail -1 "$work/build.log" >&2

echo "Written by \`tests/bench/pages.sh --chapters $chapters --runs $runs --seed $seed\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(/usr/bin/chromium --version 2>/dev/null || echo chromium)."
echo
"$work/bench/Yearbook.PageBenchmark" --site "$site/out" --runs "$runs" --width 360
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)."
