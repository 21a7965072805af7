#!/usr/bin/env bash
# Builds the same synthetic yearbook with `yearbook build` and with Hugo, alternating the two tools,
# and writes the medians to tests/bench/results.md. A tool, not a test: it takes minutes and its
# figures depend on the machine. Run tests/bench/setup once first (Debian's hugo and GNU time).
#
#   tests/bench/build-vs-hugo.sh [--sizes "1000 10000"] [--runs 3] [--seed 1] [--work DIR] [--no-serve]
#
# Each run is a cold build: the output folder is moved aside first (see timed), and each build is a new process
# (the published Release CLI, ReadyToRun, as a release of the tool is). Wall time and peak resident memory come from
# GNU time (-v); pages are the HTML files each tool wrote. With serve measured (the default), the
# largest site is also opened in `yearbook serve`, one chapter is edited, and the server's
# "Rebuilt … in N ms" line (file change to last byte written) is read.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

sizes="1000 10000"
runs=3
seed=1
work=${TMPDIR:-/tmp}/yearbook-bench
serve=1
while [ $# -gt 0 ]; do
  case $1 in
    --sizes) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --no-serve) serve=0; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
done

command -v hugo >/dev/null && [ -x /usr/bin/time ] || { echo "run tests/bench/setup first" >&2; exit 2; }
mkdir -p "$work/set-aside"
trap 'rm -rf "$work/set-aside"' EXIT

echo "== publishing the CLI and the synthetic site generator (Release)"
# ReadyToRun, as a release of the tool is published: compiled ahead of time, so a build does not spend
# seconds compiling Markdig, YamlDotNet and Scriban on the fly. Still the .NET runtime's shared framework.
dotnet publish generator/Yearbook.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" --nologo -v q >/dev/null
dotnet publish tests/Yearbook.SyntheticSite -c Release -o "$work/synth" --nologo -v q >/dev/null
yearbook="$work/cli/Yearbook.Cli"   # the `yearbook` command, as the tool package installs it

