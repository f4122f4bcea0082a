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
#   PG_ARGS="-h 127.0.0.1 -p 15432 -U postgres" PG_DB=lumbar   the platform's database (LUMBAR_DB_URL's if it used one)
# Live writes are driven by wrk (Debian package `wrk`, installed when missing) so the load generator takes little of
# the machine; the setup, the Kafka check and the offline uploads are bench/SessionWriteBenchmark.java.
# Beside every Lumbar run, in the same run, pgbench (PostgreSQL's own, installed when missing) runs the same statements
# with rows of the same size straight on the platform's database, in a schema of its own (bench_raw, bench/raw/*.sql):
# one set per transaction, then in groups of the size session-service formed in that Lumbar run, at the same number of
# connections; offline uploads against one multi-row insert per table. The ratios compare Lumbar with them.
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
PG_ARGS="${PG_ARGS:--h 127.0.0.1 -p 15432 -U postgres}"
PG_DB="${PG_DB:-lumbar}"
PGBENCH=$(command -v pgbench || compgen -G '/usr/lib/postgresql/*/bin/pgbench' | tail -1 || true)
if [[ -z "$PGBENCH" ]]; then
  (apt-get update -qq && apt-get install -y -qq postgresql-client postgresql >/dev/null) || true
  PGBENCH=$(command -v pgbench || compgen -G '/usr/lib/postgresql/*/bin/pgbench' | tail -1 || true)
fi
[[ -n "$PGBENCH" ]] || { echo "the raw comparison needs PostgreSQL's pgbench (apt-get install postgresql)"; exit 1; }
source "$ROOT/bench/java.sh"
bench() {
  "$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$ROOT/local-platform/target/kafka-lib/*" \
    "$ROOT/bench/SessionWriteBenchmark.java" "$@"
}

# A PostgreSQL server with autovacuum off (this machine's: /etc/postgresql/*/main/conf.d/90-ci.conf) neither gathers
# statistics, so the plans cached while the tables were empty scan whole tables ever after, nor clears the index
# entries that publishing outbox rows leaves behind, so the relay wades through them. Do what autovacuum would have
# done before measuring. PSQL names the client and database.
PSQL="${PSQL:-psql $PG_ARGS -d $PG_DB}"
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

# Raw PostgreSQL: $1 script (bench/raw/), $2 connections, $3 seconds, then pgbench's -D definitions. Prints
# "<transactions per second> <p99 ms>" from pgbench's own report and its log of every transaction.
$PSQL -qv ON_ERROR_STOP=1 -f "$ROOT/bench/raw/prepare.sql" 2>&1 | grep -v NOTICE || true
raw_run() {
  local script=$1 connections=$2 seconds=$3; shift 3
  local defines=() name
  for name in "$@"; do defines+=(-D "$name"); done
  $PSQL -qv ON_ERROR_STOP=1 -f "$ROOT/bench/raw/reset.sql" >/dev/null
  rm -f "$work"/raw-log*
  (cd "$work" && "$PGBENCH" $PG_ARGS -n -M prepared -c "$connections" -j 2 -T "$seconds" -D k=0 "${defines[@]}" \
    -f "$ROOT/bench/raw/$script.sql" --log --log-prefix=raw-log "$PG_DB" >"$work/pgbench.txt" 2>&1) \
    || { cat "$work/pgbench.txt"; echo "pgbench failed"; exit 1; }
  local tps p99
  tps=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$work/pgbench.txt")
  p99=$(cat "$work"/raw-log* | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.99); if (i < 1) i = 1; printf "%.1f", v[i] / 1000 }')
  echo "$tps $p99"
}
# The mean number of set writes session-service committed per transaction since the last call.
group_sum=0 group_count=0
group_size() {
  local metrics sum count
  metrics=$(curl -fs http://localhost:8083/q/metrics)
  sum=$(awk '/^lumbar_set_writes_per_transaction_sum/ { print $2 }' <<<"$metrics")
  count=$(awk '/^lumbar_set_writes_per_transaction_count/ { print $2 }' <<<"$metrics")
  awk -v s="$sum" -v c="$count" -v s0="$group_sum" -v c0="$group_count" \
    'BEGIN { if (c - c0 > 0) printf "%.1f", (s - s0) / (c - c0); else print "1.0" }'
  group_sum=$sum group_count=$count
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

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
  group_size >/dev/null
  live_run "$connections" "$DURATION" "$work/wrk.txt"
  ended=$(($(date +%s%N) / 1000000))
  group=$(group_size)
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.txt")
  failed=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.txt")
  written=$((requests - ${failed:-0}))
  p50=$(in_ms "$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")")
  p99=$(in_ms "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")")
  echo "  sets written      $written (failed: ${failed:-0})"
  echo "  sustained rate    $((written / DURATION)) sets/s"
  echo "  latency           p50 $p50 ms, p99 $p99 ms"
  echo "  sets a transaction $group (session-service's groups)"
  bench --mode=kafka --dir="$work" --expected="$written" --load-ended="$ended"
  analyze
  read -r one_tps one_p99 <<<"$(raw_run one-set "$connections" "$DURATION")"
  whole_group=$(awk -v g="$group" 'BEGIN { n = int(g + 0.5); print (n < 1 ? 1 : n) }')
  read -r group_tps group_p99 <<<"$(raw_run group "$connections" "$DURATION" "g=$whole_group")"
  group_sets=$(awk -v t="$group_tps" -v g="$whole_group" 'BEGIN { printf "%d", t * g }')
  echo "  raw PostgreSQL    one set a transaction: ${one_tps%.*} tps, p99 $one_p99 ms;" \
    "$whole_group sets a transaction: $group_sets sets/s, p99 $group_p99 ms"
  rate=$((written / DURATION))
  summary+=("$(printf '  %11s %8s %9s %7s %10s %10s %8s %11s %8s %9s' "$connections" "$rate" "$p99" "$group" \
    "${one_tps%.*}" "$one_p99" "$group_sets" "$group_p99" "$(ratio "$rate" "$one_tps")" "$(ratio "$rate" "$group_sets")")")
done
echo
echo "Live set writes beside raw PostgreSQL running the same statements (targets: Lumbar at least 1.5 x raw one set a"
echo "transaction at 16-32 connections and 1.0 x at 8, at least 0.9 x raw in groups of the same size, p99 no worse than raw)"
printf '  %11s %8s %9s %7s %10s %10s %8s %11s %8s %9s\n' connections "sets/s" "p99 ms" "group" "raw tps" "raw p99" \
  "raw g/s" "raw g p99" "x one" "x group"
printf '%s\n' "${summary[@]}"

echo
analyze
bench --mode=offline --uploads="$UPLOADS" --upload-concurrency=4 | tee "$work/offline.txt"
offline_rate=$(sed -n 's/^ *upload rate *\([0-9,]*\) sets\/s.*/\1/p' "$work/offline.txt" | tr -d ,)
read -r offline_tps offline_p99 <<<"$(raw_run offline 4 "$DURATION")"
raw_offline=$(awk -v t="$offline_tps" 'BEGIN { printf "%d", t * 450 }')
echo "  raw PostgreSQL    one multi-row insert per table and upload, 4 at a time: $raw_offline sets/s, p99 $offline_p99 ms"
echo
echo "Offline uploads beside raw PostgreSQL (target: at least 0.8 x)"
echo "  Lumbar ${offline_rate:-?} sets/s, raw $raw_offline sets/s: $(ratio "${offline_rate:-0}" "$raw_offline") x"
