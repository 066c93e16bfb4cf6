#!/usr/bin/env bash
# The app side of the load benchmark (./mvnw -Pload verify; docs/benchmarks.md, "Load").
#
#   scripts/load.sh start STUDENTS   start target/lectern.jar on a fresh database under target/load/data, with the demo
#                                     and loadtest profiles (STUDENTS students load1.. in a class with a 20-question
#                                     quiz), wait until it is ready, sample its CPU and heap every 5 s
#   scripts/load.sh heap              full GC, then the live heap in KB (what Vaadin's memory advice measures)
#   scripts/load.sh stop              summarise the newest Gatling run, stop the app, count the answers saved in the
#                                     database and fail when that is not the number Gatling saw saved, or on any error
#
# LOAD_DB chooses what runs: h2 (default) one node on its embedded H2; postgres one node on a fresh PostgreSQL
# database; cluster two nodes on one fresh PostgreSQL database behind nginx (scripts/cluster.sh), nginx on LOAD_PORT
# and the nodes on the two ports above it. PostgreSQL and nginx are Debian's packages (postgresql, nginx-light).
set -euo pipefail
cd "$(dirname "$0")/.."

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JCMD="$(dirname "$JAVA")/jcmd"
PORT="${LOAD_PORT:-18080}"
DIR="$PWD/target/load"
PID_FILE="$DIR/app.pid"
LOAD_DB="${LOAD_DB:-h2}"
# For postgres and cluster: scripts/cluster.sh's PostgreSQL and nodes, under target/load/cluster.
export CLUSTER_DIR="$DIR/cluster" CLUSTER_PORT="$PORT" NODE_A_PORT=$((PORT + 1)) NODE_B_PORT=$((PORT + 2))
export LECTERN_JAR="$DIR/lectern.jar" LECTERN_PROFILES=postgres,demo,loadtest LECTERN_JVM_OPTS="${LOAD_JVM_OPTS:-}"
PG_PORT="${PG_PORT:-55432}"
PSQL="$(ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1)/psql"

app_pid() { cat "$PID_FILE"; }

# Live heap after a full GC, in KB: the "used" figure of GC.heap_info right after GC.run.
live_heap_kb() {
    "$JCMD" "$(app_pid)" GC.run > /dev/null
    "$JCMD" "$(app_pid)" GC.heap_info | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+'
}

# Every 5 s: seconds since start, the app's CPU in % of one core over the last 5 s, the machine's busy % of all cores
# (the app, Gatling and anything else), the app's heap in use (KB) at the previous sample. The jcmd query is left out
# of the CPU window.
sample() {
    local pid=$1 hz last_app last_busy last_total last_ns start_ns
    hz=$(getconf CLK_TCK)
    read -r last_app < <(awk '{print $14+$15}' "/proc/$pid/stat")
    read -r last_busy last_total < <(awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
    last_ns=$(date +%s%N); start_ns=$last_ns
    echo "seconds app_cpu_percent machine_busy_percent heap_used_kb"
    while kill -0 "$pid" 2> /dev/null; do
        sleep 5
        local app busy total heap now
        read -r app < <(awk '{print $14+$15}' "/proc/$pid/stat" 2> /dev/null || echo 0)
        read -r busy total < <(awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
        now=$(date +%s%N)
        # CPU ticks over the real time that passed (the heap query makes a sample a little longer than 5 s).
        echo "$(( (now - start_ns) / 1000000000 )) $(( (app - last_app) * 100 * 1000000000 / hz / (now - last_ns) )) $(( (busy - last_busy) * 100 / (total - last_total) )) ${heap:-0}"
        heap=$("$JCMD" "$pid" GC.heap_info 2> /dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || echo 0)
        read -r last_app < <(awk '{print $14+$15}' "/proc/$pid/stat" 2> /dev/null || echo 0)
        read -r last_busy last_total < <(awk '/^cpu /{print $2+$3+$4+$7+$8, $2+$3+$4+$5+$6+$7+$8}' /proc/stat)
        last_ns=$(date +%s%N)
    done
}

start() {
    local students=${1:-1000}
    [ -f target/lectern.jar ] || { echo "target/lectern.jar is missing: build it first (./mvnw -Pload verify does)"; exit 1; }
    if [ -f "$PID_FILE" ] && kill -0 "$(app_pid)" 2> /dev/null; then kill "$(app_pid)"; sleep 5; fi
    rm -rf "$DIR/data"; mkdir -p "$DIR"
    # A copy, so that a build while the benchmark runs does not change the jar under the running app.
    cp target/lectern.jar "$DIR/lectern.jar"
    case "$LOAD_DB" in
        h2) ;;
        postgres) start_postgres_node "$students"; return ;;
        cluster) start_cluster "$students"; return ;;
        *) echo "LOAD_DB must be h2, postgres or cluster"; exit 2 ;;
    esac
    # shellcheck disable=SC2086
    nohup "$JAVA" ${LOAD_JVM_OPTS:-} -jar "$DIR/lectern.jar" --spring.profiles.active=demo,loadtest \
        --lectern.load.students="$students" --lectern.data-dir="$DIR/data" --server.port="$PORT" \
        > "$DIR/app.log" 2>&1 &
    echo $! > "$PID_FILE"
    echo "Lectern (pid $(app_pid)) starting on port $PORT with $students load students; log in $DIR/app.log"
    wait_ready
    nohup bash -c "$(declare -f sample app_pid); JCMD='$JCMD'; sample $(app_pid)" > "$DIR/samples.txt" 2>&1 &
}

