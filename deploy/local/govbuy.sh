#!/usr/bin/env bash
# GovBuy on one machine, without Docker: PostgreSQL (the machine's), Kafka (KRaft) and Keycloak
# fetched from Maven Central, the five services and the gateway as plain JVM processes.
#
#   ./govbuy up [--no-build] [--no-demo]   build, start everything, wait until healthy, run the demo
#   ./govbuy demo                          drive the API through the gateway with Keycloak tokens
#   ./govbuy status                        what runs, and whether it is healthy
#   ./govbuy down                          stop exactly what 'up' started (by PID)
#   ./govbuy stop <service> [n]            stop one service (instance n, default 1) of a running suite, or kafka
#   ./govbuy start <service> [n]           start one service again, or a further instance n on its port + 100*(n-1)
#   ./govbuy test                          run every test of every module (what CI runs)
#   ./govbuy db                            create or update the five databases and their roles only
#
# Environment (all optional):
#   GOVBUY_HOME          state folder (downloads, data, logs, PIDs); default <repo>/.govbuy
#   GOVBUY_PORT_OFFSET   added to every port (gateway 8080 and 9080, services 8081-8085, Keycloak 8180/9180,
#                        Kafka 9092/9093); default 0
#   GOVBUY_DB_PREFIX     database name prefix; default govbuy_ (databases govbuy_catalog, …)
#   GOVBUY_PG_HOST, GOVBUY_PG_PORT, GOVBUY_PG_USER, GOVBUY_PG_PASSWORD   PostgreSQL server and an
#                        administrator who may create roles and databases (the password may also
#                        come from ~/.pgpass or PGPASSFILE)
#   GOVBUY_DB_PASSWORD_<SERVICE>   the password of a service's own role (e.g. GOVBUY_DB_PASSWORD_CREDIT);
#                        generated once and kept in $GOVBUY_HOME/secrets when not given
#   GOVBUY_TENDER_KEK_K1, GOVBUY_TENDER_RECEIPT_PRIVATE_KEY, GOVBUY_TENDER_RECEIPT_PUBLIC_KEY   tender-service's
#                        bid-sealing and receipt keys; generated once and kept in $GOVBUY_HOME/secrets when not given
#   GOVBUY_FRESH_DATABASES=true   drop and recreate the five databases on 'up'
#   GOVBUY_LOG_FORMAT    text (default here) or json
#   GOVBUY_CLOCK_TRAVEL  true (default here): an operator may move a service's clock (the demo reaches the
#                        bid opening three weeks ahead that way); false runs on real time only. Never in a deployment.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
GOVBUY_HOME="${GOVBUY_HOME:-$ROOT/.govbuy}"
OFFSET="${GOVBUY_PORT_OFFSET:-0}"
DB_PREFIX="${GOVBUY_DB_PREFIX:-govbuy_}"
PG_HOST="${GOVBUY_PG_HOST:-127.0.0.1}"
PG_PORT="${GOVBUY_PG_PORT:-5432}"
PG_USER="${GOVBUY_PG_USER:-postgres}"
PG_PASSWORD="${GOVBUY_PG_PASSWORD:-}"
KEYCLOAK_VERSION="26.7.3"
SERVICES=(catalog tender contract evaluation credit)

port_of() {
  case "$1" in
    gateway) echo $((8080 + OFFSET)) ;;
    gateway-management) echo $((9080 + OFFSET)) ;;
    catalog) echo $((8081 + OFFSET)) ;;
    tender) echo $((8082 + OFFSET)) ;;
    contract) echo $((8083 + OFFSET)) ;;
    evaluation) echo $((8084 + OFFSET)) ;;
    credit) echo $((8085 + OFFSET)) ;;
    keycloak) echo $((8180 + OFFSET)) ;;
    keycloak-management) echo $((9180 + OFFSET)) ;;
    kafka) echo $((9092 + OFFSET)) ;;
    kafka-controller) echo $((9093 + OFFSET)) ;;
  esac
}

