#!/usr/bin/env bash
# End-to-end LLM transport benchmark (issue 3, section 8), in one run:
#   1. bench_llmclient with its server in a thread of its own process (client CPU = process CPU
#      minus the server thread's);
#   2. one external server (bench_llmclient --serve-only), driven first by Seedbed's LlmClient
#      (bench_llmclient --connect) and then by the official openai Node client (openai-node/
#      bench.mjs); client CPU is each client process's own;
#   3. per concurrency, the ratio of client CPU per completion, Seedbed ÷ openai-node.
# The server answers every request after 200 ms with a 20-chunk streamed completion.
#
# Usage: tests/benchmarks/run-llm-bench.sh [build-dir] [completions]
#        (build-dir defaults to build-release, configured as Release if it does not exist;
#         completions per concurrency default to 1024; CONCURRENCY=8,32,64,128 to change rows)
# Needs node ≥ 20 and npm (the openai package is installed from package-lock.json).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-release}
completions=${2:-1024}
concurrency=${CONCURRENCY:-8,32,64,128}

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release' "$build/CMakeCache.txt"; then
  echo "warning: $build is not a Release build; the figures will not be representative" >&2
fi
cmake --build "$build" --target bench_llmclient >/dev/null
bench="$build/tests/bench_llmclient"
node_dir=tests/benchmarks/openai-node
if [ ! -d "$node_dir/node_modules/openai" ]; then
  (cd "$node_dir" && npm ci --no-audit --no-fund --silent)
fi

out=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$out"
}
trap cleanup EXIT

echo "== 1. Seedbed LlmClient, server in-process"
"$bench" --completions "$completions" --concurrency "$concurrency" | tee "$out/inprocess.txt"

echo
echo "== 2. One external server, both clients"
"$bench" --serve-only 0 >"$out/server.txt" &
server=$!
for _ in $(seq 100); do
  grep -q '^PORT ' "$out/server.txt" 2>/dev/null && break
  sleep 0.05
done
port=$(awk '/^PORT /{print $2}' "$out/server.txt")
[ -n "$port" ] || { echo "the server did not start" >&2; exit 1; }
"$bench" --connect "$port" --completions "$completions" --concurrency "$concurrency" \
  | tee "$out/seedbed.txt"
echo "-- the same with QNetworkAccessManager (SEEDBED_HTTP_ENGINE=qtnetwork)"
SEEDBED_HTTP_ENGINE=qtnetwork "$bench" --connect "$port" --completions "$completions" \
  --concurrency "$concurrency" | tee "$out/qtnetwork.txt"
node "$node_dir/bench.mjs" --port "$port" --completions "$completions" \
  --concurrency "$concurrency" | tee "$out/node.txt"

echo
echo "== 3. Summary (external server)"
field() { # field NAME < lines  → value of NAME=… per RESULT line
  awk -v name="$1" '/^RESULT/ { for (i = 1; i <= NF; ++i) { split($i, kv, "="); if (kv[1] == name) print kv[2] } }'
}
paste <(field concurrency <"$out/seedbed.txt") \
      <(field efficiency <"$out/seedbed.txt") <(field efficiency <"$out/qtnetwork.txt") \
      <(field efficiency <"$out/node.txt") \
      <(field cpu_s_per_1000 <"$out/seedbed.txt") <(field cpu_s_per_1000 <"$out/qtnetwork.txt") \
      <(field cpu_s_per_1000 <"$out/node.txt") |
  awk 'BEGIN {
         printf "%-6s %9s %9s %9s %11s %11s %11s %8s %8s\n", "conc.", "eff. own", "eff. qnam",
                "eff. node", "CPU/1k own", "CPU/1k qnam", "CPU/1k node", "own/node", "own/qnam"
       }
       { printf "%-6s %9.3f %9.3f %9.3f %11.3f %11.3f %11.3f %8.3f %8.3f\n",
                $1, $2, $3, $4, $5, $6, $7, $5 / $7, $5 / $6 }'
