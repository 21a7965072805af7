#!/usr/bin/env bash
# Whole-process comparison of `yearbook convert` with the OpenCC 1.4.2 command-line tool (built by
# build-opencc.sh) and opencc-js 1.4.2 (node), on a multi-megabyte corpus of real yearbook prose.
# Writes tests/bench/conversion-results.md. Not part of CI: it takes a few minutes.
#
#   tests/bench/convert-vs-opencc.sh [SIZE_MB]     (default 32)
#
# Corpus: the shared seed texts, the sample yearbook's chapters and OpenCC's golden inputs (when
# ../shared is there), repeated to SIZE_MB of Simplified UTF-8; its Traditional twin is OpenCC's s2t
# of it. Every tool runs pinned to one core (taskset). Throughput is corpus MB (10^6 bytes) over
# the time of a full run minus the time of a one-line run (start-up excluded), both in CPU time
# (user+sys, robust on a busy machine) and wall time; each figure is the median of RUNS runs.
# Start-up is the wall time of a whole run on a one-line input; memory is the peak resident set.
# Byte identity: for every stock config, our output on the corpus equals OpenCC's, run with
# --include-tofu-risk-dictionaries as the library (and ours) does by default.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
size_mb=${1:-32}
runs=${RUNS:-3}
work=${BENCH_DIR:-/tmp/yearbook-convert-bench}
opencc_prefix=${OPENCC_PREFIX:-/tmp/opencc-1.4.2}
results=$repo/tests/bench/conversion-results.md
mkdir -p "$work"

tests/bench/build-opencc.sh >&2
opencc=$opencc_prefix/bin/opencc
share=$opencc_prefix/share/opencc
# Published ReadyToRun, as a release of the tool is: start-up does not wait for the JIT.
dotnet publish generator/Yearbook.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" --nologo -v q >&2
dotnet build tests/Yearbook.Conversion.Tests -c Release --nologo -v q >&2   # installs opencc-js
yearbook=$work/cli/Yearbook.Cli   # the `yearbook` command, as the tool package installs it

