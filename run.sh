#!/usr/bin/env bash
# Starts the whole Lumbar platform on this machine, without Docker:
#   a Kafka broker (KRaft, from the Kafka jars on Maven Central)   127.0.0.1:9092
#   Keycloak 26 with the realm `lumbar` imported fresh             http://localhost:8180
#   catalog, program, session and analytics services               http://localhost:8081..8084
#   the gateway in front of them (/api/..., one Swagger UI)         http://localhost:8080
# Databases are H2 files under .lumbar/data, or PostgreSQL when LUMBAR_DB_URL is a PostgreSQL JDBC URL
# (LUMBAR_DB_USER and LUMBAR_DB_PASSWORD too; each service uses its own schema).
# Ctrl-C or SIGTERM stops everything this script started.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="$ROOT/.lumbar"
LOGS="$STATE/logs"
KEYCLOAK_VERSION=26.7.3
SERVICES=(catalog-service:8081 program-service:8082 session-service:8083 analytics-service:8084)
PIDS=()

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }

stop_all() {
  trap - INT TERM EXIT
  if ((${#PIDS[@]})); then
    say "Stopping Lumbar..."
    for pid in "${PIDS[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
    for _ in $(seq 1 40); do
      local alive=0
      for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && alive=1; done
      ((alive)) || break
      sleep 0.5
    done
    for pid in "${PIDS[@]}"; do kill -KILL -- "-$pid" 2>/dev/null || true; done
    say "Stopped."
  fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap stop_all EXIT

# --- A JDK 21 or newer: Keycloak needs it, and every process runs on the same one.
java_feature() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -1; }
find_java() {
  local best="" best_version=0 candidate version
  local candidates=()
  [[ -n "${JAVA_HOME:-}" ]] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for dir in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [[ -x "$dir/bin/java" ]] && candidates+=("$dir/bin/java")
  done
  for candidate in "${candidates[@]}"; do
    version="$(java_feature "$candidate")"
    version="${version%%.*}"
    [[ "$version" =~ ^[0-9]+$ ]] || continue
    if ((version >= 21 && version > best_version)); then best="$candidate"; best_version=$version; fi
  done
  [[ -n "$best" ]] || return 1
  JAVA="$best"
  JAVA_HOME_FOUND="$(cd "$(dirname "$best")/.." && pwd)"
  say "Using Java $best_version at $JAVA_HOME_FOUND"
}
find_java || fail "Keycloak needs a JDK 21 or newer and none was found (looked at JAVA_HOME, java on the PATH and /usr/lib/jvm, /usr/java, /opt/java, ~/.sdkman); install one, e.g. apt-get install openjdk-21-jdk-headless."

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in 9092 9093 8180 9000 8081 8082 8083 8084 8080; do
  port_free "$port" || fail "port $port is already in use; stop whatever listens there (an earlier ./run.sh?) and try again."
done

mkdir -p "$LOGS" "$STATE/data"

# --- Build what is missing (the database kind is fixed at build time).
DB_URL="${LUMBAR_DB_URL:-}"
DB_KIND=h2
[[ "$DB_URL" == jdbc:postgresql:* ]] && DB_KIND=postgresql
needs_build=0
for entry in "${SERVICES[@]}"; do
  [[ -f "$ROOT/${entry%%:*}/target/quarkus-app/quarkus-run.jar" ]] || needs_build=1
done
[[ -f "$ROOT/gateway/target/quarkus-app/quarkus-run.jar" ]] || needs_build=1
[[ -d "$ROOT/local-platform/target/kafka-lib" ]] || needs_build=1
[[ -f "$ROOT/local-platform/target/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" ]] || needs_build=1
[[ "$(cat "$STATE/build-db-kind" 2>/dev/null || echo h2)" == "$DB_KIND" ]] || needs_build=1
if ((needs_build)); then
  say "Building Lumbar (database: $DB_KIND); the first build downloads dependencies and takes a few minutes..."
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -DskipKeycloak=false -Dlumbar.db.kind="$DB_KIND") >"$LOGS/build.log" 2>&1 \
    || fail "the build failed; see $LOGS/build.log"
  echo "$DB_KIND" >"$STATE/build-db-kind"
fi

start() { # name, command...: runs in its own process group, output to its log
  local name=$1; shift
  setsid "$@" >"$LOGS/$name.log" 2>&1 &
  PIDS+=($!)
}

wait_for() { # description, seconds, pid, test command...
  local what=$1 seconds=$2 pid=$3; shift 3
  for _ in $(seq 1 $((seconds * 2))); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    kill -0 "$pid" 2>/dev/null || fail "$what stopped while starting; see its log in $LOGS"
    sleep 0.5
  done
  fail "$what was not ready after ${seconds}s; see its log in $LOGS"
}

# --- Kafka: one KRaft node, broker and controller.
KAFKA_DATA="$STATE/kafka-data"
cat >"$STATE/kafka.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:9093
listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:9092
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$KAFKA_DATA
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
log.cleaner.dedupe.buffer.size=8388608
EOF
KAFKA_CP="$ROOT/local-platform/target/kafka-lib/*"
if [[ ! -f "$KAFKA_DATA/meta.properties" ]]; then
  "$JAVA" -cp "$KAFKA_CP" kafka.tools.StorageTool format -t "$("$JAVA" -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid)" \
    -c "$STATE/kafka.properties" >"$LOGS/kafka-format.log" 2>&1 || fail "could not format Kafka storage; see $LOGS/kafka-format.log"
fi
say "Starting Kafka on 127.0.0.1:9092..."
start kafka "$JAVA" -Xmx256m -cp "$KAFKA_CP" kafka.Kafka "$STATE/kafka.properties"
KAFKA_PID=${PIDS[-1]}

# --- Keycloak: unpacked once from the Maven Central zip; the realm is imported into a fresh in-memory database.
KEYCLOAK_HOME="$STATE/keycloak-$KEYCLOAK_VERSION"
if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]]; then
  say "Unpacking Keycloak $KEYCLOAK_VERSION..."
  unzip -q -o "$ROOT/local-platform/target/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$STATE"