# One node on a fresh PostgreSQL database (the cluster script's server, without nginx or a second node).
start_postgres_node() {
    scripts/cluster.sh postgres fresh
    # shellcheck disable=SC2086
    LECTERN_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/lectern" LECTERN_DB_USER=lectern LECTERN_DB_PASSWORD= \
        nohup "$JAVA" ${LOAD_JVM_OPTS:-} -jar "$DIR/lectern.jar" --spring.profiles.active=postgres,demo,loadtest \
        --lectern.load.students="$1" --server.port="$PORT" > "$DIR/app.log" 2>&1 &
    echo $! > "$PID_FILE"
    echo "Lectern (pid $(app_pid)) starting on port $PORT on PostgreSQL with $1 load students; log in $DIR/app.log"
    wait_ready
    nohup bash -c "$(declare -f sample app_pid); JCMD='$JCMD'; sample $(app_pid)" > "$DIR/samples.txt" 2>&1 &
}

# Two nodes on one fresh PostgreSQL database behind nginx; CPU and heap are sampled per node.
start_cluster() {
    scripts/cluster.sh stop > /dev/null 2>&1 || true
    scripts/cluster.sh postgres fresh
    rm -f "$CLUSTER_DIR"/node-*.log
    LECTERN_ARGS="--lectern.load.students=$1" scripts/cluster.sh start
    cat "$CLUSTER_DIR/node-a.pid" > "$PID_FILE"
    for node in a b; do
        nohup bash -c "$(declare -f sample); JCMD='$JCMD'; sample $(cat "$CLUSTER_DIR/node-$node.pid")" \
            > "$DIR/samples-$node.txt" 2>&1 &
    done
}

wait_ready() {
    for _ in $(seq 1 900); do
        grep -q "Lectern is ready" "$DIR/app.log" && break
        kill -0 "$(app_pid)" 2> /dev/null || { tail -30 "$DIR/app.log"; exit 1; }
        sleep 1
    done
    grep -q "Lectern is ready" "$DIR/app.log" || { echo "Lectern did not get ready"; exit 1; }
    grep -q "Vaadin is running in production mode" "$DIR/app.log" || { echo "Lectern is not in production mode"; exit 1; }
    echo "Ready; live heap after full GC: $(live_heap_kb) KB"
}

# The app's mean and peak CPU while students were active (samples with more than 5 % of a core), and the peak heap.
cpu_and_heap() { # samples file, label
    awk -v label="$2" 'NR > 1 && $2 > 5 { n++; cpu += $2; busy += $3; if ($2 > maxcpu) maxcpu = $2; }
         NR > 1 { if ($4 > heap) heap = $4 }
         END { if (n) printf "%sCPU: mean %d%% of one core, peak %d%% (2 cores = 200%%); machine busy: mean %d%%; peak heap in use: %d MB\n", label, cpu / n, maxcpu, busy / n, heap / 1024 }' \
        "$1"
}

ANSWERS_SQL="select count(*) from attempt_items i join attempts a on a.id = i.attempt_id
    join accounts s on s.id = a.student_id where s.username like 'load%' and i.chosen_option is not null"

stop() {
    local failed=0 stats saved expected
    stats=$(ls -td target/gatling/*/index.html 2> /dev/null | head -1 || true)
    if [ -n "$stats" ]; then
        python3 scripts/load-report.py "$stats" | tee "$DIR/report.txt"
    else
        echo "No Gatling results under target/gatling"; failed=1
    fi
    if [ "$LOAD_DB" = cluster ]; then
        for node in a b; do cpu_and_heap "$DIR/samples-$node.txt" "node $node: " | tee -a "$DIR/report.txt"; done
        scripts/cluster.sh stop > /dev/null
        scripts/cluster.sh postgres > /dev/null
    else
        cpu_and_heap "$DIR/samples.txt" "app " | tee -a "$DIR/report.txt"
        echo "Live heap after full GC: $(live_heap_kb) KB" | tee -a "$DIR/report.txt"
        kill "$(app_pid)"
        while kill -0 "$(app_pid)" 2> /dev/null; do sleep 1; done
    fi
    if [ "$LOAD_DB" = h2 ]; then
        unzip -o -q -j "$DIR/lectern.jar" 'BOOT-INF/lib/h2-*.jar' -d "$DIR"
        saved=$("$JAVA" -cp "$(ls "$DIR"/h2-*.jar)" org.h2.tools.Shell -url "jdbc:h2:file:$DIR/data/lectern" \
            -user lectern -sql "$ANSWERS_SQL" | sed -n 2p | tr -d ' ')
    else
        saved=$("$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U lectern -d lectern -tAc "$ANSWERS_SQL")
        scripts/cluster.sh stop > /dev/null
    fi
    expected=$(grep -oE '^answer +ok [0-9]+' "$DIR/report.txt" | grep -oE '[0-9]+$' || echo 0)
    echo "Answers in the database: $saved; answers Gatling saw saved: $expected" | tee -a "$DIR/report.txt"
    [ "$saved" = "$expected" ] || { echo "MISMATCH: answers saved differ"; failed=1; }
    grep -q '^errors 0$' "$DIR/report.txt" || { echo "The run had errors"; failed=1; }
    exit $failed
}

case "${1:-}" in
    start) start "${2:-1000}" ;;
    heap) echo "$(live_heap_kb) KB" ;;
    stop) stop ;;
    *) echo "usage: scripts/load.sh start STUDENTS | heap | stop"; exit 2 ;;
esac
