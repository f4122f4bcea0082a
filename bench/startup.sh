#!/usr/bin/env bash
# Start-up and memory of each service beside a bare Quarkus app with the same extensions (bench/bare-app: one
# resource, no entities, no migrations, no channels), measured in the same run against the platform ./run.sh is
# running. Each is started ROUNDS times, in turn, as a second instance on a free port with run.sh's JVM flags, and
# stopped again. Per start it prints: seconds from exec to a 200 from /q/health/ready, Quarkus' own "started in",
# and resident memory (RSS) once ready and after IDLE_S seconds idle. The last lines are each one's median.
# Environment: ROUNDS=3  IDLE_S=5  JAVA_FLAGS (default run.sh's: -Xmx256m -XX:+ExitOnOutOfMemoryError)
#              SERVICES="catalog-service program-service session-service analytics-service"
# A second instance joins the running one's consumer groups for a moment; the platform rebalances and goes on.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS=${ROUNDS:-3}
IDLE_S=${IDLE_S:-5}
SERVICES=${SERVICES:-catalog-service program-service session-service analytics-service}
read -r -a FLAGS <<<"${JAVA_FLAGS:--Xmx256m -XX:+ExitOnOutOfMemoryError}"

"$ROOT/run.sh" status >/dev/null 2>&1 || { echo "Lumbar is not running; start ./run.sh first and wait for 'Lumbar is ready'"; exit 1; }
source "$ROOT/bench/java.sh"

echo "Building bench/bare-app..."
(cd "$ROOT" && ./mvnw -B -q -f bench/bare-app/pom.xml package -DskipTests) >/dev/null \
  || { echo "could not build bench/bare-app; run: ./mvnw -f bench/bare-app/pom.xml package"; exit 1; }
for service in $SERVICES; do
  [[ -f "$ROOT/$service/target/quarkus-app/quarkus-run.jar" ]] || { echo "$service is not packaged; run ./run.sh once"; exit 1; }
done

export LUMBAR_SERVICES_SECRET="${LUMBAR_SERVICES_SECRET:-lumbar-services-secret}"
logs=$(mktemp -d)
free_port() {
  local port
  for port in $(shuf -i 20000-31999 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  return 1
}
rss_mb() { awk '/^VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status" 2>/dev/null || echo 0; }

declare -A READY STARTED RSS IDLE
measure() { # name jar round
  local name=$1 jar=$2 round=$3 port pid begun log
  port=$(free_port)
  log="$logs/$name-$round.log"
  begun=$(date +%s%N)
  "$JAVA" "${FLAGS[@]}" -Dquarkus.log.console.json.enabled=false -Dquarkus.http.port="$port" \
    -Dkafka.bootstrap.servers=127.0.0.1:9092 -jar "$jar" >"$log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name stopped before it was ready; see $log"; exit 1; }
    (( $(date +%s%N) - begun < 120000000000 )) || { kill "$pid"; echo "$name not ready in 120 s; see $log"; exit 1; }
    sleep 0.05
  done
  local ready started rss idle
  ready=$(awk -v ns=$(( $(date +%s%N) - begun )) 'BEGIN {printf "%.2f", ns / 1e9}')
  rss=$(rss_mb "$pid")
  sleep "$IDLE_S"
  idle=$(rss_mb "$pid")
  started=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$log" | head -1)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  READY[$name]+="$ready "; STARTED[$name]+="${started:-?} "; RSS[$name]+="$rss "; IDLE[$name]+="$idle "
  printf '%-18s round %d: ready %5s s (Quarkus: started in %5s s), RSS %4d MB ready, %4d MB after %d s idle\n' \
    "$name" "$round" "$ready" "${started:-?}" "$rss" "$idle" "$IDLE_S"
}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "JVM: $("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p'), flags: ${FLAGS[*]}"
for round in $(seq 1 "$ROUNDS"); do
  measure bare-app "$ROOT/bench/bare-app/target/quarkus-app/quarkus-run.jar" "$round"
  for service in $SERVICES; do
    measure "$service" "$ROOT/$service/target/quarkus-app/quarkus-run.jar" "$round"
  done
done
echo
printf '%-18s %10s %12s %10s %10s\n' "median of $ROUNDS" "ready (s)" "started (s)" "RSS (MB)" "idle (MB)"
for name in bare-app $SERVICES; do
  printf '%-18s %10s %12s %10s %10s\n' "$name" "$(median <<<"${READY[$name]}")" \
    "$(median <<<"${STARTED[$name]//\?/}")" "$(median <<<"${RSS[$name]}")" "$(median <<<"${IDLE[$name]}")"
done
rm -rf "$logs"
