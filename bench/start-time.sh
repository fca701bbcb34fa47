#!/usr/bin/env bash
# Cold start of ./lms run (already built) on a fresh H2 data folder with the Huaibei demo data, to
# the first page served; and the heap it needs. The baseline in the same run is Payara Micro with
# no application, to its first HTTP answer. Usage: bench/start-time.sh [RUNS]
set -euo pipefail
source "$(dirname "$0")/common.sh"
RUNS=${1:-3}
MICRO="$ROOT/lms-web/target/runtime/payara-micro.jar"
[ -f "$MICRO" ] || (cd "$ROOT" && ./lms build)
trap 'stop_platform start; kill %1 2>/dev/null || true' EXIT

ms() { date +%s%3N; }
for i in $(seq 1 "$RUNS"); do
  rm -rf "$BENCH_DIR/bare"
  t0=$(ms)
  java -jar "$MICRO" --nocluster --port "$PORT" --rootdir "$BENCH_DIR/bare" >"$BENCH_DIR/bare.log" 2>&1 &
  until curl -s -o /dev/null "http://localhost:$PORT/"; do sleep 0.1; done
  bare=$(( $(ms) - t0 ))
  kill %1; wait %1 2>/dev/null || true

  t0=$(ms)
  start_platform start
  wait_ready
  full=$(( $(ms) - t0 ))
  pid=$(pgrep -f "rootdir $BENCH_DIR/start/payara" | head -1)
  jcmd "$pid" GC.run >/dev/null 2>&1 || true
  used=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/garbage-first heap/ { for (i=1;i<=NF;i++) if ($i=="used") print $(i+1) }')
  rss=$(ps -o rss= -p "$pid" | awk '{ printf "%d", $1/1024 }')
  stop_platform start
  echo "run $i: bare Payara Micro $bare ms; platform with demo data $full ms (ratio $(awk -v a=$full -v b=$bare 'BEGIN{printf "%.1f", a/b}')); heap after GC $used; RSS ${rss} MB"
done
