#!/usr/bin/env bash
# Benchmark of analytics-service: a synthetic history (10,000 patients x 12 weeks, about 1 M events) replayed through
# Kafka; prints events consumed per second and the p50/p99 of the adherence-series and pain-trend queries at about
# 1 k and at all stored events.
#
#   bench/analytics-replay.sh                      (PATIENTS=10000 WEEKS=12 QUERIES=2000 to change the size)
#
# It needs nothing running: it starts its own single-node Kafka broker (the jars ./run.sh uses, on ports 19092/19093)
# and the packaged analytics-service (port 18084, H2 file database in a temporary directory, tokens checked against
# a key made for the run), and stops both at the end. Set LUMBAR_DB_URL (+ LUMBAR_DB_USER, LUMBAR_DB_PASSWORD) to
# use PostgreSQL instead; the service must then have been packaged with -Dlumbar.db.kind=postgresql.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PATIENTS="${PATIENTS:-10000}"
WEEKS="${WEEKS:-12}"
QUERIES="${QUERIES:-2000}"
KAFKA_PORT="${KAFKA_PORT:-19092}"
SERVICE_PORT="${SERVICE_PORT:-18084}"
JAVA="${JAVA:-java}"

KAFKA_CP="$ROOT/local-platform/target/kafka-lib/*"
[[ -d "$ROOT/local-platform/target/kafka-lib" ]] \
  || (cd "$ROOT" && ./mvnw -B -q -pl local-platform package -DskipTests) \
  || { echo "could not fetch the Kafka jars (./mvnw -pl local-platform package)"; exit 1; }
APP="$ROOT/analytics-service/target/quarkus-app/quarkus-run.jar"
[[ -f "$APP" ]] || (cd "$ROOT" && ./mvnw -B -q -pl analytics-service package -DskipTests)

work=$(mktemp -d)
pids=()
cleanup() {
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; wait "${pids[i]}" 2>/dev/null || true; done
  if [[ -n "${KEEP_WORK:-}" ]]; then echo "logs kept in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap "exit 130" INT TERM
bench() {
  "$JAVA" -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$KAFKA_CP" \
    "$ROOT/bench/AnalyticsReplayBenchmark.java" "$@"
}
wait_for() { # what, seconds, command...
  local what=$1 seconds=$2; shift 2
  for ((i = 0; i < seconds * 2; i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "$what was not ready after ${seconds}s; logs in $work"; exit 1
}

cat >"$work/kafka.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$((KAFKA_PORT + 1))
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$((KAFKA_PORT + 1))
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$work/kafka-data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
EOF
"$JAVA" -cp "$KAFKA_CP" kafka.tools.StorageTool format -t "$("$JAVA" -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid)" \
  -c "$work/kafka.properties" >"$work/kafka-format.log" 2>&1
echo "Starting Kafka on 127.0.0.1:$KAFKA_PORT..."
"$JAVA" -Xmx256m -cp "$KAFKA_CP" kafka.Kafka "$work/kafka.properties" >"$work/kafka.log" 2>&1 &
pids+=($!)
wait_for Kafka 60 bash -c "exec 3<>/dev/tcp/127.0.0.1/$KAFKA_PORT"

bench --mode=keys --dir="$work"
db=()
if [[ -n "${LUMBAR_DB_URL:-}" ]]; then
  db=(-Dlumbar.db.url="$LUMBAR_DB_URL" -Dlumbar.db.user="${LUMBAR_DB_USER:-postgres}" -Dlumbar.db.password="${LUMBAR_DB_PASSWORD:-}")
fi
echo "Starting analytics-service on http://localhost:$SERVICE_PORT..."
"$JAVA" -Xmx512m ${SERVICE_JAVA_OPTS:-} -Dquarkus.log.console.json.enabled=false -Dquarkus.log.level=WARN \
  -Dquarkus.http.port="$SERVICE_PORT" -Dlumbar.data-dir="$work/data" -Dkafka.bootstrap.servers="127.0.0.1:$KAFKA_PORT" \
  -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.public-key="$(cat "$work/public.key")" \
  -Dlumbar.analytics.alerts.inactivity-check=off -Dlumbar.analytics.weekly-reports.check=off "${db[@]}" \
  -jar "$APP" >"$work/analytics.log" 2>&1 &
pids+=($!)
service_pid=$!
wait_for analytics-service 120 curl -fs "http://localhost:$SERVICE_PORT/q/health/ready"

echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $("$JAVA" -version 2>&1 | head -1)"
bench --mode=run --dir="$work" --patients="$PATIENTS" --weeks="$WEEKS" --queries="$QUERIES" \
  --kafka="127.0.0.1:$KAFKA_PORT" --service="http://localhost:$SERVICE_PORT" --service-pid="$service_pid"
