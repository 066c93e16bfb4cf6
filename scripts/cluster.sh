#!/usr/bin/env bash
# A Lectern cluster on 127.0.0.1: PostgreSQL, two Lectern nodes and nginx with sticky sessions in front of them.
#
#   scripts/cluster.sh start          # start all four (builds target/lectern.jar first when it is missing)
#   scripts/cluster.sh status         # what runs, and where
#   scripts/cluster.sh kill a|b       # SIGKILL one node, as a crash would
#   scripts/cluster.sh node a|b       # start one node again
#   scripts/cluster.sh stop           # stop everything (the data stays in $CLUSTER_DIR)
#   scripts/cluster.sh postgres [fresh]  # only PostgreSQL with the database 'lectern' (fresh: dropped and made anew)
#
# Settings (environment): CLUSTER_DIR (target/cluster), CLUSTER_PORT (8080, nginx), NODE_A_PORT (8081),
# NODE_B_PORT (8082), PG_PORT (55432), LECTERN_PROFILES (postgres,demo), LECTERN_ARGS (more arguments for both
# nodes), LECTERN_JAR (target/lectern.jar), JAVA_HOME (a JDK 25).
# Needs Debian's postgresql and nginx packages (`apt-get install -y postgresql nginx-light`).
set -euo pipefail
cd "$(dirname "$0")/.."

CLUSTER_DIR=$(mkdir -p "${CLUSTER_DIR:-target/cluster}" && cd "${CLUSTER_DIR:-target/cluster}" && pwd)
CLUSTER_PORT=${CLUSTER_PORT:-8080}
NODE_A_PORT=${NODE_A_PORT:-8081}
NODE_B_PORT=${NODE_B_PORT:-8082}
PG_PORT=${PG_PORT:-55432}
LECTERN_PROFILES=${LECTERN_PROFILES:-postgres,demo}
JAR=${LECTERN_JAR:-target/lectern.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_DATA=$CLUSTER_DIR/pgdata

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

node_port() { case "$1" in a) echo "$NODE_A_PORT" ;; b) echo "$NODE_B_PORT" ;; *) echo "no node '$1': use a or b" >&2; exit 2 ;; esac; }

wait_for() { # what, seconds, command...
  local what=$1 seconds=$2; shift 2
  for _ in $(seq 1 "$seconds"); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "$what did not come up within ${seconds}s" >&2
  return 1
}

start_postgres() {
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/pg_ctl" ]; then
    echo "PostgreSQL is not installed: apt-get install -y postgresql" >&2; exit 1
  fi
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_DATA"
    as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U lectern --auth=trust -E UTF8 --locale=C.UTF-8 >"$CLUSTER_DIR/initdb.log"
  fi
  if ! as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/postgres.log" -w \
      -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
  fi
  if [ "${1:-}" = fresh ]; then
    "$PG_BIN/dropdb" -h 127.0.0.1 -p "$PG_PORT" -U lectern --if-exists lectern
  fi
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U lectern -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname = 'lectern'" | grep -q 1 \
    || "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U lectern lectern
}

launch_node() {
  local name=$1 port
  port=$(node_port "$name")
  if curl -fs -o /dev/null "http://127.0.0.1:$port/login"; then echo "node $name already answers on $port"; return; fi
  # Where this start's part of the log begins, so that waiting reads only this start's lines.
  (stat -c %s "$CLUSTER_DIR/node-$name.log" 2>/dev/null || echo 0) >"$CLUSTER_DIR/node-$name.logstart"
  # shellcheck disable=SC2086
  LECTERN_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/lectern" LECTERN_DB_USER=lectern LECTERN_DB_PASSWORD= \
  LECTERN_NODE_NAME=$name \
    nohup "$JAVA" ${LECTERN_JVM_OPTS:-} -jar "$JAR" --server.port="$port" --spring.profiles.active="$LECTERN_PROFILES" \
      --lectern.data-dir="$CLUSTER_DIR/node-$name" ${LECTERN_ARGS:-} >>"$CLUSTER_DIR/node-$name.log" 2>&1 &
  echo $! >"$CLUSTER_DIR/node-$name.pid"
}

