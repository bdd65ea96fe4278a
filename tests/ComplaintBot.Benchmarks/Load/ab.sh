#!/usr/bin/env bash
# ab.sh DIR_A DIR_B: two published ComplaintBot builds (or one build twice, with ENV_A / ENV_B set to
# "NAME=VALUE ..." runtime settings) on 3978 and 3980, each warmed up, then ROUNDS (default 4) alternating rounds
# of SECS (default 15) seconds at 32 users. Prints turns/s, p50, p99 and the bot's CPU time per turn, from
# /proc/PID/stat: (user + system clock ticks) × 10 ms ÷ turns, the turns scaled by (SECS + 3) ÷ SECS because the
# load generator's first 3 seconds are load that it does not count.
set -euo pipefail
source "$(dirname "$0")/servers.sh"
rounds=${ROUNDS:-4}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
stop_servers
# shellcheck disable=SC2086 # ENV_A / ENV_B are lists of NAME=VALUE words
start_bot "$1" 3978 ${ENV_A:-}
# shellcheck disable=SC2086
start_bot "$2" 3980 ${ENV_B:-}
for port in 3978 3980; do wait_for $port; done
for port in 3978 3980; do load $port "$warmup" >/dev/null; done
for round in $(seq 1 "$rounds"); do
  for port in 3978 3980; do
    pid=$(pid_on $port)
    before=$(cpu_ticks "$pid")
    summary=$(load $port "$seconds")
    after=$(cpu_ticks "$pid")
    turns=$(grep -o 'turns [0-9]*' <<<"$summary" | tail -1 | cut -d' ' -f2)
    echo "round $round port $port $summary cpu_us_per_turn $(( (after - before) * 10000 * seconds / (turns * (seconds + 3)) ))"
  done
done
stop_servers
