#!/usr/bin/env bash
# Time from a command to the main window showing the example project, on a built tree:
# `make run` (dependency check, no-op build, start) side by side with the bare binary, so the
# make overhead shows as a ratio measured in the same run.
# Usage: tests/benchmarks/startup.sh [runs]   (needs Xvfb and xwininfo; uses DISPLAY if set)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}

if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi

make -s build >/dev/null # not timed: the tree must already be built
home=$(mktemp -d)

# Prints the milliseconds from starting "$@" until the example's window is mapped.
time_to_window() {
  local start end pid
  start=$(date +%s%N)
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data "$@" >/dev/null 2>&1 &
  pid=$!
  # The title names the project once it is open on the canvas.
  until xwininfo -root -tree 2>/dev/null | grep -q 'Customer support.*Seedbed'; do
    sleep 0.01
  done
  end=$(date +%s%N)
  pkill -f 'build/app/seedbed --example' || true
  wait "$pid" 2>/dev/null || true
  echo $(((end - start) / 1000000))
}

printf '%-6s %12s %12s %8s\n' run 'make run' 'binary' ratio
for i in $(seq "$runs"); do
  a=$(time_to_window make -s run)
  b=$(time_to_window build/app/seedbed --example)
  printf '%-6s %9s ms %9s ms %8s\n' "$i" "$a" "$b" "$(awk -v a="$a" -v b="$b" 'BEGIN { printf "%.2f", a / b }')"
done
rm -rf "$home"