# One timed run: prints "wall_seconds peak_kib pages cpu_seconds" (cpu: user + system, both cores).
timed() { # label outdir command…
  local label=$1 out=$2; shift 2
  # The last output is moved aside, not deleted: ext4 will not reuse an inode freed in the last minutes
  # and searches past every one of them, so a build right after deleting 40,000 files spends seconds
  # of system time in the file system's allocator, whichever tool runs. The pile is removed at the end.
  if [ -e "$out" ]; then mv "$out" "$work/set-aside/$label.$(date +%s%N)"; fi
  local stats="$work/time.$label"
  if ! /usr/bin/time -v -o "$stats" "$@" >"$work/log.$label" 2>&1; then
    echo "  $label failed; last lines of its log:" >&2; tail -20 "$work/log.$label" >&2; exit 1
  fi
  local wall peak pages cpu
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$stats")
  peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$stats")
  pages=$(find "$out" -name '*.html' | wc -l)
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$stats")
  echo "$wall $peak $pages $cpu"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

declare -A wall_of peak_of pages_of cpu_of
for n in $sizes; do
  site="$work/n$n"
  if [ ! -f "$site/.complete-$seed" ]; then
    echo "== generating $n chapters (seed $seed)"
    rm -rf "$site"
    "$work/synth/Yearbook.SyntheticSite" --chapters "$n" --seed "$seed" --out "$site/yearbook" --hugo "$site/hugo" \
      --theme "$repo/themes/default" >/dev/null
    touch "$site/.complete-$seed"
  fi

  : >"$site/ours.txt"; : >"$site/hugo.txt"
  for run in $(seq 1 "$runs"); do
    # Alternate which tool goes first, so neither always meets a warm page cache.
    if [ $((run % 2)) -eq 1 ]; then order="ours hugo"; else order="hugo ours"; fi
    for tool in $order; do
      if [ "$tool" = ours ]; then
        r=$(timed "ours-$n" "$site/ours-out" "$yearbook" build "$site/yearbook" --output "$site/ours-out")
      else
        r=$(timed "hugo-$n" "$site/hugo-out" hugo --quiet --source "$site/hugo" --destination "$site/hugo-out")
      fi
      echo "$r" >>"$site/$tool.txt"
      echo "  N=$n run $run $tool: $r (wall s, KiB, pages, CPU s)"
    done
  done

  for tool in ours hugo; do
    wall_of[$tool,$n]=$(awk '{ print $1 }' "$site/$tool.txt" | median)
    peak_of[$tool,$n]=$(awk '{ print $2 }' "$site/$tool.txt" | median)
    pages_of[$tool,$n]=$(awk '{ print $3 }' "$site/$tool.txt" | median)
    cpu_of[$tool,$n]=$(awk '{ print $4 }' "$site/$tool.txt" | median)
  done
done

incremental=""
largest=$(echo $sizes | tr ' ' '\n' | sort -n | tail -1)
if [ "$serve" = 1 ]; then
  echo "== incremental rebuild in yearbook serve, N=$largest"
  incremental=$(tests/bench/serve-edit.sh "$yearbook" "$work/n$largest/yearbook" "$work" 7 body)
  echo "  $incremental"
  incremental_fm=$(tests/bench/serve-edit.sh "$yearbook" "$work/n$largest/yearbook" "$work" 7 front-matter)
  echo "  $incremental_fm"
fi

# results.md: the figures, then what produced them.
{
  echo "# Benchmark: yearbook build vs Hugo"
  echo
  echo "Written by \`tests/bench/build-vs-hugo.sh --sizes \"$sizes\" --runs $runs --seed $seed\` on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average before the run $(cut -d' ' -f1-3 /proc/loadavg);"
  echo "$(hugo version | cut -d' ' -f1-2), .NET $(dotnet --version). Cold builds, medians of $runs runs, the two tools alternated."
  echo
  echo "| N chapters | tool | pages | wall (s) | pages/s | CPU (s) | peak memory (MiB) |"
  echo "|---:|---|---:|---:|---:|---:|---:|"
  for n in $sizes; do
    for tool in ours hugo; do
      name=$([ "$tool" = ours ] && echo "yearbook build" || echo "hugo")
      awk -v n="$n" -v name="$name" -v p="${pages_of[$tool,$n]}" -v w="${wall_of[$tool,$n]}" -v k="${peak_of[$tool,$n]}" -v c="${cpu_of[$tool,$n]}" \
        'BEGIN { printf "| %d | %s | %d | %.2f | %.0f | %.1f | %.0f |\n", n, name, p, w, p / w, c, k / 1024 }'
    done
  done
  echo
  smallest=$(echo $sizes | tr ' ' '\n' | sort -n | head -1)
  if [ "$smallest" != "$largest" ]; then
    for tool in ours hugo; do
      name=$([ "$tool" = ours ] && echo "yearbook build" || echo "hugo")
      awk -v name="$name" -v a="${wall_of[$tool,$largest]}" -v b="${wall_of[$tool,$smallest]}" -v l="$largest" -v s="$smallest" \
        'BEGIN { printf "- %s: wall time N=%d / N=%d = %.1f\n", name, l, s, a / b }'
    done
  fi
  awk -v a="${wall_of[ours,$largest]}" -v b="${wall_of[hugo,$largest]}" -v m="${peak_of[ours,$largest]}" -v h="${peak_of[hugo,$largest]}" -v n="$largest" \
    'BEGIN { printf "- N=%d: yearbook build takes %.0f%% of Hugo'"'"'s wall time and %.0f%% of its peak memory\n", n, 100 * a / b, 100 * m / h }'
  if [ -n "$incremental" ]; then
    echo "- yearbook serve, N=$largest, one chapter edited, from the file change to the last byte written: $incremental; $incremental_fm (a statistic's value)"
  fi
} >tests/bench/results.md
cat tests/bench/results.md