# ---- corpus ----
shared=$repo/../shared
[[ -d $shared ]] || shared=/work/shared
{
  cat "$shared"/seeds/*.txt 2>/dev/null || true
  find content -name '*.md' | sort | xargs cat
  cat "$shared"/opencc-testcases/golden/input/*zhs*.txt 2>/dev/null || true
} > "$work/unit.txt"
: > "$work/zhs.txt"
while (( $(stat -c %s "$work/zhs.txt") < size_mb * 1000000 )); do cat "$work/unit.txt" >> "$work/zhs.txt"; done
truncate -s $((size_mb * 1000000)) "$work/zhs.txt"
# Cut at the last line end so no character is split.
python3 - "$work/zhs.txt" <<'PY'
import sys; p = sys.argv[1]; b = open(p, 'rb').read(); open(p, 'wb').write(b[:b.rindex(b'\n') + 1])
PY
"$opencc" -c "$share/s2t.json" -i "$work/zhs.txt" -o "$work/zht.txt"
head -n 1 "$work/unit.txt" > "$work/line-zhs.txt"
head -n 1 "$work/zht.txt" > "$work/line-zht.txt"
corpus_mb() { python3 -c "import os,sys; print(f'{os.path.getsize(sys.argv[1]) / 1e6:.2f}')" "$1"; }

# ---- byte identity, every stock config ----
identity=()
for json in "$share"/*.json; do
  config=$(basename "$json" .json)
  case $config in s2*) input=$work/zhs.txt ;; *) input=$work/zht.txt ;; esac
  "$opencc" -c "$json" --include-tofu-risk-dictionaries -i "$input" -o "$work/opencc.$config.out"
  taskset -c 0 "$yearbook" convert -c "$config" "$input" > "$work/ours.$config.out"
  if cmp -s "$work/opencc.$config.out" "$work/ours.$config.out"; then
    identity+=("| $config | $(basename "$input") | identical ($(stat -c %s "$work/ours.$config.out") bytes) |")
  else
    identity+=("| $config | $(basename "$input") | **DIFFERENT**: $(cmp "$work/opencc.$config.out" "$work/ours.$config.out" 2>&1 | head -n 1) |")
  fi
done

# ---- timing ----
# measure INPUT CMD... : runs CMD with "{in}" replaced by INPUT, output to a file; prints
# "wall cpu maxrss_kb", the run of median CPU time among $runs runs.
measure() {
  local input=$1; shift
  local n=$runs
  local cmd=("${@//\{in\}/$input}")
  for ((r = 0; r < n; r++)); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/time.txt" taskset -c 0 "${cmd[@]}" > "$work/timed.out"
    awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }' "$work/time.txt"
  done | sort -n -k2 | awk -v n="$n" '{ w[NR] = $1; c[NR] = $2; m[NR] = $3 } END { i = int((n + 1) / 2); print w[i], c[i], m[i] }'
}

rows=()
summary=()
for config in s2t t2s; do
  case $config in s2t) big=$work/zhs.txt; line=$work/line-zhs.txt ;; *) big=$work/zht.txt; line=$work/line-zht.txt ;; esac
  mb=$(corpus_mb "$big")
  declare -A cpu_tp=()
  for tool in yearbook opencc opencc-js; do
    case $tool in
      # Each reads the file itself and writes a file (OpenCC flushes per line on a pipe).
      yearbook) cmd=("$yearbook" convert -c "$config" "{in}") ;;
      opencc) cmd=("$opencc" -c "$share/$config.json" -i "{in}" -o "$work/timed.out") ;;
      opencc-js) cmd=(node "$repo/tests/bench/opencc-js-convert.js" "$config" "{in}") ;;
    esac
    read -r bw bc bm < <(measure "$big" "${cmd[@]}")
    read -r lw lc lm < <(RUNS=5 measure "$line" "${cmd[@]}")
    read -r tp_cpu tp_wall < <(python3 -c "
mb, bw, bc, lw, lc = map(float, '$mb $bw $bc $lw $lc'.split())
print(f'{mb / max(bc - lc, 1e-3):.1f} {mb / max(bw - lw, 1e-3):.1f}')")
    cpu_tp[$tool]=$tp_cpu
    rows+=("| $config | $tool | $tp_cpu | $tp_wall | $bc | $bw | $(python3 -c "print(round($lw * 1000))") ms | $((bm / 1024)) MiB |")
  done
  summary+=("- $config: yearbook ${cpu_tp[yearbook]} MB/s vs OpenCC CLI ${cpu_tp[opencc]} MB/s = **$(python3 -c "print(f'{${cpu_tp[yearbook]} / ${cpu_tp[opencc]}:.1f}')")×**; vs opencc-js ${cpu_tp[opencc-js]} MB/s = $(python3 -c "print(f'{${cpu_tp[yearbook]} / ${cpu_tp[opencc-js]}:.1f}')")× (CPU time, start-up excluded)")
  unset cpu_tp
done

{
  echo "# Conversion: yearbook convert vs OpenCC 1.4.2"
  echo
  echo "Written by \`tests/bench/convert-vs-opencc.sh $size_mb\` on $(date -u '+%Y-%m-%d %H:%M UTC'):"
  echo "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), load average $(cut -d' ' -f1-3 /proc/loadavg) at the end;"
  echo "every process pinned to one core; median of $runs runs (5 for the one-line runs)."
  echo "Corpus: $(corpus_mb "$work/zhs.txt") MB Simplified (seeds, sample chapters, OpenCC golden inputs, repeated) and its"
  echo "$(corpus_mb "$work/zht.txt") MB Traditional twin (OpenCC s2t). OpenCC CLI built by \`build-opencc.sh\` from the npm"
  echo "package's sources (g++ -O2); opencc-js 1.4.2 on node $(node --version)."
  echo
  echo "## Throughput (MB/s of input, start-up excluded), start-up and peak memory"
  echo
  printf '%s\n' "${summary[@]}"
  echo
  echo "| config | tool | MB/s CPU | MB/s wall | CPU s (full run) | wall s (full run) | one-line run (start-up) | peak RSS (full run) |"
  echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "## Byte identity with the OpenCC CLI (--include-tofu-risk-dictionaries), whole corpus"
  echo
  echo "| config | input | result |"
  echo "| --- | --- | --- |"
  printf '%s\n' "${identity[@]}"
} > "$results"
cat "$results"
