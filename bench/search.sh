#!/usr/bin/env bash
# Full-text search over 200,000 generated Chinese forum posts (bench/ForumPosts.java, JDBC batches
# into the forum tables) on MariaDB, through REST, 20 concurrent clients (wrk) as the demo cadre,
# who may read every generated post. In the same run: GET /api/me (what the stack costs) and the
# naive baseline GET /api/bench/naive-search (LIKE '%word%' over the same posts, same visibility,
# same page size), the full rebuild's rate (./lms reindex, documents per second), and 20 clients that
# pause 0-200 ms between requests (search and /api/me), readers rather than a load tool.
# Usage: bench/search.sh [SECONDS] [POSTS]   (targets: p95 < 20 ms, >= 20x faster than LIKE)
# BENCH_PROFILE=1 takes 12 thread dumps during the 20-client search run and prints where the request
# threads were (bench/stacks.py). BENCH_QUICK=1 leaves out the naive LIKE runs (for work on the
# search itself; a run without them is not a figure for the issue).
set -euo pipefail
source "$(dirname "$0")/common.sh"
need wrk wrk
need mysql mariadb-client
need python3 python3
SECS=${1:-30}
POSTS=${2:-200000}
DB=lms_bench_search
NAME=search-fulltext

# by process id: the recorded process may be the subshell that started the launcher, so its
# children (the launcher, which ends its own server on TERM) are stopped first
stop() {
  local pid kids
  pid=$(cat "$BENCH_DIR/$NAME.pid" 2>/dev/null) || return 0
  kids=$(pgrep -P "$pid" || true)
  for p in $kids $pid; do kill -TERM "$p" 2>/dev/null || true; done
  for p in $kids $pid; do
    for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
  done
  rm -f "$BENCH_DIR/$NAME.pid"
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB" || true
}
trap stop EXIT

mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
  CREATE USER IF NOT EXISTS 'lms_bench'@'localhost' IDENTIFIED BY 'bench-2026'; CREATE USER IF NOT EXISTS 'lms_bench'@'127.0.0.1' IDENTIFIED BY 'bench-2026';
  GRANT ALL ON $DB.* TO 'lms_bench'@'localhost'; GRANT ALL ON $DB.* TO 'lms_bench'@'127.0.0.1';"
start_platform "$NAME" LMS_DB_URL=jdbc:mysql://127.0.0.1:3306/$DB LMS_DB_USER=lms_bench LMS_DB_PASSWORD=bench-2026 \
  LMS_DEMO=true LMS_BENCH_ENDPOINTS=true LMS_JAVA_OPTS=-Xmx2g
wait_ready
echo "database: $(grep -o 'LMS database: [^ ]* [^ ]*' "$BENCH_DIR/$NAME.log" | head -1)"

java -cp "$ROOT/lms-web/target/runtime/mysql-connector-j.jar" "$ROOT/bench/ForumPosts.java" \
  "jdbc:mysql://127.0.0.1:3306/$DB?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&connectionTimeZone=UTC" \
  root "" "$POSTS"
echo "visible forum posts: $(mysql -h127.0.0.1 -uroot -N -B $DB -e 'SELECT COUNT(*) FROM forum_post WHERE hidden = FALSE')"
# the posts were written behind the platform's back (no change rows): a full rebuild indexes them
( cd "$ROOT" && LMS_URL="http://localhost:$PORT" LMS_PASSWORD=Huaibei@2026 ./lms reindex admin )
echo "index on disk: $(du -sh "$BENCH_DIR/$NAME/search" | cut -f1)"

# wrk with a long timeout: the baseline's slow answers are measured, not dropped as errors
run() { TOKEN=$TOKEN PATHS=$3 THINK_MS=${THINK_MS:-0} wrk -t"$(( $2 < 2 ? $2 : 2 ))" -c"$2" -d"$1"s --timeout 60s -s "$ROOT/bench/report.lua" "http://localhost:$PORT" | grep RESULT; }
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# the same words for both, each as LIKE can take it: one text, no operators
WORDS=(乡村振兴 基层党建 数字经济 作风建设 生态环境 集体经济 河长制 干部网络培训)
SEARCH="" NAIVE=""
for w in "${WORDS[@]}"; do
  SEARCH="$SEARCH|/api/search?q=$(enc "$w")&kind=FORUM_POST"
  NAIVE="$NAIVE|/api/bench/naive-search?q=$(enc "$w")"
done
SEARCH=${SEARCH#|} NAIVE=${NAIVE#|}
TOKEN=$(token cadre); export TOKEN
echo "hits per word (search / LIKE):"
for w in "${WORDS[@]}"; do
  s=$(curl -fsS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/search?q=$(enc "$w")&kind=FORUM_POST&size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
  l=$(curl -fsS -H "Authorization: Bearer $TOKEN" "http://localhost:$PORT/api/bench/naive-search?q=$(enc "$w")&size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
  echo "  $w: $s / $l"
done

# quiet: a query wrk gave up on would still run in MariaDB and load the next measurement
settle() { for _ in $(seq 1 120); do
  [ "$(mysql -h127.0.0.1 -uroot -N -B -e "SELECT COUNT(*) FROM information_schema.processlist WHERE db = '$DB' AND command = 'Query'")" = 0 ] && return
  sleep 1; done; }
run 15 20 "/api/me" >/dev/null        # warm-up: JIT, caches, the index's pages
run 15 20 "$SEARCH" >/dev/null
base=$(run "$SECS" 20 "/api/me")
if [ "${BENCH_PROFILE:-0}" = 1 ]; then
  server=$(pgrep -f "rootdir $BENCH_DIR/$NAME/payara" | head -1)
  rm -f "$BENCH_DIR"/search-dump*.txt
  ( sleep 3; for i in $(seq 1 12); do jstack "$server" >"$BENCH_DIR/search-dump$i.txt" 2>/dev/null; sleep 1; done ) &
fi
search=$(run "$SECS" 20 "$SEARCH")
one=$(run 10 1 "$SEARCH")
paced=$(THINK_MS=100 run "$SECS" 20 "$SEARCH")
paced_me=$(THINK_MS=100 run "$SECS" 20 "/api/me")
if [ "${BENCH_QUICK:-0}" = 1 ]; then
  naive="RESULT rps=0 p50_ms=0 p95_ms=0 p99_ms=0 (left out: BENCH_QUICK=1)"
else
  run 15 2 "$NAIVE" >/dev/null          # warm-up: the posts into MariaDB's buffer pool
  settle
  naive=$(run "$SECS" 20 "$NAIVE")
  settle
fi
[ "${BENCH_PROFILE:-0}" != 1 ] || python3 "$ROOT/bench/stacks.py" "$BENCH_DIR"/search-dump*.txt
echo "baseline /api/me (20 clients)      $base"
echo "search (20 clients)                $search"
echo "search (1 client)                  $one"
echo "search (20 clients pausing ~100 ms) $paced"
echo "/api/me (20 clients pausing ~100 ms) $paced_me"
echo "naive LIKE (20 clients)            $naive"
awk -v b="$(field "$base" p95_ms)" -v s="$(field "$search" p95_ms)" -v n="$(field "$naive" p95_ms)" \
  'BEGIN { printf "p95: search %.1f ms, LIKE %.1f ms, ratio LIKE/search %.1f (target >= 20: %s); search p95 < 20 ms: %s; search/baseline %.1f\n",
    s, n, n/s, (n/s >= 20) ? "met" : "NOT met", (s < 20) ? "met" : "NOT met", s/b }'
