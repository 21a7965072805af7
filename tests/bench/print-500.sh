#!/usr/bin/env bash
# Benchmark of `yearbook print` as the tool installs: a synthetic one-volume yearbook of about 500 printed pages (250
# chapters, with images, tables, entries and footnotes), Simplified edition, printed by the published Release tool
# (ReadyToRun for linux-x64, as `dotnet tool install` installs it; or an installed `yearbook` given with --tool, e.g.
# from tests/installed-tool.sh --keep). Prints, per run, the load average before it, the page count, Typst's wall and
# processor time (as `yearbook print` reports them) and the whole command's wall time and CPU (GNU time). The machine
# is shared: say at what load. The typesetter must be installed (tests/setup, or one print beforehand).
# Usage: tests/bench/print-500.sh [--chapters N] [--runs R] [--tool PATH]
set -euo pipefail
cd "$(dirname "$0")/../.."
chapters=250 runs=3 tool=
while [ $# -gt 0 ]; do
  case "$1" in
    --chapters) chapters=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --tool) tool=$2; shift 2 ;;
    *) echo "usage: $0 [--chapters N] [--runs R] [--tool PATH]" >&2; exit 1 ;;
  esac
done
work=$(mktemp -d /tmp/yearbook-print-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [ -z "$tool" ]; then
  dotnet publish generator/Yearbook.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" --nologo -v q >/dev/null
  tool=(dotnet "$work/cli/Yearbook.Cli.dll")
else
  tool=("$tool")
fi
dotnet run -c Release --project tests/Yearbook.SyntheticSite -- --chapters "$chapters" --seed 1 --out "$work/site" >/dev/null
echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $chapters chapters, ${tool[*]}"
for run in $(seq "$runs"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  out=$(/usr/bin/time -f "command: %e s wall, %U s user, %S s system, %M KB peak" \
    "${tool[@]}" print "$work/site" --edition zh-hans --output "$work/pdf" 2>&1 | grep -E 'pages|command:' | tr '\n' ' ')
  echo "run $run, load average $load: $out"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
