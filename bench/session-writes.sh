#!/usr/bin/env bash
# Benchmark of session-service writes against the running local platform; prints figures.
#   1. start the platform on PostgreSQL:
#        LUMBAR_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres LUMBAR_DB_USER=postgres ./run.sh
#   2. bench/session-writes.sh            (SECONDS_=30 CONNECTIONS=32 UPLOADS=40 to change the load)
# Live writes are driven by wrk (Debian package `wrk`, installed when missing) so the load generator takes little of
# the machine; the setup, the Kafka check and the offline uploads are bench/SessionWriteBenchmark.java.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${SECONDS_:-30}"
CONNECTIONS="${CONNECTIONS:-32}"
UPLOADS="${UPLOADS:-40}"

curl -fs http://localhost:8083/q/health/ready >/dev/null \
  || { echo "session-service is not running on :8083; start ./run.sh first (see the header of this script)"; exit 1; }
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null) \
  || { echo "the benchmark needs wrk (apt-get install wrk)"; exit 1; }
JAVA="${JAVA:-}"
if [[ -z "$JAVA" ]]; then
  for candidate in "${JAVA_HOME:-}/bin/java" /usr/lib/jvm/*/bin/java "$(command -v java)"; do
    [[ -x "$candidate" ]] || continue
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [[ "${version%%.*}" -ge 21 ]]; then JAVA="$candidate"; break; fi
  done
fi
[[ -n "$JAVA" ]] || { echo "the benchmark needs a JDK 21 or newer"; exit 1; }
bench() {
  "$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$ROOT/local-platform/target/kafka-lib/*" \
    "$ROOT/bench/SessionWriteBenchmark.java" "$@"
}

# A PostgreSQL server with autovacuum off (this machine's: /etc/postgresql/*/main/conf.d/90-ci.conf) neither gathers
# statistics, so the plans cached while the tables were empty scan whole tables ever after, nor clears the index
# entries that publishing outbox rows leaves behind, so the relay wades through them. Do what autovacuum would have
# done before measuring. PSQL names the client and database.
PSQL="${PSQL:-psql -h 127.0.0.1 -U postgres -d postgres}"
analyze() {
  if [[ "$($PSQL -Atc 'show autovacuum' 2>/dev/null)" == "off" ]]; then
    echo "autovacuum is off on this PostgreSQL server: vacuuming and analyzing the platform's tables first"
    $PSQL -qc 'vacuum analyze'
  fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sessions=$((CONNECTIONS * 4 > 120 ? CONNECTIONS * 4 : 120))
bench --mode=setup --dir="$work" --sessions="$sessions"

echo "Live set writes: $CONNECTIONS connections, 5 s warm-up, ${DURATION} s measured"
wrk -t2 -c"$CONNECTIONS" -d5s -s "$ROOT/bench/set-writes.lua" http://localhost:8083 -- "$work/sessions.txt" "$work/token.txt" 2 >/dev/null
bench --mode=setup --dir="$work" --sessions="$sessions"
analyze
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$ROOT/bench/set-writes.lua" http://localhost:8083 \
  -- "$work/sessions.txt" "$work/token.txt" 2 | tee "$work/wrk.txt"
ended=$(($(date +%s%N) / 1000000))
requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' "$work/wrk.txt")
failed=$(sed -n 's/^ *Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$work/wrk.txt")
written=$((requests - ${failed:-0}))
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")
echo
echo "Results"
echo "  sets written      $written in ${DURATION} s (failed: ${failed:-0})"
echo "  sustained rate    $((written / DURATION)) sets/s"
echo "  latency           p50 $p50, p99 $p99"
bench --mode=kafka --dir="$work" --expected="$written" --load-ended="$ended"
analyze
bench --mode=offline --uploads="$UPLOADS" --upload-concurrency=4
