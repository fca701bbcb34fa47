#!/usr/bin/env bash
# People-list search over 100,000 generated cadres through REST, 20 concurrent clients (wrk), on
# MariaDB (default) or embedded H2 (BENCH_DB=h2). The baseline in the same run is GET /api/me: an
# authenticated endpoint that touches no table, i.e. what the stack itself costs per request.
# Usage: bench/people-search.sh [SECONDS]   (target: search p95 < 50 ms)
set -euo pipefail
source "$(dirname "$0")/common.sh"
need wrk wrk
SECS=${1:-30}
DB=${BENCH_DB:-mariadb}
trap 'stop_platform search' EXIT

if [ "$DB" = mariadb ]; then
  mysql -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS lms_bench; CREATE DATABASE lms_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS 'lms_bench'@'localhost' IDENTIFIED BY 'bench-2026'; CREATE USER IF NOT EXISTS 'lms_bench'@'127.0.0.1' IDENTIFIED BY 'bench-2026';
    GRANT ALL ON lms_bench.* TO 'lms_bench'@'localhost'; GRANT ALL ON lms_bench.* TO 'lms_bench'@'127.0.0.1';"
  start_platform search LMS_DB_URL=jdbc:mysql://127.0.0.1:3306/lms_bench LMS_DB_USER=lms_bench LMS_DB_PASSWORD=bench-2026 \
    LMS_DEMO=true LMS_DEMO_CADRES=100000 LMS_JAVA_OPTS=-Xmx1g
else
  start_platform search LMS_DEMO_CADRES=100000 LMS_JAVA_OPTS=-Xmx1g
fi
wait_ready
echo "database: $(grep -o 'LMS database: [^ ]* [^ ]*' "$BENCH_DIR/search.log" | head -1)"
echo "cadres: $(grep -o 'cadres=[0-9]*' "$BENCH_DIR/search.log" | head -1)"

TOKEN=$(token admin); export TOKEN
SEARCH="/api/cadres?q=%E7%8E%8B|/api/cadres?q=%E6%9D%8E&rank=SECTION|/api/cadres?q=%E5%BC%A0%E4%BC%9F|/api/cadres?q=%E5%88%98&page=3|/api/cadres?status=RETIRED|/api/cadres?q=%E9%99%88%E6%98%8E"
wrk_run 15 "/api/me" >/dev/null      # warm-up: JIT and caches
wrk_run 15 "$SEARCH" >/dev/null
base=$(wrk_run "$SECS" "/api/me")
search=$(wrk_run "$SECS" "$SEARCH")
echo "baseline /api/me        $base"
echo "people search (center)  $search"
TOKEN=$(token suixi); export TOKEN
county=$(wrk_run "$SECS" "$SEARCH")
echo "people search (county)  $county"
awk -v b="$(field "$base" p95_ms)" -v s="$(field "$search" p95_ms)" -v c="$(field "$county" p95_ms)" \
  'BEGIN { printf "p95 ratio search/baseline: center %.1f, county %.1f; target p95 < 50 ms: %s\n", s/b, c/b, (s < 50 && c < 50) ? "met" : "NOT met" }'