fi
mkdir -p "$KEYCLOAK_HOME/data/import"
cp "$ROOT/deploy/keycloak/lumbar-realm.json" "$KEYCLOAK_HOME/data/import/lumbar-realm.json"
say "Starting Keycloak on http://localhost:8180 (takes 15-40 s)..."
start keycloak env JAVA_HOME="$JAVA_HOME_FOUND" PATH="$JAVA_HOME_FOUND/bin:$PATH" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
  "$KEYCLOAK_HOME/bin/kc.sh" start-dev --http-port=8180 --hostname=http://localhost:8180 --import-realm \
  --health-enabled=true --db=dev-mem
KEYCLOAK_PID=${PIDS[-1]}

wait_for Kafka 60 "$KAFKA_PID" bash -c 'exec 3<>/dev/tcp/127.0.0.1/9092'
say "Kafka is up."
wait_for Keycloak 180 "$KEYCLOAK_PID" curl -fs http://localhost:9000/health/ready
say "Keycloak is up."

# --- The services, as packaged Quarkus apps.
# session-service asks program-service for programs as the confidential client lumbar-services (client credentials
# from Keycloak); the demo realm's secret unless LUMBAR_SERVICES_SECRET says otherwise.
export LUMBAR_SERVICES_SECRET="${LUMBAR_SERVICES_SECRET:-lumbar-services-secret}"
# Webhook receivers you try the local platform with listen on this machine, which production refuses (a clinic must
# not aim deliveries at the platform's own network); allowed here unless the variable says otherwise.
export LUMBAR_ANALYTICS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES="${LUMBAR_ANALYTICS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:-true}"
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}; port=${entry##*:}
  say "Starting $name on http://localhost:$port..."
  # packaged apps log JSON (the production profile); people read plain lines
  start "$name" "$JAVA" -Xmx256m -Dquarkus.log.console.json.enabled=false \
    -Dquarkus.http.port="$port" -Dlumbar.data-dir="$STATE/data" -Dkafka.bootstrap.servers=127.0.0.1:9092 \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
  eval "PID_${name//-/_}=${PIDS[-1]}"
done
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}; port=${entry##*:}
  pid_var="PID_${name//-/_}"
  wait_for "$name" 120 "${!pid_var}" curl -fs "http://localhost:$port/q/health/ready"
  say "$name is ready."
done

# --- The gateway: one origin for front ends, in front of the services.
say "Starting the gateway on http://localhost:8080..."
start gateway "$JAVA" -Xmx128m -Dquarkus.log.console.json.enabled=false -Dquarkus.http.port=8080 \
  -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar"
GATEWAY_PID=${PIDS[-1]}
wait_for gateway 60 "$GATEWAY_PID" curl -fs http://localhost:8080/q/health/ready
say "gateway is ready."

cat <<EOF

  Gateway    http://localhost:8080/api/...            (Swagger UI for every service: http://localhost:8080/q/swagger-ui)
  Catalog    http://localhost:8081/exercises        (API docs: /q/openapi on every service)
  Programs   http://localhost:8082/templates
  Sessions   http://localhost:8083/sessions
  Analytics  http://localhost:8084/patients/me/adherence
  Keycloak   http://localhost:8180  (admin console: admin / admin), realm lumbar
  Kafka      127.0.0.1:9092
  Logs       $LOGS

  Demo users (password = user name):
    alice  patient    clinic-north
    bob    patient    clinic-south
    carol  clinician  clinic-north
    dan    clinician  clinic-south
    erin   admin

Lumbar is ready
EOF

# Run until interrupted, or until a child stops on its own.
wait -n "${PIDS[@]}" || true
say "A Lumbar process stopped; see $LOGS."
