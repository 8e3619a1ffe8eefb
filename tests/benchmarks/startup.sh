#!/usr/bin/env bash
# Time from `make run` to the main window showing the example project, on a built tree.
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
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data make -s run >/dev/null 2>&1 &
  pid=$!
  # The title names the project once it is open on the canvas.
  until xwininfo -root -tree 2>/dev/null | grep -q 'Customer support.*Seedbed'; do
    sleep 0.01
  done
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms"
  pkill -f 'build/app/seedbed --example' || true
  wait $pid 2>/dev/null || true
done
rm -rf "$home"
