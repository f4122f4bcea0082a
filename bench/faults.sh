#!/usr/bin/env bash
# The fault suite, against the platform ./run.sh is running (on its own PostgreSQL at 127.0.0.1:15432, or the one
# LUMBAR_DB_URL names): a steady stream of set writes from alice and bob while, one after another,
#   - each service and the gateway is killed (kill -9) REPEAT times,
#   - the broker and PostgreSQL are killed INFRA_REPEAT times (the supervisor starts them again),
#   - Keycloak is killed (tokens must still be checked with the keys the services hold; logins must fail fast),
#   - analytics-service is killed while an admin's rebuild of its read models runs (it must run again on restart),
#   - the same Idempotency-Key is sent many times at once,
#   - garbage is produced on session.events (each consuming service must dead-letter it once and go on).
# After each fault it settles and prints a line: acknowledged, stored, on Kafka, counted by analytics, lost, counted
# twice, time to recover; the last line is the totals. Exit code 1 if anything was lost or counted twice, 2 if
# nothing was but another check failed.
# Environment:
#   REPEAT=10          kills of each service (REPEAT=1 for a short run)
#   INFRA_REPEAT=1     kills of the broker and of PostgreSQL
#   PACE_MS=40         pause of each of the four writers between two sets
#   SETTLE_S=120       longest wait after a fault for what was acknowledged to be stored, published and counted
#   DUPLICATE_KEYS=10 DUPLICATE_COPIES=16   the duplicate submissions
#   ONLY=<text>        run only the faults whose name contains the text (e.g. ONLY=broker)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

"$ROOT/run.sh" status >/dev/null 2>&1 || { echo "Lumbar is not running; start ./run.sh first and wait for 'Lumbar is ready'"; exit 1; }
not_ready=$("$ROOT/run.sh" status | awk 'NR > 1 && $3 != "ready" {print $1}')
[[ -z "$not_ready" ]] || { echo "not ready yet: $not_ready (see ./run.sh status)"; exit 1; }

source "$ROOT/bench/java.sh"

if ! ls "$ROOT"/local-platform/target/bench-lib/postgresql-*.jar >/dev/null 2>&1 \
    || [[ ! -d "$ROOT/local-platform/target/kafka-lib" ]]; then
  echo "Fetching the Kafka client and the PostgreSQL driver (local-platform)..."
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -pl local-platform) >/dev/null \
    || { echo "could not build local-platform; run: ./mvnw -B package -DskipTests -pl local-platform"; exit 1; }
fi

cd "$ROOT"
exec "$JAVA" -Xmx768m -Dorg.slf4j.simpleLogger.defaultLogLevel=error -Dlumbar.root="$ROOT" \
  -cp "$ROOT/local-platform/target/kafka-lib/*:$ROOT/local-platform/target/bench-lib/*" "$ROOT/bench/FaultSuite.java" "$@"
