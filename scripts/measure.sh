#!/usr/bin/env bash
# Start-up and idle figures of the release binary under Xvfb, from /proc:
#   time from exec to the first frame presented (median of RUNS), resident memory after 5 s
#   idle, and CPU used over 10 s idle. Budgets: first frame <= 300 ms, RSS <= 100 MB, CPU 0 %.
# Usage: scripts/measure.sh [DESIGN.ron] [RUNS]   (needs xvfb; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/.."
design="${1:-saved_designs/option_f_mixed_models.ron}"
runs="${2:-5}"
cargo build --release --quiet
bin=target/release/ics-board-designer
if [ -z "${DISPLAY:-}" ]; then
  export DISPLAY=:97
  Xvfb "$DISPLAY" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  sleep 1
fi
data=$(mktemp -d)
export ICS_BOARD_DESIGNER_DATA_DIR="$data"
ticks=$(getconf CLK_TCK)

startups=()
for i in $(seq "$runs"); do
  log=$(mktemp)
  start=$(date +%s%N)
  ICS_BOARD_DESIGNER_TIMING=1 "$bin" "$design" 2>"$log" &
  pid=$!
  for _ in $(seq 200); do
    grep -q first-frame-presented "$log" && break
    sleep 0.05
  done
  shown=$(grep -o 'first-frame-presented-unix-ns [0-9]*' "$log" | awk '{print $2}')
  startups+=($(( (shown - start) / 1000000 )))
  if [ "$i" -lt "$runs" ]; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -f "$log"
done
median=$(printf '%s\n' "${startups[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')

sleep 5
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
cpu_before=$(awk '{print $14 + $15}' "/proc/$pid/stat")
sleep 10
cpu_after=$(awk '{print $14 + $15}' "/proc/$pid/stat")
kill "$pid"; wait "$pid" 2>/dev/null || true
rm -rf "$data"

cpu_ms=$(( (cpu_after - cpu_before) * 1000 / ticks ))
printf 'design                 %s\n' "$design"
printf 'first frame (median)   %s ms   (runs: %s)\n' "$median" "${startups[*]}"
printf 'RSS after 5 s idle     %s MB\n' "$(( rss_kb / 1024 ))"
printf 'CPU over 10 s idle     %s ms (%s %%)\n' "$cpu_ms" "$(awk -v ms="$cpu_ms" 'BEGIN {printf "%.1f", ms / 100}')"
