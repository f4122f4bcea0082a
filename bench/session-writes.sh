#!/usr/bin/env bash
# Benchmark of session-service writes against the running local platform; prints figures.
#   1. start the platform: ./run.sh (its own PostgreSQL on 127.0.0.1:15432, or LUMBAR_DB_URL's)
#   2. bench/session-writes.sh
# Environment, to change the load:
#   CONNECTIONS="8 16 24 32"  live phase: one measured run per number of connections (wrk keeps each one busy, so
#                             by Little's law latency grows with connections once the service is saturated)
#   SECONDS_=30               length of each measured live run
#   WARMUP_ROUNDS=12          at most this many 15 s warm-up runs; warm-up ends once two in a row differ by < 5 %
#   WARMUP_MIN_ROUNDS=6       but not before this many (on a fresh start the rate can pause on its way up)
#   UPLOADS=120               offline sessions of 450 sets, uploaded 4 at a time; warm-up passes of as many run until
#                             two in a row do not beat the best by more than 5 % (at least 6, at most 12), then one
#                             is measured
# Live writes are driven by wrk (Debian package `wrk`, installed when missing) so the load generator takes little of
# the machine; the setup, the Kafka check and the offline uploads are bench/SessionWriteBenchmark.java.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${SECONDS_:-30}"
CONNECTIONS="${CONNECTIONS:-8 16 24 32}"
WARMUP_ROUNDS="${WARMUP_ROUNDS:-12}"
WARMUP_MIN_ROUNDS="${WARMUP_MIN_ROUNDS:-6}"
UPLOADS="${UPLOADS:-120}"

curl -fs http://localhost:8083/q/health/ready >/dev/null \
  || { echo "session-service is not running on :8083; start ./run.sh first (see the header of this script)"; exit 1; }
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null) \
  || { echo "the benchmark needs wrk (apt-get install wrk)"; exit 1; }
source "$ROOT/bench/java.sh"
bench() {
  "$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$ROOT/local-platform/target/kafka-lib/*" \
    "$ROOT/bench/SessionWriteBenchmark.java" "$@"
}

# A PostgreSQL server with autovacuum off (this machine's: /etc/postgresql/*/main/conf.d/90-ci.conf) neither gathers
# statistics, so the plans cached while the tables were empty scan whole tables ever after, nor clears the index
# entries that publishing outbox rows leaves behind, so the relay wades through them. Do what autovacuum would have
# done before measuring. PSQL names the client and database.
PSQL="${PSQL:-psql -h 127.0.0.1 -p 15432 -U postgres -d lumbar}"
told=""
analyze() {
  if [[ "$($PSQL -Atc 'show autovacuum' 2>/dev/null)" == "off" ]]; then
    [[ -n "$told" ]] || echo "autovacuum is off on this PostgreSQL server: vacuuming and analyzing before every run"
    told=yes
    $PSQL -qc 'vacuum analyze'
  fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Every set of a run is new: the wrk script gives each session 450 distinct (exercise, set number, side) slots.
sessions=400

# wrk prints latencies as 850.00us, 12.34ms or 1.20s; figures below are in ms.
in_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/) n *= 1000; printf "%.1f", n }'; }
# One live run into fresh sessions: $1 connections, $2 seconds, $3 file for wrk's report.
live_run() {
  bench --mode=setup --dir="$work" --sessions="$sessions"
  wrk -t2 -c"$1" -d"$2s" --latency -s "$ROOT/bench/set-writes.lua" http://localhost:8083 \
    -- "$work/sessions.txt" "$work/token.txt" 2 > "$3"
}
rate_of() { sed -n 's/^Requests\/sec: *\([0-9]*\).*/\1/p' "$1"; }

# The services' JIT takes minutes of load to settle on two cores; measuring before it has would report the compiler.
set -- $CONNECTIONS
widest="${!#}"
echo "Warm-up: 15 s runs at $widest connections until two in a row differ by less than 5 %" \
  "(at least $WARMUP_MIN_ROUNDS, at most $WARMUP_ROUNDS)"
previous=0
for round in $(seq 1 "$WARMUP_ROUNDS"); do
  analyze
  live_run "$widest" 15 "$work/warm-up.txt"
  rate=$(rate_of "$work/warm-up.txt")
  echo "  run $round: $rate requests/s"
  if ((round >= WARMUP_MIN_ROUNDS && 20 * (rate > previous ? rate - previous : previous - rate) < previous)); then
    break
  fi
  previous=$rate
done

summary=()
for connections in $CONNECTIONS; do
  echo
  echo "Live set writes: $connections connections, ${DURATION} s"
  analyze
  live_run "$connections" "$DURATION" "$work/wrk.txt"
  ended=$(($(date +%s%N) / 1000000))
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.txt")
  failed=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.txt")
  written=$((requests - ${failed:-0}))
  p50=$(in_ms "$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")")
  p99=$(in_ms "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")")
  echo "  sets written      $written (failed: ${failed:-0})"
  echo "  sustained rate    $((written / DURATION)) sets/s"
  echo "  latency           p50 $p50 ms, p99 $p99 ms"
  bench --mode=kafka --dir="$work" --expected="$written" --load-ended="$ended"
  summary+=("$(printf '  %11s %8s %9s %9s' "$connections" "$((written / DURATION))" "$p50" "$p99")")
done
echo
echo "Live set writes (target: 1,500 sets/s with p99 under 50 ms)"
printf '  %11s %8s %9s %9s\n' connections "sets/s" "p50 ms" "p99 ms"
printf '%s\n' "${summary[@]}"

echo
analyze
bench --mode=offline --uploads="$UPLOADS" --upload-concurrency=4
