#!/usr/bin/env bash
# three-way.sh BASE_DIR HEAD_DIR: two published ComplaintBot builds (3978, 3980) and the JavaScript peer (3979),
# each warmed up, then ROUNDS (default 4) alternating rounds of SECS (default 15) seconds at 32 users.
# Prints one line per round and server: turns/s, p50, p99, errors, the server's CPU time per turn and the load
# generator's. Compare within a run: the machine is shared. COMPETE=N adds N busy loops for the measured rounds
# (servers.sh): a slow stretch on demand.
set -euo pipefail
source "$(dirname "$0")/servers.sh"
rounds=${ROUNDS:-4}
stop_servers
start_bot "$1" 3978
start_bot "$2" 3980
start_peer 3979
for port in 3978 3980 3979; do wait_for $port; done
for port in 3978 3980 3979; do load $port "$warmup" >/dev/null; done
compete
for round in $(seq 1 "$rounds"); do
  for port in 3978 3980 3979; do echo "round $round port $port $(measure $port)"; done
done
stop_servers
