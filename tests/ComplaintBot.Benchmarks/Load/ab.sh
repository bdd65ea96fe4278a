#!/usr/bin/env bash
# ab.sh DIR_A DIR_B: two published ComplaintBot builds (or one build twice, with ENV_A / ENV_B set to
# "NAME=VALUE ..." runtime settings) on 3978 and 3980, each warmed up, then ROUNDS (default 4) alternating rounds
# of SECS (default 15) seconds at 32 users. Prints turns/s, p50, p99, the bot's CPU time per turn and the load
# generator's; COMPETE=N adds N busy loops for the measured rounds (both in servers.sh).
set -euo pipefail
source "$(dirname "$0")/servers.sh"
rounds=${ROUNDS:-4}
stop_servers
# shellcheck disable=SC2086 # ENV_A / ENV_B are lists of NAME=VALUE words
start_bot "$1" 3978 ${ENV_A:-}
# shellcheck disable=SC2086
start_bot "$2" 3980 ${ENV_B:-}
for port in 3978 3980; do wait_for $port; done
for port in 3978 3980; do load $port "$warmup" >/dev/null; done
compete
for round in $(seq 1 "$rounds"); do
  for port in 3978 3980; do echo "round $round port $port $(measure $port)"; done
done
stop_servers