KEYCLOAK_URL="http://127.0.0.1:$(port_of keycloak)"
GATEWAY_URL="http://127.0.0.1:$(port_of gateway)"
GATEWAY_MANAGEMENT_URL="http://127.0.0.1:$(port_of gateway-management)"
LOGS="$GOVBUY_HOME/logs"
PIDS="$GOVBUY_HOME/pids"
SECRETS="$GOVBUY_HOME/secrets"
LOG_FORMAT="${GOVBUY_LOG_FORMAT:-text}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() { printf 'govbuy: %s\n' "$*" >&2; exit 1; }

# --- Java: a JDK 21+ (the machine's default may be 17; Temurin 25 is installed beside it here)
find_java_home() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]] && (($(java_major "$JAVA_HOME/bin/java") >= 21)); then
    return
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* /usr/lib/jvm/temurin-21* /usr/lib/jvm/*-21-*; do
    if [[ -x "$candidate/bin/java" ]]; then
      export JAVA_HOME="$candidate"
      return
    fi
  done
  if command -v java >/dev/null && (($(java_major java) >= 21)); then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
    return
  fi
  fail "a JDK 21 or newer is needed (set JAVA_HOME)"
}
java_major() {
  local version
  version="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
  echo "${version%%.*}"
}

mvnw() { (cd "$ROOT" && ./mvnw -B -ntp "$@"); }

# --- preflight: what the machine needs, checked in the first seconds, with what to do about it
preflight() {
  local missing=() tool
  for tool in curl jq unzip psql pg_isready; do
    command -v "$tool" >/dev/null || missing+=("$tool")
  done
  if ((${#missing[@]})); then
    fail "missing on the PATH: ${missing[*]} (Debian: apt-get install curl jq unzip postgresql-client)"
  fi
  find_java_home
}

# --- PostgreSQL: make sure it answers, then the five databases, each owned by a role of its own
pg_env() {
  # only a given password is passed on: otherwise libpq looks in ~/.pgpass (or PGPASSFILE)
  if [[ -n "$PG_PASSWORD" ]]; then PGPASSWORD="$PG_PASSWORD" "$@"; else "$@"; fi
}
psql_admin() { pg_env psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -tAq "$@"; }
psql_in() { local db="$1"; shift; pg_env psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" -v ON_ERROR_STOP=1 -tAq "$@"; }

ensure_postgres() {
  if ! pg_isready -q -h "$PG_HOST" -p "$PG_PORT"; then
    if [[ "$PG_HOST" == "127.0.0.1" || "$PG_HOST" == "localhost" ]] && command -v pg_ctlcluster >/dev/null \
        && [[ -d /etc/postgresql ]]; then
      local cluster
      cluster="$(ls /etc/postgresql | sort -V | tail -1)"
      say "starting PostgreSQL $cluster"
      pg_ctlcluster --skip-systemctl-redirect "$cluster" main start || true
      for _ in $(seq 1 30); do pg_isready -q -h "$PG_HOST" -p "$PG_PORT" && break; sleep 1; done
    fi
    pg_isready -q -h "$PG_HOST" -p "$PG_PORT" \
      || fail "PostgreSQL does not answer on $PG_HOST:$PG_PORT (start it, or set GOVBUY_PG_HOST/GOVBUY_PG_PORT)"
  fi
  local answer
  if ! answer="$(psql_admin -c "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user" 2>&1)"; then
    fail "cannot log in to PostgreSQL on $PG_HOST:$PG_PORT as $PG_USER: ${answer//$'\n'/ } (set GOVBUY_PG_USER and GOVBUY_PG_PASSWORD, or a ~/.pgpass entry)"
  fi
  [[ "$answer" == "t" ]] || fail "PostgreSQL user $PG_USER may not create roles; GovBuy needs one that may (CREATEROLE, CREATEDB)"
}

# The password of a service's role: given, or generated once and kept (readable by this user only).
role_password() {
  local role="$1" service="$2" upper variable
  upper="$(echo "$service" | tr '[:lower:]' '[:upper:]')"
  variable="GOVBUY_DB_PASSWORD_${upper}"
  if [[ -n "${!variable:-}" ]]; then
    echo "${!variable}"
    return
  fi
  mkdir -p "$SECRETS" && chmod 700 "$SECRETS"
  if [[ ! -s "$SECRETS/$role.password" ]]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$SECRETS/$role.password")
  fi
  cat "$SECRETS/$role.password"
}

# tender-service's sealing and receipt keys: given (GOVBUY_TENDER_KEK_K1, GOVBUY_TENDER_RECEIPT_PRIVATE_KEY,
# GOVBUY_TENDER_RECEIPT_PUBLIC_KEY), or generated once with the JDK and kept (readable by this user only).
# Losing the key-encryption key loses every sealed bid of tenders not yet opened: keep the folder.
tender_secret() {
  local name="$1" variable="$2"
  if [[ -n "${!variable:-}" ]]; then
    echo "${!variable}"
    return
  fi
  mkdir -p "$SECRETS" && chmod 700 "$SECRETS"
  if [[ ! -s "$SECRETS/tender-kek" ]]; then
    (umask 077 && "$JAVA_HOME/bin/java" "$ROOT/deploy/local/TenderKeys.java" "$SECRETS")
  fi
  cat "$SECRETS/$name"
}

# Each service's database is owned by a role of the same name that can log in to it and no other:
# the service never connects as an administrator.
ensure_databases() {
  local service db password
  for service in "${SERVICES[@]}"; do
    db="${DB_PREFIX}${service}"
    [[ "$db" =~ ^[a-z_][a-z0-9_]*$ ]] || fail "bad database name $db"
    password="$(role_password "$db" "$service")"
    if [[ "${GOVBUY_FRESH_DATABASES:-false}" == "true" ]]; then
      psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)"
    fi
    if [[ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$db'")" != "1" ]]; then
      psql_admin -c "CREATE ROLE $db LOGIN"
    fi
    psql_admin -v password="$password" <<<"ALTER ROLE $db WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'password'"
    if [[ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" != "1" ]]; then
      psql_admin -c "CREATE DATABASE $db OWNER $db ENCODING 'UTF8'"
    fi
    psql_admin -c "ALTER DATABASE $db OWNER TO $db" -c "REVOKE ALL ON DATABASE $db FROM PUBLIC" \
      -c "GRANT CONNECT, TEMPORARY ON DATABASE $db TO $db"
    # a database created by an earlier version holds tables its administrator owns: hand them over
    psql_in "$db" -c "ALTER SCHEMA public OWNER TO $db" -c "DO \$\$
      DECLARE o record;
      BEGIN
        FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relkind IN ('r','p','S','v','m')
                    AND pg_get_userbyid(c.relowner) <> '$db' LOOP
          EXECUTE format('ALTER %s %I OWNER TO %I',
            CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
            o.relname, '$db');
        END LOOP;
        FOR o IN SELECT p.oid::regprocedure AS signature FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                  WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '$db' LOOP
          EXECUTE format('ALTER FUNCTION %s OWNER TO %I', o.signature, '$db');
        END LOOP;
      END \$\$"
  done
}

# --- processes: each started in the background with a PID file holding its PID and start time;
# 'down' stops a process only if it is still the one that was started (a PID can be reused)
start_process() {
  local name="$1"; shift
  if is_running "$name"; then
    echo "    $name already running (pid $(pid_of "$name"))"
    return
  fi
  rotate_log "$name"
  nohup "$@" >"$LOGS/$name.log" 2>&1 </dev/null &
  local pid=$!
  echo "$pid $(start_time_of "$pid")" >"$PIDS/$name.pid"
  echo "    $name started (pid $pid, log $LOGS/$name.log)"
}

# The previous run's log is kept: name.log -> name.log.1 -> name.log.2 -> name.log.3
rotate_log() {
  local log="$LOGS/$1.log" n
  [[ -f "$log" ]] || return 0
  for n in 2 1; do [[ -f "$log.$n" ]] && mv -f "$log.$n" "$log.$((n + 1))"; done
  mv -f "$log" "$log.1"
}

start_time_of() { awk '{ sub(/.*\) /, ""); split($0, f, " "); print f[20] }' "/proc/$1/stat" 2>/dev/null || true; }
pid_of() { [[ -f "$PIDS/$1.pid" ]] && awk '{print $1}' "$PIDS/$1.pid"; }

# Running: the recorded PID exists, is not a zombie or dying, and started when it was recorded.
is_running() {
  local pid recorded state
  [[ -f "$PIDS/$1.pid" ]] || return 1
  read -r pid recorded <"$PIDS/$1.pid" || return 1
  [[ "$pid" =~ ^[0-9]+$ && -n "${recorded:-}" && -r "/proc/$pid/stat" ]] || return 1
  state="$(awk '{ sub(/.*\) /, ""); print substr($0, 1, 1) }' "/proc/$pid/stat" 2>/dev/null)"
  [[ "$state" != "Z" && "$state" != "X" ]] || return 1
  [[ "$(start_time_of "$pid")" == "$recorded" ]]
}

wait_for() {
  local name="$1" url="$2" limit="${3:-180}" waited=0
  printf '    waiting for %-11s' "$name"
  until curl -fs -o /dev/null --max-time 2 "$url"; do
    if ! is_running "$name"; then
      printf ' exited\n'
      tail -n 30 "$LOGS/$name.log" >&2 || true
      fail "$name stopped while starting, see $LOGS/$name.log"
    fi
    if ((waited >= limit)); then
      printf ' timed out\n'
      fail "$name not healthy after ${limit}s, see $LOGS/$name.log"
    fi
    printf '.'
    sleep 1
    waited=$((waited + 1))
  done
  printf ' up (%ss)\n' "$waited"
}

wait_for_port() {
  local name="$1" port="$2" waited=0
  printf '    waiting for %-11s' "$name"
  until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
    is_running "$name" || { printf ' exited\n'; tail -n 30 "$LOGS/$name.log" >&2; fail "$name stopped"; }
    ((waited >= 120)) && fail "$name did not open port $port"
    printf '.'; sleep 1; waited=$((waited + 1))
  done
  printf ' up (%ss)\n' "$waited"
}

# --- Kafka: a single KRaft node from the jars the kafka-broker module resolved from Maven Central
start_kafka() {
  local dir="$GOVBUY_HOME/kafka" classpath_file="$ROOT/kafka-broker/target/broker-classpath.txt"
  [[ -f "$classpath_file" ]] || mvnw -q -pl kafka-broker generate-resources
  mkdir -p "$dir"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$(port_of kafka-controller)
listeners=PLAINTEXT://127.0.0.1:$(port_of kafka),CONTROLLER://127.0.0.1:$(port_of kafka-controller)
advertised.listeners=PLAINTEXT://127.0.0.1:$(port_of kafka)
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  cat >"$dir/log4j2.properties" <<EOF
rootLogger.level=INFO
rootLogger.appenderRef.out.ref=out
appender.out.type=Console
appender.out.name=out
appender.out.layout.type=PatternLayout
appender.out.layout.pattern=%d %p %c - %m%n
logger.kafka.name=kafka
logger.kafka.level=WARN
logger.apache.name=org.apache.kafka
logger.apache.level=WARN
EOF
  local java=("$JAVA_HOME/bin/java" -Xms128m -Xmx512m "-Dlog4j2.configurationFile=$dir/log4j2.properties" -cp "$(cat "$classpath_file")")
  if [[ ! -f "$dir/data/meta.properties" ]]; then
    local cluster_id
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=' | sed 's/^-/A/')"
    "${java[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >"$LOGS/kafka-format.log" 2>&1 \
      || fail "formatting Kafka storage failed, see $LOGS/kafka-format.log"
  fi
  start_process kafka "${java[@]}" kafka.Kafka "$dir/server.properties"
}

# --- Keycloak: the distribution from Maven Central, realm govbuy imported from deploy/local
install_keycloak() {
  local target="$GOVBUY_HOME/keycloak/keycloak-$KEYCLOAK_VERSION"
  if [[ ! -x "$target/bin/kc.sh" ]]; then
    say "fetching Keycloak $KEYCLOAK_VERSION from Maven Central"
    mkdir -p "$GOVBUY_HOME/downloads" "$GOVBUY_HOME/keycloak"
    mvnw -q dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
      "-DoutputDirectory=$GOVBUY_HOME/downloads" -Dmdep.overWriteIfNewer=true
    unzip -q -o "$GOVBUY_HOME/downloads/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" -d "$GOVBUY_HOME/keycloak"
  fi
  # import the realm once; re-import when the realm file changed
  local realm="$ROOT/deploy/local/govbuy-realm-local-demo.json" stamp="$target/data/import/.realm.sha256"
  local sum
  sum="$(sha256sum "$realm" | cut -d' ' -f1)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$sum" ]]; then
    rm -rf "$target/data/h2"
    mkdir -p "$target/data/import"
    cp "$realm" "$target/data/import/govbuy-realm.json"
    echo "$sum" >"$stamp"
  fi
}

start_keycloak() {
  local target="$GOVBUY_HOME/keycloak/keycloak-$KEYCLOAK_VERSION"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    start_process keycloak "$target/bin/kc.sh" start-dev --http-host=127.0.0.1 \
    "--http-port=$(port_of keycloak)" "--http-management-port=$(port_of keycloak-management)" \
    --health-enabled=true --import-realm
}

# --- services and gateway
service_env() {
  local service="$1" upper role
  upper="$(echo "$service" | tr '[:lower:]' '[:upper:]')"
  role="${DB_PREFIX}${service}"
  echo "GOVBUY_${upper}_PORT=$(port_of "$service")"
  echo "GOVBUY_${upper}_DB_URL=jdbc:postgresql://$PG_HOST:$PG_PORT/$role"
  # the service connects as its own role, never as the administrator
  echo "GOVBUY_PG_USER=$role"
  echo "GOVBUY_PG_PASSWORD=$(role_password "$role" "$service")"
  if [[ "$service" == tender ]]; then
    echo "GOVBUY_TENDER_KEK_K1=$(tender_secret tender-kek GOVBUY_TENDER_KEK_K1)"
    echo "GOVBUY_TENDER_RECEIPT_PRIVATE_KEY=$(tender_secret tender-receipt-private GOVBUY_TENDER_RECEIPT_PRIVATE_KEY)"
    echo "GOVBUY_TENDER_RECEIPT_PUBLIC_KEY=$(tender_secret tender-receipt-public GOVBUY_TENDER_RECEIPT_PUBLIC_KEY)"
  fi
}

# start_service <service> [instance]: instance 1 is the suite's own; instance n > 1 is one more replica
# of the same service (same database, same consumer group) on its port + 100*(n-1), named <service>-n
start_service() {
  local service="$1" instance="${2:-1}" module="$1-service" name="$1"
  [[ "$service" == gateway ]] && module=gateway
  local jar="$ROOT/$module/target/quarkus-app/quarkus-run.jar"
  [[ -f "$jar" ]] || fail "$jar is missing: run without --no-build"
  local env_vars=(
    "GOVBUY_KAFKA=127.0.0.1:$(port_of kafka)"
    "GOVBUY_OIDC_URL=$KEYCLOAK_URL/realms/govbuy"
    "GOVBUY_GATEWAY_PORT=$(port_of gateway)"
    "GOVBUY_GATEWAY_MANAGEMENT_PORT=$(port_of gateway-management)"
    "GOVBUY_LOG_JSON=$([[ "$LOG_FORMAT" == json ]] && echo true || echo false)"
    "GOVBUY_CLOCK_TRAVEL=${GOVBUY_CLOCK_TRAVEL:-true}"
  )
  local s upper
  for s in "${SERVICES[@]}"; do
    upper="$(echo "$s" | tr '[:lower:]' '[:upper:]')"
    env_vars+=("GOVBUY_${upper}_URL=http://127.0.0.1:$(port_of "$s")")
  done
  if [[ "$service" != gateway ]]; then
    mapfile -t -O "${#env_vars[@]}" env_vars < <(service_env "$service")
  fi
  if ((instance > 1)); then
    upper="$(echo "$service" | tr '[:lower:]' '[:upper:]')"
    name="$service-$instance"
    env_vars+=("GOVBUY_${upper}_PORT=$(instance_port "$service" "$instance")")
  fi
  start_process "$name" env "${env_vars[@]}" "$JAVA_HOME/bin/java" -Xms64m -Xmx256m -XX:+UseSerialGC -jar "$jar"
}

instance_port() { echo $(($(port_of "$1") + 100 * ($2 - 1))); }

cmd_up() {
  local build=true demo=true arg
  for arg in "$@"; do
    case "$arg" in
      --no-build) build=false ;;
      --no-demo) demo=false ;;
      *) fail "unknown option $arg" ;;
    esac
  done
  preflight
  mkdir -p "$LOGS" "$PIDS"
  say "PostgreSQL on $PG_HOST:$PG_PORT"
  ensure_postgres
  if $build; then
    say "building the suite (./mvnw install -DskipTests)"
    mvnw -q install -DskipTests
  fi
  ensure_databases
  install_keycloak
  say "starting Kafka and Keycloak"
  start_kafka
  start_keycloak
  wait_for_port kafka "$(port_of kafka)"
  wait_for keycloak "http://127.0.0.1:$(port_of keycloak-management)/health/ready" 240
  say "starting the services and the gateway"
  local service
  for service in "${SERVICES[@]}" gateway; do start_service "$service"; done
  for service in "${SERVICES[@]}"; do
    wait_for "$service" "http://127.0.0.1:$(port_of "$service")/q/health/ready" 180
  done
  wait_for gateway "$GATEWAY_MANAGEMENT_URL/q/health/ready" 180
  print_urls
  if $demo; then cmd_demo; fi
}

print_urls() {
  cat <<EOF

GovBuy is up.
  Gateway (the API)   $GATEWAY_URL/api/v1/...
  API document        $GATEWAY_URL/openapi
  Swagger UI          $GATEWAY_MANAGEMENT_URL/q/swagger-ui/   (management port)
  Gateway health      $GATEWAY_MANAGEMENT_URL/q/health   metrics: $GATEWAY_MANAGEMENT_URL/q/metrics
  Keycloak            $KEYCLOAK_URL/admin/  (admin / admin), realm govbuy
  Logs                $LOGS/

Demo users (password: govbuy; token: POST $KEYCLOAK_URL/realms/govbuy/protocol/openid-connect/token
with client_id=govbuy-portal, grant_type=password):
  buyer.haidian, buyer.xuhui (purchaser)   finance.haidian (finance)   civil.haidian, civil.beijing, civil.shanghai (civil-affairs)
  supplier.xingguang, supplier.starlight, supplier.zhucan, supplier.pudong (supplier)
  expert.liu, expert.wang, expert.zhang, expert.chen, expert.zhao (expert)   evaluator.pudong, evaluator.huapu, evaluator.boyuan, evaluator.xingguang (evaluator)
  auditor.city (auditor)   catalog.admin (catalog-admin)   ops.local (operator)
This realm is the local demo realm; deploy/keycloak/govbuy-realm-production.json is the one to deploy.
EOF
}

cmd_down() {
  local name stopped=0
  [[ -d "$PIDS" ]] || { echo "nothing was started from $GOVBUY_HOME"; return; }
  # further instances (tender-2, …) first, then the suite from the gateway inwards
  for name in $(cd "$PIDS" && ls -- *-[0-9]*.pid 2>/dev/null | sed 's/\.pid$//') gateway "${SERVICES[@]}" keycloak kafka; do
    stop_named "$name" && stopped=$((stopped + 1))
  done
  echo "stopped $stopped process(es)"
}

# Stops the process recorded under this name if it is still the one that was started; true if it stopped one.
stop_named() {
  local name="$1" pid
  [[ -f "$PIDS/$name.pid" ]] || return 1
  pid="$(pid_of "$name")"
  if is_running "$name"; then
    kill "$pid"
    for _ in $(seq 1 30); do is_running "$name" || break; sleep 1; done
    is_running "$name" && kill -9 "$pid"
    echo "    $name stopped (pid $pid)"
    rm -f "$PIDS/$name.pid"
    return 0
  elif [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    echo "    $name: pid $pid is another process now (not the one started); left alone"
  fi
  rm -f "$PIDS/$name.pid"
  return 1
}

# One service of a running suite: the name and instance checked, the instance's PID-file name echoed.
one_service() {
  local service="${1:-}" instance="${2:-1}"
  [[ " ${SERVICES[*]} gateway kafka " == *" $service "* ]] || fail "which service? one of: ${SERVICES[*]} gateway kafka"
  [[ "$instance" =~ ^[1-9]$ ]] || fail "instance must be 1 to 9, not $instance"
  [[ "$service" != gateway || "$instance" == 1 ]] || fail "the gateway runs as one instance here"
  [[ "$service" != kafka || "$instance" == 1 ]] || fail "the broker runs as one instance here"
  if ((instance > 1)); then echo "$service-$instance"; else echo "$service"; fi
}

cmd_stop() {
  local name
  name="$(one_service "$@")"
  stop_named "$name" || echo "    $name was not running"
}

cmd_start() {
  local name service="${1:-}" instance="${2:-1}" url
  name="$(one_service "$@")"
  preflight
  mkdir -p "$LOGS" "$PIDS"
  if [[ "$service" == kafka ]]; then
    start_kafka
    wait_for_port kafka "$(port_of kafka)"
    return
  fi
  start_service "$service" "$instance"
  if [[ "$service" == gateway ]]; then
    url="$GATEWAY_MANAGEMENT_URL/q/health/ready"
  else
    url="http://127.0.0.1:$(instance_port "$service" "$instance")/q/health/ready"
  fi
  wait_for "$name" "$url" 180
}

cmd_status() {
  local name
  for name in kafka keycloak "${SERVICES[@]}" gateway $(cd "$PIDS" 2>/dev/null && ls -- *-[0-9]*.pid 2>/dev/null | sed 's/\.pid$//'); do
    if is_running "$name"; then echo "$name: running (pid $(pid_of "$name"))"; else echo "$name: stopped"; fi
  done
  curl -fsS --max-time 5 "$GATEWAY_MANAGEMENT_URL/q/health" 2>/dev/null | jq -c '.checks[] | select(.name=="govbuy-services") | .data' || true
}

cmd_demo() {
  GOVBUY_GATEWAY_URL="$GATEWAY_URL" GOVBUY_GATEWAY_MANAGEMENT_URL="$GATEWAY_MANAGEMENT_URL" \
    GOVBUY_KEYCLOAK_URL="$KEYCLOAK_URL" GOVBUY_TENDER_SERVICE_URL="http://127.0.0.1:$(port_of tender)" \
    GOVBUY_EVALUATION_SERVICE_URL="http://127.0.0.1:$(port_of evaluation)" GOVBUY_CREDIT_SERVICE_URL="http://127.0.0.1:$(port_of credit)" \
    bash "$ROOT/deploy/local/demo.sh"
}

cmd_test() {
  preflight
  ensure_postgres
  mvnw verify "$@"
}

cmd_db() {
  preflight
  ensure_postgres
  ensure_databases
  echo "databases and roles ready: ${SERVICES[*]/#/$DB_PREFIX}"
}

# run as a command; when sourced (the script's own tests), only define the functions
if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case "${1:-}" in
    up) shift; cmd_up "$@" ;;
    down) cmd_down ;;
    stop) shift; cmd_stop "$@" ;;
    start) shift; cmd_start "$@" ;;
    status) cmd_status ;;
    demo) cmd_demo ;;
    test) shift; cmd_test "$@" ;;
    db) cmd_db ;;
    *) sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
fi