wait_node() {
  local name=$1 port
  port=$(node_port "$name")
  # The port opens before the start-up work (seed course, demo class) is done; "Lectern is ready" comes after it.
  wait_for "node $name" 900 bash -c "tail -c +\$(( \$(cat '$CLUSTER_DIR/node-$name.logstart') + 1 )) \
      '$CLUSTER_DIR/node-$name.log' | grep -q 'Lectern is ready'"
  echo "node $name: http://127.0.0.1:$port (pid $(cat "$CLUSTER_DIR/node-$name.pid"), log $CLUSTER_DIR/node-$name.log)"
}

start_nginx() {
  command -v nginx >/dev/null || { echo "nginx is not installed: apt-get install -y nginx-light" >&2; exit 1; }
  mkdir -p "$CLUSTER_DIR/nginx"
  sed -e "s|@PREFIX@|$CLUSTER_DIR/nginx|g" -e "s|@PORT@|$CLUSTER_PORT|g" \
      -e "s|@NODE_A@|127.0.0.1:$NODE_A_PORT|g" -e "s|@NODE_B@|127.0.0.1:$NODE_B_PORT|g" \
      scripts/nginx-cluster.conf >"$CLUSTER_DIR/nginx/nginx.conf"
  if [ -f "$CLUSTER_DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/nginx/nginx.pid")" 2>/dev/null; then
    nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -s reload
  else
    nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -e "$CLUSTER_DIR/nginx/nginx-error.log"
  fi
  wait_for nginx 20 curl -fs -o /dev/null "http://127.0.0.1:$CLUSTER_PORT/login"
  echo "nginx: http://127.0.0.1:$CLUSTER_PORT"
}

kill_node() {
  local pidfile=$CLUSTER_DIR/node-$1.pid
  node_port "$1" >/dev/null
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    kill -KILL "$(cat "$pidfile")"
    echo "node $1 killed (SIGKILL)"
  else
    echo "node $1 is not running"
  fi
  rm -f "$pidfile"
}

status() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1 \
    && echo "postgresql: 127.0.0.1:$PG_PORT" || echo "postgresql: stopped"
  for n in a b; do
    if [ -f "$CLUSTER_DIR/node-$n.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/node-$n.pid")" 2>/dev/null; then
      echo "node $n: http://127.0.0.1:$(node_port $n) (pid $(cat "$CLUSTER_DIR/node-$n.pid"))"
    else
      echo "node $n: stopped"
    fi
  done
  [ -f "$CLUSTER_DIR/nginx/nginx.pid" ] && kill -0 "$(cat "$CLUSTER_DIR/nginx/nginx.pid")" 2>/dev/null \
    && echo "nginx: http://127.0.0.1:$CLUSTER_PORT" || echo "nginx: stopped"
}

stop() {
  [ -f "$CLUSTER_DIR/nginx/nginx.pid" ] && nginx -p "$CLUSTER_DIR/nginx" -c "$CLUSTER_DIR/nginx/nginx.conf" -s quit || true
  for n in a b; do
    if [ -f "$CLUSTER_DIR/node-$n.pid" ]; then kill "$(cat "$CLUSTER_DIR/node-$n.pid")" 2>/dev/null || true; rm -f "$CLUSTER_DIR/node-$n.pid"; fi
  done
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast stop >/dev/null 2>&1 || true
  echo "stopped"
}

case "${1:-}" in
  start)
    [ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
    start_postgres
    # Both nodes start at once, on purpose: start-up seeding must be safe when they race.
    launch_node a
    launch_node b
    wait_node a
    wait_node b
    start_nginx
    ;;
  node) launch_node "${2:?which node: a or b}"; wait_node "$2" ;;
  kill) kill_node "${2:?which node: a or b}" ;;
  postgres) start_postgres "${2:-}"; echo "postgresql: jdbc:postgresql://127.0.0.1:$PG_PORT/lectern (user lectern)" ;;
  status) status ;;
  stop) stop ;;
  *) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
