#!/usr/bin/env bash
# Builds the real OpenCC 1.4.2 command-line tool, for comparing our converter with it
# (convert-vs-opencc.sh). Everything goes to $OPENCC_PREFIX (default /tmp/opencc-1.4.2):
#   bin/opencc           the CLI, compiled from the C++ sources that ship in the npm package opencc@1.4.2
#   share/opencc/        the stock configs and the .ocd2 dictionaries of the same package
# The npm package has no top-level build file (upstream builds with Bazel or its git tree's CMake),
# so the library and CLI sources are compiled here directly, with -O2 as upstream's Release build.
# Its third-party headers come from Debian (marisa, rapidjson, tclap) and darts-clone's single
# header from opencc@1.1.3 on npm, which vendored it. Runs as root (apt-get) or with those installed.
set -euo pipefail

PREFIX=${OPENCC_PREFIX:-/tmp/opencc-1.4.2}
if [[ -x $PREFIX/bin/opencc && -f $PREFIX/share/opencc/s2t.json ]]; then
  echo "OpenCC 1.4.2 already built in $PREFIX"
  exit 0
fi
command -v npm >/dev/null || { echo "build-opencc.sh needs npm (apt-get install npm)." >&2; exit 1; }

missing=()
for pkg in g++ libmarisa-dev rapidjson-dev libtclap-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})); then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

work=$PREFIX/src
rm -rf "$work" && mkdir -p "$work" "$PREFIX/bin" "$PREFIX/share/opencc" "$PREFIX/obj"
(cd "$work" && npm pack --silent opencc@1.4.2 opencc@1.1.3 >/dev/null)
mkdir -p "$work/opencc" "$work/old"
tar xzf "$work/opencc-1.4.2.tgz" -C "$work/opencc" --strip-components=1
tar xzf "$work/opencc-1.1.3.tgz" -C "$work/old" --strip-components=1 package/deps/darts-clone/darts.h
# OpenCC 1.4.2's own darts-clone copy adds validate(), used only when loading legacy .ocd files
# (the stock configs load .ocd2, through marisa). Give the vendored header an always-true one.
sed -i 's|^  std::size_t unit_size() const {|  bool validate(value_type) const { return true; }\n&|' "$work/old/deps/darts-clone/darts.h"
grep -q 'bool validate' "$work/old/deps/darts-clone/darts.h"

src=$work/opencc/src
flags=(-O2 -DNDEBUG -std=c++17 '-DOPENCC_VERSION="1.4.2"' "-DPKGDATADIR=\"$PREFIX/share/opencc\""
       -I"$work/opencc" -I"$src" -I"$work/old/deps/darts-clone")
sources=()
for f in "$src"/*.cpp; do
  case $f in *Test.cpp|*/py_opencc.cpp) continue ;; esac
  sources+=("$f")
done
sources+=("$src/tools/CommandLine.cpp" "$src/tools/CommandLineMain.cpp" "$src/tools/PlatformIO.cpp")

echo "Compiling ${#sources[@]} OpenCC sources (takes a few minutes on 2 cores)..."
pids=()
for f in "${sources[@]}"; do
  g++ "${flags[@]}" -c "$f" -o "$PREFIX/obj/$(basename "$f" .cpp).o" &
  pids+=($!)
  if ((${#pids[@]} >= $(nproc))); then wait "${pids[0]}"; pids=("${pids[@]:1}"); fi
done
for p in "${pids[@]}"; do wait "$p"; done
g++ -O2 -o "$PREFIX/bin/opencc" "$PREFIX"/obj/*.o -lmarisa -ldl -lpthread

# The package's prebuilt dictionaries and configs: the same set the npm module converts with.
cp "$work/opencc/prebuilds/assets/"*.ocd2 "$work/opencc/prebuilds/assets/"*.json "$PREFIX/share/opencc/"
"$PREFIX/bin/opencc" --version 2>&1 | head -n 2 || true
echo "OpenCC 1.4.2 CLI: $PREFIX/bin/opencc (configs in $PREFIX/share/opencc)"
