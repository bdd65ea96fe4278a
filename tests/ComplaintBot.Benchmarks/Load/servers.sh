# Sourced by the load scripts: starts and measures the servers they compare, all on 127.0.0.1.
# BENCH_DIR is ../shared/bench (the load generator and the JavaScript peer); WARMUP is the seconds of load each
# server gets before it is measured (the .NET bot needs about a minute to reach its steady state).

repo=$(git -C "$(dirname "${BASH_SOURCE[0]}")" rev-parse --show-toplevel)
bench=${BENCH_DIR:-$repo/../shared/bench}
warmup=${WARMUP:-60}
seconds=${SECS:-15}

# start_bot DIR PORT [NAME=VALUE...]: a published ComplaintBot (dotnet publish -c Release -o DIR) with an empty data folder
start_bot() {
  local dir=$1 port=$2 data=${TMPDIR:-/tmp}/complaintbot-bench-$2
  shift 2
  rm -rf "$data" && mkdir -p "$data"
  (cd "$dir" && env "$@" ASPNETCORE_URLS="http://127.0.0.1:$port" Storage__DataDirectory="$data" \
    Logging__LogLevel__Default=Warning nohup dotnet ComplaintBot.dll >"$data.log" 2>&1 &)
}

# start_peer PORT: the official JavaScript SDK's bot (npm install --ignore-scripts in its folder first)
start_peer() {
  (cd "$bench/peer-js" && PORT=$1 nohup node bot.mjs >"${TMPDIR:-/tmp}/complaintbot-bench-peer.log" 2>&1 &)
}

# compete: COMPETE (default 0) busy loops, each taking what CPU it can, started before the measured rounds. They stand
# in for the other tenants of a shared machine in a slow stretch, so one can be measured on demand.
compete() {
  for _ in $(seq 1 "${COMPETE:-0}"); do
    nohup sh -c 'while :; do :; done # complaintbot-bench-competitor' >/dev/null 2>&1 &
  done
}

# stop_servers: every `dotnet ComplaintBot.dll`, `node bot.mjs` and competitor on the machine (the scripts run it
# before and after)
stop_servers() {
  pkill -f 'dotnet ComplaintBot.dll' || true
  pkill -f 'node bot.mjs' || true
  pkill -f 'complaintbot-bench-competitor' || true
}

# wait_for PORT: until something listens on the port (at most 30 s)
wait_for() {
  for _ in $(seq 1 60); do
    ss -ltn "sport = :$1" | grep -q LISTEN && return 0
    sleep 0.5
  done
  echo "nothing listens on port $1" >&2
  return 1
}

pid_on() { ss -ltnp "sport = :$1" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2; }

# load PORT SECONDS: the load generator at 32 users; prints its one-line summary
load() { node "$bench/loadgen.mjs" --url "http://127.0.0.1:$1/api/messages" --users 32 --seconds "$2"; }

# measure PORT: one measured round (SECS seconds at 32 users) against the server on PORT; prints the load generator's
# summary, the server's CPU time per turn, from /proc/PID/stat ((user + system clock ticks) × 10 ms ÷ turns), and the
# load generator's own, from bash's `time` (it shares the two cores with the server, so the two together are what a
# turn costs the machine). The turns are scaled by (SECS + 3) ÷ SECS because the load generator's first 3 seconds are
# load that it does not count.
measure() {
  local pid before after summary turns counted loadgen_cpu TIMEFORMAT='%3U %3S'
  pid=$(pid_on "$1")
  before=$(cpu_ticks "$pid")
  summary=$( { time load "$1" "$seconds"; } 2>&1 )
  after=$(cpu_ticks "$pid")
  loadgen_cpu=$(tail -1 <<<"$summary")
  summary=$(grep 'turns/s' <<<"$summary")
  turns=$(grep -o 'turns [0-9]*' <<<"$summary" | tail -1 | cut -d' ' -f2)
  counted=$(( turns * (seconds + 3) / seconds ))
  echo "$summary cpu_us_per_turn $(( (after - before) * 10000 / counted ))" \
    "loadgen_us_per_turn $(awk -v cpu="$loadgen_cpu" -v n="$counted" 'BEGIN { split(cpu, t, " "); printf "%d", (t[1] + t[2]) * 1e6 / n }')"
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
