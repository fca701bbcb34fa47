# Shared by the benchmark scripts: start the platform on a data set of its own, wait, stop.
# Sourced, not run.
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PORT=${BENCH_PORT:-8090}
BENCH_DIR=${BENCH_DIR:-$ROOT/target/bench}
mkdir -p "$BENCH_DIR"

# BENCH_SERVER_CPUS and BENCH_LOAD_CPUS (taskset lists, e.g. 0 and 1): the server and MariaDB run on
# the first cores, the load tool on the second, so that the load tool's threads never take the CPU
# the server was about to run on; BENCH_DB_CPUS moves MariaDB elsewhere (e.g. 0,1: anywhere). Unset
# (the default), everything shares the machine. MariaDB's affinity is put back when the script ends
# (unpin_db).
# "${LOAD[@]}" wrk ...: a prefix, not a function, so that a load tool started in the background is
# itself the background job and stops on the SIGINT sent to it
LOAD=()
[ -z "${BENCH_LOAD_CPUS:-}" ] || LOAD=(taskset -c "$BENCH_LOAD_CPUS")
# the MariaDB server's process
db_pid() { pgrep -x mariadbd | head -1; }
DB_AFFINITY=
pin_db() {
  [ -n "${BENCH_SERVER_CPUS:-}" ] || return 0
  local db
  db=$(db_pid)
  DB_AFFINITY=$(taskset -cp "$db" | sed 's/.*: //')
  taskset -a -cp "${BENCH_DB_CPUS:-$BENCH_SERVER_CPUS}" "$db" >/dev/null
  echo "pinned: the server on CPUs $BENCH_SERVER_CPUS, MariaDB on ${BENCH_DB_CPUS:-$BENCH_SERVER_CPUS}, the load tool on ${BENCH_LOAD_CPUS:-all}"
}
unpin_db() {
  [ -n "$DB_AFFINITY" ] || return 0
  taskset -a -cp "$DB_AFFINITY" "$(db_pid)" >/dev/null || true
}

need() { command -v "$1" >/dev/null || { echo "bench: $1 is missing (apt-get install $2)" >&2; exit 2; }; }

# start_platform NAME [ENV=VALUE ...]: ./lms run in the background with its own data folder.
start_platform() {
  local name=$1; shift
  if curl -s -o /dev/null "http://localhost:$PORT/"; then
    echo "bench: port $PORT is taken; stop what runs there or set BENCH_PORT" >&2; exit 2
  fi
  rm -rf "${BENCH_DIR:?}/$name"
  ( cd "$ROOT" && env LMS_DATA="$BENCH_DIR/$name" LMS_PORT="$PORT" "$@" setsid ${BENCH_SERVER_CPUS:+taskset -c "$BENCH_SERVER_CPUS"} ./lms run >"$BENCH_DIR/$name.log" 2>&1 </dev/null & echo $! >"$BENCH_DIR/$name.pid" ) >/dev/null 2>&1
}

# up to 5 minutes: the 100,000-cadre demo with its 1.26 million ledger entries takes 2 minutes to load
# when the machine is busy
wait_ready() {
  for _ in $(seq 1 1500); do
    if curl -fsS "http://localhost:$PORT/health" 2>/dev/null | grep -q UP \
       && [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login.xhtml")" = 200 ]; then
      return 0
    fi
    sleep 0.2
  done
  echo "bench: the platform did not start; see $BENCH_DIR/*.log" >&2
  return 1
}

# by its data folder, which names exactly one server
stop_platform() {
  local name=$1
  pkill -f "rootdir $BENCH_DIR/$name/payara" 2>/dev/null || true
  for _ in $(seq 1 30); do
    pgrep -f "rootdir $BENCH_DIR/$name/payara" >/dev/null || break
    sleep 0.5
  done
  pkill -9 -f "rootdir $BENCH_DIR/$name/payara" 2>/dev/null || true
  rm -f "$BENCH_DIR/$name.pid"
}

token() {
  curl -fsS -X POST "http://localhost:$PORT/api/auth/token" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"Huaibei@2026\"}" | sed 's/.*"token":"\([^"]*\)".*/\1/'
}

# wrk_run SECONDS PATHS: 20 connections on 2 threads; prints the RESULT line.
wrk_run() {
  TOKEN=${TOKEN:-} PATHS=$2 wrk -t2 -c20 -d"$1"s -s "$ROOT/bench/report.lua" "http://localhost:$PORT" | grep RESULT
}

field() { echo "$1" | tr ' ' '\n' | grep "^$2=" | cut -d= -f2; }

# cpu_sample PID...: "total idle t1 t2 ..." in clock ticks: the machine's busy+idle time (/proc/stat)
# and each process's user+system time, all of its threads (/proc/PID/stat, fields 14-15)
cpu_sample() {
  local out
  out=$(awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, $5 + $6; exit }' /proc/stat)
  for p in "$@"; do
    out="$out $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat" 2>/dev/null || echo 0)"
  done
  echo "$out"
}
# cpu_per_request BEFORE AFTER REPLIES NAMES...: CPU ms per reply of each sampled process and of the
# rest of the machine (the load tool, the kernel's loopback), and the machine's idle share
cpu_per_request() {
  awk -v a="$1" -v b="$2" -v n="$3" -v names="${*:4}" -v hz="$(getconf CLK_TCK)" 'BEGIN {
    split(a, x, " "); split(b, y, " "); split(names, k, " ")
    busy = (y[1] - x[1]) - (y[2] - x[2]); rest = busy; out = ""
    for (i = 3; i in y; i++) { d = y[i] - x[i]; rest -= d; out = out sprintf("cpu_%s_ms=%.3f ", k[i - 2], n ? 1000 * d / hz / n : 0) }
    printf "%scpu_rest_ms=%.3f idle_share=%.2f", out, n ? 1000 * rest / hz / n : 0, (y[2] - x[2]) / (y[1] - x[1])
  }'
}
