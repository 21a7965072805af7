#!/usr/bin/env bash
# Benchmark of `yearbook print`: a synthetic one-volume yearbook of about 500 printed pages (250 chapters,
# with images, tables, entries and footnotes), Simplified edition, Release build. Prints, per run, the
# page count, Typst's wall and processor time (as `yearbook print` reports them) and the whole command's
# wall time and CPU (GNU time), with the load average: the machine is shared, so say at what load.
# Usage: tests/bench/print-500.sh [--chapters N] [--runs R]
set -euo pipefail
cd "$(dirname "$0")/../.."
chapters=250 runs=3
while [ $# -gt 0 ]; do
  case "$1" in
    --chapters) chapters=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    *) echo "usage: $0 [--chapters N] [--runs R]" >&2; exit 1 ;;
  esac
done
work=$(mktemp -d /tmp/yearbook-print-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release generator/Yearbook.Cli -v q --nologo >/dev/null
dotnet run -c Release --project tests/Yearbook.SyntheticSite -- --chapters "$chapters" --seed 1 --out "$work/site" >/dev/null
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $chapters chapters, load average $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$runs"); do
  /usr/bin/time -f "command: %e s wall, %U s user, %S s system, %M KB peak" \
    dotnet generator/Yearbook.Cli/bin/Release/net10.0/Yearbook.Cli.dll print "$work/site" --edition zh-hans --output "$work/pdf" 2>&1 | grep -E 'pages|command:'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
